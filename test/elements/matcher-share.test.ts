import { expect, waitUntil } from '@open-wc/testing';
import type { MatchResult } from '../../src/match/types.js';
import {
  answerAndContinue,
  captureWarnings,
  createMatcher,
  focusedName,
  hasPart,
  part,
  radio,
  ready,
  text,
} from './matcher-support.js';

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
    const warnings = captureWarnings();
    try {
      const el = await ready(await createMatcher({ attributes: { share: true, lang: 'en' } }));
      expect(hasPart(el, 'result')).to.equal(false);
      expect(el.answers).to.deep.equal({ q1: 'code' });
      expect(text(el.shadowRoot!.querySelector('.progress span'))).to.equal('Question 2 of 2');
      expect(warnings.messages.filter((message) => message.includes('(ignored 2: "q2.nope,zz.top")'))).to.have.length(
        1,
      );
      part(el, 'back')!.click();
      await el.updateComplete;
      expect(radio(el, 'q1', 'code').checked).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('ignores the fragment and offers no link without the share attribute', async () => {
    openWithFragment('rolefit=q1.code,q2.lab');
    const el = await ready(await createMatcher({ attributes: { lang: 'en' } }));
    expect(hasPart(el, 'result')).to.equal(false);
    expect(el.answers).to.deep.equal({});
    await answerAndContinue(el, 'q1', 'code');
    await answerAndContinue(el, 'q2', 'lab');
    expect(hasPart(el, 'share')).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
