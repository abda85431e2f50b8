/**
 * rolefit: the library entry. Importing it has no side effects: it exports the element classes, the feed
 * format and the pure functions, and registers **no tag**. A page that uses `<rolefit-advisor>`,
 * `<rolefit-matcher>` or `<rolefit-courses>` after only `import 'rolefit'` gets unknown elements that render at
 * 0 px, with no error and no console message. Register the tags once with `import 'rolefit/define'` (or load
 * `dist/rolefit.js`); `customElements.get('rolefit-advisor')` tells whether they are. See docs/troubleshooting.md.
 *
 * @example
 * import 'rolefit/define'; // registers the three tags
 * import { matchRoles, type MatchResult } from 'rolefit';
 */
export { RolefitMatcher, type AnswerDetail, type MatcherLayout } from './elements/matcher/rolefit-matcher.js';
export { RolefitCourses, type CourseClickDetail, type CourseFilterDetail } from './elements/courses/rolefit-courses.js';
export { RolefitAdvisor } from './elements/advisor/rolefit-advisor.js';
export type { RolefitEventDetail, RolefitEventMap, RolefitEventName } from './elements/shared/events.js';
export * from './feed/index.js';
export type { Answers, MatchResult, Reason, RoleFit } from './match/types.js';
export { matchRoles } from './match/score.js';
export { encodeAnswers, readShareFragment, shareLink } from './match/share.js';
export { queryCourses, type CourseFacets, type CourseQuery } from './courses/query.js';
export { courseSorts, noFilters, type CourseFilters, type CourseSort } from './courses/filters.js';
