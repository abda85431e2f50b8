/**
 * Reading `<rolefit-courses>` attributes: converters for comma lists and numbers, and validation that turns a
 * bad value into a sensible default plus one `[rolefit]` warning instead of an exception.
 */
import type { CourseFormat, ProviderType } from '../../feed/schema.js';
import { courseFormats, providerTypes } from '../../feed/vocabulary.js';
import { courseSorts, type CourseFilters } from '../../courses/filters.js';
import { pickOption, pickWholeNumber, warnOnce, writtenValue } from '../shared/warn.js';

const splitList = (value: string): string[] =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/*
 * Attribute converters: attribute to property only, as no property reflects to its attribute (Lit takes a
 * function converter as `fromAttribute`).
 */

/** `"chamber, university"` → `['chamber', 'university']`. */
export const commaList = (value: string | null): string[] | undefined =>
  value === null ? undefined : splitList(value);

/** Plain decimal notation: `12`, `-3`, `49.90`, `.5`; not `0x10`, `1e3` or `Infinity`, which `Number()` reads too. */
const decimal = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/**
 * A number attribute, written in decimal; absent or empty is `undefined`, anything else is `NaN` (reported by the
 * validators below).
 */
export function optionalNumber(value: string | null): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  return decimal.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export const defaultLimit = 10;

/** The filters a page presets through attributes; the reader's controls start from (and reset to) these. */
export type PresetFilters = Pick<CourseFilters, 'providerTypes' | 'formats' | 'maxPrice' | 'funding' | 'sort'>;

export interface PresetInput {
  providerTypes: string[] | string | undefined;
  formats: string[] | string | undefined;
  maxPrice: number | undefined;
  funding: string[] | string | undefined;
  sort: string | undefined;
}

/** A comma list set as a property string is read like the attribute. */
const asList = (value: string[] | string | undefined): string[] =>
  typeof value === 'string' ? splitList(value) : (value ?? []);

/** A comma-list attribute whose entries come from a closed word list. */
interface ClosedList<T extends string> {
  attribute: string;
  allowed: readonly T[];
}

const providerTypesList: ClosedList<ProviderType> = { attribute: 'provider-types', allowed: providerTypes };
const formatsList: ClosedList<CourseFormat> = { attribute: 'formats', allowed: courseFormats };

/** The known entries of a closed list, each once; every unknown one is reported once. */
function knownValues<T extends string>(element: Element, list: ClosedList<T>, value: PresetInput['formats']): T[] {
  const { attribute, allowed } = list;
  const values = asList(value);
  const known = values.filter((entry): entry is T => (allowed as readonly string[]).includes(entry));
  for (const entry of values) {
    if (!known.includes(entry as T)) {
      warnOnce(
        element,
        `<${element.localName} ${attribute}>: unknown value "${entry}" ignored; use ${allowed.join(', ')}.`,
      );
    }
  }
  return [...new Set(known)];
}

/** An amount ≥ 0, or `null` (no limit) with a warning. */
export function validAmount(element: Element, attribute: string, value: number | undefined): number | null {
  if (value === undefined || value === null) return null;
  if (Number.isFinite(value) && value >= 0) return value;
  warnOnce(
    element,
    `<${element.localName} ${attribute}=${writtenValue(element, attribute, value)}>: needs a decimal number ≥ 0; ignoring it.`,
  );
  return null;
}

/** A whole number ≥ 1, or the default with a warning. */
export const validLimit = (element: Element, value: number | undefined): number =>
  pickWholeNumber(element, { attribute: 'limit', value, fallback: defaultLimit });

export function presetFilters(element: Element, input: PresetInput): PresetFilters {
  return {
    providerTypes: knownValues(element, providerTypesList, input.providerTypes),
    formats: knownValues(element, formatsList, input.formats),
    maxPrice: validAmount(element, 'max-price', input.maxPrice),
    funding: [...new Set(asList(input.funding))],
    sort: pickOption(element, { attribute: 'sort', value: input.sort, fallback: 'relevance' }, courseSorts),
  };
}
