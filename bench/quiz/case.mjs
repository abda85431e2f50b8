// Case 1: the default feed's quiz in rolefit, SurveyJS and hand-written JavaScript, on otherwise empty pages.
import { freshPage, heapAfterGc } from '../support/browser.mjs';
import { bytesByKind, recordResponses } from '../support/bytes.mjs';
import { installHelpers } from '../support/in-page.js';
import { rotate, summary } from '../support/stats.mjs';

/** Where each page keeps its widget, and how the driver recognises "next", "complete" and the result. */
export const quizImplementations = [
  {
    id: 'rolefit',
    path: '/bench/quiz/rolefit.html',
    host: 'rolefit-matcher',
    next: 'button[part~="next"]',
    complete: 'button[part~="submit"]',
    result: '[part~="result"]',
  },
  {
    id: 'surveyjs',
    path: '/bench/quiz/surveyjs.html',
    host: null,
    next: '.sd-navigation__next-btn',
    complete: '.sd-navigation__complete-btn',
    result: '.sd-completedpage .result',
  },
  {
    id: 'vanilla',
    path: '/bench/quiz/vanilla.html',
    host: null,
    next: '#next',
    complete: '#show-result',
    result: '#result',
  },
];

async function runOnce(browser, origin, implementation, recordBytes) {
  const { page, close } = await freshPage(browser);
  try {
    await page.evaluateOnNewDocument(installHelpers, { host: implementation.host });
    const responses = recordBytes ? recordResponses(page) : null;
    await page.goto(origin + implementation.path, { waitUntil: 'load' });
    const firstQuestion = await page.evaluate(() => window.__bench.firstMarker);
    const { next, complete, result } = implementation;
    const answered = await page.evaluate((selectors) => window.__bench.answerAll(selectors), {
      next,
      complete,
      result,
    });
    const heap = await heapAfterGc(page);
    return { firstQuestion, answered, heap, responses: await responses?.done() };
  } finally {
    await close();
  }
}

/** Runs every implementation `rounds` times, interleaved so that a noisy moment hits all of them alike. */
export async function runQuizCase({ browser, origin, rounds, log }) {
  const samples = new Map(quizImplementations.map(({ id }) => [id, { first: [], answer: [], heap: [] }]));
  const results = new Map();
  for (let round = 0; round < rounds; round++) {
    for (const implementation of rotate(quizImplementations, round)) {
      const run = await runOnce(browser, origin, implementation, round === 0);
      const sample = samples.get(implementation.id);
      sample.first.push(run.firstQuestion);
      sample.answer.push(run.answered.ms);
      sample.heap.push(run.heap);
      if (run.responses) results.set(implementation.id, { responses: run.responses, answered: run.answered });
    }
    log(`quiz round ${round + 1}/${rounds}`);
  }
  return quizImplementations.map(({ id }) => {
    const sample = samples.get(id);
    const { responses, answered } = results.get(id);
    return {
      id,
      steps: answered.steps,
      resultText: answered.result,
      responses,
      bytes: bytesByKind(responses),
      firstQuestion: summary(sample.first),
      answer: summary(sample.answer),
      heap: summary(sample.heap),
    };
  });
}
