// Generated from custom-elements.json at build time (so they always match the manifest the package ships):
// - lib/frameworks/jsx.d.ts: JSX tags for React 19, Preact, Solid… (`@wc-toolkit/jsx-types`), with the events as
//   `onrolefit-match`-style props;
// - lib/frameworks/vue.d.ts and lib/frameworks/svelte.d.ts: Vue 3 global components and Svelte 5's element map.
//   The Vue generator we tried (custom-element-vuejs-integration 1.4) wraps event types in a second CustomEvent
//   and imports none of the detail types, so these two are written here, from the same manifest;
// - dist/vscode.html-custom-data.json and dist/web-types.json: editor data for VS Code and JetBrains IDEs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';

const outdir = 'lib/frameworks';
const header = '// Generated from custom-elements.json by scripts/gen-framework-types.mjs: do not edit.\n';

/** The tagged classes of a manifest: tag, class name, public fields and events (name and event type). */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({
        tag: declaration.tagName,
        className: declaration.name,
        fields: (declaration.members ?? [])
          .filter(
            (member) => member.kind === 'field' && member.privacy === 'public' && !member.static && !member.readonly,
          )
          .map((member) => member.name),
        // Attributes whose name is not their property's (`max-price`): templates that write them as attributes.
        dashedAttributes: (declaration.attributes ?? [])
          .filter((attribute) => attribute.fieldName && attribute.fieldName !== attribute.name)
          .map((attribute) => attribute.name),
        events: (declaration.events ?? []).map((event) => ({ name: event.name, type: event.type.text })),
      })),
  );
}

/** The detail type names the events use, to import them from `rolefit`. */
const detailTypes = (elements) =>
  [
    ...new Set(
      elements.flatMap((element) => element.events.map((event) => /^CustomEvent<(\w+)>$/.exec(event.type)[1])),
    ),
  ].sort();

/** `rolefit-match` → `RolefitMatch` (Vue turns `@rolefit-match` into the prop `onRolefitMatch`). */
const pascalCase = (name) => name.replace(/(^|-)(\w)/g, (_match, _dash, letter) => letter.toUpperCase());

function importLine(elements) {
  const names = [...elements.map((element) => element.className), ...detailTypes(elements)];
  return `import type { ${names.join(', ')} } from 'rolefit';\n`;
}

const fieldProps = (element) =>
  element.fields.map((field) => `  ${field}?: ${element.className}['${field}'];`).join('\n');

export function vueTypes(manifest) {
  const elements = elementsOf(manifest);
  const components = elements.map((element) => {
    const events = element.events
      .map((event) => `  on${pascalCase(event.name)}?: (event: ${event.type}) => void;`)
      .join('\n');
    return `type ${element.className}Props = {\n${fieldProps(element)}\n${events}\n};`;
  });
  const globals = elements
    .map((element) => `    '${element.tag}': DefineComponent<${element.className}Props>;`)
    .join('\n');
  return (
    `${header}import type { DefineComponent } from 'vue';\n${importLine(elements)}\n${components.join('\n\n')}\n\n` +
    `declare module 'vue' {\n  interface GlobalComponents {\n${globals}\n  }\n}\n\nexport {};\n`
  );
}

export function svelteTypes(manifest) {
  const elements = elementsOf(manifest);
  const entries = elements.map((element) => {
    const events = element.events
      .map((event) => `      'on${event.name}'?: (event: ${event.type}) => void;`)
      .join('\n');
    const fields = element.fields.map((field) => `      ${field}?: ${element.className}['${field}'];`);
    const attributes = element.dashedAttributes.map((name) => `      '${name}'?: string | number | boolean | null;`);
    return `    '${element.tag}': HTMLAttributes<${element.className}> & {\n${[...fields, ...attributes].join('\n')}\n${events}\n    };`;
  });
  return (
    `${header}import type { HTMLAttributes } from 'svelte/elements';\n${importLine(elements)}\n` +
    `declare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n${entries.join('\n')}\n  }\n}\n\nexport {};\n`
  );
}

/**
 * The manifest with only the element classes declared: the JSX generator imports every declaration and export of an
 * element's module from `rolefit`, and the element modules also export internal tables (the advisor's pass-through lists)
 * that the package root does not.
 */
export const elementsOnly = (manifest) => ({
  ...manifest,
  modules: manifest.modules.map((module) => {
    const declarations = (module.declarations ?? []).filter((declaration) => declaration.customElement);
    const names = new Set(declarations.map((declaration) => declaration.name));
    const exports = (module.exports ?? []).filter(
      (entry) => entry.kind === 'custom-element-definition' || names.has(entry.declaration?.name),
    );
    return { ...module, declarations, exports };
  }),
});

export function generateFrameworkTypes() {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  mkdirSync(outdir, { recursive: true });
  const quiet = { hideLogs: true };
  generateJsxTypes(elementsOnly(manifest), { ...quiet, outdir, fileName: 'jsx.d.ts', globalTypePath: 'rolefit' });
  writeFileSync(`${outdir}/vue.d.ts`, vueTypes(manifest));
  writeFileSync(`${outdir}/svelte.d.ts`, svelteTypes(manifest));
  // The editor data is written here: the generators' own file writers print to standard output.
  const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const writeJson = (path, text) => writeFileSync(path, `${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  writeJson('dist/vscode.html-custom-data.json', getVsCodeHtmlCustomData(manifest, {}));
  writeJson('dist/web-types.json', getWebTypesData(manifest, { packageName: name, version }));
}
