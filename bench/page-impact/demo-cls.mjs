// Case 3b: layout shift on every demo page at a phone and a desktop viewport, with the bundle served late so the
// page is painted with the elements still undefined, as on a slow connection (Lighthouse found CLS 0.299 on the
// job board: the sidebar quiz was 0 px tall until rolefit.js had run).
import { setTimeout as sleep } from 'node:timers/promises';
import { freshPage } from '../support/browser.mjs';
import { installDefinitionMark, installImpactObservers } from './observers.js';

export const demoPages = ['index.html', 'blog.html', 'jobboard.html', 'configurator.html', 'theming.html'];
export const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
};
/** How late the bundle arrives: long enough that the undefined state is certainly painted first. */
export const bundleDelayMs = 1000;
/** Quiet time after load (and after each scroll step): the feeds arrive and the widgets render. */
const settleMs = 1500;
const scrollPauseMs = 300;

/** Holds back `/dist/rolefit.js` by `bundleDelayMs`; everything else is served at once. */
async function delayBundle(page) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/dist/rolefit.js') setTimeout(() => request.continue(), bundleDelayMs);
    else request.continue();
  });
}

/** Scrolls to the bottom one viewport at a time, so lazy widgets load and render where the reader looks. */
async function scrollThrough(page) {
  await page.evaluate(() => (window.__impact.marks.scroll = performance.now()));
  for (let step = 0; step < 40; step++) {
    const atBottom = await page.evaluate(() => {
      scrollBy(0, innerHeight * 0.8);
      return scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
    });
    await sleep(scrollPauseMs);
    if (atBottom) return;
  }
}

async function clsRun(browser, origin, path, viewport) {
  const { page, close } = await freshPage(browser, viewport);
  try {
    await page.evaluateOnNewDocument(installImpactObservers);
    await page.evaluateOnNewDocument(installDefinitionMark);
    await delayBundle(page);
    await page.goto(`${origin}/demo/${path}`, { waitUntil: 'load' });
    await sleep(settleMs);
    await scrollThrough(page);
    await sleep(settleMs);
    const run = await page.evaluate(() => ({
      ...window.__impact,
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    }));
    const counted = run.shifts.filter((shift) => !shift.hadRecentInput);
    const sum = (shifts) => shifts.reduce((total, shift) => total + shift.value, 0);
    return {
      cls: sum(counted),
      loadCls: sum(counted.filter((shift) => shift.startTime < run.marks.scroll)),
      // The undefined state was on screen when the first paint came before the definition.
      undefinedPainted: run.firstPaint !== undefined && run.firstPaint < (run.marks.defined ?? Infinity),
      sources: counted.flatMap((shift) =>
        shift.sources.map((source) => ({ node: source.node, value: shift.value / shift.sources.length })),
      ),
    };
  } finally {
    await close();
  }
}

/** Every demo page × viewport, `rounds` times, interleaved. */
export async function runDemoClsCase({ browser, origin, rounds, log }) {
  const runs = [];
  for (let round = 0; round < rounds; round++) {
    for (const path of demoPages) {
      for (const [viewport, size] of Object.entries(viewports)) {
        runs.push({ path, viewport, ...(await clsRun(browser, origin, path, size)) });
      }
    }
    log(`demo pages CLS round ${round + 1}/${rounds}`);
  }
  return runs;
}
