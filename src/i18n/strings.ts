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

/** Fills `{name}` placeholders: `fill('Frage {n} von {total}', { n: 3, total: 8 })`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** Strings every element shows while loading or when the feed fails. */
export interface CommonStrings extends Record<string, string> {
  loading: string;
  errorNetwork: string;
  errorData: string;
  retry: string;
}

export const commonStrings: StringTable<CommonStrings> = {
  de: {
    loading: 'Wird geladen …',
    errorNetwork: 'Die Inhalte konnten gerade nicht geladen werden. Bitte versuchen Sie es gleich noch einmal.',
    errorData: 'Die Inhalte sind zurzeit nicht verfügbar, weil ihre Daten fehlerhaft sind.',
    retry: 'Erneut versuchen',
  },
  deInformal: {
    errorNetwork: 'Die Inhalte konnten gerade nicht geladen werden. Bitte versuch es gleich noch einmal.',
  },
  en: {
    loading: 'Loading …',
    errorNetwork: 'The content could not be loaded just now. Please try again in a moment.',
    errorData: 'The content is not available at the moment because its data is faulty.',
    retry: 'Try again',
  },
};
