/**
 * Search text folded so that German spellings meet: "Münster", "Muenster" and "MUNSTER" all match, as do
 * "Straße" and "Strasse". Keys are built once per feed; a query is folded once per change.
 */
const combiningMarks = /[\u0300-\u036f]/g;
const nonAscii = /[^\x00-\x7f]/;

/** Decomposed, lower case, "ß" → "ss" (so "ẞ", "ß" and "ss" meet); marks still attached. */
const decompose = (text: string): string => text.toLowerCase().normalize('NFD').replace(/ß/g, 'ss');

/** Lower case, umlauts spelled out ("ü" → "ue"), "ß" → "ss", other accents dropped ("é" → "e"). */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!nonAscii.test(lower)) return lower;
  return decompose(lower)
    .replace(/([aou])\u0308/g, '$1e')
    .replace(combiningMarks, '');
}

/**
 * The searchable key of some texts. It holds both the spelled-out form ("muenster") and the plain one
 * ("munster"), so a reader who types without umlauts and without "e" still finds the course.
 */
export function searchKey(texts: readonly string[]): string {
  const text = texts.join('\n');
  const spelled = foldText(text);
  // Plain ASCII (most English text) needs one form only, and no Unicode normalization at all.
  if (!nonAscii.test(text)) return spelled;
  const plain = decompose(text).replace(combiningMarks, '');
  return plain === spelled ? spelled : `${spelled}\n${plain}`;
}

/** The words of a reader's query, folded like the keys; empty for a blank query. */
export function queryWords(query: string | null | undefined): string[] {
  return query ? foldText(query).split(/\s+/).filter(Boolean) : [];
}

/** True when every query word occurs in the key (an empty query matches everything). */
export const matchesWords = (key: string, words: readonly string[]): boolean =>
  words.every((word) => key.includes(word));
