/**
 * A page that defines its own `<rolefit-matcher>` before rolefit loads: rolefit says so with one clear error
 * (not the "second copy" info), and the advisor shows a readable message instead of an empty box.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { RolefitAdvisor } from '../../src/elements/advisor/rolefit-advisor.js';
import { defineElement, isRolefitElement } from '../../src/elements/shared/define-element.js';
import { captureWarnings } from '../courses/support.js';

/** The page's own element, unrelated to rolefit, under rolefit's tag. */
class PageMatcher extends HTMLElement {}
customElements.define('rolefit-matcher', PageMatcher);

// rolefit loads after the page's element (test/hardening/support.ts would load it first, so it is not used here).
const said: Record<'error' | 'info', string[]> = { error: [], info: [] };
const originals = { error: console.error, info: console.info };
for (const method of ['error', 'info'] as const) {
  console[method] = (...args: unknown[]) => void said[method].push(args.map(String).join(' '));
}
let thrown: unknown = null;
try {
  await import('../../src/define.js');
} catch (error) {
  thrown = error;
} finally {
  Object.assign(console, originals);
}

describe('a page that owns a rolefit tag', () => {
  it('gets one [rolefit] error naming the tag and what to do, and no "second copy" info', () => {
    expect(thrown, 'nothing thrown into the page').to.equal(null);
    expect(said.info).to.deep.equal([]);
    const errors = said.error;
    expect(errors).to.have.length(1);
    expect(errors[0])
      .to.include('<rolefit-matcher>: another element on this page owns the tag')
      .and.include('Rename or remove');
    expect(customElements.get('rolefit-matcher')).to.equal(PageMatcher);
  });

  it('tells a tag rolefit registered from one another element owns', () => {
    expect(isRolefitElement(PageMatcher)).to.equal(false);
    expect(isRolefitElement(customElements.get('rolefit-courses'))).to.equal(true);
    expect(defineElement('rolefit-courses', class extends HTMLElement {})).to.equal('copy');
    expect(defineElement('rolefit-matcher', class extends HTMLElement {})).to.equal('taken');
  });

  it('shows an accessible message in the advisor instead of an empty box, and warns once', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<RolefitAdvisor>(
        '<rolefit-advisor loading="eager" lang="en" feed="/test/fixtures/small.json"></rolefit-advisor>',
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'no message shown');
      const message = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(message.getAttribute('role')).to.equal('alert');
      expect(message.textContent).to.include('the quiz cannot be shown here');
      expect(el.shadowRoot!.querySelector('rolefit-matcher')).to.equal(null);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('<rolefit-matcher>: another element');
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });
});
