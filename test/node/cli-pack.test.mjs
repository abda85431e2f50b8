// rolefit pack, and validate/preview of a pack, on generated catalogues. Build first (the CLI runs from lib/).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseFeed } from '../../lib/feed/parse.js';
import { formatProblem } from '../../lib/feed/problems.js';
import { bin, fixture, hasStackTrace, rolefit, startRolefit, tempDir } from './cli-support.mjs';

const baseFeed = () => {
  const feed = JSON.parse(readFileSync(fixture('base-feed.json'), 'utf8'));
  feed.courses = [];
  return feed;
};
const roleIds = ['analyst', 'maker', 'host'];
const providerIds = ['acad', 'uni', 'ihk'];
const formats = ['online', 'onsite', 'blended'];

/** Course `index` of a generated catalogue: every 4th in two roles, every 3rd without a price. */
function makeCourse(index) {
  const roles = [roleIds[index % 3]];
  if (index % 4 === 0) roles.push(roleIds[(index + 1) % 3]);
  const course = {
    id: `c${index}`,
    title: `Course ${index}`,
    provider: providerIds[index % 3],
    roles,
    format: formats[(index >> 1) % 3],
    hours: 10 + (index % 50),
    url: `https://courses.example/${index}`,
  };
  if (index % 3 !== 0) course.price = { amount: 100 + ((index * 37) % 900) };
  if (index % 5 === 0) course.funding = ['bildungsgutschein'];
  return course;
}

const generated = (count) => Array.from({ length: count }, (_, index) => makeCourse(index));

function writeJson(dir, name, value) {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Every course file of a pack, by path relative to its folder: the bytes as text. */
function packFiles(out) {
  return Object.fromEntries(
    readdirSync(join(out, 'courses')).map((name) => [
      `courses/${name}`,
      readFileSync(join(out, 'courses', name), 'utf8'),
    ]),
  );
}

/** Packs `feed` into a fresh folder: { out, index, result }. */
function pack(t, feed, extra = []) {
  const dir = tempDir(t);
  const out = join(dir, 'pack');
  const result = rolefit(['pack', writeJson(dir, 'feed.json', feed), '--out', out, ...extra]);
  return { out, result, index: result.code === null ? undefined : readJson(join(out, 'index.json')) };
}

test('pack writes an index that is a valid feed without courses, and files per role in the default order', (t) => {
  const courses = generated(45);
  const { out, result, index } = pack(t, { ...baseFeed(), courses }, ['--max-courses-per-file', '10']);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /Packed 45 courses \(0 of 45 read dropped\) for 3 roles into \d+ course files/);
  assert.ok(!hasStackTrace(result.stderr));

  const { feed, problems } = parseFeed(index);
  assert.deepEqual(problems, []);
  assert.equal(feed.courses.length, 0);
  assert.deepEqual(Object.keys(index.pack.roles), roleIds);

  const files = packFiles(out);
  for (const roleId of roleIds) {
    const entry = index.pack.roles[roleId];
    const expected = courses.filter((course) => course.roles.includes(roleId));
    assert.equal(entry.courses, expected.length);
    assert.equal(entry.files.length, Math.ceil(expected.length / 10));
    const listed = [];
    entry.files.forEach((path, number) => {
      assert.match(path, new RegExp(`^courses/${roleId}-${number + 1}-[0-9a-f]{8}\\.json$`));
      const text = files[path];
      assert.equal(path.slice(-13, -5), createHash('sha256').update(text).digest('hex').slice(0, 8), 'content hash');
      const file = JSON.parse(text);
      assert.equal(file.version, 1);
      assert.ok(file.courses.length <= 10);
      listed.push(...file.courses);
    });
    // The default order (relevance) is the input order; a course of two roles is in the files of both.
    assert.deepEqual(
      listed.map((course) => course.id),
      expected.map((course) => course.id),
    );

    const count = (value) => expected.filter(value).length;
    const priced = expected.filter((course) => course.price).map((course) => course.price.amount);
    assert.deepEqual(entry.facets, {
      providerTypes: {
        academy: count((course) => course.provider === 'acad'),
        university: count((course) => course.provider === 'uni'),
        private: 0,
        chamber: count((course) => course.provider === 'ihk'),
      },
      formats: Object.fromEntries(formats.map((format) => [format, count((course) => course.format === format)])),
      funding: { bildungsgutschein: count((course) => course.funding) },
      price: { min: Math.min(...priced), max: Math.max(...priced) },
    });
  }
  // No file of another role and no temporary folder left behind.
  const listedFiles = roleIds.flatMap((roleId) => index.pack.roles[roleId].files);
  assert.deepEqual(Object.keys(files).sort(), listedFiles.sort());
  assert.deepEqual(readdirSync(out).sort(), ['courses', 'index.json']);
});

