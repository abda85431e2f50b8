import assert from 'node:assert/strict';
import { once } from 'node:events';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { deep, launchChromium } from '../../scripts/demo-browser.mjs';
import { fixture, rolefit, startRolefit, tempDir } from './cli-support.mjs';

/** Starts `rolefit preview` on a free port; resolves to its base URL once it prints it. */
async function startPreview(t, feed, options = []) {
  const child = startRolefit(['preview', feed, '--port', '0', ...options]);
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = once(child, 'exit');
  t.after(() => child.exitCode === null && child.kill('SIGKILL'));
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout);
      if (match) resolve(match[0]);
    });
    child.on('exit', () => reject(new Error(`preview exited early: ${stderr}`)));
  });
  return { child, url, exited, stdout: () => stdout, stderr: () => stderr };
}

/** A copy of the fixture feed with its `lang` set, in a fresh folder. */
function feedInLang(t, lang, { bom = '' } = {}) {
  const feed = join(tempDir(t), 'feed.json');
  const json = JSON.stringify({ ...JSON.parse(readFileSync(fixture('base-feed.json'), 'utf8')), lang });
  writeFileSync(feed, bom + json);
  return feed;
}

/**
 * Opens the preview in headless Chromium until the course list has drawn; returns the page's `lang`, the course
 * list's text, and everything the console would show a feed editor besides feed problems (there are none here).
 */
async function openInBrowser(t, url) {
  const chromium = await launchChromium();
  t.after(() => chromium.close());
  const page = await chromium.browser.newPage();
  const noise = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') noise.push(`${message.type()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) noise.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.waitForSelector(deep('rolefit-courses', '[part~="count"]'));
  const courses = await page.$eval('rolefit-courses', (element) => element.shadowRoot.textContent);
  const lang = await page.$eval('html', (element) => element.lang);
  return { noise, courses, lang };
}

test('preview serves the demo page and the feed, re-read on every request, until Ctrl-C', async (t) => {
  const feed = join(tempDir(t), 'feed.json');
  copyFileSync(fixture('base-feed.json'), feed);
  const { child, url, exited, stderr } = await startPreview(t, feed);
  assert.match(url, /^http:\/\/127\.0\.0\.1:[1-9]\d*\/$/, 'the real port, not 0');

  const page = await fetch(url);
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.match(html, /<script type="module" src="\/dist\/rolefit\.js"><\/script>/);
  assert.match(html, /<rolefit-matcher id="quiz" lang="en" feed="\/feed\.json" loading="eager"><\/rolefit-matcher>/);
  assert.match(
    html,
    /<rolefit-courses matcher="quiz" lang="en" feed="\/feed\.json" filters loading="eager"><\/rolefit-courses>/,
  );
  assert.match(html, /<html lang="en">/);

  const first = await fetch(new URL('/feed.json', url));
  assert.equal(first.headers.get('content-type'), 'application/json; charset=utf-8');
  assert.deepEqual(await first.json(), JSON.parse(readFileSync(fixture('base-feed.json'), 'utf8')));
  const edited = { ...JSON.parse(readFileSync(feed, 'utf8')), lang: 'de' };
  writeFileSync(feed, JSON.stringify(edited));
  assert.equal((await (await fetch(new URL('/feed.json', url))).json()).lang, 'de');
  assert.match(stderr(), /feed\.json: valid\./);

  // An encoded slash survives URL normalisation: only the server's own check keeps it inside dist/.
  assert.equal((await fetch(new URL('/dist/..%2fpackage.json', url))).status, 404);
  assert.equal((await fetch(new URL('/nothing-here', url))).status, 404);

  child.kill('SIGINT');
  const [code] = await exited;
  assert.equal(code, 0);
});

test('the preview page logs nothing but feed problems: no favicon 404, no warning about its language', async (t) => {
  // A French feed: the widgets have no French UI, so the page must not leave them to warn about it.
  const { url, stdout } = await startPreview(t, feedInLang(t, 'fr'));
  assert.match(stdout(), /in English \(the feed's lang "fr" has no UI strings; --lang de or en chooses\)/);
  const { noise, courses, lang } = await openInBrowser(t, url);
  assert.deepEqual(noise, []);
  assert.equal(lang, 'en');
  assert.match(courses, /\d+ courses?\b/);
});

test('preview --lang de shows the page and the widgets in German, whatever the feed lang', async (t) => {
  const { url, stdout } = await startPreview(t, feedInLang(t, 'en'), ['--lang', 'de']);
  assert.match(stdout(), /in German \(--lang de\)/);
  const html = await (await fetch(url)).text();
  assert.match(html, /<title>rolefit-Vorschau: feed\.json<\/title>/);
  assert.match(html, /Ändern Sie den Feed und laden Sie diese Seite neu/);
  assert.doesNotMatch(html, /Edit the feed/);
  const { noise, courses, lang } = await openInBrowser(t, url);
  assert.deepEqual(noise, []);
  assert.equal(lang, 'de');
  assert.match(courses, /\d+ Weiterbildung/);
});

test('preview follows the feed lang when it has UI strings for it', async (t) => {
  // With a byte order mark, as Windows editors save it.
  const { url, stdout } = await startPreview(t, feedInLang(t, 'de-AT', { bom: '\uFEFF' }));
  assert.match(stdout(), /in German \(the feed's lang "de-AT"; --lang en switches\)/);
  assert.match(await (await fetch(url)).text(), /<html lang="de">/);
});

test('preview --lang refuses a language it has no page for, naming the ones it has', () => {
  const { code, stderr } = rolefit(['preview', fixture('base-feed.json'), '--port', '0', '--lang', 'fr']);
  assert.equal(code, 2);
  assert.match(stderr, /--lang must be de or en, not "fr"\./);
  assert.match(rolefit(['help', 'preview']).stdout, /--lang <de\|en> +The language of the page and the widgets/);
});

test('preview refuses a missing feed and a bad port', () => {
  const missing = rolefit(['preview', 'no-such-feed.json', '--port', '0']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /File not found: no-such-feed\.json/);
  const port = rolefit(['preview', fixture('base-feed.json'), '--port', 'eighty']);
  assert.equal(port.code, 2);
  assert.match(port.stderr, /--port must be a whole number from 0 to 65535/);
});

test('preview refuses a port that is not written as a whole number instead of serving on another one', () => {
  // Number() reads all of these (0x50 is 80, "" and " " are 0: any free port).
  for (const text of ['0x50', '8080.0', '1e3', ' ']) {
    const { code, stderr } = rolefit(['preview', fixture('base-feed.json'), '--port', text], { timeout: 10_000 });
    assert.equal(code, 2, `--port ${JSON.stringify(text)}`);
    assert.match(stderr, /--port must be a whole number from 0 to 65535/);
  }
  const empty = rolefit(['preview', fixture('base-feed.json'), '--port='], { timeout: 10_000 });
  assert.equal(empty.code, 2);
  assert.match(empty.stderr, /--port needs a value \(N\)/);
});
