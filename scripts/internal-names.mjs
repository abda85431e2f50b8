// The one table of property names that never cross the bundle's public boundary: internal state of the elements
// and the shapes of objects created and read only inside dist/rolefit.js. terser renames exactly these in the
// bundle (`mangle.properties`), as Lit's own build renames its private fields from a fixed table; the source keeps
// the names that say what each one is. lib/ (the npm library) is not touched.
//
// `internalNames()` is a rollup plugin that stops the build when a name in the table is public or is read through
// a string (see `check` below). Never list: an element's public properties, attributes, methods, events and parts
// (custom-elements.json), event detail keys, feed JSON keys, UI string keys, or a DOM, Lit or Intl name.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { walkAst } from './walk-ast.mjs';

export const internalPropertyNames = [
  // Reactive internal state (`{ state: true, attribute: false }`) and protected members of the elements.
  'feedState',
  'chosen',
  'missingShown',
  'copyState',
  'announcement',
  'activeRole',
  'choice',
  'selectedRole',
  'contentLang',
  'stringTable',
  'renderSkeleton',
  'renderReady',
  'shown',
  // Render helpers' view objects (matcher, course list, filters form).
  'missing',
  'onChoose',
  'onCopy',
  'onRestart',
  'onResult',
  'onLinkClick',
  // Not `facets`: a feed pack's index names its per-role facet counts so (docs/packs.md).
  'fundingOptions',
  'legend',
  'bars',
  // The feed validator's rules and outcomes, and the parser's result.
  'checks',
  'expected',
  'issues',
  'truncated',
  'unlistedProblems',
  // The loader's shared requests and fetch attempts; FeedError's detail method.
  'maxBytes',
  'waiters',
  'stopWaiting',
  'settled',
  'toDetail',
  // The UI string tables' German "du" differences (a page overrides strings by key, never by language).
  'deInformal',
  // Share links, the course index and its search keys, form-control syncing, pass-through tables, registration.
  'conflicting',
  'providerType',
  'built',
  'wanted',
  'property',
  'registration',
];

/** The terser regex for `mangle.properties`: exactly the names of the table. */
export const internalPropertyPattern = new RegExp(`^(?:${internalPropertyNames.join('|')})$`);

/** Every name in the custom elements manifest that a page can use: public members, attributes, events, parts. */
function manifestNames() {
  const names = new Set();
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const isPublic = node.privacy === undefined || node.privacy === 'public';
    if (typeof node.name === 'string' && node.kind !== 'javascript-module' && isPublic) names.add(node.name);
    if (typeof node.fieldName === 'string') names.add(node.fieldName);
    Object.values(node).forEach(visit);
  };
  visit(manifest);
  return names;
}

/** Every key a feed may hold: the `properties` of the feed's JSON Schema, at every depth. */
async function feedKeys() {
  const { feedJsonSchema } = await import(join(process.cwd(), 'lib/feed/json-schema.js'));
  const keys = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    if (node.properties && typeof node.properties === 'object')
      Object.keys(node.properties).forEach((key) => keys.add(key));
    Object.values(node).forEach(visit);
  };
  visit(feedJsonSchema());
  return keys;
}

/** The keys of the UI string tables: the `strings` property overrides them by name. */
async function stringKeys() {
  const keys = new Set();
  for (const file of ['strings', 'matcher-strings', 'courses-strings', 'advisor-strings']) {
    const module = await import(join(process.cwd(), `lib/i18n/${file}.js`));
    for (const table of Object.values(module)) {
      if (!table || typeof table !== 'object') continue;
      for (const byLanguage of Object.values(table)) Object.keys(byLanguage ?? {}).forEach((key) => keys.add(key));
    }
  }
  return keys;
}

