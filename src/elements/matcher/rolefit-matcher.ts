import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { shorten } from '../../feed/problems.js';
import type { Feed, Question } from '../../feed/schema.js';
import { localizer } from '../../feed/text.js';
import { matcherStrings, type MatcherStrings } from '../../i18n/matcher-strings.js';
import { fill } from '../../i18n/strings.js';
import { formatNumber } from '../../i18n/format.js';
import { firstUnanswered, knownAnswers } from '../../match/answers.js';
import { matchRoles } from '../../match/score.js';
import { maxShareEntries, maxShareLength, readShareFragment, shareLink } from '../../match/share.js';
import type { Answers, MatchResult } from '../../match/types.js';
import { emit } from '../shared/emit.js';
import { RolefitElement } from '../shared/rolefit-element.js';
import { hostStyles } from '../shared/styles.js';
import { syncControls } from '../shared/sync-controls.js';
import { declaredAttributes, type PassThroughTable } from '../shared/pass-through.js';
import { pickOption, warnOnce } from '../shared/warn.js';
import { legendSelector, renderQuestion } from './render-question.js';
import { renderResult, resultHeadingId, shareLinkSelector, type CopyState } from './render-result.js';
import { matcherStyles } from './rolefit-matcher.styles.js';

/** The `rolefit-answer` event detail. */
export interface AnswerDetail {
  questionId: string;
  optionId: string;
  /** Distinct questions answered so far. */
  answered: number;
  /** Valid questions in the feed. */
  total: number;
}

/** A list for a console message: how many, and a short excerpt as written (never the whole input). */
const quoteList = (items: readonly string[]): string => `${items.length}: ${shorten(items.join(','))}`;

export type MatcherLayout = 'steps' | 'list';
export const matcherLayouts: readonly MatcherLayout[] = ['steps', 'list'];

/**
 * A short quiz that tells the reader which job role fits best, and why: every role's fit in percent and the
 * answers that pointed to the winner. Questions, roles and weights come from the feed.
 *
 * @tagname rolefit-matcher
 * @summary Role quiz with an explained result.
 *
 * @fires rolefit-answer - On every choice. Detail: `{ questionId, optionId, answered, total }`.
 * @fires rolefit-match - When the result is shown. Detail: `{ top, roles: [{ id, name, score }], reasons:
 *   [{ questionId, optionId }] }`, roles best first, scores in [0, 1].
 * @fires rolefit-error - When the feed cannot be used. Detail: `{ kind, message, url, status? }`.
 *
 * @csspart question - The `<fieldset>` of one question.
 * @csspart option - The `<label>` around each answer's native radio button.
 * @csspart progress - The `<progress>` bar ("Question 3 of 8").
 * @csspart back - The button to the previous question (`layout="steps"`).
 * @csspart next - The button to the next question (`layout="steps"`).
 * @csspart submit - The button that shows the result: last step in `steps`, the one button in `list`.
 * @csspart result - The result section.
 * @csspart role - One role's fit bar in the result.
 * @csspart share - The "copy link" button (`share` attribute).
 * @csspart restart - The button that starts the quiz again.
 * @csspart skeleton - The placeholder shown while the feed loads.
 * @csspart error - The message shown when the feed cannot be used.
 *
 * @cssprop --rolefit-accent - Buttons, focus rings, the selected answer and the fit bars.
 * @cssprop --rolefit-accent-contrast - Text on accent-coloured buttons.
 * @cssprop --rolefit-text - Text colour.
 * @cssprop --rolefit-muted - Secondary text: intro, hints, notes.
 * @cssprop --rolefit-surface - Background of the quiz card.
 * @cssprop --rolefit-border - Borders of the card, answers and bars.
 * @cssprop --rolefit-radius - Corner radius.
 * @cssprop --rolefit-font - Font family (default: the page's).
 * @cssprop --rolefit-gap - Base spacing.
 * @cssprop --rolefit-step-height - Height kept for a quiz step and its placeholder, so the page does not move when
 *   the feed arrives (default 30em; 45em in containers narrower than 30em). Lower it for short quizzes.
 */
export class RolefitMatcher extends RolefitElement<MatcherStrings> {
  static override styles = [hostStyles, matcherStyles];

