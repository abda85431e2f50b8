// `npm run build`: lib/ (ES modules + .d.ts for npm users), dist/rolefit.js (the one-file bundle),
// dist/feeds/ (the default feed next to the bundle) and dist/feed.schema.json; src/feed/rules.generated.ts (the
// browser's feed rules) is rewritten when the zod schema changed. All three derive from the one zod schema.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { run } from './run.mjs';

// Everything the build says goes to standard error, so `npm pack --json` (which runs it as `prepack`) prints JSON.
const toStandardError = { stdio: ['inherit', 2, 'inherit'] };

rmSync('lib', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });

const tsc = (config) => run('node', ['node_modules/typescript/bin/tsc', '-p', config], toStandardError);
// The browser's feed rules are derived from the compiled zod schema: compile the schema alone, write the rules
// when the schema changed, then compile everything with them.
await tsc('tsconfig.schema.json');
const rulesFile = 'src/feed/rules.generated.ts';
const { source: rules } = await import('./gen-rules.mjs');
if (readFileSync(rulesFile, 'utf8') !== rules) {
  // On CI a stale committed file is an error, as a stale custom-elements.json is: the repository must hold it.
  if (process.env.CI) throw new Error(`${rulesFile} is stale: run \`npm run build\` and commit it.`);
  writeFileSync(rulesFile, rules);
  console.error(`build: ${rulesFile} regenerated from the zod schema`);
}
await tsc('tsconfig.json');
if (existsSync('tsconfig.cli.json')) await tsc('tsconfig.cli.json');

cpSync('src/feeds', 'dist/feeds', { recursive: true });

const { feedJsonSchema } = await import('../lib/feed/json-schema.js');
mkdirSync('dist', { recursive: true });
writeFileSync('dist/feed.schema.json', `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);

await run('node', ['node_modules/rollup/dist/bin/rollup', '-c', '--silent'], toStandardError);

// Framework types (JSX, Vue, Svelte) and editor data (VS Code, JetBrains), from the committed custom-elements.json.
const { generateFrameworkTypes } = await import('./gen-framework-types.mjs');
generateFrameworkTypes();

// The default feed ships once, in dist/feeds/ beside the bundle. The bundle keeps `./feeds/` (rollup has read
// lib/ by now); the library's module is pointed at the same copy, a path bundlers that honour
// `new URL(…, import.meta.url)` (Vite, webpack) copy into the built app.
const libraryFeedModule = 'lib/default-feed.js';
const compiled = readFileSync(libraryFeedModule, 'utf8');
const pointed = compiled.replace("'./feeds/", "'../dist/feeds/");
if (pointed === compiled) throw new Error(`${libraryFeedModule} no longer names './feeds/': update scripts/build.mjs.`);
writeFileSync(libraryFeedModule, pointed);
console.error('build: lib/, lib/frameworks/, dist/rolefit.js, dist/feeds/, dist/feed.schema.json, editor data');
