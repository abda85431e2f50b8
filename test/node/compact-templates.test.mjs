// scripts/compact-templates.mjs, input → output: what the build does to the text of our css`` and html``
// templates, what it must leave alone, and a scan of src/ for the patterns the compaction assumes never occur.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rollup/parseAst';
import ts from 'typescript';
import { compact, compactTemplates, shortenTokens } from '../../scripts/compact-templates.mjs';
import { cssTokenNames } from '../../scripts/css-token-names.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

// [what, input, output]: the static text of one css`` template, as it stands in the compiled module.
const cssCases = [
  ['a line break and its indentation become nothing around braces', 'a {\n  color: red;\n}', 'a{color:red}'],
  ['the space after a property colon', 'a {\n  gap: 1em;\n  min-width: 0;\n}', 'a{gap:1em;min-width:0}'],
  [
    'a custom property declaration and the commas of its value',
    ':host {\n  --_gap: var(--rolefit-gap, 1em);\n}',
    ':host{--_gap:var(--rolefit-gap,1em)}',
  ],
  [
    'selector lists and child combinators',
    '*,\n::before,\n.list > li {\n  margin: 0;\n}',
    '*,::before,.list>li{margin:0}',
  ],
  ['a descendant combinator keeps its space', '.a .b {\n  margin: 0;\n}', '.a .b{margin:0}'],
  [
    'a pseudo-class colon is no property colon',
    'a:hover,\n:host([hidden]) {\n  top: 0;\n}',
    'a:hover,:host([hidden]){top:0}',
  ],
  ["a sheet's leading and trailing whitespace goes", '\n  a {\n    top: 0;\n  }\n', 'a{top:0}'],
  ['comments go', 'a {\n  /* why */\n  color: red; /* more */\n}', 'a{color:red}'],
  ["a comment's apostrophe starts no string", "/* the list's state */\na {\n  color: red;\n}", 'a{color:red}'],
  ['a /* in a string is no comment', "a::before {\n  content: '/* kept */';\n}", "a::before{content:'/* kept */'}"],
  ['a ;} in a string stays', "a::before {\n  content: 'x;}';\n}", "a::before{content:'x;}'}"],
  [
    'an escaped quote does not end a string',
    "a::before {\n  content: 'it\\'s, { kept }';\n}",
    "a::before{content:'it\\'s, { kept }'}",
  ],
  [
    'strings keep their spaces',
    ".fit {\n  grid-template-areas: 'name value' 'bar bar';\n}",
    ".fit{grid-template-areas:'name value' 'bar bar'}",
  ],
  [
    'an identifier attribute value loses its quotes',
    "input[type='search'] {\n  width: 100%;\n}",
    'input[type=search]{width:100%}',
  ],
  ['a double-quoted one too', 'input[type="number"] {\n  width: 100%;\n}', 'input[type=number]{width:100%}'],
  ['an attribute value with a space keeps them', "[title='a b'] {\n  top: 0;\n}", "[title='a b']{top:0}"],
  ['an attribute value that starts with a digit keeps them', "[data-n='1a'] {\n  top: 0;\n}", "[data-n='1a']{top:0}"],
  [
    'an attribute selector inside a string stays',
    `a::before {\n  content: "[a='b']";\n}`,
    `a::before{content:"[a='b']"}`,
  ],
  [
    'media and container features',
    '@media (max-width: 30em) {\n  a {\n    top: 0;\n  }\n}',
    '@media(max-width:30em){a{top:0}}',
  ],
  [
    'a container query',
    '@container (min-width: 48em) {\n  a {\n    top: 0;\n  }\n}',
    '@container(min-width:48em){a{top:0}}',
  ],
  ['keyframes', '@keyframes pulse {\n  50% {\n    opacity: 0.5;\n  }\n}', '@keyframes pulse{50%{opacity:.5}}'],
  ['!important', 'a {\n  animation: none !important;\n}', 'a{animation:none!important}'],
  [
    '/ and * before a number',
    'a {\n  gap: calc(var(--_gap) / 2);\n  top: calc(var(--_gap) * -0.5);\n}',
    'a{gap:calc(var(--_gap)/2);top:calc(var(--_gap)*-.5)}',
  ],
  ['a grid line pair', 'a {\n  grid-column: 1 / -1;\n}', 'a{grid-column:1/-1}'],
  [
    '+ and - keep their spaces (calc needs them)',
    'a {\n  top: calc(100% - 1em + 0.5px);\n}',
    'a{top:calc(100% - 1em + .5px)}',
  ],
  ['/ before a name keeps its spaces', 'a {\n  font: 1em / var(--x) serif;\n}', 'a{font:1em / var(--x) serif}'],
  [
    'the zero of a fraction',
    'a {\n  opacity: 0.55;\n  margin: -0.5em 0.2em 0;\n}',
    'a{opacity:.55;margin:-.5em .2em 0}',
  ],
  [
    'not a digit of a larger number or a colour',
    'a {\n  width: 10.5em;\n  color: #0b0.5;\n}',
    'a{width:10.5em;color:#0b0.5}',
  ],
  ['colour functions', 'a {\n  color: light-dark(#1f2328, #e8eaed);\n}', 'a{color:light-dark(#1f2328,#e8eaed)}'],
  ['whitespace without a line break stays', 'a {  color:  red  }', 'a{ color:  red }'],
  ['a template of a comment only becomes empty', '/* nothing here */', ''],
];

