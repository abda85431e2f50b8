// Derives the browser's feed rules (src/feed/rules.generated.ts) from the zod schema compiled to lib/feed/schema.js,
// so the bundle validates feeds without zod's runtime while zod stays the one source of truth.
// `node scripts/gen-rules.mjs` prints the module; scripts/build.mjs writes it when it changed.
import * as schema from '../lib/feed/schema.js';
import * as checks from '../lib/feed/checks.js';

const isZod = (value) => typeof value === 'object' && value !== null && '_zod' in value;
const checkNames = new Map(Object.entries(checks).map(([name, fn]) => [fn, name]));

/** The exported schemas, and the name each gets as a rule: `roleSchema` → `roleRule`. */
const exported = new Map(
  Object.entries(schema)
    .filter(([, value]) => isZod(value))
    .map(([name, value]) => [value, name.replace(/Schema$/, 'Rule')]),
);

const text = (value) => JSON.stringify(value);
const capitalized = (word) => word.charAt(0).toUpperCase() + word.slice(1);

function message(def) {
  const error = def.error?.();
  return typeof error === 'string' ? `, message: ${text(error)}` : '';
}

function checkSource(def) {
  switch (def.check) {
    case 'min_length':
      return `{ code: 'too_small', limit: ${def.minimum}${message(def)} }`;
    case 'max_length':
      return `{ code: 'too_big', limit: ${def.maximum}${message(def)} }`;
    case 'greater_than':
      if (!def.inclusive) break;
      return `{ code: 'too_small', limit: ${def.value}${message(def)} }`;
    case 'less_than':
      if (!def.inclusive) break;
      return `{ code: 'too_big', limit: ${def.value}${message(def)} }`;
    case 'string_format':
      if (def.format !== 'regex') break;
      return `{ code: 'invalid_format', pattern: ${def.pattern}${message(def)} }`;
    case 'custom':
      if (!checkNames.has(def.fn))
        throw new Error('gen-rules: refine only with functions exported by src/feed/checks.ts');
      return `{ code: 'custom', test: ${checkNames.get(def.fn)}${message(def)} }`;
  }
  throw new Error(`gen-rules: no rule for the zod check ${text(def)}; teach src/feed/rules.ts and this script`);
}

/**
 * A schema's rule as source, its parts written by `part(child, place)` (inline or by name). `place` says where the
 * child sits, for naming it: its field's key, or `<name>Item`, `<name>Key`, `<name>Value`, or for a union option
 * `<name>` and its type (`textString`), where `name` is this schema's own place.
 */
function ruleSource(node, part, name) {
  const def = node._zod.def;
  const checkList = def.checks?.length
    ? `, checks: [${def.checks.map((c) => checkSource(c._zod.def)).join(', ')}]`
    : '';
  switch (def.type) {
    case 'string':
    case 'number':
      return `{ type: '${def.type}'${checkList} }`;
    case 'array':
      return `{ type: 'array', item: ${part(def.element, `${name}Item`)}${checkList} }`;
    case 'object': {
      const fields = Object.entries(def.shape).map(
        ([key, value]) => `${/^\w+$/.test(key) ? key : text(key)}: ${part(value, key)}`,
      );
      return `{ type: 'object', shape: { ${fields.join(', ')} } }`;
    }
    case 'record': {
      const key = part(def.keyType, `${name}Key`);
      const value = part(def.valueType, `${name}Value`);
      return `{ type: 'record', key: ${key}, value: ${value}${checkList} }`;
    }
    case 'union': {
      const options = def.options.map((option) => part(option, `${name}${capitalized(option._zod.def.type)}`));
      return `{ type: 'union', options: [${options.join(', ')}] }`;
    }
    case 'enum':
      return `{ type: 'enum', values: ${text(Object.values(def.entries))} }`;
    case 'literal':
      return `{ type: 'enum', values: ${text(def.values)} }`;
    case 'optional':
      return `{ type: 'optional', inner: ${part(def.innerType, name)} }`;
    case 'default':
      return `{ type: 'optional', inner: ${part(def.innerType, name)}, fallback: ${text(def.defaultValue)} }`;
  }
  throw new Error(`gen-rules: no rule for zod type "${def.type}"; teach src/feed/rules.ts and this script`);
}

/**
 * A name that says what a schema is, built from the exported schemas it wraps: `optional(dateSchema)` →
 * `optionalDate`, `array(textSchema)` → `textList`, a plain `z.string()` → `string`; undefined for anything else.
 */
function describedName(node) {
  const exportedName = exportedByText.get(full(node));
  if (exportedName) return exportedName.replace(/Rule$/, '');
  const def = node._zod.def;
  if ((def.type === 'string' || def.type === 'number') && !def.checks?.length) return def.type;
  const inner = def.type === 'optional' || def.type === 'default' ? def.innerType : def.element;
  const innerName = inner && describedName(inner);
  if (!innerName) return undefined;
  return def.type === 'array' ? `${innerName}List` : `optional${capitalized(innerName)}`;
}

// Pass 1: every schema written out in full. Equal texts are equal rules, even from different zod instances.
const fullText = new Map();
const full = (node) => {
  if (!fullText.has(node)) fullText.set(node, ruleSource(node, full, ''));
  return fullText.get(node);
};
const uses = new Map();
const count = (node) => {
  const key = full(node);
  uses.set(key, (uses.get(key) ?? 0) + 1);
  if (uses.get(key) > 1) return;
  // ruleSource hands every child to its `part` callback: here only to count the child.
  ruleSource(
    node,
    (child) => {
      count(child);
      return '';
    },
    '',
  );
};
exported.forEach((_, node) => count(node));
const exportedByText = new Map([...exported].map(([node, name]) => [full(node), name]));

// Pass 2: a rule that is exported or used more than once becomes a constant (no copies in the module), written
// after the constants it uses. A shared rule is named for what it wraps (`optionalDateRule`) or else for where it
// first occurs (`versionRule`, `textStringRule`).
const names = new Map(exportedByText);
const lines = [];
const written = new Set();
const part = (node, place) => {
  const key = full(node);
  const shared = names.has(key) || uses.get(key) > 1;
  if (!shared) return ruleSource(node, part, place);
  if (!written.has(key)) {
    written.add(key);
    const ownName = names.get(key) ?? `${(describedName(node) ?? place).replace(/\W/g, '')}Rule`;
    const body = ruleSource(node, part, ownName.replace(/Rule$/, ''));
    if ([...names].some(([other, name]) => name === ownName && other !== key))
      throw new Error(`gen-rules: two different rules would be called ${ownName}; export one of the schemas by name`);
    names.set(key, ownName);
    const type = node._zod.def.type === 'object' ? 'ObjectRule' : 'Rule';
    const keyword = exportedByText.has(key) ? 'export const' : 'const';
    lines.push(`${keyword} ${ownName}: ${type} = ${body};`);
  }
  return names.get(key);
};
exported.forEach((name, node) => part(node, name.replace(/Rule$/, '')));

const used = [...checkNames.values()].filter((name) => lines.some((line) => line.includes(`test: ${name}`)));

export const source = `// Generated by scripts/gen-rules.mjs from src/feed/schema.ts: do not edit; \`npm run build\` rewrites it.
${used.length ? `import { ${used.join(', ')} } from './checks.js';\n` : ''}import type { ObjectRule, Rule } from './rules.js';

${lines.join('\n')}
`;

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(source);
