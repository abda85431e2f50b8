import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { feedJsonSchema } from '../../lib/feed/json-schema.js';
import { rolefit, tempDir } from './cli-support.mjs';

test('init writes a starter feed that passes validate --strict', (t) => {
  const dir = tempDir(t);
  const { code, stdout } = rolefit(['init', 'careers.json'], { cwd: dir });
  assert.equal(code, 0);
  assert.match(stdout, /Created careers\.json: 2 roles, 2 questions, 1 provider and 2 courses\./);
  const feed = JSON.parse(readFileSync(join(dir, 'careers.json'), 'utf8'));
  assert.equal(feed.$schema, './node_modules/rolefit/dist/feed.schema.json');
  assert.deepEqual(
    [feed.roles.length, feed.questions.length, feed.providers.length, feed.courses.length],
    [2, 2, 1, 2],
  );
  const checked = rolefit(['validate', 'careers.json', '--strict'], { cwd: dir });
  assert.equal(checked.code, 0, checked.stdout);
  assert.match(checked.stdout, /No lint warnings\./);
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
