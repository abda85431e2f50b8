import type { CourseIndex } from './course-index.js';
import type { CourseSort } from './filters.js';

export interface SortOrder {
  sort: CourseSort;
  /**
   * Per course: how many of the listed role's skills it covers. Relevance ranks by it, most first; without it
   * (no role, or no skills to compare) relevance is the feed's order.
   */
  coverage?: ArrayLike<number>;
}

/**
 * Sorts course positions in place and returns them. Missing values are `none` (+∞), so they go last; ties (and two
 * missing values, whose difference is NaN) fall back to feed order, which makes the sort stable whatever the engine
 * does.
 */
export function sortCourses(index: CourseIndex, positions: number[], order: SortOrder): number[] {
  const { sort, coverage } = order;
  if (sort !== 'relevance') {
    // The index has a column named after each sort order but relevance.
    const key = index[sort];
    return positions.sort((a, b) => key[a]! - key[b]! || a - b);
  }
  return coverage ? positions.sort((a, b) => coverage[b]! - coverage[a]! || a - b) : positions;
}
