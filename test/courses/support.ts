/** Shared by the course tests on top of test/support/dom.ts: the catalog fixture, and `<rolefit-courses>` on it. */
import { waitUntil } from '@open-wc/testing';
import type { RolefitCourses } from '../../src/elements/courses/rolefit-courses.js';
import { loadFeed } from '../../src/feed/load.js';
import type { Feed } from '../../src/feed/schema.js';
import { mount, part, parts, type Attributes } from '../support/dom.js';

export const catalogUrl = '/test/fixtures/courses-catalog.json';

export const loadCatalog = (): Promise<Feed> => loadFeed(catalogUrl);

/** Course ids at the given positions of `feed.courses`. */
export const idsAt = (feed: Feed, positions: readonly number[]): string[] =>
  positions.map((position) => feed.courses[position]!.id);

/** Waits until the element shows its list (or empty state) or its error. */
export async function settled(element: RolefitCourses): Promise<RolefitCourses> {
  await waitUntil(() => part(element, 'count') ?? part(element, 'error'), 'nothing rendered');
  await element.updateComplete;
  return element;
}

/** A German `<rolefit-courses>` on the catalog feed with extra attributes, once its list is shown. */
export async function renderCourses(attributes: Attributes = {}, feed = catalogUrl): Promise<RolefitCourses> {
  return settled(await mount('rolefit-courses', { lang: 'de', feed, ...attributes }));
}

/** Ids of the listed courses, in order. */
export const shownIds = (element: RolefitCourses): string[] =>
  parts<HTMLAnchorElement>(element, 'course-link').map((link) => link.dataset.courseId!);
