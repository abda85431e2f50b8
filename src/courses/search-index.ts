/**
 * Folded search text per course, built on the first search rather than with the course index: most readers
 * never search (and without the `filters` attribute nobody can), while folding 10,000 courses takes a while.
 */
import type { Feed, Text } from '../feed/schema.js';
import { courseIndex } from './course-index.js';
import { perFeed } from './per-feed.js';
import { searchKey } from './search-key.js';

/** Every translation of a text (readers search in either language). */
const translations = (text: Text | undefined): string[] =>
  typeof text === 'string' ? [text] : Object.values(text ?? {});

function buildKeys(feed: Feed): string[] {
  const { providers } = courseIndex(feed);
  return feed.courses.map((course) =>
    searchKey([
      ...translations(course.title),
      ...translations(providers.get(course.provider)!.name),
      ...translations(course.location),
      ...translations(course.certificate),
      ...(course.topics ?? []).flatMap(translations),
      ...(course.funding ?? []),
    ]),
  );
}

/** Per course (same positions as `feed.courses`): its title, provider, location, certificate, topics, funding. */
export const searchKeys: (feed: Feed) => readonly string[] = perFeed(buildKeys);
