// Installed before the blog page's own scripts (page.evaluateOnNewDocument): records layout shifts with their
// sources, long tasks, and long animation frames with the scripts that ran in them (Chromium's attribution).
// Self-contained: puppeteer serialises the function.

export function installImpactObservers() {
  /** A readable name for a shifted node: its shadow hosts from the outside in, then the node itself. */
  const describe = (node) => {
    if (!node) return '(removed node)';
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    if (!element) return '(detached)';
    const name = (el) =>
      el.localName +
      (el.id ? `#${el.id}` : '') +
      [...el.classList].map((name) => `.${name}`).join('') +
      (el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : '');
    const names = [name(element) + (element === node ? '' : ' (text)')];
    if (!element.getRootNode().host && element.parentElement) names.unshift(name(element.parentElement));
    for (let root = element.getRootNode(); root.host; root = root.host.getRootNode())
      names.unshift(root.host.localName);
    return names.join(' › ');
  };
  const rect = ({ x, y, width, height }) => ({ x, y, width, height });
  const impact = (window.__impact = { shifts: [], longTasks: [], frames: [], marks: {} });
  const observe = (type, record) =>
    new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({ type, buffered: true });
  observe('layout-shift', (entry) =>
    impact.shifts.push({
      value: entry.value,
      hadRecentInput: entry.hadRecentInput,
      startTime: entry.startTime,
      sources: entry.sources.map((source) => ({
        node: describe(source.node),
        previous: rect(source.previousRect),
        current: rect(source.currentRect),
      })),
    }),
  );
  observe('longtask', (entry) => impact.longTasks.push({ startTime: entry.startTime, duration: entry.duration }));
  observe('long-animation-frame', (entry) =>
    impact.frames.push({
      startTime: entry.startTime,
      duration: entry.duration,
      blockingDuration: entry.blockingDuration,
      /** Style and layout time at the end of the frame: rendering work that no script entry shows. */
      styleAndLayout: entry.styleAndLayoutStart ? entry.startTime + entry.duration - entry.styleAndLayoutStart : 0,
      scripts: entry.scripts.map((script) => ({
        sourceURL: script.sourceURL,
        invoker: script.invoker,
        duration: script.duration,
      })),
    }),
  );
}

/** Records when the bundle has defined the elements (installed after `installImpactObservers`). */
export function installDefinitionMark() {
  customElements.whenDefined('rolefit-matcher').then(() => {
    window.__impact.marks.defined = performance.now();
  });
}
