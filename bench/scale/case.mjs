// Case 2: <rolefit-courses filters> against a hand-written list on generated feeds of growing size.
import { freshPage, heapAfterGc } from '../support/browser.mjs';
import { installHelpers } from '../support/in-page.js';
import { listPagePath } from '../support/routes.mjs';
import { rotate, summary } from '../support/stats.mjs';

export const listImplementations = [
  {
    id: 'rolefit',
    element: 'rolefit-courses',
    host: 'rolefit-courses',
    card: '[part~="course"]',
    count: '[part~="count"]',
  },
  { id: 'vanilla', element: 'vanilla-courses', host: null, card: '.course', count: '.count' },
];

/** Attribute changes a page makes, in turn; each changes the matching set, so the count must change too. */
const attributeChanges = [
  { formats: 'online' },
  { 'max-price': '2000' },
  { 'for-role': 'smm' },
  { formats: null, 'max-price': null, 'for-role': null },
];
const changeRepeats = 2;
const checkboxClicks = 8;

/** In the page: each change applied at the start of a frame, timed until that frame is painted. */
async function timeChanges({ element, count, changes, clicks }) {
  const { timeToPaint, query, afterPaint } = window.__bench;
  const host = document.querySelector(element);
  const countText = () => query(count).textContent.trim();
  const timed = async (action, what) => {
    const before = countText();
    const ms = await timeToPaint(action);
    if (countText() === before) throw new Error(`${what} did not change the list (${before})`);
    await afterPaint();
    return ms;
  };
  const attribute = [];
  for (const change of changes) {
    const apply = () => {
      for (const [name, value] of Object.entries(change)) {
        if (value === null) host.removeAttribute(name);
        else host.setAttribute(name, value);
      }
    };
    attribute.push(await timed(apply, JSON.stringify(change)));
  }
  const box = [...query('form').querySelectorAll('input[name="format"]')].find((input) => input.value === 'online');
  const checkbox = [];
  for (let click = 0; click < clicks; click++) checkbox.push(await timed(() => box.click(), 'the format checkbox'));
  return { attribute, checkbox };
}

async function listRun(browser, origin, implementation, size) {
  const { page, close } = await freshPage(browser);
  try {
    await page.evaluateOnNewDocument(installHelpers, { host: implementation.host, marker: implementation.card });
    await page.goto(origin + listPagePath(implementation.id, size), { waitUntil: 'load' });
    const firstList = await page.evaluate(() => window.__bench.firstMarker);
    const changes = Array.from({ length: changeRepeats }, () => attributeChanges).flat();
    const times = await page.evaluate(timeChanges, {
      element: implementation.element,
      count: implementation.count,
      changes,
      clicks: checkboxClicks,
    });
    const nodes = await page.evaluate(() => window.__bench.countNodes());
    return { firstList, ...times, heap: await heapAfterGc(page), nodes };
  } finally {
    await close();
  }
}

async function loadRun(browser, origin, id, size) {
  const { page, close } = await freshPage(browser);
  try {
    await page.goto(`${origin}/bench/scale/load.html?impl=${id}&feed=/bench/feeds/${size}.json`);
    const loaded = await page
      .waitForFunction(() => window.__loaded, { timeout: 60_000 })
      .then((handle) => handle.jsonValue());
    if (loaded.courses !== size) throw new Error(`${id} loaded ${loaded.courses} of ${size} courses`);
    return loaded.ms;
  } finally {
    await close();
  }
}

export async function runScaleCase({ browser, origin, rounds, sizes, log }) {
  const results = [];
  for (const size of sizes) {
    const samples = new Map(
      listImplementations.map(({ id }) => [
        id,
        { load: [], firstList: [], attribute: [], checkbox: [], heap: [], nodes: [] },
      ]),
    );
    for (let round = 0; round < rounds; round++) {
      for (const implementation of rotate(listImplementations, round)) {
        const sample = samples.get(implementation.id);
        sample.load.push(await loadRun(browser, origin, implementation.id, size));
        const run = await listRun(browser, origin, implementation, size);
        sample.firstList.push(run.firstList);
        sample.attribute.push(...run.attribute);
        sample.checkbox.push(...run.checkbox);
        sample.heap.push(run.heap);
        sample.nodes.push(run.nodes);
      }
      log(`list ${size} round ${round + 1}/${rounds}`);
    }
    for (const [id, sample] of samples) {
      results.push({
        size,
        id,
        ...Object.fromEntries(Object.entries(sample).map(([figure, values]) => [figure, summary(values)])),
      });
    }
  }
  return results;
}