test('the same input gives the same files, byte for byte, from a feed, a feed listing courses first, and JSON Lines', (t) => {
  const courses = generated(30);
  const first = pack(t, { ...baseFeed(), courses });
  const again = pack(t, { ...baseFeed(), courses });
  // Courses before the roles and providers they name: they wait on disk until the base is known.
  const header = baseFeed();
  delete header.courses;
  const coursesFirst = pack(t, { courses, ...header });
  assert.deepEqual(
    Object.keys(JSON.parse(readFileSync(join(coursesFirst.out, '..', 'feed.json'), 'utf8')))[0],
    'courses',
  );
  const dir = tempDir(t);
  const lines = writeJson(dir, 'courses.jsonl', `${courses.map((course) => JSON.stringify(course)).join('\n')}\n`);
  const base = writeJson(dir, 'base.json', baseFeed());
  const out = join(dir, 'pack');
  const fromLines = rolefit(['pack', '--courses', lines, '--base', base, '--out', out]);
  assert.equal(fromLines.code, 0, fromLines.stderr);
  for (const other of [again, coursesFirst, { out }]) {
    assert.equal(
      readFileSync(join(other.out, 'index.json'), 'utf8'),
      readFileSync(join(first.out, 'index.json'), 'utf8'),
    );
    assert.deepEqual(packFiles(other.out), packFiles(first.out));
  }
});

test("broken courses are reported in validate's words and left out; the rest is packed; exit 1", (t) => {
  const courses = generated(12);
  courses[2].format = 'radio'; // a required field: dropped
  courses[5].hours = 'forty'; // an optional field: ignored, the course stays
  courses[7].provider = 'nobody'; // an unknown provider: dropped
  courses[9].id = 'c1'; // a repeated id: dropped
  const feed = { ...baseFeed(), courses };
  const { index, result } = pack(t, feed);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /feed\.json: 4 problems; the pack leaves out what they drop\./);
  assert.match(result.stderr, /Packed 9 courses \(3 of 12 read dropped\)/);
  for (const problem of parseFeed(feed).problems)
    assert.ok(result.stderr.includes(formatProblem(problem)), formatProblem(problem));
  const packed = Object.values(index.pack.roles).reduce((sum, role) => sum + role.courses, 0);
  const expected = courses.filter((_, position) => ![2, 7, 9].includes(position));
  assert.equal(
    packed,
    expected.reduce((sum, course) => sum + course.roles.length, 0),
  );
});

test('JSON Lines: a line that is not JSON is reported by its position and skipped; a base with courses is refused', (t) => {
  const dir = tempDir(t);
  const lines = [JSON.stringify(makeCourse(0)), '{"id": "c1", oops', '', JSON.stringify(makeCourse(3))];
  const file = writeJson(dir, 'courses.jsonl', `${lines.join('\n')}\n`);
  const base = writeJson(dir, 'base.json', baseFeed());
  const result = rolefit(['pack', '--courses', file, '--base', base, '--out', join(dir, 'pack')]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /courses\[1\]: is not valid JSON \(.+\) → courses\[1\] dropped/);
  assert.match(result.stderr, /Packed 2 courses \(1 of 3 read dropped\)/);

  const withCourses = writeJson(dir, 'full.json', { ...baseFeed(), courses: [makeCourse(0)] });
  const refused = rolefit(['pack', '--courses', file, '--base', withCourses, '--out', join(dir, 'other')]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /full\.json has 1 course: with --courses, every course comes from/);
});

