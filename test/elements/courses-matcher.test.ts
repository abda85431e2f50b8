import { expect, fixture, html } from '@open-wc/testing';
import { RolefitCourses } from '../../src/elements/courses/rolefit-courses.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import type { MatchResult } from '../../src/match/types.js';
import { catalogUrl, renderCourses, settled, shownIds } from '../courses/support.js';
import { guardEachTest } from '../support/dom.js';

defineElement('rolefit-courses', RolefitCourses);

const allIds = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7'];
const writerIds = ['k1', 'k4', 'k7'];
const coderIds = ['k2', 'k5'];
const sellerIds = ['k3', 'k4', 'k6'];

const resultFor = (top: string): MatchResult => ({ top, roles: [{ id: top, name: top, score: 1 }], reasons: [] });

/** What the real matcher does: announce a result with a bubbling, composed event. */
const announce = (from: Element, top: string) =>
  from.dispatchEvent(new CustomEvent('rolefit-match', { detail: resultFor(top), bubbles: true, composed: true }));

/** A stand-in for <rolefit-matcher> (the real one is not imported here): a read-only `result` and the event. */
class StubMatcher extends HTMLElement {
  #result: MatchResult | null = null;
  get result(): MatchResult | null {
    return this.#result;
  }
  finish(top: string): void {
    this.#result = resultFor(top);
    announce(this, top);
  }
}

defineElement('rolefit-matcher', class extends StubMatcher {});

describe('<rolefit-courses matcher>', () => {
  const guard = guardEachTest('warn');

  it('lists every course until the matcher has a result, then the top role’s', async () => {
    const page = await fixture(
      html`<div>
        <div id="quiz"></div>
        <rolefit-courses loading="eager" feed=${catalogUrl} matcher="quiz"></rolefit-courses>
      </div>`,
    );
    const el = await settled(page.querySelector('rolefit-courses')!);
    expect(shownIds(el)).to.deep.equal(allIds);
    announce(page.querySelector('#quiz')!, 'coder');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(coderIds);
    expect(el.hasAttribute('for-role'), 'the result stays internal').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('keeps the other filters while following the matcher', async () => {
    const page = await fixture(
      html`<div>
        <div id="quiz"></div>
        <rolefit-courses loading="eager" feed=${catalogUrl} matcher="quiz" formats="online"></rolefit-courses>
      </div>`,
    );
    const el = await settled(page.querySelector('rolefit-courses')!);
    expect(shownIds(el)).to.deep.equal(['k1', 'k4', 'k5']);
    announce(page.querySelector('#quiz')!, 'writer');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['k1', 'k4']);
  });

  it('hears a matcher added after it, and warns once while the id names nothing', async () => {
    const el = await renderCourses({ matcher: 'late-quiz' });
    expect(guard.output.rolefit('warn')).to.have.length(1);
    expect(guard.output.rolefit('warn')[0]).to.include('late-quiz');
    defineElement('stub-matcher-a', class extends StubMatcher {});
    const matcher = document.createElement('stub-matcher-a') as StubMatcher;
    matcher.id = 'late-quiz';
    el.before(matcher);
    matcher.finish('seller');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(sellerIds);
    matcher.remove();
  });

  it('takes over a result the matcher already had when the list is defined later', async () => {
    const page = await fixture(
      html`<div>
        <rolefit-matcher id="done-quiz"></rolefit-matcher>
        <rolefit-courses-late
          loading="eager"
          feed=${catalogUrl}
          matcher="done-quiz"
          for-role="seller"
        ></rolefit-courses-late>
      </div>`,
    );
    (page.querySelector('#done-quiz') as StubMatcher).finish('coder');
    // The list's tag is defined only now, after the matcher announced its result.
    defineElement('rolefit-courses-late', class extends RolefitCourses {});
    const el = await settled(page.querySelector<RolefitCourses>('rolefit-courses-late')!);
    expect(shownIds(el), 'the reader’s result is newer than the static for-role').to.deep.equal(coderIds);
    expect(guard.output.rolefit('warn')).to.deep.equal([]);
  });

  it('follows whichever of for-role and the matcher changed last', async () => {
    const page = await fixture(
      html`<div>
        <div id="quiz"></div>
        <rolefit-courses loading="eager" feed=${catalogUrl} matcher="quiz" for-role="writer"></rolefit-courses>
      </div>`,
    );
    const quiz = page.querySelector('#quiz')!;
    const el = await settled(page.querySelector('rolefit-courses')!);
    expect(shownIds(el)).to.deep.equal(writerIds);
    announce(quiz, 'coder');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(coderIds);
    el.setAttribute('for-role', 'seller');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(sellerIds);
    announce(quiz, 'writer');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(writerIds);
  });

  it('does not take an old result again when moved after a later for-role', async () => {
    const page = await fixture(
      html`<div>
        <rolefit-matcher id="moved-quiz"></rolefit-matcher>
        <rolefit-courses loading="eager" feed=${catalogUrl} matcher="moved-quiz"></rolefit-courses>
      </div>`,
    );
    const el = await settled(page.querySelector('rolefit-courses')!);
    (page.querySelector('#moved-quiz') as StubMatcher).finish('coder');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(coderIds);
    el.forRole = 'seller';
    await el.updateComplete;
    page.prepend(el);
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(sellerIds);
  });

  it('ignores results of other elements, and warns when the id is not a matcher', async () => {
    const page = await fixture(
      html`<div>
        <div id="quiz"></div>
        <div id="other-quiz"></div>
        <rolefit-courses loading="eager" feed=${catalogUrl} matcher="quiz"></rolefit-courses>
      </div>`,
    );
    const el = await settled(page.querySelector('rolefit-courses')!);
    expect(guard.output.rolefit('warn')).to.have.length(1);
    expect(guard.output.rolefit('warn')[0]).to.include('not a <rolefit-matcher>');
    announce(page.querySelector('#other-quiz')!, 'coder');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(allIds);
  });

  it('hears a matcher inside another element’s shadow root', async () => {
    const page = await fixture(
      html`<div>
        <div class="host"></div>
        <rolefit-courses loading="eager" feed=${catalogUrl} matcher="inner-quiz"></rolefit-courses>
      </div>`,
    );
    const inner = document.createElement('div');
    inner.id = 'inner-quiz';
    page.querySelector('.host')!.attachShadow({ mode: 'open' }).append(inner);
    const el = await settled(page.querySelector('rolefit-courses')!);
    announce(inner, 'writer');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(writerIds);
  });

  it('stops listening while disconnected', async () => {
    const page = await fixture(
      html`<div>
        <div id="quiz"></div>
        <rolefit-courses loading="eager" feed=${catalogUrl} matcher="quiz"></rolefit-courses>
      </div>`,
    );
    const el = await settled(page.querySelector('rolefit-courses')!);
    el.remove();
    announce(page.querySelector('#quiz')!, 'coder');
    page.append(el);
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(allIds);
    announce(page.querySelector('#quiz')!, 'coder');
    await el.updateComplete;
    expect(shownIds(el), 'and listens again once back').to.deep.equal(coderIds);
  });
});
