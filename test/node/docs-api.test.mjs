// The element tables in docs/elements.md are generated from custom-elements.json (scripts/api-docs.mjs); they must
// not drift, and every element must have exactly one generated section.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

test('the API tables in the docs match custom-elements.json', () => {
  const result = spawnSync('node', ['scripts/api-docs.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
});
