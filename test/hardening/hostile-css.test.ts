/**
 * A page with a hostile global stylesheet: resets on buttons, inputs and links, `* { margin; padding;
 * box-sizing; line-height }` with `!important`, a huge root font size, hidden fieldsets. Only inherited
 * properties (font, line height, colour) and the host's own box may change; inside, the widget keeps its layout.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { mount, part, waitForPart } from '../support/dom.js';
import { finishQuiz } from './support.js';

const hostileCss = `
  html { font-size: 40px !important; }
  * { box-sizing: content-box !important; line-height: 3 !important; margin: 40px !important; padding: 30px !important; }
  button, input, a, label, fieldset, legend, progress, article, h2, h3, p, ul, li {
    all: unset !important; display: inline !important; border: 5px dashed red !important; color: red !important;
  }
  fieldset, [part], .card { display: none !important; }
  a { text-decoration: none !important; }
  input[type="radio"] { appearance: none !important; width: 0 !important; height: 0 !important; }
`;

/** What our own styles decide inside the shadow root, in units of the element's font size where relevant. */
function layout(root: ShadowRoot, selector: string): Record<string, string> {
  const element = root.querySelector(selector)!;
  const style = getComputedStyle(element);
  const em = (value: string) => (parseFloat(value) / parseFloat(style.fontSize)).toFixed(3);
  const box = element.getBoundingClientRect();
  return {
    selector,
    display: style.display,
    boxSizing: style.boxSizing,
    paddingTop: em(style.paddingTop),
    paddingLeft: em(style.paddingLeft),
    marginTop: em(style.marginTop),
    borderTop: `${style.borderTopWidth} ${style.borderTopStyle}`,
    visible: String(box.width > 0 && box.height > 0),
  };
}

async function withHostileCss<T>(measure: () => T): Promise<{ clean: T; hostile: T }> {
  const clean = measure();
  const sheet = document.createElement('style');
  sheet.textContent = hostileCss;
  document.head.append(sheet);
  try {
    await nextFrame();
    return { clean, hostile: measure() };
  } finally {
    sheet.remove();
  }
}

/** Widest content overflow past the host's right edge, in px (0: nothing sticks out). */
function overflow(host: HTMLElement): number {
  const right = host.getBoundingClientRect().right;
  const inner = [...host.shadowRoot!.querySelectorAll('*')].map((element) => element.getBoundingClientRect().right);
  return Math.max(0, ...inner.map((edge) => edge - right));
}

describe('hardening: hostile global CSS', () => {
  it('keeps the quiz laid out by its own styles', async () => {
    const el = await mount('rolefit-matcher', { lang: 'en', layout: 'list', feed: '/test/fixtures/small.json' });
    el.style.width = '600px'; // the page's own margins and paddings would leave it 100px
    await waitForPart(el, 'question');
    const selectors = [
      '[part~="submit"]',
      '[part~="question"]',
      'legend',
      '[part~="option"]',
      '.card',
      'input[type="radio"]',
      'h2',
    ];
    const { clean, hostile } = await withHostileCss(() =>
      selectors.map((selector) => layout(el.shadowRoot!, selector)),
    );
    expect(hostile).to.deep.equal(clean);

    const after = await withHostileCss(() => ({ overflow: overflow(el), lineHeight: getComputedStyle(el).lineHeight }));
    expect(after.hostile.overflow, 'px sticking out of the host').to.equal(0);
    // Inherited properties do come through, by design: the page's line height reaches the host.
    expect(parseFloat(after.hostile.lineHeight)).to.be.above(parseFloat(after.clean.lineHeight));
    await expect(el).to.be.accessible();
  });

  it('keeps the result and the course cards laid out by their own styles', async () => {
    const matcher = await mount('rolefit-matcher', { lang: 'en', feed: '/test/fixtures/small.json' });
    await waitForPart(matcher, 'question');
    await finishQuiz(matcher);
    await waitForPart(matcher, 'result');
    const courses = await mount('rolefit-courses', { lang: 'en', filters: '', feed: '/test/fixtures/small.json' });
    courses.style.width = '500px';
    await waitForPart(courses, 'course');
    const measure = () => [
      ...['[part~="result"]', '[part~="role"]', '[part~="restart"]'].map((s) => layout(matcher.shadowRoot!, s)),
      ...['[part~="course"]', '[part~="course-link"]', '[part~="filters"]', 'input[type="search"]', 'fieldset'].map(
        (s) => layout(courses.shadowRoot!, s),
      ),
      { link: getComputedStyle(part(courses, 'course-link')!).color },
    ];
    const { clean, hostile } = await withHostileCss(measure);
    expect(hostile).to.deep.equal(clean);
    const wide = await withHostileCss(() => overflow(courses));
    expect(wide.hostile, 'px sticking out of the course list').to.equal(0);
    await expect(courses).to.be.accessible();
  });
});
