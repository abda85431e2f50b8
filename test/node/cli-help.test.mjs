import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { hasStackTrace, rolefit, root } from './cli-support.mjs';

const commandNames = ['validate', 'import', 'init', 'preview', 'schema'];

test('--help lists every command and exits 0', () => {
  const { code, stdout } = rolefit(['--help']);
  assert.equal(code, 0);
  for (const name of commandNames) assert.match(stdout, new RegExp(`^  ${name} `, 'm'));
});

test('without a command it prints the help to stderr and exits 2', () => {
  const { code, stdout, stderr } = rolefit([]);
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /Usage: rolefit <command>/);
});

test('help <command> and <command> --help show its options and examples', () => {
  for (const args of [
    ['help', 'validate'],
    ['validate', '--help'],
  ]) {
    const { code, stdout } = rolefit(args);
    assert.equal(code, 0);
    assert.match(stdout, /Usage: rolefit validate <feed> \[options\]/);
    assert.match(stdout, /--today <YYYY-MM-DD>/);
    assert.match(stdout, /Examples:\n  rolefit validate feed.json/);
  }
  assert.match(rolefit(['help', 'import']).stdout, /--providers <providers.csv>/);
});

test('--version prints the package version', () => {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const { code, stdout } = rolefit(['--version']);
  assert.equal(code, 0);
  assert.equal(stdout.trim(), version);
});

test('an unknown command names the commands there are, exit 2', () => {
  for (const args of [['frobnicate'], ['help', 'frobnicate']]) {
    const { code, stderr } = rolefit(args);
    assert.equal(code, 2);
    assert.match(stderr, /Unknown command "frobnicate"\. Commands: validate, import, init, preview, schema\./);
    assert.ok(!hasStackTrace(stderr));
  }
});

test('an unknown option names the options the command has, exit 2', () => {
  const { code, stderr } = rolefit(['validate', 'feed.json', '--colour']);
  assert.equal(code, 2);
  assert.match(stderr, /Unknown option --colour for `rolefit validate`\. Its options: --json, --strict, --today\./);
  assert.match(rolefit(['--colour']).stderr, /Unknown option --colour\. Put a command first/);
});

test('a missing argument, an extra argument and a missing option value are usage errors', () => {
  assert.deepEqual(
    [rolefit(['validate']), rolefit(['validate', 'a.json', 'b.json']), rolefit(['validate', 'a.json', '--today'])].map(
      ({ code }) => code,
    ),
    [2, 2, 2],
  );
  assert.match(rolefit(['validate']).stderr, /needs a feed file or an http\(s\) URL \(<feed>\)/);
  assert.match(rolefit(['validate', 'a.json', 'b.json']).stderr, /unexpected argument "b\.json"/);
  assert.match(rolefit(['validate', 'a.json', '--today']).stderr, /--today needs a value \(YYYY-MM-DD\)/);
  assert.match(
    rolefit(['schema', '--json=1']).stderr,
    /Unknown option --json for `rolefit schema`\. It takes no options\./,
  );
});
