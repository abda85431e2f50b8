// The built bundle (dist/rolefit.js, from `node scripts/build.mjs`) on real pages in headless Chromium: under the
// strict Content-Security-Policy of the README's "Security and privacy", and loaded twice. Nothing may be blocked or thrown; a second
// copy says so once with a `[rolefit]` console.info.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/demo-browser.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { sharedLitCsp, strictCsp } from '../support/hardening-server.mjs';

const policies = { strict: strictCsp, 'shared-lit': sharedLitCsp };

/** The repository's files; `?csp=strict|shared-lit` on an HTML page adds that policy header. */
const serve = () =>
  startServer(0, '127.0.0.1', {
    headers(url, file) {
      const csp = policies[url.searchParams.get('csp')];
      return csp && extname(file) === '.html' ? { 'content-security-policy': csp } : {};
    },
  });

let server;
let origin;
let chromium;
let browser;

before(async () => {
  assert.ok(
    existsSync(new URL('../../dist/rolefit.js', import.meta.url)),
    'dist/rolefit.js is missing: run `node scripts/build.mjs` first',
  );
  server = await serve();
  origin = `http://127.0.0.1:${server.address().port}`;
  chromium = await launchChromium();
  browser = chromium.browser;
});

after(async () => {
  await chromium?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
});

/** Opens a page and records console messages, uncaught errors, failed responses and requests to other hosts. */
async function open(path) {
  const page = await browser.newPage();
  const record = { console: [], uncaught: [], http: [], foreign: [] };
  page.on('console', (message) => record.console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => record.uncaught.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) record.http.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) record.foreign.push(request.url());
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
  return { page, record };
}

/** Answers the quiz of the top-level matcher and of the advisor; returns what the page shows afterwards. */
function useWidgets(page) {
  return page.evaluate(async () => {
    const until = async (check) => {
      for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
      if (!check()) throw new Error(`timed out: ${check}`);
    };
    const answer = async (matcher) => {
      await until(() => matcher.shadowRoot?.querySelector('[part~="question"]'));
      for (const fieldset of matcher.shadowRoot.querySelectorAll('[part~="question"]'))
        fieldset.querySelector('input').click();
      await matcher.updateComplete;
      matcher.shadowRoot.querySelector('[part~="submit"]').click();
      await until(() => matcher.shadowRoot.querySelector('[part~="result"]'));
    };
    const courses = document.querySelector('rolefit-courses');
    const advisor = document.querySelector('rolefit-advisor');
    await answer(document.querySelector('rolefit-matcher'));
    const shown = () =>
      [...courses.shadowRoot.querySelectorAll('[part~="course-link"]')].map((a) => a.dataset.courseId).join();
    await until(() => shown() === 'c1,c3');
    await until(() => advisor.shadowRoot?.querySelector('rolefit-matcher'));
    await answer(advisor.shadowRoot.querySelector('rolefit-matcher'));
    const inner = () => advisor.shadowRoot.querySelector('rolefit-courses');
    await until(() => inner()?.shadowRoot?.querySelector('[part~="course"]'));
    return {
      courses: shown(),
      jsonLd: JSON.parse(courses.querySelector('script[type="application/ld+json"]').text).itemListElement.length,
      // The advisor's inner list writes its JSON-LD into the advisor's light DOM, where search engines read it.
      advisorJsonLd: advisor.querySelectorAll('script[type="application/ld+json"]').length,
      adoptedSheets: courses.shadowRoot.adoptedStyleSheets.length,
      violations: window.cspViolations,
      trustedTypes: 'trustedTypes' in window,
    };
  });
}

const rolefitInfos = (record) => record.console.filter((line) => line.startsWith('info: [rolefit]'));
const problems = (record) => [
  ...record.uncaught.map((message) => `uncaught: ${message}`),
  ...record.http,
  ...record.console.filter((line) => line.startsWith('error:')),
  ...record.foreign.map((url) => `foreign request: ${url}`),
];

describe('hardening: the built bundle on real pages (Chromium)', () => {
  it('works under the strict CSP with Trusted Types, with no violation', async () => {
    const { page, record } = await open('/test/fixtures/hardening/bundle-page.html?csp=strict');
    const shown = await useWidgets(page);
    await page.close();
    assert.deepEqual(shown, {
      courses: 'c1,c3',
      jsonLd: 2,
      advisorJsonLd: 1,
      adoptedSheets: shown.adoptedSheets,
      violations: [],
      trustedTypes: true,
    });
    assert.ok(shown.adoptedSheets > 0, 'styles come as adopted style sheets');
    assert.deepEqual(problems(record), []);
  });

  it('ignores a second copy of the bundle with one [rolefit] info, and keeps working', async () => {
    const { page, record } = await open('/test/fixtures/hardening/bundle-twice.html');
    const shown = await useWidgets(page);
    await page.close();
    assert.equal(shown.courses, 'c1,c3');
    assert.deepEqual(problems(record), []);
    assert.equal(rolefitInfos(record).length, 1, record.console.join('\n'));
  });

  it('loads two copies under the CSP for pages with more than one Lit (allow-duplicates)', async () => {
    const { page, record } = await open('/test/fixtures/hardening/bundle-twice.html?csp=shared-lit');
    const shown = await useWidgets(page);
    await page.close();
    assert.deepEqual(shown.violations, []);
    assert.deepEqual(problems(record), []);
    assert.equal(rolefitInfos(record).length, 1, record.console.join('\n'));
  });

  it('a second copy under the strict CSP fails alone; the first keeps working (documented)', async () => {
    // Without 'allow-duplicates' the second copy of Lit cannot create its `lit-html` policy and stops at load;
    // the README's "Security and privacy" says to add 'allow-duplicates' when a page may hold two copies of Lit.
    const { page, record } = await open('/test/fixtures/hardening/bundle-twice.html?csp=strict');
    const shown = await useWidgets(page);
    await page.close();
    assert.equal(shown.courses, 'c1,c3');
    assert.deepEqual(record.http, []);
    assert.equal(record.uncaught.length, 1, record.uncaught.join('\n'));
    assert.match(record.uncaught[0], /lit-html/);
  });
});
