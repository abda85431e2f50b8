import { shorten } from '../../feed/problems.js';

/** `[rolefit]` console messages for site owners; each distinct message is logged once per element. */
const said = new WeakMap<object, Set<string>>();

export function warnOnce(element: object, message: string): void {
  const messages = said.get(element) ?? new Set<string>();
  said.set(element, messages);
  if (messages.has(message)) return;
  messages.add(message);
  console.warn(`[rolefit] ${message}`);
}

/** One attribute as the page wrote it (or the property set for it), and what stands in for a missing or bad value. */
export interface AttributeValue<Value, Fallback> {
  /** The attribute's name, for the warning. */
  attribute: string;
  value: Value;
  fallback: Fallback;
}

/**
 * Reads an enumerated attribute: a known value, or the default plus one warning that names the allowed values.
 * `null` (attribute absent) means the default, silently.
 */
export function pickOption<T extends string>(
  element: Element,
  { attribute, value, fallback }: AttributeValue<string | null | undefined, T>,
  allowed: readonly T[],
): T {
  if (!value) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  warnOnce(
    element,
    `<${element.localName} ${attribute}=${shorten(value, 40)}>: unknown value; use one of ${allowed.join(', ')}. ` +
      `Using "${fallback}".`,
  );
  return fallback;
}

/** A whole-number attribute: decimal digits become the number, anything else `NaN` (reported by pickWholeNumber). */
export function wholeNumber(value: string | null): number | undefined {
  if (value === null) return undefined;
  return /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
}

/**
 * Reads a count (bytes, items): a whole number ≥ 1, or the default plus one warning that quotes what the page
 * wrote. `undefined` or `null` (attribute absent) means the default, silently.
 */
export function pickWholeNumber(
  element: Element,
  { attribute, value, fallback }: AttributeValue<unknown, number>,
): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return value;
  const written = writtenValue(element, attribute, value);
  warnOnce(element, `<${element.localName} ${attribute}=${written}>: needs a whole number ≥ 1; using ${fallback}.`);
  return fallback;
}

/** What the page wrote ("many", not the `NaN` it became), quoted and shortened, for warnings. */
export const writtenValue = (element: Element, attribute: string, value: unknown): string =>
  shorten(element.getAttribute(attribute) ?? value, 40);
