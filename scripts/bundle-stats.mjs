// `node scripts/bundle-stats.mjs` (after `npm run build`): where the bytes of dist/rolefit.js go, min+gzip.
// Each kind of content is measured by building the bundle again without it (its text blanked) and taking the
// difference, so the figures are what that content really adds to the gzipped bundle, context included.
// Lit is measured as the bundle of one minimal element that uses the same Lit features.
import MagicString from 'magic-string';
import { rollup } from 'rollup';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import config from '../rollup.config.mjs';
import { walkAst } from './walk-ast.mjs';

// The fourth plugin only checks the table of renamed internal names: the measurements leave it out.
const [entry, compact, resolve, , minify] = config.plugins;

// An import left unresolved would be left out of the measured bundle and its bytes with it; other warnings (the
// blanked modules' unused imports) change no figure.
function stopOnUnresolved(warning) {
  if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(`bundle-stats: ${warning.message}`);
}

async function build(input, plugins) {
  const bundle = await rollup({ input, onwarn: stopOnUnresolved, plugins });
  const { output } = await bundle.generate({ ...config.output, sourcemap: false });
  return gzipSync(output[0].code, { level: 9 }).length;
}

/**
 * A plugin that blanks text in the modules whose id matches `modules`: `blank(node)` returns the replacement of a
 * node, `null` to leave its subtree alone, or `undefined` to look inside.
 */
function without(modules, blank) {
  return {
    name: 'without',
    transform(code, id) {
      if (!modules.test(id)) return null;
      const output = new MagicString(code);
      walkAst(this.parse(code), (node, key) => {
        // `source` is the module name of an import or re-export: never blanked.
        const replacement = key === 'source' ? null : blank(node);
        if (replacement === null) return false; // leave this subtree alone
        if (replacement === undefined) return true;
        output.overwrite(node.start, node.end, replacement);
        return false;
      });
      return { code: output.toString(), map: null };
    },
  };
}

const tagged = (node, tag) => node.type === 'TaggedTemplateExpression' && node.tag.name === tag;
const longText = (node) =>
  (node.type === 'Literal' && typeof node.value === 'string' && node.value.length >= 12) ||
  (node.type === 'TemplateLiteral' && node.quasis.some((quasi) => quasi.value.raw.length >= 12));

const kinds = [
  ['styles (css`` sheets)', without(/\/lib\/elements\//, (node) => (tagged(node, 'css') ? 'css``' : undefined))],
  [
    'UI strings (de, de "du", en)',
    without(/\/lib\/i18n\/[\w-]*strings\.js$/, (node) =>
      node.type === 'Literal' && typeof node.value === 'string' ? "''" : undefined,
    ),
  ],
  [
    'console and problem messages (long literals outside templates)',
    without(/\/lib\/(feed|elements|courses|match)\//, (node) =>
      tagged(node, 'html') || tagged(node, 'css') ? null : longText(node) ? "''" : undefined,
    ),
  ],
];

const total = await build(config.input, config.plugins);
console.log(
  `dist/rolefit.js without its source-map comment: ${total} B min+gzip\n\n| min+gzip B | share | what |\n| ---: | ---: | --- |`,
);
const row = (bytes, what) => console.log(`| ${bytes} | ${((bytes / total) * 100).toFixed(0)} % | ${what} |`);

// Inside the project, where `lit` resolves (from the system's temporary folder it would not).
mkdirSync('.tmp', { recursive: true });
const litDir = mkdtempSync('.tmp/bundle-stats-lit-');
const litEntry = join(litDir, 'lit-only.js');
writeFileSync(
  litEntry,
  `import { LitElement, html, nothing, unsafeCSS } from 'lit';
customElements.define('lit-only', class extends LitElement {
  static styles = unsafeCSS(':host{}');
  static properties = { a: {} };
  render() { return html\`<p title=\${this.a ?? nothing}>\${this.a}</p>\`; }
});`,
);
const lit = await build(litEntry, [resolve, minify]);
rmSync(litDir, { recursive: true });
row(lit, 'Lit (LitElement and lit-html), as one minimal element bundles it');

let rest = total - lit;
for (const [what, plugin] of kinds) {
  const cost = total - (await build(config.input, [entry, plugin, compact, resolve, minify]));
  row(cost, what);
  rest -= cost;
}
row(rest, 'the rest: element logic and templates, feed validation, filtering, scoring');
