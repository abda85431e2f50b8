// Fails when the committed custom-elements.json no longer matches what the JSDoc generates.
import { readFileSync } from 'node:fs';
import { run } from './run.mjs';

const outdir = '.tmp/manifest';
await run('node', ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet'], {
  env: { ...process.env, CEM_OUTDIR: outdir },
});
const fresh = readFileSync(`${outdir}/custom-elements.json`, 'utf8');
const committed = readFileSync('custom-elements.json', 'utf8');
if (fresh !== committed) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
  process.exit(1);
}
console.log('custom-elements.json is up to date.');
