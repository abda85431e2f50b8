/**
 * DOM helpers shared by every element test: create and mount a rolefit element as a page would, read what it
 * shows (parts and text, shadow roots included), record console output, and count requests on the misbehaving
 * routes of test/support/faulty-server.mjs. Registers nothing: a test imports `src/define.js` (as a page loads
 * the bundle) or registers the tags it needs.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type {} from '../../src/elements/advisor/rolefit-advisor.js';
import type {} from '../../src/elements/courses/rolefit-courses.js';
import type {} from '../../src/elements/matcher/rolefit-matcher.js';

export type RolefitTag = 'rolefit-matcher' | 'rolefit-courses' | 'rolefit-advisor';

/** Attribute values as a page writes them; `true` is an empty boolean attribute, `false` leaves it out. */
export type Attributes = Record<string, string | boolean>;

/**
 * Creates an element and sets attributes, then properties (as a page script would), without connecting it.
 * Nothing is added: no `loading`, no `feed`.
 */
export function create<T extends RolefitTag>(
  tag: T,
  attributes: Attributes = {},
  properties: Record<string, unknown> = {},
): HTMLElementTagNameMap[T] {
  if (!customElements.get(tag)) throw new Error(`<${tag}> is not registered: import src/define.js first`);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== false) el.setAttribute(name, value === true ? '' : value);
  }
  Object.assign(el, properties);
  return el;
}

/**
 * Creates an element as `create()` does and connects it in a fresh container. `loading="eager"` unless given,
 * so nothing waits for the viewport.
 */
export async function mount<T extends RolefitTag>(
  tag: T,
  attributes: Attributes = {},
  properties: Record<string, unknown> = {},
): Promise<HTMLElementTagNameMap[T]> {
  const el = create(tag, { loading: 'eager', ...attributes }, properties);
  const container = await fixture<HTMLDivElement>('<div></div>');
  container.append(el);
  return el;
}

/**
 * A feed as parsed JSON, for tests to reshape freely (wrong types and missing fields included) before handing it
 * over through the `data` property: a typed `Feed` would forbid exactly the damage these tests need.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: any shape, on purpose
export type FeedJson = Record<string, any>;

/** A fresh copy of a served fixture (test/fixtures/small.json unless given), to change and pass as `data`. */
export async function fixtureJson(url = '/test/fixtures/small.json'): Promise<FeedJson> {
  const response = await fetch(url);
  return response.json();
}

