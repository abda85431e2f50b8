import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatProblem } from '../../lib/feed/problems.js';
import { parseFeed } from '../../lib/feed/parse.js';
import { wantsColor } from '../../lib/cli/output.js';
import { fixture, hasStackTrace, rolefit, runRolefit, tempDir } from './cli-support.mjs';

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
  const ok = await runRolefit(['validate', `${origin}/feed.json`, ...today]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /is valid: 3 roles/);
  const missing = await runRolefit(['validate', `${origin}/gone.json`]);
  assert.equal(missing.code, 1);
  assert.match(
    missing.stderr,
    /The feed server answered 404 "Not Found" for http:\/\/127\.0\.0\.1:\d+\/gone\.json\. Check the feed address\.\n$/,
  );
});

test('colour only on a terminal, and never with NO_COLOR', () => {
  assert.equal(wantsColor({ isTTY: true }, {}), true);
  assert.equal(wantsColor({ isTTY: true }, { NO_COLOR: '1' }), false);
  assert.equal(wantsColor({ isTTY: false }, {}), false);
  assert.equal(wantsColor({}, {}), false);
});

test('a flood of problems: a short report that counts the rest (#19)', (t) => {
  const feed = base();
  feed.roles.push({ id: 'flood', name: 'F', summary: 's', tasks: new Array(300_000).fill(0) });
  feed.courses = Array.from({ length: 3000 }, (_, index) => ({
    ...feed.courses[0],
    id: `c${index}`,
    title: `Course ${index}`,
    topics: Array(10).fill(''),
  }));
  const { code, stdout } = rolefit(['validate', writeFeed(t, feed), ...today]);
  assert.equal(code, 1);
  assert.match(stdout, /feed\.json is not valid: 30011 problems\./);
  assert.match(stdout, /  - roles\[3\]: has more problems than the 10 looked for → roles\[3\] "flood" dropped/);
  assert.match(stdout, /\n  … and 29,911 more problems\n/);
  assert.ok(stdout.split('\n').length < 300, `${stdout.split('\n').length} lines`);
  const json = JSON.parse(rolefit(['validate', writeFeed(t, feed), '--json', ...today]).stdout);
  assert.equal(json.problems.length, 100);
  assert.equal(json.unlistedProblems, 29_911);
});

test('a language tag Intl refuses is a problem, with or without --strict (#19)', (t) => {
  const feed = base();
  feed.courses[0].language = 'fr-12';
  feed.courses[1].language = 'en-ab-cd';
  const file = writeFeed(t, feed);
  const { code, stdout } = rolefit(['validate', file, ...today]);
  assert.equal(code, 1);
  assert.match(stdout, /courses\[0\]\.language: must be a language code such as "de" or "en" \(got "fr-12"\)/);
  assert.match(stdout, /courses\[1\]\.language: must be a language code such as "de" or "en" \(got "en-ab-cd"\)/);
  assert.equal(rolefit(['validate', file, '--strict', ...today]).code, 1);
});

test('weights out of range say what is wrong (#19)', (t) => {
  const feed = base();
  feed.questions[0].options[0].weights = { [feed.roles[0].id]: 1e308 };
  const text = JSON.stringify(feed).replace(/("weights":\{"[^"]+":)1e\+308/, '$11e400');
  assert.notEqual(text, JSON.stringify(feed));
  const infinite = rolefit(['validate', writeFeed(t, text), ...today]).stdout;
  assert.match(infinite, /weights\.\S+: must be a finite number, not Infinity \(got Infinity\)/);
  assert.doesNotMatch(infinite, /not a number|\(got null\)/);
  const huge = rolefit(['validate', writeFeed(t, feed, 'huge.json'), ...today]).stdout;
  assert.match(huge, /weights\.\S+: must be a number from 0 to 1000 \(got 1e\+308\)/);
});

test('parseFeed in Node: the error says what to fix and carries the problems (#19)', () => {
  const feed = base();
  feed.roles = feed.roles.map((role) => ({ ...role, name: {} }));
  assert.throws(
    () => parseFeed(feed),
    (error) => {
      assert.equal(error.kind, 'invalid');
      assert.match(
        error.message,
        /^The feed has no valid role\. Fix these problems:\n  - roles\[0\]\.name: must have at least one translation/,
      );
      assert.ok(!/console/.test(error.message), error.message);
      assert.equal(error.problems.length, feed.roles.length);
      assert.equal(error.message.split('\n').length, 1 + Math.min(5, feed.roles.length));
      return true;
    },
  );
});

test('a flood of lint warnings: the report prints the first 50 and counts the rest', (t) => {
  const feed = base();
  feed.courses = Array.from({ length: 300 }, (_, index) => ({ ...feed.courses[0], id: `c${index}` }));
  const { code, stdout } = rolefit(['validate', writeFeed(t, feed), ...today]);
  assert.equal(code, 0);
  assert.match(stdout, /301 lint warnings:/);
  assert.equal(stdout.match(/ \[[a-z-]+\]\n/g).length, 50);
  assert.match(stdout, /\n  … and 251 more \(all of them with --json\)\n?$/);
});
