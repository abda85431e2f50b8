import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { courseIndex } from '../../courses/course-index.js';
import { noFilters, sameFilters, type CourseFilters, type CourseSort } from '../../courses/filters.js';
import { courseListJsonLd, jsonLdText } from '../../courses/json-ld.js';
import { queryCourses, type CourseQuery } from '../../courses/query.js';
import { searchKeys, type SearchKeys } from '../../courses/search-index.js';
import type { Course, Feed } from '../../feed/schema.js';
import { localize, localizer } from '../../feed/text.js';
import { coursesStrings, type CoursesStrings } from '../../i18n/courses-strings.js';
import { formatDate } from '../../i18n/format.js';
import { fill } from '../../i18n/strings.js';
import { emit } from '../shared/emit.js';
import { declaredAttributes, type PassThroughTable } from '../shared/pass-through.js';
import { syncControls } from '../shared/sync-controls.js';
import { RolefitElement } from '../shared/rolefit-element.js';
import { hostStyles } from '../shared/styles.js';
import { warnOnce } from '../shared/warn.js';
import {
  commaList,
  defaultLimit,
  optionalNumber,
  presetFilters,
  validLimit,
  type PresetFilters,
} from './attributes.js';
import { renderCourseCard } from './course-card.js';
import { readerChoice, renderFilters, type ReaderChoice } from './filters-form.js';
import { plural } from './labels.js';
import { MatcherLink } from './matcher-link.js';
import { coursesStyles } from './rolefit-courses.styles.js';
import { StructuredData } from './structured-data.js';

/** The `rolefit-filter` event detail. */
export interface CourseFilterDetail {
  filters: CourseFilters;
  /** Matching courses before `limit`. */
  count: number;
}

/** The `rolefit-course-click` event detail. Cancel the event to stop the navigation (e.g. to route it yourself). */
export interface CourseClickDetail {
  courseId: string;
  /** The link as rendered, `link-params` included. */
  url: string;
}

/** Attributes that preset a filter; the property names are the filter names. */
const presetKeys = ['providerTypes', 'formats', 'maxPrice', 'funding', 'sort'] as const;

/** Every reader's control off: the filters without the role, which the reader does not control. */
const noChoice: ReaderChoice = readerChoice(noFilters);

/** The last query, with what it was computed from. */
interface ShownQuery extends CourseQuery {
  feed: Feed;
  filters: CourseFilters;
}

/**
 * The trainings from the feed as cards, narrowed to a role (set by `for-role` or by a linked
 * `<rolefit-matcher>`), by presets and, with `filters`, by the reader's own search and filter controls. Filtering,
 * facet counts and sorting are pure functions over a per-feed index; only the first `limit` courses are rendered.
 *
 * @tagname rolefit-courses
 * @summary Course list filtered by role, provider type, format, price and funding.
 *
 * @fires rolefit-filter - After the first list and whenever the filters change. Detail:
 *   `{ filters: { role, providerTypes, formats, maxPrice, funding, search, sort }, count }` (unset filters are
 *   `null` or `[]`; `count` is the number of matching courses before `limit`).
 * @fires rolefit-course-click - A reader follows a course link. Detail: `{ courseId, url }` (`url` as rendered,
 *   with `link-params`). Cancelable: `preventDefault()` stops the navigation.
 * @fires rolefit-error - The feed could not be loaded or used. Detail: `{ kind, message, url, status? }`.
 *
 * @csspart course - One course (an `<article>`).
 * @csspart course-title - The course's heading.
 * @csspart course-link - The course's link (`<a>`) inside its heading.
 * @csspart provider - Provider name and type.
 * @csspart price - The price, or "Price on request".
 * @csspart badges - Funding and ZFU badges.
 * @csspart filters - The reader's filter form (with the `filters` attribute).
 * @csspart more - The "Show more" button.
 * @csspart empty - What is shown when no course matches, with a way out.
 * @csspart count - The number of matching courses (a polite live region).
 * @csspart notice - The feed's notice.
 * @csspart skeleton - The placeholder while the feed loads.
 * @csspart error - The error message with its retry button.
 *
 * @cssprop --rolefit-accent - Links, focus rings, ticked controls.
 * @cssprop --rolefit-accent-contrast - Text on the accent colour.
 * @cssprop --rolefit-text - Text colour.
 * @cssprop --rolefit-muted - Secondary text.
 * @cssprop --rolefit-surface - Card background.
 * @cssprop --rolefit-border - Card and control borders.
 * @cssprop --rolefit-radius - Corner radius.
 * @cssprop --rolefit-gap - Spacing unit.
 * @cssprop --rolefit-font - Font family (default: the page's).
 */
