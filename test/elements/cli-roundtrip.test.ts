// The last leg of the CLI round trip: a feed written by `rolefit import` (test/fixtures/cli/imported-feed.json,
// kept equal to the import's output by test/node/cli-import.test.mjs) shows in the widget.
import { expect, waitUntil } from '@open-wc/testing';
import { RolefitCourses } from '../../src/elements/courses/rolefit-courses.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { mount, parts } from '../support/dom.js';

defineElement('rolefit-courses', RolefitCourses);

const titles = (el: RolefitCourses): string[] => parts(el, 'course-title').map((title) => title.textContent!.trim());

describe('rolefit import → <rolefit-courses>', () => {
  it('shows every imported course with its title in the page language', async () => {
    const el = await mount('rolefit-courses', { lang: 'en', feed: '/test/fixtures/cli/imported-feed.json' });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('article[part~="course"]').length > 0, 'no course rendered');
    expect(el.shadowRoot!.querySelectorAll('article[part~="course"]').length).to.equal(6);
    expect(titles(el)).to.include.members([
      'Budgeting',
      'App basics "compact"',
      'Community management',
      'SEO basics',
      'Video workshop',
      'Data analysis in brief',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows the German titles on a German page', async () => {
    const el = await mount('rolefit-courses', { lang: 'de', feed: '/test/fixtures/cli/imported-feed.json' });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('article[part~="course"]').length > 0, 'no course rendered');
    expect(titles(el)).to.include.members(['SEO-Grundlagen', 'App-Grundlagen "kompakt"', 'Videoworkshop']);
    await expect(el).to.be.accessible();
  });
});
