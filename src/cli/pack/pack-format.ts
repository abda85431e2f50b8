/** The pack format's fixed parts, shared by `rolefit pack` (writing) and `rolefit validate` (checking). */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { queryCourses } from '../../courses/query.js';
import { courseIndex } from '../../courses/course-index.js';
import { noFilters } from '../../courses/filters.js';
import type { Course, Feed, PackFacets, Role } from '../../feed/schema.js';

/** The index's name in a pack folder; course files are in `courses/` beside it. */
export const indexName = 'index.json';
export const courseFolder = 'courses';

/** A pack's folder stands for its index.json; any other path (a folder without one too) is kept as given. */
export function indexOfFolder(path: string): string {
  const index = join(path, indexName);
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() && existsSync(index) ? index : path;
}

/**
 * Courses per file by default: about 0.75 MB of JSON (70–150 kB gzipped) for typical courses, so the first file
 * arrives quickly and a role of 5,000 courses is three requests.
 */
export const defaultCoursesPerFile = 2000;
export const minCoursesPerFile = 1;
export const maxCoursesPerFile = 100_000;

/** The content hash in a file name: 8 hex digits of SHA-256, enough to tell the versions of one file apart. */
export const contentHash = (bytes: string | Buffer): string =>
  createHash('sha256').update(bytes).digest('hex').slice(0, 8);

/** `courses/<roleId>-<n>-<hash>.json`: role ids are safe in a path (letters, digits, "-", "_"). */
export const courseFilePath = (roleId: string, number: number, hash: string): string =>
  `${courseFolder}/${roleId}-${number}-${hash}.json`;

/** The hash a rolefit-named file claims, if its name has one. */
export const claimedHash = (path: string): string | undefined => /-([0-9a-f]{8})\.json$/.exec(path)?.[1];

/** A course file's exact bytes: compact JSON, no trailing newline (the hash covers exactly these bytes). */
export const courseFileText = (courses: readonly Course[]): string => JSON.stringify({ version: 1, courses });

export interface FacetTotals {
  courses: number;
  facets: PackFacets;
}

export const emptyTotals = (): FacetTotals => ({
  courses: 0,
  facets: { providerTypes: {}, formats: {}, funding: {} },
});

const addCounts = (total: Record<string, number>, counts: Iterable<[string, number]>): void => {
  for (const [key, value] of counts) total[key] = (total[key] ?? 0) + value;
};

/**
 * A run of one role's courses in the course list's default order, with the counts added to `totals`. The order
 * and the counts come from the list's own query with no filter but the role; its default sort (relevance) keeps
 * feed order, which is why a role's courses can be cut into files as they come, in input order.
 */
export function orderAndCount(
  run: { feed: Pick<Feed, 'lang' | 'providers'>; role: Role; courses: Course[] },
  totals: FacetTotals,
): Course[] {
  const feed: Feed = {
    version: 1,
    lang: run.feed.lang,
    roles: [run.role],
    questions: [],
    providers: run.feed.providers,
    courses: run.courses,
  };
  const { matches, facets } = queryCourses(feed, { ...noFilters, role: run.role.id });
  const prices = courseIndex(feed).price;
  totals.courses += matches.length;
  addCounts(totals.facets.providerTypes, Object.entries(facets.providerTypes));
  addCounts(totals.facets.formats, Object.entries(facets.formats));
  addCounts(totals.facets.funding, facets.funding);
  for (const position of matches) {
    const amount = prices[position]!;
    if (!Number.isFinite(amount)) continue;
    const range = totals.facets.price;
    totals.facets.price = range
      ? { min: Math.min(range.min, amount), max: Math.max(range.max, amount) }
      : { min: amount, max: amount };
  }
  return matches.map((position) => run.courses[position]!);
}
