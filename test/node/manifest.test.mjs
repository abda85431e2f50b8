// custom-elements.json as tools read it (validator, generators, editors), and the framework types generated from it.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { validateCem } from '@wc-toolkit/cem-validator';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { elementsOnly, svelteTypes, vueTypes } from '../../scripts/gen-framework-types.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const tagged = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => ({ module, declaration })),
);

test('@wc-toolkit/cem-validator passes the manifest and package.json with every rule an error', async () => {
  const error = 'error';
  await validateCem(manifest, {
    packageJsonPath: `${root}package.json`,
    rules: {
      packageJson: { packageType: error, main: error, module: error, types: error, exports: error },
      manifest: {
        // The analyzer (0.11) writes schema 1.0.0; nothing we use changed since.
        schemaVersion: 'off',
        modulePath: error,
        definitionPath: error,
        typeDefinitionPath: error,
        // This rule wants each element module to re-export its event detail types; ours come from `rolefit`, which
        // the generated JSX/Vue/Svelte types import (the compile test below fails if one is missing).
        exportTypes: 'off',
        tagName: error,
      },
    },
  });
});

test('module paths name shipped modules, and every tag definition is recorded', () => {
  assert.equal(tagged.length, 3);
  const paths = manifest.modules.map((module) => module.path);
  assert.deepEqual(
    paths.filter((path) => !/^lib\/.+\.js$/.test(path) || !existsSync(`${root}${path}`)),
    [],
  );
  const definitions = manifest.modules
    .flatMap((module) => (module.exports ?? []).map((entry) => ({ module: module.path, entry })))
    .filter(({ entry }) => entry.kind === 'custom-element-definition');
  assert.deepEqual(
    definitions.map(({ module, entry }) => `${module} ${entry.name} ${entry.declaration.name}`).sort(),
    tagged.map(({ declaration }) => `lib/define.js ${declaration.tagName} ${declaration.name}`).sort(),
  );
});

test('every event carries its type from RolefitEventMap', () => {
  const declared = readFileSync(`${root}src/elements/shared/events.ts`, 'utf8');
  for (const { declaration } of tagged) {
    assert.ok(declaration.events.length >= 3, declaration.tagName);
    for (const event of declaration.events) {
      assert.ok(event.type?.text, `${declaration.tagName} ${event.name} has no type`);
      assert.ok(declared.includes(`'${event.name}': ${event.type.text};`), `${event.name}: ${event.type.text}`);
    }
  }
});

test('the framework types the build wrote match custom-elements.json', () => {
  const frameworks = `${root}lib/frameworks`;
  assert.equal(readFileSync(`${frameworks}/vue.d.ts`, 'utf8'), vueTypes(manifest));
  assert.equal(readFileSync(`${frameworks}/svelte.d.ts`, 'utf8'), svelteTypes(manifest));
  const fresh = `${root}.tmp/jsx-fresh`;
  rmSync(fresh, { recursive: true, force: true });
  generateJsxTypes(elementsOnly(manifest), {
    hideLogs: true,
    outdir: fresh,
    fileName: 'jsx.d.ts',
    globalTypePath: 'rolefit',
  });
  assert.equal(readFileSync(`${frameworks}/jsx.d.ts`, 'utf8'), readFileSync(`${fresh}/jsx.d.ts`, 'utf8'));
  for (const { declaration } of tagged) {
    for (const file of ['jsx', 'vue', 'svelte']) {
      assert.ok(
        readFileSync(`${frameworks}/${file}.d.ts`, 'utf8').includes(
          `'${declaration.tagName}'`.replaceAll("'", file === 'jsx' ? '"' : "'"),
        ),
      );
    }
  }
});

// A consumer of each framework's types: typed attributes, typed event handlers, wrong values rejected.
const consumers = {
  'react.tsx': `import type {} from 'rolefit/jsx';
export const ok = <rolefit-matcher layout="list" share onrolefit-match={(event) => event.detail.top.toUpperCase()} />;
export const courses = <rolefit-courses for-role="social-media-manager" onrolefit-course-click={(event) => event.detail.courseId} />;
// @ts-expect-error: not a layout
export const wrongLayout = <rolefit-matcher layout="grid" />;
// @ts-expect-error: the match detail has no "best"
export const wrongDetail = <rolefit-matcher onrolefit-match={(event) => event.detail.best} />;
`,
  'react-wrappers.tsx': `import { RolefitAdvisor, RolefitMatcher } from 'rolefit/react';
export const ok = <RolefitMatcher layout="list" onRolefitMatch={(event) => event.detail.top.toUpperCase()} />;
export const advisor = <RolefitAdvisor onRolefitCourseClick={(event) => event.detail.courseId} />;
// @ts-expect-error: not a layout
export const wrongLayout = <RolefitMatcher layout="grid" />;
// @ts-expect-error: the match detail has no "best"
export const wrongDetail = <RolefitMatcher onRolefitMatch={(event) => event.detail.best} />;
`,
  'vue.ts': `import type { GlobalComponents } from 'vue';
import type {} from 'rolefit/vue';
type MatcherProps = InstanceType<GlobalComponents['rolefit-matcher']>['$props'];
export const ok: MatcherProps = { layout: 'list', onRolefitMatch: (event) => event.detail.top.toUpperCase() };
// @ts-expect-error: not a layout
export const wrongLayout: MatcherProps = { layout: 'grid' };
// @ts-expect-error: the match detail has no "best"
export const wrongDetail: MatcherProps = { onRolefitMatch: (event) => event.detail.best };
`,
  'svelte.ts': `import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'rolefit/svelte';
type Matcher = SvelteHTMLElements['rolefit-matcher'];
export const ok: Matcher = { layout: 'list', 'onrolefit-match': (event) => event.detail.top.toUpperCase() };
// @ts-expect-error: not a layout
export const wrongLayout: Matcher = { layout: 'grid' };
// @ts-expect-error: the match detail has no "best"
export const wrongDetail: Matcher = { 'onrolefit-match': (event) => event.detail.best };
`,
};

test('React 19 JSX, the React wrappers, Vue 3 and Svelte 5 code type-check against the generated types', () => {
  const dir = `${root}.tmp/framework-types`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${dir}/node_modules`, { recursive: true });
  // `rolefit` is this repository, as installed (exports, lib/); React, Vue and Svelte come from its node_modules.
  spawnSync('ln', ['-s', root, `${dir}/node_modules/rolefit`]);
  for (const [name, source] of Object.entries(consumers)) writeFileSync(`${dir}/${name}`, source);
  const compilerOptions = {
    target: 'es2022',
    module: 'es2022',
    moduleResolution: 'bundler',
    lib: ['es2022', 'dom', 'dom.iterable'],
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  writeFileSync(`${dir}/tsconfig.json`, JSON.stringify({ compilerOptions, files: Object.keys(consumers) }));
  const tsc = `${root}node_modules/typescript/bin/tsc`;
  const result = spawnSync(process.execPath, [tsc, '-p', `${dir}/tsconfig.json`], { encoding: 'utf8' });
  assert.equal(result.status, 0, `tsc failed:\n${result.stdout}${result.stderr}`);
});
