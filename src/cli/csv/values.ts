/** Cell values as people type them in a German or English spreadsheet, turned into feed values. */

/**
 * A number with a decimal comma or point and optional thousands separators: "1.490,50", "1490,5", "1490.50",
 * "1,490.50". A single separator followed by exactly three digits ("1.490") groups thousands: no price or hour
 * count has three decimals. Returns undefined for anything else, so the caller can report the text as given.
 */
export function parseDecimal(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  const decimal = decimalSeparator(compact);
  const thousands = decimal === ',' ? '.' : ',';
  const pattern = new RegExp(`^-?(\\d+|\\d{1,3}(\\${thousands}\\d{3})+)(\\${decimal}\\d+)?$`);
  if (!pattern.test(compact)) return undefined;
  return Number(compact.replaceAll(thousands, '').replace(decimal, '.'));
}

function decimalSeparator(number: string): ',' | '.' {
  const comma = number.lastIndexOf(',');
  const dot = number.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) return comma > dot ? ',' : '.';
  const only = comma >= 0 ? ',' : '.';
  const groups = number.split(only);
  const groupsThousands = groups.length > 2 || (groups.length === 2 && groups[1]!.length === 3);
  if (!groupsThousands) return only;
  return only === ',' ? '.' : ',';
}

/** "2027-03-01" as is; "1.3.2027" or "01.03.2027" (German) to "2027-03-01"; anything else as given. */
export function parseDate(text: string): string {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (!german) return text;
  const [, day, month, year] = german;
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

/** "a|b" or "a, b": `|` wins when present, so a list of texts may contain commas. */
export function parseList(text: string): string[] {
  return text
    .split(text.includes('|') ? '|' : ',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}