  static override properties: PropertyDeclarations = {
    layout: {},
    share: { type: Boolean },
    answers: { attribute: false },
    chosen: { state: true, attribute: false },
    step: { state: true, attribute: false },
    view: { state: true, attribute: false },
    missingShown: { state: true, attribute: false },
    copyState: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** `steps`: one question at a time. `list`: all questions on one page. */
  layout: MatcherLayout = 'steps';

  /**
   * The result offers a "copy link" button; the link carries the answers in the URL fragment
   * (`#rolefit=<questionId>.<optionId>,…`), and a page opened with such a fragment, or whose fragment changes to
   * one (a link on the page), shows that result.
   */
  share = false;

  /**
   * The chosen option id per question id. Setting it restores those choices and shows the questions again;
   * ids the feed does not know are dropped (once the feed is loaded).
   */
  set answers(value: Answers) {
    this.chosen = typeof value === 'object' && value !== null ? { ...value } : {};
    this.#leaveResult();
    const feed = this.#readyFeed;
    if (feed) this.#fitAnswersTo(feed);
  }
  get answers(): Answers {
    return { ...this.chosen };
  }

  /** The result on show, or null while the questions are shown. */
  get result(): MatchResult | null {
    const feed = this.#readyFeed;
    return feed && this.view === 'result' ? matchRoles(feed, this.chosen, this.contentLang) : null;
  }

  protected readonly stringTable = matcherStrings;

  private chosen: Answers = {};
  /** Index of the question on show (`layout="steps"`). */
  private step = 0;
  private view: 'questions' | 'result' = 'questions';
  /** The reader tried to see the result with questions open: those questions say so. */
  private missingShown = false;
  private copyState: CopyState = 'idle';
  /** Text of the polite live region that announces the result. */
  private announcement = '';

  /** Selector of the element to focus after the next render (set only by the reader's own actions). */
  #focusTarget: string | undefined;
  #matchPending = false;
  #fragmentRead = false;
  /** The feed the answers were last fitted to; `undefined` while no feed is ready. */
  #fittedFeed: Feed | undefined;
  /** A page's own `#rolefit=…` link, followed, shows that result as a shared link opened would. */
  #onHashChange = (): void => {
    const feed = this.#readyFeed;
    if (!feed) return; // the feed's arrival reads the fragment
    this.#readFragment(feed);
    this.#fitAnswersTo(feed);
  };

  /** Clears the answers and shows the first question, with focus on it. Fires no event. */
  reset(): void {
    this.answers = {}; // with a feed, the quiz resumes at its first question
    const first = this.#readyFeed?.questions[0];
    if (first) this.#focusTarget = legendSelector(first.id);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  get #readyFeed(): Feed | undefined {
    return this.feedState.status === 'ready' ? this.feedState.feed : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.#readyFeed;
    // Once per feed that becomes ready (again: a feed reloaded from the page's cache is the same object).
    if (feed === this.#fittedFeed) return;
    this.#fittedFeed = feed;
    if (!feed) return;
    if (!this.#fragmentRead) this.#readFragment(feed);
    this.#fitAnswersTo(feed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    syncControls(this.renderRoot, {
      selector: '[type=radio]',
      property: 'checked',
      wanted: (radio) => this.chosen[radio.name] === radio.value,
    });
    if (this.#focusTarget) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focusTarget);
      // Firefox ignores focus() on a <legend> whose layout box is not built yet; measuring it builds the box.
      target?.getBoundingClientRect();
      target?.focus();
      if (target instanceof HTMLInputElement) target.select();
      this.#focusTarget = undefined;
    }
    const result = this.#matchPending ? this.result : null;
    this.#matchPending = false;
    if (result) emit(this, 'rolefit-match', result);
  }

