/** The shared element contract (test/support/element-contract.ts) for each tag, and one feed for all three. */
import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';
import { create, deepQuery, deepQueryAll, hits, parts, text, uniqueKey, waitForPart } from '../support/dom.js';
import { runElementContract } from '../support/element-contract.js';

/** The quiz's heading: the element's own, or that of the quiz inside it (the advisor's). */
const quizTitle = (el: HTMLElement) => text(deepQuery(el, 'rolefit-matcher')?.shadowRoot?.querySelector('h2'));

/** One question on show with a "Next" button: the `steps` layout. */
const showsSteps = (el: HTMLElement) =>
  deepQueryAll(el, '[part~="question"]').length === 1 && deepQuery(el, '[part~="next"]') !== null;

const quizString = {
  de: 'Welcher Job passt zu Ihnen?',
  en: 'Which job suits you?',
  override: { title: 'Find your job' },
  overridden: 'Find your job',
};

runElementContract('rolefit-matcher', {
  feedPart: 'question',
  uiString: { read: quizTitle, ...quizString },
  badOption: { name: 'layout', value: 'grid', usesDefault: showsSteps },
});

runElementContract('rolefit-courses', {
  feedPart: 'count',
  uiString: {
    read: (el) => text(parts(el, 'count')[0]),
    de: '3 Weiterbildungen',
    en: '3 courses',
    override: { countOther: '{n} offers' },
    overridden: '3 offers',
  },
  badOption: {
    name: 'sort',
    value: 'cheapest',
    // Feed order; `start` and `duration` would put c2 first.
    usesDefault: (el) =>
      parts<HTMLAnchorElement>(el, 'course-link')
        .map((link) => link.dataset.courseId)
        .join() === 'c1,c2,c3',
  },
});

// The advisor shows the quiz first; its strings and layout reach the quiz inside it.
runElementContract('rolefit-advisor', {
  feedPart: 'question',
  uiString: { read: quizTitle, ...quizString },
  badOption: { name: 'layout', value: 'grid', usesDefault: showsSteps },
});

describe('every tag on one feed', () => {
  it('makes one request for a quiz, a course list and an advisor on the same URL', async () => {
    const key = uniqueKey('all-tags');
    const page = await fixture<HTMLDivElement>('<div></div>');
    const attributes = { loading: 'eager', lang: 'en', feed: `/faulty/feed/small/${key}` };
    const elements = [
      create('rolefit-matcher', attributes),
      create('rolefit-courses', attributes),
      create('rolefit-advisor', attributes),
    ];
    page.append(...elements);
    await waitForPart(elements[0]!, 'question');
    await waitForPart(elements[1]!, 'count');
    await waitForPart(elements[2]!, 'question');
    expect(await hits(key)).to.equal(1);
    await expect(page).to.be.accessible();
  });
});
