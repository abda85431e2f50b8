import { expect } from '@open-wc/testing';
import { RolefitCourses } from '../../src/elements/courses/rolefit-courses.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { renderCourses, shownIds } from '../courses/support.js';
import { parts, text } from '../support/dom.js';

defineElement('rolefit-courses', RolefitCourses);

const skillsUrl = '/test/fixtures/skills.json';

/** Per shown course: its id and the text of its `skills` part ('' without one). */
const skillLines = (el: RolefitCourses) =>
  parts(el, 'course').map((card) => [
    card.querySelector<HTMLElement>('[part~="course-link"]')!.dataset.courseId,
    text(card.querySelector('[part~="skills"]')),
  ]);

describe('<rolefit-courses> skill coverage', () => {
  it('says on each card how many of the role\'s skills the course teaches, and which (English)', async () => {
    const el = await renderCourses({ lang: 'en', 'for-role': 'social' }, skillsUrl);
    expect(skillLines(el)).to.deep.equal([
      ['c-esco', 'Teaches 2 of the role’s 3 skills: Content creation, Redaktionsplanung'],
      ['c-one', 'Teaches 1 of the role’s 3 skills: Community-Management'],
      ['c-en', 'Teaches 1 of the role’s 3 skills: Content creation'],
      // The course lists no skills: nothing to say.
      ['c-none', ''],
    ]);
    await expect(el).to.be.accessible();
  });

  it('speaks German, and says so when a course teaches none of them', async () => {
    const el = await renderCourses({ 'for-role': 'mobile' }, skillsUrl);
    // Coverage ranks the recommended order: the course that teaches the skill comes first, before feed order.
    expect(skillLines(el)).to.deep.equal([
      ['c-mobile', 'Vermittelt 1 von 1 Fähigkeiten der Rolle: App-Usability'],
      ['c-en', 'Vermittelt 0 von 1 Fähigkeiten der Rolle'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows no coverage without a role, or for a role that lists no skills', async () => {
    const el = await renderCourses({}, skillsUrl);
    expect(parts(el, 'skills')).to.have.length(0);
    el.setAttribute('for-role', 'plain');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['c-plain']);
    expect(parts(el, 'skills')).to.have.length(0);
    el.setAttribute('for-role', 'social');
    await el.updateComplete;
    expect(parts(el, 'skills')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('ranks by coverage only in the recommended order', async () => {
    const el = await renderCourses({ 'for-role': 'social', sort: 'price' }, skillsUrl);
    expect(shownIds(el)).to.deep.equal(['c-none', 'c-en', 'c-one', 'c-esco']);
    await expect(el).to.be.accessible();
  });

  it('puts the role\'s occupation codes into the JSON-LD of its list', async () => {
    const el = await renderCourses({ 'for-role': 'social', 'structured-data': true }, skillsUrl);
    const list = JSON.parse(el.querySelector('script')!.text);
    const categories = list.itemListElement[0].item.occupationalCategory as { codeValue?: string; url?: string }[];
    expect(categories.map((category) => category.codeValue ?? category.url)).to.deep.equal([
      '2432',
      '92113',
      'http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000002',
    ]);
    el.removeAttribute('for-role');
    await el.updateComplete;
    const everyRole = JSON.parse(el.querySelector('script')!.text);
    expect(everyRole.itemListElement[0].item).to.not.have.property('occupationalCategory');
    await expect(el).to.be.accessible();
  });
});
