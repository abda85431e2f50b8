import { css } from '../shared/styles.js';

export const advisorStyles = css`
  .advisor {
    display: grid;
    gap: calc(var(--_gap) * 1.5);
  }
  .courses {
    display: grid;
    gap: var(--_gap);
  }
  h2 {
    font-size: 1.25em;
    line-height: 1.3;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  legend {
    float: left;
    margin-inline-end: 0.5em;
    color: var(--_muted);
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
    padding: 0.35em 0.9em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    cursor: pointer;
  }
  label:has(:checked) {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  label:has(:focus-visible) {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  input {
    position: absolute;
    opacity: 0;
    pointer-events: none;
  }
  .score {
    opacity: 0.85;
    font-variant-numeric: tabular-nums;
  }
  .back {
    justify-self: start;
  }
  @media (forced-colors: active) {
    label:has(:checked) {
      outline: 3px solid Highlight;
    }
  }
`;
