/**
 * A page that defines its own `<rolefit-matcher>` before rolefit loads: rolefit says so with one clear error
 * (not the "second copy" info), and the advisor shows a readable message instead of an empty box.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { RolefitAdvisor } from '../../src/elements/advisor/rolefit-advisor.js';
import { defineElement, isRolefitElement } from '../../src/elements/shared/define-element.js';
import { captureConsole, part } from '../support/dom.js';

/** The page's own element, unrelated to rolefit, under rolefit's tag. */
class PageMatcher extends HTMLElement {}
customElements.define('rolefit-matcher', PageMatcher);

// rolefit loads after the page's element (test/hardening/support.ts would load it first, so it is not used here).
const said = captureConsole('error', 'info');
let thrown: unknown = null;
try {
  await import('../../src/define.js');
} catch (error) {
  thrown = error;
} finally {
  said.restore();
}

describe('a page that owns a rolefit tag', () => {
  it('gets one [rolefit] error naming the tag and what to do, and no "second copy" info', () => {
    expect(thrown, 'nothing thrown into the page').to.equal(null);
    expect(said.texts('info')).to.deep.equal([]);
    const errors = said.texts('error');
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
    const warnings = captureConsole('warn');
    try {
      const el = await fixture<RolefitAdvisor>(
        '<rolefit-advisor loading="eager" lang="en" feed="/test/fixtures/small.json"></rolefit-advisor>',
      );
      await waitUntil(() => part(el, 'error'), 'no message shown');
      const message = part(el, 'error')!;
      expect(message.getAttribute('role')).to.equal('alert');
      expect(message.textContent).to.include('the quiz cannot be shown here');
      expect(el.shadowRoot!.querySelector('rolefit-matcher')).to.equal(null);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.rolefit('warn')).to.have.length(1);
      expect(warnings.rolefit('warn')[0]).to.include('<rolefit-matcher>: another element');
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });
});
