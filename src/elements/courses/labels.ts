/** Reader-facing names for the feed's codes, shared by the course cards and the filter controls. */
import type { CourseFormat, ProviderType } from '../../feed/schema.js';
import type { CourseSort } from '../../courses/filters.js';
import { fill } from '../../i18n/strings.js';
import type { CoursesStrings } from '../../i18n/courses-strings.js';

type Key = keyof CoursesStrings;

/** `academy` → `Academy`: a code's string key is its kind and the code, e.g. `typeAcademy`, `sortPrice`. */
const capitalized = <T extends string>(code: T) => (code[0]!.toUpperCase() + code.slice(1)) as Capitalize<T>;

/** Funding kinds we know by name; a feed's other values are shown as written. */
const fundingKeys = new Map<string, Key>([
  ['bildungsgutschein', 'fundingBildungsgutschein'],
  ['aufstiegs-bafoeg', 'fundingAufstiegsBafoeg'],
  ['bildungsurlaub', 'fundingBildungsurlaub'],
]);

export const providerTypeLabel = (t: CoursesStrings, type: ProviderType): string => t[`type${capitalized(type)}`];
export const formatLabel = (t: CoursesStrings, format: CourseFormat): string => t[`format${capitalized(format)}`];
export const sortLabel = (t: CoursesStrings, sort: CourseSort): string => t[`sort${capitalized(sort)}`];

export function fundingLabel(t: CoursesStrings, value: string): string {
  const key = fundingKeys.get(value);
  return key ? t[key] : value;
}

/** "12 Weiterbildungen" / "1 Weiterbildung": German and English only need "one" and "other". */
export const plural = (one: string, other: string, n: number, shown: string): string =>
  fill(n === 1 ? one : other, { n: shown });
