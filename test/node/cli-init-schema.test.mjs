import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { feedJsonSchema } from '../../lib/feed/json-schema.js';
import { rolefit, root, tempDir } from './cli-support.mjs';

const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const publishedSchema = `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/feed.schema.json`;

/** A project folder with this package installed as `node_modules/rolefit` (a link, as `npm link` makes it). */
function projectWithRolefit(t) {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', name), 'dir');
  return dir;
}

test('init writes a starter feed that passes validate --strict', (t) => {
  const dir = tempDir(t);
  const { code, stdout } = rolefit(['init', 'careers.json'], { cwd: dir });
  assert.equal(code, 0);
  assert.match(stdout, /Created careers\.json: 2 roles, 2 questions, 1 provider and 2 courses\./);
  const feed = JSON.parse(readFileSync(join(dir, 'careers.json'), 'utf8'));
  // No rolefit installed in the temporary folder or above it: the published schema of this version.
  assert.equal(feed.$schema, publishedSchema);
  assert.deepEqual(
    [feed.roles.length, feed.questions.length, feed.providers.length, feed.courses.length],
    [2, 2, 1, 2],
  );
  const checked = rolefit(['validate', 'careers.json', '--strict'], { cwd: dir });
  assert.equal(checked.code, 0, checked.stdout);
  assert.match(checked.stdout, /No lint warnings\./);
});

test('init points $schema at the installed package, relative to the feed in a subfolder, and says so', (t) => {
  const dir = projectWithRolefit(t);
  mkdirSync(join(dir, 'public/feeds'), { recursive: true });
  const { code, stdout } = rolefit(['init', 'public/feeds/careers.json'], { cwd: dir });
  assert.equal(code, 0);
  const feed = join(dir, 'public/feeds/careers.json');
  const { $schema } = JSON.parse(readFileSync(feed, 'utf8'));
  assert.equal($schema, '../../node_modules/rolefit/dist/feed.schema.json');
  assert.ok(existsSync(resolve(dirname(feed), $schema)), 'the reference reaches the schema from the feed');
  assert.match(
    stdout,
    /"\$schema": \.\.\/\.\.\/node_modules\/rolefit\/dist\/feed\.schema\.json, the schema in the installed rolefit package/,
  );

  assert.equal(rolefit(['init', 'feed.json'], { cwd: dir }).code, 0);
  assert.equal(
    JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).$schema,
    './node_modules/rolefit/dist/feed.schema.json',
  );
});

test('init without an installed package points $schema at the published schema of this version, and says so', (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'public'));
  const { code, stdout } = rolefit(['init', 'public/careers.json'], { cwd: dir });
  assert.equal(code, 0);
  assert.equal(JSON.parse(readFileSync(join(dir, 'public/careers.json'), 'utf8')).$schema, publishedSchema);
  assert.ok(stdout.includes(`"$schema": ${publishedSchema}, the published schema of rolefit ${version}`), stdout);
  assert.match(stdout, /there is no node_modules\/rolefit in the feed's folder or above it/);
});

test('init writes feed.json by default', (t) => {
  const dir = tempDir(t);
  assert.equal(rolefit(['init'], { cwd: dir }).code, 0);
  assert.ok(existsSync(join(dir, 'feed.json')));
});

test('init refuses to overwrite an existing file', (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'feed.json'), 'mine');
  const { code, stderr } = rolefit(['init'], { cwd: dir });
  assert.equal(code, 1);
  assert.match(stderr, /feed\.json already exists: rolefit init never overwrites a file\./);
  assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), 'mine');
  assert.match(rolefit(['init', 'no/such/dir/feed.json'], { cwd: dir }).stderr, /its folder does not exist/);
});

test("schema prints the feed's JSON Schema", () => {
  const { code, stdout } = rolefit(['schema']);
  assert.equal(code, 0);
  assert.deepEqual(JSON.parse(stdout), feedJsonSchema());
  assert.equal(JSON.parse(stdout).title, 'rolefit feed v1');
});
