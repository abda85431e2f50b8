/** The quiz's result for a set of answers: the ranking with role names, the reasons, and how close the call was. */
import { localize } from '../feed/text.js';
import { closeCall } from './close-call.js';
import { rankRoles, shownChoices, strongestReasons, type QuizFeed } from './score.js';
import type { Answers, MatchResult } from './types.js';

/**
 * Ranks every role of the feed for the given answers; role names are looked up in `lang`. The feed has at least
 * one role: the feed schema requires it.
 */
export function matchRoles(feed: QuizFeed, answers: Answers, lang: string): MatchResult {
  const choices = shownChoices(feed, answers);
  const ranking = rankRoles(feed, choices);
  const names = new Map(feed.roles.map((role) => [role.id, role.name]));
  const roles = ranking.map((role) => ({ ...role, name: localize(names.get(role.id), lang, feed.lang) }));
  const top = roles[0]!.id;
  return { top, roles, reasons: strongestReasons(top, choices), ...closeCall(feed, answers, ranking) };
}
