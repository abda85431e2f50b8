// The board's dark-mode switch. It sets `color-scheme` on <html> (through data-theme): the page's own colours and
// the widgets' colours both use light-dark(), so one property switches everything. The first state follows the
// system setting; the choice is not stored anywhere (no cookies, no storage on the demo pages).
const toggle = document.getElementById('theme-toggle');
const root = document.documentElement;

function applyTheme(dark) {
  root.dataset.theme = dark ? 'dark' : 'light';
  toggle.setAttribute('aria-pressed', String(dark));
}

applyTheme(matchMedia('(prefers-color-scheme: dark)').matches);
toggle.addEventListener('click', () => applyTheme(root.dataset.theme !== 'dark'));
