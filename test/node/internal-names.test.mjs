// The build's rename table (scripts/internal-names.mjs): its names are renamed in dist/rolefit.js, and its checks
// refuse a public name or a name the code reads through a string. Runs after the build (lib/ and dist/).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseAst } from 'rollup/parseAst';
import { internalPropertyNames, namesAsStrings, publicNameClashes } from '../../scripts/internal-names.mjs';

test('no name of the table crosses the public boundary', async () => {
  assert.deepEqual(await publicNameClashes(internalPropertyNames), []);
});

test('the check refuses public names of every kind', async () => {
  const clashes = await publicNameClashes(['informal', 'roles', 'loading', 'score', 'signal', 'chosen']);
  const about = (name) => clashes.filter((clash) => clash.startsWith(`"${name}"`)).join('; ');
  assert.match(about('informal'), /custom-elements\.json/, 'an attribute and property of the elements');
  assert.match(about('roles'), /feed key/);
  assert.match(about('loading'), /UI string key/);
  assert.match(about('score'), /event detail key/, 'rolefit-match: roles[].score');
  assert.match(about('signal'), /DOM or built-in/);
  assert.equal(about('chosen'), '', 'internal state is not public');
});

test('a name read through a string is found (terser would rename the property but not the string)', () => {
  const code = "if (changed.has('chosen')) this.chosen = {}; const key = `copyState`; this.announcement = '';";
  assert.deepEqual(namesAsStrings(parseAst(code), ['chosen', 'copyState', 'announcement']), ['chosen', 'copyState']);
});

test("dist/rolefit.js holds none of the table's names as a property", () => {
  const bundle = readFileSync(new URL('../../dist/rolefit.js', import.meta.url), 'utf8');
  // A property read follows a name, `)` or `]` (a CSS class such as `.missing` follows `}`, `,` or a space).
  const left = internalPropertyNames.filter((name) => new RegExp(`[\\w$)\\]][.]${name}\\b|[{,]${name}:`).test(bundle));
  assert.deepEqual(left, []);
});
