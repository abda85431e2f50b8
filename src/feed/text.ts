import type { Text } from './schema.js';

/** A feed text in `lang`: the asked language, else the feed's own language, else the first translation. */
export function localize(value: Text | undefined, lang: string, feedLang: string): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  // Own keys only: lang="constructor" must not find Object.prototype.constructor.
  const own = (key: string) => (Object.hasOwn(value, key) ? value[key] : undefined);
  return own(lang) ?? own(feedLang) ?? Object.values(value)[0] ?? '';
}

/** Feed texts of `feed` in `lang`: the one function views pass around instead of both languages. */
export const localizer =
  (feed: { lang: string }, lang: string) =>
  (value: Text | undefined): string =>
    localize(value, lang, feed.lang);
