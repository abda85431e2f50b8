// Helpers the driver installs in a page before its own scripts run (page.evaluateOnNewDocument), so they cost
// no bytes on the wire and are the same for every implementation. Self-contained: puppeteer serialises the
// function. `host` names the element whose shadow root holds the widget (null: the document itself); `marker`
// is what counts as "first content painted" (default: a radio button, the first question).

export function installHelpers({ host, marker = 'input[type="radio"]' }) {
  const root = () => (host ? (document.querySelector(host)?.shadowRoot ?? null) : document);
  const query = (selector) => root()?.querySelector(selector) ?? null;
  /** Laid out (a native radio may be visually hidden behind a styled label: its label counts). */
  const shown = (element) =>
    Boolean(element?.isConnected && (element.closest('label') ?? element).getClientRects().length);
  const nextTask = () =>
    new Promise((done) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done();
      channel.port2.postMessage(null);
    });
  /**
   * Resolves with `performance.now()` once the current frame is painted: a task posted from a
   * requestAnimationFrame callback runs after that frame's style, layout and paint.
   */
  const afterPaint = () =>
    new Promise((done) => requestAnimationFrame(() => nextTask().then(() => done(performance.now()))));
  /** Polls in tasks (not frames, which would round every wait up to 16.7 ms) until `check` returns a value. */
  const until = async (check, what, timeout = 15_000) => {
    const end = performance.now() + timeout;
    for (;;) {
      const value = check();
      if (value) return value;
      if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
      await nextTask();
    }
  };
  const visible = (selector) => {
    const found = query(selector);
    return shown(found) ? found : null;
  };
  const visibleRadio = () => visible('input[type="radio"]');

  /** Navigation → first frame painted with `marker` visible: polled once per frame from document start. */
  const firstMarker = new Promise((done) => {
    const poll = () => (visible(marker) ? nextTask().then(() => done(performance.now())) : requestAnimationFrame(poll));
    requestAnimationFrame(poll);
  });

  window.__bench = {
    firstMarker,
    afterPaint,
    until,
    query,

    /** `action` at the start of a frame; ms until that change is painted (the frame runs late if the work is long). */
    timeToPaint: (action) =>
      new Promise((done, fail) =>
        requestAnimationFrame(() => {
          const start = performance.now();
          try {
            action();
          } catch (error) {
            fail(error);
            return;
          }
          nextTask().then(() => done(performance.now() - start));
        }),
      ),

    /**
     * Answers every question with its first option, clicking "next" (or "complete" on the last step), and
     * returns the ms from the first click to the result painted. The same script drives every implementation.
     */
    async answerAll({ next, complete, result }) {
      const button = (selector) => {
        const found = query(selector);
        return shown(found) && !found.disabled ? found : null;
      };
      let previous = null;
      let steps = 0;
      const start = performance.now();
      for (;;) {
        const radio = await until(
          () => {
            const candidate = visibleRadio();
            return candidate && candidate.name !== previous && !candidate.checked ? candidate : null;
          },
          `question ${steps + 1}`,
        );
        previous = radio.name;
        radio.click();
        steps++;
        const forward = await until(() => button(next) ?? button(complete), `next button ${steps}`);
        const last = forward.matches(complete);
        forward.click();
        if (last) break;
      }
      await until(() => shown(query(result)), 'the result');
      const end = await afterPaint();
      return { ms: end - start, steps, result: query(result).textContent.replace(/\s+/g, ' ').trim() };
    },

    /** Every node (elements, text, comments) of the document and of every open shadow root in it. */
    countNodes() {
      let count = 0;
      const walk = (start) => {
        const walker = document.createTreeWalker(start);
        for (let node = walker.currentNode; node; node = walker.nextNode()) {
          count++;
          if (node.shadowRoot) walk(node.shadowRoot);
        }
      };
      walk(document);
      return count;
    },
  };
}
