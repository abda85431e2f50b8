/**
 * An element moved into another document (an iframe's) with `adoptNode`, as a page that builds UI in one frame
 * and shows it in another does: it keeps its styles there and keeps working.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { deepQuery, deepQueryAll, guardEachTest, mount, waitForPart, type RolefitTag } from '../support/dom.js';
import { finishQuiz } from './support.js';

let frame: HTMLIFrameElement;

// Registered before guardEachTest, so the frame is removed before the check for uncaught errors (as before).
beforeEach(() => {
  frame = document.createElement('iframe');
  document.body.append(frame);
});

afterEach(() => {
  frame.remove();
});

guardEachTest('warn', 'error');

/** The host's display and a rendered part's border (both styled by the element), read in its own window. */
function looks(el: HTMLElement, part: string) {
  const view = el.ownerDocument.defaultView!;
  const inner = deepQuery(el, `[part~="${part}"]`)!;
  return { display: view.getComputedStyle(el).display, border: view.getComputedStyle(inner).borderTopStyle };
}

const parts: Record<RolefitTag, string> = {
  'rolefit-matcher': 'question',
  'rolefit-courses': 'course',
  'rolefit-advisor': 'question',
};

describe('hardening: moved into an iframe with adoptNode', () => {
  for (const tag of Object.keys(parts) as RolefitTag[]) {
    it(`<${tag}> keeps its styles in the new document and back`, async () => {
      const el = await mount(tag, { lang: 'en', feed: '/test/fixtures/small.json' });
      await waitForPart(el, parts[tag]);
      const before = looks(el, parts[tag]);
      const doc = frame.contentDocument!;
      doc.body.append(doc.adoptNode(el));
      await el.updateComplete;
      expect(looks(el, parts[tag])).to.deep.equal(before);
      document.body.append(document.adoptNode(el));
      await el.updateComplete;
      expect(looks(el, parts[tag])).to.deep.equal(before);
      // axe runs in this window only, so the element is checked back here.
      await expect(el).to.be.accessible();
      el.remove();
    });
  }

  it('links a course list to a matcher in the new document, not the old one', async () => {
    const matcher = await mount('rolefit-matcher', {
      id: 'adopted-quiz',
      lang: 'en',
      feed: '/test/fixtures/small.json',
    });
    const courses = await mount('rolefit-courses', {
      matcher: 'adopted-quiz',
      lang: 'en',
      feed: '/test/fixtures/small.json',
    });
    await waitForPart(courses, 'course');
    const doc = frame.contentDocument!;
    doc.body.append(doc.adoptNode(matcher), doc.adoptNode(courses));
    await waitForPart(matcher, 'question');
    await finishQuiz(matcher, 0); // "Numbers", "At a desk": the analyst
    const shown = () =>
      deepQueryAll<HTMLAnchorElement>(courses, '[part~="course-link"]')
        .map((link) => link.dataset.courseId!)
        .join(',');
    await waitUntil(() => shown() === 'c1,c3', 'the list did not follow the matcher in the iframe');
    document.body.append(document.adoptNode(matcher), document.adoptNode(courses));
    await expect(courses).to.be.accessible();
    matcher.remove();
    courses.remove();
  });
});
