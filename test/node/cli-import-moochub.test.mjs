// rolefit import --from moochub: mapping, problem report, merge and re-import, pages over HTTP, --dry-run.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { test } from 'node:test';
import { rolefit, root, runRolefit, tempDir } from './cli-support.mjs';

const fixture = (name) => join(root, 'test/fixtures/import', name);
const feedArgs = ['--feed', fixture('base-feed.json'), '--roles', fixture('roles.json')];
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

test('maps a MOOChub page: title, url, dates, language, workload, free access, provider, skills, codes → role', () => {
  const run = rolefit(['import', '--from', 'moochub', fixture('moochub-page1.json'), ...feedArgs]);
  assert.equal(run.code, 0, run.stderr);
  const feed = JSON.parse(run.stdout);
  const course = feed.courses.find((entry) => entry.id === 'moochub-101');
  assert.deepEqual(course, {
    id: 'moochub-101',
    title: 'Spreadsheet & budget basics',
    format: 'online',
    price: { amount: 0, currency: 'EUR' },
    hours: 12,
    weeks: 4,
    start: '2027-04-12',
    certificate: 'record of achievement',
    url: 'https://mooc.example/courses/budget',
    skills: [
      {
        name: { en: 'Budgeting', de: 'Budgetierung' },
        esco: 'http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000002',
      },
    ],
    language: 'en',
    provider: 'moochub-Example-MOOC-Platform',
    roles: ['analyst'],
  });
  // A keyword of the map; an existing provider matched by name; a paid offer; an ISCED subject as a topic.
  const second = feed.courses.find((entry) => entry.id === 'moochub-102');
  assert.deepEqual(
    [second.roles, second.provider, second.price, second.topics],
    [['host'], 'acad', { amount: 49, currency: 'EUR' }, [{ en: 'Library, information and archival studies' }]],
  );
  assert.deepEqual(feed.providers.at(-1), {
    id: 'moochub-Example-MOOC-Platform',
    name: 'Example MOOC Platform',
    type: 'private',
    url: 'https://mooc.example/',
  });
  assert.match(run.stderr, /New providers \(type "private", the default; set another with --provider-type\)/);
  assert.match(run.stderr, /a file's links are not followed/);
});

test("lists unmatched and invalid courses in validate's words, exits 1, and still writes the valid rest", (t) => {
  const out = join(tempDir(t), 'feed.json');
  const run = rolefit(['import', '--from', 'moochub', fixture('moochub-page2.json'), ...feedArgs, '--out', out]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /page 1, course 1 \("103"\): left out\n {2}- no role matches "Origami for everyone"/);
  assert.match(
    run.stderr,
    /page 1, course 2 \("104"\): left out\n {2}- url: must be an absolute http:\/\/ or https:\/\/ URL/,
  );
  assert.match(run.stderr, /0 of 2 courses imported \(0 replaced, 0 added\); 1 left out; 1 without a role/);
  assert.equal(readJson(out).courses.length, 3);
});

test('re-importing replaces by the stable ids (no duplicates); --dry-run reports and writes nothing', (t) => {
  const dir = tempDir(t);
  const out = join(dir, 'feed.json');
  assert.equal(
    rolefit(['import', '--from', 'moochub', fixture('moochub-page1.json'), ...feedArgs, '--out', out]).code,
    0,
  );
  const again = rolefit([
    'import',
    '--from',
    'moochub',
    fixture('moochub-page1.json'),
    '--feed',
    out,
    '--roles',
    fixture('roles.json'),
    '--out',
    out,
  ]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, /2 of 2 courses imported \(2 replaced, 0 added\)/);
  const feed = readJson(out);
  assert.equal(feed.courses.length, 5);
  assert.equal(feed.providers.length, 4);
  writeFileSync(join(dir, 'before.json'), JSON.stringify(feed));
  const dry = rolefit([
    'import',
    '--from',
    'moochub',
    fixture('moochub-page1.json'),
    '--feed',
    fixture('base-feed.json'),
    '--role',
    'maker',
    '--out',
    out,
    '--dry-run',
  ]);
  assert.equal(dry.code, 0, dry.stderr);
  assert.match(
    dry.stderr,
    /Dry run: nothing written\.\nWould add 2 courses: moochub-101, moochub-102\.\nWould replace 0 courses\./,
  );
  assert.deepEqual(readJson(out), feed);
  assert.equal(dry.stdout, '');
});

test('follows links.next over HTTP up to --max-pages', async (t) => {
  const pages = { '/courses': 'moochub-page1.json', '/courses?page=2': 'moochub-page2.json' };
  const server = createServer((request, response) => {
    const file = pages[request.url];
    if (!file) return response.writeHead(404).end();
    const text = readFileSync(fixture(file), 'utf8').replace('"PAGE2"', '"/courses?page=2"');
    response.writeHead(200, { 'content-type': 'application/vnd.api+json' }).end(text);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  t.after(() => server.close());
  const url = `http://127.0.0.1:${server.address().port}/courses`;
  const all = await runRolefit(['import', '--from', 'moochub', url, ...feedArgs]);
  assert.match(all.stderr, /2 of 4 courses imported/);
  const one = await runRolefit(['import', '--from', 'moochub', url, ...feedArgs, '--max-pages', '1']);
  assert.match(one.stderr, /Stopped after 1 pages \(--max-pages\)/);
  assert.match(one.stderr, /2 of 2 courses imported/);
});