/** Shown text, whitespace collapsed; '' for no node. */
export const text = (node: Node | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Every element in the element's own shadow root with part `name` (not those of nested elements). */
export const parts = <T extends HTMLElement = HTMLElement>(el: Element, name: string): T[] => [
  ...(el.shadowRoot?.querySelectorAll<T>(`[part~="${name}"]`) ?? []),
];

/** The first element in the element's own shadow root with part `name`, or null. */
export const part = <T extends HTMLElement = HTMLElement>(el: Element, name: string): T | null =>
  parts<T>(el, name)[0] ?? null;

/** Every shadow root at or below `root`, nested ones included (the advisor holds a matcher and a course list). */
export function shadowRoots(root: Node): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Node) => {
    for (const element of (node as ParentNode).querySelectorAll('*')) {
      if (element.shadowRoot) {
        found.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  // No `instanceof`: the root may come from an iframe (another realm).
  const own = (root as Partial<Element>).shadowRoot;
  if (own) {
    found.push(own);
    visit(own);
  }
  visit(root);
  return found;
}

/** Every element in `root`'s light DOM and in all shadow roots below it. */
export function allElements(root: Element): Element[] {
  return [
    root,
    ...root.querySelectorAll('*'),
    ...shadowRoots(root).flatMap((shadow) => [...shadow.querySelectorAll('*')]),
  ];
}

/** Every element matching `selector` below `root`, shadow roots included. */
export const deepQueryAll = <T extends Element = HTMLElement>(root: Element, selector: string): T[] =>
  allElements(root).filter((element) => element.matches(selector)) as T[];

/** The first element matching `selector` below `root`, shadow roots included, or null. */
export const deepQuery = <T extends Element = HTMLElement>(root: Element, selector: string): T | null =>
  deepQueryAll<T>(root, selector)[0] ?? null;

/** All text rendered below `root`, shadow roots included. */
export const deepText = (root: Element): string =>
  [root, ...shadowRoots(root)].map((node) => node.textContent ?? '').join(' ');

/** Waits until `root` (or an element inside it) shows `part`; returns the first such element. */
export async function waitForPart(root: Element, name: string, timeout = 8000): Promise<HTMLElement> {
  await waitUntil(() => deepQuery(root, `[part~="${name}"]`), `no [part~="${name}"] shown`, { timeout });
  return deepQuery(root, `[part~="${name}"]`)!;
}

type ConsoleMethod = 'error' | 'warn' | 'info';

export interface ConsoleCapture {
  /** Every message of the captured methods, in order. */
  messages: { method: ConsoleMethod; text: string }[];
  /** Every message of one method, `[rolefit]` or not, in order. */
  texts(method: ConsoleMethod): string[];
  /** The `[rolefit]` messages of one method, in order. */
  rolefit(method: ConsoleMethod): string[];
  /** Puts the console methods back. */
  restore(): void;
}

/**
 * Records console calls of the given methods until `restore()`. `[rolefit]` messages are silenced (they are
 * expected, and asserted); any other message is recorded and still printed, so nothing unexpected is hidden.
 */
export function captureConsole(...methods: ConsoleMethod[]): ConsoleCapture {
  const originals = methods.map((method) => [method, console[method]] as const);
  const messages: ConsoleCapture['messages'] = [];
  for (const [method, original] of originals) {
    console[method] = (...args: unknown[]) => {
      const message = args.map(String).join(' ');
      messages.push({ method, text: message });
      if (!message.startsWith('[rolefit]')) original.apply(console, args);
    };
  }
  const texts = (method: ConsoleMethod) =>
    messages.filter((message) => message.method === method).map((message) => message.text);
  return {
    messages,
    texts,
    rolefit: (method) => texts(method).filter((text) => text.startsWith('[rolefit]')),
    restore: () => {
      for (const [method, original] of originals) console[method] = original;
    },
  };
}

/** Records uncaught errors and unhandled rejections that reach the window until `stop()`. */
export function captureUncaught(): { seen: string[]; stop: () => void } {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => seen.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * Mocha hooks for the enclosing `describe` (or file): during each test the given console methods are captured as
 * `captureConsole()` does, and the test fails if an error or unhandled rejection reached the window. `output` is
 * the running test's capture.
 */
export function guardEachTest(...methods: ConsoleMethod[]): { readonly output: ConsoleCapture } {
  let output: ConsoleCapture;
  let uncaught: ReturnType<typeof captureUncaught>;
  beforeEach(() => {
    output = captureConsole(...methods);
    uncaught = captureUncaught();
  });
  afterEach(() => {
    output.restore();
    uncaught.stop();
    expect(uncaught.seen, 'nothing thrown into the page').to.deep.equal([]);
  });
  return {
    get output() {
      return output;
    },
  };
}

let keys = 0;

/** A key no other test (or earlier run in this page) has used, so the faulty server's counts start at 0. */
export function uniqueKey(name: string): string {
  keys += 1;
  return `${name}-${Date.now().toString(36)}-${keys}`;
}

/** How many requests the faulty server has seen for `key`, on any of its routes. */
export async function hits(key: string): Promise<number> {
  const response = await fetch(`/faulty/hits/${key}`);
  return ((await response.json()) as { hits: number }).hits;
}

/**
 * Records the abort signal of every `fetch` the page makes until `restore()`, so a test can see which requests
 * were cancelled; the requests themselves go through unchanged.
 */
export function recordFetchSignals(): { signals: AbortSignal[]; restore: () => void } {
  const signals: AbortSignal[] = [];
  const realFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    signals.push(init!.signal!);
    return realFetch(input, init);
  };
  return {
    signals,
    restore: () => {
      window.fetch = realFetch;
    },
  };
}
