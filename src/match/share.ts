/**
 * The share link: answers travel in the URL fragment as `#rolefit=<questionId>.<optionId>,…`. The fragment never
 * reaches a server, and ids cannot contain `.` or `,` (the feed schema forbids them), so no escaping is needed.
 * Other `&`-separated parts of a page's fragment are kept.
 */
import type { Question } from '../feed/schema.js';
import { choicesOf } from './answers.js';
import type { Answers } from './types.js';

const prefix = 'rolefit=';

/** The most entries read from a link: more answers than any sensible quiz has questions. */
export const maxShareEntries = 200;
/** The most characters of the `rolefit=` part read: that many entries of two 64-character ids (`q.o,`). */
export const maxShareLength = maxShareEntries * 130;

export interface SharedAnswers {
  /** The entries that name a question and one of its options; a question's first answer counts. */
  answers: Answers;
  /** Entries that were malformed or named an unknown question or option, as written. */
  ignored: string[];
  /** Entries that answer an already answered question with another option, as written. */
  conflicting: string[];
  /** True when the part was longer than `maxShareLength` or had more than `maxShareEntries` entries. */
  truncated: boolean;
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

/**
 * The entries of a `rolefit=` part's value, within the caps. A part cut by the length cap ends at its last comma
 * within the cap, so no entry is read halfway (a cut `q1.codex` would read as `q1.code`).
 */
function cappedEntries(value: string): { entries: string[]; truncated: boolean } {
  const cut = value.length > maxShareLength;
  const readable = cut ? value.slice(0, Math.max(value.lastIndexOf(',', maxShareLength), 0)) : value;
  const entries = readable.split(',', maxShareEntries + 1);
  return { entries: entries.slice(0, maxShareEntries), truncated: cut || entries.length > maxShareEntries };
}

/**
 * The answers in a fragment such as `#rolefit=q1.a,q2.b`; null when it has no `rolefit=` part. Only the first
 * `maxShareEntries` entries within the first `maxShareLength` characters are read. A repeated entry is harmless.
 */
export function readShareFragment(hash: string, questions: readonly Question[]): SharedAnswers | null {
  const part = fragmentParts(hash).find((candidate) => candidate.startsWith(prefix));
  if (part === undefined) return null;
  const { entries, truncated } = cappedEntries(part.slice(prefix.length));
  const answers: Answers = {};
  const ignored: string[] = [];
  const conflicting: string[] = [];
  for (const entry of entries.filter(Boolean)) {
    const [questionId = '', optionId = '', extra] = entry.split('.', 3);
    const question = questions.find((candidate) => candidate.id === questionId);
    const known = extra === undefined && question?.options.some((option) => option.id === optionId);
    if (!known) ignored.push(entry);
    else if (!Object.hasOwn(answers, questionId)) answers[questionId] = optionId;
    else if (answers[questionId] !== optionId) conflicting.push(entry);
  }
  return { answers, ignored, conflicting, truncated };
}
