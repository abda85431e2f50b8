/** The demo page `rolefit preview` serves: the quiz and the course list, as a host page would embed them. */
import type { UiLang } from '../i18n/strings.js';

/** The languages the page has text for; they are the widgets' UI languages, so the two always agree. */
export const previewLangs = ['de', 'en'] as const satisfies readonly UiLang[];

/** The page's own words; the widgets bring theirs. */
const pageText: Record<UiLang, { title: string; intro: string }> = {
  de: {
    title: 'rolefit-Vorschau',
    intro:
      'Ändern Sie den Feed und laden Sie diese Seite neu, um die Änderung zu sehen. ' +
      'Probleme stehen in der Konsole des Browsers und im Terminal.',
  },
  en: {
    title: 'rolefit preview',
    intro:
      'Edit the feed and reload this page to see the change. ' +
      'Problems are listed in the browser console and in the terminal.',
  },
};

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The page declares an empty icon (`data:,`): otherwise the browser asks for /favicon.ico and logs its 404 as an
 * error, in the console the page sends the reader to for feed problems.
 */
export function previewPage(feedName: string, lang: UiLang): string {
  const text = pageText[lang];
  const title = `${text.title}: ${escapeHtml(feedName)}`;
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <link rel="icon" href="data:,">
  <style>
    body { font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
    rolefit-matcher { margin-block-end: 2rem; }
  </style>
  <script type="module" src="/dist/rolefit.js"></script>
</head>
<body>
  <h1>${title}</h1>
  <p>${text.intro}</p>
  <rolefit-matcher id="quiz" lang="${lang}" feed="/feed.json" loading="eager"></rolefit-matcher>
  <rolefit-courses matcher="quiz" lang="${lang}" feed="/feed.json" filters loading="eager"></rolefit-courses>
</body>
</html>
`;
}
