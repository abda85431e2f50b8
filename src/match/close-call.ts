/**
 * How close the quiz's call was: the margin between the top role and the runner-up, and the one answer that,
 * changed, would have put the runner-up first. A careers counsellor says when two roles are close and what decided.
 */
import { rankRoles, shownChoices, type QuizFeed, type RoleScore } from './score.js';
import type { Answers, CloseCall, Reason } from './types.js';

/**
 * The most role scores the search for a flip computes (roles × answered questions, summed over the answers it
 * tries): a real quiz needs a few thousand; a pathological feed gets `flip: null` instead of a frozen page.
 */
export const maxFlipWork = 500_000;

/**
 * The first single change of one answer — shown questions in feed order, then their options in feed order — after
 * which the runner-up ranks first, under the same scoring and tie rule. Changing an answer may hide a follow-up
 * (its answer then counts nowhere) or show one (unanswered, so it counts nowhere yet).
 */
function findFlip(feed: QuizFeed, answers: Answers, runnerUp: string): Reason | null {
  const choices = shownChoices(feed, answers);
  let work = 0;
  for (const { question, option: chosen } of choices) {
    for (const option of question.options) {
      if (option === chosen) continue;
      const changed = { ...answers, [question.id]: option.id };
      const changedChoices = shownChoices(feed, changed);
      work += feed.roles.length * changedChoices.length;
      if (work > maxFlipWork) return null;
      if (rankRoles(feed, changedChoices)[0]!.id === runnerUp) return { questionId: question.id, optionId: option.id };
    }
  }
  return null;
}

/** The close call of a ranking (best first) made from `answers`. With one role there is no runner-up: margin 0. */
export function closeCall(feed: QuizFeed, answers: Answers, ranking: readonly RoleScore[]): CloseCall {
  const [top, runnerUp] = ranking;
  if (!top || !runnerUp) return { margin: 0, flip: null };
  return { margin: top.score - runnerUp.score, flip: findFlip(feed, answers, runnerUp.id) };
}
