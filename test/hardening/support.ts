/**
 * Shared by the hardening tests: mounting elements as a page would, walking every shadow root, and recording
 * what must never happen (uncaught errors, console messages, payloads that run).
 */
import { fixture, waitUntil } from '@open-wc/testing';
import '../../src/define.js';

const smallFeedUrl = '/test/fixtures/small.json';

/** A fresh copy of a served fixture, to mutate and hand over through the `data` property. */
export async function fixtureJson(url = smallFeedUrl): Promise<Record<string, any>> {
  return (await fetch(url)).json();
}

export type RolefitTag = 'rolefit-matcher' | 'rolefit-courses' | 'rolefit-advisor';

/**
 * Creates an element, sets attributes then properties (as a page script would), and connects it in a container.
 * `loading="eager"` unless given, so nothing waits for the viewport.
 */
export async function mount<T extends RolefitTag>(
  tag: T,
  attributes: Record<string, string> = {},
  properties: Record<string, unknown> = {},
): Promise<HTMLElementTagNameMap[T]> {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries({ loading: 'eager', ...attributes })) el.setAttribute(name, value);
  Object.assign(el, properties);
  const container = await fixture<HTMLDivElement>('<div></div>');
  container.append(el);
  return el;
}

/** Every shadow root at or below `root`, nested ones included (the advisor holds a matcher and a course list). */
function shadowRoots(root: Node): ShadowRoot[] {
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

/** The first element matching `selector` anywhere below `root`, shadow roots included. */
export function deepQuery<T extends Element = HTMLElement>(root: Element, selector: string): T | null {
  return (allElements(root).find((element) => element.matches(selector)) as T | null) ?? null;
}

export const deepQueryAll = <T extends Element = HTMLElement>(root: Element, selector: string): T[] =>
  allElements(root).filter((element) => element.matches(selector)) as T[];

/** Shown text, whitespace collapsed. */
export const text = (node: Node | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** All text rendered below `root`, shadow roots included. */
export const deepText = (root: Element): string =>
  [root, ...shadowRoots(root)].map((node) => node.textContent ?? '').join(' ');

/** Waits until an element (or one inside it) shows `part`; returns it. */
export async function waitForPart(root: Element, part: string, timeout = 8000): Promise<HTMLElement> {
  await waitUntil(() => deepQuery(root, `[part~="${part}"]`), `no [part~=${part}]`, { timeout });
  return deepQuery(root, `[part~="${part}"]`)!;
}

/** Answers every question of the matcher (the first option each, or the given ones) and shows the result. */
export async function finishQuiz(matcher: HTMLElementTagNameMap['rolefit-matcher'], pick = 0): Promise<void> {
  const root = matcher.shadowRoot!;
  for (let guard = 0; guard < 50 && !root.querySelector('[part~="result"]'); guard++) {
    await waitUntil(() => root.querySelector('[part~="question"]'), 'the matcher shows no question');
    for (const fieldset of root.querySelectorAll('[part~="question"]')) {
      const radios = fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]');
      if (![...radios].some((radio) => radio.checked)) radios[Math.min(pick, radios.length - 1)]!.click();
    }
    await matcher.updateComplete;
    root.querySelector<HTMLButtonElement>('[part~="next"], [part~="submit"]')!.click();
    await matcher.updateComplete;
  }
}

/** Records console calls of the given methods (silencing them) until `restore()`. */
export function captureConsole(...methods: ('error' | 'warn' | 'info')[]) {
  const originals = methods.map((method) => [method, console[method]] as const);
  const messages: { method: string; text: string }[] = [];
  for (const method of methods) {
    console[method] = (...args: unknown[]) => void messages.push({ method, text: args.map(String).join(' ') });
  }
  return {
    messages,
    /** The `[rolefit]` messages of one method. */
    rolefit: (method: 'error' | 'warn' | 'info') =>
      messages
        .filter((message) => message.method === method && message.text.startsWith('[rolefit]'))
        .map((m) => m.text),
    restore: () => originals.forEach(([method, original]) => (console[method] = original)),
  };
}

/** Records uncaught errors and unhandled rejections that reach the window until `stop()`. */
export function captureUncaught() {
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

/** Lets pending tasks run (image errors, timers a payload might schedule) before checking that nothing ran. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 150));
