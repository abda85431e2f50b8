import type { Feed } from '../../feed/schema.js';

export type LintRuleId =
  | 'unscorable-role'
  | 'role-cannot-win'
  | 'role-without-course'
  | 'question-separates-nothing'
  | 'course-in-past'
  | 'course-without-price'
  | 'missing-translation'
  | 'duplicate-title'
  | 'mixed-currencies'
  | 'esco-not-a-skill';

/** Something the widget shows without complaint but a reader would trip over. */
export interface LintWarning {
  rule: LintRuleId;
  /** Who it is about, by id (indices shift when invalid items are dropped): `course "c1"`, or `feed`. */
  item: string;
  message: string;
  /** What to change. */
  fix: string;
}

export interface LintContext {
  /** The usable part of the feed, as `parseFeed` returns it. */
  feed: Feed;
  /** YYYY-MM-DD; courses starting before it are in the past. */
  today: string;
}

export type LintRule = (context: LintContext) => LintWarning[];

export const label = (kind: 'role' | 'question' | 'provider' | 'course', id: string): string => `${kind} "${id}"`;
