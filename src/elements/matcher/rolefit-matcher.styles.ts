import { css } from '../shared/styles.js';

/** The matcher's own look on top of the shared tokens (`hostStyles`). */
export const matcherStyles = css`
  .quiz,
  .result,
  .questions {
    display: grid;
    gap: var(--_gap);
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.0625em;
  }
  .intro {
    margin-top: calc(var(--_gap) * -0.5);
  }

  .progress {
    display: grid;
    gap: 0.25em;
    font-size: 0.9375em;
    color: var(--_muted);
  }
  progress {
    appearance: none;
    width: 100%;
    height: 0.5em;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_subtle);
  }
  progress::-webkit-progress-bar {
    background: var(--_subtle);
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }

  .question,
  .options {
    display: grid;
    gap: calc(var(--_gap) / 2);
  }
  .question {
    min-width: 0;
  }
  legend {
    float: left; /* lets the legend take part in the grid like any block, instead of sitting on the border */
    width: 100%;
    margin-bottom: calc(var(--_gap) / 2);
    font-size: 1.0625em;
    font-weight: 600;
  }
  legend:focus {
    outline-offset: 4px;
  }
  .hint {
    font-size: 0.9375em;
  }
  .missing {
    font-weight: 600;
    color: var(--_danger);
  }
  .missing:empty,
  .copy-status:empty {
    display: none;
  }
  .option {
    display: flex;
    align-items: start;
    gap: 0.75em;
    padding: 0.625em 0.875em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .option:hover {
    border-color: var(--_accent);
  }
  .option:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--_subtle);
  }
  .option input {
    flex: none;
    width: 1.125em;
    height: 1.125em;
    margin: 0.2em 0 0;
    accent-color: var(--_accent);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_gap) / 2);
  }
  .forward,
  .restart {
    margin-inline-start: auto;
  }

  .eyebrow {
    margin-bottom: calc(var(--_gap) * -0.75);
    font-size: 0.875em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  ul {
    padding-inline-start: 1.25em;
  }
  .fits {
    display: grid;
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }
  .fit {
    display: grid;
    grid-template-columns: 1fr auto;
    grid-template-areas: 'name value' 'bar bar';
    align-items: center;
    gap: 0.125em 0.75em;
  }
  .top {
    font-weight: 600;
  }
  .fit-name {
    grid-area: name;
  }
  .fit-value {
    grid-area: value;
    font-variant-numeric: tabular-nums;
  }
  .fit-bar {
    grid-area: bar;
    height: 0.75em;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .fit-bar span {
    display: block;
    width: calc(var(--fit) * 100%);
    height: 100%;
    background: var(--_accent);
  }
  .fit:not(.top) .fit-bar span {
    background: color-mix(in srgb, var(--_accent) 55%, var(--_surface));
  }
  .disclaimer {
    font-size: 0.875em;
  }
  .share-field {
    flex-basis: 100%;
    display: grid;
    gap: 0.25em;
    font-size: 0.9375em;
  }
  .share-link {
    font: inherit;
    width: 100%;
    padding: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .skeleton .title {
    height: 1.75em;
  }
  .skeleton .bar {
    height: 0.5em;
  }
  /* span.x outweighs the shared every-other-line width (.skeleton span:nth-child(odd)): answers are full width and
     the button is button-sized, as in the quiz. */
  .skeleton span.answer {
    width: auto;
    height: 2.75em;
  }
  .skeleton span.button {
    justify-self: end;
    width: 8em;
    height: 2.75em;
  }

  /* Wide enough: name, bar and value on one line; buttons keep their natural width. */
  @container (min-width: 32em) {
    .fit {
      grid-template-columns: minmax(8em, 14em) 1fr 3.5em;
      grid-template-areas: 'name bar value';
    }
    .fit-value {
      text-align: end;
    }
  }
  /* Narrow: full-width buttons are easier to hit. */
  @container (max-width: 22em) {
    .actions button {
      margin-inline-start: 0;
      flex: 100%;
    }
  }

  @media (forced-colors: active) {
    .option:has(:checked) {
      outline: 2px solid Highlight;
    }
    progress,
    .fit-bar {
      border-color: CanvasText;
    }
    .fit-bar span {
      background: CanvasText !important;
      forced-color-adjust: none;
    }
  }
`;
