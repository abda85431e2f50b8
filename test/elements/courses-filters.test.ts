import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { RolefitCourses } from '../../src/elements/courses/rolefit-courses.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { catalogUrl, renderCourses, settled, shownIds } from '../courses/support.js';
import { part, text } from '../support/dom.js';

defineElement('rolefit-courses', RolefitCourses);

const allIds = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7'];

const form = (el: RolefitCourses) => part<HTMLFormElement>(el, 'filters')!;
const control = <T extends HTMLElement>(el: RolefitCourses, selector: string) => form(el).querySelector<T>(selector)!;
const checkbox = (el: RolefitCourses, name: string, value: string) =>
  control<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`);
/** The visible label of a checkbox, with its count. */
const optionLabel = (el: RolefitCourses, name: string, value: string) =>
  text(checkbox(el, name, value).closest('label')!);

describe('<rolefit-courses filters>', () => {
  it('offers labelled native controls that start from the attributes', async () => {
    const el = await renderCourses({
      filters: true,
      'provider-types': 'chamber',
      'max-price': '1000',
      sort: 'price',
      funding: 'bildungsgutschein',
    });
    expect(shownIds(el)).to.deep.equal(['k6']);
    expect([...form(el).querySelectorAll('fieldset legend')].map(text)).to.deep.equal([
      'Anbieter',
      'Format',
      'Förderung',
    ]);
    expect(control<HTMLInputElement>(el, 'input[type="search"]').closest('label')).to.not.equal(null);
    expect(checkbox(el, 'provider-type', 'chamber').checked).to.equal(true);
    expect(checkbox(el, 'provider-type', 'academy').checked).to.equal(false);
    expect(checkbox(el, 'funding', 'bildungsgutschein').checked).to.equal(true);
    expect(control<HTMLInputElement>(el, 'input[name="max-price"]').value).to.equal('1000');
    expect(control<HTMLSelectElement>(el, 'select').value).to.equal('price');
    await expect(el).to.be.accessible();
  });

  it('counts what each option would leave and disables options that leave none', async () => {
    const el = await renderCourses({ filters: true, 'for-role': 'writer', formats: 'online' });
    expect(optionLabel(el, 'provider-type', 'academy')).to.equal('Akademie (1)');
    expect(optionLabel(el, 'provider-type', 'private')).to.equal('Privater Anbieter (1)');
    expect(optionLabel(el, 'provider-type', 'chamber')).to.equal('Kammer (0)');
    expect(checkbox(el, 'provider-type', 'chamber').disabled).to.equal(true);
    expect(checkbox(el, 'provider-type', 'academy').disabled).to.equal(false);
    // Within its own group an option counts as if ticked alone.
    expect(optionLabel(el, 'format', 'blended')).to.equal('Blended Learning (1)');
    expect(optionLabel(el, 'format', 'onsite')).to.equal('Vor Ort (0)');
    expect(checkbox(el, 'format', 'onsite').disabled).to.equal(true);
    expect(optionLabel(el, 'funding', 'bildungsgutschein')).to.equal('Bildungsgutschein (AZAV) (1)');
    await expect(el).to.be.accessible();
  });

  it('narrows the list as the reader types, tolerant of umlauts, and announces the count', async () => {
    const details: { count: number; filters: { search: string | null } }[] = [];
    const el = await fixture<RolefitCourses>(
      html`<rolefit-courses
        loading="eager"
        lang="de"
        filters
        feed=${catalogUrl}
        @rolefit-filter=${(event: CustomEvent) => details.push(event.detail)}
      ></rolefit-courses>`,
    );
    await settled(el);
    control<HTMLInputElement>(el, 'input[type="search"]').focus();
    await sendKeys({ type: 'Koeln' });
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['k5', 'k6']);
    expect(text(part(el, 'count'))).to.equal('2 Weiterbildungen');
    expect(part(el, 'count')!.getAttribute('role')).to.equal('status');
    expect(details.at(-1)).to.deep.include({ count: 2 });
    expect(details.at(-1)!.filters.search).to.equal('Koeln');
    await sendKeys({ type: ' web' });
    await el.updateComplete;
    expect(text(part(el, 'count'))).to.equal('1 Weiterbildung');
    await expect(el).to.be.accessible();
  });

  it('filters by the boxes the reader ticks, with the keyboard too', async () => {
    const el = await renderCourses({ filters: true });
    checkbox(el, 'format', 'online').click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['k1', 'k4', 'k5']);
    checkbox(el, 'format', 'blended').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['k1', 'k3', 'k4', 'k5', 'k7']);
    checkbox(el, 'provider-type', 'academy').click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['k1', 'k7']);
    expect(optionLabel(el, 'format', 'onsite')).to.equal('Vor Ort (0)');
  });

  it('sorts and limits the price as the reader chooses', async () => {
    const el = await renderCourses({ filters: true });
    const select = control<HTMLSelectElement>(el, 'select');
    expect([...select.options].map(text)).to.deep.equal([
      'Empfehlung',
      'Preis, niedrigster zuerst',
      'Beginn, frühester zuerst',
      'Dauer, kürzeste zuerst',
    ]);
    select.value = 'duration';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['k6', 'k7', 'k1', 'k5', 'k3', 'k2', 'k4']);
    const maxPrice = control<HTMLInputElement>(el, 'input[name="max-price"]');
    maxPrice.focus();
    // No repeated digit: WebKitWebDriver drops the second of two equal keys typed in a row.
    await sendKeys({ type: '520' });
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['k7', 'k1', 'k4']);
  });

  it('moves the controls when the attributes change later', async () => {
    const el = await renderCourses({ filters: true });
    el.setAttribute('provider-types', 'university');
    el.setAttribute('sort', 'start');
    el.setAttribute('max-price', '2000');
    await el.updateComplete;
    expect(checkbox(el, 'provider-type', 'university').checked).to.equal(true);
    expect(control<HTMLSelectElement>(el, 'select').value).to.equal('start');
    expect(control<HTMLInputElement>(el, 'input[name="max-price"]').value).to.equal('2000');
    expect(shownIds(el)).to.deep.equal(['k2']);
  });

  it('resets the reader’s filters to the presets, then offers every course', async () => {
    const el = await renderCourses({ filters: true, 'for-role': 'writer', 'provider-types': 'chamber' });
    expect(text(part(el, 'empty')!.querySelector('p'))).to.equal(
      'Für „Texterin“ passt gerade keine Weiterbildung zu dieser Auswahl.',
    );
    control<HTMLInputElement>(el, 'input[type="search"]').focus();
    await sendKeys({ type: 'xyz' });
    await el.updateComplete;
    const empty = part(el, 'empty')!;
    expect(text(empty.querySelector('p'))).to.equal('Keine Weiterbildung passt zu Ihrer Auswahl.');
    await expect(el).to.be.accessible();
    empty.querySelector('button')!.click();
    await el.updateComplete;
    expect(control<HTMLInputElement>(el, 'input[type="search"]').value).to.equal('');
    const showAll = part(el, 'empty')!.querySelector('button')!;
    expect(text(showAll)).to.equal('Alle Kurse zeigen');
    expect(el.shadowRoot!.activeElement, 'focus stays on the way out').to.equal(showAll);
    showAll.click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(allIds);
    expect(checkbox(el, 'provider-type', 'chamber').checked).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'course-link'));
  });

  it('brings back the presets without the reader’s changes', async () => {
    const el = await renderCourses({ filters: true, formats: 'online', informal: true });
    checkbox(el, 'format', 'online').click();
    checkbox(el, 'format', 'onsite').click();
    await el.updateComplete;
    control<HTMLInputElement>(el, 'input[type="search"]').focus();
    await sendKeys({ type: 'nichts' });
    await el.updateComplete;
    expect(text(part(el, 'empty')!.querySelector('p'))).to.equal('Keine Weiterbildung passt zu deiner Auswahl.');
    part(el, 'empty')!.querySelector('button')!.click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['k1', 'k4', 'k5']);
    expect(checkbox(el, 'format', 'online').checked).to.equal(true);
    expect(checkbox(el, 'format', 'onsite').checked).to.equal(false);
  });
});
