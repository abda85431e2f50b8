import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { outputFor } from '../../lib/cli/output.js';
import { fixture, hasStackTrace, rolefit, root } from './cli-support.mjs';

const commandNames = ['validate', 'import', 'init', 'preview', 'schema'];

test('--help lists every command and exits 0', () => {
  const { code, stdout } = rolefit(['--help']);
  assert.equal(code, 0);
  for (const name of commandNames) assert.match(stdout, new RegExp(`^  ${name} `, 'm'));
});

test('the general help names every exit code, the one for a bug in rolefit too', () => {
  assert.match(
    rolefit(['--help']).stdout,
    /Exit codes: 0 success, 1 the input has problems, 2 the command line is wrong, 70 a bug in rolefit \(please\sreport it\)\./,
  );
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
    assert.match(stderr, /Unknown command "frobnicate"\. Commands: validate, import, export, init, pack, preview, schema\./);
    assert.ok(!hasStackTrace(stderr));
  }
});

test('an unknown option names the options the command has, exit 2', () => {
  const { code, stderr } = rolefit(['validate', 'feed.json', '--colour']);
  assert.equal(code, 2);
  assert.match(stderr, /Unknown option "--colour" for `rolefit validate`\. Its options: --json, --strict, --today\./);
  assert.match(rolefit(['--colour']).stderr, /Unknown option "--colour"\. Put a command first/);
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
  const emptyOut = rolefit(['import', fixture('courses.csv'), '--feed', fixture('base-feed.json'), '--out=']);
  assert.deepEqual([emptyOut.code, emptyOut.stdout], [2, ''], '--out= does not mean standard output');
  assert.match(emptyOut.stderr, /--out needs a value \(file\)/);
  assert.match(
    rolefit(['schema', '--json=1']).stderr,
    /Unknown option "--json" for `rolefit schema`\. It takes no options\./,
  );
});

test('a long unknown command, option or argument is quoted shortened, not echoed whole', () => {
  const long = 'x'.repeat(500);
  for (const args of [[long], ['validate', `--${long}`], ['validate', 'a.json', long]]) {
    const { code, stderr } = rolefit(args);
    assert.equal(code, 2);
    assert.ok(stderr.length < 300, stderr);
    assert.match(stderr, /"-*x+…/);
  }
});

test('errors on standard error are coloured only when standard error is a terminal', () => {
  const terminal = { isTTY: true };
  const piped = { isTTY: false };
  assert.equal(outputFor({ stdout: terminal, stderr: piped, env: {} }).errorStyle.red('x'), 'x');
  assert.equal(outputFor({ stdout: piped, stderr: terminal, env: {} }).errorStyle.red('x'), '\x1b[31mx\x1b[39m');
  assert.equal(outputFor({ stdout: terminal, stderr: piped, env: {} }).style.red('x'), '\x1b[31mx\x1b[39m');
  assert.equal(outputFor({ stdout: terminal, stderr: terminal, env: { NO_COLOR: '1' } }).errorStyle.red('x'), 'x');
});
