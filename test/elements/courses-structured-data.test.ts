import { expect, waitUntil } from '@open-wc/testing';
import { RolefitCourses } from '../../src/elements/courses/rolefit-courses.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { catalogUrl, renderCourses, settled } from '../courses/support.js';
import { captureConsole, part } from '../support/dom.js';

defineElement('rolefit-courses', RolefitCourses);

const scripts = (el: RolefitCourses) => [...el.querySelectorAll('script')];

/** Names of the courses in the element's JSON-LD, in order. */
function listedNames(el: RolefitCourses): string[] {
  const [script] = scripts(el);
  expect(script!.type).to.equal('application/ld+json');
  const list = JSON.parse(script!.text);
  expect(list['@type']).to.equal('ItemList');
  return list.itemListElement.map((item: { position: number; item: { name: string } }, index: number) => {
    expect(item.position).to.equal(index + 1);
    return item.item.name;
  });
}

describe('<rolefit-courses structured-data>', () => {
  it('puts the shown courses as JSON-LD into the light DOM', async () => {
    const el = await renderCourses({ 'structured-data': true, limit: '2' });
    expect(scripts(el)).to.have.length(1);
    expect(listedNames(el)).to.deep.equal(['Texten für Übersetzer', 'Code-Grundlagen']);
    await expect(el).to.be.accessible();
  });

  it('keeps it in sync with the list', async () => {
    const el = await renderCourses({ 'structured-data': true, limit: '2' });
    el.setAttribute('for-role', 'seller');
    await el.updateComplete;
    expect(listedNames(el)).to.deep.equal(['Verkaufen mit Strategie', 'Große Texte']);
    part<HTMLButtonElement>(el, 'more')!.click();
    await el.updateComplete;
    expect(listedNames(el)).to.deep.equal(['Verkaufen mit Strategie', 'Große Texte', 'Straßenmarketing']);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(scripts(el)).to.have.length(1);
  });

  it('adds and removes it with the attribute', async () => {
    const el = await renderCourses({ limit: '1' });
    expect(scripts(el)).to.have.length(0);
    el.setAttribute('structured-data', '');
    await el.updateComplete;
    expect(listedNames(el)).to.deep.equal(['Texten für Übersetzer']);
    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(scripts(el)).to.have.length(0);
    el.structuredData = true;
    await el.updateComplete;
    expect(scripts(el), 'the property works too').to.have.length(1);
  });

  it('lists nothing when nothing matches', async () => {
    const el = await renderCourses({ 'structured-data': true, 'for-role': 'idle' });
    expect(listedNames(el)).to.deep.equal([]);
  });

  it('drops it when the list gives way to an error', async () => {
    const el = await renderCourses({ 'structured-data': true });
    expect(scripts(el)).to.have.length(1);
    const errors = captureConsole('error');
    try {
      el.feed = '/faulty/status/500/courses-structured-error';
      await waitUntil(() => part(el, 'error'), 'no error view');
      await el.updateComplete;
    } finally {
      errors.restore();
    }
    expect(scripts(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('takes it away with the element and brings it back with it, one script at a time', async () => {
    const el = await renderCourses({ 'structured-data': true, limit: '1' });
    const page = el.parentElement!;
    el.remove();
    expect(scripts(el), 'gone with the element').to.have.length(0);
    page.append(el);
    await el.updateComplete;
    expect(listedNames(el)).to.deep.equal(['Texten für Übersetzer']);
    expect(scripts(el)).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('goes with a list removed from a closed shadow root, where it sits in the outer host', async () => {
    const outer = document.createElement('div');
    document.body.append(outer);
    try {
      const root = outer.attachShadow({ mode: 'closed' });
      const el = Object.assign(document.createElement('rolefit-courses'), { loading: 'eager', feed: catalogUrl });
      el.setAttribute('structured-data', '');
      root.append(el);
      await settled(el);
      expect(outer.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      el.remove();
      expect(outer.querySelectorAll('script')).to.have.length(0);
    } finally {
      outer.remove();
    }
  });
});
