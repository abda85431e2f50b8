import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { RolefitAdvisor } from '../../src/elements/advisor/rolefit-advisor.js';
import type { RolefitCourses } from '../../src/elements/courses/rolefit-courses.js';
import type { RolefitMatcher } from '../../src/elements/matcher/rolefit-matcher.js';
import '../../src/define.js';
import {
  captureConsole,
  create,
  fixtureJson,
  hits,
  mount,
  part,
  parts,
  text,
  uniqueKey,
  type Attributes,
} from '../support/dom.js';

const inner = (el: RolefitAdvisor) => ({
  matcher: el.shadowRoot!.querySelector('rolefit-matcher') as RolefitMatcher | null,
  courses: el.shadowRoot!.querySelector('rolefit-courses') as RolefitCourses | null,
});
const courseTitles = (courses: RolefitCourses | null): string[] =>
  courses ? parts(courses, 'course-title').map(text) : [];
const chips = (el: RolefitAdvisor): HTMLInputElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="role-chip"] input'),
];

/** Whether the advisor's quiz shows a question yet. */
const quizShown = (el: RolefitAdvisor): boolean => {
  const { matcher } = inner(el);
  return matcher !== null && part(matcher, 'question') !== null;
};

/** Mounts `<rolefit-advisor loading="eager" …>` as a page would and waits for its quiz. */
async function mountAdvisor(attributes: Attributes): Promise<RolefitAdvisor> {
  const el = await mount('rolefit-advisor', attributes);
  await waitUntil(() => quizShown(el), 'the quiz did not appear');
  return el;
}

/** Answers every question of test/fixtures/small.json by clicking labels, as a reader would. */
async function answerAll(el: RolefitAdvisor, choices: [string, string][]): Promise<void> {
  const { matcher } = inner(el);
  for (const [questionId, optionId] of choices) {
    const input = matcher!.shadowRoot!.querySelector<HTMLInputElement>(
      `input[name="${questionId}"][value="${optionId}"]`,
    )!;
    input.closest('label')!.click();
    await matcher!.updateComplete;
    (part(matcher!, 'next') ?? part(matcher!, 'submit'))!.click();
    await matcher!.updateComplete;
  }
  await waitUntil(() => {
    const { courses } = inner(el);
    return courses !== null && part(courses, 'course') !== null;
  }, 'no course list appeared');
}

const makerAnswers: [string, string][] = [
  ['q1', 'code'],
  ['q2', 'lab'],
];

