// Apps that use rolefit as npm users do (test/consumers/): the package is installed from `npm pack`'s tarball, each
// app type-checks strictly (tsc, vue-tsc with strictTemplates), builds with Vite, and runs in headless Chromium: the
// quiz renders, is answered, and the app's own handler shows the result. The plain page copies dist/ as a CDN or
// WordPress user would. The apps' dependencies are installed once into .tmp/consumers and kept between runs.
import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { answerQuiz, launchChromium, showWidget } from '../../scripts/demo-browser.mjs';
import { startServer } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sources = `${root}test/consumers`;
const work = `${root}.tmp/consumers`;
const defaultFeed = JSON.parse(readFileSync(`${root}src/feeds/social-media.json`, 'utf8'));
const roleIds = defaultFeed.roles.map((role) => role.id);

const quiet = { cwd: work, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' };
const npm = (args) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline'], quiet);
const tool = (path, args) => execFileSync(process.execPath, [`${work}/node_modules/${path}`, ...args], quiet);

let server;
let chromium;

before(() => {
  // The dependencies (pinned by test/consumers/package-lock.json) are installed again only when the lock changed.
  const installedManifest = `${work}/node_modules/.consumers-package-lock.json`;
  const manifest = readFileSync(`${sources}/package-lock.json`, 'utf8');
  const fresh = existsSync(installedManifest) && readFileSync(installedManifest, 'utf8') === manifest;
  for (const app of ['react', 'vue', 'plain']) rmSync(`${work}/${app}`, { recursive: true, force: true });
  cpSync(sources, work, { recursive: true });
  if (!fresh) {
    npm(['ci']);
    cpSync(`${sources}/package-lock.json`, installedManifest);
  }
  // rolefit itself, from the tarball npm would publish (the build ran before the node tests).
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: root,
      encoding: 'utf8',
    }),
  );
  rmSync(`${work}/node_modules/rolefit`, { recursive: true, force: true });
  npm(['install', '--no-save', `./${packed.filename}`]);
});

after(async () => {
  await chromium?.close();
  server?.close();
});

test('the React 19 app type-checks with rolefit/jsx (onrolefit-match typed) and builds with Vite', () => {
  tool('typescript/bin/tsc', ['-p', 'react/tsconfig.json']);
  tool('vite/bin/vite.js', ['build', 'react']);
});

test('the Vue 3 app type-checks with vue-tsc (strictTemplates, rolefit/vue) and builds with Vite', () => {
  tool('vue-tsc/bin/vue-tsc.js', ['-p', 'vue/tsconfig.json']);
  tool('vite/bin/vite.js', ['build', 'vue']);
});

test('the plain page gets dist/ copied next to it', () => {
  cpSync(`${work}/node_modules/rolefit/dist`, `${work}/plain/rolefit`, { recursive: true });
});

/** A port nobody listens on right now, for `vite dev`. */
function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function answers(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** Starts `vite dev` for an app; resolves with its URL once it answers. */
async function viteDev(app) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [`${work}/node_modules/vite/bin/vite.js`, app, '--port', `${port}`, '--strictPort'],
    {
      cwd: work,
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await answers(url)) return { url, stop: () => child.kill() };
    await new Promise((wait) => setTimeout(wait, 100));
  }
  child.kill();
  throw new Error(`vite dev for ${app} did not answer at ${url} within 10 s`);
}

const pages = { react: 'react/dist/', vue: 'vue/dist/', plain: 'plain/' };

/** Opens the page, answers the quiz, and checks what the app's handler shows and which feed was requested. */
async function answerIn(url) {
  chromium ??= await launchChromium();
  const page = await chromium.browser.newPage();
  const problems = [];
  const feedRequests = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => /social-media.*\.json$/.test(request.url()) && feedRequests.push(request.url()));
  try {
    await page.goto(url);
    await showWidget(page, 'rolefit-matcher');
    await answerQuiz(page, 'rolefit-matcher');
    const output = await page.waitForFunction(() => document.getElementById('top')?.textContent, { timeout: 5000 });
    assert.ok(roleIds.includes(await output.jsonValue()), 'the handler did not receive a role id');
    // The built-in feed was found without a `feed` attribute: in the Vite apps it is the asset Vite emitted.
    assert.equal(feedRequests.length, 1, feedRequests.join(', '));
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
}

for (const [app, path] of Object.entries(pages)) {
  test(`${app}: the quiz renders in Chromium, is answered, and the app's handler shows the result`, async () => {
    server ??= await startServer(0);
    await answerIn(`http://127.0.0.1:${server.address().port}/.tmp/consumers/${path}`);
  });
}

test('react under `vite dev`: with optimizeDeps.exclude the built-in feed is found too', async () => {
  const dev = await viteDev('react');
  try {
    await answerIn(dev.url);
  } finally {
    dev.stop();
  }
});
