import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixture, hasStackTrace, rolefit, tempDir } from './cli-support.mjs';

const baseFeed = fixture('base-feed.json');
const read = (file) => readFileSync(file, 'utf8');
const coursesOf = (json) => JSON.parse(json).courses;

test('the committed round-trip fixture is exactly what import writes', () => {
  const { code, stdout, stderr } = rolefit([
    'import',
    fixture('courses.csv'),
    '--providers',
    fixture('providers.csv'),
    '--feed',
    baseFeed,
  ]);
  assert.equal(code, 0, stderr);
  // Regenerate with the same command plus `--out test/fixtures/cli/imported-feed.json` when the import changes.
  assert.equal(stdout, read(fixture('imported-feed.json')));
  assert.match(stderr, /providers\.csv: 1 of 1 provider row imported \(0 replaced, 1 added\)\./);
  assert.match(stderr, /courses\.csv: 4 of 4 course rows imported \(1 replaced, 3 added\)\./);
});

test('import → validate: the merged feed is valid', (t) => {
  const out = join(tempDir(t), 'merged.json');
  const imported = rolefit([
    'import',
    fixture('courses.csv'),
    '--providers',
    fixture('providers.csv'),
    '--feed',
    baseFeed,
    '--out',
    out,
  ]);
  assert.equal(imported.code, 0, imported.stderr);
  assert.equal(imported.stdout, '');
  const { code, stdout } = rolefit(['validate', out, '--today', '2026-11-28']);
  assert.equal(code, 0);
  assert.match(stdout, /is valid: 3 roles, 2 questions, 4 providers, 6 courses\./);
});

test('semicolons, BOM, CRLF, decimal commas, German dates, quotes and line breaks become the right values', () => {
  const courses = coursesOf(read(fixture('imported-feed.json')));
  const byId = Object.fromEntries(courses.map((course) => [course.id, course]));
  assert.deepEqual(
    courses.map((course) => course.id),
    ['c1', 'c2', 'c3', 'seo-basics', 'video-workshop', 'data-dive'],
    'rows replace the course with their id in place and append new ones',
  );
  assert.deepEqual(byId['seo-basics'].price, { amount: 1490.5, currency: 'EUR' });
  assert.equal(byId['seo-basics'].start, '2027-03-01');
  assert.deepEqual(byId['seo-basics'].title, { de: 'SEO-Grundlagen', en: 'SEO basics' });
  assert.deepEqual(byId.c2.title, { de: 'App-Grundlagen "kompakt"', en: 'App basics "compact"' });
  assert.equal(byId.c2.price.currency, undefined, 'an empty currency cell is left out, not invented');
  assert.equal(byId['video-workshop'].location, 'Berlin\nMitte');
  assert.deepEqual(byId['video-workshop'].roles, ['maker', 'host']);
  assert.equal(byId['video-workshop'].hours, 24.5);
  assert.equal(byId['data-dive'].price.amount, 1490.5);
});

test('comma-separated CSV without BOM, LF line ends and no final line break', () => {
  const { code, stdout } = rolefit(['import', fixture('courses-comma.csv'), '--feed', baseFeed]);
  assert.equal(code, 0);
  const [excel, hosting] = coursesOf(stdout).slice(3);
  assert.deepEqual(excel.price, { amount: 1490.5, currency: 'EUR' });
  assert.equal(hosting.title, 'Hosting, moderation and more');
  assert.deepEqual(hosting.roles, ['host', 'maker']);
  assert.equal(hosting.start, '2027-01-10');
});

