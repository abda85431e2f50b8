import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The tag of the elements' style sheets. They are static text (the type takes no `${}` values), which needs none
 * of the value checks in Lit's own `css` tag, so that tag stays out of the bundle; `unsafeCSS` wraps our own
 * constant text. Named `css` for editors' CSS highlighting and for the build's compaction (compact-templates.mjs).
 * In every sheet a rule lists its declarations by topic, for the reader: resets (`font: inherit`), layout, box,
 * type, colour, then behaviour (`cursor`, `animation`).
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);

/**
 * The public theming hooks (`--rolefit-*`) resolve into private tokens (`--_*`) once, here; the build shortens
 * the private names from one table (scripts/css-token-names.mjs). Colours follow the page's `color-scheme`
 * through `light-dark()`, so a light page gets a light widget whatever the OS prefers, and a page (or the element
 * itself) declaring `color-scheme: light dark` gets dark mode too.
 */
export const hostStyles = css`
  :host {
    --_accent: var(--rolefit-accent, light-dark(#0b57d0, #8ab4f8));
    --_accent-contrast: var(--rolefit-accent-contrast, light-dark(#fff, #0b1d36));
    --_text: var(--rolefit-text, light-dark(#1f2328, #e8eaed));
    --_muted: var(--rolefit-muted, light-dark(#57606a, #a8b0b9));
    --_surface: var(--rolefit-surface, light-dark(#fff, #1d2127));
    --_subtle: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
    --_border: var(--rolefit-border, light-dark(#d0d7de, #444c56));
    --_danger: light-dark(#b3261e, #f2b8b5);
    --_radius: var(--rolefit-radius, 0.5em);
    --_gap: var(--rolefit-gap, 1em);
    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    min-width: 0;
    font-family: var(--rolefit-font, inherit);
    line-height: 1.5;
    text-align: start;
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  legend,
  h2,
  h3,
  p,
  ul,
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  button {
    font: inherit;
    padding: 0.5em 1em;
    min-height: 2.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button:enabled:hover {
    filter: brightness(1.08);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .card {
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* A message with its way out: the error here, and the course list's empty state. */
  .empty,
  .error {
    display: grid;
    gap: calc(var(--_gap) / 2);
    justify-items: start;
  }
  .error {
    border-color: var(--_danger);
  }
  /*
   * Room for a typical first quiz step (default feed: about 29em wide, 44em on a phone), kept by the placeholder
   * and by the steps themselves, so nothing below the widget moves when the feed arrives or between steps.
   */
  .step-size {
    min-height: var(--rolefit-step-height, 30em);
    align-content: start;
  }
  @container (max-width: 30em) {
    .step-size {
      min-height: var(--rolefit-step-height, 45em);
    }
  }
  .skeleton {
    display: grid;
    gap: calc(var(--_gap) * 0.75);
  }
  .skeleton span {
    display: block;
    height: 1.25em;
    border-radius: var(--_radius);
    background: var(--_subtle);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skeleton span:nth-child(odd) {
    width: 70%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    button.primary {
      border: 2px solid ButtonText;
    }
    .skeleton span {
      background: GrayText;
    }
  }
`;
