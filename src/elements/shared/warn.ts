/** `[rolefit]` console messages for site owners; each distinct message is logged once per element. */
const said = new WeakMap<object, Set<string>>();

export function warnOnce(element: object, message: string): void {
  let messages = said.get(element);
  if (!messages) said.set(element, (messages = new Set()));
  if (messages.has(message)) return;
  messages.add(message);
  console.warn(`[rolefit] ${message}`);
}

/**
 * Reads an enumerated attribute: a known value, or the default plus one warning that names the allowed values.
 * `null` (attribute absent) means the default, silently.
 */
export function pickOption<T extends string>(
  element: Element,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (!value) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  warnOnce(
    element,
    `<${element.localName} ${attribute}="${value}">: unknown value; use one of ${allowed.join(', ')}. Using "${fallback}".`,
  );
  return fallback;
}
