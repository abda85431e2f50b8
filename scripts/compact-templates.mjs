// Rollup plugin: shrinks the static text of Lit's css`` and html`` templates in our own modules (lib/), which
// terser leaves alone (about 0.5 KB min+gzip). magic-string keeps the bundle's source map exact.
import MagicString from 'magic-string';
import { fileURLToPath } from 'node:url';
import { walkAst } from './walk-ast.mjs';

/**
 * A run of whitespace with a line break renders like one space, in CSS and in HTML outside `<pre>` and
 * `white-space: pre*` (which the elements do not use). CSS also loses its comments, the spaces around `{};,>`,
 * the space after a property's colon (`gap: 1em`; a selector never has `{` or `;` before such a colon) or a
 * media or container feature's colon (`(max-width: 30em)`), the space between an at-rule and its `(`
 * (`@media (`), the space before `!important`, the spaces around `*` and `/` before a number
 * (`calc(var(--_g) / 2)`, `1 / -1`; the universal selector is never followed by a digit), the zero of a
 * fraction (`0.5em`, `-0.5`; not after a digit, letter, `-`, `.` or `#`) and the last `;` of a block. Quoted
 * strings (`'name value'`) stay as they are, but an attribute selector's value that is an identifier loses its
 * quotes (`[type='search']`).
 */
export function compact(text, tag) {
  const css = tag === 'css';
  const short = (css ? text.replace(/\/\*[^]*?\*\//g, '') : text).replace(/[ \t\r]*\n[ \t\r\n]*/g, ' ');
  // HTML: a static attribute value of letters, digits, `_` and `-` needs no quotes (`part="course"`); not before a
  // `/`, which an unquoted value would take in.
  if (!css) return short.replace(/="([\w-]+)"(?=[\s>])/g, '=$1');
  return short
    .replace(/\[([-\w]+)=(['"])([a-z_][-\w]*)\2\]/gi, '[$1=$3]')
    .split(/('[^']*'|"[^"]*")/)
    .map((part, index) =>
      index % 2
        ? part
        : part
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/([{;][-\w]+): /g, '$1:')
            .replace(/\(([-\w]+): /g, '($1:')
            .replace(/(@[-\w]+) \(/g, '$1(')
            .replace(/ !important/g, '!important')
            .replace(/ ([*/]) (?=-?\.?\d)/g, '$1')
            .replace(/(^|[^\w.#-])(-?)0\.(\d)/g, '$1$2.$3'),
    )
    .join('')
    .replace(/;}/g, '}');
}

export function compactTemplates() {
  const ownModules = fileURLToPath(new URL('../lib/', import.meta.url));
  return {
    name: 'compact-templates',
    transform(code, id) {
      if (!id.startsWith(ownModules)) return null;
      const output = new MagicString(code);
      walkAst(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || !['css', 'html'].includes(node.tag.name)) return;
        for (const { start, end } of node.quasi.quasis) {
          const text = code.slice(start, end);
          const short = compact(text, node.tag.name);
          if (short === text) continue;
          if (short) output.update(start, end, short);
          else output.remove(start, end);
        }
      });
      if (!output.hasChanged()) return null;
      return { code: output.toString(), map: output.generateMap({ hires: true, source: id, includeContent: true }) };
    },
  };
}
