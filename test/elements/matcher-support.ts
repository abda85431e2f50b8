/** Shared helpers for the `<rolefit-matcher>` tests: create the element as a page would, and read its shadow DOM. */
import { fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { RolefitMatcher } from '../../src/elements/matcher/rolefit-matcher.js';
import { defineElement } from '../../src/elements/shared/define-element.js';

defineElement('rolefit-matcher', RolefitMatcher);

export const smallFeedUrl = '/test/fixtures/small.json';
export const fiveRolesUrl = '/test/fixtures/five-roles.json';

/** A fresh copy of a fixture feed, for the `data` property. */
export async function fixtureData(url: string): Promise<Record<string, any>> {
  const response = await fetch(url);
  return response.json();
}

export interface MatcherSetup {
  attributes?: Record<string, string | boolean>;
  data?: unknown;
  answers?: Record<string, string>;
}

/** Creates `<rolefit-matcher loading="eager" feed=small.json …>` inside a container, as a page would. */
export async function createMatcher({ attributes = {}, data, answers }: MatcherSetup = {}): Promise<RolefitMatcher> {
  const el = document.createElement('rolefit-matcher');
  const all: Record<string, string | boolean> = { loading: 'eager', ...attributes };
  if (data === undefined && !('feed' in all)) all.feed = smallFeedUrl;
  for (const [name, value] of Object.entries(all)) {
    if (value !== false) el.setAttribute(name, value === true ? '' : value);
  }
  if (data !== undefined) el.data = data;
  if (answers) el.answers = answers;
  const container = await fixture<HTMLDivElement>(html`<div>${el}</div>`);
  return container.firstElementChild as RolefitMatcher;
}

/** Waits until the feed is shown (a question or the result). */
export async function ready(el: RolefitMatcher): Promise<RolefitMatcher> {
  await waitUntil(() => part(el, 'question') || part(el, 'result'), 'the matcher did not show its feed');
  await el.updateComplete;
  return el;
}

export const part = (el: RolefitMatcher, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

export const parts = (el: RolefitMatcher, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

export const radio = (el: RolefitMatcher, questionId: string, optionId: string): HTMLInputElement =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[type="radio"][name="${questionId}"][value="${optionId}"]`)!;

export const text = (node: Element | null): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * A short printable name for an element, '' for none. Assertions compare these names, never DOM nodes: a failing
 * assertion on a node makes the reporter walk the whole DOM instead of failing.
 */
export function nameOf(node: Element | null): string {
  if (!node) return '';
  if (node instanceof HTMLInputElement && node.type === 'radio') return `radio:${node.name}=${node.value}`;
  if (node.id) return `#${node.id}`;
  const partName = node.getAttribute('part');
  if (partName) return `part:${partName}`;
  return [node.localName, ...node.classList].join('.');
}

/** The name of the element focused inside the matcher's shadow root; '' when focus is elsewhere. */
export const focusedName = (el: RolefitMatcher): string => nameOf(el.shadowRoot!.activeElement);

export const hasPart = (el: RolefitMatcher, name: string): boolean => part(el, name) !== null;

export const exists = (el: RolefitMatcher, selector: string): boolean =>
  el.shadowRoot!.querySelector(selector) !== null;

/** Clicks an answer's label (as a reader would), then the forward button, and waits for the render. */
export async function answerAndContinue(el: RolefitMatcher, questionId: string, optionId: string): Promise<void> {
  radio(el, questionId, optionId).closest('label')!.click();
  await el.updateComplete;
  (part(el, 'next') ?? part(el, 'submit'))!.click();
  await el.updateComplete;
}

/** Records events of the given names that reach `target`. */
export function recordEvents(target: EventTarget, ...names: string[]): CustomEvent[] {
  const seen: CustomEvent[] = [];
  for (const name of names) target.addEventListener(name, (event) => seen.push(event as CustomEvent));
  return seen;
}

/** Captures `console.warn` messages until `restore()`. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}
