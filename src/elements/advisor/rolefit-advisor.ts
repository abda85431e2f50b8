import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { formatPercent } from '../../i18n/format.js';
import { advisorStrings, type AdvisorStrings } from '../../i18n/advisor-strings.js';
import type { MatchResult } from '../../match/types.js';
import { matcherLayouts, matcherPassThrough, type RolefitMatcher } from '../matcher/rolefit-matcher.js';
import { optionalNumber, presetFilters, validLimit } from '../courses/attributes.js';
import { coursesPassThrough } from '../courses/rolefit-courses.js';
import { foreignTagsMessage, isRolefitElement } from '../shared/define-element.js';
import { passValues, valuesOf, type PassedValues } from '../shared/pass-through.js';
import { RolefitElement } from '../shared/rolefit-element.js';
import { hostStyles } from '../shared/styles.js';
import { pickOption, warnOnce } from '../shared/warn.js';
import { advisorStyles } from './rolefit-advisor.styles.js';

/** The course list's attributes the advisor sets itself: the role comes from its chips, and no matcher id is needed. */
const advisorOwned = ['forRole', 'matcher'];

const matcherAttributes = matcherPassThrough.attributes;
const coursesAttributes = coursesPassThrough.attributes.filter(({ property }) => !advisorOwned.includes(property));

/** The elements the advisor is made of; if another element owns one of these tags, it shows a message instead. */
const innerTags = ['rolefit-matcher', 'rolefit-courses'];

/** What both inner elements get from the advisor's own attributes, besides the ones passed through. */
interface InnerSource {
  feed: string | undefined;
  lang: string | undefined;
}

/**
 * The one-tag experience: the role quiz, then — once there is a result — the trainings for the top role, with
 * the ranked roles as chips to switch between them and a way back to the quiz. Every attribute of
 * `<rolefit-matcher>` and `<rolefit-courses>` is passed through and kept in sync (`max-feed-bytes` to both); the
 * feed is requested once.
 * The inner elements' events reach the page as they are (they are composed); the advisor adds none of its own.
 *
 * @summary Role quiz plus matching course list in one tag.
 * @tagname rolefit-advisor
 *
 * @fires rolefit-answer - From the inner quiz, on every choice. Detail: `{ questionId, optionId, answered, total }`.
 * @fires rolefit-match - From the inner quiz, when the result is shown. Detail: `{ top, roles: [{ id, name, score }],
 *   reasons: [{ questionId, optionId }] }`.
 * @fires rolefit-filter - From the inner course list, when its filters change. Detail: `{ filters, count }`.
 * @fires rolefit-course-click - From the inner course list; cancelable. Detail: `{ courseId, url }`.
 * @fires rolefit-error - When the feed cannot be used. Detail: `{ kind, message, url, status? }`.
 *
 * @csspart matcher - The inner `<rolefit-matcher>`.
 * @csspart courses-section - The section with the role chips and the course list.
 * @csspart roles - The group of role chips (a radio group).
 * @csspart role-chip - One role chip (a label around a radio button).
 * @csspart courses - The inner `<rolefit-courses>`.
 * @csspart back-to-quiz - The button that starts the quiz again.
 * @csspart question - Re-exported from the quiz (likewise option, progress, back, next, submit, result, role, share,
 *   restart).
 * @csspart course - Re-exported from the course list (likewise course-title, course-link, provider, price, badges,
 *   filters, more, empty, count, notice).
 * @csspart error - The error message with its retry button; also the message shown instead of the quiz when another
 *   element on the page owns the `rolefit-matcher` or `rolefit-courses` tag.
 * @csspart skeleton - The placeholder shown while the feed loads.
 *
 * @cssprop --rolefit-accent - Accent colour: buttons, selected chips, links, bars.
 * @cssprop --rolefit-accent-contrast - Text colour on the accent colour.
 * @cssprop --rolefit-text - Text colour.
 * @cssprop --rolefit-muted - Secondary text colour.
 * @cssprop --rolefit-surface - Background of cards and controls.
 * @cssprop --rolefit-border - Border colour.
 * @cssprop --rolefit-radius - Corner radius.
 * @cssprop --rolefit-font - Font family (default: inherited from the page).
 * @cssprop --rolefit-gap - Base spacing.
 * @cssprop --rolefit-step-height - Height kept for a quiz step and its placeholder, so the page does not move when
 *   the feed arrives (default 30em; 45em in containers narrower than 30em). Lower it for short quizzes.
 */
