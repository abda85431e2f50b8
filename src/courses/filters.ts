import type { CourseFormat, ProviderType } from '../feed/schema.js';

export const courseSorts = ['relevance', 'price', 'start', 'duration'] as const;
export type CourseSort = (typeof courseSorts)[number];

/**
 * Which courses to list, and in which order. Also the `filters` of the `rolefit-filter` event, so unset
 * values are `null` or `[]`. Lists are OR within themselves and AND with each other.
 */
export interface CourseFilters {
  /** Only courses for this role id. */
  role: string | null;
  providerTypes: ProviderType[];
  formats: CourseFormat[];
  /** Only courses with a price ≤ this amount (courses without a price are left out). */
  maxPrice: number | null;
  /** Courses with at least one of these funding kinds. */
  funding: string[];
  /** Words that must all occur in the course's texts (case- and umlaut-tolerant). */
  search: string | null;
  sort: CourseSort;
}

export const noFilters: Readonly<CourseFilters> = Object.freeze({
  role: null,
  providerTypes: [],
  formats: [],
  maxPrice: null,
  funding: [],
  search: null,
  sort: 'relevance',
});

/** True when both select the same courses in the same order (list order does not matter). */
export function sameFilters(a: CourseFilters, b: CourseFilters): boolean {
  const sameList = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && x.every((value) => y.includes(value));
  return (
    a.role === b.role &&
    a.maxPrice === b.maxPrice &&
    a.search === b.search &&
    a.sort === b.sort &&
    sameList(a.providerTypes, b.providerTypes) &&
    sameList(a.formats, b.formats) &&
    sameList(a.funding, b.funding)
  );
}
