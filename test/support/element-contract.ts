/**
 * The contract every rolefit element keeps, run once per tag (test/elements/contract.test.ts): lazy start, one
 * request per feed URL, the loading placeholder, the error view with retry and `rolefit-error`, `lang` across
 * shadow roots, `strings` overrides, and bad attribute values. Each test drives the element as a page would
 * and ends with axe on it in a stable state. What differs per tag comes in through `ContractOptions`.
 */
import { expect, fixture, nextFrame, waitUntil } from '@open-wc/testing';
import type { FeedErrorDetail } from '../../src/feed/errors.js';
import {
  create,
  guardEachTest,
  hits,
  mount,
  part,
  text,
  uniqueKey,
  waitForPart,
  type Attributes,
  type RolefitTag,
} from './dom.js';

/** A feed every tag can show: questions, roles and courses. */
export const smallFeedUrl = '/test/fixtures/small.json';

/** A counted copy of test/fixtures/small.json on the faulty server. */
const countedFeed = (key: string) => `/faulty/feed/small/${key}`;

export interface ContractOptions {
  /** The part whose appearance says the feed is shown (looked for in nested shadow roots too). */
  feedPart: string;
  /** A UI string the element shows with the small feed: how to read it, and its wording per language. */
  uiString: {
    read: (el: HTMLElement) => string;
    de: string;
    en: string;
    /** A `strings` override of it, and the text then shown. */
    override: Record<string, string>;
    overridden: string;
  };
  /** An enumerated attribute of this tag with a bad value, and whether its default is in force. */
  badOption: { name: string; value: string; usesDefault: (el: HTMLElement) => boolean };
}

/** Records the `rolefit-error` events that reach the document (with the tag that fired each) until `stop()`. */
function recordErrors(): { seen: { target: string; detail: FeedErrorDetail }[]; stop: () => void } {
  const seen: { target: string; detail: FeedErrorDetail }[] = [];
  const onError = (event: Event) =>
    seen.push({ target: (event.target as Element).localName, detail: (event as CustomEvent<FeedErrorDetail>).detail });
  document.addEventListener('rolefit-error', onError);
  return { seen, stop: () => document.removeEventListener('rolefit-error', onError) };
}

/** A fresh container far below the viewport (5000 px down), for elements that must not start yet. */
async function farBelow(el: HTMLElement): Promise<void> {
  const page = await fixture<HTMLDivElement>('<div><div style="height: 5000px"></div></div>');
  page.append(el);
  // The IntersectionObserver reports after a rendering step; two frames give a lazy start its chance to be wrong.
  await nextFrame();
  await nextFrame();
}

