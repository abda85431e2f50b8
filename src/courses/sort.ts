import type { CourseIndex } from './course-index.js';
import type { CourseSort } from './filters.js';

/**
 * Sorts course positions in place and returns them. `relevance` keeps the feed's order. Missing values are
 * `none` (+∞), so they go last; ties (and two missing values, whose difference is NaN) fall back to feed order,
 * which makes the sort stable whatever the engine does.
 */
export function sortCourses(index: CourseIndex, positions: number[], sort: CourseSort): number[] {
  if (sort === 'relevance') return positions;
  // The index has a column named after each sort order but relevance.
  const key = index[sort];
  return positions.sort((a, b) => key[a]! - key[b]! || a - b);
}
