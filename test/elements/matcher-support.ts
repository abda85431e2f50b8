/** Helpers for the `<rolefit-matcher>` tests on top of test/support/dom.ts: set up a matcher, answer it, find its controls. */
import { waitUntil } from '@open-wc/testing';
import { RolefitMatcher } from '../../src/elements/matcher/rolefit-matcher.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { mount, part, type Attributes } from '../support/dom.js';

defineElement('rolefit-matcher', RolefitMatcher);

export const smallFeedUrl = '/test/fixtures/small.json';
export const fiveRolesUrl = '/test/fixtures/five-roles.json';

export interface MatcherSetup {
  attributes?: Attributes;
  data?: unknown;
  answers?: Record<string, string>;
}

/** Mounts `<rolefit-matcher loading="eager" feed=small.json …>` as a page would; no `feed` when `data` is given. */
export async function createMatcher({ attributes = {}, data, answers }: MatcherSetup = {}): Promise<RolefitMatcher> {
  const feed: Attributes = data === undefined && !('feed' in attributes) ? { feed: smallFeedUrl } : {};
  const properties: Record<string, unknown> = {};
  if (data !== undefined) properties.data = data;
  if (answers) properties.answers = answers;
  return mount('rolefit-matcher', { ...attributes, ...feed }, properties);
}

/** Waits until the feed is shown (a question or the result). */
export async function ready(el: RolefitMatcher): Promise<RolefitMatcher> {
  await waitUntil(() => part(el, 'question') || part(el, 'result'), 'the matcher did not show its feed');
  await el.updateComplete;
  return el;
}

export const radio = (el: RolefitMatcher, questionId: string, optionId: string): HTMLInputElement =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[type="radio"][name="${questionId}"][value="${optionId}"]`)!;

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
