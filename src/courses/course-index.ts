/**
 * What filtering, faceting and sorting need from a feed, computed once per feed object and cached: numbers
 * in typed arrays (no parsing per change) and codes instead of strings. Search text is in `search-index.ts`.
 */
import type { Feed, Provider } from '../feed/schema.js';
import { courseFormats, providerTypes } from '../feed/vocabulary.js';

/** Marks a missing price, start or duration: it sorts after every real value and fails every `≤` test. */
export const none = Number.POSITIVE_INFINITY;

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
  readonly roleIds: ReadonlySet<string>;
}

const cache = new WeakMap<Feed, CourseIndex>();

const dateNumber = (date: string | undefined): number => (date ? Number(date.replaceAll('-', '')) : none);

function buildIndex(feed: Feed): CourseIndex {
  const { courses } = feed;
  const count = courses.length;
  const providers = new Map(feed.providers.map((provider) => [provider.id, provider]));
  const fundingIds = new Map<string, number>();
  const index = {
    providerType: new Uint8Array(count),
    format: new Uint8Array(count),
    price: new Float64Array(count),
    start: new Float64Array(count),
    duration: new Float64Array(count),
    funding: new Array<number[]>(count),
    fundingOptions: [] as string[],
    providers,
    roleIds: new Set(feed.roles.map((role) => role.id)),
  };
  for (let i = 0; i < count; i++) {
    const course = courses[i]!;
    // The parser drops courses whose provider is unknown, so the lookup always succeeds.
    const provider = providers.get(course.provider)!;
    index.providerType[i] = providerTypes.indexOf(provider.type);
    index.format[i] = courseFormats.indexOf(course.format);
    index.price[i] = course.price?.amount ?? none;
    index.start[i] = dateNumber(course.start);
    index.duration[i] = course.hours ?? none;
    const funding = new Set<number>();
    for (const value of course.funding ?? []) {
      let id = fundingIds.get(value);
      if (id === undefined) {
        fundingIds.set(value, (id = index.fundingOptions.length));
        index.fundingOptions.push(value);
      }
      funding.add(id);
    }
    index.funding[i] = [...funding];
  }
  return index;
}

/** The index of a validated feed; built on first use, then reused for as long as the feed object lives. */
export function courseIndex(feed: Feed): CourseIndex {
  let index = cache.get(feed);
  if (!index) cache.set(feed, (index = buildIndex(feed)));
  return index;
}