export class RolefitAdvisor extends RolefitElement<AdvisorStrings> {
  static override styles = [hostStyles, advisorStyles];

  // Written out, not derived from the inner elements: the manifest analyzer reads only this literal, and these
  // are the advisor's own public attributes. test/elements/advisor-pass-through.test.ts checks them against the
  // inner elements' (from custom-elements.json).
  static override properties: PropertyDeclarations = {
    layout: {},
    share: { type: Boolean },
    providerTypes: { attribute: 'provider-types' },
    formats: {},
    maxPrice: { attribute: 'max-price', converter: optionalNumber },
    funding: {},
    sort: {},
    limit: { converter: optionalNumber },
    filters: { type: Boolean },
    linkParams: { attribute: 'link-params' },
    linkTarget: { attribute: 'link-target' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    match: { state: true, attribute: false },
    selectedRole: { state: true, attribute: false },
  };

  protected readonly stringTable = advisorStrings;

  /** Quiz layout: `steps` (one question at a time) or `list` (all on one page). */
  layout: string | undefined;

  /** The result offers a "copy link" button; the link carries the answers in the URL fragment. */
  share = false;

  /** Comma list of provider types to show: `academy,university,private,chamber`. */
  providerTypes: string | undefined;

  /** Comma list of course formats to show: `online,onsite,blended`. */
  formats: string | undefined;

  /**
   * Only courses with a price up to this amount (a decimal number ≥ 0, like `<rolefit-courses max-price>`; a bad
   * value is ignored with one `[rolefit]` warning).
   */
  maxPrice: number | undefined;

  /** Comma list of funding ids; courses with at least one of them. */
  funding: string | undefined;

  /** Course order: `relevance`, `price`, `start` or `duration`. */
  sort: string | undefined;

  /** How many courses to show at first, and how many more "Show more" adds (a whole number ≥ 1; default 10). */
  limit: number | undefined;

  /** Shows the reader's filter controls above the course list. */
  filters = false;

  /** Query string added to every course link, e.g. `utm_source=myblog`. */
  linkParams: string | undefined;

  /** Where course links open, e.g. `_blank` (default: the same tab). */
  linkTarget: string | undefined;

  /** Adds schema.org JSON-LD for the listed courses to the page. */
  structuredData = false;

  /** The quiz result the chips come from; null until the reader has one. */
  private match: MatchResult | null = null;

  /** The role whose courses are listed (the top role until the reader picks another chip). */
  private selectedRole: string | undefined;

  get #matcher(): RolefitMatcher | null {
    return this.renderRoot.querySelector('rolefit-matcher');
  }

  #onMatch(event: CustomEvent<MatchResult>): void {
    const match = event.detail;
    // The course list renders in a task of its own, after the result has painted: two short tasks instead of
    // one long one on the reader's click.
    setTimeout(() => {
      if (!this.#matcher?.result) return; // restarted meanwhile
      this.match = match;
      this.selectedRole = match.top;
    });
  }

  /** The quiz was restarted from inside (its own restart button): the courses follow it back. */
  #onAnswer(): void {
    if (this.match && !this.#matcher?.result) this.match = null;
  }

