/**
 * rolefit: the library entry. Importing it has no side effects: it exports the element classes, the feed
 * format and the pure functions. Import `rolefit/define` (or load `dist/rolefit.js`) to register the tags.
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
