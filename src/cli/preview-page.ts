/** The demo page `rolefit preview` serves: the quiz and the course list, as a host page would embed them. */
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function previewPage(feedName: string, lang: string): string {
  const title = `rolefit preview: ${escapeHtml(feedName)}`;
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <style>
    body { font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
    rolefit-matcher { margin-block-end: 2rem; }
  </style>
  <script type="module" src="/dist/rolefit.js"></script>
</head>
<body>
  <h1>${title}</h1>
  <p>Edit the feed and reload this page to see the change. Problems are listed in the browser console and in the terminal.</p>
  <rolefit-matcher id="quiz" feed="/feed.json" loading="eager"></rolefit-matcher>
  <rolefit-courses matcher="quiz" feed="/feed.json" filters loading="eager"></rolefit-courses>
</body>
</html>
`;
}
