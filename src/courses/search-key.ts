/**
 * Search text folded so that German spellings meet: "Münster", "Muenster" and "MUNSTER" all match, as do
 * "Straße" and "Strasse". Keys are built once per feed; a query is folded once per change.
 *
 * Hostile text is bounded before Unicode normalization, whose canonical reordering is quadratic in a run of
 * combining marks of mixed classes: a key reads at most `maxKeyTextLength` characters of each text and at most
 * `maxKeyInputLength` in all, and keeps at most `maxMarksPerLetter` marks on one letter.
 */
const combiningMarks = /[\u0300-\u036f]/g;
/** Any UTF-16 code unit above ASCII (a character beyond the BMP shows as surrogates, which are above too). */
const nonAscii = /[\u0080-\uffff]/;

/** Characters of one text (a title, a topic, …) that go into a key: the words a reader types come first. */
export const maxKeyTextLength = 200;

/** Characters of all of a course's texts together that go into its key. */
export const maxKeyInputLength = 2000;

/** Combining marks kept on one letter; real spellings (Vietnamese included) stack at most two. */
export const maxMarksPerLetter = 2;

/** A run of more than `maxMarksPerLetter` marks; its first two are kept. */
const markFlood = /(\p{M}{2})\p{M}+/gu;

/** The first `length` characters, with no more than `maxMarksPerLetter` marks on a letter: safe to normalize. */
const bounded = (text: string, length: number): string => text.slice(0, length).replace(markFlood, '$1');

/** Decomposed, lower case, "ß" → "ss" (so "ẞ", "ß" and "ss" meet); marks still attached. */
const decompose = (text: string): string => text.toLowerCase().normalize('NFD').replace(/ß/g, 'ss');

/**
 * Lower case, umlauts spelled out ("ü" → "ue"), "ß" → "ss", other accents dropped ("é" → "e"). Give it bounded
 * text (as `searchKey` and `queryWords` do): normalizing a long run of marks is slow.
 */
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
  const text = bounded(texts.map((part) => part.slice(0, maxKeyTextLength)).join('\n'), maxKeyInputLength);
  const spelled = foldText(text);
  // Plain ASCII (most English text) needs one form only, and no Unicode normalization at all.
  if (!nonAscii.test(text)) return spelled;
  const plain = decompose(text).replace(combiningMarks, '');
  return plain === spelled ? spelled : `${spelled}\n${plain}`;
}

/** The words of a reader's query, folded like the keys (and as bounded); empty for a blank query. */
export function queryWords(query: string | null | undefined): string[] {
  return query ? foldText(bounded(query, maxKeyTextLength)).split(/\s+/).filter(Boolean) : [];
}

/** True when every query word occurs in the key (an empty query matches everything). */
export const matchesWords = (key: string, words: readonly string[]): boolean =>
  words.every((word) => key.includes(word));
