// A site's TypeScript compiles against the built package (lib/ and package.json "exports", as installed), through
// each entry a page imports: tag names and all five event details must be typed, not `any`.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = `${root}node_modules/typescript/bin/tsc`;
const template = readFileSync(new URL('consumer/page-script.ts.txt', import.meta.url), 'utf8');

const entries = {
  define: "import 'rolefit/define';",
  index: "import { RolefitMatcher } from 'rolefit';\nexport const matcherClass = RolefitMatcher;",
};

/** A throw-away project with `rolefit` installed as a link to this repository. */
function consumerProject(name, entry) {
  const dir = `${root}.tmp/consumer-${name}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${dir}/node_modules`, { recursive: true });
  symlinkSync(root, `${dir}/node_modules/rolefit`, 'dir');
  writeFileSync(`${dir}/page.ts`, template.replace(/^ENTRY$/m, entry));
  const compilerOptions = {
    target: 'es2022',
    module: 'es2022',
    moduleResolution: 'bundler',
    lib: ['es2022', 'dom', 'dom.iterable'],
    strict: true,
    noEmit: true,
    types: [],
  };
  writeFileSync(`${dir}/tsconfig.json`, JSON.stringify({ compilerOptions, files: ['page.ts'] }));
  return dir;
}

for (const [name, entry] of Object.entries(entries)) {
  test(`a page script importing "${entry.split('\n')[0]}" gets typed tags and events`, () => {
    const dir = consumerProject(name, entry);
    const result = spawnSync(process.execPath, [tsc, '-p', `${dir}/tsconfig.json`], { encoding: 'utf8' });
    assert.equal(result.status, 0, `tsc failed:\n${result.stdout}${result.stderr}`);
  });
}
