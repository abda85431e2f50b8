// rolefit export --to schema-org: one ItemList per role with three or more courses, with the schema.org types.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { rolefit, root, tempDir } from './cli-support.mjs';

test('writes ItemList > ListItem (url) > Course with Organization, Offer, CourseInstance and CategoryCode', (t) => {
  const dir = tempDir(t);
  const feed = JSON.parse(readFileSync(join(root, 'src/feeds/social-media.json'), 'utf8'));
  feed.roles[0].codes = { isco08: '2431' };
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
  const run = rolefit(['export', '--to', 'schema-org', join(dir, 'feed.json'), '--out', join(dir, 'out')]);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(readdirSync(join(dir, 'out')).sort(), feed.roles.map((role) => `${role.id}.jsonld`).sort());
  const list = JSON.parse(readFileSync(join(dir, 'out', `${feed.roles[0].id}.jsonld`), 'utf8'));
  assert.equal(list['@context'], 'https://schema.org');
  assert.equal(list['@type'], 'ItemList');
  assert.ok(list.itemListElement.length >= 3);
  assert.equal(list.numberOfItems, list.itemListElement.length);
  list.itemListElement.forEach((element, index) => {
    assert.equal(element['@type'], 'ListItem');
    assert.equal(element.position, index + 1);
    assert.equal(element.url, element.item.url);
    assert.equal(element.item['@type'], 'Course');
    assert.equal(element.item.provider['@type'], 'Organization');
    assert.equal(element.item.hasCourseInstance['@type'], 'CourseInstance');
    if (element.item.offers) assert.equal(element.item.offers['@type'], 'Offer');
    assert.deepEqual(element.item.occupationalCategory, [
      { '@type': 'CategoryCode', codeValue: '2431', inCodeSet: { '@type': 'CategoryCodeSet', name: 'ISCO-08' } },
    ]);
  });
});

test('a role with fewer than three courses gets no file, said on stderr', (t) => {
  const dir = tempDir(t);
  const run = rolefit(['export', join(root, 'test/fixtures/import/base-feed.json'), '--out', dir]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /role "analyst": 2 course\(s\), fewer than 3: no file written/);
  assert.deepEqual(readdirSync(dir), []);
});
