/**
 * Folded search text per course, built on the first search rather than with the course index: most readers
 * never search (and without the `filters` attribute nobody can), while folding 10,000 courses takes a while.
 * The keys are built in slices of `searchKeySlice` courses with a yield to the page between two slices, so a
 * large feed never holds the page in one long task; `queryCourses` finishes them at once if it cannot wait.
 */
import type { Course, Feed, Text } from '../feed/schema.js';
import { courseIndex } from './course-index.js';
import { perFeed } from './per-feed.js';
import { searchKey } from './search-key.js';

/** Courses per slice: a slice of the largest keys (`maxKeyInputLength` each) stays well under 50 ms. */
export const searchKeySlice = 250;

/** Every translation of a text (readers search in either language). */
const translations = (text: Text | undefined): string[] =>
  typeof text === 'string' ? [text] : Object.values(text ?? {});

/** Lets the page handle input and paint before the next slice (a task of its own, not a microtask). */
const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

export class SearchKeys {
  /** Per course (same positions as `feed.courses`): its title, provider, location, certificate, topics, funding. */
  readonly keys: string[] = [];
  /** Settles once every key is built. */
  readonly built: Promise<void>;

  constructor(private readonly feed: Feed) {
    this.built = this.#buildInSlices();
  }

  get complete(): boolean {
    return this.keys.length === this.feed.courses.length;
  }

  /** Every key now, in one task: for a caller that cannot wait. */
  finish(): readonly string[] {
    this.#buildNext(Infinity);
    return this.keys;
  }

  async #buildInSlices(): Promise<void> {
    this.#buildNext(searchKeySlice);
    while (!this.complete) {
      await yieldToPage();
      this.#buildNext(searchKeySlice);
    }
  }

  /** Builds up to `count` more keys, in course order. */
  #buildNext(count: number): void {
    const { courses } = this.feed;
    const end = Math.min(this.keys.length + count, courses.length);
    for (let position = this.keys.length; position < end; position++) this.keys.push(this.#key(courses[position]!));
  }

  #key(course: Course): string {
    const { providers } = courseIndex(this.feed);
    return searchKey([
      ...translations(course.title),
      ...translations(providers.get(course.provider)!.name),
      ...translations(course.location),
      ...translations(course.certificate),
      ...(course.topics ?? []).flatMap(translations),
      ...(course.funding ?? []),
    ]);
  }
}

/** The search keys of a feed, built once per feed object; the first call starts building them. */
export const searchKeys: (feed: Feed) => SearchKeys = perFeed((feed) => new SearchKeys(feed));
