import { expect } from '@open-wc/testing';
import {
  foldText,
  matchesWords,
  maxKeyInputLength,
  maxKeyTextLength,
  maxMarksPerLetter,
  queryWords,
  searchKey,
} from '../../src/courses/search-key.js';

describe('search keys', () => {
  it('folds case, umlauts and ß into one spelling', () => {
    expect(foldText('Übersetzer in MÜNSTER')).to.equal('uebersetzer in muenster');
    expect(foldText('Straße')).to.equal('strasse');
    expect(foldText('Café Crème')).to.equal('cafe creme');
  });

  it('folds decomposed umlauts like composed ones', () => {
    expect(foldText('Mu\u0308nster')).to.equal('muenster');
  });

  it('lets "Ue", "ü" and a bare "u" find an umlaut, and "ss" find "ß"', () => {
    const key = searchKey(['Münster', 'Große Straße']);
    for (const query of ['Münster', 'MUENSTER', 'Muenster', 'munster', 'grosse strasse', 'Straße']) {
      expect(matchesWords(key, queryWords(query)), query).to.equal(true);
    }
    expect(matchesWords(key, queryWords('berlin'))).to.equal(false);
  });

  it('finds a spelled-out "ue" in the text with a typed "ü"', () => {
    expect(matchesWords(searchKey(['Fuerteventura']), queryWords('Fürteventura'))).to.equal(true);
  });

  it('needs every word of the query, in any order', () => {
    const key = searchKey(['Texten für Übersetzer', 'Akademie Süd']);
    expect(matchesWords(key, queryWords('süd texten'))).to.equal(true);
    expect(matchesWords(key, queryWords('süd nord'))).to.equal(false);
  });

  it('treats a blank query as no query', () => {
    expect(queryWords('   ')).to.deep.equal([]);
    expect(queryWords(null)).to.deep.equal([]);
    expect(matchesWords('anything', [])).to.equal(true);
  });
});

describe('search keys of hostile text', () => {
  // Marks of mixed combining classes (230, 10, 230, 220): the case where Unicode reordering is quadratic.
  const marks = '\u0483\u05b0\u20d0\u0591';
  const flood = `Z${marks.repeat(1250)}`;

  /** The longest run of combining marks in `text`. */
  const longestMarkRun = (text: string): number =>
    Math.max(0, ...(text.match(/\p{M}+/gu) ?? []).map((run) => [...run].length));

  it(`keeps at most ${maxMarksPerLetter} combining marks on a letter`, () => {
    const key = searchKey([flood, flood, flood]);
    expect(longestMarkRun(key)).to.be.at.most(maxMarksPerLetter);
    expect(key.startsWith('z\u05b0'), 'the letter and its marks (in canonical order) stay').to.equal(true);
  });

  it(`reads at most ${maxKeyTextLength} characters of a text and ${maxKeyInputLength} of a course`, () => {
    const long = `Anfang ${'x'.repeat(5000)} Ende`;
    expect(matchesWords(searchKey([long]), ['anfang'])).to.equal(true);
    expect(matchesWords(searchKey([long]), ['ende']), 'the end of a long text is not read').to.equal(false);
    const manyTexts = Array.from({ length: 100 }, (_, index) => `Thema ${index} ${'ü'.repeat(300)}`);
    // Two forms of the first maxKeyInputLength characters: spelled out ("ü" → "ue", twice as long) and plain.
    expect(searchKey(manyTexts).length).to.be.at.most(3 * maxKeyInputLength + 1);
    expect(searchKey([flood, flood, flood]).length).to.be.at.most(maxKeyInputLength);
  });

  it('bounds a pasted query the same way', () => {
    expect(queryWords(`${'Münster '.repeat(1000)}`).join(' ').length).to.be.at.most(2 * maxKeyTextLength);
    expect(longestMarkRun(queryWords(flood).join(''))).to.be.at.most(maxMarksPerLetter);
  });
});
