// Shared helpers for the CLI tests. They run the compiled CLI: build it first with `npx tsc -p tsconfig.cli.json`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const bin = join(root, 'bin/rolefit.js');
export const fixture = (name) => join(root, 'test/fixtures/cli', name);

const env = { ...process.env, NO_COLOR: '1' };

/**
 * Runs `rolefit …args` to completion: { code, stdout, stderr }. A run still going after `timeout` ms is killed
 * and has code null (a preview that should have refused its arguments fails the test instead of hanging it).
 */
export function rolefit(args, { cwd = root, timeout = 30_000 } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8', timeout });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `rolefit …args` without waiting: for `preview`, which runs until stopped. */
export function startRolefit(args) {
  return spawn(process.execPath, [bin, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Runs `rolefit …args` to completion without blocking this process, for tests that serve the CLI from a server of
 * their own (spawnSync would stop that server from answering): resolves to { code, stdout, stderr }.
 */
export function runRolefit(args) {
  const child = startRolefit(args);
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh temporary folder, removed after the test. */
export function tempDir(t) {
  const dir = mkdtempSync(join(tmpdir(), 'rolefit-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Whatever the CLI prints for a user error, it is never a stack trace. */
export const hasStackTrace = (text) => /\n\s+at .+:\d+:\d+/.test(text);
