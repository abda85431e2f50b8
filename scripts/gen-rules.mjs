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

/** A schema's rule as source, its parts written by `part` (inline or by name). */
function ruleSource(node, part) {
  const def = node._zod.def;
  const checkList = def.checks?.length
    ? `, checks: [${def.checks.map((c) => checkSource(c._zod.def)).join(', ')}]`
    : '';
  switch (def.type) {
    case 'string':
    case 'number':
      return `{ type: '${def.type}'${checkList} }`;
    case 'array':
      return `{ type: 'array', item: ${part(def.element)}${checkList} }`;
    case 'object': {
      const fields = Object.entries(def.shape).map(
        ([key, value]) => `${/^\w+$/.test(key) ? key : text(key)}: ${part(value)}`,
      );
      return `{ type: 'object', shape: { ${fields.join(', ')} } }`;
    }
    case 'record':
      return `{ type: 'record', key: ${part(def.keyType)}, value: ${part(def.valueType)}${checkList} }`;
    case 'union':
      return `{ type: 'union', options: [${def.options.map(part).join(', ')}] }`;
    case 'enum':
      return `{ type: 'enum', values: ${text(Object.values(def.entries))} }`;
    case 'literal':
      return `{ type: 'enum', values: ${text(def.values)} }`;
    case 'optional':
      return `{ type: 'optional', inner: ${part(def.innerType)} }`;
    case 'default':
      return `{ type: 'optional', inner: ${part(def.innerType)}, fallback: ${text(def.defaultValue)} }`;
  }
  throw new Error(`gen-rules: no rule for zod type "${def.type}"; teach src/feed/rules.ts and this script`);
}

// Pass 1: every schema written out in full. Equal texts are equal rules, even from different zod instances.
const fullText = new Map();
const full = (node) => {
  if (!fullText.has(node)) fullText.set(node, ruleSource(node, full));
  return fullText.get(node);
};
const uses = new Map();
const count = (node) => {
  const key = full(node);
  uses.set(key, (uses.get(key) ?? 0) + 1);
  if (uses.get(key) === 1) ruleSource(node, (child) => (count(child), ''));
};
exported.forEach((_, node) => count(node));

// Pass 2: a rule that is exported or used more than once becomes a constant (no copies in the module), written
// after the constants it uses.
const names = new Map([...exported].map(([node, name]) => [full(node), name]));
let unnamed = 0;
const lines = [];
const written = new Set();
const part = (node) => {
  const key = full(node);
  const shared = names.has(key) || uses.get(key) > 1;
  if (!shared) return ruleSource(node, part);
  if (!written.has(key)) {
    written.add(key);
    const body = ruleSource(node, part);
    if (!names.has(key)) names.set(key, `shared${++unnamed}Rule`);
    const type = node._zod.def.type === 'object' ? 'ObjectRule' : 'Rule';
    const keyword = [...exported.values()].includes(names.get(key)) ? 'export const' : 'const';
    lines.push(`${keyword} ${names.get(key)}: ${type} = ${body};`);
  }
  return names.get(key);
};
exported.forEach((_, node) => part(node));

const used = [...checkNames.values()].filter((name) => lines.some((line) => line.includes(`test: ${name}`)));

export const source = `// Generated by scripts/gen-rules.mjs from src/feed/schema.ts: do not edit; \`npm run build\` rewrites it.
${used.length ? `import { ${used.join(', ')} } from './checks.js';\n` : ''}import type { ObjectRule, Rule } from './rules.js';

${lines.join('\n')}
`;

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(source);
