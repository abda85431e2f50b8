// Server rendering (Next.js, Astro, SvelteKit import modules on the server): importing each entry in plain Node
// neither throws nor reads `document`, `window` or the other browser globals; `rolefit/feed` works without a DOM.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = `${root}.tmp/ssr-import`;

// Runs in a fresh Node process: traps on the browser globals record every read made by rolefit's own modules (Lit's
// Node build reads \`document\` once to see whether there is one: that is its SSR support, not a use of the DOM).
const probe = `
const touched = [];
const ours = /[/](lib|dist)[/]/;
for (const name of ['document', 'window', 'navigator', 'location', 'localStorage', 'sessionStorage', 'matchMedia', 'IntersectionObserver']) {
  if (name in globalThis) continue;
  Object.defineProperty(globalThis, name, { configurable: true, get() {
    const caller = new Error().stack.split('\\n').slice(2).find((line) => !line.includes('node:internal'));
    if (caller && ours.test(caller) && !caller.includes('/node_modules/')) touched.push(name + ' ' + caller.trim());
    return undefined;
  } });
}
const entry = process.argv[2];
const module = await import(entry);
console.log(JSON.stringify({ touched, exports: Object.keys(module).length }));
`;

function importInNode(entry) {
  const result = spawnSync(process.execPath, ['probe.mjs', entry], { cwd: dir, encoding: 'utf8' });
  assert.equal(result.status, 0, `import('${entry}') failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1));
}

rmSync(dir, { recursive: true, force: true });
mkdirSync(`${dir}/node_modules`, { recursive: true });
symlinkSync(root, `${dir}/node_modules/rolefit`, 'dir');
writeFileSync(`${dir}/probe.mjs`, probe);

for (const entry of ['rolefit', 'rolefit/define', 'rolefit/feed', 'rolefit/react']) {
  test(`import('${entry}') in Node neither throws nor touches the DOM`, () => {
    const { touched, exports } = importInNode(entry);
    assert.deepEqual(touched, []);
    if (entry !== 'rolefit/define') assert.ok(exports > 0);
  });
}

test('rolefit/feed parses and validates the default feed in Node, without any DOM', () => {
  writeFileSync(
    `${dir}/feed.mjs`,
    `import { readFileSync } from 'node:fs';
import { parseFeed } from 'rolefit/feed';
const { feed, problems } = parseFeed(JSON.parse(readFileSync('node_modules/rolefit/dist/feeds/social-media.json', 'utf8')));
console.log(JSON.stringify({ roles: feed.roles.length, problems: problems.length, document: typeof document }));`,
  );
  const result = spawnSync(process.execPath, ['feed.mjs'], { cwd: dir, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const summary = JSON.parse(result.stdout);
  assert.ok(summary.roles > 0);
  assert.deepEqual({ problems: summary.problems, document: summary.document }, { problems: 0, document: 'undefined' });
});