/** Defines the contract's tests for `tag` in a `describe` block of their own (11 tests). */
export function runElementContract(tag: RolefitTag, options: ContractOptions): void {
  const { feedPart, uiString, badOption } = options;
  const shown = (el: HTMLElement) => waitForPart(el, feedPart);

  describe(`<${tag}> contract`, () => {
    // `[rolefit]` errors and warnings are expected here (and asserted); they stay out of the test log.
    const guard = guardEachTest('warn', 'error');
    afterEach(() => window.scrollTo(0, 0));

    /** The single `[rolefit]` warning so far, which must mention `about`. */
    function expectOneWarning(about: string): void {
      const warnings = guard.output.rolefit('warn');
      expect(warnings, 'exactly one [rolefit] warning').to.have.length(1);
      expect(warnings[0]).to.include(about);
    }

    for (const loading of ['lazy', false] as const) {
      const written = loading ? `loading="${loading}"` : 'no loading attribute';
      it(`fetches nothing far below the viewport with ${written}, and loads when scrolled into view`, async () => {
        const key = uniqueKey('lazy');
        const el = create(tag, { loading, lang: 'en', feed: countedFeed(key) });
        await farBelow(el);
        expect(await hits(key), 'requests before the element is near the viewport').to.equal(0);
        expect(part(el, 'skeleton'), 'the placeholder while waiting').to.not.equal(null);

        el.scrollIntoView();
        await shown(el);
        expect(await hits(key)).to.equal(1);
        await expect(el).to.be.accessible();
      });
    }

    it('makes one request for two elements on the same feed URL', async () => {
      const key = uniqueKey('shared');
      const page = await fixture<HTMLDivElement>('<div></div>');
      const attributes: Attributes = { loading: 'eager', lang: 'en', feed: countedFeed(key) };
      const [first, second] = [create(tag, attributes), create(tag, attributes)];
      page.append(first, second);
      await shown(first);
      await shown(second);
      expect(await hits(key)).to.equal(1);
      await expect(page).to.be.accessible();
    });

    it('shows an accessible placeholder with role="status" and a loading text while the feed loads', async () => {
      const el = await mount(tag, { lang: 'en', feed: `/faulty/hang/${uniqueKey('hang')}` });
      await el.updateComplete;
      const skeleton = part(el, 'skeleton');
      expect(skeleton, 'a [part~=skeleton] in the element itself').to.not.equal(null);
      expect(skeleton!.getAttribute('role')).to.equal('status');
      expect(text(skeleton)).to.equal('Loading …');
      await expect(el).to.be.accessible();
    });

    it('shows an error view, fires rolefit-error for a 404, and asks again on retry', async () => {
      const key = uniqueKey('404');
      const feed = `/faulty/status/404/${key}`;
      const { seen, stop } = recordErrors();
      try {
        const el = await mount(tag, { lang: 'en', feed });
        await waitUntil(() => part(el, 'error'), 'no error view in the element itself');
        const error = part(el, 'error')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(text(error.querySelector('p'))).to.equal(
          'The content is not available at the moment because its data is faulty.',
        );
        expect(seen).to.have.length(1);
        const { detail } = seen[0]!;
        expect(seen[0]!.target).to.equal(tag);
        expect(detail).to.deep.equal({
          kind: 'http',
          message: detail.message,
          url: new URL(feed, location.href).href,
          status: 404,
        });
        expect(guard.output.rolefit('error'), 'one [rolefit] error in the console').to.have.length(1);
        expect(await hits(key), 'a 4xx is not asked again by itself').to.equal(1);
        await expect(el).to.be.accessible();

        const retry = error.querySelector('button')!;
        expect(retry.type).to.equal('button');
        expect(text(retry)).to.equal('Try again');
        retry.click();
        await waitUntil(async () => (await hits(key)) === 2, 'retry did not ask again');
        await waitUntil(() => seen.length === 2, 'no rolefit-error for the second failure');
        await waitUntil(() => part(el, 'error'), 'no error view after the retry');
        await expect(el).to.be.accessible();
      } finally {
        stop();
      }
    });

    it('shows the feed when "Try again" succeeds', async () => {
      // /faulty/fail/2 answers 503 twice, then the feed: the loader's own request and its one retry both fail,
      // and only the reader's "Try again" gets the feed.
      const key = uniqueKey('fail-twice');
      const feed = `/faulty/fail/2/${key}`;
      const errors = recordErrors();
      try {
        const el = await mount(tag, { lang: 'en', feed });
        await waitUntil(() => part(el, 'error'), 'no error view in the element itself');
        expect(
          errors.seen.map(({ target, detail: { kind, status, url } }) => ({ target, kind, status, url })),
        ).to.deep.equal([{ target: tag, kind: 'http', status: 503, url: new URL(feed, location.href).href }]);
        expect(text(part(el, 'error')!.querySelector('p'))).to.equal(
          'The content could not be loaded just now. Please try again in a moment.',
        );

        part(el, 'error')!.querySelector('button')!.click();
        await shown(el);
        expect(part(el, 'error'), 'the error view is gone').to.equal(null);
        expect(await hits(key)).to.equal(3);
        expect(errors.seen, 'no rolefit-error for the successful retry').to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        errors.stop();
      }
    });

    /** Connects `el` inside the open shadow root of a new host with the given `lang`. */
    async function inShadowOf(hostLang: string, el: HTMLElement): Promise<void> {
      const host = await fixture<HTMLDivElement>(`<div lang="${hostLang}"></div>`);
      host.attachShadow({ mode: 'open' }).append(el);
    }

    it('speaks German inside the shadow root of a host with lang="de"', async () => {
      const el = create(tag, { loading: 'eager', feed: smallFeedUrl });
      await inShadowOf('de', el);
      await shown(el);
      expect(uiString.read(el)).to.equal(uiString.de);
      await expect(el).to.be.accessible();
    });

    it('follows its own lang="en" over the German of a host above its shadow root', async () => {
      const el = create(tag, { loading: 'eager', lang: 'en', feed: smallFeedUrl });
      await inShadowOf('de', el);
      await shown(el);
      expect(uiString.read(el)).to.equal(uiString.en);
      await expect(el).to.be.accessible();
    });

    it('shows the text of a `strings` override', async () => {
      const el = await mount(tag, { lang: 'en', feed: smallFeedUrl });
      await shown(el);
      expect(uiString.read(el)).to.equal(uiString.en);

      el.strings = uiString.override;
      await waitUntil(() => uiString.read(el) === uiString.overridden, 'the override is not shown');
      await expect(el).to.be.accessible();
    });

    it('loads lazily with one warning for loading="soon", without throwing', async () => {
      const key = uniqueKey('soon');
      const el = create(tag, { loading: 'soon', lang: 'en', feed: countedFeed(key) });
      await farBelow(el);
      expect(await hits(key), 'lazy: no request far below the viewport').to.equal(0);
      expectOneWarning('loading="soon"');

      el.scrollIntoView();
      await shown(el);
      expect(await hits(key)).to.equal(1);
      expectOneWarning('loading="soon"');
      await expect(el).to.be.accessible();
    });

    it(`uses the default with one warning for ${badOption.name}="${badOption.value}", without throwing`, async () => {
      const el = await mount(tag, { lang: 'en', feed: smallFeedUrl, [badOption.name]: badOption.value });
      await shown(el);
      expect(badOption.usesDefault(el), 'the default is in force').to.equal(true);
      // Rendering again, and the page writing the same value again, must not warn again.
      el.informal = true;
      await el.updateComplete;
      el.removeAttribute(badOption.name);
      await el.updateComplete;
      el.setAttribute(badOption.name, badOption.value);
      await el.updateComplete;
      await shown(el);
      expect(badOption.usesDefault(el), 'the default is in force again').to.equal(true);
      expectOneWarning(`${badOption.name}="${badOption.value}"`);
      await expect(el).to.be.accessible();
    });
  });
}
