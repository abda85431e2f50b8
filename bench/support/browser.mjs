// Headless Debian Chromium with a fresh, temporary profile; `--expose-gc` lets a page force a collection
// before its heap is read.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--js-flags=--expose-gc',
];

/** Starts Chromium; `close()` also removes its profile. */
export async function launchBrowser() {
  const profile = await mkdtemp(join(tmpdir(), 'rolefit-bench-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    userDataDir: profile,
    args: chromiumArgs,
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A page in its own browser context: empty HTTP cache, no code cache, its own renderer, so rounds do not warm
 * each other up.
 */
export async function freshPage(browser, viewport = { width: 1280, height: 800 }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  return { page, close: () => context.close() };
}

/** JS heap in use after two forced full collections (the page needs `--expose-gc`). */
export async function heapAfterGc(page) {
  await page.evaluate(() => {
    window.gc();
    window.gc();
  });
  const { JSHeapUsedSize } = await page.metrics();
  return JSHeapUsedSize;
}
