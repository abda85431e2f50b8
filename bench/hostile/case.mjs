// Case 4: the hostile feeds of issue #19's probe (bench/hostile/feeds.mjs) against `<rolefit-courses filters>` with
// dist/rolefit.js. Per attack and phase: the time until the page shows the outcome, the longest main-thread task
// (Long Tasks API: only tasks over 50 ms are reported) and the size of the console messages.
import { freshPage } from '../support/browser.mjs';
import { installHelpers } from '../support/in-page.js';
import { summary } from '../support/stats.mjs';
import { attacks, hostilePagePath } from './feeds.mjs';
import { installHostileObservers } from './observers.js';

/** In the page: navigation → the first course card painted, or → `rolefit-error` (then its kind). */
async function loadOutcome() {
  const { firstMarker, until } = window.__bench;
  const error = until(() => window.__hostile.error, 'rolefit-error', 120_000);
  return Promise.race([
    firstMarker.then((at) => ({ at, outcome: 'list shown' })),
    error.then(({ at, kind }) => ({ at, outcome: `rolefit-error ${kind}` })),
  ]);
}

/** Time for the page to finish what it does after the first paint (cards laid out, keys built), before typing. */
const settleMs = 1_000;

/** In the page: remembers the count shown and when the next key goes down (the event's own time stamp). */
function awaitKey() {
  const { query } = window.__bench;
  window.__search = { before: query('[part~="count"]')?.textContent.trim() ?? '', start: null };
  const keyDown = (event) => {
    window.__search.start = event.timeStamp;
  };
  document.addEventListener('keydown', keyDown, { capture: true, once: true });
}

/** In the page: until the list shows a new count and that frame is painted. */
async function searchOutcome() {
  const { query, until, afterPaint } = window.__bench;
  const { before } = window.__search;
  const count = () => query('[part~="count"]')?.textContent.trim() ?? '';
  await until(() => count() !== before, 'the list filtered by the search', 120_000);
  const end = await afterPaint();
  return { start: window.__search.start, end, outcome: `count "${before}" → "${count()}"` };
}

/** Long tasks that started in [from, to); the longest is 0 when none was over 50 ms. */
function tasksWithin(longTasks, from, to) {
  const tasks = longTasks.filter((task) => task.startTime >= from && task.startTime < to);
  return { longest: Math.max(0, ...tasks.map((task) => task.duration)), count: tasks.length };
}

async function attackRun(browser, origin, attack) {
  const { page, close } = await freshPage(browser);
  try {
    await page.evaluateOnNewDocument(installHostileObservers);
    await page.evaluateOnNewDocument(installHelpers, { host: 'rolefit-courses', marker: '[part~="course"]' });
    await page.goto(origin + hostilePagePath(attack.id), { waitUntil: 'domcontentloaded', timeout: 120_000 });
    const load = await page.evaluate(loadOutcome);
    const phases = [{ phase: 'load', from: 0, to: load.at, outcome: load.outcome }];
    if (attack.search) {
      if (load.outcome !== 'list shown') throw new Error(`${attack.id}: no list to search (${load.outcome})`);
      await page.evaluate((ms) => new Promise((done) => setTimeout(done, ms)), settleMs);
      await page.evaluate(awaitKey);
      // A real key press (CDP input): keydown, the input event, the element's update, as for a reader.
      await (await page.$('pierce/input[name="search"]')).type(attack.search);
      const search = await page.evaluate(searchOutcome);
      phases.push({ phase: `type "${attack.search}"`, from: search.start, to: search.end, outcome: search.outcome });
    }
    // Long task entries arrive after their task: give the observer a moment before reading them.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
    const { longTasks, console } = await page.evaluate(() => window.__hostile);
    return phases.map(({ phase, from, to, outcome }, index) => ({
      phase,
      outcome,
      ms: to - from,
      // A phase's tasks run until the next phase starts; the last one takes every later task too.
      ...tasksWithin(longTasks, from, phases[index + 1]?.from ?? Infinity),
      consoleChars: index ? 0 : console.reduce((sum, message) => sum + message.chars, 0),
      consoleMessages: index ? 0 : console.length,
    }));
  } finally {
    await close();
  }
}

export async function runHostileCase({ browser, origin, rounds, log }) {
  const results = [];
  for (const attack of attacks) {
    const runs = [];
    for (let round = 0; round < rounds; round++) {
      runs.push(await attackRun(browser, origin, attack));
      log(`hostile ${attack.id} round ${round + 1}/${rounds}`);
    }
    const phases = runs[0].map((first, index) => {
      const samples = runs.map((run) => run[index]);
      const outcomes = [...new Set(samples.map((sample) => sample.outcome))];
      return {
        phase: first.phase,
        outcomes,
        ...Object.fromEntries(
          ['ms', 'longest', 'count', 'consoleChars', 'consoleMessages'].map((figure) => [
            figure,
            summary(samples.map((sample) => sample[figure])),
          ]),
        ),
      };
    });
    results.push({ id: attack.id, name: attack.name, before: attack.before, phases });
  }
  return results;
}
