/**
 * Problems found in a feed, worded once for the widget's console warning and for the `rolefit validate` tool.
 * The schema carries only its own special wordings, so issues are described here from their codes.
 */
import { isObject, own, type FeedIssue } from './rules.js';

/** What a problem cost: a field ignored, an item (role, course, …) dropped, or the whole feed. */
export type ProblemEffect = 'field' | 'item' | 'feed';

export interface FeedProblem {
  /** JSON path, e.g. `courses[3].price.amount`. */
  path: string;
  /** What is expected, e.g. `must be a number ≥ 0`. */
  message: string;
  /** The offending value, shortened, as JSON; absent when the value is missing. */
  value?: string;
  effect: ProblemEffect;
  /** What was left out because of it: a field path, an item label, or `feed`. */
  dropped: string;
  /** The item the problem belongs to, e.g. `courses[3] "seo-basics"`; absent for the feed's own fields. */
  item?: string;
}

/** The longest key a path shows in full: a record key can be as long as the feed. */
/** `text` cut to `max` characters (with `…`), so an input of any length never floods a message. */
export const cut = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const maxKeyLength = 40;

export function pathToString(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      return `${index ? '.' : ''}${cut(String(key), maxKeyLength)}`;
    })
    .join('');
}

/** JSON of `value`, cut to `max` characters so a huge string never floods the console. */
export function shorten(value: unknown, max = 60): string {
  let text: string;
  try {
    // JSON would write Infinity as null; a weight of 1e400 reads as Infinity.
    text = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    // Too deep to stringify (or a cycle): name the kind of value instead of recursing again.
    text = Array.isArray(value) ? '[…]' : typeof value === 'object' && value !== null ? '{…}' : typeof value;
  }
  return cut(text, max);
}

/** The value at `path` in `root`, own keys only (as the validator reads them). */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = own(node, key);
  }
  return node;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const expectedNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  boolean: 'true or false',
};

/** One readable sentence for one issue; `value` is what stood at the issue's path. */
export function describeIssue(issue: FeedIssue, value: unknown): string {
  if (issue.message) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is required';
      // Infinity and NaN are numbers to JavaScript; "must be a number, not a number" would help nobody.
      if (issue.expected === 'number' && typeof value === 'number')
        return `must be a finite number, not ${typeName(value)}`;
      return `must be ${expectedNames[issue.expected!] ?? issue.expected}, not ${typeName(value)}`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      return issue.origin === 'array' ? `needs at least ${issue.limit} entries` : `must be ≥ ${issue.limit}`;
    case 'too_big':
      return issue.origin === 'string' ? `is longer than ${issue.limit} characters` : `must be ≤ ${issue.limit}`;
    case 'invalid_value':
      return `must be one of ${issue.values!.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return isObject(value)
        ? 'must map language codes to non-empty text, e.g. {"de": "…", "en": "…"}'
        : 'must be non-empty text or an object of translations such as {"de": "…", "en": "…"}';
    case 'invalid_key':
      return `has an invalid key: ${describeIssue(issue.key!, undefined)}`;
    default:
      return 'is not valid here';
  }
}

/** The problem lines of a report, `  - …` each, then how many more were found but not listed. */
export function problemLines(problems: readonly FeedProblem[], unlisted: number): string[] {
  const lines = problems.map((problem) => `  - ${formatProblem(problem)}`);
  if (unlisted > 0) lines.push(`  … and ${unlisted.toLocaleString('en')} more problem${unlisted === 1 ? '' : 's'}`);
  return lines;
}

const effectWords: Record<ProblemEffect, string> = { field: 'ignored', item: 'dropped', feed: 'rejected' };

/** `courses[3].price.amount: must be a number ≥ 0 (got -5) → courses[3].price ignored` */
export function formatProblem(problem: FeedProblem): string {
  const got = problem.value === undefined ? '' : ` (got ${problem.value})`;
  return `${problem.path}: ${problem.message}${got} → ${problem.dropped} ${effectWords[problem.effect]}`;
}
