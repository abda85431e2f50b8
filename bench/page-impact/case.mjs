// Case 3: the widget on the blog demo page (demo/blog.html, <rolefit-advisor> below the fold, loading="lazy"):
// layout shifts, long tasks and the request log, against the same page without the widget.
import { setTimeout as sleep } from 'node:timers/promises';
import { freshPage } from '../support/browser.mjs';
import { blogWithoutWidgetPath } from '../support/routes.mjs';
import { installImpactObservers } from './observers.js';

const blogPath = '/demo/blog.html';
const widget = 'rolefit-advisor';
/** Quiet time after load, before the scroll: long enough for a wrongly eager widget to fetch its feed. */
const settleMs = 1500;

/** Scrolls the quiz box to the top of the viewport and records when. */
async function scrollToQuiz(page) {
  await page.evaluate(() => {
    window.__impact.marks.scroll = performance.now();
    document.querySelector('.quiz-box').scrollIntoView({ block: 'start' });
  });
}

/** Answers the quiz with real mouse clicks (first option each time), as a reader would. */
async function answerQuiz(page) {
  await page.evaluate(() => (window.__impact.marks.answer = performance.now()));
  for (let step = 1; ; step++) {
    const radio = await page.waitForSelector(`${widget} >>> fieldset input[type="radio"]:not(:checked)`, {
      visible: true,
    });
    await radio.click();
    const forward = await page.waitForSelector(
      `${widget} >>> :is(button[part~="next"], button[part~="submit"]):not([disabled])`,
      { visible: true },
    );
    const last = await forward.evaluate((button) => button.matches('[part~="submit"]'));
    await forward.click();
    if (last) return step;
    await page.waitForFunction(
      (host) => {
        // The next question is on show once its radios are unchecked again (Lit reuses the inputs).
        const matcher = document.querySelector(host).shadowRoot.querySelector('rolefit-matcher');
        return !matcher.shadowRoot.querySelector('input[type="radio"]:checked');
      },
      {},
      widget,
    );
  }
}

async function impactRun(browser, origin, withWidget) {
  const { page, close } = await freshPage(browser);
  try {
    await page.evaluateOnNewDocument(installImpactObservers);
    const requests = [];
    let phase = 'load';
    page.on('request', (request) => requests.push({ path: new URL(request.url()).pathname, phase }));
    await page.goto(origin + (withWidget ? blogPath : blogWithoutWidgetPath), { waitUntil: 'load' });
    await sleep(settleMs);
    const fold = await page.evaluate(() => ({
      viewport: innerHeight,
      quizTop: document.querySelector('.quiz-box').getBoundingClientRect().top,
    }));
    phase = 'scroll';
    await scrollToQuiz(page);
    let steps = 0;
    if (withWidget) {
      await page.waitForSelector(`${widget} >>> fieldset input[type="radio"]`, { visible: true });
      phase = 'interaction';
      steps = await answerQuiz(page);
      await page.waitForSelector(`${widget} >>> [part~="result"]`, { visible: true });
      await page.waitForSelector(`${widget} >>> [part~="course"]`, { visible: true });
    }
    await sleep(settleMs);
    const impact = await page.evaluate(() => window.__impact);
    return { ...impact, requests, fold, steps };
  } finally {
    await close();
  }
}

export async function runImpactCase({ browser, origin, rounds, log }) {
  const runs = { widget: [], baseline: [] };
  for (let round = 0; round < rounds; round++) {
    runs.widget.push(await impactRun(browser, origin, true));
    runs.baseline.push(await impactRun(browser, origin, false));
    log(`blog round ${round + 1}/${rounds}`);
  }
  return runs;
}