test("bad rows: reported by line with the widget's words, left out, exit 1; unknown columns reported", () => {
  const { code, stdout, stderr } = rolefit(['import', fixture('courses-bad.csv'), '--feed', baseFeed]);
  assert.equal(code, 1);
  assert.deepEqual(
    coursesOf(stdout).map((course) => course.id),
    ['c1', 'c2', 'c3', 'ok-course'],
  );
  const expected = [
    'column "notes" ignored: it is not a course column',
    'line 3, course "negative": left out\n  - price.amount: must be a number ≥ 0 (got -5)',
    'line 4, course "ghost-provider": left out\n  - provider: names a provider that is not in "providers" (got "nobody")',
    'line 5, course "ghost-role": left out\n  - roles[1]: names a role that is not in "roles" (got "wizard")',
    'line 6, course "no-url": left out\n  - url: is required',
    'line 7, course "bad-date": left out\n  - price.amount: must be a number, not a string (got "ask us")\n  - start: must be a date that exists (got "2027-02-31")',
    'line 8, course "ok-course": left out\n  - id: repeats the id of an earlier entry (got "ok-course")',
    'line 9, course "multi\\nline id": left out\n  - id: must be 1–64 letters',
    '  - format: must be one of "online", "onsite", "blended" (got "weekly")',
    'courses-bad.csv: 1 of 8 course rows imported (0 replaced, 1 added); 7 left out.',
  ];
  for (const text of expected) assert.ok(stderr.includes(text), `stderr lacks: ${text}\n${stderr}`);
});

test('missing required columns: a clear error, nothing written, exit 1', () => {
  const { code, stdout, stderr } = rolefit(['import', fixture('courses-missing-columns.csv'), '--feed', baseFeed]);
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.match(
    stderr,
    /lacks required column\(s\): "format" or "form"; "url" or "link"\. The header line has: "id", "titel", "anbieter", "rollen"\./,
  );
});

test('an unclosed quote, a missing CSV and a missing --feed are clear errors', () => {
  const unclosed = rolefit(['import', fixture('courses-unclosed.csv'), '--feed', baseFeed]);
  assert.equal(unclosed.code, 1);
  assert.match(unclosed.stderr, /the quoted field that starts on line 2 is never closed/);
  const missing = rolefit(['import', 'nope.csv', '--feed', baseFeed]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /File not found: nope\.csv/);
  const noFeed = rolefit(['import', fixture('courses.csv')]);
  assert.equal(noFeed.code, 2);
  assert.match(noFeed.stderr, /needs --feed <feed\.json>/);
  assert.ok(!hasStackTrace(unclosed.stderr + missing.stderr + noFeed.stderr));
});

test('a base feed the widget would reject is refused, the hint to validate it on a line of its own', (t) => {
  const feed = join(tempDir(t), 'feed.json');
  writeFileSync(feed, JSON.stringify({ version: 1, roles: [{ id: 'writer' }] }));
  const { code, stderr } = rolefit(['import', fixture('courses.csv'), '--feed', feed]);
  assert.equal(code, 1);
  assert.match(stderr, /cannot be used as the base feed: The feed has no valid role\. Fix these problems:\n/);
  const lines = stderr.trimEnd().split('\n');
  assert.ok(lines.length > 2, stderr);
  assert.equal(lines.at(-1), `Run \`rolefit validate ${feed}\`.`);
});

test('--feed is never changed, unless --out names the same file', (t) => {
  const feed = join(tempDir(t), 'feed.json');
  copyFileSync(baseFeed, feed);
  const before = read(feed);
  const args = ['import', fixture('courses-comma.csv'), '--feed', feed];
  assert.equal(rolefit(args).code, 0);
  assert.equal(read(feed), before);
  const replaced = rolefit([...args, '--out', feed]);
  assert.equal(replaced.code, 0);
  assert.match(replaced.stderr, /Wrote .*feed\.json \(replacing the feed, as --out asked\)\./);
  assert.equal(coursesOf(read(feed)).length, 5);
});

test('a provider row that fails is left out, and so are the courses that need it', (t) => {
  const providers = join(tempDir(t), 'providers.csv');
  writeFileSync(providers, 'id,name,type\nstudio,Video Studio Academy,school\n');
  const { code, stdout, stderr } = rolefit([
    'import',
    fixture('courses.csv'),
    '--providers',
    providers,
    '--feed',
    baseFeed,
  ]);
  assert.equal(code, 1);
  assert.match(
    stderr,
    /providers\.csv line 2, provider "studio": left out\n  - type: must be one of "academy", "university", "private", "chamber" \(got "school"\)/,
  );
  assert.match(
    stderr,
    /courses\.csv line 5, course "video-workshop": left out\n  - provider: names a provider that is not in "providers"/,
  );
  assert.equal(JSON.parse(stdout).providers.length, 3);
});
