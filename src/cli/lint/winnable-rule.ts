/**
 * "Can this role ever be recommended?", answered exactly for the widget's scoring rule with every question
 * answered (the quiz shows its result only then):
 *   score(r) = Σ w(chosen, r) ÷ D(r), with D(r) = Σ over questions of the best weight any option gives r.
 * r ranks first when it beats every earlier role and at least ties every later one (ties keep feed order).
 * Cross-multiplying by the positive denominators turns each comparison into a sum of per-answer gains,
 *   score(r) − score(s) ≷ 0  ⇔  Σ [w(chosen, r)·D(s) − w(chosen, s)·D(r)] ≷ 0,
 * so a depth-first search over the answers, pruned by the best gain each role pair can still collect, decides
 * it without trying every combination in practice.
 */
import type { Feed, Option } from '../../feed/schema.js';
import { bestWeight, matchRoles, weight } from '../../match/score.js';
import { label, type LintRule } from './types.js';

/** Search steps before giving up on one role: a huge feed gets no warning rather than a hang. */
const stepBudget = 2_000_000;

class BudgetExceeded extends Error {}

/** True when some full set of answers ranks role `index` first; undefined when the search was too big. */
export function canRankFirst(feed: Pick<Feed, 'roles' | 'questions'>, index: number): boolean | undefined {
  const { roles, questions } = feed;
  const candidate = roles[index]!.id;
  const denominators = roles.map((role) => questions.reduce((sum, question) => sum + bestWeight(question, role.id), 0));
  const own = denominators[index]!;
  const rivals = roles.map((_, rival) => rival).filter((rival) => rival !== index);
  // A denominator of 0 means a score of 0, so that side of the comparison drops out of the sum.
  const gain = (option: Option, rival: number): number => {
    if (denominators[rival] === 0) return weight(option, candidate);
    if (own === 0) return -weight(option, roles[rival]!.id);
    return weight(option, candidate) * denominators[rival]! - weight(option, roles[rival]!.id) * own;
  };
  const gains = questions.map((question) =>
    question.options.map((option) => rivals.map((rival) => gain(option, rival))),
  );
  const scale = Math.max(1, ...gains.flat(2).map(Math.abs)) * Math.max(1, questions.length);
  const tolerance = scale * 1e-9;
  // bestRemaining[q][k]: the most the answers from question q on can add against rival k.
  const bestRemaining = questions.map(() => rivals.map(() => 0)).concat([rivals.map(() => 0)]);
  for (let q = questions.length - 1; q >= 0; q--) {
    rivals.forEach((_, k) => {
      bestRemaining[q]![k] = bestRemaining[q + 1]![k]! + Math.max(...gains[q]!.map((optionGains) => optionGains[k]!));
    });
  }
  const beats = (total: number, k: number): boolean => (rivals[k]! < index ? total > tolerance : total >= -tolerance);
  let steps = 0;
  const search = (q: number, totals: number[]): boolean => {
    if (++steps > stepBudget) throw new BudgetExceeded();
    if (!totals.every((total, k) => beats(total + bestRemaining[q]![k]!, k))) return false;
    if (q === questions.length) return true;
    return gains[q]!.some((optionGains) =>
      search(
        q + 1,
        totals.map((total, k) => total + optionGains[k]!),
      ),
    );
  };
  try {
    return search(
      0,
      rivals.map(() => 0),
    );
  } catch (error) {
    if (error instanceof BudgetExceeded) return undefined;
    throw error;
  }
}

/** Who ranks first when every question is answered in the role's favour: the rival to name in the warning. */
function winnerOfFavourableAnswers(feed: Feed, roleId: string): string {
  const answers = Object.fromEntries(
    feed.questions.map((question) => {
      const best = bestWeight(question, roleId);
      return [question.id, question.options.find((option) => weight(option, roleId) === best)!.id];
    }),
  );
  return matchRoles(feed, answers, feed.lang).top;
}

export const roleCannotWin: LintRule = ({ feed }) =>
  feed.roles.flatMap((role, index) => {
    // A role no answer scores is reported by the unscorable-role rule already.
    const scorable = feed.questions.some((question) => bestWeight(question, role.id) > 0);
    if (!scorable || canRankFirst(feed, index) !== false) return [];
    const rival = winnerOfFavourableAnswers(feed, role.id);
    return [
      {
        rule: 'role-cannot-win' as const,
        item: label('role', role.id),
        message: `no combination of answers ranks it first: even answering every question in its favour, role "${rival}" ranks first`,
        fix: `raise "${role.id}"'s weights in the options that should point to it, or lower "${rival}"'s weights there (on equal scores the role listed first wins)`,
      },
    ];
  });
