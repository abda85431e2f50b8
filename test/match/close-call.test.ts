import { expect } from '@open-wc/testing';
import type { Question, Role, ShowWhen } from '../../src/feed/schema.js';
import { shownQuestions } from '../../src/match/answers.js';
import { maxFlipWork } from '../../src/match/close-call.js';
import { matchRoles } from '../../src/match/match-roles.js';

const role = (id: string): Role => ({ id, name: id, summary: '', tasks: [] });
const question = (id: string, options: Record<string, Record<string, number>>, when?: ShowWhen): Question => ({
  id,
  text: `Question ${id}`,
  options: Object.entries(options).map(([optionId, weights]) => ({ id: optionId, label: optionId, weights })),
  ...(when ? { when } : {}),
});
const quiz = (roles: Role[], questions: Question[]) => ({ lang: 'en', roles, questions });

describe('close calls', () => {
  const feed = quiz(
    [role('a'), role('b'), role('c')],
    [
      question('q1', { x: { a: 3 }, y: { a: 1, b: 3 }, z: { c: 3 } }),
      question('q2', { x: { a: 1, b: 1 }, y: { b: 2 } }),
    ],
  );

  it('gives the margin between the top role and the runner-up', () => {
    // a: (3 + 1) / (3 + 1) = 1; b: (0 + 1) / (3 + 2) = 0.2.
    const result = matchRoles(feed, { q1: 'x', q2: 'x' }, 'en');
    expect(result.roles.map(({ id }) => id)).to.deep.equal(['a', 'b', 'c']);
    expect(result.margin).to.equal(1 - 0.2);
  });

  it('names the first single change, questions then options in feed order, that puts the runner-up first', () => {
    // q1 → y: a (1 + 1) / 4 = 0.5, b (3 + 1) / 5 = 0.8: b first. q1 → z would not do it (c would win).
    expect(matchRoles(feed, { q1: 'x', q2: 'x' }, 'en').flip).to.deep.equal({ questionId: 'q1', optionId: 'y' });
    // Here only q2 can do it: with q1 = y, b leads; q2 → x gives a (1 + 1) / 4 = 0.5, b (3 + 1) / 5 = 0.8 still b…
    const result = matchRoles(feed, { q1: 'y', q2: 'y' }, 'en');
    expect(result.top).to.equal('b');
    // …so the runner-up a needs q1 → x: a (3 + 0) / 4 = 0.75, b (0 + 2) / 5 = 0.4.
    expect(result.flip).to.deep.equal({ questionId: 'q1', optionId: 'x' });
  });

  it('says null when no single change puts the runner-up first, and margin 0 with one role', () => {
    const lopsided = quiz(
      [role('a'), role('b')],
      // q2 → y gives b 1 / 1 = 1 and a (3 + 3) / 6 = 1: a tie, which a keeps as the earlier role.
      [question('q1', { x: { a: 3 }, y: { a: 3 } }), question('q2', { x: { a: 3 }, y: { a: 3, b: 1 } })],
    );
    const result = matchRoles(lopsided, { q1: 'x', q2: 'x' }, 'en');
    expect(result.flip).to.equal(null);
    const alone = matchRoles(quiz([role('a')], [question('q1', { x: { a: 1 }, y: {} })]), { q1: 'x' }, 'en');
    expect(alone).to.include({ margin: 0, flip: null });
  });

  it('keeps the tie rule: a change that only ties the runner-up with an earlier role is no flip', () => {
    // a and b tie at 1 after q1 → y, and a comes first in the feed: b does not rank first.
    const tie = quiz([role('a'), role('b')], [question('q1', { x: { a: 2 }, y: { a: 2, b: 1 } })]);
    expect(matchRoles(tie, { q1: 'y' }, 'en').roles.map(({ score }) => score)).to.deep.equal([1, 1]);
    expect(matchRoles(tie, { q1: 'x' }, 'en').flip).to.equal(null);
  });

  it('stops searching after maxFlipWork role scores: flip null, no frozen page', () => {
    const roles = Array.from({ length: 200 }, (_, index) => role(`r${index}`));
    const options = Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`o${index}`, { r0: 1 }]));
    const questions = Array.from({ length: 60 }, (_, index) => question(`q${index}`, options));
    const answers = Object.fromEntries(questions.map(({ id }) => [id, 'o0']));
    // 60 × 49 changes × 200 roles × 60 answers is far beyond the bound; r1 can never overtake r0.
    expect(60 * 49 * 200 * 60).to.be.greaterThan(maxFlipWork);
    expect(matchRoles(quiz(roles, questions), answers, 'en').flip).to.equal(null);
  });
});

describe('follow-up questions', () => {
  const feed = quiz(
    [role('a'), role('b')],
    [
      question('q1', { x: { a: 1 }, y: { b: 1 } }),
      question('q2', { x: { a: 2 }, y: { b: 2 } }, { question: 'q1', options: ['y'] }),
      question('q3', { x: { a: 1 }, y: { b: 1 } }, { question: 'q2', options: ['x'] }),
      question('q4', { x: { a: 1 }, y: { b: 2 } }),
    ],
  );
  const shown = (answers: Record<string, string>) => shownQuestions(feed.questions, answers).map(({ id }) => id);

  it('shows a follow-up only while its earlier question has one of its options, chains included', () => {
    expect(shown({})).to.deep.equal(['q1', 'q4']);
    expect(shown({ q1: 'x' })).to.deep.equal(['q1', 'q4']);
    expect(shown({ q1: 'y' })).to.deep.equal(['q1', 'q2', 'q4']);
    expect(shown({ q1: 'y', q2: 'x' })).to.deep.equal(['q1', 'q2', 'q3', 'q4']);
    // q3 hangs on q2, which is hidden again: q3 goes too, whatever q2's old answer was.
    expect(shown({ q1: 'x', q2: 'x' })).to.deep.equal(['q1', 'q4']);
  });

  it('scores only the answered questions that are shown: a hidden follow-up counts nowhere', () => {
    const withHidden = matchRoles(feed, { q1: 'x', q2: 'y', q3: 'y', q4: 'x' }, 'en');
    const withoutHidden = matchRoles(feed, { q1: 'x', q4: 'x' }, 'en');
    expect(withHidden.roles).to.deep.equal(withoutHidden.roles);
    // a: (1 + 1) / (1 + 1) = 1; b: 0.
    expect(withHidden.roles.map(({ score }) => score)).to.deep.equal([1, 0]);
  });

  it('flips through a change that shows a follow-up, which then counts nowhere until answered', () => {
    // q1 → y shows q2, unanswered, so its weights count nowhere: a 1 / 2, b 1 / 3, no flip. q4 → y: a 1 / 2 and
    // b 2 / 3, a flip; had the shown q2 counted in b's denominator, b would have 2 / 5 and lost.
    const result = matchRoles(feed, { q1: 'x', q4: 'x' }, 'en');
    expect(result.flip).to.deep.equal({ questionId: 'q4', optionId: 'y' });
  });
});
