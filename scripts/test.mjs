// `npm test`: browsers present → lint → type check → build → manifest check → Node tests (size, CLI) → browser tests in
// Chromium, Firefox ESR and WebKit. Ends with one `N passed, N failed` line for CI.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowsers } from './browsers.mjs';
import { run } from './run.mjs';

const started = Date.now();
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

async function step(name, action) {
  try {
    await action();
    lines.push(`  ${name}: ok`);
  } catch (error) {
    // A failed step counts as one failure; a passing step is set-up, not a test.
    totals.failed += 1;
    lines.push(`  ${name}: FAILED (${error.message})`);
    return false;
  }
  return true;
}

function finish() {
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`\nrolefit test summary (${seconds} s):\n${lines.join('\n')}`);
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed ? 1 : 0);
}

mkdirSync('.tmp', { recursive: true });
const tsc = ['node_modules/typescript/bin/tsc', '--noEmit', '-p'];
const ready =
  (await step('browsers', ensureBrowsers)) &&
  (await step('lint', () => run('node', ['node_modules/eslint/bin/eslint.js', '--max-warnings', '0', '.']))) &&
  (await step('type check', () => run('node', [...tsc, 'tsconfig.test.json']))) &&
  (await step('build', () => run('node', ['scripts/build.mjs'])));
if (!ready) finish();
await step('custom-elements.json', () => run('node', ['scripts/check-manifest.mjs']));

// Node tests (bundle size, CLI): spec output for people, TAP to a file for the counts.
const tap = '.tmp/node-tests.tap';
rmSync(tap, { force: true });
await run('node', [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${tap}`,
  'test/node/',
]).catch(() => {});
const tapText = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
const tapCount = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tapText)?.[1] ?? 0);
const node = { passed: tapCount('pass'), failed: tapCount('fail') + (tapText ? 0 : 1), skipped: tapCount('skipped') };
lines.push(`  node: ${node.passed} passed, ${node.failed} failed`);

// Browser tests. MiniBrowser (WebKit) has no headless mode, so the run goes under a virtual display.
const counts = '.tmp/test-counts.json';
rmSync(counts, { force: true });
const wtr = ['node', 'node_modules/@web/test-runner/dist/bin.js'];
const [command, ...args] = process.env.DISPLAY ? wtr : ['xvfb-run', '-a', ...wtr];
const wtrOk = await run(command, args).then(
  () => true,
  () => false,
);
const browsers = existsSync(counts) ? JSON.parse(readFileSync(counts, 'utf8')) : {};
for (const [name, tally] of Object.entries(browsers)) {
  lines.push(`  ${name}: ${tally.passed} passed, ${tally.failed + tally.fileErrors} failed, ${tally.skipped} skipped`);
  totals.passed += tally.passed;
  totals.failed += tally.failed + tally.fileErrors;
  totals.skipped += tally.skipped;
}
if (!wtrOk && !Object.values(browsers).some((tally) => tally.failed + tally.fileErrors)) {
  totals.failed += 1;
  lines.push('  browser tests: the test runner failed (see above)');
}
totals.passed += node.passed;
totals.failed += node.failed;
totals.skipped += node.skipped;
finish();
