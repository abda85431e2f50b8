// Writes passed/failed counts per browser so scripts/test.mjs can print one `N passed, N failed` line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function count(suite, tally) {
  for (const test of suite.tests) {
    if (test.skipped) tally.skipped += 1;
    else if (test.passed) tally.passed += 1;
    else tally.failed += 1;
  }
  for (const child of suite.suites) count(child, tally);
}

export function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const perBrowser = {};
      for (const session of sessions) {
        perBrowser[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
        const tally = perBrowser[session.browser.name];
        if (session.testResults) count(session.testResults, tally);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (!session.testResults || session.errors.length)) tally.fileErrors += 1;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(perBrowser, null, 2));
    },
  };
}