/** The property names of every event's detail, at every depth, from the compiled types (lib/elements/shared/events.d.ts). */
function eventDetailKeys() {
  const file = 'lib/elements/shared/events.d.ts';
  const program = ts.createProgram([file], { strict: true, types: [], skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const eventMap = source.statements.find(
    (statement) => ts.isInterfaceDeclaration(statement) && statement.name.text === 'RolefitEventMap',
  );
  if (!eventMap) throw new Error(`internal-names: no RolefitEventMap in ${file}`);
  const keys = new Set();
  const seen = new Set();
  const visit = (type) => {
    if (seen.has(type)) return;
    seen.add(type);
    const element = checker.getIndexTypeOfType(type, ts.IndexKind.Number);
    if (element) visit(element);
    if (type.isUnion()) type.types.forEach(visit);
    for (const property of type.getProperties()) {
      keys.add(property.name);
      visit(checker.getTypeOfSymbol(property));
    }
  };
  for (const event of checker.getTypeAtLocation(eventMap).getProperties()) {
    const detail = checker.getTypeOfSymbol(event).getProperty('detail');
    if (detail) visit(checker.getTypeOfSymbol(detail));
  }
  // Keep only the detail shapes' own keys: the walk also reaches built-in types (string methods and the like).
  return new Set([...keys].filter((key) => !(key in String.prototype) && !(key in Array.prototype)));
}

/** The DOM and built-in names terser never renames (its own list): listing one would silently do nothing. */
function domPropertyNames() {
  const terserFolder = dirname(createRequire(import.meta.url).resolve('terser'));
  const text = readFileSync(join(terserFolder, '..', 'tools', 'domprops.js'), 'utf8');
  return new Set([...text.matchAll(/"([\w$]+)"/g)].map((match) => match[1]));
}

/** Why each name in `names` may not be renamed: public (see the file's head), or a DOM name terser keeps. */
export async function publicNameClashes(names) {
  const publicSets = [
    ['a public name in custom-elements.json', manifestNames()],
    ['a feed key (feed JSON Schema)', await feedKeys()],
    ['a UI string key (the strings property)', await stringKeys()],
    ['an event detail key', eventDetailKeys()],
    ['a DOM or built-in name terser never renames', domPropertyNames()],
  ];
  return names.flatMap((name) => publicSets.filter(([, set]) => set.has(name)).map(([what]) => `"${name}" is ${what}`));
}

/** The names of `names` that a module (its ESTree `ast`) writes as a string: a read by name, which terser keeps. */
export function namesAsStrings(ast, names) {
  const listed = new Set(names);
  const found = new Set();
  walkAst(ast, (node) => {
    if (node.type === 'Literal' && listed.has(node.value)) found.add(node.value);
    if (node.type === 'TemplateElement' && listed.has(node.value.cooked)) found.add(node.value.cooked);
    return true;
  });
  return [...found];
}

/**
 * Rollup plugin, placed before terser. Stops the build when a name of the table is public, is a property name in
 * a third-party module of the bundle (Lit), or occurs as a string in our modules (a read by name, such as
 * `changed.has('chosen')`, which terser would not rename).
 */
export function internalNames() {
  return {
    name: 'rolefit-internal-names',
    async buildStart() {
      const clashes = await publicNameClashes(internalPropertyNames);
      if (clashes.length)
        this.error(`scripts/internal-names.mjs lists names that cross the public boundary: ${clashes.join('; ')}.`);
    },
    transform(code, id) {
      const problems = id.includes('/node_modules/')
        ? internalPropertyNames
            .filter((name) => new RegExp(`[.]${name}\\b|[{,]${name}:`).test(code))
            .map((name) => `"${name}" is a property of ${id}`)
        : namesAsStrings(this.parse(code), internalPropertyNames).map(
            (name) => `"${name}" occurs as a string in ${id}`,
          );
      if (problems.length) {
        this.error(
          `${problems.join('; ')}: terser renames these names from scripts/internal-names.mjs only where they are ` +
            'written as properties. Remove the name from the table, or read the property directly.',
        );
      }
      return null;
    },
  };
}
