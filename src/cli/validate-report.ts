/** The text report of `rolefit validate`: problems grouped by item, what would still show, then lints. */
import { problemLines, shorten, valueAt, type FeedProblem } from '../feed/problems.js';
import type { FeedCheck, ListCount } from './check-feed.js';
import type { LintWarning } from './lint/index.js';
import { count, type Style } from './output.js';

/** `courses[3]` for `courses[3].price.amount`; options group under their question. */
const itemPath = (problem: FeedProblem): string =>
  /^(?:\S+\.json )?[A-Za-z]+\[\d+\]/.exec(problem.path)?.[0] ??
  (/^\S+\.json$/.test(problem.path) ? problem.path : 'feed');

function itemHeading(path: string, raw: unknown): string {
  if (path === 'feed') return 'the feed itself';
  // A course in a pack's file (`courses/a-1-0123abcd.json courses[3]`), or the file itself: named by its path.
  const item = /^(\w+)\[(\d+)\]$/.exec(path);
  if (!item) return path;
  const [, list, index] = item;
  const id = valueAt(raw, [list!, Number(index), 'id']);
  return typeof id === 'string' ? `${path} ${shorten(id, 40)}` : path;
}

function groupBy<T>(entries: readonly T[], key: (entry: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) groups.set(key(entry), [...(groups.get(key(entry)) ?? []), entry]);
  return groups;
}

/** The problems grouped under their items, then how many more were found; `raw` names items by their ids. */
export function problemSection(
  check: Pick<FeedCheck, 'problems' | 'unlistedProblems'>,
  raw: unknown,
  style: Style,
): string[] {
  const more = problemLines([], check.unlistedProblems);
  return [
    ...[...groupBy(check.problems, itemPath)].flatMap(([path, group]) => [
      '',
      style.bold(itemHeading(path, raw)),
      ...problemLines(group, 0),
    ]),
    ...(more.length ? ['', ...more] : []),
  ];
}

/** "3 of 28 courses dropped; all 3 roles kept, …" */
function whatStillShows(counts: readonly ListCount[]): string {
  const dropped = counts
    .filter((entry) => entry.dropped > 0)
    .map((entry) => `${entry.dropped} of ${entry.total} ${entry.list} dropped`);
  const kept = counts
    .filter((entry) => entry.dropped === 0 && entry.total > 0)
    .map((entry) => `${entry.total} ${entry.total === 1 ? entry.list.slice(0, -1) : entry.list}`);
  const keptText = kept.length ? `; kept: ${kept.join(', ')}` : '';
  return dropped.length
    ? `The widget would still show the rest: ${dropped.join(', ')}${keptText}.`
    : `The widget would still show every item, without the ignored fields${keptText}.`;
}

/** Lint warnings the text report prints; `--json` has them all. */
const maxLintsShown = 50;

function lintSection(lints: readonly LintWarning[], style: Style): string[] {
  if (!lints.length) return ['', 'No lint warnings.'];
  const hidden = lints.length - maxLintsShown;
  return [
    '',
    style.yellow(`${count(lints.length, 'lint warning')}:`),
    ...[...groupBy(lints.slice(0, maxLintsShown), (lint) => lint.item)].flatMap(([item, group]) => [
      '',
      style.bold(item),
      ...group.map((lint) => `  - ${lint.message} [${lint.rule}]\n    Fix: ${lint.fix}.`),
    ]),
    ...(hidden > 0 ? ['', `  … and ${hidden.toLocaleString('en')} more (all of them with --json)`] : []),
  ];
}

/** The feed a report is about: where it came from (the file or URL as given) and its JSON as read. */
export interface ReportedFeed {
  source: string;
  raw: unknown;
}

export function formatCheck(check: FeedCheck, { source, raw }: ReportedFeed, style: Style): string {
  const summary = check.counts
    .map((entry) => count(entry.total - entry.dropped, entry.list.replace(/s$/, '')))
    .join(', ');
  const lines: string[] = [];
  if (check.rejected) {
    lines.push(style.red(`${source} cannot be used: ${check.rejected}`));
    lines.push(...problemSection(check, raw, style), '', 'The widget would show nothing but an error.');
  } else if (!check.valid) {
    const total = check.problems.length + check.unlistedProblems;
    lines.push(style.red(`${source} is not valid: ${count(total, 'problem')}.`));
    lines.push(...problemSection(check, raw, style), '', whatStillShows(check.counts));
  } else {
    lines.push(style.green(`${source} is valid: ${summary}.`));
  }
  if (check.lintsSkipped) lines.push('', check.lintsSkipped);
  else if (!check.rejected) lines.push(...lintSection(check.lints, style));
  return lines.join('\n');
}
