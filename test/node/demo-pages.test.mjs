// The demo pages in headless Chromium, loaded from the real server (`scripts/serve.mjs`) with the built bundle
// (`npm test` builds dist/ first). Each page must render its widgets, pass axe, log no error, request nothing
// that fails and nothing from another host, and survive one real interaction.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { answerQuiz, deep, launchChromium, showWidget } from '../../scripts/demo-browser.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { placeholderCss, placeholderStyle } from '../../demo/embed-settings.js';

const readJson = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const dataFeed = readJson('demo/feeds/data-analytics.json');
const defaultFeed = readJson('src/feeds/social-media.json');
const axeSource = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname;

let server;
let origin;
let chromium;

before(async () => {
  server = await startServer(0);
  origin = `http://127.0.0.1:${server.address().port}`;
  chromium = await launchChromium();
});

after(async () => {
  await chromium?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
});

/**
 * Opens a demo page in a fresh tab and records what must not happen: console errors, uncaught exceptions,
 * failed requests, HTTP errors and any request to a host other than the local server (those are blocked).
 */
async function openPage(path, { width = 1280, height = 800 } = {}) {
  const page = await chromium.browser.newPage();
  const problems = [];
  const requested = [];
  await page.setViewport({ width, height });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.origin === origin) {
      requested.push(url.pathname);
      request.continue();
    } else {
      problems.push(`request to another host: ${request.url()}`);
      request.abort();
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText;
    // A feed request that no element waits for any more is cancelled on purpose (the configurator replaces its
    // preview on every setting): that is the loader working, not a failure.
    const cancelledFeed = reason === 'net::ERR_ABORTED' && request.url().endsWith('.json');
    if (!cancelledFeed) problems.push(`failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(`${origin}/demo/${path}`, { waitUntil: 'networkidle0' });
  return { page, problems, requested };
}

/** Runs axe-core over the whole page, open shadow roots included, and fails on any violation. */
async function assertAccessible(page, when) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axeSource });
  const violations = await page.evaluate(async () => {
    const { violations } = await window.axe.run(document);
    return violations.map(
      (v) => `${v.id} (${v.help}): ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
    );
  });
  assert.deepEqual(violations, [], `axe violations ${when}`);
}

async function finish({ page, problems }) {
  await page.close();
  assert.deepEqual(problems, [], 'console errors, failed or foreign requests');
}

/** The text of every match of `selector` in the shadow trees below `host`. */
const texts = (page, host, selector) =>
  page.$$eval(deep(host, selector), (elements) => elements.map((element) => element.textContent.trim()));

/** Polls `check` (re-querying each time: widgets may replace their DOM) until it holds. */
async function waitUntil(check, what) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await check()) return;
    await delay(100);
  }
  assert.fail(`still not true after 10 s: ${what}`);
}

/** Lets the page write to the clipboard: headless Chromium needs the permissions and a focused tab. */
async function allowClipboard(page) {
  const permissions = ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write'];
  await chromium.browser.defaultBrowserContext().overridePermissions(origin, permissions);
  await page.bringToFront();
}

/**
 * Starts listening for the next `rolefit-match` event; returns a function that resolves with its detail. (The
 * promise sits in an object because puppeteer would otherwise wait for it before returning the handle.)
 */
async function listenForMatch(page) {
  const holder = await page.evaluateHandle(() => ({
    detail: new Promise((resolve) =>
      document.addEventListener('rolefit-match', (event) => resolve(event.detail), { once: true }),
    ),
  }));
  return () => holder.evaluate((listener) => listener.detail);
}

const timeout = { timeout: 60_000 };

const tags = ['rolefit-advisor', 'rolefit-matcher', 'rolefit-courses'];

/**
 * Opens a demo page with `/dist/rolefit.js` held back until `defineElements()` is called, so the page is laid
 * out with its elements still undefined, as on a slow connection. Feed requests are held until `close()`: after
 * the definition each element keeps showing its loading placeholder.
 */