// [what, input, output]: the static text of one html`` template (or the part of it between two bindings).
const htmlCases = [
  [
    'line breaks become one space; identifier attribute values lose their quotes',
    '<div class="card error" part="error">\n  <p>x</p>\n</div>',
    '<div class="card error" part=error> <p>x</p> </div>',
  ],
  ['the space between inline elements stays', '<b>a</b>\n  <i>b</i>', '<b>a</b> <i>b</i>'],
  ['text whitespace without a line break stays', '<p>a  b</p> <p> c </p>', '<p>a  b</p> <p> c </p>'],
  ['a value with a space keeps its quotes', '<a rel="noopener noreferrer">', '<a rel="noopener noreferrer">'],
  ['a value with / keeps its quotes', '<a href="/courses/a">', '<a href="/courses/a">'],
  ['an empty value keeps its quotes', '<img alt="">', '<img alt="">'],
  ['a value before /> keeps its quotes (the / would join it)', '<input type="text"/>', '<input type="text"/>'],
  ['a value before a space and /> loses them', '<input type="text" />', '<input type=text />'],
  ['a value with a dot or a colon keeps its quotes', '<p lang="de.x" title="a:b">', '<p lang="de.x" title="a:b">'],
  ['a value at the end of the static part keeps its quotes', '<p class="a"', '<p class="a"'],
  [
    'attributes on their own lines',
    '<input\n  type="search"\n  name="search"\n/>',
    '<input type=search name=search />',
  ],
  ['comments stay', '<!-- a  comment -->', '<!-- a  comment -->'],
  ["CSS rules do not apply: text keeps ';', '{' and '0.5'", '<p>a { b; } 0.5 </p>', '<p>a { b; } 0.5 </p>'],
];

describe('compact(): css`` templates', () => {
  for (const [what, input, output] of cssCases) {
    it(what, () => assert.equal(compact(input, 'css'), output));
  }
});

describe('compact(): html`` templates', () => {
  for (const [what, input, output] of htmlCases) {
    it(what, () => assert.equal(compact(input, 'html'), output));
  }
});

describe('compact(): whitespace that renders stops the build', () => {
  for (const [tag, text] of [
    ['html', '<pre>a\n  b</pre>'],
    ['html', '<textarea>a\n  b</textarea>'],
    ['html', '<p style="white-space: pre-wrap">a\n  b</p>'],
    ['css', 'p {\n  white-space: pre-line;\n}'],
    ['css', 'p {\n  white-space:break-spaces;\n}'],
  ]) {
    it(`${tag}: ${text.split('\n')[0]}`, () =>
      assert.throws(() => compact(text, tag), /\[rolefit build\].*would change/));
  }
  it('white-space: nowrap is fine', () =>
    assert.equal(compact('p {\n  white-space: nowrap;\n}', 'css'), 'p{white-space:nowrap}'));
});

describe('shortenTokens(): the private token table', () => {
  it('renames whole names only', () => {
    assert.equal(
      shortenTokens('a{color:var(--_accent-contrast);background:var(--_accent);gap:var(--_gap)}', 'x.js'),
      'a{color:var(--_ac);background:var(--_a);gap:var(--_g)}',
    );
  });
  it('leaves public properties and the middle of other identifiers alone', () => {
    assert.equal(
      shortenTokens('.a--_gap{--fit:1;--rolefit-gap:2;x:var(--x--_gap)}', 'x.js'),
      '.a--_gap{--fit:1;--rolefit-gap:2;x:var(--x--_gap)}',
    );
  });
  for (const unknown of ['--_accent-hover', '--_acc', '--_Gap', '--_']) {
    it(`stops the build on ${unknown}, which the table lacks`, () => {
      assert.throws(() => shortenTokens(`a{color:var(${unknown})}`, 'lib/x.js'), {
        message: `[rolefit build] ${unknown} in lib/x.js has no short name: add it to scripts/css-token-names.mjs`,
      });
    });
  }
  it('gives every token its own short name, which no other token is called', () => {
    const shortNames = Object.values(cssTokenNames);
    assert.equal(new Set(shortNames).size, shortNames.length);
    for (const short of shortNames) assert.ok(!Object.hasOwn(cssTokenNames, short), short);
  });
});

