/**
 * The `strings` property is page input like any other: values that are not text, and objects that throw when
 * read, are ignored with one warning, and the element keeps updating.
 */
import { expect } from '@open-wc/testing';
import { captureConsole, captureUncaught, deepQuery, mount, text, waitForPart } from './support.js';

let output: ReturnType<typeof captureConsole>;
let uncaught: ReturnType<typeof captureUncaught>;

beforeEach(() => {
  output = captureConsole('warn');
  uncaught = captureUncaught();
});

afterEach(() => {
  output.restore();
  uncaught.stop();
  expect(uncaught.seen, 'nothing thrown into the page').to.deep.equal([]);
});

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
    expect(output.rolefit('warn')).to.deep.equal([
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
    expect(output.rolefit('warn')).to.have.length(1);
    expect(output.rolefit('warn')[0]).to.contain('.strings: countOther ignored');
    await expect(el).to.be.accessible();
  });

  it('survives a Proxy that throws, naming a few keys and counting the rest', async () => {
    const el = await mount('rolefit-matcher', { lang: 'en', feed }, { strings: throwing() });
    await waitForPart(el, 'question');
    const said = output.rolefit('warn');
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^\[rolefit\] <rolefit-matcher>\.strings: (\w+, ){4}\w+ and \d+ more ignored;/);
    el.strings = { next: 'Onwards' };
    await el.updateComplete;
    expect(text(deepQuery(el, '[part~="next"]'))).to.equal('Onwards');
    await expect(el).to.be.accessible();
  });
});
