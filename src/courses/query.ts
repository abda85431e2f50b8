/**
 * Filtering, facet counting and sorting in one pass over the course index (typed arrays and lookup tables), no DOM.
 */
import type { CourseFormat, Feed, ProviderType } from '../feed/schema.js';
import { courseFormats, providerTypes } from '../feed/vocabulary.js';
import { courseIndex } from './course-index.js';
import type { CourseFilters } from './filters.js';
import { searchKeys } from './search-index.js';
import { matchesWords, queryWords } from './search-key.js';
import { sortCourses } from './sort.js';

/**
 * How many courses each option would leave: the courses that pass every OTHER active filter and have this
 * option (standard faceting, so ticking a second box in a group can only add courses).
 */
export interface CourseFacets {
  providerTypes: Record<ProviderType, number>;
  formats: Record<CourseFormat, number>;
  /** Per funding value of the feed, in order of first appearance. */
  funding: Map<string, number>;
}

export interface CourseQuery {
  /** Positions in `feed.courses` of every matching course, in display order. */
  matches: number[];
  facets: CourseFacets;
}

/** A filter list as a table over option codes (true: selected); `null` when the filter is off. */
const lookup = (selected: readonly string[], options: readonly string[]): boolean[] | null =>
  selected.length ? options.map((option) => selected.includes(option)) : null;

/** Each option with its count, in option order. */
const counted = <K extends string>(options: readonly K[], counts: Uint32Array): [K, number][] =>
  options.map((option, code) => [option, counts[code]!]);

export function queryCourses(feed: Feed, filters: CourseFilters): CourseQuery {
  const index = courseIndex(feed);
  const { courses } = feed;
  const role = filters.role;
  const maxPrice = filters.maxPrice ?? Infinity;
  const words = queryWords(filters.search);
  // Elements wait for `searchKeys(feed).built` first; a caller that did not gets the keys built here at once.
  const keys = words.length ? searchKeys(feed).finish() : [];
  const typeFilter = lookup(filters.providerTypes, providerTypes);
  const formatFilter = lookup(filters.formats, courseFormats);
  const fundingFilter = lookup(filters.funding, index.fundingOptions);
  const typeCounts = new Uint32Array(providerTypes.length);
  const formatCounts = new Uint32Array(courseFormats.length);
  const fundingCounts = new Uint32Array(index.fundingOptions.length);
  const matches: number[] = [];

  for (let i = 0; i < courses.length; i++) {
    // Role, price and search have no facet counts: failing one of them rules the course out of every count.
    if (role !== null && !courses[i]!.roles.includes(role)) continue;
    // A missing price is +∞: above any limit, yet not above "no limit" (+∞), so it stays when there is none.
    if (index.price[i]! > maxPrice) continue;
    if (words.length && !matchesWords(keys[i]!, words)) continue;

    const type = index.providerType[i]!;
    const format = index.format[i]!;
    const funding = index.funding[i]!;
    const typeOk = !typeFilter || typeFilter[type]!;
    const formatOk = !formatFilter || formatFilter[format]!;
    const fundingOk = !fundingFilter || funding.some((code) => fundingFilter[code]);

    if (formatOk && fundingOk) typeCounts[type]!++;
    if (typeOk && fundingOk) formatCounts[format]!++;
    if (typeOk && formatOk) for (const code of funding) fundingCounts[code]!++;
    if (typeOk && formatOk && fundingOk) matches.push(i);
  }

  return {
    matches: sortCourses(index, matches, filters.sort),
    facets: {
      providerTypes: Object.fromEntries(counted(providerTypes, typeCounts)) as Record<ProviderType, number>,
      formats: Object.fromEntries(counted(courseFormats, formatCounts)) as Record<CourseFormat, number>,
      funding: new Map(counted(index.fundingOptions, fundingCounts)),
    },
  };
}
