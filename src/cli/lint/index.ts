/** Lints: what a valid feed can still get wrong for readers. Each rule is a pure function of the parsed feed. */
import { courseInPast, courseWithoutPrice, duplicateTitle, mixedCurrencies } from './course-rules.js';
import { questionSeparatesNothing } from './question-rules.js';
import { roleWithoutCourse, unscorableRole } from './role-rules.js';
import { escoNotASkill } from './skill-rules.js';
import { missingTranslation } from './translation-rule.js';
import type { LintContext, LintRule, LintWarning } from './types.js';
import { roleCannotWin } from './winnable-rule.js';

export type { LintContext, LintRuleId, LintWarning } from './types.js';

const rules: LintRule[] = [
  unscorableRole,
  roleCannotWin,
  roleWithoutCourse,
  questionSeparatesNothing,
  courseInPast,
  courseWithoutPrice,
  duplicateTitle,
  mixedCurrencies,
  missingTranslation,
  escoNotASkill,
];

export function lintFeed(context: LintContext): LintWarning[] {
  return rules.flatMap((rule) => rule(context));
}
