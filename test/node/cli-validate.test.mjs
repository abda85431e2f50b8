import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatProblem } from '../../lib/feed/problems.js';
import { parseFeed } from '../../lib/feed/parse.js';
import { wantsColor } from '../../lib/cli/output.js';
import { fixture, hasStackTrace, rolefit, startRolefit, tempDir } from './cli-support.mjs';

const base = () => JSON.parse(readFileSync(fixture('base-feed.json'), 'utf8'));
const today = ['--today', '2026-11-28'];

function writeFeed(t, feed, name = 'feed.json') {
  const file = join(tempDir(t), name);
  writeFileSync(file, typeof feed === 'string' ? feed : JSON.stringify(feed, null, 2));
  return file;
}

/** A feed with three problems: one course dropped, one field ignored, one weight ignored. */
function brokenFeed() {
  const feed = base();
  feed.courses[1].provider = 'nobody';
  feed.courses[0].hours = 'forty';
  feed.questions[1].options[0].weights.ghost = 1;
  return feed;
}

test('a valid feed: exit 0 and a one-line summary', () => {
  const { code, stdout } = rolefit(['validate', fixture('base-feed.json'), ...today]);
  assert.equal(code, 0);
  assert.match(stdout, /base-feed\.json is valid: 3 roles, 2 questions, 3 providers, 3 courses\./);
});

test("problems: exit 1, each in the widget's words, grouped under its item, and what would still show", (t) => {
  const feed = brokenFeed();
  const { code, stdout } = rolefit(['validate', writeFeed(t, feed), ...today]);
  assert.equal(code, 1);
  assert.match(stdout, /feed\.json is not valid: 3 problems\./);
  const { problems } = parseFeed(feed);
  for (const problem of problems) assert.ok(stdout.includes(`  - ${formatProblem(problem)}`), formatProblem(problem));
  assert.match(
    stdout,
    /\ncourses\[1\] "c2"\n  - courses\[1\]\.provider: names a provider that is not in "providers" \(got "nobody"\)/,
  );
  assert.match(stdout, /\nquestions\[1\] "q2"\n  - questions\[1\]\.options\[0\]\.weights\.ghost:/);
  assert.match(
    stdout,
    /The widget would still show the rest: 1 of 3 courses dropped; kept: 3 roles, 2 questions, 3 providers\./,
  );
});

test('only ignored fields: still not valid, but every item would show', (t) => {
  const feed = base();
  feed.courses[0].hours = -1;
  const { code, stdout } = rolefit(['validate', writeFeed(t, feed), ...today]);
  assert.equal(code, 1);
  assert.match(stdout, /The widget would still show every item, without the ignored fields/);
});

test('a feed the widget rejects: exit 1 and the reason', (t) => {
  const { code, stdout } = rolefit(['validate', writeFeed(t, { version: 2, roles: [] })]);
  assert.equal(code, 1);
  assert.match(stdout, /cannot be used: The feed has "version": 2; this rolefit reads version 1\./);
  assert.match(stdout, /The widget would show nothing but an error\./);
});

test('--json prints the problems, counts and lints for other tools', (t) => {
  const { code, stdout } = rolefit(['validate', writeFeed(t, brokenFeed()), '--json', ...today]);
  assert.equal(code, 1);
  const result = JSON.parse(stdout);
  assert.equal(result.valid, false);
  assert.deepEqual(result.problems, parseFeed(brokenFeed()).problems);
  assert.deepEqual(
    result.counts.find((entry) => entry.list === 'courses'),
    { list: 'courses', total: 3, dropped: 1 },
  );
  assert.ok(result.lints.some((lint) => lint.rule === 'role-without-course' && lint.item === 'role "maker"'));
});

test('lint warnings print after a valid result and exit 0; --strict makes them exit 1', (t) => {
  const feed = base();
  delete feed.courses[0].price;
  const file = writeFeed(t, feed);
  const relaxed = rolefit(['validate', file, ...today]);
  assert.equal(relaxed.code, 0);
  assert.match(
    relaxed.stdout,
    /is valid[^]*lint warnings?:[^]*course "c1"\n  - has no price[^]*\[course-without-price\]\n    Fix: add "price"/,
  );
  assert.equal(rolefit(['validate', file, '--strict', ...today]).code, 1);
});

test('--today changes what "in the past" means and must be a date', () => {
  const file = fixture('base-feed.json');
  assert.doesNotMatch(rolefit(['validate', file, '--today', '2027-01-01']).stdout, /course-in-past/);
  assert.match(
    rolefit(['validate', file, '--today', '2027-02-15']).stdout,
    /course "c2"\n  - starts 2027-02-01, before today \(2027-02-15\)/,
  );
  const bad = rolefit(['validate', file, '--today', '15.02.2027']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--today must be a date written YYYY-MM-DD, not "15\.02\.2027"/);
});

test('not JSON: the line and column, and the line with a caret', (t) => {
  const file = writeFeed(t, '{\n  "version": 1,\n  "roles": [x]\n}');
  const { code, stdout, stderr } = rolefit(['validate', file]);
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.match(
    stderr,
    /feed\.json is not valid JSON: line 3, column 13: Unexpected token 'x'\.\n    "roles": \[x\]\n {14}\^/,
  );
  assert.match(
    rolefit(['validate', writeFeed(t, '{\n  "version": 1,\n}')]).stderr,
    /line 3, column 1: Expected double-quoted property name/,
  );
  assert.match(rolefit(['validate', writeFeed(t, '')]).stderr, /line 1, column 1: Unexpected end of the file/);
});

test('a byte order mark before the JSON is fine', (t) => {
  const file = writeFeed(t, `\uFEFF${readFileSync(fixture('base-feed.json'), 'utf8')}`);
  assert.equal(rolefit(['validate', file, ...today]).code, 0);
});

test('missing and unreadable files: one clear line, no stack trace, exit 1', (t) => {
  const missing = rolefit(['validate', 'no-such-feed.json']);
  assert.equal(missing.code, 1);
  assert.equal(missing.stderr.trim(), 'rolefit: File not found: no-such-feed.json');
  const folder = rolefit(['validate', tempDir(t)]);
  assert.equal(folder.code, 1);
  assert.match(folder.stderr, /is a folder, not a file\./);
  assert.ok(!hasStackTrace(missing.stderr + folder.stderr));
});

test('a feed URL is fetched and validated; an HTTP error is one clear line', async (t) => {
  const feedText = readFileSync(fixture('base-feed.json'), 'utf8');
  const server = createServer((request, response) => {
    if (request.url === '/feed.json') response.writeHead(200, { 'content-type': 'application/json' }).end(feedText);
    else response.writeHead(404).end('not here');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  const origin = `http://127.0.0.1:${server.address().port}`;
  // spawnSync would block this process's server, so run the CLI asynchronously.
  const run = (args) => collect(startRolefit(args));
  const ok = await run(['validate', `${origin}/feed.json`, ...today]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /is valid: 3 roles/);
  const missing = await run(['validate', `${origin}/gone.json`]);
  assert.equal(missing.code, 1);
  assert.match(
    missing.stderr,
    /The feed server answered 404 (Not Found )?for http:\/\/127\.0\.0\.1:\d+\/gone\.json\. Check the feed address\./,
  );
});

function collect(child) {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('colour only on a terminal, and never with NO_COLOR', () => {
  assert.equal(wantsColor({ isTTY: true }, {}), true);
  assert.equal(wantsColor({ isTTY: true }, { NO_COLOR: '1' }), false);
  assert.equal(wantsColor({ isTTY: false }, {}), false);
  assert.equal(wantsColor({}, {}), false);
});
