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
