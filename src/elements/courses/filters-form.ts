/**
 * The reader's filter controls: native form controls with labels, checkbox groups in fieldsets. Each option
 * shows how many courses it would leave; an option that would leave none is disabled (unless ticked, so the
 * reader can always untick it), not hidden, so the choices do not jump around. The text fields get their values
 * from `<rolefit-courses>` after each render (`syncControls`), not from a binding here.
 */
import { html, type TemplateResult } from 'lit';
import { courseSorts, type CourseFilters } from '../../courses/filters.js';
import type { CourseFacets } from '../../courses/query.js';
import { courseFormats, providerTypes } from '../../feed/vocabulary.js';
import type { CoursesStrings } from '../../i18n/courses-strings.js';
import { formatNumber } from '../../i18n/format.js';
import { fill, type UiLang } from '../../i18n/strings.js';
import { formatLabel, fundingLabel, providerTypeLabel, sortLabel } from './labels.js';

/** What the reader controls: every filter except the role. */
export type ReaderChoice = Omit<CourseFilters, 'role'>;

/** The part of `filters` the reader controls. */
export function readerChoice(filters: CourseFilters): ReaderChoice {
  const choice: Partial<CourseFilters> = { ...filters };
  delete choice.role;
  return choice as ReaderChoice;
}

export interface FiltersContext {
  t: CoursesStrings;
  ui: UiLang;
  choice: ReaderChoice;
  facets: CourseFacets;
  /**
   * Applies a change computed from the choice at event time, not from this render's `choice`: two changes
   * can happen before the next render (two quick clicks), and the second must see the first.
   */
  update: (change: (choice: ReaderChoice) => Partial<ReaderChoice>) => void;
}

interface Group<T extends string> {
  key: 'providerTypes' | 'formats' | 'funding';
  legend: string;
  name: string;
  options: readonly T[];
  count: (option: T) => number;
  label: (option: T) => string;
}

function checkboxGroup<T extends string>(group: Group<T>, context: FiltersContext): TemplateResult {
  const selected = context.choice[group.key] as readonly string[];
  /** Ticks or unticks an option in the choice as it is when the event comes. */
  const toggle = (option: T, checked: boolean) =>
    context.update((choice) => {
      const others = (choice[group.key] as readonly string[]).filter((value) => value !== option);
      return { [group.key]: checked ? [...others, option] : others };
    });
  return html`<fieldset class="group">
    <legend>${group.legend}</legend>
    ${group.options.map((option) => {
      const ticked = selected.includes(option);
      const count = group.count(option);
      return html`<label class="option">
        <input
          type="checkbox"
          name=${group.name}
          .value=${option}
          .checked=${ticked}
          ?disabled=${count === 0 && !ticked}
          @change=${(event: Event) => toggle(option, (event.target as HTMLInputElement).checked)}
        />
        ${fill(context.t.optionCount, { label: group.label(option), count: formatNumber(context.ui, count) })}
      </label>`;
    })}
  </fieldset>`;
}

/** The typed amount, or `null` for none: an empty or unreadable field gives `NaN`. */
function readAmount(event: Event): number | null {
  const amount = (event.target as HTMLInputElement).valueAsNumber;
  return Number.isFinite(amount) && amount >= 0 ? amount : null;
}

export function renderFilters(context: FiltersContext): TemplateResult {
  const { t, choice, facets, update } = context;
  // A funding value preset by the page but absent from the feed stays visible, so it can be unticked.
  const fundingOptions = [...new Set([...facets.funding.keys(), ...choice.funding])];
  // No accessible name on purpose: a named form is a landmark, and two lists on a page would repeat it.
  return html`<form part="filters" class="filters" @submit=${(event: Event) => event.preventDefault()}>
    <label class="field search">
      <span>${t.search}</span>
      <input
        type="search"
        name="search"
        @input=${(event: Event) => update(() => ({ search: (event.target as HTMLInputElement).value || null }))}
      />
    </label>
    ${checkboxGroup(
      {
        key: 'providerTypes',
        legend: t.providerTypeLegend,
        name: 'provider-type',
        options: providerTypes,
        count: (type) => facets.providerTypes[type],
        label: (type) => providerTypeLabel(t, type),
      },
      context,
    )}
    ${checkboxGroup(
      {
        key: 'formats',
        legend: t.formatLegend,
        name: 'format',
        options: courseFormats,
        count: (format) => facets.formats[format],
        label: (format) => formatLabel(t, format),
      },
      context,
    )}
    ${
      fundingOptions.length
        ? checkboxGroup(
            {
              key: 'funding',
              legend: t.fundingLegend,
              name: 'funding',
              options: fundingOptions,
              count: (value) => facets.funding.get(value) ?? 0,
              label: (value) => fundingLabel(t, value),
            },
            context,
          )
        : null
    }
    <label class="field">
      <span>${t.maxPrice}</span>
      <input
        type="number"
        name="max-price"
        min="0"
        step="any"
        inputmode="decimal"
        @input=${(event: Event) => update(() => ({ maxPrice: readAmount(event) }))}
      />
    </label>
    <label class="field">
      <span>${t.sort}</span>
      <select
        name="sort"
        @change=${(event: Event) => update(() => ({ sort: (event.target as HTMLSelectElement).value as ReaderChoice['sort'] }))}
      >
        ${courseSorts.map((sort) => html`<option value=${sort} .selected=${sort === choice.sort}>${sortLabel(t, sort)}</option>`)}
      </select>
    </label>
  </form>`;
}
