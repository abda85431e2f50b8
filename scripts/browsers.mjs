// Makes sure the three test browsers from Debian's packages are present. As root on Debian it installs what is
// missing; anywhere else it says exactly what to install. Nothing ever downloads a browser build of its own.
import { existsSync } from 'node:fs';
import { run } from './run.mjs';

const needs = [
  { file: '/usr/bin/chromium', pkg: 'chromium' },
  { file: '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
  { file: '/usr/bin/WebKitWebDriver', pkg: 'webkit2gtk-driver' },
  { file: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', pkg: 'webkit2gtk-driver' },
  { file: '/usr/bin/xvfb-run', pkg: 'xvfb' },
];

export async function ensureBrowsers() {
  const missing = [...new Set(needs.filter((need) => !existsSync(need.file)).map((need) => need.pkg))];
  if (!missing.length) return;
  const command = `apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`The test browsers are missing. Install them with: sudo apt-get update && sudo ${command}`);
  }
  console.log(`Installing test browsers from Debian packages: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update', '-qq'], { env });
  await run('apt-get', ['install', '-y', '-qq', ...missing], { env });
}

if (import.meta.url === `file://${process.argv[1]}`) await ensureBrowsers();
