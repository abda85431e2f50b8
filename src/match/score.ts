/**
 * The scoring rule, pure. For each role r:
 *   score(r) = Σ w(chosen option, r) ÷ Σ max over the question's options of w(option, r), both over answered questions.
 * So 1 means "every answer was the best possible one for r", whatever the feed's weight scale.
 */
import type { Feed, Option, Question } from '../feed/schema.js';
import { localize } from '../feed/text.js';
import { choicesOf, type Choice } from './answers.js';
import type { Answers, MatchResult, Reason } from './types.js';

/** The most answers a result names as reasons. */
const maxReasons = 3;

/**
 * A missing weight is 0, and so is anything but a finite number ≥ 0 (the schema rules those out, but the scorer
 * must stay in [0, 1] whatever it is handed). Own keys only: a role id such as "constructor" must not read
 * `Object.prototype`.
 */
export function weight(option: Option, roleId: string): number {
  const value: unknown = Object.hasOwn(option.weights, roleId) ? option.weights[roleId] : 0;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** The most a question can add to a role's score: its term of the denominator. */
export const bestWeight = (question: Question, roleId: string): number =>
  question.options.reduce((best, option) => Math.max(best, weight(option, roleId)), 0);

/**
 * Each term is scaled by a power of two ≤ 1 / (2 × the number of answers), so neither sum can overflow to Infinity
 * (1e308 + 1e308 would, and Infinity / Infinity is NaN). Scaling by a power of two is exact (for weights above
 * 1e-300), so every other feed scores bit for bit as unscaled; earned ≤ possible term by term keeps the score ≤ 1.
 */
function roleScore(roleId: string, choices: readonly Choice[]): number {
  const scale = 2 ** -Math.ceil(Math.log2(2 * Math.max(choices.length, 1)));
  let earned = 0;
  let possible = 0;
  for (const { question, option } of choices) {
    earned += weight(option, roleId) * scale;
    possible += bestWeight(question, roleId) * scale;
  }
  return possible > 0 ? earned / possible : 0;
}

/** The answers with the highest raw weight for the role (> 0 only), strongest first; ties keep question order. */
function strongestReasons(roleId: string, choices: readonly Choice[]): Reason[] {
  return choices
    .filter(({ option }) => weight(option, roleId) > 0)
    .sort((a, b) => weight(b.option, roleId) - weight(a.option, roleId))
    .slice(0, maxReasons)
    .map(({ question, option }) => ({ questionId: question.id, optionId: option.id }));
}

/**
 * Ranks every role of the feed for the given answers (unknown question or option ids are ignored). Role names are
 * looked up in `lang`. Ties keep the feed's role order (`Array.prototype.sort` is stable).
 * The feed has at least one role: the feed schema requires it.
 */
export function matchRoles(
  feed: Pick<Feed, 'lang' | 'roles' | 'questions'>,
  answers: Answers,
  lang: string,
): MatchResult {
  const choices = choicesOf(feed.questions, answers);
  const roles = feed.roles
    .map((role) => ({ id: role.id, name: localize(role.name, lang, feed.lang), score: roleScore(role.id, choices) }))
    .sort((a, b) => b.score - a.score);
  const top = roles[0]!.id;
  return { top, roles, reasons: strongestReasons(top, choices) };
}
