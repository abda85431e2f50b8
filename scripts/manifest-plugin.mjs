// Custom-elements-manifest analyzer plugin: makes custom-elements.json usable by the tools that read it
// (editor data, JSX/Vue/Svelte type generators, Storybook):
// - module paths name the shipped modules (`lib/…js`), not the TypeScript sources the package does not ship;
// - the tag definitions are recorded where they happen (`lib/define.js`), instead of `defineElement(tag, …)`'s
//   parameter names;
// - every event's `type` is its declared event type from `RolefitEventMap` (src/elements/shared/events.ts);
// - modules are listed in a stable order;
// - the abstract base class is not listed as a custom element of its own.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const eventMapFile = 'src/elements/shared/events.ts';
// Where the tags are registered (rewritten to lib/define.js with every other path).
const definingModule = 'src/define.ts';

/** `src/x/y.ts` (or `/src/x/y.js`, as the analyzer writes superclass links) → `lib/x/y.js`. */
export const shippedPath = (path) => path.replace(/^\/?src\/(.+)\.[jt]s$/, 'lib/$1.js');

/** Event name → the type text declared for it in `interface RolefitEventMap`. */
export function declaredEventTypes() {
  const source = ts.createSourceFile(eventMapFile, readFileSync(eventMapFile, 'utf8'), ts.ScriptTarget.ES2022);
  const map = source.statements.find(
    (statement) => ts.isInterfaceDeclaration(statement) && statement.name.text === 'RolefitEventMap',
  );
  if (!map) throw new Error(`${eventMapFile} no longer declares interface RolefitEventMap.`);
  return new Map(map.members.map((member) => [member.name.text, member.type.getText(source)]));
}

function rewritePaths(value) {
  if (Array.isArray(value)) return value.map(rewritePaths);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [
        key,
        key === 'path' || key === 'module' ? shippedPath(entry) : rewritePaths(entry),
      ]),
    );
  }
  return value;
}

export function rolefitManifestPlugin() {
  return {
    name: 'rolefit-manifest',
    packageLinkPhase({ customElementsManifest }) {
      const eventTypes = declaredEventTypes();
      const definitions = [];
      for (const module of customElementsManifest.modules) {
        // defineElement(tag, element) is the guarded registration helper, not a definition of its own.
        module.exports = module.exports?.filter((entry) => entry.kind !== 'custom-element-definition');
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const type = eventTypes.get(event.name);
            if (!type)
              throw new Error(`<${declaration.tagName}> fires ${event.name}, which ${eventMapFile} does not declare.`);
            event.type = { text: type };
          }
          // The abstract base class is never registered: only tagged classes are custom elements for the tools.
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
          if (declaration.customElement) {
            definitions.push({
              kind: 'custom-element-definition',
              name: declaration.tagName,
              declaration: { name: declaration.name, module: module.path },
            });
          }
        }
      }
      customElementsManifest.modules.push({
        kind: 'javascript-module',
        path: definingModule,
        declarations: [],
        exports: definitions,
      });
      // Sorted by path: the analyzer lists files in the order its glob finds them, which differs between runs.
      customElementsManifest.modules = rewritePaths(customElementsManifest.modules).sort((first, second) =>
        first.path.localeCompare(second.path),
      );
    },
  };
}
