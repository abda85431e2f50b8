// Shows each look's CSS file, fetched from the same URL the page's <link> applies, so the code on show cannot
// drift from the look on show.
import { wireCopyButtons } from './copy-button.js';

async function showLookCss(link) {
  const code = document.querySelector(`[data-look-css="${link.dataset.look}"]`);
  const response = await fetch(link.href);
  if (!response.ok) throw new Error(`${link.href}: HTTP ${response.status}`);
  code.textContent = (await response.text()).trim();
}

wireCopyButtons();
await Promise.all([...document.querySelectorAll('link[data-look]')].map(showLookCss));
