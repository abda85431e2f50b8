type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames;

/** Intl formatters, created once per language and options (they are expensive to build). */
const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

/** `value` formatted by the cached Intl.NumberFormat for `lang` and `options`. */
const formatNumberAs = (lang: string, value: number, options: Intl.NumberFormatOptions): string =>
  cached(lang + JSON.stringify(options), () => new Intl.NumberFormat(lang, options)).format(value);

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

/** Whole amounts without cents ("1.490 €"), others with them. */
export function formatPrice(lang: string, amount: number, currency: string): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  return formatNumberAs(lang, amount, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** "2027-03-01" → "1. März 2027" / "March 1, 2027"; the date is read as a calendar day, not a UTC instant. */
export function formatDate(lang: string, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return cached(`d${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'long' })).format(
    new Date(year, month - 1, day),
  );
}

/** "de" → "Deutsch" / "German": a language's name in `lang`; the code itself when Intl does not know it. */
export const formatLanguage = (lang: string, code: string): string =>
  cached(`l${lang}`, () => new Intl.DisplayNames([lang], { type: 'language' })).of(code) ?? code;
