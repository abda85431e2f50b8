import { expect, waitUntil } from '@open-wc/testing';
import type { MatchResult } from '../../src/match/types.js';
import {
  answerAndContinue,
  createMatcher,
  focusedName,
  hasPart,
  radio,
  ready,
  recordEvents,
} from './matcher-support.js';
import { captureConsole, part, text } from '../support/dom.js';

/** Opens "the page" with a fragment, as a shared link would. */
function openWithFragment(fragment: string): void {
  history.replaceState(null, '', `${location.pathname}${location.search}#${fragment}`);
}

/** Replaces `navigator.clipboard` (undefined: no clipboard, as outside secure contexts) until `restore()`. */
function fakeClipboard(clipboard: Partial<Clipboard> | undefined): { restore: () => void } {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  return { restore: () => void delete (navigator as { clipboard?: unknown }).clipboard };
}

describe('<rolefit-matcher share>', () => {
  const pageUrl = location.href;
  afterEach(() => history.replaceState(null, '', pageUrl));

  it('shows the result of a shared link without taking focus', async () => {
    openWithFragment('rolefit=q1.code,q2.lab');
    const matches: Event[] = [];
    const record = (event: Event) => matches.push(event);
    document.addEventListener('rolefit-match', record);
    const el = await ready(await createMatcher({ attributes: { share: true, lang: 'en' } }));
    document.removeEventListener('rolefit-match', record);
    expect(hasPart(el, 'result')).to.equal(true);
    expect(el.answers).to.deep.equal({ q1: 'code', q2: 'lab' });
    expect(el.result!.top).to.equal('maker');
    expect(matches).to.have.length(1);
    expect((matches[0] as CustomEvent<MatchResult>).detail.top).to.equal('maker');
    expect(document.activeElement === el).to.equal(false);
    expect(focusedName(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('copies a link that carries the answers in the fragment, and says so', async () => {
    const copied: string[] = [];
    const clipboard = fakeClipboard({ writeText: async (value: string) => void copied.push(value) });
    try {
      const el = await ready(await createMatcher({ attributes: { share: true, lang: 'de' } }));
      await answerAndContinue(el, 'q1', 'people');
      await answerAndContinue(el, 'q2', 'stage');
      const status = el.shadowRoot!.querySelector('.copy-status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(text(status)).to.equal('');

      part(el, 'share')!.click();
      await waitUntil(() => text(status) === 'Link kopiert', 'no "Link kopiert" status');
      expect(copied).to.have.length(1);
      const link = new URL(copied[0]!);
      expect(link.hash).to.equal('#rolefit=q1.people,q2.stage');
      expect(link.search).to.equal(location.search);
      expect(link.pathname).to.equal(location.pathname);

      // The copied link, opened, shows the same result.
      openWithFragment(link.hash.slice(1));
      const reopened = await ready(await createMatcher({ attributes: { share: true, lang: 'de' } }));
      expect(reopened.result).to.deep.equal(el.result);
      await expect(el).to.be.accessible();
    } finally {
      clipboard.restore();
    }
  });

  it('shows the link selected in a read-only field when there is no clipboard', async () => {
    const clipboard = fakeClipboard(undefined);
    try {
      const el = await ready(await createMatcher({ attributes: { share: true, lang: 'en' } }));
      await answerAndContinue(el, 'q1', 'numbers');
      await answerAndContinue(el, 'q2', 'desk');
      part(el, 'share')!.click();
      await el.updateComplete;
      await el.updateComplete;
      const field = el.shadowRoot!.querySelector<HTMLInputElement>('input.share-link')!;
      expect(field.readOnly).to.equal(true);
      expect(new URL(field.value).hash).to.equal('#rolefit=q1.numbers,q2.desk');
      expect(focusedName(el)).to.equal('input.share-link');
      expect(field.selectionStart).to.equal(0);
      expect(field.selectionEnd).to.equal(field.value.length);
      expect(text(field.closest('label'))).to.equal('Link to this result (selected for copying)');
      await expect(el).to.be.accessible();
    } finally {
      clipboard.restore();
    }
  });

  it('ignores unknown ids in the fragment with a warning and restores the rest', async () => {
    openWithFragment('rolefit=q1.code,q2.nope,zz.top');
    const warnings = captureConsole('warn');
    try {
      const el = await ready(await createMatcher({ attributes: { share: true, lang: 'en' } }));
      expect(hasPart(el, 'result')).to.equal(false);
      expect(el.answers).to.deep.equal({ q1: 'code' });
      expect(text(el.shadowRoot!.querySelector('.progress span'))).to.equal('Question 2 of 2');
      expect(
        warnings.texts('warn').filter((message) => message.includes('(ignored 2: "q2.nope,zz.top")')),
      ).to.have.length(1);
      part(el, 'back')!.click();
      await el.updateComplete;
      expect(radio(el, 'q1', 'code').checked).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('quotes at most a short excerpt of a huge fragment and reads only the capped part', async () => {
    // 320,000 characters: an entry of 20,000 within the cap, then 300,000 after it.
    openWithFragment(`rolefit=q1.code,${'x'.repeat(20_000)},q2.lab,${'q1.x'.repeat(75_000)}`);
    const warnings = captureConsole('warn');
    try {
      const el = await ready(await createMatcher({ attributes: { share: true, lang: 'en' } }));
      // The two answers before the cap are read: the result shows.
      expect(el.result!.top).to.equal('maker');
      expect(warnings.texts('warn')).to.have.length(2);
      for (const message of warnings.texts('warn')) {
        expect(message).to.match(/^\[rolefit\] <rolefit-matcher share>: the #rolefit= link /);
        expect(message.length).to.be.below(200);
      }
      expect(warnings.texts('warn').join()).to.include('(ignored 1: "xxxxxxxxxx');
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('takes an identical repeat silently and warns once about a conflicting one', async () => {
    openWithFragment('rolefit=q1.code,q1.code,q2.lab,q2.lab');
    const warnings = captureConsole('warn');
    try {
      const el = await ready(await createMatcher({ attributes: { share: true, lang: 'en' } }));
      expect(el.result!.top).to.equal('maker');
      expect(warnings.texts('warn')).to.deep.equal([]);

      openWithFragment('rolefit=q1.numbers,q1.code,q2.desk,q1.people');
      const again = await ready(await createMatcher({ attributes: { share: true, lang: 'en' } }));
      expect(again.answers).to.deep.equal({ q1: 'numbers', q2: 'desk' });
      expect(hasPart(again, 'result')).to.equal(true);
      expect(warnings.texts('warn')).to.deep.equal([
        '[rolefit] <rolefit-matcher share>: the #rolefit= link answers a question twice; the first answer counts (ignored 2: "q1.code,q1.people").',
      ]);
      await expect(again).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it("shows the result of the page's own #rolefit= link when the fragment changes", async () => {
    const el = await ready(await createMatcher({ attributes: { share: true, lang: 'en' } }));
    expect(hasPart(el, 'result')).to.equal(false);
    const matches = recordEvents(el, 'rolefit-match');
    location.hash = 'rolefit=q1.people,q2.stage';
    await waitUntil(() => hasPart(el, 'result'), 'the result of the new fragment did not show');
    expect(el.result!.top).to.equal('host');
    expect(matches).to.have.length(1);
    expect(focusedName(el)).to.equal('');

    // A page anchor without a rolefit= part leaves the result alone.
    location.hash = 'section-2';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await el.updateComplete;
    expect(el.result!.top).to.equal('host');

    // An incomplete link restores its answers and goes back to the open question.
    location.hash = 'rolefit=q1.numbers';
    await waitUntil(() => !hasPart(el, 'result'), 'an incomplete link left the result on show');
    expect(el.answers).to.deep.equal({ q1: 'numbers' });
    expect(text(el.shadowRoot!.querySelector('.progress span'))).to.equal('Question 2 of 2');
    await expect(el).to.be.accessible();
  });

  it('stops following the fragment once removed from the page', async () => {
    const el = await ready(await createMatcher({ attributes: { share: true, lang: 'en' } }));
    const container = el.parentElement!;
    el.remove();
    location.hash = 'rolefit=q1.people,q2.stage';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    // Back on the page, it follows again.
    container.append(el);
    location.hash = 'rolefit=q1.code,q2.lab';
    await waitUntil(() => hasPart(el, 'result'), 'the element did not follow the fragment again');
    expect(el.result!.top).to.equal('maker');
    await expect(el).to.be.accessible();
  });

  it('ignores the fragment and offers no link without the share attribute', async () => {
    openWithFragment('rolefit=q1.code,q2.lab');
    const el = await ready(await createMatcher({ attributes: { lang: 'en' } }));
    expect(hasPart(el, 'result')).to.equal(false);
    expect(el.answers).to.deep.equal({});
    await answerAndContinue(el, 'q1', 'code');
    await answerAndContinue(el, 'q2', 'lab');
    expect(hasPart(el, 'share')).to.equal(false);
    location.hash = 'rolefit=q1.people,q2.stage';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await el.updateComplete;
    expect(el.result!.top).to.equal('maker');
    await expect(el).to.be.accessible();
  });
});
