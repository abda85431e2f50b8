/**
 * Validates imported rows in the context of the feed they join (known roles and providers, unique ids) by
 * running the widget's own parser over the feed with these rows as its list, then handing each row its problems.
 */
import { parseFeed } from '../../feed/parse.js';
import type { FeedProblem } from '../../feed/problems.js';

export type ImportList = 'providers' | 'courses';

/** A problem of one row, its path relative to the row: `price.amount`, or '' for the row as a whole. */
export interface RowProblem extends FeedProblem {
  row: number;
}

export function checkRows(feed: Record<string, unknown>, list: ImportList, records: readonly unknown[]): RowProblem[] {
  const { problems } = parseFeed({ ...feed, [list]: records, ...(list === 'providers' ? { courses: [] } : {}) });
  const rowPath = new RegExp(`^${list}\\[(\\d+)\\]\\.?`);
  return problems.flatMap((problem) => {
    const match = rowPath.exec(problem.path);
    return match ? [{ ...problem, row: Number(match[1]), path: problem.path.slice(match[0].length) }] : [];
  });
}