  /** Drops answers the feed does not know; the result stays only while every question is still answered. */
  #fitAnswersTo(feed: Feed): void {
    const kept = knownAnswers(feed.questions, this.chosen);
    const dropped = Object.keys(this.chosen).filter((questionId) => !Object.hasOwn(kept, questionId));
    if (dropped.length) {
      warnOnce(
        this,
        `<rolefit-matcher>: answers that do not fit the feed were dropped (questions ${quoteList(dropped)}).`,
      );
    }
    this.chosen = kept;
    // The quiz resumes at the first open question, or at the last one when all are answered.
    const open = firstUnanswered(feed.questions, kept);
    this.step = open === -1 ? Math.max(feed.questions.length - 1, 0) : open;
    if (open !== -1 || !feed.questions.length) this.#leaveResult();
  }

  /** A `#rolefit=…` fragment restores those answers, and shows the result when they are complete. */
  #readFragment(feed: Feed): void {
    this.#fragmentRead = true;
    const shared = this.share ? readShareFragment(location.hash, feed.questions) : null;
    if (!shared) return;
    const link = '<rolefit-matcher share>: the #rolefit= link';
    if (shared.truncated) {
      warnOnce(
        this,
        `${link} is longer than ${maxShareEntries} entries or ${maxShareLength} characters; the rest was ignored.`,
      );
    }
    if (shared.ignored.length) {
      warnOnce(
        this,
        `${link} names answers the feed does not have; check its ids (ignored ${quoteList(shared.ignored)}).`,
      );
    }
    if (shared.conflicting.length) {
      warnOnce(
        this,
        `${link} answers a question twice; the first answer counts (ignored ${quoteList(shared.conflicting)}).`,
      );
    }
    this.chosen = shared.answers;
    // #fitAnswersTo, which comes next, goes back to the questions when some are open.
    this.#showResult(false);
  }

  #leaveResult(): void {
    this.view = 'questions';
    this.missingShown = false;
    this.copyState = 'idle';
    this.announcement = '';
  }

  /** `byReader`: focus and announce the result; never on page load, where focus belongs to the page. */
  #showResult(byReader: boolean): void {
    this.view = 'result';
    this.#matchPending = true;
    const result = this.result;
    if (!byReader || !result) return;
    this.announcement = fill(this.t.resultAnnounced, { role: result.roles[0]!.name });
    this.#focusTarget = `#${resultHeadingId}`;
  }

  #choose(questionId: string, optionId: string, total: number): void {
    this.chosen = { ...this.chosen, [questionId]: optionId };
    emit(this, 'rolefit-answer', {
      questionId,
      optionId,
      answered: Object.keys(this.chosen).length,
      total,
    });
  }

  #go(step: number, questions: readonly Question[]): void {
    this.step = step;
    this.#focusTarget = legendSelector(questions[step]!.id);
  }

  /** Shows the result, or sends the reader to the first open question (whose fieldset then says it is open). */
  #submit(questions: readonly Question[]): void {
    const open = firstUnanswered(questions, this.chosen);
    if (open === -1) return this.#showResult(true);
    this.missingShown = true;
    this.#go(open, questions);
  }

  async #copyLink(link: string): Promise<void> {
    try {
      // Missing outside secure contexts (reading writeText then throws); rejected without permission or focus:
      // the link is then shown instead.
      await navigator.clipboard.writeText(link);
      this.copyState = 'copied';
    } catch {
      this.copyState = 'manual';
      this.#focusTarget = shareLinkSelector;
    }
  }

  protected override renderSkeleton(): { box: string; bars: TemplateResult } {
    // Shaped like a question step (title, intro, progress, question, four answers, buttons) to avoid a jump.
    return {
      box: 'card skeleton step-size',
      bars: html`<span class="title" aria-hidden="true"></span>
        <span aria-hidden="true"></span>
        <span class="bar" aria-hidden="true"></span>
        ${Array.from({ length: 4 }, () => html`<span class="answer" aria-hidden="true"></span>`)}
        <span class="button" aria-hidden="true"></span>`,
    };
  }

  protected renderReady(feed: Feed): TemplateResult {
    return html`<div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.view === 'result' ? this.#renderResultView(feed) : this.#renderQuestions(feed)}`;
  }

  #renderResultView(feed: Feed): TemplateResult {
    const link = this.share ? shareLink(location.href, feed.questions, this.chosen) : '';
    return renderResult({
      feed,
      result: this.result!,
      t: this.t,
      text: localizer(feed, this.contentLang),
      ui: this.ui,
      share: this.share ? { state: this.copyState, link, onCopy: () => void this.#copyLink(link) } : undefined,
      onRestart: () => this.reset(),
    });
  }

  #renderQuestions(feed: Feed): TemplateResult {
    const t = this.t;
    const total = feed.questions.length;
    // The layout is read (and a bad one reported) only when there are questions to lay out.
    const steps =
      total > 0 &&
      pickOption(this, { attribute: 'layout', value: this.layout, fallback: 'steps' }, matcherLayouts) === 'steps';
    return html`<div class="card quiz ${steps ? 'step-size' : ''}">
      <h2>${t.title}</h2>
      <p class="intro muted">${fill(t.intro, { total: formatNumber(this.ui, total) })}</p>
      ${total ? (steps ? this.#renderStep(feed) : this.#renderList(feed)) : html`<p>${t.noQuestions}</p>`}
    </div>`;
  }

  #question(feed: Feed, question: Question): TemplateResult {
    const open = this.missingShown && !Object.hasOwn(this.chosen, question.id);
    const missing = open ? this.t.answerMissing : undefined;
    return renderQuestion({
      question,
      text: localizer(feed, this.contentLang),
      missing,
      onChoose: (questionId, optionId) => this.#choose(questionId, optionId, feed.questions.length),
    });
  }

  #progress(text: string, value: number, max: number): TemplateResult {
    return html`<div class="progress">
      <span id="progress-label">${text}</span>
      <progress part="progress" aria-labelledby="progress-label" max=${max} .value=${value}></progress>
    </div>`;
  }

  #renderStep(feed: Feed): TemplateResult {
    const t = this.t;
    const questions = feed.questions;
    const index = Math.min(this.step, questions.length - 1);
    const question = questions[index]!;
    const answered = Object.hasOwn(this.chosen, question.id);
    const counter = fill(t.progressStep, {
      n: formatNumber(this.ui, index + 1),
      total: formatNumber(this.ui, questions.length),
    });
    return html`${this.#progress(counter, index + 1, questions.length)} ${this.#question(feed, question)}
      <div class="actions">
        ${
          index > 0
            ? html`<button type="button" part="back" @click=${() => this.#go(index - 1, questions)}>${t.back}</button>`
            : nothing
        }
        ${
          index < questions.length - 1
            ? html`<button
                type="button"
                part="next"
                class="primary forward"
                ?disabled=${!answered}
                @click=${() => this.#go(index + 1, questions)}
              >
                ${t.next}
              </button>`
            : html`<button
                type="button"
                part="submit"
                class="primary forward"
                ?disabled=${!answered}
                @click=${() => this.#submit(questions)}
              >
                ${t.submit}
              </button>`
        }
      </div>`;
  }

  /**
   * All questions with one submit button that stays enabled: a disabled button cannot be focused and does not
   * say why it is disabled. Pressing it with open questions moves focus to the first open one, marks each open
   * question, and says politely how many are left.
   */
  #renderList(feed: Feed): TemplateResult {
    const t = this.t;
    const questions = feed.questions;
    const answered = Object.keys(this.chosen).length;
    const open = questions.length - answered;
    const counter = fill(t.progressList, {
      answered: formatNumber(this.ui, answered),
      total: formatNumber(this.ui, questions.length),
    });
    return html`${this.#progress(counter, answered, questions.length)}
      <div class="questions">${questions.map((question) => this.#question(feed, question))}</div>
      <div class="actions">
        <button type="button" part="submit" class="primary" @click=${() => this.#submit(questions)}>${t.submit}</button>
        <p class="missing" role="status">
          ${this.missingShown && open ? fill(t.answersMissing, { count: formatNumber(this.ui, open) }) : ''}
        </p>
      </div>`;
  }
}

/**
 * The matcher's own attributes (from `static properties`) and every part it renders (the `@csspart` list above),
 * which `<rolefit-advisor>` passes through.
 */
export const matcherPassThrough: PassThroughTable = {
  attributes: declaredAttributes(RolefitMatcher.properties),
  parts: [
    'question',
    'option',
    'progress',
    'back',
    'next',
    'submit',
    'result',
    'role',
    'share',
    'restart',
    'error',
    'skeleton',
  ],
};

declare global {
  interface HTMLElementTagNameMap {
    'rolefit-matcher': RolefitMatcher;
  }
}
