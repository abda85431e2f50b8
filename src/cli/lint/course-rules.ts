/** Lints about courses as a reader compares them: dates, prices, titles. */
import type { Course } from '../../feed/schema.js';
import { label, type LintRule, type LintWarning } from './types.js';

export const courseInPast: LintRule = ({ feed, today }) =>
  feed.courses
    .filter((course) => course.start !== undefined && course.start < today)
    .map((course) => ({
      rule: 'course-in-past',
      item: label('course', course.id),
      message: `starts ${course.start}, before today (${today})`,
      fix: 'set the next start date, remove "start" if it starts any time, or remove the course',
    }));

export const courseWithoutPrice: LintRule = ({ feed }) =>
  feed.courses
    .filter((course) => course.price === undefined)
    .map((course) => ({
      rule: 'course-without-price',
      item: label('course', course.id),
      message: 'has no price, so it cannot be compared or filtered by price',
      fix: 'add "price": { "amount": … } (0 for a free course)',
    }));

/** Every spelling of a course title, trimmed and case-folded, so "SEO Basics" and "seo basics " collide. */
function titleKeys(course: Course): string[] {
  const titles = typeof course.title === 'string' ? [course.title] : Object.values(course.title);
  return [...new Set(titles.map((title) => title.trim().replace(/\s+/g, ' ').toLocaleLowerCase()))];
}

export const duplicateTitle: LintRule = ({ feed }) => {
  const firstWithTitle = new Map<string, Course>();
  const warnings: LintWarning[] = [];
  for (const course of feed.courses) {
    const keys = titleKeys(course);
    const earlier = keys.map((key) => firstWithTitle.get(key)).find((found) => found !== undefined);
    for (const key of keys) if (!firstWithTitle.has(key)) firstWithTitle.set(key, course);
    if (!earlier) continue;
    warnings.push({
      rule: 'duplicate-title',
      item: label('course', course.id),
      message: `has the same title as course "${earlier.id}", so readers cannot tell them apart`,
      fix: 'make the titles distinct (add the level, place or format), or remove the duplicate',
    });
  }
  return warnings;
};

export const mixedCurrencies: LintRule = ({ feed }) => {
  const coursesByCurrency = new Map<string, number>();
  for (const course of feed.courses) {
    if (course.price)
      coursesByCurrency.set(course.price.currency, (coursesByCurrency.get(course.price.currency) ?? 0) + 1);
  }
  if (coursesByCurrency.size < 2) return [];
  const list = [...coursesByCurrency].map(([currency, n]) => `${currency} (${n})`).join(', ');
  return [
    {
      rule: 'mixed-currencies',
      item: 'feed',
      message: `prices use several currencies: ${list}; amounts are compared as given, so sorting by price and the price filter mix them`,
      fix: 'give every price in one currency',
    },
  ];
};
