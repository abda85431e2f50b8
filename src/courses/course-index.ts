/**
 * What filtering, faceting and sorting need from a feed, computed once per feed object and cached: numbers
 * in typed arrays (no parsing per change) and codes instead of strings. Search text is in `search-index.ts`.
 */
import type { Course, Feed, Provider } from '../feed/schema.js';
import { courseFormats, providerTypes } from '../feed/vocabulary.js';
import { perFeed } from './per-feed.js';

/** Marks a missing price, start or duration: it sorts after every real value and fails every `≤` test. */
export const none = Infinity;

export interface CourseIndex {
  /** Per course: index of its provider's type in `providerTypes`. */
  readonly providerType: Uint8Array;
  /** Per course: index of its format in `courseFormats`. */
  readonly format: Uint8Array;
  /** Per course: price amount as given (currencies are not converted), `none` without one. */
  readonly price: Float64Array;
  /** Per course: start date as the number yyyymmdd, `none` without one. */
  readonly start: Float64Array;
  /** Per course: duration in hours (named like the sort order), `none` without them. */
  readonly duration: Float64Array;
  /** Per course: indices into `fundingOptions`, each once. */
  readonly funding: readonly (readonly number[])[];
  /** Every funding value in the feed, in order of first appearance. */
  readonly fundingOptions: readonly string[];
  readonly providers: ReadonlyMap<string, Provider>;
}

function buildIndex(feed: Feed): CourseIndex {
  const { courses } = feed;
  const providers = new Map(feed.providers.map((provider) => [provider.id, provider]));
  const fundingOptions: string[] = [];
  /** Funding value → its index in `fundingOptions`. */
  const fundingIdByValue = new Map<string, number>();
  const fundingId = (value: string): number => {
    const known = fundingIdByValue.get(value);
    if (known !== undefined) return known;
    const id = fundingOptions.length;
    fundingOptions.push(value);
    fundingIdByValue.set(value, id);
    return id;
  };
  const column = (value: (course: Course) => number | undefined) =>
    new Float64Array(courses.map((course) => value(course) ?? none));
  return {
    // The parser drops courses whose provider is unknown, so the lookup always succeeds.
    providerType: new Uint8Array(courses.map((course) => providerTypes.indexOf(providers.get(course.provider)!.type))),
    format: new Uint8Array(courses.map((course) => courseFormats.indexOf(course.format))),
    price: column((course) => course.price?.amount),
    start: column((course) => (course.start ? Number(course.start.replaceAll('-', '')) : undefined)),
    duration: column((course) => course.hours),
    funding: courses.map((course) => [...new Set((course.funding ?? []).map(fundingId))]),
    fundingOptions,
    providers,
  };
}

/** The index of a validated feed; built on first use, then reused for as long as the feed object lives. */
export const courseIndex = perFeed(buildIndex);
