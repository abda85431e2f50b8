import {
  html,
  LitElement,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { defaultFeedUrl } from '../../default-feed.js';
import { FeedError } from '../../feed/errors.js';
import { shorten } from '../../feed/problems.js';
import { defaultMaxFeedBytes, loadFeed, useFeedData } from '../../feed/load.js';
import type { Feed } from '../../feed/schema.js';
import {
  commonStrings,
  resolveStrings,
  uiLang,
  withOverrides,
  type CommonStrings,
  type StringTable,
  type UiLang,
} from '../../i18n/strings.js';
import { emit } from './emit.js';
import { readoptStyles } from './readopt-styles.js';
import { hostStyles } from './styles.js';
import { pickOption, pickWholeNumber, warnOnce, wholeNumber } from './warn.js';

// Re-exported so that every element's declaration file brings the global event map (events.ts) along.
export type { RolefitEventMap } from './events.js';

/**
 * Where the element's feed stands: not asked for yet (or let go when the element was removed while loading),
 * loading (`stopWaiting` lets go of it), shown, or failed.
 */
export type FeedState =
  | { status: 'idle' }
  | { status: 'loading'; stopWaiting: AbortController }
  | { status: 'ready'; feed: Feed }
  | { status: 'error'; error: FeedError };

/** How many ignored `strings` keys a warning names before it only counts the rest. */
const namedKeys = 5;

/** How close (px) an element must come to the viewport before a `loading="lazy"` element fetches its feed. */
const lazyMargin = '300px';

/** The nearest `lang` attribute at or above `node`, crossing shadow roots up to `<html>`. */
function inheritedLang(node: Node | null): string {
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return '';
}

/** What the reader is told: passing trouble (try again), a feed too big for this page, or faulty data. */
function readerMessage(t: CommonStrings, error: FeedError): string {
  if (error.kind === 'too-large') return t.errorTooLarge;
  const passing = ['network', 'timeout'].includes(error.kind) || (error.status ?? 0) >= 500;
  return passing ? t.errorNetwork : t.errorData;
}

/**
 * What every rolefit element shares: the feed (fetched lazily, shared per URL, or given as `data`), the reader's
 * language, the `informal` switch, UI string overrides, and the loading and error views.
 * Subclasses render `renderReady(feed)` and never fetch or validate themselves.
 *
 * @attr {string} lang - Language of the UI and of feed texts (`de` or `en`). Default: the nearest `lang` attribute up the
 *   tree (crossing shadow roots), then `<html lang>`; languages without UI strings fall back to English.
 */
export abstract class RolefitElement<S extends CommonStrings = CommonStrings> extends LitElement {
  static override styles: CSSResultGroup = hostStyles;

  /**
   * Lit's reactive properties, declared without decorators (no decorator helpers in the bundle). The fields keep
   * the JSDoc for the manifest; `useDefineForClassFields: false` compiles their initializers to assignments, which
   * go through Lit's accessors instead of shadowing them. Internal state says `attribute: false` as well as
   * `state: true` (which implies it): the manifest analyzer reads only this literal and would list it as attributes.
   */
  static override properties: PropertyDeclarations = {
    feed: {},
    data: { attribute: false },
    informal: { type: Boolean },
    loading: {},
    strings: { attribute: false },
    maxFeedBytes: { attribute: 'max-feed-bytes', converter: wholeNumber },
    feedState: { state: true, attribute: false },
  };

  /** URL of the feed (absolute or relative to the page). Default: the built-in feed next to the bundle. */
  feed: string | undefined;

  /** A feed object to show instead of fetching `feed`; validated the same way. */
  data: unknown;

  /** German UI strings address the reader with "du" instead of "Sie". */
  informal = false;

  /** `lazy`: fetch the feed only when the element comes near the viewport. `eager`: fetch at once. */
  loading: 'lazy' | 'eager' = 'lazy';

  /** Partial override of any UI string, e.g. `{ title: 'Welcher Job passt?' }`. */
  strings: Partial<S> | undefined;

  /**
   * Largest feed accepted, in bytes after decompression. Default: 20971520 (20 MiB). The download stops at the
   * limit; a bigger feed shows the error view and fires `rolefit-error` with kind `too-large`. Not a whole
   * number ≥ 1: the default, with one console warning. Elements share a feed's request when their limits are equal.
   */
  maxFeedBytes: number | undefined;

  protected feedState: FeedState = { status: 'idle' };

  /** The element's own strings; the common loading/error strings are merged in. */
  protected abstract readonly stringTable: StringTable<Omit<S, keyof CommonStrings>>;

  /** The `feed`, `data` and byte limit last loaded, so an update that changes none of them loads nothing again. */
  #loadedFrom?: [string | undefined, unknown, number | undefined];
  // Kept after disconnecting: disconnecting again is harmless.
  #observer?: IntersectionObserver;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'lang') this.requestUpdate();
    else super.attributeChangedCallback(name, old, value);
  }

  /** The language asked for (primary subtag, lower case), used to pick feed translations. */
  protected get contentLang(): string {
    return (inheritedLang(this) || 'en').toLowerCase().split('-')[0]!;
  }

  /** The UI language: `de` or `en`. */
  protected get ui(): UiLang {
    const asked = this.contentLang;
    const lang = uiLang(asked);
    if (lang !== asked)
      warnOnce(this, `<${this.localName}>: no UI strings for lang ${shorten(asked, 20)}; using English.`);
    return lang;
  }

  /**
   * The resolved UI strings for the current language, `informal` and `strings` overrides (own string values
   * only: anything else is ignored with one warning).
   */
  protected get t(): S {
    const { ui, informal } = this;
    const base = { ...resolveStrings(commonStrings, ui, informal), ...resolveStrings(this.stringTable, ui, informal) };
    const { strings, ignored } = withOverrides(base, this.strings);
    if (ignored.length) {
      const named = ignored.slice(0, namedKeys).join(', ');
      const more = ignored.length > namedKeys ? ` and ${ignored.length - namedKeys} more` : '';
      warnOnce(this, `<${this.localName}>.strings: ${named}${more} ignored; each UI string must be given as text.`);
    }
    return strings as S;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.feedState.status !== 'idle') return;
    const loading = pickOption(this, { attribute: 'loading', value: this.loading, fallback: 'lazy' }, [
      'lazy',
      'eager',
    ]);
    if (loading === 'eager' || this.data !== undefined || !('IntersectionObserver' in window)) {
      this.start();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.start();
      },
      { rootMargin: lazyMargin },
    );
    this.#observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    // A removed element stops waiting (the shared request goes on); if it comes back, it starts again.
    if (this.feedState.status === 'loading') {
      this.feedState.stopWaiting.abort();
      this.feedState = { status: 'idle' };
    }
  }

  /**
   * Moved into another document (an iframe's) with `adoptNode`: the shadow root's style sheets stay behind, so
   * they are adopted anew. Listeners and observers need nothing here: adopting disconnects the element first,
   * and connecting again attaches them to the new document.
   */
  adoptedCallback(): void {
    readoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const [feed, data, maxFeedBytes] = this.#loadedFrom ?? [];
    // Object.is: a bad limit is NaN, which is never equal to itself and would reload on every update.
    const changedSource = feed !== this.feed || data !== this.data || !Object.is(maxFeedBytes, this.maxFeedBytes);
    if (this.feedState.status !== 'idle' && changedSource) this.#loadFeedState();
    if (changed.has('loading') && this.loading === 'eager' && this.isConnected) this.start();
  }

  /** Fetches (or validates) the feed now, whatever `loading` says. */
  protected start(): void {
    this.#observer?.disconnect();
    if (this.feedState.status === 'idle') this.#loadFeedState();
  }

  #loadFeedState(): void {
    if (this.feedState.status === 'loading') this.feedState.stopWaiting.abort();
    this.#loadedFrom = [this.feed, this.data, this.maxFeedBytes];
    if (this.data !== undefined && this.data !== null) {
      try {
        this.feedState = { status: 'ready', feed: useFeedData(this.data) };
      } catch (error) {
        this.#fail(error);
      }
      return;
    }
    const stopWaiting = new AbortController();
    this.feedState = { status: 'loading', stopWaiting };
    const maxBytes = pickWholeNumber(this, {
      attribute: 'max-feed-bytes',
      value: this.maxFeedBytes,
      fallback: defaultMaxFeedBytes,
    });
    loadFeed(this.feed || defaultFeedUrl(), { signal: stopWaiting.signal, maxBytes }).then(
      (feed) => {
        if (!stopWaiting.signal.aborted) this.feedState = { status: 'ready', feed };
      },
      (error) => {
        if (!stopWaiting.signal.aborted) this.#fail(error);
      },
    );
  }

  #fail(error: unknown): void {
    const feedError =
      error instanceof FeedError ? error : new FeedError('invalid', `The feed could not be used: ${String(error)}`);
    console.error(`[rolefit] <${this.localName}>: ${feedError.message}`);
    this.feedState = { status: 'error', error: feedError };
    emit(this, 'rolefit-error', feedError.toDetail());
  }

  /** Loads the feed again after an error (the failed request was not cached). */
  protected retry(): void {
    this.#loadFeedState();
  }

  protected override render(): TemplateResult {
    const state = this.feedState;
    if (state.status === 'ready') return this.renderReady(state.feed);
    if (state.status === 'error') return this.#renderError(state.error);
    // One accessible wrapper for every element's placeholder: a status that says "loading" once.
    const { box, bars } = this.renderSkeleton();
    return html`<div class=${box} part="skeleton" role="status">
      <span class="visually-hidden">${this.t.loading}</span>${bars}
    </div>`;
  }

  protected abstract renderReady(feed: Feed): TemplateResult;

  /**
   * The placeholder's box class and its bars (hidden from assistive technology), shaped like what comes, so the
   * element keeps its height while the feed loads.
   */
  protected abstract renderSkeleton(): { box: string; bars: TemplateResult };

  #renderError(error: FeedError): TemplateResult {
    const t = this.t;
    return html`<div class="card error" part="error" role="alert">
      <p>${readerMessage(t, error)}</p>
      <button type="button" @click=${this.retry}>${t.retry}</button>
    </div>`;
  }
}
