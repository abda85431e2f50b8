/**
 * Registers every rolefit element. This is the bundle's entry (`dist/rolefit.js`) and `rolefit/define`.
 * A second copy of the bundle on the page (another tag, or the same file under another URL) registers nothing
 * and says so once, instead of throwing.
 */
import { RolefitAdvisor } from './elements/advisor/rolefit-advisor.js';
import { RolefitCourses } from './elements/courses/rolefit-courses.js';
import { RolefitMatcher } from './elements/matcher/rolefit-matcher.js';
import { defineElement } from './elements/shared/define-element.js';

const elements: [string, CustomElementConstructor][] = [
  ['rolefit-matcher', RolefitMatcher],
  ['rolefit-courses', RolefitCourses],
  ['rolefit-advisor', RolefitAdvisor],
];

const taken = elements.filter(([tag, element]) => !defineElement(tag, element)).map(([tag]) => `<${tag}>`);
if (taken.length) {
  console.info(
    `[rolefit] ${taken.join(', ')} ${taken.length > 1 ? 'were' : 'was'} already defined on this page ` +
      '(a second copy of rolefit?); this copy was ignored. Load rolefit.js once.',
  );
}
