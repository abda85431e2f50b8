import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { RolefitCourses } from '../../src/elements/courses/rolefit-courses.js';
import { searchKeySlice } from '../../src/courses/search-index.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { catalogUrl, settled } from '../courses/support.js';
import { fixtureJson, part, text, type FeedJson } from '../support/dom.js';

defineElement('rolefit-courses', RolefitCourses);

/** A feed object with more courses than one slice of search keys: every third one is in Köln. */
async function largeFeed(count: number): Promise<FeedJson> {
  const feed = await fixtureJson(catalogUrl);
  const [first] = feed.courses;
  feed.courses = Array.from({ length: count }, (_, index) => ({
    ...first,
    id: `c${index}`,
    title: `Kurs ${index % 3 ? 'Bonn' : 'Köln'} ${index}`,
    location: undefined,
    topics: undefined,
  }));
  return feed;
}

/** Types into the search field as a reader does (one `input` event for the whole value). */
function type(el: RolefitCourses, value: string): void {
  const field = part(el, 'filters')!.querySelector<HTMLInputElement>('input[type="search"]')!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('<rolefit-courses filters> on a large feed', () => {
  it('waits for the search keys, built in slices, and shows the newest query, never an older one', async () => {
    const count = 3 * searchKeySlice;
    const searches: (string | null)[] = [];
    const el = await fixture<RolefitCourses>(
      html`<rolefit-courses
        loading="eager"
        lang="de"
        filters
        .data=${await largeFeed(count)}
        @rolefit-filter=${(event: CustomEvent) => searches.push(event.detail.filters.search)}
      ></rolefit-courses>`,
    );
    await settled(el);
    expect(text(part(el, 'count'))).to.equal(`${count} Weiterbildungen`);

    type(el, 'Koeln');
    await el.updateComplete;
    expect(text(part(el, 'count')), 'the list stays while the keys are built').to.equal(`${count} Weiterbildungen`);
    type(el, 'Bonn');
    await waitUntil(() => text(part(el, 'count')) === `${(2 * count) / 3} Weiterbildungen`, 'no search result');
    await el.updateComplete;
    expect(searches).to.deep.equal([null, 'Bonn']);
    await expect(el).to.be.accessible();
  });
});