/** The plugin's output for `code` as the module lib/elements/x.js (`code` itself when it changes nothing). */
function transform(code) {
  const result = compactTemplates().transform.call({ parse: parseAst }, code, join(root, 'lib/elements/x.js'));
  return result?.code ?? code;
}

describe('the plugin: which text it rewrites', () => {
  it('compacts css`` and html`` and renames the tokens in css`` only', () => {
    const code = 'const s = css`\n  a {\n    gap: var(--_gap);\n  }\n`;\nconst t = html`<p part="x">\n  hi\n</p>`;\n';
    assert.equal(transform(code), 'const s = css`a{gap:var(--_g)}`;\nconst t = html`<p part=x> hi </p>`;\n');
  });
  it('leaves other tags, untagged templates and strings alone', () => {
    const code = [
      'const a = String.raw`a {\n  gap: 1em;\n}`;',
      'const b = svg`<g class="x">\n  </g>`;',
      'const c = this.html`<p class="x">\n</p>`;',
      'const d = `<p class="x">\n  ${a}\n</p>`;',
      'const e = unsafeCSS("a {\\n  gap: 0.5em;\\n}");',
      'const f = \'<p class="x">  </p>\';',
      'const g = gql`query {\n  a\n}`;',
    ].join('\n');
    assert.equal(transform(code), code);
  });
  it('leaves modules outside lib/ alone (Lit)', () => {
    const code = 'const t = html`<p class="x">\n</p>`;';
    assert.equal(
      compactTemplates().transform.call({ parse: parseAst }, code, join(root, 'node_modules/lit/x.js')),
      null,
    );
  });
  it('keeps every binding and compacts the text between, nested templates too', () => {
    const code =
      'html`${a}\n  <div class="card ${b}" part="${c}" title=${d} ?hidden=${e} .value=${f} @click=${g} ${h}>\n' +
      '    ${i ? html`<b class="x">\n  ${j}</b>` : nothing}\n    text ${k}\n  </div>\n${l}`';
    assert.equal(
      transform(code),
      'html`${a} <div class="card ${b}" part="${c}" title=${d} ?hidden=${e} .value=${f} @click=${g} ${h}> ' +
        '${i ? html`<b class=x> ${j}</b>` : nothing} text ${k} </div> ${l}`',
    );
  });
  it('stops the build on a private token outside a css`` sheet', () => {
    for (const code of ["el.style.setProperty('--_gap', '1em');", 'html`<p style="--_gap: 1em"></p>`;']) {
      assert.throws(() => transform(code), {
        message: /^\[rolefit build\] --_gap in lib\/elements\/x\.js is outside a css`` sheet/,
      });
    }
  });
  it('stops the build on a token the table lacks, naming the module', () => {
    assert.throws(() => transform('css`a{color:var(--_accent-hover)}`;'), {
      message:
        '[rolefit build] --_accent-hover in lib/elements/x.js has no short name: add it to scripts/css-token-names.mjs',
    });
  });
});

// The scan: what the compaction assumes about src/, checked on the TypeScript source.
function sourceFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

// Browser code only: the compaction runs in the bundle's build, which never includes the command line (src/cli).
const sources = sourceFiles(join(root, 'src'))
  .filter((path) => !path.startsWith(join(root, 'src', 'cli')))
  .map((path) => ({
    file: path.slice(root.length),
    tree: ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true),
  }));

