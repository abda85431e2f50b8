// The feed fields the importers fill: role codes (formats checked) and skills with ESCO URLs (linted).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { rolefit, root, tempDir } from './cli-support.mjs';

const base = () => JSON.parse(readFileSync(join(root, 'test/fixtures/import/base-feed.json'), 'utf8'));

test('validate accepts the import fixture with codes and skill objects, and words bad codes', (t) => {
  const dir = tempDir(t);
  const feed = base();
  writeFileSync(join(dir, 'good.json'), JSON.stringify(feed));
  assert.equal(rolefit(['validate', join(dir, 'good.json')]).code, 0);
  feed.roles[0].codes = { isco08: '24130', kldb2010: '7221', onetSoc: '27-3031' };
  writeFileSync(join(dir, 'bad.json'), JSON.stringify(feed));
  const run = rolefit(['validate', join(dir, 'bad.json')]);
  assert.equal(run.code, 1);
  assert.match(run.stdout, /codes\.isco08: must be an ISCO-08 code: 4 digits/);
  assert.match(run.stdout, /codes\.kldb2010: must be a KldB 2010 code: 5 digits/);
  assert.match(run.stdout, /codes\.onetSoc: must be an O\*NET-SOC code such as "27-3031\.00"/);
});

test('lints an esco link that is not an ESCO skill', (t) => {
  const dir = tempDir(t);
  const feed = base();
  feed.courses[0].skills = [{ name: 'Budgeting', esco: 'http://data.europa.eu/esco/occupation/abc' }];
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
  const run = rolefit(['validate', join(dir, 'feed.json')]);
  assert.match(run.stdout, /course "c1"\n {2}- skills\[0\]\.esco is not an ESCO skill URL.*\[esco-not-a-skill\]/);
});
