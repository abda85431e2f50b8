// Rollup plugin: shrinks the static text of Lit's css`` and html`` templates in our own modules (lib/), which
// terser leaves alone (about 0.5 KB min+gzip), and writes the short names of the private CSS tokens
// (css-token-names.mjs) into the css`` sheets. magic-string keeps the bundle's source map exact.
import MagicString from 'magic-string';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cssTokenNames } from './css-token-names.mjs';
import { walkAst } from './walk-ast.mjs';

// A CSS comment or a quoted string (with its escapes): matched together, left to right, so that a `/*` in a
// string is no comment and a `'` in a comment starts no string.
const cssQuotedString = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"`;
const cssCommentOrString = new RegExp(String.raw`/\*[^]*?\*/|(${cssQuotedString})`, 'g');
const cssString = new RegExp(`(${cssQuotedString})`);

// Where line breaks and runs of spaces render as written; the compaction stops the build instead of changing them.
const whitespaceThatRenders = /<(?:pre|textarea)\b|white-space:\s*(?:pre|break-spaces)/i;

/**
 * A run of whitespace with a line break renders like one space, in CSS and in HTML outside `<pre>`, `<textarea>`
 * and `white-space: pre*` (which the elements do not use: a template holding one stops the build). CSS also
 * loses its comments, the spaces around `{};,>`, the space after a property's colon (`gap: 1em`; a selector never
 * has `{` or `;` before such a colon) or a media or container feature's colon (`(max-width: 30em)`), the space
 * between an at-rule and its `(` (`@media (`), the space before `!important`, the spaces around `*` and `/` before
 * a number (`calc(var(--_gap) / 2)`, `1 / -1`; the universal selector is never followed by a digit), the zero of a
 * fraction (`0.5em`, `-0.5`; not after a digit, letter, `-`, `.` or `#`), the last `;` of a block and the
 * whitespace at the sheet's start and end (our `css` tag takes no `${}` values: its text is the whole sheet). Quoted
 * strings (`'name value'`) stay as they are, but an attribute selector's value that is an identifier loses its
 * quotes (`[type='search']`).
 */
export function compact(text, tag) {
  const [keptWhitespace] = text.match(whitespaceThatRenders) ?? [];
  if (keptWhitespace) {
    throw new Error(`[rolefit build] ${keptWhitespace} in a ${tag}\`\` template: the compaction would change its text`);
  }
  const css = tag === 'css';
  const withoutComments = css ? text.replace(cssCommentOrString, (comment, string) => string ?? '') : text;
  const short = withoutComments.replace(/[ \t\r]*\n[ \t\r\n]*/g, ' ');
  // HTML: a static attribute value of letters, digits, `_` and `-` needs no quotes (`part="course"`); not before a
  // `/`, which an unquoted value would take in.
  if (!css) return short.replace(/="([\w-]+)"(?=[\s>])/g, '=$1');
  // Odd parts are strings, even parts the code around them.
  return short
    .split(cssString)
    .map((part, index, parts) =>
      index % 2 ? unquoteAttributeValue(part, parts[index - 1], parts[index + 1]) : compactCss(part),
    )
    .join('')
    .trim();
}

/** An attribute selector's quoted value that is an identifier (`[type='search']`) needs no quotes. */
function unquoteAttributeValue(string, before, after) {
  const value = string.slice(1, -1);
  const attributeSelector = /\[[-\w]+=$/.test(before) && after.startsWith(']');
  return attributeSelector && /^[a-z_][-\w]*$/i.test(value) ? value : string;
}

function compactCss(code) {
  return code
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/([{;][-\w]+): /g, '$1:')
    .replace(/\(([-\w]+): /g, '($1:')
    .replace(/(@[-\w]+) \(/g, '$1(')
    .replace(/ !important/g, '!important')
    .replace(/ ([*/]) (?=-?\.?\d)/g, '$1')
    .replace(/(^|[^\w.#-])(-?)0\.(\d)/g, '$1$2.$3')
    .replace(/;}/g, '}');
}

// A private custom property: `--_` and the rest of its name, never the middle of a longer identifier.
const privateToken = /(?<![\w-])--_[\w-]*/g;

/**
 * `text` with each private custom property renamed to its short name from css-token-names.mjs. Whole names
 * only: `--_accent-contrast` is its own entry, never `--_accent` and a rest. A name the table lacks stops the
 * build, so a new token gets its short name and a mistyped one is caught here, not on a page.
 */
export function shortenTokens(text, where) {
  return text.replace(privateToken, (name) => {
    if (Object.hasOwn(cssTokenNames, name)) return cssTokenNames[name];
    throw new Error(`[rolefit build] ${name} in ${where} has no short name: add it to scripts/css-token-names.mjs`);
  });
}

const shortNames = Object.values(cssTokenNames);
if (new Set(shortNames).size !== shortNames.length) {
  throw new Error('[rolefit build] scripts/css-token-names.mjs gives two tokens the same short name');
}

/** The text of a string or of a template's static part ('' for any other node). */
function textOf(node) {
  if (node.type === 'TemplateElement') return node.value.raw;
  return node.type === 'Literal' && typeof node.value === 'string' ? node.value : '';
}

export function compactTemplates() {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const ownModules = `${root}lib/`;
  return {
    name: 'compact-templates',
    transform(code, id) {
      if (!id.startsWith(ownModules)) return null;
      const where = relative(root, id);
      const output = new MagicString(code);
      const rewritten = new Set();
      walkAst(this.parse(code), (node) => {
        if (node.type === 'TaggedTemplateExpression' && ['css', 'html'].includes(node.tag.name)) {
          for (const quasi of node.quasi.quasis) {
            // html`` quasis stay out of `rewritten`: a private token there stops the build below.
            if (node.tag.name === 'css') rewritten.add(quasi);
            const { start, end } = quasi;
            const text = code.slice(start, end);
            const compacted = compact(text, node.tag.name);
            const short = node.tag.name === 'css' ? shortenTokens(compacted, where) : compacted;
            if (short === text) continue;
            if (short) output.update(start, end, short);
            else output.remove(start, end);
          }
        } else if (!rewritten.has(node)) {
          // Only the css`` sheets are renamed: anywhere else the long name would reach the page unrenamed.
          const [token] = textOf(node).match(privateToken) ?? [];
          if (token) {
            throw new Error(
              `[rolefit build] ${token} in ${where} is outside a css\`\` sheet, where the build renames it`,
            );
          }
        }
      });
      if (!output.hasChanged()) return null;
      return { code: output.toString(), map: output.generateMap({ hires: true, source: id, includeContent: true }) };
    },
  };
}
