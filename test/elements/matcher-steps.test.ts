import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AnswerDetail } from '../../src/elements/matcher/rolefit-matcher.js';
import type { MatchResult } from '../../src/match/types.js';
import {
  answerAndContinue,
  createMatcher,
  exists,
  fiveRolesUrl,
  focusedName,
  hasPart,
  radio,
  ready,
  recordEvents,
} from './matcher-support.js';
import { captureConsole, fixtureJson, part, parts, text } from '../support/dom.js';

describe('<rolefit-matcher> steps', () => {
  it('shows one question at a time with progress, and Next only once it is answered', async () => {
    const el = await ready(await createMatcher({ attributes: { lang: 'en' } }));
    expect(parts(el, 'question')).to.have.length(1);
    expect(text(el.shadowRoot!.querySelector('legend'))).to.equal('What do you enjoy most?');
    expect(text(el.shadowRoot!.querySelector('.progress span'))).to.equal('Question 1 of 2');
    expect((part(el, 'progress') as HTMLProgressElement).value).to.equal(1);
    expect(hasPart(el, 'back')).to.equal(false);
    expect((part(el, 'next') as HTMLButtonElement).disabled).to.equal(true);
    expect(parts(el, 'option').map((label) => label.querySelector('input')!.name)).to.deep.equal(['q1', 'q1', 'q1']);
    await expect(el).to.be.accessible();

    radio(el, 'q1', 'code').click();
    await el.updateComplete;
    expect((part(el, 'next') as HTMLButtonElement).disabled).to.equal(false);
  });

  it('does not take focus on first render, then moves it to each new question', async () => {
    const el = await ready(await createMatcher({ attributes: { lang: 'en' } }));
    expect(document.activeElement === el).to.equal(false);
    expect(focusedName(el)).to.equal('');

    await answerAndContinue(el, 'q1', 'numbers');
    expect(focusedName(el)).to.equal('#q-q2-legend');
    expect(text(el.shadowRoot!.activeElement)).to.equal('Where do you work best?');
    const fieldset = part(el, 'question')!;
    expect(fieldset.getAttribute('aria-describedby')).to.equal('q-q2-hint');
    expect(text(el.shadowRoot!.getElementById('q-q2-hint'))).to.equal('Think of a normal week.');
    expect(text(el.shadowRoot!.querySelector('.progress span'))).to.equal('Question 2 of 2');
    expect(hasPart(el, 'next')).to.equal(false);
    expect(hasPart(el, 'submit')).to.equal(true);

    part(el, 'back')!.click();
    await el.updateComplete;
    expect(focusedName(el)).to.equal('#q-q1-legend');
    expect(radio(el, 'q1', 'numbers').checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('fires rolefit-answer on every choice and rolefit-match with the explained result', async () => {
    const el = await createMatcher({ attributes: { lang: 'de' } });
    const events = recordEvents(el.parentElement!, 'rolefit-answer', 'rolefit-match');
    await ready(el);
    expect(el.result).to.equal(null);

    radio(el, 'q1', 'code').click();
    await answerAndContinue(el, 'q1', 'numbers');
    await answerAndContinue(el, 'q2', 'desk');

    const answers = events
      .filter((event) => event.type === 'rolefit-answer')
      .map((event) => event.detail as AnswerDetail);
    expect(answers).to.deep.equal([
      { questionId: 'q1', optionId: 'code', answered: 1, total: 2 },
      { questionId: 'q1', optionId: 'numbers', answered: 1, total: 2 },
      { questionId: 'q2', optionId: 'desk', answered: 2, total: 2 },
    ]);
    const matches = events.filter((event) => event.type === 'rolefit-match');
    expect(matches).to.have.length(1);
    expect(matches[0]!.bubbles && matches[0]!.composed).to.equal(true);
    const expected: MatchResult = {
      top: 'analyst',
      // analyst (3 + 2) / (3 + 2); maker (0 + 1) / (3 + 2); host 0 / (3 + 2). Names in German.
      roles: [
        { id: 'analyst', name: 'Analyst', score: 1 },
        { id: 'maker', name: 'Macher', score: 0.2 },
        { id: 'host', name: 'Gastgeber', score: 0 },
      ],
      reasons: [
        { questionId: 'q1', optionId: 'numbers' },
        { questionId: 'q2', optionId: 'desk' },
      ],
    };
    expect(matches[0]!.detail).to.deep.equal(expected);
    expect(el.result).to.deep.equal(expected);
    expect(el.answers).to.deep.equal({ q1: 'numbers', q2: 'desk' });
    await expect(el).to.be.accessible();
  });

  it('shows the top role, every fit in percent, the reasons and a note, and focuses the result heading', async () => {
    const el = await ready(await createMatcher({ attributes: { lang: 'de' } }));
    await answerAndContinue(el, 'q1', 'numbers');
    await answerAndContinue(el, 'q2', 'desk');

    const result = part(el, 'result')!;
    expect(focusedName(el)).to.equal('#result-heading');
    expect(text(el.shadowRoot!.activeElement)).to.equal('Am besten passt: Analyst');
    expect(text(result)).to.contain('Works with numbers.');
    expect([...result.querySelectorAll('h3')].map(text)).to.include.members([
      'Typische Aufgaben',
      'So gut passen die Rollen',
      'Weil Sie gesagt haben:',
    ]);
    expect(text(result)).to.contain('Plans budgets');
    expect(parts(el, 'role').map(text)).to.deep.equal(['Analyst 100 %', 'Macher 20 %', 'Gastgeber 0 %']);
    expect([...result.querySelectorAll('.reasons li')].map(text)).to.deep.equal([
      'Was machen Sie am liebsten? — Numbers',
      'Where do you work best? — At a desk with spreadsheets',
    ]);
    expect(text(result)).to.contain('Orientierung, kein Eignungstest');
    expect(exists(el, '.runner-up')).to.equal(false);
    expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal(
      'Ihr Ergebnis ist da: Analyst passt am besten.',
    );
    await expect(el).to.be.accessible();
  });

  it('names a runner-up within 10 points', async () => {
    const data = {
      version: 1,
      lang: 'de',
      roles: [
        { id: 'a', name: 'Rolle A', summary: 'A', tasks: ['a'] },
        { id: 'b', name: 'Rolle B', summary: 'B', tasks: ['b'] },
      ],
      questions: [
        {
          id: 'q',
          text: 'Frage',
          options: [
            { id: 'x', label: 'X', weights: { a: 10, b: 9 } },
            { id: 'y', label: 'Y', weights: { b: 10 } },
          ],
        },
      ],
    };
    const el = await ready(await createMatcher({ data, attributes: { lang: 'de' } }));
    await answerAndContinue(el, 'q', 'x');
    expect(text(part(el, 'result')!.querySelector('.runner-up'))).to.equal('Knapp dahinter: Rolle B (90 %).');
    await expect(el).to.be.accessible();
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await createMatcher({ attributes: { lang: 'en' } });
    const before = document.createElement('button');
    before.textContent = 'Before the quiz';
    el.before(before);
    const events = recordEvents(el, 'rolefit-match');
    await ready(el);
    before.focus();

    await sendKeys({ press: 'Tab' });
    expect(focusedName(el)).to.equal('radio:q1=numbers');
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radio(el, 'q1', 'code').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focusedName(el)).to.equal('part:next');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focusedName(el)).to.equal('#q-q2-legend');

    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radio(el, 'q2', 'lab').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focusedName(el)).to.equal('part:submit');
    await sendKeys({ press: ' ' });
    await el.updateComplete;

    expect(focusedName(el)).to.equal('#result-heading');
    expect(events).to.have.length(1);
    // maker: (3 + 2) / (3 + 2)
    expect(el.result!.top).to.equal('maker');
    expect(el.answers).to.deep.equal({ q1: 'code', q2: 'lab' });
    before.remove();
    await expect(el).to.be.accessible();
  });

  it('reset() clears the answers and shows the first question with focus, firing nothing', async () => {
    const el = await ready(await createMatcher({ attributes: { lang: 'en' } }));
    await answerAndContinue(el, 'q1', 'people');
    await answerAndContinue(el, 'q2', 'stage');
    expect(el.result!.top).to.equal('host');

    const events = recordEvents(el, 'rolefit-answer', 'rolefit-match');
    el.reset();
    await el.updateComplete;
    expect(el.result).to.equal(null);
    expect(el.answers).to.deep.equal({});
    expect(hasPart(el, 'result')).to.equal(false);
    expect(focusedName(el)).to.equal('#q-q1-legend');
    expect(radio(el, 'q1', 'people').checked).to.equal(false);
    expect(events).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('the Restart button starts again', async () => {
    const el = await ready(await createMatcher({ attributes: { lang: 'en' } }));
    await answerAndContinue(el, 'q1', 'people');
    await answerAndContinue(el, 'q2', 'stage');
    expect(text(part(el, 'restart'))).to.equal('Start again');
    part(el, 'restart')!.click();
    await el.updateComplete;
    expect(el.result).to.equal(null);
    expect(focusedName(el)).to.equal('#q-q1-legend');
    await expect(el).to.be.accessible();
  });

  it('restores answers set from outside, dropping ids the feed does not know', async () => {
    const el = await ready(await createMatcher({ attributes: { lang: 'en' } }));
    const events = recordEvents(el, 'rolefit-answer', 'rolefit-match');
    const warnings = captureConsole('warn');
    el.answers = { q1: 'code', q2: 'lab', q9: 'x' };
    warnings.restore();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ q1: 'code', q2: 'lab' });
    expect(warnings.texts('warn')).to.have.length(1);
    expect(warnings.texts('warn')[0]).to.contain('q9');
    // Every question is answered: the last one is shown, ready to submit.
    expect(radio(el, 'q2', 'lab').checked).to.equal(true);
    expect((part(el, 'submit') as HTMLButtonElement).disabled).to.equal(false);
    part(el, 'back')!.click();
    await el.updateComplete;
    expect(radio(el, 'q1', 'code').checked).to.equal(true);

    // One question open: that one is shown.
    el.answers = { q1: 'people' };
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.progress span'))).to.equal('Question 2 of 2');
    expect(radio(el, 'q2', 'lab').checked).to.equal(false);
    part(el, 'back')!.click();
    await el.updateComplete;
    expect(radio(el, 'q1', 'people').checked).to.equal(true);
    expect(events).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('runs a feed with five roles and seven questions, given as data or as feed URL', async () => {
    for (const setup of [{ data: await fixtureJson(fiveRolesUrl) }, { attributes: { feed: fiveRolesUrl } }]) {
      const el = await ready(await createMatcher({ ...setup, attributes: { lang: 'en', ...setup.attributes } }));
      const path = { q1: 'words', q2: 'explaining', q3: 'pen', q4: 'solo', q5: 'details', q6: 'readers', q7: 'docs' };
      for (const [questionId, optionId] of Object.entries(path)) await answerAndContinue(el, questionId, optionId);

      const result = el.result!;
      expect(result.roles.map(({ id }) => id)).to.deep.equal(['writer', 'teacher', 'designer', 'coder', 'planner']);
      // writer: 13 / 13; trainer: (1 + 3 + 2) / (1 + 3 + 1 + 2 + 2 + 3 + 1)
      expect(result.roles[0]!.score).to.equal(1);
      expect(result.roles[1]!.score).to.equal(6 / 13);
      // The three strongest writer answers (weight 3, 3, 2); q3 wins the tie with q4 by question order.
      expect(result.reasons).to.deep.equal([
        { questionId: 'q1', optionId: 'words' },
        { questionId: 'q6', optionId: 'readers' },
        { questionId: 'q3', optionId: 'pen' },
      ]);
      expect(parts(el, 'role')).to.have.length(5);
      expect(text(part(el, 'result'))).to.contain('What you should bring');
      expect(text(part(el, 'result'))).to.contain('A feel for language');
      await expect(el).to.be.accessible();
    }
  });
});
