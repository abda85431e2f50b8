// The package as npm would publish it (`npm pack`, after the build): what it ships, that every `exports` target is
// there and typed under node16 and bundler resolution, and that publint and arethetypeswrong find nothing.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Inside the repository, so the unpacked package finds its dependencies (lit) in the repository's node_modules.
const work = `${root}.tmp/package-check`;
const installed = `${work}/node_modules/rolefit`;
const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

/** Files the package may ship: the compiled library, the bundle and its feed, the CLI, the generated metadata. */
const shipped = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^bin\/rolefit\.js$/,
  /^custom-elements\.json$/,
  /^lib\/([\w-]+\/)*[\w.-]+\.(js|d\.ts|js\.map)$/,
  /^dist\/rolefit\.js(\.map)?$/,
  /^dist\/(feed\.schema|vscode\.html-custom-data|web-types)\.json$/,
  /^dist\/feeds\/[\w-]+\.json$/,
];

let packed;
let tarball;

function runTool(script, args) {
  return spawnSync(process.execPath, [`${root}node_modules/${script}`, ...args], { cwd: work, encoding: 'utf8' });
}

before(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  // --ignore-scripts: the test run has built already, and a second build would race the other node tests.
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
    cwd: root,
    encoding: 'utf8',
  });
  [packed] = JSON.parse(output);
  tarball = `${work}/${packed.filename}`;
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
});

test('the tarball holds only what a user runs or reads: no tests, fixtures or TypeScript sources', () => {
  const strays = packed.files.map((file) => file.path).filter((path) => !shipped.some((allowed) => allowed.test(path)));
  assert.deepEqual(strays, []);
  assert.ok(!packed.files.some((file) => /(^|\/)(test|tests|fixtures|src)\//.test(file.path)));
});

test('the default feed is shipped once', () => {
  const feeds = packed.files.filter((file) => file.path.endsWith('/social-media.json')).map((file) => file.path);
  assert.deepEqual(feeds, ['dist/feeds/social-media.json']);
  // The library's module points at that copy.
  assert.match(readFileSync(`${installed}/lib/default-feed.js`, 'utf8'), /'\.\.\/dist\/feeds\/social-media\.json'/);
});

test('every source map carries its sources', () => {
  const maps = packed.files.map((file) => file.path).filter((path) => path.endsWith('.map'));
  assert.ok(maps.length > 10);
  for (const path of maps) {
    const map = JSON.parse(readFileSync(`${installed}/${path}`, 'utf8'));
    assert.equal(map.sourcesContent?.length, map.sources.length, `${path} has no sourcesContent`);
    assert.ok(
      map.sourcesContent.every((text) => typeof text === 'string' && text.length > 0),
      path,
    );
  }
});

/** Every file an `exports` condition names, with the subpath it belongs to. */
function exportTargets() {
  const targets = [];
  const collect = (subpath, value) => {
    if (typeof value === 'string') targets.push({ subpath, target: value });
    else for (const condition of Object.values(value)) collect(subpath, condition);
  };
  for (const [subpath, value] of Object.entries(manifest.exports)) collect(subpath, value);
  return targets;
}

test('every exports target, "types", "bin" and the editor data named in package.json are in the tarball', () => {
  const files = new Set(packed.files.map((file) => file.path));
  const named = [
    ...exportTargets().map(({ target }) => target),
    manifest.types,
    manifest.main,
    ...Object.values(manifest.bin),
    manifest.customElements,
    ...(manifest.contributes?.html?.customData ?? []),
    manifest['web-types'],
  ].filter(Boolean);
  const missing = named.map((path) => path.replace(/^\.\//, '')).filter((path) => !files.has(path));
  assert.deepEqual(missing, []);
});

const typedEntries = Object.entries(manifest.exports)
  .filter(([, value]) => typeof value === 'object' && value.types)
  .map(([subpath]) => `rolefit${subpath.slice(1)}`);

for (const resolution of ['node16', 'bundler']) {
  test(`types resolve for every typed entry under ${resolution} resolution`, () => {
    const dir = `${work}/types-${resolution}`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/package.json`, '{ "type": "module" }');
    // A namespace import of each entry: an entry whose types do not resolve is an error, not an `any`.
    const lines = typedEntries.map((entry, index) => `import * as entry${index} from '${entry}';`);
    lines.push(`export const entries = [${typedEntries.map((_entry, index) => `entry${index}`).join(', ')}];`);
    writeFileSync(`${dir}/check.ts`, `${lines.join('\n')}\n`);
    const compilerOptions = {
      module: resolution === 'node16' ? 'node16' : 'es2022',
      moduleResolution: resolution,
      target: 'es2022',
      lib: ['es2022', 'dom', 'dom.iterable'],
      strict: true,
      noEmit: true,
      noImplicitAny: true,
      types: [],
      // Lit's own declarations are checked once (node16 is the stricter resolution); bundler only resolves.
      skipLibCheck: resolution === 'bundler',
    };
    writeFileSync(`${dir}/tsconfig.json`, JSON.stringify({ compilerOptions, files: ['check.ts'] }));
    const result = runTool('typescript/bin/tsc', ['-p', `${dir}/tsconfig.json`]);
    assert.equal(result.status, 0, `tsc (${resolution}) failed:\n${result.stdout}${result.stderr}`);
    assert.ok(typedEntries.length >= 4, typedEntries.join(', '));
  });
}

test('publint finds nothing in the tarball', () => {
  const result = runTool('publint/src/cli.js', ['run', '--strict', tarball]);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /All good!/);
});

test('arethetypeswrong finds nothing in the tarball (ESM-only profile: no CommonJS entry is offered)', () => {
  const result = runTool('@arethetypeswrong/cli/dist/index.js', ['--profile', 'esm-only', '--format', 'json', tarball]);
  const report = JSON.parse(result.stdout);
  const problems = Object.values(report.problems)
    .flat()
    .filter((problem) => problem.resolutionKind !== 'node10' && problem.resolutionKind !== 'node16-cjs');
  assert.deepEqual(problems, []);
  assert.equal(result.status, 0, result.stderr);
});
