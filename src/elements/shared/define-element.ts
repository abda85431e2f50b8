/**
 * Guarded registration of rolefit's tags: it never throws into the page, and tells apart a tag that rolefit
 * already registered (a second copy of the bundle, or a test that registered it first) from a tag that a
 * different element owns (the page's own `<rolefit-matcher>`, say), which rolefit cannot work with.
 */
import { shorten } from '../../feed/problems.js';

/**
 * `defined`: registered now; `copy`: rolefit already had it; `taken`: another element has it; `failed`: the
 * registry refused it (and this said why).
 */
export type Registration = 'defined' | 'copy' | 'taken' | 'failed';

/**
 * True for a rolefit element class from any copy or version of rolefit (or a page's subclass of one): it has the
 * properties every rolefit element has. A class from another copy is a different object, so identity cannot tell.
 */
export const isRolefitElement = (element: CustomElementConstructor | undefined): boolean =>
  !!element && ['feed', 'data', 'informal', 'strings'].every((name) => name in element.prototype);

/** The `[rolefit]` message (without the prefix) for tags that other elements own, saying what to do. */
export const foreignTagsMessage = (tags: readonly string[]): string =>
  `${tags.map((tag) => `<${tag}>`).join(', ')}: another element on this page owns the tag, so rolefit (and its ` +
  "<rolefit-advisor>) cannot use it. Rename or remove the page's element.";

export function defineElement(tag: string, element: CustomElementConstructor): Registration {
  const existing = customElements.get(tag);
  if (existing) return isRolefitElement(existing) ? 'copy' : 'taken';
  try {
    customElements.define(tag, element);
    return 'defined';
  } catch (error) {
    // E.g. this class is already registered under another name: the page's script ran first.
    console.error(`[rolefit] <${tag}> could not be registered: ${shorten(String(error))}.`);
    return 'failed';
  }
}
