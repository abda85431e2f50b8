// rolefit import --from schema-org: a JSON-LD Course, an ItemList and an @graph in HTML pages, over HTTP too.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { test } from 'node:test';
import { spawn } from 'node:child_process';
import { rolefit, root, tempDir } from './cli-support.mjs';

const fixture = (name) => join(root, 'test/fixtures/import', name);
const feedArgs = ['--feed', fixture('base-feed.json'), '--roles', fixture('roles.json')];
const imported = (run) => JSON.parse(run.stdout).courses.slice(3);

test('maps a Course: offers, hasCourseInstance, credential, occupationalCategory → role, HTML → text', () => {
  const run = rolefit([
    'import',
    '--from',
    'schema-org',
    fixture('schema-org-course.jsonld'),
    '--feed',
    fixture('base-feed.json'),
  ]);
  assert.equal(run.code, 0, run.stderr);
  // No --roles: the ISCO-08 code matches the role whose codes list it.
  assert.deepEqual(imported(run), [
    {
      id: 'schemaorg-school-example-courses-seo-course',
      title: 'SEO basics',
      format: 'onsite',
      price: { amount: 390, currency: 'EUR' },
      hours: 24,
      start: '2027-05-03',
      location: 'Hamburg',
      certificate: 'Certificate of attendance',
      url: 'https://school.example/courses/seo',
      language: 'de',
      provider: 'schemaorg-Example-School',
      roles: ['analyst'],
    },
  ]);
});

test('source ids that differ only in punctuation give two courses, and providers likewise, said on stderr', (t) => {
  const course = (url, provider) => ({
    '@type': 'Course',
    name: `Course at ${url}`,
    url,
    provider: { '@type': 'Organization', name: provider },
  });
  const file = join(tempDir(t), 'courses.jsonld');
  writeFileSync(
    file,
    JSON.stringify([
      course('https://school.example/c/1', 'A.B Akademie'),
      course('https://school.example/c-1', 'A B Akademie'),
    ]),
  );
  const run = rolefit(['import', '--from', 'schema-org', file, ...feedArgs, '--role', 'host']);
  assert.equal(run.code, 0, run.stderr);
  const courses = imported(run);
  const ids = courses.map((entry) => entry.id);
  assert.equal(ids.length, 2);
  assert.equal(ids[0], 'schemaorg-school-example-c-1');
  assert.match(ids[1], /^schemaorg-school-example-c-1-[0-9a-f]{10}$/);
  assert.notEqual(courses[0].provider, courses[1].provider);
  assert.match(run.stderr, /its id "schemaorg-school-example-c-1" is another course's of this input/);
});

test('reads an ItemList from an HTML page, reports the bad course per item, skips other scripts', () => {
  const run = rolefit([
    'import',
    '--from',
    'schema-org',
    fixture('schema-org-itemlist.html'),
    ...feedArgs,
    '--role',
    'host',
    '--provider-type',
    'academy',
  ]);
  assert.equal(run.code, 1);
  const [apps] = imported(run);
  assert.deepEqual(
    [apps.id, apps.format, apps.weeks, apps.roles],
    ['schemaorg-school-example-courses-apps', 'blended', 6, ['maker']],
  );
  assert.match(
    run.stderr,
    /JSON-LD block 1, course 2 \("https:\/\/school.example\/courses\/talk"\): left out\n {2}- price.amount: must be a number ≥ 0/,
  );
  assert.equal(JSON.parse(run.stdout).providers.at(-1).type, 'academy');
  assert.match(run.stderr, /New providers \(type "academy", --provider-type\)/);
});

test('reads an @graph over HTTP (127.0.0.1) and matches the provider by name', async (t) => {
  const server = createServer((request, response) =>
    response.writeHead(200, { 'content-type': 'text/html' }).end(readFileSync(fixture('schema-org-graph.html'))),
  );
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  t.after(() => server.close());
  const url = `http://127.0.0.1:${server.address().port}/courses.html`;
  const run = await new Promise((done) => {
    const child = spawn(process.execPath, [
      join(root, 'bin/rolefit.js'),
      'import',
      '--from',
      'schema-org',
      url,
      ...feedArgs,
    ]);
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.on('close', (code) => done({ code, stdout }));
  });
  assert.equal(run.code, 0);
  assert.deepEqual(
    imported(run).map((course) => [course.id, course.provider, course.roles]),
    [['schemaorg-G-1', 'acad', ['host']]],
  );
});

test('refuses a page without JSON-LD and an unknown format, never writing', () => {
  const none = rolefit(['import', '--from', 'schema-org', fixture('../cli/courses.csv'), ...feedArgs]);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /is not valid JSON/);
  const bad = rolefit(['import', '--from', 'xml', 'x', ...feedArgs]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--from must be one of csv, moochub, schema-org/);
});
