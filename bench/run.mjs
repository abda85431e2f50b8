#!/usr/bin/env node
// `node bench/run.mjs` (after `npm --prefix bench install`): runs the three comparative cases in headless
// Chromium and rewrites BENCHMARKS.md. ROUNDS=n changes the rounds per case (default and minimum quoted: 7).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './support/browser.mjs';
import { machine } from './support/machine.mjs';
import { benchRoutes } from './support/routes.mjs';
import { startServer } from './support/server.mjs';
import { runImpactCase } from './page-impact/case.mjs';
import { runQuizCase } from './quiz/case.mjs';
import { report } from './report.mjs';
import { runScaleCase } from './scale/case.mjs';

const repository = new URL('..', import.meta.url);
const root = fileURLToPath(repository).replace(/\/$/, '');
const rounds = Number(process.env.ROUNDS ?? 7);
const sizes = [100, 1_000, 10_000];
const log = (message) => process.stderr.write(`[bench] ${message}\n`);

if (!Number.isInteger(rounds) || rounds < 1)
  throw new Error(`ROUNDS must be a positive integer, not ${process.env.ROUNDS}`);
if (!existsSync(new URL('dist/rolefit.js', repository)) || !existsSync(new URL('dist/feeds', repository))) {
  log('dist/ is missing: building the library first');
  execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}

const started = Date.now();
const server = await startServer(root, await benchRoutes(repository, sizes));
const { browser, close } = await launchBrowser();
try {
  const context = { browser, origin: server.origin, rounds, log };
  const quiz = await runQuizCase(context);
  const scale = await runScaleCase({ ...context, sizes });
  const impact = await runImpactCase(context);
  const markdown = report({
    machine: machine(),
    browser: await browser.version(),
    rounds,
    minutes: (Date.now() - started) / 60_000,
    quiz,
    scale,
    impact,
  });
  await writeFile(new URL('BENCHMARKS.md', repository), markdown);
  log(`BENCHMARKS.md written (${((Date.now() - started) / 1000).toFixed(0)} s)`);
} finally {
  await close();
  await server.close();
}