describe('<rolefit-advisor>', () => {
  it('reports a bad course-list attribute when its quiz shows, before the reader has a result', async () => {
    const warnings = captureConsole('warn');
    try {
      const el = await mountAdvisor({ feed: '/test/fixtures/small.json', lang: 'en', sort: 'cheapest', limit: '0x10' });
      expect(inner(el).courses, 'no course list yet').to.equal(null);
      const said = warnings.rolefit('warn');
      expect(said.filter((message) => message.includes('<rolefit-advisor sort="cheapest">'))).to.have.length(1);
      expect(said.filter((message) => message.includes('<rolefit-advisor limit='))).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('shows the quiz first, then the courses of the top role with ranked role chips', async () => {
    const el = await mountAdvisor({ feed: '/test/fixtures/small.json', lang: 'en' });
    expect(inner(el).courses).to.equal(null);
    await expect(el).to.be.accessible();

    await answerAll(el, makerAnswers);
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Matching trainings');
    expect(chips(el).map((chip) => chip.value)).to.deep.equal(['maker', 'analyst', 'host']);
    expect(chips(el)[0]!.checked).to.equal(true);
    expect(inner(el).courses!.getAttribute('for-role')).to.equal('maker');
    await waitUntil(() => courseTitles(inner(el).courses).length === 1);
    expect(courseTitles(inner(el).courses)).to.deep.equal(['App basics']);
    await expect(el).to.be.accessible();
  });

  it('switches the course list when the reader picks another role chip', async () => {
    const el = await mountAdvisor({ feed: '/test/fixtures/small.json', lang: 'en' });
    await answerAll(el, makerAnswers);
    chips(el)[1]!.closest('label')!.click();
    await el.updateComplete;
    expect(inner(el).courses!.getAttribute('for-role')).to.equal('analyst');
    await waitUntil(() => courseTitles(inner(el).courses).length === 2, 'the analyst courses did not show');
    expect(courseTitles(inner(el).courses)).to.deep.equal(['Budgeting', 'Community management']);
  });

  it('goes back to the quiz', async () => {
    const el = await mountAdvisor({ feed: '/test/fixtures/small.json', lang: 'en' });
    await answerAll(el, makerAnswers);
    part(el, 'back-to-quiz')!.click();
    await el.updateComplete;
    const { matcher, courses } = inner(el);
    expect(courses).to.equal(null);
    expect(matcher!.result).to.equal(null);
    await matcher!.updateComplete;
    expect(part(matcher!, 'question')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('hides the courses when the quiz is restarted from inside', async () => {
    const el = await mountAdvisor({ feed: '/test/fixtures/small.json', lang: 'en' });
    await answerAll(el, makerAnswers);
    const { matcher } = inner(el);
    part(matcher!, 'restart')!.click();
    await matcher!.updateComplete;
    matcher!.shadowRoot!.querySelector<HTMLInputElement>('input[name="q1"]')!.closest('label')!.click();
    await el.updateComplete;
    expect(inner(el).courses).to.equal(null);
  });

  it('makes exactly one feed request for quiz and course list', async () => {
    const key = uniqueKey('advisor');
    const el = await mountAdvisor({ feed: `/faulty/feed/small/${key}`, lang: 'en' });
    await answerAll(el, makerAnswers);
    expect(await hits(key)).to.equal(1);
  });

  it('passes course-list attributes through and keeps them in sync', async () => {
    const el = await mountAdvisor({
      feed: '/test/fixtures/small.json',
      lang: 'en',
      filters: true,
      sort: 'price',
      limit: '1',
      'link-params': 'utm_source=blog',
    });
    await answerAll(el, [
      ['q1', 'numbers'],
      ['q2', 'desk'],
    ]);
    const courses = inner(el).courses!;
    expect(courses.hasAttribute('filters')).to.equal(true);
    expect(courses.getAttribute('sort')).to.equal('price');
    expect(courses.limit).to.equal(1);
    await waitUntil(() => part(courses, 'filters'), 'no filters shown');
    expect(courseTitles(courses)).to.deep.equal(['Budgeting']);
    expect(part(courses, 'course-link')!.getAttribute('href')).to.contain('utm_source=blog');

    el.setAttribute('limit', '5');
    el.removeAttribute('filters');
    el.setAttribute('max-price', '100');
    await el.updateComplete;
    expect(courses.limit).to.equal(5);
    expect(courses.hasAttribute('filters')).to.equal(false);
    expect(courses.maxPrice).to.equal(100);
    await waitUntil(() => part(courses, 'empty'), 'the price limit did not apply');
    await expect(el).to.be.accessible();
  });

  it("reads max-price and limit as numbers by the course list's rules, and warns once about a bad one", async () => {
    const warnings = captureConsole('warn');
    try {
      const el = await mountAdvisor({ feed: '/test/fixtures/small.json', lang: 'en', 'max-price': '0x10', limit: '2' });
      expect(el.maxPrice, 'NaN: not a decimal number').to.be.NaN;
      expect(el.limit).to.equal(2);
      await answerAll(el, makerAnswers);
      const courses = inner(el).courses!;
      expect(courses.maxPrice, 'the bad price is not passed on').to.equal(undefined);
      expect(courses.limit).to.equal(2);
      el.maxPrice = 9999;
      await el.updateComplete;
      expect(courses.maxPrice).to.equal(9999);
      expect(warnings.rolefit('warn')).to.deep.equal([
        '[rolefit] <rolefit-advisor max-price="0x10">: needs a decimal number ≥ 0; ignoring it.',
      ]);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('passes max-feed-bytes to both inner elements', async () => {
    const el = Object.assign(document.createElement('rolefit-advisor'), {
      feed: '/test/fixtures/small.json',
      loading: 'eager',
      maxFeedBytes: 100000,
    } as const);
    el.lang = 'en';
    await fixture(html`<div>${el}</div>`);
    await waitUntil(() => quizShown(el), 'the quiz did not appear');
    expect(inner(el).matcher!.maxFeedBytes).to.equal(100000);
    await answerAll(el, makerAnswers);
    expect(inner(el).courses!.maxFeedBytes).to.equal(100000);
    await expect(el).to.be.accessible();
  });

  it('passes quiz attributes and the language through', async () => {
    const el = await mountAdvisor({ feed: '/test/fixtures/small.json', lang: 'de', layout: 'list', informal: true });
    const { matcher } = inner(el);
    expect(matcher!.getAttribute('layout')).to.equal('list');
    expect(matcher!.hasAttribute('informal')).to.equal(true);
    expect(text(matcher!.shadowRoot!.querySelector('legend'))).to.contain('Was machen Sie am liebsten?');

    el.setAttribute('lang', 'en');
    await el.updateComplete;
    await matcher!.updateComplete;
    expect(matcher!.getAttribute('lang')).to.equal('en');
    expect(text(matcher!.shadowRoot!.querySelector('legend'))).to.contain('What do you enjoy most?');
  });

  it('lets the inner events reach the page, and adds none of its own', async () => {
    const seen: string[] = [];
    const listener = (event: Event) => seen.push(`${event.type}:${(event.target as Element).localName}`);
    const names = ['rolefit-answer', 'rolefit-match', 'rolefit-filter'];
    for (const name of names) document.addEventListener(name, listener);
    try {
      const el = await mountAdvisor({ feed: '/test/fixtures/small.json', lang: 'en' });
      await answerAll(el, makerAnswers);
      await waitUntil(() => seen.includes('rolefit-filter:rolefit-advisor'), 'no rolefit-filter reached the page');
      expect(seen.filter((entry) => entry.startsWith('rolefit-answer'))).to.have.length(2);
      expect(seen.filter((entry) => entry.startsWith('rolefit-match'))).to.deep.equal([
        'rolefit-match:rolefit-advisor',
      ]);
    } finally {
      for (const name of names) document.removeEventListener(name, listener);
    }
  });

  it('takes a feed object through the data property', async () => {
    const el = create('rolefit-advisor', { lang: 'en' }, { data: await fixtureJson() });
    await fixture(html`<div>${el}</div>`);
    await waitUntil(() => quizShown(el), 'the quiz did not appear');
    await answerAll(el, makerAnswers);
    expect(courseTitles(inner(el).courses)).to.deep.equal(['App basics']);
  });

  it('reserves its height with an accessible placeholder while the feed loads', async () => {
    const el = await mount('rolefit-advisor', { lang: 'en', feed: `/faulty/slow/1500/${uniqueKey('slow')}` });
    await waitUntil(() => part(el, 'skeleton'), 'no placeholder shown');
    expect(part(el, 'skeleton')!.getAttribute('role')).to.equal('status');
    expect(el.getBoundingClientRect().height).to.be.above(300);
    await expect(el).to.be.accessible();
    await waitUntil(() => quizShown(el), 'the quiz did not follow', { timeout: 5000 });
  });

  it('shows one error with a retry button when the feed cannot be loaded', async () => {
    const errors: Event[] = [];
    document.addEventListener('rolefit-error', (event) => errors.push(event), { once: true });
    const output = captureConsole('error');
    try {
      const el = await mount('rolefit-advisor', { lang: 'en', feed: `/faulty/status/404/${uniqueKey('x')}` });
      await waitUntil(() => part(el, 'error'), 'no error shown');
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(el.shadowRoot!.querySelector('rolefit-matcher')).to.equal(null);
      expect(errors).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      output.restore();
    }
  });

  it('puts the structured data of its course list into its own light DOM, where search engines read it', async () => {
    const el = await mountAdvisor({ feed: '/test/fixtures/small.json', lang: 'en', 'structured-data': true });
    await answerAll(el, makerAnswers);
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD in the page');
    const jsonLd = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(jsonLd['@type']).to.equal('ItemList');
    expect(jsonLd.itemListElement.map((entry: { item: { name: string } }) => entry.item.name)).to.deep.equal([
      'App basics',
    ]);
    expect(inner(el).courses!.querySelector('script')).to.equal(null);

    el.removeAttribute('structured-data');
    await waitUntil(() => !el.querySelector('script[type="application/ld+json"]'), 'the JSON-LD stayed');
  });

  it('keeps one JSON-LD script while a course list shows, and none while the quiz shows', async () => {
    const el = await mountAdvisor({ feed: '/test/fixtures/small.json', lang: 'en', 'structured-data': true });
    const jsonLd = () => el.querySelectorAll('script[type="application/ld+json"]');
    await answerAll(el, makerAnswers);
    await waitUntil(() => jsonLd().length, 'no JSON-LD in the page');
    part(el, 'back-to-quiz')!.click();
    await el.updateComplete;
    expect(jsonLd(), 'no list, no JSON-LD').to.have.length(0);
    await answerAll(el, makerAnswers);
    await waitUntil(() => jsonLd().length, 'no JSON-LD after the second result');
    await inner(el).courses!.updateComplete;
    expect(jsonLd(), 'one script for one list').to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('re-exports the inner parts so a page can style them', async () => {
    const el = await mountAdvisor({ feed: '/test/fixtures/small.json', lang: 'en' });
    const { matcher } = inner(el);
    const exported = matcher!.getAttribute('exportparts')!.split(/,\s*/);
    for (const name of ['question', 'option', 'next', 'submit', 'result', 'role', 'restart', 'error']) {
      expect(exported).to.include(name);
      if (['question', 'option', 'next'].includes(name)) expect(part(matcher!, name)).to.not.equal(null);
    }
    const style = document.createElement('style');
    style.textContent = 'rolefit-advisor::part(question) { border-left: 7px solid rgb(255, 0, 0); }';
    document.head.append(style);
    try {
      expect(getComputedStyle(part(matcher!, 'question')!).borderLeftWidth).to.equal('7px');
    } finally {
      style.remove();
    }
  });
});
