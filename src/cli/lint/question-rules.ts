import { weight } from '../../match/score.js';
import { label, type LintRule } from './types.js';

/** A question whose options all weigh the same moves every score alike: it only makes the quiz longer. */
export const questionSeparatesNothing: LintRule = ({ feed }) =>
  feed.questions
    .filter((question) => {
      const [first, ...rest] = question.options;
      return rest.every((option) => feed.roles.every((role) => weight(option, role.id) === weight(first!, role.id)));
    })
    .map((question) => ({
      rule: 'question-separates-nothing',
      item: label('question', question.id),
      message: 'all its options give the same weights, so the answer changes nothing',
      fix: 'give the options different weights, or remove the question',
    }));
