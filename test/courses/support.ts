/** Shared by the course tests: the catalog fixture, mounting `<rolefit-courses>`, and reading what it shows. */
import { fixture, waitUntil } from '@open-wc/testing';
import type { RolefitCourses } from '../../src/elements/courses/rolefit-courses.js';
import { loadFeed } from '../../src/feed/load.js';
import type { Feed } from '../../src/feed/schema.js';

export const catalogUrl = '/test/fixtures/courses-catalog.json';

export const loadCatalog = (): Promise<Feed> => loadFeed(catalogUrl);

/** Course ids at the given positions of `feed.courses`. */
export const idsAt = (feed: Feed, positions: readonly number[]): string[] =>
  positions.map((position) => feed.courses[position]!.id);

/** Waits until the element shows its list (or empty state) or its error. */
export async function settled(element: RolefitCourses): Promise<RolefitCourses> {
  await waitUntil(() => element.shadowRoot?.querySelector('[part~="count"], [part~="error"]'), 'nothing rendered');
  await element.updateComplete;
  return element;
}

/** A German `<rolefit-courses>` on the catalog feed with extra attributes, once its list is shown. */
export async function renderCourses(attributes = '', feed = catalogUrl): Promise<RolefitCourses> {
  return settled(
    await fixture<RolefitCourses>(
      `<rolefit-courses loading="eager" lang="de" feed="${feed}" ${attributes}></rolefit-courses>`,
    ),
  );
}

export const parts = <T extends HTMLElement = HTMLElement>(element: RolefitCourses, name: string): T[] => [
  ...element.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`),
];

export const part = <T extends HTMLElement = HTMLElement>(element: RolefitCourses, name: string): T | undefined =>
  parts<T>(element, name)[0];

/** Ids of the listed courses, in order. */
export const shownIds = (element: RolefitCourses): string[] =>
  parts<HTMLAnchorElement>(element, 'course-link').map((link) => link.dataset.courseId!);

export const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Collects `[rolefit]` warnings until `restore()`. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    const message = args.map(String).join(' ');
    if (message.startsWith('[rolefit]')) messages.push(message);
    else original(...args);
  };
  return { messages, restore: () => (console.warn = original) };
}
