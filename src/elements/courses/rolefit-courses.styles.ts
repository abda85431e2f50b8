import { css } from '../shared/styles.js';

/**
 * Cards in one column on narrow containers, a grid of cards on wide ones; the filter form moves beside the list
 * once there is room. Container queries, not media queries: the element may sit in a narrow sidebar.
 */
export const coursesStyles = css`
  .skeleton-list,
  .layout,
  .results {
    display: grid;
    gap: var(--_gap);
    min-width: 0;
  }
  .skeleton {
    min-height: 11em;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 var(--_gap);
  }
  .count {
    font-weight: 600;
  }
  /* The small print: the feed's date and notice, a card's topics. */
  p.muted {
    font-size: 0.875em;
  }
  .list,
  .badges,
  .facts {
    list-style: none;
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17.5em), 1fr));
    gap: var(--_gap);
  }
  .list > li {
    display: grid;
    min-width: 0;
  }
  .course {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) / 2);
    overflow-wrap: anywhere;
  }
  .title {
    font-size: 1.125em;
    line-height: 1.3;
  }
  a {
    text-underline-offset: 0.15em;
    text-decoration-thickness: 1px;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  .provider {
    font-weight: 500;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.9375em;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .badges li {
    padding: 0.125em 0.625em;
    border: 1px solid color-mix(in srgb, var(--_accent) 30%, var(--_border));
    border-radius: 999px;
    font-size: 0.8125em;
    background: var(--_subtle);
  }
  .price {
    margin-top: auto;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .more {
    justify-self: center;
  }

  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9.5em), 1fr));
    align-content: start;
    gap: var(--_gap);
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .field {
    display: grid;
    align-content: start;
    gap: 0.25em;
  }
  .field span,
  legend {
    font-weight: 600;
  }
  .search {
    grid-column: 1 / -1;
  }
  select,
  input[type='search'],
  input[type='number'] {
    font: inherit;
    width: 100%;
    padding: 0.375em 0.625em;
    min-height: 2.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .group {
    display: grid;
    gap: 0.125em;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2em;
  }
  .option input {
    margin: 0;
    width: 1.125em;
    height: 1.125em;
    accent-color: var(--_accent);
  }
  .option:has(:disabled) {
    color: var(--_muted);
  }

  @container (min-width: 48em) {
    .with-filters {
      grid-template-columns: minmax(13em, 16em) minmax(0, 1fr);
      align-items: start;
    }
    .with-filters .filters {
      grid-template-columns: 1fr;
    }
  }
  @media (forced-colors: active) {
    .badges li {
      border-color: CanvasText;
    }
  }
`;
