import { expect } from '@open-wc/testing';
import type { Question } from '../../src/feed/schema.js';
import { firstUnanswered, knownAnswers } from '../../src/match/answers.js';
import { encodeAnswers, maxShareEntries, maxShareLength, readShareFragment, shareLink } from '../../src/match/share.js';

const question = (id: string, ...optionIds: string[]): Question => ({
  id,
  text: id,
  options: optionIds.map((optionId) => ({ id: optionId, label: optionId, weights: {} })),
});
const questions = [question('q1', 'a', 'b'), question('work-style', 'solo', 'team_lead'), question('q3', 'x', 'y')];

describe('share link', () => {
  it('encodes known answers in question order', () => {
    expect(encodeAnswers(questions, { q3: 'y', q1: 'b', bogus: 'a', 'work-style': 'nope' })).to.equal(
      'rolefit=q1.b,q3.y',
    );
  });

  it('puts the answers in the fragment, never the query, keeping other fragment parts', () => {
    const link = shareLink('https://blog.example/jobs?page=2#top&rolefit=q1.a', questions, {
      q1: 'b',
      'work-style': 'team_lead',
    });
    const url = new URL(link);
    expect(url.search).to.equal('?page=2');
    expect(url.hash).to.equal('#top&rolefit=q1.b,work-style.team_lead');
  });

  it('round-trips through the fragment', () => {
    const answers = { q1: 'a', 'work-style': 'team_lead', q3: 'x' };
    const link = shareLink('https://blog.example/quiz', questions, answers);
    expect(readShareFragment(new URL(link).hash, questions)).to.deep.equal({
      answers,
      ignored: [],
      conflicting: [],
      truncated: false,
    });
  });

  it('reads nothing from a fragment without a rolefit part', () => {
    expect(readShareFragment('', questions)).to.equal(null);
    expect(readShareFragment('#section-2', questions)).to.equal(null);
  });

  it('ignores unknown and malformed entries and lists them', () => {
    expect(readShareFragment('#x&rolefit=q1.a,q9.a,q3.z,,q3,q3.x.y,q3.y', questions)).to.deep.equal({
      answers: { q1: 'a', q3: 'y' },
      ignored: ['q9.a', 'q3.z', 'q3', 'q3.x.y'],
      conflicting: [],
      truncated: false,
    });
  });

  it('accepts an identical repeat silently and lists a conflicting one, the first answer counting', () => {
    expect(readShareFragment('#rolefit=q1.a,q1.a,q3.x,q3.y,q3.x', questions)).to.deep.equal({
      answers: { q1: 'a', q3: 'x' },
      ignored: [],
      conflicting: ['q3.y'],
      truncated: false,
    });
  });

  it(`reads at most ${maxShareEntries} entries`, () => {
    const many = Array.from({ length: maxShareEntries + 50 }, (_, index) => question(`q${index}`, 'a', 'b'));
    const fragment = `#rolefit=${many.map(({ id }) => `${id}.a`).join(',')}`;
    const shared = readShareFragment(fragment, many)!;
    expect(Object.keys(shared.answers)).to.have.length(maxShareEntries);
    expect(shared.answers).to.include({ q0: 'a', [`q${maxShareEntries - 1}`]: 'a' });
    expect(Object.hasOwn(shared.answers, `q${maxShareEntries}`)).to.equal(false);
    expect(shared.truncated).to.equal(true);
  });

  it(`reads at most ${maxShareLength} characters, never half an entry`, () => {
    // "q3.x" ends at the cap: cut there, "q3.xy" would read as the known answer q3.x.
    const filler = 'z'.repeat(maxShareLength - 'q1.a,'.length - ',q3.x'.length);
    const shared = readShareFragment(`#rolefit=q1.a,${filler},q3.xy,q3.y`, questions)!;
    expect(shared.answers).to.deep.equal({ q1: 'a' });
    expect(shared.ignored).to.deep.equal([filler]);
    expect(shared.truncated).to.equal(true);
    const huge = readShareFragment(`#rolefit=${'q1.a'.repeat(400_000)}`, questions)!;
    expect(huge).to.deep.equal({ answers: {}, ignored: [], conflicting: [], truncated: true });
  });
});

describe('answers', () => {
  it('keeps only answers that name a question and one of its options', () => {
    expect(knownAnswers(questions, { q1: 'a', q3: 'nope', other: 'x', toString: 'a' })).to.deep.equal({ q1: 'a' });
  });

  it('finds the first question without an answer', () => {
    expect(firstUnanswered(questions, {})).to.equal(0);
    expect(firstUnanswered(questions, { q1: 'a', q3: 'x' })).to.equal(1);
    expect(firstUnanswered(questions, { q1: 'a', 'work-style': 'solo', q3: 'x' })).to.equal(-1);
  });
});
