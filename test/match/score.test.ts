import { expect } from '@open-wc/testing';
import type { Question, Role } from '../../src/feed/schema.js';
import { matchRoles } from '../../src/match/score.js';

const role = (id: string, name: Role['name'] = id): Role => ({ id, name, summary: '', tasks: [] });
const question = (id: string, options: Record<string, Record<string, number>>): Question => ({
  id,
  text: `Question ${id}`,
  options: Object.entries(options).map(([optionId, weights]) => ({ id: optionId, label: optionId, weights })),
});
const quiz = (roles: Role[], questions: Question[]) => ({ lang: 'en', roles, questions });

const scores = (result: { roles: { id: string; score: number }[] }) =>
  Object.fromEntries(result.roles.map(({ id, score }) => [id, score]));

describe('matchRoles', () => {
  const feed = quiz(
    [role('a'), role('b'), role('c')],
    [
      question('q1', { x: { a: 3, b: 1 }, y: { b: 3 }, z: { c: 2 } }),
      question('q2', { x: { a: 2 }, y: { a: 1, b: 2 }, z: {} }),
    ],
  );

  it('divides the weight earned by the best weight possible, per role, over the answered questions', () => {
    const result = matchRoles(feed, { q1: 'x', q2: 'y' }, 'en');
    // a: (3 + 1) / (3 + 2); b: (1 + 2) / (3 + 2); c: (0 + 0) / (2 + 0)
    expect(scores(result)).to.deep.equal({ a: 0.8, b: 0.6, c: 0 });
    expect(result.top).to.equal('a');
    expect(result.roles.map(({ id }) => id)).to.deep.equal(['a', 'b', 'c']);
  });

  it('counts only answered questions', () => {
    const result = matchRoles(feed, { q2: 'y' }, 'en');
    // a: 1 / 2; b: 2 / 2; c: no possible weight in q2, so 0
    expect(scores(result)).to.deep.equal({ a: 0.5, b: 1, c: 0 });
    expect(result.top).to.equal('b');
  });

  it('treats a missing weight as 0 and scores a role without any possible weight as 0', () => {
    const result = matchRoles(feed, { q2: 'z' }, 'en');
    expect(scores(result)).to.deep.equal({ a: 0, b: 0, c: 0 });
    expect(result.reasons).to.deep.equal([]);
  });

  it('keeps the feed order for tied roles', () => {
    const tied = quiz([role('p'), role('q'), role('r')], [question('q1', { x: { r: 1, q: 1 }, y: { p: 1 } })]);
    expect(matchRoles(tied, { q1: 'x' }, 'en').roles.map(({ id }) => id)).to.deep.equal(['q', 'r', 'p']);
    expect(matchRoles(tied, {}, 'en').roles.map(({ id }) => id)).to.deep.equal(['p', 'q', 'r']);
  });

  it('ignores answers naming unknown questions or options', () => {
    const withNoise = matchRoles(feed, { q1: 'x', q2: 'nope', q9: 'x' }, 'en');
    expect(withNoise).to.deep.equal(matchRoles(feed, { q1: 'x' }, 'en'));
  });

  it('ignores answers keyed by Object.prototype member names', () => {
    const proto = quiz([role('a')], [question('constructor', { x: { a: 1 }, y: {} })]);
    expect(matchRoles(proto, {}, 'en').roles[0]!.score).to.equal(0);
    expect(matchRoles(proto, { constructor: 'x' }, 'en').roles[0]!.score).to.equal(1);
  });

  it('ranks any number of roles, scores staying within [0, 1]', () => {
    const ids = Array.from({ length: 12 }, (_, index) => `r${index}`);
    const weights = (offset: number) => Object.fromEntries(ids.map((id, index) => [id, (index + offset) % 5]));
    const many = quiz(
      ids.map((id) => role(id)),
      [question('q1', { x: weights(0), y: weights(2) }), question('q2', { x: weights(1), y: weights(3) })],
    );
    const result = matchRoles(many, { q1: 'x', q2: 'y' }, 'en');
    expect(result.roles).to.have.length(12);
    for (const { score } of result.roles) expect(score).to.be.within(0, 1);
    const ranked = result.roles.map(({ score }) => score);
    expect(ranked).to.deep.equal([...ranked].sort((a, b) => b - a));
    expect(result.top).to.equal(result.roles[0]!.id);
    // r3 weighs q1 x 3, q1 y 0, q2 x 4, q2 y 1: earned 3 + 1 of possible 3 + 4
    expect(scores(result).r3).to.equal(4 / 7);
  });

  it('keeps every score finite and within [0, 1] when the weight sums would overflow', () => {
    const huge = (id: string) => question(id, { x: { a: 1e308, b: 1 }, y: { b: 1 } });
    const overflowing = quiz([role('a'), role('b')], ['q1', 'q2', 'q3', 'q4'].map(huge));
    const result = matchRoles(overflowing, { q1: 'x', q2: 'x', q3: 'y', q4: 'y' }, 'en');
    // a: (1e308 + 1e308) / (4 × 1e308); b: (1 + 1 + 1 + 1) / 4. Summed as they stand, a's sums are Infinity.
    expect(scores(result)).to.deep.equal({ a: 0.5, b: 1 });
    expect(result.top).to.equal('b');
    const extreme = quiz(
      [role('a'), role('b')],
      [question('q1', { x: { a: Number.MAX_VALUE, b: 5e-324 }, y: { a: Number.MAX_VALUE, b: 1 } })],
    );
    for (const { score } of matchRoles(extreme, { q1: 'x' }, 'en').roles) expect(score).to.be.within(0, 1);
  });

  it('counts weights that are no finite number ≥ 0 as missing, whatever it is handed', () => {
    const hostile = quiz(
      [role('a'), role('b')],
      [
        question('q1', { x: { a: Infinity, b: 2 }, y: { a: 1, b: NaN } }),
        question('q2', { x: { a: -5, b: 1 }, y: { a: 2, b: '3' as unknown as number } }),
      ],
    );
    const result = matchRoles(hostile, { q1: 'x', q2: 'x' }, 'en');
    // a: (0 + 0) / (1 + 2); b: (2 + 1) / (2 + 1)
    expect(scores(result)).to.deep.equal({ a: 0, b: 1 });
    expect(result.reasons).to.deep.equal([
      { questionId: 'q1', optionId: 'x' },
      { questionId: 'q2', optionId: 'x' },
    ]);
  });

  it('names roles in the asked language, else the feed language', () => {
    const named = quiz(
      [role('a', { en: 'Analyst', de: 'Analystin' }), role('b', { en: 'Builder' })],
      [question('q1', { x: { a: 1 }, y: { b: 1 } })],
    );
    expect(matchRoles(named, { q1: 'x' }, 'de').roles.map(({ name }) => name)).to.deep.equal(['Analystin', 'Builder']);
  });

  describe('reasons', () => {
    const five = quiz(
      [role('a'), role('b')],
      [
        question('q1', { x: { a: 1 }, y: { b: 5 } }),
        question('q2', { x: { a: 3 }, y: { b: 1 } }),
        question('q3', { x: { a: 2 }, y: {} }),
        question('q4', { x: { a: 3, b: 9 }, y: { b: 1 } }),
        question('q5', { x: { a: 0, b: 4 }, y: { a: 1 } }),
      ],
    );

    it('lists at most three answers, strongest raw weight for the top role first, ties in question order', () => {
      const result = matchRoles(five, { q1: 'x', q2: 'x', q3: 'x', q4: 'x', q5: 'y' }, 'en');
      // a: (1 + 3 + 2 + 3 + 1) / (1 + 3 + 2 + 3 + 1) = 1; b: 9 / (5 + 1 + 0 + 9 + 4)
      expect(result.top).to.equal('a');
      expect(result.reasons).to.deep.equal([
        { questionId: 'q2', optionId: 'x' },
        { questionId: 'q4', optionId: 'x' },
        { questionId: 'q3', optionId: 'x' },
      ]);
    });

    it('leaves out answers with no weight for the top role', () => {
      const result = matchRoles(five, { q1: 'y', q2: 'y', q3: 'y', q5: 'x' }, 'en');
      // b: (5 + 1 + 0 + 4) / (5 + 1 + 0 + 4) = 1; the weight-0 answer to q3 is no reason
      expect(result.top).to.equal('b');
      expect(result.reasons).to.deep.equal([
        { questionId: 'q1', optionId: 'y' },
        { questionId: 'q5', optionId: 'x' },
        { questionId: 'q2', optionId: 'y' },
      ]);
      const fewer = matchRoles(five, { q2: 'y', q3: 'y' }, 'en');
      expect(fewer.reasons).to.deep.equal([{ questionId: 'q2', optionId: 'y' }]);
    });
  });
});
