import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The tag of the elements' style sheets. They are static text (the type takes no `${}` values), which needs none
 * of the value checks in Lit's own `css` tag, so that tag stays out of the bundle; `unsafeCSS` wraps our own
 * constant text. Named `css` for editors' CSS highlighting and for the build's compaction (compact-templates.mjs).
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);

/**
 * The public theming hooks (`--rolefit-*`) resolve into private tokens (`--_*`) once, here. Colours follow the
 * page's `color-scheme` through `light-dark()`, so a light page gets a light widget whatever the OS prefers,
 * and a page (or the element itself) declaring `color-scheme: light dark` gets dark mode too.
 */
export const hostStyles = css`
  :host {
    /* Short private names, as they are written about 90 times: --_a accent, --_ac text on accent, --_t text,
       --_m muted, --_s surface, --_u subtle (an accent tint), --_b border, --_d danger, --_r radius, --_g gap. */
    display: block;
    font-family: var(--rolefit-font, inherit);
    color: var(--_t);
    container-type: inline-size;
    --_t: var(--rolefit-text, light-dark(#1f2328, #e8eaed));
    --_u: color-mix(in srgb, var(--_a) 8%, var(--_s));
    --_m: var(--rolefit-muted, light-dark(#57606a, #a8b0b9));
    --_a: var(--rolefit-accent, light-dark(#0b57d0, #8ab4f8));
    --_ac: var(--rolefit-accent-contrast, light-dark(#fff, #0b1d36));
    --_s: var(--rolefit-surface, light-dark(#fff, #1d2127));
    --_b: var(--rolefit-border, light-dark(#d0d7de, #444c56));
    --_d: light-dark(#b3261e, #f2b8b5);
    --_r: var(--rolefit-radius, 0.5em);
    --_g: var(--rolefit-gap, 1em);
    box-sizing: border-box;
    min-width: 0;
    line-height: 1.5;
    text-align: start;
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
    border: 1px solid var(--_b);
    border-radius: var(--_r);
    background: var(--_s);
    color: var(--_t);
    cursor: pointer;
  }
  button.primary {
    background: var(--_a);
    border-color: var(--_a);
    color: var(--_ac);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button:enabled:hover {
    filter: brightness(1.08);
  }
  :focus-visible {
    outline: 3px solid var(--_a);
    outline-offset: 2px;
  }
  a {
    color: var(--_a);
  }
  .muted {
    color: var(--_m);
  }
  .visually-hidden {
    position: absolute;
    height: 1px;
    overflow: hidden;
    width: 1px;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .card {
    padding: var(--_g);
    border: 1px solid var(--_b);
    border-radius: var(--_r);
    background: var(--_s);
  }
  /* A message with its way out: the error here, and the course list's empty state. */
  .empty,
  .error {
    display: grid;
    gap: calc(var(--_g) / 2);
    justify-items: start;
  }
  .error {
    border-color: var(--_d);
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
    gap: calc(var(--_g) * 0.75);
  }
  .skeleton span {
    display: block;
    height: 1.25em;
    background: var(--_u);
    border-radius: var(--_r);
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
