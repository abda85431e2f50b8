// Installed before the page's scripts (page.evaluateOnNewDocument): long tasks, the size of every console
// message, and the first `rolefit-error`. Self-contained: puppeteer serialises the function.

export function installHostileObservers() {
  const record = (window.__hostile = { longTasks: [], console: [], error: null });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      record.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  // The page's message still goes to the real console: its cost (formatting, the devtools protocol) is measured too.
  for (const level of ['log', 'info', 'warn', 'error']) {
    const original = console[level].bind(console);
    console[level] = (...parts) => {
      record.console.push({ level, chars: parts.reduce((sum, part) => sum + String(part).length, 0) });
      original(...parts);
    };
  }
  document.addEventListener('rolefit-error', (event) => {
    record.error ??= { at: performance.now(), kind: event.detail.kind };
  });
}