async function openWithBundleHeld(path, viewport) {
  const page = await chromium.browser.newPage();
  await page.setViewport(viewport);
  await page.setRequestInterception(true);
  const heldFeeds = [];
  let releaseFeeds = false;
  let bundleRequested;
  const bundleRequest = new Promise((resolve) => {
    bundleRequested = resolve;
  });
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname === '/dist/rolefit.js') bundleRequested(request);
    else if (pathname.includes('/feeds/') && !releaseFeeds) heldFeeds.push(request);
    else request.continue();
  });
  // Module scripts hold DOMContentLoaded back, so the navigation ends only once the bundle has been served.
  const navigation = page.goto(`${origin}/demo/${path}`, { waitUntil: 'load' });
  const bundle = await bundleRequest;
  await page.waitForFunction(
    () =>
      document.readyState !== 'loading' &&
      [...document.querySelectorAll('link[rel="stylesheet"]')].every((link) => link.sheet),
  );
  return {
    page,
    async defineElements() {
      await bundle.continue();
      await page.waitForFunction(
        (selector) =>
          [...document.querySelectorAll(selector)].every((element) =>
            element.shadowRoot?.querySelector('[part~="skeleton"]'),
          ),
        {},
        tags.join(', '),
      );
    },
    async close() {
      releaseFeeds = true;
      await Promise.all(heldFeeds.map((request) => request.continue()));
      await navigation;
      await page.close();
    },
  };
}

/** Tag, definition state and rendered height of every rolefit element in the document, in document order. */
const measureElements = (page) =>
  page.$$eval(tags.join(', '), (elements) =>
    elements.map((element) => ({
      tag: element.localName,
      defined: element.matches(':defined'),
      height: element.getBoundingClientRect().height,
    })),
  );

