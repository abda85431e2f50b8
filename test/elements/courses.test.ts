import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { RolefitCourses } from '../../src/elements/courses/rolefit-courses.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { catalogUrl, renderCourses, settled, shownIds } from '../courses/support.js';
import { captureConsole, guardEachTest, part, parts, text } from '../support/dom.js';

defineElement('rolefit-courses', RolefitCourses);

const allIds = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7'];
const badges = (course: Element) => [...course.querySelectorAll('[part~="badges"] li')].map(text);

describe('<rolefit-courses>', () => {
  const guard = guardEachTest('warn');

  it('shows every course with its details, the count, the date and the notice', async () => {
    const el = await renderCourses();
    expect(shownIds(el)).to.deep.equal(allIds);
    expect(text(part(el, 'count'))).to.equal('7 Weiterbildungen');
    expect(part(el, 'count')!.getAttribute('role')).to.equal('status');
    expect(text(el.shadowRoot!.querySelector('.summary'))).to.include('Stand: 1. November 2026');
    expect(text(part(el, 'notice'))).to.equal('Alle Angebote sind erfunden.');

    const [first, , third, fourth] = parts(el, 'course');
    expect(first!.localName).to.equal('article');
    expect(text(first!.querySelector('[part~="course-title"]'))).to.equal('Texten für Übersetzer');
    expect(text(first!.querySelector('[part~="provider"]'))).to.equal('Akademie Süd · Akademie');
    expect(text(first!.querySelector('[part~="price"]'))).to.match(/^500\s€$/);
    expect(badges(first!)).to.deep.equal(['Bildungsgutschein (AZAV)', 'ZFU-zugelassen (Nr. 7312345)']);
    const facts = text(first!.querySelector('.facts'));
    for (const fact of ['Online', 'Beginn: 1. März 2027', '40 Stunden', 'Für Einsteiger'])
      expect(facts).to.include(fact);
    expect(facts, 'course language equals the UI language').to.not.include('Kurssprache');
    expect(text(first!.querySelector('.topics'))).to.equal('Stil · Grammatik');

    expect(text(third!.querySelector('[part~="price"]'))).to.equal('Preis auf Anfrage');
    expect(badges(third!)).to.deep.equal(['Aufstiegs-BAföG', 'employer']);
    expect(text(fourth!.querySelector('.facts')))
      .to.include('6 Wochen')
      .and.include('Kurssprache: Englisch');

    const link = part<HTMLAnchorElement>(el, 'course-link')!;
    expect(link.getAttribute('href')).to.equal('https://akad.example/texten?ref=feed&utm_source=feed#anmeldung');
    expect(link.rel).to.equal('noopener');
    expect(link.hasAttribute('target')).to.equal(false);
    expect(part(el, 'filters')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    const el = await renderCourses({ 'for-role': 'coder', sort: 'price' });
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(text(part(el, 'count'))).to.equal('2 courses');
    expect(text(part(el, 'course-title'))).to.equal('Code-Grundlagen');
    expect(text(part(el, 'provider'))).to.equal('North University · University');
    expect(text(part(el, 'price'))).to.equal('€1,500');
    el.setAttribute('max-price', '2000');
    await el.updateComplete;
    expect(text(part(el, 'count'))).to.equal('1 course');
    await expect(el).to.be.accessible();
  });

  it('keeps the courses of for-role and follows changes of it', async () => {
    const el = await renderCourses({ 'for-role': 'writer' });
    expect(shownIds(el)).to.deep.equal(['k1', 'k4', 'k7']);
    el.forRole = 'coder';
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['k2', 'k5']);
    el.removeAttribute('for-role');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(allIds);
    expect(guard.output.rolefit('warn')).to.deep.equal([]);
  });

  it('shows every course and warns once for an unknown role', async () => {
    const el = await renderCourses({ 'for-role': 'astronaut' });
    el.requestUpdate();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(allIds);
    expect(guard.output.rolefit('warn')).to.have.length(1);
    expect(guard.output.rolefit('warn')[0]).to.include('"astronaut"');
  });

  it('applies the preset filters and sort', async () => {
    expect(shownIds(await renderCourses({ 'provider-types': 'chamber, private' }))).to.deep.equal([
      'k3',
      'k4',
      'k5',
      'k6',
    ]);
    expect(shownIds(await renderCourses({ formats: 'online' }))).to.deep.equal(['k1', 'k4', 'k5']);
    expect(shownIds(await renderCourses({ 'max-price': '500' }))).to.deep.equal(['k1', 'k4', 'k7']);
    expect(shownIds(await renderCourses({ funding: 'bildungsurlaub,employer' }))).to.deep.equal(['k3', 'k5']);
    expect(shownIds(await renderCourses({ sort: 'start' }))).to.deep.equal(['k6', 'k2', 'k3', 'k1', 'k5', 'k7', 'k4']);
    expect(shownIds(await renderCourses({ 'for-role': 'writer', formats: 'online', sort: 'price' }))).to.deep.equal([
      'k1',
      'k4',
    ]);
    expect(guard.output.rolefit('warn')).to.deep.equal([]);
  });

  it('follows preset changes after the first render', async () => {
    const el = await renderCourses({ 'max-price': '500' });
    el.setAttribute('sort', 'price');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['k7', 'k1', 'k4']);
    el.removeAttribute('max-price');
    el.formats = ['onsite'];
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['k6', 'k2']);
  });

  it('uses defaults and warns once per bad value, without throwing', async () => {
    const el = await renderCourses({
      sort: 'cheapest',
      formats: 'online,hybrid',
      'provider-types': 'guild',
      'max-price': '-5',
      limit: 'many',
    });
    // Unknown list entries are dropped, the rest kept; bad numbers and sorts fall back to their defaults.
    expect(shownIds(el)).to.deep.equal(['k1', 'k4', 'k5']);
    expect(guard.output.rolefit('warn')).to.have.length(5);
    for (const bad of ['cheapest', 'hybrid', 'guild', '-5', 'many']) {
      expect(
        guard.output.rolefit('warn').some((message) => message.includes(bad)),
        bad,
      ).to.equal(true);
    }
    el.requestUpdate();
    await el.updateComplete;
    expect(guard.output.rolefit('warn')).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('shows "limit" courses, then as many more per click, focusing the first new one', async () => {
    const el = await renderCourses({ limit: '3' });
    expect(shownIds(el)).to.deep.equal(['k1', 'k2', 'k3']);
    const more = part<HTMLButtonElement>(el, 'more')!;
    expect(more.type).to.equal('button');
    expect(text(more)).to.equal('Mehr anzeigen');
    more.click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['k1', 'k2', 'k3', 'k4', 'k5', 'k6']);
    expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'course-link')[3]);
    part<HTMLButtonElement>(el, 'more')!.click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(allIds);
    expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'course-link')[6]);
    expect(part(el, 'more')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('starts over at "limit" when the filters change', async () => {
    const el = await renderCourses({ limit: '1' });
    part<HTMLButtonElement>(el, 'more')!.click();
    await el.updateComplete;
    expect(shownIds(el)).to.have.length(2);
    el.setAttribute('sort', 'price');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['k7']);
    el.limit = 4;
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['k7', 'k1', 'k4', 'k6']);
  });

  it('adds link-params to every link and sets link-target', async () => {
    const el = await renderCourses({ 'link-params': 'utm_source=myblog&ref=widget', 'link-target': '_blank' });
    const [first, second] = parts<HTMLAnchorElement>(el, 'course-link');
    expect(first!.getAttribute('href')).to.equal('https://akad.example/texten?ref=widget&utm_source=myblog#anmeldung');
    expect(second!.getAttribute('href')).to.equal('https://hs.example/code?utm_source=myblog&ref=widget');
    expect(first!.target).to.equal('_blank');
    expect(first!.rel).to.equal('noopener');
  });

  describe('rolefit-course-click', () => {
    /** Clicks a course link; a listener after ours records whether the navigation was stopped, then stops it. */
    async function clickCourse(el: RolefitCourses, index: number): Promise<boolean> {
      let stopped: boolean | undefined;
      const guard = (event: Event) => {
        stopped = event.defaultPrevented;
        event.preventDefault();
      };
      el.shadowRoot!.addEventListener('click', guard);
      parts(el, 'course-link')[index]!.click();
      el.shadowRoot!.removeEventListener('click', guard);
      return stopped!;
    }

    it('tells the page which course was followed, and lets the navigation go on', async () => {
      const el = await renderCourses({ 'link-params': 'utm_source=myblog' });
      const seen = oneEvent(el, 'rolefit-course-click');
      expect(await clickCourse(el, 1)).to.equal(false);
      const event = await seen;
      expect(event.detail).to.deep.equal({ courseId: 'k2', url: 'https://hs.example/code?utm_source=myblog' });
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    });

    it('stops the navigation when the page cancels the event', async () => {
      const el = await renderCourses();
      const cancel = (event: Event) => event.preventDefault();
      document.addEventListener('rolefit-course-click', cancel);
      try {
        expect(await clickCourse(el, 0)).to.equal(true);
      } finally {
        document.removeEventListener('rolefit-course-click', cancel);
      }
    });
  });

  describe('rolefit-filter', () => {
    it('reports the filters and count after the first list and after each change', async () => {
      const details: unknown[] = [];
      const el = await fixture<RolefitCourses>(
        html`<rolefit-courses
          loading="eager"
          feed=${catalogUrl}
          for-role="writer"
          max-price="600"
          @rolefit-filter=${(event: CustomEvent) => details.push(event.detail)}
        ></rolefit-courses>`,
      );
      await settled(el);
      expect(details).to.deep.equal([
        {
          filters: {
            role: 'writer',
            providerTypes: [],
            formats: [],
            maxPrice: 600,
            funding: [],
            search: null,
            sort: 'relevance',
          },
          count: 3,
        },
      ]);
      el.setAttribute('formats', 'blended');
      el.setAttribute('sort', 'price');
      await el.updateComplete;
      await waitUntil(() => details.length === 2);
      expect(details[1]).to.deep.equal({
        filters: {
          role: 'writer',
          providerTypes: [],
          formats: ['blended'],
          maxPrice: 600,
          funding: [],
          search: null,
          sort: 'price',
        },
        count: 1,
      });
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(details, 'a change that filters nothing differently').to.have.length(2);
    });
  });

  describe('empty and failing', () => {
    it('says why nothing matches and offers every course', async () => {
      const el = await renderCourses({ 'for-role': 'idle' });
      expect(shownIds(el)).to.deep.equal([]);
      expect(text(part(el, 'count'))).to.equal('0 Weiterbildungen');
      const empty = part(el, 'empty')!;
      expect(text(empty.querySelector('p'))).to.equal(
        'Für „Ohne Kurse“ passt gerade keine Weiterbildung zu dieser Auswahl.',
      );
      await expect(el).to.be.accessible();
      const showAll = empty.querySelector('button')!;
      expect(text(showAll)).to.equal('Alle Kurse zeigen');
      showAll.click();
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(allIds);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'course-link'));
    });

    it('says so when the feed has no courses', async () => {
      const el = await renderCourses({}, '/test/fixtures/courses-none.json');
      expect(text(part(el, 'empty'))).to.equal('Zurzeit sind keine Weiterbildungen eingetragen.');
      expect(part(el, 'empty')!.querySelector('button')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the error view and fires rolefit-error when the feed fails', async () => {
      const errors = captureConsole('error');
      try {
        const el = await fixture<RolefitCourses>(html`<rolefit-courses loading="eager"></rolefit-courses>`);
        const failed = oneEvent(el, 'rolefit-error');
        el.feed = '/faulty/status/404/courses-error';
        expect((await failed).detail).to.include({ kind: 'http', status: 404 });
        await settled(el);
        expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
        await expect(el).to.be.accessible();
      } finally {
        errors.restore();
      }
    });

    it('reserves room with a skeleton until the feed is there', async () => {
      const el = await fixture<RolefitCourses>(
        html`<div style="margin-top: 300vh">
          <rolefit-courses lang="de" feed=${catalogUrl}></rolefit-courses>
        </div>`,
      ).then((wrapper) => wrapper.querySelector('rolefit-courses')!);
      await el.updateComplete;
      const skeleton = part(el, 'skeleton')!;
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(text(skeleton)).to.equal('Wird geladen …');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
      await expect(el).to.be.accessible();
    });
  });
});
