import { expect } from '@open-wc/testing';
import { foldText, matchesWords, queryWords, searchKey } from '../../src/courses/search-key.js';

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
