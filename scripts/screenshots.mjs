// `node scripts/screenshots.mjs` (after `npm run build`): PNGs of the demo pages in docs/screenshots/, taken with
// headless Debian Chromium: each page light and dark, narrow (375 px) and wide (1280 px), plus close-ups of the
// advisor's result and of a course list.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { answerQuiz, deep, launchChromium, showWidget } from './demo-browser.mjs';

const shots = [
  // Whole pages (the top of each, one screen high), light and dark, wide and narrow.
  { name: 'blog-wide-light', path: 'blog.html', width: 1280, widget: 'rolefit-advisor', view: 'widget' },
  { name: 'blog-narrow-dark', path: 'blog.html', width: 375, dark: true, widget: 'rolefit-advisor', view: 'widget' },
  { name: 'jobboard-wide-light', path: 'jobboard.html', width: 1280 },
  { name: 'jobboard-wide-dark', path: 'jobboard.html', width: 1280, dark: true },
  { name: 'jobboard-narrow-light', path: 'jobboard.html', width: 375, widget: '#quiz' },
  { name: 'configurator-wide-light', path: 'configurator.html', width: 1280 },
  { name: 'configurator-wide-dark', path: 'configurator.html', width: 1280, dark: true },
  { name: 'theming-wide-light', path: 'theming.html', width: 1280, widget: '.rolefit-neutral' },
  {
    name: 'theming-narrow-dark',
    path: 'theming.html',
    width: 375,
    dark: true,
    widget: '.rolefit-warm-editorial',
    view: 'widget',
  },
  { name: 'index-narrow-light', path: '', width: 375 },
  // Close-ups, clipped to the widget (`clip`: at most this many pixels of its top).
  { name: 'advisor-result', path: 'blog.html', width: 1280, widget: 'rolefit-advisor', answer: true, clip: 1400 },
  { name: 'courses-list', path: 'jobboard.html', width: 1280, widget: 'rolefit-courses', clip: 1200 },
];

async function prepare(page, shot) {
  if (shot.widget === 'rolefit-courses') {
    const courses = await page.waitForSelector('rolefit-courses');
    await courses.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.waitForSelector(deep('rolefit-courses', '[part~="course"]'), { visible: true });
  } else if (shot.widget) {
    await showWidget(page, shot.widget);
  }
  if (shot.answer) {
    // Varied answers, so the result shows a clear winner and a spread of fits.
    await answerQuiz(page, shot.widget, (index) => (index % 3 === 1 ? 1 : 0));
    await page.waitForSelector(deep(shot.widget, '[part~="course"]'), { visible: true });
  }
  // The job board's dark look comes from its own switch (its first state follows the system setting).
  if (shot.dark && shot.path === 'jobboard.html') {
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  }
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

async function takeScreenshots(origin, folder) {
  mkdirSync(folder, { recursive: true });
  const chromium = await launchChromium();
  try {
    for (const shot of shots) {
      const page = await chromium.browser.newPage();
      await page.setViewport({ width: shot.width, height: shot.width < 600 ? 812 : 900 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: shot.dark ? 'dark' : 'light' }]);
      await page.goto(`${origin}/demo/${shot.path}`, { waitUntil: 'networkidle0' });
      await prepare(page, shot);
      const file = join(folder, `${shot.name}.png`);
      if (shot.clip) {
        // Document coordinates, as `clip` with `captureBeyondViewport` expects them.
        const box = await page.$eval(shot.widget, (element) => {
          const { x, y, width, height } = element.getBoundingClientRect();
          return { x: x + scrollX, y: y + scrollY, width, height };
        });
        const clip = { ...box, height: Math.min(box.height, shot.clip) };
        await page.screenshot({ path: file, clip, captureBeyondViewport: true });
      } else {
        // `widget`: the widget in the middle of its page, with some of the page above it; otherwise the page top.
        await page.evaluate(
          (selector) => {
            const top = selector ? document.querySelector(selector).getBoundingClientRect().top + scrollY - 160 : 0;
            window.scrollTo(0, top);
          },
          shot.view === 'widget' ? shot.widget : null,
        );
        await page.screenshot({ path: file });
      }
      console.log(`screenshots: ${file}`);
      await page.close();
    }
  } finally {
    await chromium.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { startServer } = await import('./serve.mjs');
  const server = await startServer(0);
  try {
    await takeScreenshots(`http://127.0.0.1:${server.address().port}`, 'docs/screenshots');
  } finally {
    server.close();
  }
}
