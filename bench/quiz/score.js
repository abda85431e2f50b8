// The rolefit scoring rule (src/match/score.ts) restated for the comparison pages, which must not load rolefit:
// score(role) = Σ weight(chosen option, role) ÷ Σ best weight of the question's options for the role.

/** A feed text (a string or `{ de, en }`) in German, the quiz's language. */
export const german = (text) => (typeof text === 'string' ? text : (text.de ?? Object.values(text)[0]));

const weight = (option, roleId) => (Object.hasOwn(option.weights, roleId) ? option.weights[roleId] : 0);

/** The best-fitting role for `answers` (option id per question id); ties keep the feed's role order. */
export function topRole(feed, answers) {
  const chosen = feed.questions
    .map((question) => ({ question, option: question.options.find((option) => option.id === answers[question.id]) }))
    .filter(({ option }) => option);
  const score = (roleId) => {
    let earned = 0;
    let possible = 0;
    for (const { question, option } of chosen) {
      earned += weight(option, roleId);
      possible += Math.max(...question.options.map((candidate) => weight(candidate, roleId)));
    }
    return possible > 0 ? earned / possible : 0;
  };
  return feed.roles
    .map((role) => ({ role, score: score(role.id) }))
    .reduce((best, next) => (next.score > best.score ? next : best)).role;
}
