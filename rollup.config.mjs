// Bundles the compiled library (lib/, written by tsc) into one self-contained ES module: dist/rolefit.js.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { fileURLToPath } from 'node:url';

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One source map number (base64 VLQ). */
function vlq(number) {
  let value = number < 0 ? (-number << 1) | 1 : number << 1;
  let text = '';
  do {
    const digit = value & 31;
    value >>>= 5;
    text += base64[value ? digit | 32 : digit];
  } while (value);
  return text;
}

/**
 * Applies `edits` (ascending, non-overlapping `[start, end, text]`) and maps the start of every token outside
 * them back to its place, so the bundle's source map stays exact.
 */
function applyEdits(code, edits, source) {
  let out = '';
  let mappings = '';
  let genColumn = 0;
  let lastGenColumn = 0;
  let line = 0;
  let column = 0;
  let lastLine = 0;
  let lastColumn = 0;
  let previous = '\n';
  const newLine = () => {
    mappings += ';';
    genColumn = lastGenColumn = 0;
  };
  const copy = (from, to) => {
    for (let i = from; i < to; i++) {
      const char = code[i];
      out += char;
      if (char === '\n') {
        newLine();
        line++;
        column = 0;
      } else {
        const word = /\w/.test(char);
        if (/\S/.test(char) && (!word || !/\w/.test(previous))) {
          if (mappings && !mappings.endsWith(';')) mappings += ',';
          mappings += vlq(genColumn - lastGenColumn) + 'A' + vlq(line - lastLine) + vlq(column - lastColumn);
          lastGenColumn = genColumn;
          lastLine = line;
          lastColumn = column;
        }
        genColumn++;
        column++;
      }
      previous = char;
    }
  };
  let position = 0;
  for (const [start, end, text] of edits) {
    copy(position, start);
    // The replaced text still moves the position in the original.
    for (const char of code.slice(start, end)) {
      if (char === '\n') {
        line++;
        column = 0;
      } else column++;
    }
    for (const char of text) {
      out += char;
      if (char === '\n') newLine();
      else genColumn++;
    }
    previous = ' ';
    position = end;
  }
  copy(position, code.length);
  return { code: out, map: { version: 3, sources: [source], sourcesContent: [code], names: [], mappings } };
}

/**
 * A run of whitespace with a line break renders like one space, in CSS and in HTML outside `<pre>` and
 * `white-space: pre*` (which the elements do not use). CSS also loses its comments and the spaces around `{};`.
 */
function compact(text, tag) {
  const css = tag === 'css';
  const short = (css ? text.replace(/\/\*[^]*?\*\//g, '') : text).replace(/[ \t\r]*\n[ \t\r\n]*/g, ' ');
  return css ? short.replace(/ ?([{};]) ?/g, '$1') : short;
}

/**
 * Shrinks the static text of Lit's css`` and html`` templates in our own modules (lib/), which terser leaves
 * alone: about 0.5 KB min+gzip.
 */
function compactTemplates() {
  const ownModules = fileURLToPath(new URL('./lib/', import.meta.url));
  return {
    name: 'compact-templates',
    transform(code, id) {
      if (!id.startsWith(ownModules)) return null;
      const edits = [];
      const visit = (node) => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && ['css', 'html'].includes(node.tag.name)) {
          for (const { start, end } of node.quasi.quasis) {
            const text = code.slice(start, end);
            const short = compact(text, node.tag.name);
            if (short !== text) edits.push([start, end, short]);
          }
        }
        for (const key in node) if (typeof node[key] === 'object') visit(node[key]);
      };
      visit(this.parse(code));
      if (!edits.length) return null;
      // A template's own text comes before the templates nested in its expressions: put them in order.
      edits.sort((a, b) => a[0] - b[0]);
      return applyEdits(code, edits, id);
    },
  };
}

export default {
  input: 'lib/define.js',
  output: {
    file: 'dist/rolefit.js',
    format: 'es',
    sourcemap: true,
    // One file, no import() anywhere: a page loads exactly one script.
    inlineDynamicImports: true,
  },
  plugins: [
    compactTemplates(),
    // `production` picks Lit's production build (no dev-mode warnings or checks).
    nodeResolve({ exportConditions: ['production'], browser: true }),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 3 },
      format: { comments: false },
    }),
  ],
};