  #backToQuiz(): void {
    this.match = null;
    this.#matcher?.reset();
  }

  /** Kept as high as the quiz's own placeholder, so the page does not move when the quiz takes over. */
  protected renderSkeleton(): { box: string; bars: TemplateResult } {
    return {
      box: 'card skeleton step-size',
      bars: html`${Array.from({ length: 6 }, () => html`<span aria-hidden="true"></span>`)}`,
    };
  }

  /** The quiz's attributes as the page set them here; a bad layout is reported under the advisor's name. */
  #matcherValues(): PassedValues {
    const layout = pickOption(this, { attribute: 'layout', value: this.layout, fallback: 'steps' }, matcherLayouts);
    return { ...valuesOf(this, matcherAttributes), layout };
  }

  /**
   * The course list's attributes as the page set them here, checked by the course list's own rules, so a bad
   * value is reported under the advisor's name (the tag the page wrote) and the inner list gets a good one.
   */
  #coursesValues(): PassedValues {
    const preset = presetFilters(this, this);
    return {
      ...valuesOf(this, coursesAttributes),
      ...preset,
      maxPrice: preset.maxPrice ?? undefined,
      limit: validLimit(this, this.limit),
    };
  }

  /**
   * The page's values reach the inner elements as a page would set them (pass-through.ts). The course list's are
   * checked whenever the quiz is on show, not only once the list shows after it: a page's bad value is reported
   * when the page loads.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const matcher = this.#matcher;
    if (!matcher) return;
    const coursesValues = this.#coursesValues();
    passValues(matcher, matcherAttributes, this.#matcherValues());
    const courses = this.renderRoot.querySelector('rolefit-courses');
    if (courses) passValues(courses, coursesAttributes, coursesValues);
  }

  protected renderReady(): TemplateResult {
    const foreign = innerTags.filter((tag) => !isRolefitElement(customElements.get(tag)));
    if (foreign.length) return this.#renderForeignTags(foreign);
    const feed = this.data === undefined ? this.feed : undefined;
    const lang = this.hasAttribute('lang') ? this.contentLang : undefined;
    return html`<div class="advisor">
      <rolefit-matcher
        part="matcher"
        exportparts=${matcherPassThrough.parts.join(',')}
        feed=${feed ?? nothing}
        .data=${this.data}
        .maxFeedBytes=${this.maxFeedBytes}
        lang=${lang ?? nothing}
        loading="eager"
        ?informal=${this.informal}
        .strings=${this.strings}
        @rolefit-match=${this.#onMatch}
        @rolefit-answer=${this.#onAnswer}
      ></rolefit-matcher>
      ${this.match ? this.#renderCourses(this.match, { feed, lang }) : nothing}
    </div>`;
  }

  /** The inner tags belong to another element (or to none): a message instead of an empty box. */
  #renderForeignTags(foreign: readonly string[]): TemplateResult {
    warnOnce(this, foreignTagsMessage(foreign));
    return html`<div class="card error" part="error" role="alert"><p>${this.t.unavailable}</p></div>`;
  }

  #renderCourses(match: MatchResult, { feed, lang }: InnerSource): TemplateResult {
    const t = this.t;
    return html`<section class="card courses" part="courses-section" aria-labelledby="courses-heading">
      <h2 id="courses-heading">${t.coursesHeading}</h2>
      <fieldset part="roles">
        <legend>${t.rolesLegend}</legend>
        ${match.roles.map(
          (role) =>
            html`<label part="role-chip">
              <input
                type="radio"
                name="role"
                value=${role.id}
                .checked=${role.id === this.selectedRole}
                @change=${() => {
                  this.selectedRole = role.id;
                }}
              />
              ${role.name} <span class="score">${formatPercent(this.ui, role.score)}</span>
            </label>`,
        )}
      </fieldset>
      <rolefit-courses
        part="courses"
        exportparts=${coursesPassThrough.parts.join(',')}
        feed=${feed ?? nothing}
        .data=${this.data}
        .maxFeedBytes=${this.maxFeedBytes}
        lang=${lang ?? nothing}
        loading="eager"
        for-role=${this.selectedRole ?? nothing}
        ?informal=${this.informal}
        .strings=${this.strings}
      ></rolefit-courses>
      <button type="button" class="back" part="back-to-quiz" @click=${this.#backToQuiz}>${t.backToQuiz}</button>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rolefit-advisor': RolefitAdvisor;
  }
}
