#!/usr/bin/env node
// `node bench/run.mjs` (after `npm --prefix bench install`): runs the three comparative cases and the hostile
// feeds of issue #19 in headless Chromium, and `rolefit pack` at scale (issue #14) in Node, and rewrites
// BENCHMARKS.md. ROUNDS=n changes the rounds per case (default: 7; the pack case runs 1 round unless ROUNDS is
// set, at most 3); CASES=impact (or quiz, scale, hostile, pack, a comma list) runs only those and replaces only
// their parts of BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './support/browser.mjs';
import { machine } from './support/machine.mjs';
import { benchRoutes } from './support/routes.mjs';
import { startServer } from './support/server.mjs';
import { runHostileCase } from './hostile/case.mjs';
import { hostileRoutes } from './hostile/feeds.mjs';
import { runImpactCase } from './page-impact/case.mjs';
import { runDemoClsCase } from './page-impact/demo-cls.mjs';
import { runPackCase } from './pack/case.mjs';
import { runQuizCase } from './quiz/case.mjs';
import { report, updateReport } from './report.mjs';
import { runScaleCase } from './scale/case.mjs';

const repository = new URL('..', import.meta.url);
const benchmarks = new URL('BENCHMARKS.md', repository);
const root = fileURLToPath(repository).replace(/\/$/, '');
const rounds = Number(process.env.ROUNDS ?? 7);
/** The pack case takes minutes a round (1,000,000 courses, twice): one round unless asked, never more than 3. */
const packRounds = process.env.ROUNDS ? Math.min(rounds, 3) : 1;
const allCases = ['quiz', 'scale', 'impact', 'hostile', 'pack'];
const browserCases = ['quiz', 'scale', 'impact', 'hostile'];
/** CASES=impact (or a comma list) reruns only those cases and keeps the rest of BENCHMARKS.md. */
const cases = process.env.CASES ? process.env.CASES.split(',').map((name) => name.trim()) : allCases;
const sizes = [100, 1_000, 10_000];
const log = (message) => process.stderr.write(`[bench] ${message}\n`);

if (!Number.isInteger(rounds) || rounds < 1)
  throw new Error(`ROUNDS must be a positive integer, not ${process.env.ROUNDS}`);
const unknown = cases.filter((name) => !allCases.includes(name));
if (unknown.length) throw new Error(`CASES may name ${allCases.join(', ')}; not ${unknown.join(', ')}`);
if (!existsSync(new URL('dist/rolefit.js', repository)) || !existsSync(new URL('dist/feeds', repository))) {
  log('dist/ is missing: building the library first');
  execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}

const started = Date.now();
const results = {};
let browserVersion;
// Chromium and the server only for the cases that use them: `CASES=pack` needs neither.
if (cases.some((name) => browserCases.includes(name))) {
  const routes = await benchRoutes(repository, sizes);
  // The hostile feeds take memory and a few seconds to make (52 MB, a 300 MB bomb): only when their case runs.
  if (cases.includes('hostile')) for (const [path, route] of await hostileRoutes()) routes.set(path, route);
  const server = await startServer(root, routes);
  const { browser, close } = await launchBrowser();
  try {
    const context = { browser, origin: server.origin, rounds, log };
    if (cases.includes('quiz')) results.quiz = await runQuizCase(context);
    if (cases.includes('scale')) results.scale = await runScaleCase({ ...context, sizes });
    if (cases.includes('impact')) {
      results.impact = await runImpactCase(context);
      results.demoCls = await runDemoClsCase(context);
    }
    if (cases.includes('hostile')) results.hostile = await runHostileCase(context);
    browserVersion = await browser.version();
  } finally {
    await close();
    await server.close();
  }
}
if (cases.includes('pack')) results.pack = await runPackCase({ root, rounds: packRounds, log });
const minutes = (Date.now() - started) / 60_000;
const markdown =
  cases.length === allCases.length
    ? report({ machine: machine(), browser: browserVersion, rounds, minutes, ...results })
    : updateReport(await readFile(benchmarks, 'utf8'), {
        browser: browserVersion,
        rounds: cases.every((name) => name === 'pack') ? packRounds : rounds,
        minutes,
        cases,
        results,
      });
await writeFile(benchmarks, markdown);
log(`BENCHMARKS.md written (${((Date.now() - started) / 1000).toFixed(0)} s)`);