test('help: rolefit help pack shows its options; the command list and validate name packs', () => {
  const help = rolefit(['help', 'pack']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: rolefit pack \[feed\] \[options\]/);
  for (const option of [
    '--out <folder>',
    '--courses <courses.jsonl>',
    '--base <feed.json>',
    '--max-courses-per-file <N>',
  ])
    assert.ok(help.stdout.includes(option), option);
  assert.match(rolefit(['--help']).stdout, /\n {2}pack +Split a large catalogue into a pack/);
  assert.match(
    rolefit(['help', 'validate']).stdout,
    /A pack \(see `rolefit help pack`\), given by its folder or index\.json/,
  );
});

test('command-line mistakes are usage errors; a feed that is not JSON is one clear line', (t) => {
  const dir = tempDir(t);
  const feed = writeJson(dir, 'feed.json', { ...baseFeed(), courses: generated(3) });
  assert.equal(rolefit(['pack', feed]).code, 2);
  assert.equal(rolefit(['pack', '--out', join(dir, 'x')]).code, 2);
  assert.equal(rolefit(['pack', feed, '--out', join(dir, 'x'), '--max-courses-per-file', '0']).code, 2);
  assert.equal(rolefit(['pack', feed, '--courses', feed, '--base', feed, '--out', join(dir, 'x')]).code, 2);
  const broken = writeJson(dir, 'broken.json', '{"version": 1, "roles": [');
  const result = rolefit(['pack', broken, '--out', join(dir, 'y')]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /broken\.json is not valid JSON/);
  assert.ok(!hasStackTrace(result.stderr));
});

test('validate: a good pack is valid; a damaged one names each file and count that is wrong', (t) => {
  const { out, index } = pack(t, { ...baseFeed(), courses: generated(25) }, ['--max-courses-per-file', '4']);
  const good = rolefit(['validate', out]);
  assert.equal(good.code, 0, good.stdout);
  assert.match(good.stdout, /index\.json is valid: 3 roles, 2 questions, 3 providers, 32 courses\./);
  assert.match(good.stdout, /Pack: 9 course files read/);

  const [analystFirst, analystSecond] = index.pack.roles.analyst.files;
  const [makerFirst] = index.pack.roles.maker.files;
  // A course broken inside a file (its hash no longer matches either), a file gone, a count that lies.
  const file = readJson(join(out, analystFirst));
  file.courses[1].url = 'ftp://nowhere';
  writeFileSync(join(out, analystFirst), JSON.stringify(file));
  unlinkSync(join(out, makerFirst));
  index.pack.roles.host.courses += 1;
  writeFileSync(join(out, 'index.json'), JSON.stringify(index));

  const bad = rolefit(['validate', join(out, 'index.json')]);
  assert.equal(bad.code, 1);
  assert.ok(bad.stdout.includes(`${analystFirst}: has changed since it was named`), bad.stdout);
  assert.ok(bad.stdout.includes(`${analystFirst} courses[1].url: must be an absolute http:// or https:// URL`));
  assert.ok(bad.stdout.includes(`${makerFirst}: is listed but missing → ${makerFirst} dropped`));
  assert.match(bad.stdout, /pack\.roles\.host\.courses: must be 10, the usable courses in the role's files \(got 11\)/);
  assert.match(bad.stdout, /pack\.roles\.analyst\.facets: must be/);
  assert.match(bad.stdout, /pack\.roles\.maker\.courses: must be/);
  assert.ok(!bad.stdout.includes(analystSecond), 'an intact file is not mentioned');

  const json = JSON.parse(rolefit(['validate', out, '--json']).stdout);
  assert.equal(json.valid, false);
  assert.equal(json.pack.files, 8);
});

test('validate: a broken "pack" field is reported at its path', (t) => {
  const { out, index } = pack(t, { ...baseFeed(), courses: generated(5) });
  index.pack.roles.analyst.files = ['../secrets.json'];
  index.pack.roles.ghost = index.pack.roles.maker;
  writeFileSync(join(out, 'index.json'), JSON.stringify(index));
  const result = rolefit(['validate', out]);
  assert.equal(result.code, 1);
  assert.match(result.stdout, /pack\.roles\.analyst\.files\[0\]: must be a relative path/);
  assert.ok(!hasStackTrace(result.stdout + result.stderr));
});

test('preview serves a pack: the index as the feed, and its course files', async (t) => {
  const { out, index } = pack(t, { ...baseFeed(), courses: generated(5) });
  const child = startRolefit(['preview', out, '--port', '0']);
  t.after(() => child.kill());
  let stdout = '';
  const port = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /127\.0\.0\.1:(\d+)/.exec(stdout);
      if (match && stdout.includes('Ctrl-C')) resolve(Number(match[1]));
    });
    child.once('exit', () => reject(new Error(`preview exited: ${stdout}`)));
  });
  assert.match(stdout, /is a pack index: its 3 course files are served too/);
  const feed = await fetch(`http://127.0.0.1:${port}/feed.json`);
  assert.deepEqual(await feed.json(), index);
  const path = index.pack.roles.host.files[0];
  const file = await fetch(`http://127.0.0.1:${port}/${path}`);
  assert.equal(file.status, 200);
  assert.match(file.headers.get('content-type'), /^application\/json/);
  assert.equal(await file.text(), readFileSync(join(out, path), 'utf8'));
  assert.equal((await fetch(`http://127.0.0.1:${port}/courses/nothing.json`)).status, 404);
});

