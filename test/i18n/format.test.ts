import { expect } from '@open-wc/testing';
import { formatDate, formatLanguage, formatNumber, formatPercent, formatPrice } from '../../src/i18n/format.js';

describe('formatters fail soft', () => {
  it('names a language, and shows the code itself when Intl refuses it', () => {
    expect(formatLanguage('en', 'de')).to.equal('German');
    for (const code of ['fr-12', 'en-ab-cd', '', 'x'.repeat(300), '@@']) {
      const shown = formatLanguage('en', code);
      expect(shown.length, code).to.be.at.most(24);
      expect(code.startsWith(shown.replace('…', '')), code).to.equal(true);
    }
  });

  it('formats numbers, prices and dates, and shows raw values for what Intl refuses', () => {
    expect(formatPrice('de', 1490, 'EUR')).to.match(/^1\.490\s€$/);
    expect(formatPrice('de', 1490, 'EURO')).to.equal('1490 EURO');
    expect(formatDate('en', '2027-03-01')).to.equal('March 1, 2027');
    expect(formatDate('en', 'not-a-date')).to.equal('not-a-date');
    for (const lang of ['fr-12', 'en-ab-cd', '']) {
      expect(formatNumber(lang, 1234.5), lang).to.be.a('string');
      expect(formatPercent(lang, 0.5), lang).to.be.a('string');
      expect(formatPrice(lang, 10, 'EUR'), lang).to.be.a('string');
      expect(formatDate(lang, '2027-03-01'), lang).to.be.a('string');
      expect(formatLanguage(lang, 'de'), lang).to.be.a('string');
    }
  });
});
