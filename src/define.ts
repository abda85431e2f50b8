/**
 * Registers every rolefit element. This is the bundle's entry (`dist/rolefit.js`) and `rolefit/define`.
 * A second copy of the bundle on the page (another tag, or the same file under another URL) registers nothing
 * and says so once, instead of throwing. A tag that a different element already owns is an error, said once.
 */
import { RolefitMatcher } from './elements/matcher/rolefit-matcher.js';
import { RolefitCourses } from './elements/courses/rolefit-courses.js';
import { RolefitAdvisor } from './elements/advisor/rolefit-advisor.js';
import { defineElement, foreignTagsMessage, type Registration } from './elements/shared/define-element.js';

// A bundler user imports only this entry: it carries the types too (the tag map, the element classes, the events).
export type * from './index.js';

const elements: [string, CustomElementConstructor][] = [
  ['rolefit-matcher', RolefitMatcher],
  ['rolefit-courses', RolefitCourses],
  ['rolefit-advisor', RolefitAdvisor],
];

const outcomes = elements.map(([tag, element]) => ({ tag, registration: defineElement(tag, element) }));
/** The tags with this outcome. */
const tagsWith = (outcome: Registration): string[] =>
  outcomes.filter(({ registration }) => registration === outcome).map(({ tag }) => tag);

const copies = tagsWith('copy').map((tag) => `<${tag}>`);
if (copies.length) {
  console.info(
    `[rolefit] ${copies.join(', ')} ${copies.length > 1 ? 'were' : 'was'} already defined on this page ` +
      '(a second copy of rolefit?); this copy was ignored. Load rolefit.js once.',
  );
}
const taken = tagsWith('taken');
if (taken.length) console.error(`[rolefit] ${foreignTagsMessage(taken)}`);
