/**
 * Privacy: using every feature sets no cookie, stores nothing (localStorage, sessionStorage, IndexedDB, Cache
 * Storage) and requests nothing but the configured feeds and the bundle's own built-in feed.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepQueryAll, part, waitForPart } from '../support/dom.js';
import { finishQuiz } from './support.js';

interface Traces {
  cookie: string;
  local: string[];
  session: string[];
  databases: string[];
  caches: string[];
}

async function traces(): Promise<Traces> {
  const keys = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => storage.key(i)!).sort();
  // `indexedDB.databases()` is missing in older engines; `caches` outside secure contexts.
  const databases = 'databases' in indexedDB ? (await indexedDB.databases()).map((db) => db.name ?? '') : [];
  return {
    cookie: document.cookie,
    local: keys(localStorage),
    session: keys(sessionStorage),
    databases: databases.sort(),
    caches: 'caches' in window ? (await caches.keys()).sort() : [],
  };
}

describe('hardening: privacy', () => {
  it('leaves no trace and asks only for its feeds while every feature is used', async () => {
    const before = await traces();
    const started = performance.now();
    const page = await fixture<HTMLDivElement>(`<div lang="en">
      <rolefit-matcher id="quiz" loading="eager" share feed="/test/fixtures/small.json"></rolefit-matcher>
      <rolefit-courses matcher="quiz" loading="eager" filters structured-data limit="1" sort="price"
        link-params="utm_source=test" feed="/test/fixtures/small.json"></rolefit-courses>
      <rolefit-advisor loading="eager" share structured-data></rolefit-advisor>
    </div>`);
    const matcher = page.querySelector('rolefit-matcher')!;
    const courses = page.querySelector('rolefit-courses')!;
    const advisor = page.querySelector('rolefit-advisor')!;
    await waitForPart(courses, 'course');

    // The quiz, its result and its share link (clipboard or the read-only field).
    await finishQuiz(matcher);
    await waitForPart(matcher, 'result');
    part(matcher, 'share')!.click();
    await waitUntil(
      () =>
        matcher.shadowRoot!.querySelector('.copy-status')?.textContent ||
        matcher.shadowRoot!.querySelector('input.share-link'),
      'share did nothing',
    );

    // The course list: search, a filter, show more, a course link (its navigation cancelled by the page).
    const search = courses.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'a' });
    courses.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]:not([disabled])')?.click();
    await courses.updateComplete;
    part(courses, 'more')?.click();
    const cancel = (event: Event) => event.preventDefault();
    page.addEventListener('rolefit-course-click', cancel);
    part(courses, 'course-link')?.click();
    page.removeEventListener('rolefit-course-click', cancel);

    // The advisor on the built-in feed: quiz, role chips, courses.
    await waitForPart(advisor, 'question');
    await finishQuiz(advisor.shadowRoot!.querySelector('rolefit-matcher')!);
    await waitUntil(() => deepQueryAll(advisor, '[part~="course"]').length, 'the advisor shows no courses');
    deepQueryAll<HTMLInputElement>(advisor, '[part~="role-chip"] input').at(-1)!.click();
    await advisor.updateComplete;

    expect(await traces()).to.deep.equal(before);
    const requested = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= started)
      .map((entry) => entry.name);
    const allowed = [
      new URL('/test/fixtures/small.json', location.href).href,
      new URL('/src/feeds/social-media.json', location.href).href, // the built-in feed, next to the modules
    ];
    expect(
      requested.filter((url) => !allowed.includes(url)),
      'other requests',
    ).to.deep.equal([]);
    expect(
      requested.filter((url) => new URL(url).origin !== location.origin),
      'third-party requests',
    ).to.deep.equal([]);
    expect(new Set(requested).size, 'each feed requested').to.equal(2);
    expect(requested, 'each feed requested once').to.have.length(2);
    await expect(page).to.be.accessible();
  });
});
