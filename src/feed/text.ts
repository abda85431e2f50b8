import type { Text } from './schema.js';

/** A feed text in `lang`: the asked language, else the feed's own language, else the first translation. */
export function localize(value: Text | undefined, lang: string, feedLang: string): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value[lang] ?? value[feedLang] ?? Object.values(value)[0] ?? '';
}
