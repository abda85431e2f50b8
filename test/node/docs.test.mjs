// README.md and docs/*.md: every relative link reaches a file of the repository (and its #anchor a heading), and
// every Content-Security-Policy they show is one the hardening tests run the widgets under. A policy that only
// looks right breaks every page that copies it (`trusted-types rolefit` without `lit-html` renders nothing).
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, test } from 'node:test';
import { sharedLitCsp, strictCsp } from '../support/hardening-server.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const documents = [
  'README.md',
  ...readdirSync(new URL('docs/', root))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** The policies the hardening tests use: csp.test.ts (through the test server) and hardening-bundle.test.mjs. */
const testedPolicies = [strictCsp, sharedLitCsp];

/** Files of the repository: tracked, or new and not ignored (so build output such as dist/ does not count). */
const repositoryFiles = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter(Boolean);

const fencePattern = /^ {0,3}(```|~~~)[^\n]*\n[\s\S]*?^ {0,3}\1[ \t]*$/gm;
const codeSpanPattern = /`[^`\n]+`/g;

/** The text outside fenced code blocks and code spans: where links and headings are. */
function prose(markdown) {
  return markdown.replace(fencePattern, '').replace(codeSpanPattern, (span) => span.replace(/[[\]()<>]/g, ' '));
}

/** GitHub's heading anchors: rendered text, lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function anchors(markdown) {
  const seen = new Map();
  const result = new Set();
  const withoutFences = markdown.replace(fencePattern, '');
  for (const [, heading] of withoutFences.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const text = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, '');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count ? `${base}-${count}` : base);
  }
  return result;
}

/** Every relative link target in a Markdown file that does not lead to a file of the repository or a heading. */
export function brokenLinks(markdown, documentPath, { files = repositoryFiles, readDocument = read } = {}) {
  const text = prose(markdown);
  const targets = [
    ...[...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]),
    ...[...text.matchAll(/\b(?:href|src)="([^"]+)"/g)].map((match) => match[1]),
  ];
  const broken = [];
  for (const target of targets) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
    const [pathPart, fragment] = target.split('#');
    const resolved = pathPart ? normalize(join(dirname(documentPath), decodeURIComponent(pathPart))) : documentPath;
    const path = resolved.replace(/\/$/, '');
    const isFile = files.includes(path);
    const isFolder = files.some((file) => file.startsWith(`${path}/`));
    if (path.startsWith('..') || (!isFile && !isFolder)) {
      broken.push(`${target}: no such file or folder in the repository`);
    } else if (fragment && isFile && path.endsWith('.md') && !anchors(readDocument(path)).has(fragment)) {
      broken.push(`${target}: ${path} has no heading with the anchor #${fragment}`);
    }
  }
  return broken;
}

const directivePattern =
  /\b(?:[a-z]+-src|require-trusted-types-for|trusted-types|base-uri|form-action|frame-ancestors|sandbox)[ \t\n]+[^\s;`]/;
const directivesOf = (policy) =>
  policy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

/** Every Content-Security-Policy (or part of one) a Markdown file shows, in code blocks and code spans. */
export function shownPolicies(markdown) {
  const blocks = [...markdown.matchAll(fencePattern)].map((match) =>
    match[0].replace(/^.*\n/, '').replace(/\n.*$/, ''),
  );
  const spans = [...markdown.replace(fencePattern, '').matchAll(codeSpanPattern)].map((match) => match[0].slice(1, -1));
  return [...blocks, ...spans]
    .filter((code) => directivePattern.test(code))
    .map((code) => {
      const quoted = /Content-Security-Policy\s+["']([^"']+)["']/i.exec(code);
      return (quoted ? quoted[1] : code.replace(/^\s*Content-Security-Policy:/i, '')).trim().replace(/\s+/g, ' ');
    });
}

/** Whether every directive of the shown policy belongs, word for word, to one tested policy. */
export function isTested(shown, policies = testedPolicies) {
  const directives = directivesOf(shown);
  return policies.some((policy) => directives.every((directive) => directivesOf(policy).includes(directive)));
}

describe('README.md and docs/*.md', () => {
  for (const path of documents) {
    test(`${path}: every relative link reaches a file of the repository`, () => {
      assert.deepEqual(brokenLinks(read(path), path), []);
    });

    test(`${path}: every Content-Security-Policy shown is one the hardening tests use`, () => {
      const untested = shownPolicies(read(path)).filter((shown) => !isTested(shown));
      assert.deepEqual(untested, [], `not among the tested policies:\n${testedPolicies.join('\n')}`);
    });
  }

  test('the docs show the strict policy of the CSP test in full', () => {
    const shown = documents.flatMap((path) => shownPolicies(read(path)));
    assert.ok(shown.includes(strictCsp), `no document shows: ${strictCsp}`);
  });
});

describe('the checks catch what the README once got wrong', () => {
  test('a link out of the repository, a missing file and a missing anchor', () => {
    const files = ['README.md', 'demo/blog.html', 'docs/elements.md'];
    const readDocument = () => '# The elements\n';
    const markdown =
      '[blog](../demo/blog.html) [ok](demo/blog.html) [gone](demo/gone.html) [a](docs/elements.md#the-elements) ' +
      '[b](docs/elements.md#nothing) `[not a link](nowhere.md)`\n```md\n[in code](nowhere.md)\n```\n';
    assert.deepEqual(brokenLinks(markdown, 'README.md', { files, readDocument }), [
      '../demo/blog.html: no such file or folder in the repository',
      'demo/gone.html: no such file or folder in the repository',
      'docs/elements.md#nothing: docs/elements.md has no heading with the anchor #nothing',
    ]);
  });

  test('GitHub anchors of headings with code, punctuation and repeats', () => {
    const markdown =
      '## `<rolefit-advisor>`: the one-tag experience\n## The elements show nothing (0 px)\n## A\n## A\n';
    assert.deepEqual(
      [...anchors(markdown)],
      ['rolefit-advisor-the-one-tag-experience', 'the-elements-show-nothing-0-px', 'a', 'a-1'],
    );
  });

  test('the short policy that breaks rendering (no lit-html) is refused; the tested ones and their parts pass', () => {
    const markdown =
      "allow the policy name `rolefit`\n(`require-trusted-types-for 'script'; trusted-types rolefit`), add it to `script-src`\n" +
      "```\nContent-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';\n" +
      "  require-trusted-types-for 'script'; trusted-types lit-html rolefit\n```\n" +
      'name both: `trusted-types lit-html rolefit`\n';
    const shown = shownPolicies(markdown);
    assert.deepEqual(shown, [
      strictCsp,
      "require-trusted-types-for 'script'; trusted-types rolefit",
      'trusted-types lit-html rolefit',
    ]);
    assert.deepEqual(
      shown.map((policy) => isTested(policy)),
      [true, false, true],
    );
    assert.equal(isTested(`${strictCsp}; img-src *`), false);
  });
});
