import { cancelableEvents, type RolefitEventDetail, type RolefitEventName } from './events.js';

/**
 * Every rolefit event is created here, so names, details, `bubbles`, `composed` and `cancelable` cannot drift
 * between elements. Returns false when a listener called `preventDefault()` on a cancelable event.
 */
export function emit<Name extends RolefitEventName>(
  target: EventTarget,
  name: Name,
  detail: RolefitEventDetail<Name>,
): boolean {
  const cancelable = cancelableEvents.has(name);
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
