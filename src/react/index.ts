/**
 * rolefit/react: the three elements as React components, made with `@lit/react`. React 18 and earlier pass neither
 * properties nor custom events to custom elements; these wrappers do both, with typed `onRolefitMatch`-style props.
 * React 19 passes both itself: there, the tags with `rolefit/jsx` are enough. Importing this module registers the
 * tags (as `rolefit/define` does).
 *
 * @example
 * import { RolefitMatcher } from 'rolefit/react';
 * <RolefitMatcher layout="list" onRolefitMatch={(event) => setTop(event.detail.top)} />
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import '../define.js';
import { RolefitAdvisor as AdvisorElement } from '../elements/advisor/rolefit-advisor.js';
import { RolefitCourses as CoursesElement } from '../elements/courses/rolefit-courses.js';
import { RolefitMatcher as MatcherElement } from '../elements/matcher/rolefit-matcher.js';
import type { RolefitEventMap } from '../elements/shared/events.js';

/** A rolefit event name, typed with its event so the handler prop receives the right `detail`. */
const eventName = <Name extends keyof RolefitEventMap>(name: Name) => name as EventName<RolefitEventMap[Name]>;

const matcherEvents = {
  onRolefitAnswer: eventName('rolefit-answer'),
  onRolefitMatch: eventName('rolefit-match'),
  onRolefitError: eventName('rolefit-error'),
};

const coursesEvents = {
  onRolefitFilter: eventName('rolefit-filter'),
  onRolefitCourseClick: eventName('rolefit-course-click'),
  onRolefitError: eventName('rolefit-error'),
};

export const RolefitMatcher = createComponent({
  tagName: 'rolefit-matcher',
  elementClass: MatcherElement,
  react: React,
  events: matcherEvents,
  displayName: 'RolefitMatcher',
});

export const RolefitCourses = createComponent({
  tagName: 'rolefit-courses',
  elementClass: CoursesElement,
  react: React,
  events: coursesEvents,
  displayName: 'RolefitCourses',
});

/** The advisor's inner elements' events reach it (they are composed), so it offers all five. */
export const RolefitAdvisor = createComponent({
  tagName: 'rolefit-advisor',
  elementClass: AdvisorElement,
  react: React,
  events: { ...matcherEvents, ...coursesEvents },
  displayName: 'RolefitAdvisor',
});
