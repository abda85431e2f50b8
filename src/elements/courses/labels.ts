/** Reader-facing names for the feed's codes, shared by the course cards and the filter controls. */
import type { CourseFormat, ProviderType } from '../../feed/schema.js';
import type { CourseSort } from '../../courses/filters.js';
import { formatNumber } from '../../i18n/format.js';
import { fill, type UiLang } from '../../i18n/strings.js';
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

/** The two forms of a counted phrase, each with an `{n}` slot; German and English need no others. */
export interface PluralForms {
  one: string;
  other: string;
}

/** "12 Weiterbildungen" / "1 Weiterbildung": the form for `count`, with the count written for `ui`. */
export const plural = (forms: PluralForms, count: number, ui: UiLang): string =>
  fill(count === 1 ? forms.one : forms.other, { n: formatNumber(ui, count) });