function nodesOf(tree, wanted) {
  const found = [];
  const visit = (node) => {
    if (wanted(node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

/** Every css`` and html`` template of src/, with its static parts. */
const templates = sources.flatMap(({ file, tree }) =>
  nodesOf(
    tree,
    (node) =>
      ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['css', 'html'].includes(node.tag.text),
  ).map((node) => ({
    file,
    tag: node.tag.text,
    line: tree.getLineAndCharacterOfPosition(node.getStart()).line + 1,
    parts: ts.isNoSubstitutionTemplateLiteral(node.template)
      ? [node.template.rawText]
      : [node.template.head.rawText, ...node.template.templateSpans.map((span) => span.literal.rawText)],
  })),
);

/**
 * Where each character of an HTML template's static text stands: 'text', 'tag' (between `<name` and `>`),
 * 'value' (inside a quoted attribute value) or 'comment'. `\0` stands for each binding.
 */
function htmlPlaces(text) {
  const places = [];
  let place = 'text';
  let quote = '';
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (place === 'text' && text.startsWith('<!--', index)) place = 'comment';
    else if (place === 'text' && /^<\/?[a-z]/i.test(text.slice(index, index + 3))) place = 'tag';
    else if (place === 'comment' && text.startsWith('-->', index - 2)) place = 'text';
    else if (place === 'tag' && (character === '"' || character === "'")) {
      place = 'value';
      quote = character;
    } else if (place === 'tag' && character === '>') place = 'text';
    else if (place === 'value' && character === quote) place = 'tag';
    places.push(place);
  }
  return places;
}

describe('src/ holds none of the patterns the compaction assumes away', () => {
  it('finds the templates it scans', () => {
    assert.ok(templates.filter(({ tag }) => tag === 'css').length >= 4);
    assert.ok(templates.filter(({ tag }) => tag === 'html').length >= 20);
  });

  it('every css and html tag is ours: Lit’s html, the css of shared/styles.ts, nothing else of that name', () => {
    const stray = [];
    for (const { file, tree } of sources) {
      const named = nodesOf(
        tree,
        (node) => node.name && ts.isIdentifier(node.name) && ['css', 'html'].includes(node.name.text),
      );
      for (const node of named) {
        const name = node.name.text;
        const from = ts.isImportSpecifier(node) ? node.parent.parent.parent.moduleSpecifier.text : null;
        const imported = node.propertyName?.text ?? name;
        const ours =
          (ts.isImportSpecifier(node) && imported === name && name === 'html' && from === 'lit') ||
          (ts.isImportSpecifier(node) && imported === name && name === 'css' && from.endsWith('shared/styles.js')) ||
          (ts.isVariableDeclaration(node) && name === 'css' && file === 'src/elements/shared/styles.ts');
        if (!ours) stray.push(`${file}: ${node.getText().slice(0, 60)}`);
      }
    }
    assert.deepEqual(stray, []);
  });

  it('css`` sheets take no ${} (the compaction reads each as one text)', () => {
    const withBindings = templates.filter(({ tag, parts }) => tag === 'css' && parts.length > 1);
    assert.deepEqual(
      withBindings.map(({ file, line }) => `${file}:${line}`),
      [],
    );
  });

  it('html``: quoted values lose their quotes only in tags, never in text; no value spans lines', () => {
    const problems = [];
    for (const { file, line, tag, parts } of templates.filter((template) => template.tag === 'html')) {
      const text = parts.join('\0');
      const places = htmlPlaces(text);
      for (const match of text.matchAll(/="([\w-]+)"(?=[\s>])/g)) {
        if (places[match.index] !== 'tag') problems.push(`${file}:${line}: ${match[0]} in ${places[match.index]}`);
      }
      for (const match of text.matchAll(/\n/g)) {
        if (places[match.index] === 'value')
          problems.push(`${file}:${line}: a line break in an attribute value (${tag})`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('the scan tells text from tags (so the check above can fail)', () => {
    const text = '<p class="a" title=\'b c\'>d="e" <!-- f="g" --></p>';
    const places = htmlPlaces(text);
    assert.equal(places[text.indexOf('="a"')], 'tag');
    assert.equal(places[text.indexOf('b c')], 'value');
    assert.equal(places[text.indexOf('="e"')], 'text');
    assert.equal(places[text.indexOf('="g"')], 'comment');
  });

  it('private tokens: only in css`` sheets, each one in the table, every table entry used', () => {
    const inSheets = new Set(
      templates.filter(({ tag }) => tag === 'css').flatMap(({ parts }) => parts.join('').match(/--_[\w-]*/g) ?? []),
    );
    assert.deepEqual([...inSheets].sort(), Object.keys(cssTokenNames).sort());
    const elsewhere = sources.flatMap(({ file, tree }) =>
      nodesOf(
        tree,
        (node) => (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) && /--_/.test(node.text),
      )
        .filter((node) => !(ts.isTaggedTemplateExpression(node.parent) && node.parent.tag.getText() === 'css'))
        .map((node) => `${file}: ${node.text.slice(0, 40)}`),
    );
    assert.deepEqual(elsewhere, []);
  });
});