describe('demo pages in Chromium', () => {
  it('landing page: links to every demo page and copies the embed snippet', timeout, async () => {
    const opened = await openPage('');
    const { page } = opened;
    await assertAccessible(page, 'on the landing page');

    const links = await page.$$eval('main a[href]', (anchors) => anchors.map((anchor) => anchor.href));
    assert.ok(links.length >= 4, 'links to the demo pages');
    for (const link of links) assert.equal((await fetch(link)).status, 200, link);

    await allowClipboard(page);
    await page.click('button[data-copy="embed-snippet"]');
    await page.waitForFunction(() => document.getElementById('embed-status').textContent === 'Copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /<rolefit-advisor[^>]*><\/rolefit-advisor>/);
    assert.ok(copied.includes(placeholderStyle('rolefit-advisor')), 'the snippet reserves the advisor its height');

    await Promise.all([page.waitForNavigation(), page.click('main a[href="blog.html"]')]);
    assert.equal(new URL(page.url()).pathname, '/demo/blog.html');
    await finish(opened);
  });

  it('blog: the advisor loads only near the viewport, answers the quiz and lists courses', timeout, async () => {
    const opened = await openPage('blog.html');
    const { page, requested } = opened;
    const below = await page.$eval('rolefit-advisor', (element) => element.getBoundingClientRect().top - innerHeight);
    assert.ok(below > 300, `the advisor starts ${below}px below the fold, outside the lazy margin`);
    assert.ok(!requested.some((path) => path.endsWith('social-media.json')), 'no feed request before scrolling');

    await showWidget(page, 'rolefit-advisor');
    assert.ok(
      requested.some((path) => path.endsWith('/dist/feeds/social-media.json')),
      'the built-in feed loaded',
    );
    const firstQuestion = defaultFeed.questions[0].text.de;
    assert.deepEqual((await texts(page, 'rolefit-advisor', '[part~="question"] legend')).slice(0, 1), [firstQuestion]);
    await assertAccessible(page, 'with the quiz');

    await answerQuiz(page, 'rolefit-advisor');
    await page.waitForSelector(deep('rolefit-advisor', '[part~="course"]'), { visible: true });
    const roleNames = defaultFeed.roles.map((role) => role.name.de);
    const shownRoles = await texts(page, 'rolefit-advisor', '[part~="role"]');
    assert.ok(shownRoles.length > 0 && shownRoles.every((text) => roleNames.some((name) => text.includes(name))));
    await assertAccessible(page, 'with the result and the courses');
    await finish(opened);
  });

  it(
    'job board: the sidebar quiz narrows the course list to the top role; dark mode switches the widgets',
    timeout,
    async () => {
      const opened = await openPage('jobboard.html');
      const { page } = opened;
      await showWidget(page, '#quiz');
      const courses = await page.$('rolefit-courses');
      await courses.evaluate((element) => element.scrollIntoView());
      await page.waitForSelector(deep('rolefit-courses', '[part~="course"]'), { visible: true });
      await assertAccessible(page, 'before the quiz');

      const matched = await listenForMatch(page);
      await answerQuiz(page, '#quiz');
      const { top } = await matched();
      const titlesOfTop = dataFeed.courses.filter((course) => course.roles.includes(top)).map((course) => course.title);
      const shownTitles = () => texts(page, 'rolefit-courses', '[part~="course-title"]');
      await waitUntil(
        async () => (await shownTitles()).every((title) => titlesOfTop.includes(title)),
        `only courses for ${top} are listed`,
      );
      const shown = await shownTitles();
      assert.ok(shown.length > 0, 'courses for the top role are listed');
      assert.ok(shown.length < dataFeed.courses.length, 'the list is narrower than the whole feed');

      const quiz = await page.$('#quiz');
      const lightText = await quiz.evaluate((element) => getComputedStyle(element).color);
      await page.click('#theme-toggle');
      assert.equal(await page.$eval('html', (html) => getComputedStyle(html).colorScheme), 'dark');
      assert.equal(await page.$eval('#theme-toggle', (button) => button.getAttribute('aria-pressed')), 'true');
      assert.notEqual(
        await quiz.evaluate((element) => getComputedStyle(element).color),
        lightText,
        'widget text follows',
      );
      await assertAccessible(page, 'in dark mode');
      await finish(opened);
    },
  );

  it('configurator: the snippet and a fresh preview follow every setting', timeout, async () => {
    const opened = await openPage('configurator.html');
    const { page } = opened;
    const snippet = () => page.$eval('#snippet', (code) => code.textContent);
    await showWidget(page, '#preview rolefit-advisor');
    assert.match(
      await snippet(),
      /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/dist\/rolefit\.js"><\/script>/,
    );
    assert.match(await snippet(), /<rolefit-advisor lang="de" filters><\/rolefit-advisor>/);
    assert.ok(
      (await snippet()).includes(placeholderStyle('rolefit-advisor')),
      'the advisor snippet reserves its height',
    );
    await assertAccessible(page, 'with the default settings');

    await page.select('#lang', 'en');
    assert.match(await snippet(), /lang="en"/);
    assert.equal(await page.$eval('#preview rolefit-advisor', (element) => element.getAttribute('lang')), 'en');
    const legend = await page.waitForSelector(deep('#preview rolefit-advisor', '[part~="question"] legend'));
    await page.waitForFunction(
      (element, text) => element.textContent.trim() === text,
      {},
      legend,
      defaultFeed.questions[0].text.en,
    );

    await page.click('input[name="element"][value="rolefit-courses"]');
    assert.equal(await page.$eval('fieldset[data-attribute="layout"]', (fieldset) => fieldset.disabled), true);
    await page.type('#linkParams', 'utm_source=blog&utm_medium="demo"');
    assert.match(await snippet(), /^<rolefit-courses\b/m);
    assert.ok(
      (await snippet()).includes(placeholderStyle('rolefit-courses')),
      'the course list snippet reserves its height',
    );
    assert.match(await snippet(), /link-params="utm_source=blog&amp;utm_medium=&quot;demo&quot;"/);
    const preview = await page.$('#preview rolefit-courses');
    assert.equal(
      await preview.evaluate((element) => element.getAttribute('link-params')),
      'utm_source=blog&utm_medium="demo"',
    );
    const link = await page.waitForSelector(deep('#preview rolefit-courses', '[part~="course-link"]'), {
      visible: true,
    });
    assert.match(await link.evaluate((anchor) => anchor.href), /utm_source=blog/);

    await allowClipboard(page);
    await page.click('#copy');
    await page.waitForFunction(() => document.getElementById('copy-status').textContent === 'Copied.');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await snippet());
    await assertAccessible(page, 'with the course list');
    await finish(opened);
  });

  it('theming: each look shows the CSS file it applies, and a themed quiz reaches its result', timeout, async () => {
    const opened = await openPage('theming.html');
    const { page } = opened;
    for (const look of ['neutral', 'warm-editorial', 'high-contrast']) {
      const css = readFileSync(new URL(`../../demo/themes/${look}.css`, import.meta.url), 'utf8').trim();
      await page.waitForFunction((id) => document.getElementById(id).textContent !== '', {}, `css-${look}`);
      assert.equal(await page.$eval(`#css-${look}`, (code) => code.textContent), css, `${look}: the CSS on show`);
      await showWidget(page, `.rolefit-${look}`);
      // The light text colour of the look is what the widget actually uses.
      const hex = /--rolefit-text: light-dark\(#(\w{2})(\w{2})(\w{2})/.exec(css).slice(1);
      const rgb = `rgb(${hex.map((pair) => parseInt(pair, 16)).join(', ')})`;
      assert.equal(await page.$eval(`.rolefit-${look}`, (element) => getComputedStyle(element).color), rgb, look);
    }
    await assertAccessible(page, 'with the three looks');

    await answerQuiz(page, '.rolefit-high-contrast', (index) => index + 1);
    await page.waitForSelector(deep('.rolefit-high-contrast', '[part~="result"]'), { visible: true });
    await assertAccessible(page, 'with a result');
    await finish(opened);
  });

  it('every page fits a 320 px screen without sideways scrolling, widgets included', timeout, async () => {
    for (const path of ['', 'blog.html', 'jobboard.html', 'configurator.html', 'theming.html']) {
      const opened = await openPage(path, { width: 320, height: 640 });
      const { page } = opened;
      for (const widget of await page.$$('rolefit-advisor, rolefit-matcher, rolefit-courses')) {
        await widget.evaluate((element) => element.scrollIntoView());
        await page.waitForFunction(
          (element) => element.shadowRoot?.querySelector(':is([part~="question"], [part~="course"], rolefit-matcher)'),
          {},
          widget,
        );
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `/demo/${path} is ${width}px wide`);
      await finish(opened);
    }
  });

  it("demo/placeholder.css holds the same rules as the configurator's snippet", () => {
    const css = readFileSync(new URL('../../demo/placeholder.css', import.meta.url), 'utf8');
    for (const tag of tags) assert.ok(css.includes(placeholderCss(tag)), tag);
  });

  it(
    'configurator: the snippet and preview in its HTML are those configurator.js makes of the defaults',
    timeout,
    async () => {
      const opened = await openWithBundleHeld('configurator.html', { width: 1280, height: 800 });
      const shown = () =>
        opened.page.evaluate(() => ({
          snippet: document.getElementById('snippet').textContent,
          preview: document.getElementById('preview').innerHTML,
        }));
      const inHtml = await shown();
      await opened.defineElements();
      await opened.page.waitForFunction(
        (first) => document.getElementById('snippet').textContent !== first,
        {},
        inHtml.snippet,
      );
      const written = await shown();
      await opened.close();
      assert.equal(written.snippet.replace(`${origin}/dist/rolefit.js`, '../dist/rolefit.js'), inHtml.snippet);
      assert.equal(written.preview, inHtml.preview);
    },
  );

  // Issue #19: Lighthouse found CLS 0.299 on the job board, the sidebar quiz being 0 px tall until rolefit.js ran.
  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1280, height: 800 },
  ]) {
    for (const path of ['blog.html', 'jobboard.html', 'configurator.html', 'theming.html']) {
      it(
        `${path} at ${viewport.width} px: each element is as high before rolefit.js runs as its placeholder`,
        timeout,
        async () => {
          const opened = await openWithBundleHeld(path, viewport);
          const before = await measureElements(opened.page);
          await opened.defineElements();
          const after = await measureElements(opened.page);
          await opened.close();
          assert.ok(after.length > 0, 'the page has rolefit elements');
          assert.deepEqual(
            before.map(({ tag, defined }) => ({ tag, defined })),
            after.map(({ tag }) => ({ tag, defined: false })),
            'the same elements, all undefined while the bundle is held back',
          );
          for (const [index, { tag, height }] of after.entries()) {
            const reserved = before[index].height;
            assert.ok(
              Math.abs(reserved - height) <= 2,
              `${tag} #${index + 1}: ${reserved} px before, ${height} px after`,
            );
          }
        },
      );
    }
  }
});
