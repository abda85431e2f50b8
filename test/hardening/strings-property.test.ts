/**
 * The `strings` property is page input like any other: values that are not text, and objects that throw when
 * read, are ignored with one warning, and the element keeps updating.
 */
import { expect } from '@open-wc/testing';
import { deepQuery, guardEachTest, mount, text, waitForPart } from '../support/dom.js';
import './support.js';

const guard = guardEachTest('warn');

const feed = '/test/fixtures/small.json';

const throwing = () =>
  new Proxy(
    {},
    {
      get: () => {
        throw new TypeError('no reading');
      },
      getOwnPropertyDescriptor: () => {
        throw new TypeError('no reading');
      },
      ownKeys: () => {
        throw new TypeError('no reading');
      },
    },
  );

describe('hardening: the strings property', () => {
  it('ignores a null override, keeps the others, and keeps updating', async () => {
    const el = await mount('rolefit-matcher', { lang: 'en', feed }, { strings: { intro: null, next: 'Onwards' } });
    await waitForPart(el, 'question');
    expect(text(deepQuery(el, '[part~="next"]'))).to.equal('Onwards');
    expect(guard.output.rolefit('warn')).to.deep.equal([
      '[rolefit] <rolefit-matcher>.strings: intro ignored; each UI string must be given as text.',
    ]);
    el.lang = 'de';
    await el.updateComplete;
    expect(text(deepQuery(el, '[part~="next"]')), 'still updating').to.equal('Onwards');
    await expect(el).to.be.accessible();
  });

  it('ignores a number override in the course list', async () => {
    const el = await mount('rolefit-courses', { lang: 'en', feed }, { strings: { countOther: 42 } });
    await waitForPart(el, 'course');
    expect(text(deepQuery(el, '[part~="count"]'))).to.equal('3 courses');
    expect(guard.output.rolefit('warn')).to.have.length(1);
    expect(guard.output.rolefit('warn')[0]).to.contain('.strings: countOther ignored');
    await expect(el).to.be.accessible();
  });

  it('survives a Proxy that throws, naming a few keys and counting the rest', async () => {
    const el = await mount('rolefit-matcher', { lang: 'en', feed }, { strings: throwing() });
    await waitForPart(el, 'question');
    const said = guard.output.rolefit('warn');
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^\[rolefit\] <rolefit-matcher>\.strings: (\w+, ){4}\w+ and \d+ more ignored;/);
    el.strings = { next: 'Onwards' };
    await el.updateComplete;
    expect(text(deepQuery(el, '[part~="next"]'))).to.equal('Onwards');
    await expect(el).to.be.accessible();
  });
});
