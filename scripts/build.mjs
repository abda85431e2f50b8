// `npm run build`: lib/ (ES modules + .d.ts for npm users), dist/rolefit.js (the one-file bundle),
// dist/feeds/ (the default feed next to the bundle) and dist/feed.schema.json; src/feed/rules.generated.ts (the
// browser's feed rules) is rewritten when the zod schema changed. All three derive from the one zod schema.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { run } from './run.mjs';

rmSync('lib', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });

const tsc = () => run('node', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json']);
await tsc();
// The browser's feed rules are derived from the compiled zod schema; when the schema changed, write the new rules
// and compile once more so lib/ and the bundle carry them.
const rulesFile = 'src/feed/rules.generated.ts';
const { source: rules } = await import('./gen-rules.mjs');
if (readFileSync(rulesFile, 'utf8') !== rules) {
  writeFileSync(rulesFile, rules);
  console.log(`build: ${rulesFile} regenerated from the zod schema`);
  await tsc();
}
if (existsSync('tsconfig.cli.json')) await run('node', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.cli.json']);

for (const target of ['lib/feeds', 'dist/feeds']) cpSync('src/feeds', target, { recursive: true });

const { feedJsonSchema } = await import('../lib/feed/json-schema.js');
mkdirSync('dist', { recursive: true });
writeFileSync('dist/feed.schema.json', `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);

await run('node', ['node_modules/rollup/dist/bin/rollup', '-c', '--silent']);
console.log('build: lib/, dist/rolefit.js, dist/feeds/, dist/feed.schema.json');
