/**
 * UI strings. Each element has its own table (German formal, the German "du" differences, English); this module
 * resolves one for a language and the `informal` switch; elements add a page's partial overrides on top.
 */
export type UiLang = 'de' | 'en';

export interface StringTable<T extends Record<string, string>> {
  de: T;
  /** Only the strings that change when German readers are addressed with "du" (none: leave it out). */
  deInformal?: Partial<T>;
  en: T;
}

/** The UI language for a primary language subtag in lower case (`de`, `en`, `fr`); English unless we have it. */
export const uiLang = (subtag: string): UiLang => (subtag === 'de' ? 'de' : 'en');

/** A table's strings for `lang`, with the "du" differences when German readers are addressed informally. */
export const resolveStrings = <T extends Record<string, string>>(
  table: StringTable<T>,
  lang: UiLang,
  informal: boolean,
): T => (lang === 'de' && informal ? { ...table.de, ...table.deInformal } : table[lang]);

/**
 * `base` with a page's overrides on top, taking only own string values for the keys `base` has: `null`, a number
 * or a getter that throws is left out (and named in `ignored`), whatever object or Proxy the page hands over.
 */
export function withOverrides<T extends Record<string, string>>(
  base: T,
  overrides: unknown,
): { strings: T; ignored: string[] } {
  const strings: Record<string, string> = { ...base };
  const ignored: string[] = [];
  if (typeof overrides !== 'object' || overrides === null) return { strings: base, ignored };
  for (const key of Object.keys(base)) {
    let value: unknown;
    try {
      if (!Object.hasOwn(overrides, key)) continue;
      value = (overrides as Record<string, unknown>)[key];
    } catch {
      value = undefined;
    }
    if (typeof value === 'string') strings[key] = value;
    else ignored.push(key);
  }
  return { strings: strings as T, ignored };
}

/** Fills `{name}` placeholders: `fill('Frage {n} von {total}', { n: 3, total: 8 })`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** Strings every element shows while loading or when the feed fails. */
export interface CommonStrings extends Record<string, string> {
  loading: string;
  errorNetwork: string;
  errorData: string;
  /** The feed is bigger than the element's `max-feed-bytes`. */
  errorTooLarge: string;
  retry: string;
}

export const commonStrings: StringTable<CommonStrings> = {
  de: {
    loading: 'Wird geladen …',
    errorNetwork: 'Die Inhalte konnten gerade nicht geladen werden. Bitte versuchen Sie es gleich noch einmal.',
    errorData: 'Die Inhalte sind zurzeit nicht verfügbar, weil ihre Daten fehlerhaft sind.',
    errorTooLarge: 'Die Inhalte sind zu umfangreich, um hier angezeigt zu werden.',
    retry: 'Erneut versuchen',
  },
  deInformal: {
    errorNetwork: 'Die Inhalte konnten gerade nicht geladen werden. Bitte versuch es gleich noch einmal.',
  },
  en: {
    loading: 'Loading …',
    errorNetwork: 'The content could not be loaded just now. Please try again in a moment.',
    errorData: 'The content is not available at the moment because its data is faulty.',
    errorTooLarge: 'The content is too large to be shown here.',
    retry: 'Try again',
  },
};
