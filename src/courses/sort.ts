import type { CourseIndex } from './course-index.js';
import type { CourseSort } from './filters.js';

const sortKeys = {
  price: (index: CourseIndex) => index.price,
  start: (index: CourseIndex) => index.start,
  duration: (index: CourseIndex) => index.hours,
} as const;

/**
 * Sorts course positions in place and returns them. `relevance` keeps the feed's order. Missing values are
 * `none` (+∞), so they go last; ties (and two missing values, whose difference is NaN) fall back to feed order,
 * which makes the sort stable whatever the engine does.
 */
export function sortCourses(index: CourseIndex, positions: number[], sort: CourseSort): number[] {
  if (sort === 'relevance') return positions;
  const key = sortKeys[sort](index);
  return positions.sort((a, b) => key[a]! - key[b]! || a - b);
}