export class RolefitCourses extends RolefitElement<CoursesStrings> {
  static override styles = [hostStyles, coursesStyles];

  static override properties: PropertyDeclarations = {
    forRole: { attribute: 'for-role' },
    matcher: {},
    providerTypes: { attribute: 'provider-types', converter: commaList },
    formats: { converter: commaList },
    maxPrice: { attribute: 'max-price', converter: optionalNumber },
    funding: { converter: commaList },
    sort: {},
    limit: { converter: optionalNumber },
    filters: { type: Boolean },
    linkParams: { attribute: 'link-params' },
    linkTarget: { attribute: 'link-target' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    activeRole: { state: true, attribute: false },
    choice: { state: true, attribute: false },
    shown: { state: true, attribute: false },
  };

  /** Only courses for this role id. A later `rolefit-match` of the linked matcher replaces it (the latest wins). */
  forRole: string | undefined;

  /**
   * Id of a `<rolefit-matcher>` in the same document (or the same shadow root, like `<label for>`): its result
   * narrows the list to the reader's top role.
   */
  matcher: string | undefined;

  /** Only courses whose provider has one of these types: `academy`, `university`, `private`, `chamber`. */
  providerTypes: string[] | undefined;

  /** Only courses in one of these formats: `online`, `onsite`, `blended`. */
  formats: string[] | undefined;

  /** Only courses with a price ≤ this amount (in the course's own currency); courses without a price drop out. */
  maxPrice: number | undefined;

  /** Only courses with at least one of these funding kinds, e.g. `bildungsgutschein,aufstiegs-bafoeg`. */
  funding: string[] | undefined;

  /** `relevance` (feed order), `price` (lowest first), `start` (soonest first) or `duration` (fewest hours first). */
  sort: CourseSort = 'relevance';

  /** How many courses to show at first, and how many more each "Show more" adds. Default 10. */
  limit: number | undefined;

  /** Shows search and filter controls to the reader, starting from the preset attributes. */
  filters = false;

  /** Query string added to every course link, e.g. `utm_source=myblog`; its keys replace the link's own. */
  linkParams: string | undefined;

  /** `target` of the course links, e.g. `_blank`. Default: the same tab. */
  linkTarget: string | undefined;

  /**
   * Adds a schema.org `ItemList` of the shown courses as JSON-LD to the element's light DOM (inside another
   * component's shadow root: to the outermost host's light DOM, where search engines read it).
   */
  structuredData = false;

  protected readonly stringTable = coursesStrings;

  /** The role in force: from `for-role` or the matcher, whichever changed last; `null` for every role. */
  private activeRole: string | null = null;
  /** The reader's controls; they start from, and reset to, the presets. */
  private choice: ReaderChoice = { ...noChoice };
  /** How many matching courses are rendered. */
  private shown = defaultLimit;

  #preset: PresetFilters = { ...noChoice };
  #query?: ShownQuery;
  /** The search keys this element waits for, so it asks to update once when they are built. */
  #awaitedKeys?: SearchKeys;
  #announce = false;
  /** Position of the course whose link gets focus after the next render. */
  #focusPosition: number | null = null;
  readonly #structured = new StructuredData(this);
  readonly #matcherLink = new MatcherLink(this, (top) => {
    this.activeRole = top;
  });

  get #pageSize(): number {
    return validLimit(this, this.limit);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#applyPresets(changed);
    if (changed.has('matcher')) this.#matcherLink.readResult();
    // A result the reader already had when this element started is newer than the page's static for-role.
    if (changed.has('forRole') && (this.hasUpdated || this.activeRole === null)) this.activeRole = this.forRole || null;
    if (changed.has('limit')) this.shown = this.#pageSize;
    if (this.feedState.status !== 'ready') return;
    const feed = this.feedState.feed;
    const filters = this.#searchableFilters(feed, this.#currentFilters(feed));
    if (this.#query?.feed === feed && sameFilters(this.#query.filters, filters)) return;
    if (this.#query?.feed !== feed) this.#matcherLink.check();
    this.#query = { feed, filters, ...queryCourses(feed, filters) };
    this.shown = this.#pageSize;
    this.#announce = true;
  }

  /** Takes the changed presets over into the reader's controls (all of them on the first update). */
  #applyPresets(changed: PropertyValues<this>): void {
    const keys = presetKeys.filter((key) => !this.hasUpdated || changed.has(key));
    if (!keys.length) return;
    const preset = presetFilters(this, this);
    this.#preset = preset;
    this.choice = {
      ...this.choice,
      ...(Object.fromEntries(keys.map((key) => [key, preset[key]])) as Partial<PresetFilters>),
    };
  }

  /**
   * The filters as far as they can apply now: until the feed's search keys are built (in slices, so typing into
   * a large feed never freezes the page), the search waits and the list stays as it was; when they are, this
   * element updates with the filters of that moment, so the newest query wins over one typed before it.
   */
  #searchableFilters(feed: Feed, filters: CourseFilters): CourseFilters {
    if (filters.search === null) return filters;
    const keys = searchKeys(feed);
    if (keys.complete) return filters;
    if (this.#awaitedKeys !== keys) {
      this.#awaitedKeys = keys;
      keys.built.then(() => this.requestUpdate());
    }
    return { ...filters, search: null };
  }

  #currentFilters(feed: Feed): CourseFilters {
    let role = this.activeRole;
    if (role !== null && !feed.roles.some((candidate) => candidate.id === role)) {
      warnOnce(this, `<${this.localName}>: the feed has no role "${role}"; showing the courses for every role.`);
      role = null;
    }
    // The field keeps what the reader typed (spaces too); the filter takes the words.
    return { role, ...this.choice, search: this.choice.search?.trim() || null };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { search, maxPrice } = this.choice;
    syncControls(this.renderRoot, { selector: '[name=search]', property: 'value', wanted: () => search ?? '' });
    syncControls(this.renderRoot, {
      selector: '[name=max-price]',
      property: 'value',
      wanted: () => String(maxPrice ?? ''),
    });
    const query = this.feedState.status === 'ready' ? this.#query : undefined;
    this.#syncStructuredData(query);
    if (!query) return;
    if (this.#announce) {
      this.#announce = false;
      // A copy, so a listener cannot change the filters this element compares with.
      const detail: CourseFilterDetail = { filters: structuredClone(query.filters), count: query.matches.length };
      emit(this, 'rolefit-filter', detail);
    }
    if (this.#focusPosition !== null) this.#moveFocus(this.#focusPosition);
  }

  #moveFocus(position: number): void {
    this.#focusPosition = null;
    const links = this.renderRoot.querySelectorAll<HTMLElement>('[part~="course-link"]');
    (links[position] ?? this.renderRoot.querySelector<HTMLElement>('[part~="empty"] button'))?.focus();
  }

  /** The JSON-LD follows the shown list; it goes while no list is shown (loading another feed, or an error). */
  #syncStructuredData(query: ShownQuery | undefined): void {
    if (!this.structuredData || !query) {
      this.#structured.remove();
      return;
    }
    this.#structured.show(jsonLdText(courseListJsonLd(this.#shownCourses(query), query.feed, this.contentLang)));
  }

  /** The courses on show: the first `shown` matches, in their sorted order. */
  #shownCourses(query: ShownQuery): Course[] {
    return query.matches.slice(0, this.shown).map((position) => query.feed.courses[position]!);
  }

  protected override renderSkeleton(): { box: string; bars: TemplateResult } {
    const card = html`<div class="card skeleton" aria-hidden="true">
      <span></span><span></span><span></span><span></span>
    </div>`;
    return { box: 'skeleton-list', bars: html`${card}${card}${card}` };
  }

  protected renderReady(feed: Feed): TemplateResult {
    const t = this.t;
    const ui = this.ui;
    const query = this.#query!;
    const count = query.matches.length;
    const visible = this.#shownCourses(query);
    const text = localizer(feed, this.contentLang);
    const card = {
      providers: courseIndex(feed).providers,
      t,
      ui,
      text,
      linkParams: this.linkParams,
      linkTarget: this.linkTarget,
      onLinkClick: this.#onCourseClick,
    };
    return html`<div class="layout ${this.filters ? 'with-filters' : ''}">
      ${
        this.filters
          ? renderFilters({ t, ui, choice: this.choice, facets: query.facets, update: this.#choose })
          : nothing
      }
      <div class="results">
        <div class="summary">
          <p part="count" class="count" role="status">${plural({ one: t.countOne, other: t.countOther }, count, ui)}</p>
          ${feed.updated ? html`<p class="muted">${fill(t.updated, { date: formatDate(ui, feed.updated) })}</p>` : nothing}
        </div>
        ${feed.notice ? html`<p part="notice" class="notice muted">${text(feed.notice)}</p>` : nothing}
        ${
          count
            ? html`<ul class="list" role="list">
                ${visible.map((course) => html`<li>${renderCourseCard({ ...card, course })}</li>`)}
              </ul>`
            : this.#renderEmpty(feed)
        }
        ${
          this.shown < count
            ? html`<button type="button" part="more" class="more" @click=${this.#showMore}>${t.more}</button>`
            : nothing
        }
      </div>
    </div>`;
  }

  /** Says why nothing matches and offers the next way out: first the presets, then everything. */
  #renderEmpty(feed: Feed): TemplateResult {
    const t = this.t;
    if (!feed.courses.length) return html`<div part="empty" class="card empty"><p>${t.emptyFeed}</p></div>`;
    const { filters } = this.#query!;
    if (!sameFilters({ ...filters, role: null }, { role: null, search: null, ...this.#preset })) {
      return html`<div part="empty" class="card empty">
        <p>${t.emptyFiltered}</p>
        <button type="button" class="primary" @click=${this.#resetChoice}>${t.reset}</button>
      </div>`;
    }
    const role = filters.role;
    const roleName =
      role && localize(feed.roles.find((candidate) => candidate.id === role)!.name, this.contentLang, feed.lang);
    return html`<div part="empty" class="card empty">
      <p>${roleName ? fill(t.emptyRole, { role: roleName }) : t.emptyPreset}</p>
      <button type="button" class="primary" @click=${this.#showEverything}>${t.showAll}</button>
    </div>`;
  }

  readonly #choose = (change: (choice: ReaderChoice) => Partial<ReaderChoice>): void => {
    this.choice = { ...this.choice, ...change(this.choice) };
  };

  readonly #showMore = (): void => {
    this.#focusPosition = this.shown;
    this.shown += this.#pageSize;
  };

  readonly #resetChoice = (): void => {
    this.choice = { ...this.#preset, search: null };
    this.#focusPosition = 0;
  };

  /** Clears every filter, the role included; the reader's sort order stays. */
  readonly #showEverything = (): void => {
    this.choice = { ...noChoice, sort: this.choice.sort };
    this.activeRole = null;
    this.#focusPosition = 0;
  };

  readonly #onCourseClick = (event: MouseEvent): void => {
    const link = event.currentTarget as HTMLAnchorElement;
    const detail: CourseClickDetail = { courseId: link.dataset.courseId!, url: link.getAttribute('href')! };
    if (!emit(this, 'rolefit-course-click', detail)) event.preventDefault();
  };
}

/**
 * The course list's own attributes (from `static properties`) and every part it renders (the `@csspart` list
 * above), which `<rolefit-advisor>` passes through.
 */
export const coursesPassThrough: PassThroughTable = {
  attributes: declaredAttributes(RolefitCourses.properties),
  parts: [
    'course',
    'course-title',
    'course-link',
    'provider',
    'price',
    'badges',
    'filters',
    'more',
    'empty',
    'count',
    'notice',
    'error',
    'skeleton',
  ],
};

declare global {
  interface HTMLElementTagNameMap {
    'rolefit-courses': RolefitCourses;
  }
}
