import assert from 'node:assert/strict';
import { once } from 'node:events';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixture, rolefit, startRolefit, tempDir } from './cli-support.mjs';

/** Starts `rolefit preview` on a free port; resolves to its base URL once it prints it. */
async function startPreview(t, feed) {
  const child = startRolefit(['preview', feed, '--port', '0']);
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
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
  return { child, url, exited, stderr: () => stderr };
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
  assert.match(html, /<rolefit-matcher id="quiz" feed="\/feed\.json" loading="eager"><\/rolefit-matcher>/);
  assert.match(html, /<rolefit-courses matcher="quiz" feed="\/feed\.json" filters loading="eager"><\/rolefit-courses>/);
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

test('preview refuses a missing feed and a bad port', () => {
  const missing = rolefit(['preview', 'no-such-feed.json', '--port', '0']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /File not found: no-such-feed\.json/);
  const port = rolefit(['preview', fixture('base-feed.json'), '--port', 'eighty']);
  assert.equal(port.code, 2);
  assert.match(port.stderr, /--port must be a whole number from 0 to 65535/);
});
