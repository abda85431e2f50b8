// Headless Debian Chromium for the demo-page tests and the screenshots: launch it, and drive the widgets
// through their shadow roots as a reader would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

/** Flags for Debian Chromium as root on a machine with no network but localhost. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Headless Chromium with a fresh profile; `close()` also deletes the profile. */
export async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'rolefit-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...chromiumFlags, `--user-data-dir=${profile}`],
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A puppeteer selector for `selector` anywhere in the shadow trees below `host` (the `>>>` deep combinator). */
export const deep = (host, selector) => `${host} >>> ${selector}`;

/** Scrolls the widget into view (lazy widgets load only then) and waits until its first question is rendered. */
export async function showWidget(page, host) {
  const widget = await page.waitForSelector(host);
  await widget.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  return page.waitForSelector(deep(host, '[part~="question"] [part~="option"]'), { visible: true });
}

/**
 * Answers the quiz inside `host` as a reader would: in every open question it clicks the answer at `pick(index)`,
 * then "next" (or "show result"), until the result part appears. Works for both layouts.
 */
export async function answerQuiz(page, host, pick = () => 0) {
  for (let turn = 0; turn < 50; turn += 1) {
    if (await page.$(deep(host, '[part~="result"]'))) return;
    const questions = await page.$$(deep(host, '[part~="question"]'));
    for (const [index, question] of questions.entries()) {
      if (await question.$('input:checked')) continue;
      const options = await question.$$('[part~="option"]');
      await options[pick(index) % options.length].click();
    }
    const legend = await page.waitForSelector(deep(host, '[part~="question"] legend'));
    const before = await legend.evaluate((element) => element.textContent);
    const forward = await page.waitForSelector(deep(host, ':is([part~="next"], [part~="submit"]):not([disabled])'), {
      visible: true,
    });
    await forward.click();
    // The next step shows another question in the same fieldset, the result replaces the questions.
    await page.waitForFunction(
      (element, text) => !element.isConnected || element.textContent !== text,
      {},
      legend,
      before,
    );
  }
  throw new Error(`${host}: no result after 50 steps`);
}
