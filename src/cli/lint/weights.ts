import type { Option, Question } from '../../feed/schema.js';

/** A missing weight counts as 0, as in the widget's scoring. */
export const weight = (option: Option, roleId: string): number => option.weights[roleId] ?? 0;

/** The most a question can add to a role's score: the denominator term of the scoring rule. */
export const bestWeight = (question: Question, roleId: string): number =>
  Math.max(...question.options.map((option) => weight(option, roleId)));
