/**
 * One schema.org `ItemList` of courses per role, for a site's static course pages (Google's course list: at
 * least three courses, each `ListItem` with the course's url). The courses are built by the widget's own
 * JSON-LD builder, which also puts the role's occupation codes on each course as `occupationalCategory`.
 */
import { courseListJsonLd } from '../../courses/json-ld.js';
import type { Feed, Role } from '../../feed/schema.js';

/** Google shows a course list from three courses on. */
export const minCoursesPerList = 3;

export interface RoleList {
  role: Role;
  /** The JSON-LD, or undefined when the role has fewer than `minCoursesPerList` courses. */
  list?: Record<string, unknown>;
  courses: number;
}

export function roleItemLists(feed: Feed, lang: string): RoleList[] {
  return feed.roles.map((role) => {
    const courses = feed.courses.filter((course) => course.roles.includes(role.id));
    if (courses.length < minCoursesPerList) return { role, courses: courses.length };
    const list = courseListJsonLd(courses, feed, { lang, role });
    const elements = list.itemListElement as { url?: string; item: Record<string, unknown> }[];
    for (const element of elements) element.url = element.item.url as string;
    return { role, courses: courses.length, list: { ...list, numberOfItems: elements.length } };
  });
}
