/**
 * Cached Intl formatters. Each one fails soft: a value Intl refuses (a language tag like `fr-12`, a currency code
 * it does not know, a date that does not exist) comes out raw and shortened instead of throwing into a render.
 */
import { cut } from '../feed/problems.js';

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames;

/**
 * Intl formatters, created once per kind, language and options (they are expensive to build), keyed
 * `"<kind> <lang> <options as JSON>"`, e.g. `"number de {"style":"percent"}"` or `"date en"`.
 */
const formatterByKey = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, make: () => T): T {
  const known = formatterByKey.get(key) as T | undefined;
  if (known) return known;
  const formatter = make();
  formatterByKey.set(key, formatter);
  return formatter;
}

/** Longest raw value shown when Intl refuses it (a code or a date from the feed, which may be anything). */
const maxRawLength = 24;

/** `format()`, or `raw` (shortened) when Intl throws. */
function softly(format: () => string | undefined, raw: string): string {
  try {
    const formatted = format();
    if (formatted !== undefined) return formatted;
  } catch {
    // A RangeError or TypeError from Intl: the raw value below says as much as can be said.
  }
  return cut(raw, maxRawLength);
}

/** The cached Intl.NumberFormat for `lang` and `options`. */
const numberFormat = (lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached(`number ${lang} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(lang, options));

const formatNumberAs = (lang: string, value: number, options: Intl.NumberFormatOptions): string =>
  softly(() => numberFormat(lang, options).format(value), String(value));

/** 0.42 → "42 %" (de) / "42%" (en). */
export const formatPercent = (lang: string, value: number): string =>
  formatNumberAs(lang, value, { style: 'percent', maximumFractionDigits: 0 });

/**
 * Small whole numbers ("Frage 3 von 9") skip Intl: a page's first Intl.NumberFormat costs ~50 ms in Chromium,
 * and de and en write them alike.
 */
export const formatNumber = (lang: string, value: number): string =>
  Number.isInteger(value) && Math.abs(value) < 1000
    ? String(value)
    : formatNumberAs(lang, value, { maximumFractionDigits: 1 });

/** Whole amounts without cents ("1.490 €"), others with them; "1490 XYZ" when Intl does not know the currency. */
export function formatPrice(lang: string, amount: number, currency: string): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  const options: Intl.NumberFormatOptions = {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  };
  return softly(() => numberFormat(lang, options).format(amount), `${amount} ${currency}`);
}

/** "2027-03-01" → "1. März 2027" / "March 1, 2027"; the date is read as a calendar day, not a UTC instant. */
export function formatDate(lang: string, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return softly(
    () =>
      cached(`date ${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'long' })).format(
        new Date(year, month - 1, day),
      ),
    isoDate,
  );
}

/** "de" → "Deutsch" / "German": a language's name in `lang`; the code itself when Intl does not know it. */
export const formatLanguage = (lang: string, code: string): string =>
  softly(() => cached(`language ${lang}`, () => new Intl.DisplayNames([lang], { type: 'language' })).of(code), code);