/**
 * Runs `node <args>` in a child whose old space is capped at `heapLimit` MB, with its peak heap sampled by a
 * preloaded module every few milliseconds and at exit: the bound is on memory, never on time.
 */
function runWithHeapLimit(dir, heapLimit, args) {
  const sampler = writeJson(
    dir,
    'sampler.mjs',
    `import { writeSync } from 'node:fs';
let peak = 0;
const sample = () => { peak = Math.max(peak, process.memoryUsage().heapUsed); };
setInterval(sample, 2).unref();
process.on('exit', () => { sample(); writeSync(2, '\\npeak-heap ' + peak + '\\n'); });`,
  );
  const result = spawnSync(process.execPath, [`--max-old-space-size=${heapLimit}`, '--import', sampler, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { ...result, peak: Number(/peak-heap (\d+)/.exec(result.stderr)?.[1]) };
}

test('pack streams: 50,000 courses (32 MB) pack within a heap the catalogue parsed whole does not fit in', (t) => {
  const dir = tempDir(t);
  // Courses of a real catalogue's size (about 650 bytes of JSON each), so holding them all costs real memory.
  const topics = Array.from({ length: 8 }, (_, index) => `Topic ${index}: ${'lorem ipsum '.repeat(4)}`);
  const courses = generated(50_000).map((course) => ({ ...course, topics, location: `Room ${course.id}` }));
  const feed = writeJson(dir, 'feed.json', { ...baseFeed(), courses });
  const heapLimit = 32;
  const packed = runWithHeapLimit(dir, heapLimit, [bin, 'pack', feed, '--out', join(dir, 'pack')]);
  // What holding the catalogue costs: JSON.parse of the same file under the same limit runs out of memory, so
  // this test fails for a pack that reads its input whole.
  const whole = runWithHeapLimit(dir, heapLimit, [
    '-e',
    `JSON.parse(require('fs').readFileSync(${JSON.stringify(feed)}, 'utf8'))`,
  ]);
  t.diagnostic(`peak heap: pack ${packed.peak} bytes; JSON.parse of the feed exited ${whole.status}`);
  assert.equal(packed.status, 0, packed.stderr.slice(-2000));
  assert.match(packed.stderr, /Packed 50000 courses/);
  assert.ok(packed.peak < 2 * heapLimit * 1024 * 1024, `pack: peak heap ${packed.peak} bytes`);
  assert.notEqual(whole.status, 0, 'JSON.parse of the whole feed fits in the limit: the bound proves nothing');
});
