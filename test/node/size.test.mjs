// The size policy (docs/architecture.md): dist/rolefit.js, built by `npm test` before this runs, is one ES module
// with everything in it, never over the hard ceiling of 28 KiB min+gzip. Below that, the budget is the last measured
// size plus 2 %, so growth fails the suite and has to be looked at; lower it when the bundle shrinks, raise it only
// with a reason in the commit. Bytes are won by the build or the architecture, never by golfing src/.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const ceiling = 28 * 1024;
const measured = 28_255;
const budget = Math.min(ceiling, Math.round(measured * 1.02));

test(`dist/rolefit.js stays within ${budget} bytes min+gzip (ceiling ${ceiling})`, () => {
  const bundle = readFileSync(new URL('../../dist/rolefit.js', import.meta.url));
  const gzipped = gzipSync(bundle, { level: 9 }).length;
  console.log(
    `dist/rolefit.js: ${bundle.length} bytes min, ${gzipped} bytes min+gzip (budget ${budget}, ceiling ${ceiling})`,
  );
  assert.ok(gzipped <= ceiling, `${gzipped} bytes min+gzip is over the hard ceiling of ${ceiling} bytes`);
  assert.ok(
    gzipped <= budget,
    `${gzipped} bytes min+gzip is over the budget of ${budget} bytes (measured ${measured} + 2 %)`,
  );
});

test('dist/rolefit.js is one file: no import statements, no dynamic import()', () => {
  const code = readFileSync(new URL('../../dist/rolefit.js', import.meta.url), 'utf8');
  assert.doesNotMatch(code, /(^|[;\s}])import\s*[\s{*"'(]/, 'found an import');
  assert.doesNotMatch(code, /\bimport\s*\(/, 'found a dynamic import()');
});
