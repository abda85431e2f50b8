/**
 * schema.org `ItemList` of `Course`s for the courses a reader sees, so search engines can show them as rich
 * results. Builds plain objects; `jsonLdText` makes them safe to put inside a `<script>`. What the feed does not
 * know is `undefined`, which JSON leaves out.
 */
import type { Course, Feed, Text } from '../feed/schema.js';
import { localizer } from '../feed/text.js';
import { courseIndex } from './course-index.js';

type JsonLd = Record<string, unknown>;

/** The longest workload JSON-LD states: beyond about ten years, a value is a mistake, not a course. */
export const maxWorkload = { hours: 10_000, weeks: 520 };

/**
 * A number of an ISO 8601 duration ("40", "1.5"), or `undefined` for one no course lasts: negative, not finite,
 * above `max`, or one JavaScript writes with an exponent (1e-7), which a duration cannot hold.
 */
function durationAmount(value: number | undefined, max: number): string | undefined {
  const text = String(value);
  return value !== undefined && value <= max && /^\d+(\.\d+)?$/.test(text) ? text : undefined;
}

/** Hours → "PT40H", else weeks → "P6W" (ISO 8601 durations, as `courseWorkload` expects); left out when insane. */
function workload(course: Course): string | undefined {
  const hours = durationAmount(course.hours, maxWorkload.hours);
  if (hours) return `PT${hours}H`;
  const weeks = durationAmount(course.weeks, maxWorkload.weeks);
  return weeks && `P${weeks}W`;
}

/** The feed has no description field, so it is made of what describes a course best: topics and certificate. */
function description(course: Course, text: (value: Text) => string): string {
  const parts = (course.topics ?? []).map(text);
  if (course.certificate) parts.push(text(course.certificate));
  return parts.length ? parts.join(' · ') : text(course.title);
}

export function courseJsonLd(course: Course, feed: Feed, lang: string): JsonLd {
  const provider = courseIndex(feed).providers.get(course.provider);
  const text = localizer(feed, lang);
  return {
    '@type': 'Course',
    name: text(course.title),
    description: description(course, text),
    url: course.url,
    inLanguage: course.language,
    provider: provider && {
      '@type': 'Organization',
      name: text(provider.name),
      url: provider.url,
    },
    offers: course.price && {
      '@type': 'Offer',
      category: 'Paid',
      price: course.price.amount,
      priceCurrency: course.price.currency,
    },
    hasCourseInstance: {
      '@type': 'CourseInstance',
      courseMode: course.format,
      startDate: course.start,
      courseWorkload: workload(course),
      location: course.location && text(course.location),
    },
  };
}

/** The list as shown: positions start at 1, in display order. */
export function courseListJsonLd(courses: readonly Course[], feed: Feed, lang: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListElement: courses.map((course, position) => ({
      '@type': 'ListItem',
      position: position + 1,
      item: courseJsonLd(course, feed, lang),
    })),
  };
}

/**
 * JSON for a `<script>` element. `<` is escaped so feed text can never close the script (`</script>`) or open a
 * comment; `>` and `&` for the same reason in HTML parsers' other states; U+2028/2029 for old JS parsers. Each
 * becomes its `\uXXXX` escape, which JSON reads back as the same character.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
