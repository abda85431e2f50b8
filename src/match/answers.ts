import type { Option, Question } from '../feed/schema.js';
import type { Answers } from './types.js';

/** An answered question with the option chosen for it. */
export interface Choice {
  question: Question;
  option: Option;
}

/** The answers that name a question and one of its options, in the feed's question order; the rest are skipped. */
export function choicesOf(questions: readonly Question[], answers: Answers): Choice[] {
  const choices: Choice[] = [];
  for (const question of questions) {
    // `hasOwn`: an id such as "constructor" must not find Object.prototype members.
    if (!Object.hasOwn(answers, question.id)) continue;
    const option = question.options.find((candidate) => candidate.id === answers[question.id]);
    if (option) choices.push({ question, option });
  }
  return choices;
}

/** `answers` without entries that name an unknown question or option. */
export function knownAnswers(questions: readonly Question[], answers: Answers): Answers {
  return Object.fromEntries(choicesOf(questions, answers).map(({ question, option }) => [question.id, option.id]));
}

/** Index of the first question without a known answer; -1 when every question is answered. */
export function firstUnanswered(questions: readonly Question[], answers: Answers): number {
  const known = knownAnswers(questions, answers);
  return questions.findIndex((question) => !Object.hasOwn(known, question.id));
}
