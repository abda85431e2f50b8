/**
 * One schema.org `ItemList` of courses per role, for a site's static course pages (Google's course list: at
 * least three courses, each `ListItem` with the course's url). The courses are built by the widget's own
 * JSON-LD builder; the role's occupation codes go on each course as `occupationalCategory` `CategoryCode`s.
 */
import { courseListJsonLd } from '../../courses/json-ld.js';
import type { Feed, Role } from '../../feed/schema.js';

/** Google shows a course list from three courses on. */
export const minCoursesPerList = 3;

const codeSets: [keyof NonNullable<Role['codes']>, string][] = [
  ['isco08', 'ISCO-08'],
  ['kldb2010', 'KldB 2010'],
  ['onetSoc', 'O*NET-SOC'],
];

/** The role's codes (and ESCO occupation) as schema.org `CategoryCode`s. */
export function occupationalCategories(role: Role): Record<string, unknown>[] {
  const categories: Record<string, unknown>[] = codeSets.flatMap(([key, set]) => {
    const code = role.codes?.[key];
    return code
      ? [{ '@type': 'CategoryCode', codeValue: code, inCodeSet: { '@type': 'CategoryCodeSet', name: set } }]
      : [];
  });
  if (role.esco)
    categories.push({
      '@type': 'CategoryCode',
      url: role.esco,
      inCodeSet: { '@type': 'CategoryCodeSet', name: 'ESCO' },
    });
  return categories;
}

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
    const list = courseListJsonLd(courses, feed, lang);
    const categories = occupationalCategories(role);
    const elements = list.itemListElement as { url?: string; item: Record<string, unknown> }[];
    for (const element of elements) {
      element.url = element.item.url as string;
      if (categories.length) element.item.occupationalCategory = categories;
    }
    return { role, courses: courses.length, list: { ...list, numberOfItems: elements.length } };
  });
}
