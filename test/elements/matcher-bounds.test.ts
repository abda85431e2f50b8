/** Hostile numbers and ids reach neither the screen nor the console unbounded (issue #19). */
import { expect } from '@open-wc/testing';
import type { MatchResult } from '../../src/match/types.js';
import { answerAndContinue, createMatcher, hasPart, ready, recordEvents, smallFeedUrl } from './matcher-support.js';
import { captureConsole, fixtureJson, parts } from '../support/dom.js';

describe('<rolefit-matcher> bounds', () => {
  it('drops an option whose weight is out of range and shows finite percentages in [0, 1]', async () => {
    const warnings = captureConsole('warn');
    try {
      const data = await fixtureJson(smallFeedUrl);
      const options = [
        { id: 'x', label: 'X', weights: { analyst: 1e308, maker: 1 } },
        { id: 'y', label: 'Y', weights: { maker: 1 } },
        { id: 'z', label: 'Z', weights: { analyst: 1000 } },
      ];
      data.questions = ['q1', 'q2', 'q3', 'q4'].map((id) => ({ id, text: `Question ${id}`, options }));
      const el = await ready(await createMatcher({ data, attributes: { lang: 'en' } }));
      // 1e308 would overflow the sums: validation drops that option (the scorer is bounded on its own too).
      expect(warnings.texts('warn').join('\n')).to.include('must be a number from 0 to 1000');
      expect(el.shadowRoot!.querySelector('input[value="x"]')).to.equal(null);
      const matches = recordEvents(el, 'rolefit-match');
      for (const [questionId, optionId] of [
        ['q1', 'z'],
        ['q2', 'z'],
        ['q3', 'z'],
        ['q4', 'y'],
      ] as const) {
        await answerAndContinue(el, questionId, optionId);
      }
      expect(hasPart(el, 'result')).to.equal(true);
      const { detail } = matches[0] as CustomEvent<MatchResult>;
      // analyst: 3 × 1000 / (4 × 1000); maker: 1 / 4
      expect(detail.roles.map(({ id, score }) => [id, score])).to.deep.equal([
        ['analyst', 0.75],
        ['maker', 0.25],
        ['host', 0],
      ]);
      expect(el.shadowRoot!.textContent).not.to.include('NaN');
      const bars = parts(el, 'role').map((role) => role.querySelector<HTMLElement>('.fit-bar > span')!.style);
      expect(bars.map((style) => style.getPropertyValue('--fit'))).to.deep.equal(['0.75', '0.25', '0']);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('quotes at most a short excerpt of the answers it drops', async () => {
    const warnings = captureConsole('warn');
    try {
      const answers = Object.fromEntries(
        Array.from({ length: 1000 }, (_, index) => [`unknown-question-${index}`, 'x']),
      );
      const el = await ready(await createMatcher({ answers: { ...answers, q1: 'code' }, attributes: { lang: 'en' } }));
      expect(el.answers).to.deep.equal({ q1: 'code' });
      expect(warnings.texts('warn')).to.have.length(1);
      expect(warnings.texts('warn')[0]).to.match(
        /^\[rolefit\] <rolefit-matcher>: answers that do not fit the feed were dropped \(questions 1000: "unknown-question-0,/,
      );
      expect(warnings.texts('warn')[0]!.length).to.be.below(200);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });
});
