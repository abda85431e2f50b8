#!/usr/bin/env node
// Course list benchmark: generated feeds of 100 / 1,000 / 10,000 courses in headless Chromium.
// Prints medians as a markdown table. Not a test: it asserts nothing. See README.md.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { generateFeed } from './generate-feed.mjs';

const sizes = [100, 1_000, 10_000];
const rounds = Number(process.env.ROUNDS ?? 15);
const here = new URL('.', import.meta.url);

/** The page's code, bundled from the sources (no dist build needed); esbuild lowers the decorators. */
const bundle = await build({
  entryPoints: [new URL('page.mjs', here).pathname],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  write: false,
  conditions: ['production'],
});

const routes = new Map([
  ['/', { type: 'text/html', body: await readFile(new URL('index.html', here)) }],
  ['/bench.js', { type: 'text/javascript', body: bundle.outputFiles[0].contents }],
  ...sizes.map((size) => [
    `/feeds/${size}.json`,
    { type: 'application/json', body: JSON.stringify(generateFeed(size)) },
  ]),
]);

const server = createServer((request, response) => {
  const route = routes.get(new URL(request.url, 'http://localhost').pathname);
  response.writeHead(route ? 200 : 404, { 'content-type': route?.type ?? 'text/plain' });
  response.end(route?.body ?? 'not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const profile = await mkdtemp(join(tmpdir(), 'rolefit-bench-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  userDataDir: profile,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

const ms = (value) => value.toFixed(2);
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const rows = [];
  for (const size of sizes) {
    const result = await page.evaluate((url, count) => window.runBench(url, count), `/feeds/${size}.json`, rounds);
    rows.push(
      `| ${size.toLocaleString('en')} | ${ms(result.validation)} | ${ms(result.indexing)} | ${ms(result.searchIndexing)} | ` +
        `${ms(result.query)} | ${ms(result.render)} | ${ms(result.paint)} |`,
    );
  }
  console.log(`Chromium ${await browser.version()}, medians of ${rounds} rounds (ms)\n`);
  console.log(
    '| courses | feed validation | index (once per feed) | search keys (first search) | filter+facet+sort per change | change → updateComplete | change → list painted (next frame) |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(rows.join('\n'));
} finally {
  await browser.close();
  server.close();
  await rm(profile, { recursive: true, force: true });
}
