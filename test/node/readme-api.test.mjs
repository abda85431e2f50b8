// The README's element tables are generated from custom-elements.json (scripts/api-docs.mjs); they must not drift.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

test('README.md API tables match custom-elements.json', () => {
  const result = spawnSync('node', ['scripts/api-docs.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
});
