// `npm run build`: lib/ (ES modules + .d.ts for npm users), dist/rolefit.js (the one-file bundle),
// dist/feeds/ (the default feed next to the bundle) and dist/feed.schema.json (generated from the zod schema).
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { run } from './run.mjs';

rmSync('lib', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });

await run('node', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json']);
if (existsSync('tsconfig.cli.json')) await run('node', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.cli.json']);

for (const target of ['lib/feeds', 'dist/feeds']) cpSync('src/feeds', target, { recursive: true });

const { feedJsonSchema } = await import('../lib/feed/json-schema.js');
mkdirSync('dist', { recursive: true });
writeFileSync('dist/feed.schema.json', `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);

await run('node', ['node_modules/rollup/dist/bin/rollup', '-c', '--silent']);
console.log('build: lib/, dist/rolefit.js, dist/feeds/, dist/feed.schema.json');
