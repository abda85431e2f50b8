/** Validation and lints in one pass: the data behind `rolefit validate`, for both its text and JSON output. */
import { validateFeed } from '../feed/parse.js';
import type { FeedProblem } from '../feed/problems.js';
import type { Feed } from '../feed/schema.js';
import { lintFeed, type LintWarning } from './lint/index.js';

export const listNames = ['roles', 'questions', 'providers', 'courses'] as const;
export type ListName = (typeof listNames)[number];

export interface ListCount {
  list: ListName;
  /** Entries in the file. */
  total: number;
  /** Entries the widget would drop. */
  dropped: number;
}

export interface FeedCheck {
  /** No problems at all: what exit code 0 means. */
  valid: boolean;
  /** Why the widget would show nothing; absent when at least part of the feed is usable. */
  rejected?: string;
  /** The problems listed (at most `maxProblems` of parse.ts). */
  problems: FeedProblem[];
  /** Problems found beyond those listed. */
  unlistedProblems: number;
  counts: ListCount[];
  /** Lints of the usable part; empty when the feed is rejected. */
  lints: LintWarning[];
  /** Why no lints were run, when they were not. */
  lintsSkipped?: string;
}

function countLists(raw: unknown, feed: Feed | undefined): ListCount[] {
  const source = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return listNames.map((list) => {
    const entries = source[list];
    const total = Array.isArray(entries) ? entries.length : 0;
    return { list, total, dropped: total - (feed ? feed[list].length : 0) };
  });
}

export function checkFeed(raw: unknown, today: string): FeedCheck {
  const { feed, rejected, problems, unlistedProblems } = validateFeed(raw);
  const found = { problems, unlistedProblems, counts: countLists(raw, feed) };
  if (!feed) return { valid: false, rejected, ...found, lints: [] };
  return { valid: problems.length === 0, ...found, lints: lintFeed({ feed, today }) };
}
