// Runs every test in Chromium, Firefox ESR and WebKitGTK, all from Debian packages (see scripts/browsers.mjs).
import { spawn } from 'node:child_process';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumFlags } from './scripts/demo-browser.mjs';
import { countingReporter } from './test/support/counting-reporter.mjs';
import { faultyServer } from './test/support/faulty-server.mjs';
import { hardeningServer } from './test/support/hardening-server.mjs';
import { defaultReporter } from '@web/test-runner';

const miniBrowser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const webkitDriverPort = 4444 + (process.pid % 1000);

/** WebKitWebDriver must be running before wtr asks it for a session; it is stopped when wtr exits. */
function startWebKitDriver() {
  const driver = spawn('WebKitWebDriver', [`--port=${webkitDriverPort}`], { stdio: 'ignore' });
  const stop = () => driver.kill();
  process.on('exit', stop);
  return driver;
}

const engines = (process.env.ROLEFIT_BROWSERS ?? 'chromium,firefox,webkit').split(',');
const browsers = [];
if (engines.includes('chromium')) {
  browsers.push(chromeLauncher({ launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumFlags } }));
}
if (engines.includes('firefox')) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true },
    }),
  );
}
if (engines.includes('webkit')) {
  startWebKitDriver();
  browsers.push(
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: webkitDriverPort,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    }),
  );
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [faultyServer(), hardeningServer()],
  browsers,
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), countingReporter('.tmp/test-counts.json')],
};
