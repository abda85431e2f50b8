/**
 * The feed's checks that a pattern cannot express. The zod schema refines with these functions and the generated
 * browser rules call the same ones, so both validators agree by construction.
 */

/** The pattern has already required `http(s)://`; the URL parser refuses what is still not a URL ("https://"). */
export const isParsableUrl = (value: string): boolean => URL.canParse(value);

/** A real calendar date (the pattern has checked `YYYY-MM-DD`): the round trip through `Date.UTC` rejects 2027-02-30. */
export function isRealDate(value: string): boolean {
  const [year, month, day] = [+value.slice(0, 4), +value.slice(5, 7), +value.slice(8, 10)];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A language tag the platform accepts (the pattern has checked its shape): "fr-12" or "en-ab-cd" look like tags
 * but make `Intl.DisplayNames.of` and every `Intl` formatter throw, so the feed must not carry them.
 */
export function isLanguageTag(value: string): boolean {
  try {
    Intl.getCanonicalLocales(value);
    return true;
  } catch {
    return false;
  }
}

/** A translation record with at least one entry: `{}` would show as empty text where text is required. */
export const hasTranslation = (value: Record<string, unknown>): boolean => Object.keys(value).length > 0;
