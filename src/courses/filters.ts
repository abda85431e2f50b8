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
  return (Object.keys(noFilters) as (keyof CourseFilters)[]).every((key) => {
    const x: unknown = a[key];
    const y: unknown = b[key];
    return Array.isArray(x) && Array.isArray(y)
      ? x.length === y.length && x.every((value) => y.includes(value))
      : x === y;
  });
}
