/**
 * The five rolefit events, declared once: name → event type. `emit()` accepts only the detail that belongs to a
 * name, and the map extends the DOM's event maps, so a page's `addEventListener('rolefit-match', (e) => e.detail.top)`
 * type-checks on an element, on `document` and on `window` alike.
 */
import type { FeedErrorDetail } from '../../feed/errors.js';
import type { MatchResult } from '../../match/types.js';
import type { CourseClickDetail, CourseFilterDetail } from '../courses/rolefit-courses.js';
import type { AnswerDetail } from '../matcher/rolefit-matcher.js';

export interface RolefitEventMap {
  'rolefit-answer': CustomEvent<AnswerDetail>;
  'rolefit-match': CustomEvent<MatchResult>;
  'rolefit-filter': CustomEvent<CourseFilterDetail>;
  'rolefit-course-click': CustomEvent<CourseClickDetail>;
  'rolefit-error': CustomEvent<FeedErrorDetail>;
}

export type RolefitEventName = keyof RolefitEventMap;

export type RolefitEventDetail<Name extends RolefitEventName> = RolefitEventMap[Name]['detail'];

/** Events a page may cancel with `preventDefault()`: a course click, to route the link itself. */
export const cancelableEvents: ReadonlySet<RolefitEventName> = new Set(['rolefit-course-click']);

declare global {
  // Events bubble and are composed, so a page listens on the element, on document or on window.
  interface HTMLElementEventMap extends RolefitEventMap {}
  interface DocumentEventMap extends RolefitEventMap {}
  interface WindowEventMap extends RolefitEventMap {}
}
