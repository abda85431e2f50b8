/**
 * Every rolefit event is created here, so names, `bubbles` and `composed` cannot drift between elements.
 * Returns false when a listener called `preventDefault()` on a cancelable event.
 */
export function emit<T>(target: EventTarget, name: `rolefit-${string}`, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable }));
}
