/**
 * The share link: answers travel in the URL fragment as `#rolefit=<questionId>.<optionId>,…`. The fragment never
 * reaches a server, and ids cannot contain `.` or `,` (the feed schema forbids them), so no escaping is needed.
 * Other `&`-separated parts of a page's fragment are kept.
 */
import type { Question } from '../feed/schema.js';
import { choicesOf } from './answers.js';
import type { Answers } from './types.js';

const prefix = 'rolefit=';

export interface SharedAnswers {
  /** The entries that name a question and one of its options. */
  answers: Answers;
  /** Entries that were malformed or named an unknown question or option, as written. */
  ignored: string[];
}

const fragmentParts = (hash: string): string[] => hash.replace(/^#/, '').split('&').filter(Boolean);

/** `rolefit=q1.a,q2.b` for the known answers, in question order. */
export function encodeAnswers(questions: readonly Question[], answers: Answers): string {
  const pairs = choicesOf(questions, answers).map(({ question, option }) => `${question.id}.${option.id}`);
  return prefix + pairs.join(',');
}

/** `pageUrl` with the answers in its fragment (replacing an earlier `rolefit=` part). */
export function shareLink(pageUrl: string, questions: readonly Question[], answers: Answers): string {
  const url = new URL(pageUrl);
  const others = fragmentParts(url.hash).filter((part) => !part.startsWith(prefix));
  url.hash = [...others, encodeAnswers(questions, answers)].join('&');
  return url.href;
}

/** The answers in a fragment such as `#rolefit=q1.a,q2.b`; null when it has no `rolefit=` part. */
export function readShareFragment(hash: string, questions: readonly Question[]): SharedAnswers | null {
  const part = fragmentParts(hash).find((candidate) => candidate.startsWith(prefix));
  if (part === undefined) return null;
  const answers: Answers = {};
  const ignored: string[] = [];
  for (const entry of part.slice(prefix.length).split(',').filter(Boolean)) {
    const [questionId = '', optionId = '', extra] = entry.split('.');
    const question = questions.find((candidate) => candidate.id === questionId);
    const known = extra === undefined && question?.options.some((option) => option.id === optionId);
    if (known && !Object.hasOwn(answers, questionId)) answers[questionId] = optionId;
    else ignored.push(entry);
  }
  return { answers, ignored };
}
