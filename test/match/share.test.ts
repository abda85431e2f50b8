import { expect } from '@open-wc/testing';
import type { Question } from '../../src/feed/schema.js';
import { firstUnanswered, knownAnswers } from '../../src/match/answers.js';
import { encodeAnswers, readShareFragment, shareLink } from '../../src/match/share.js';

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
    expect(readShareFragment(new URL(link).hash, questions)).to.deep.equal({ answers, ignored: [] });
  });

  it('reads nothing from a fragment without a rolefit part', () => {
    expect(readShareFragment('', questions)).to.equal(null);
    expect(readShareFragment('#section-2', questions)).to.equal(null);
  });

  it('ignores unknown, malformed and repeated entries and lists them', () => {
    expect(readShareFragment('#x&rolefit=q1.a,q9.a,q3.z,,q3,q1.b,q3.x.y,q3.y', questions)).to.deep.equal({
      answers: { q1: 'a', q3: 'y' },
      ignored: ['q9.a', 'q3.z', 'q3', 'q1.b', 'q3.x.y'],
    });
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
