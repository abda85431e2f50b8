/**
 * A page served with a strict Content-Security-Policy (`strictCsp` of test/support/hardening-server.mjs: no
 * inline script or style, nothing foreign, Trusted Types required for scripts, only the `lit-html` and `rolefit`
 * policies). The widgets must render and work there, structured data included, without a single violation.
 * The policies of hardening-server.mjs are the only ones the docs may show: test/node/docs.test.mjs imports them
 * and checks every policy in README.md and docs/*.md against them. The page runs in
 * an iframe; its own first script records every `securitypolicyviolation`. axe cannot run across the frame
 * boundary (and may not be injected under this CSP): the same views are checked with axe in the other files.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { RolefitAdvisor } from '../../src/elements/advisor/rolefit-advisor.js';
import type { RolefitCourses } from '../../src/elements/courses/rolefit-courses.js';
import type { RolefitMatcher } from '../../src/elements/matcher/rolefit-matcher.js';
import { deepQueryAll, waitForPart } from '../support/dom.js';
import { finishQuiz } from './support.js';

type CspWindow = Window & typeof globalThis & { cspViolations: string[]; trustedTypes?: unknown };

async function openCspPage(): Promise<{ frame: HTMLIFrameElement; win: CspWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 2000px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/hardening/csp/csp-page.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as CspWindow;
  await waitUntil(() => win.customElements.get('rolefit-advisor'), 'the page script did not register the elements');
  return { frame, win, doc: frame.contentDocument! };
}

describe('hardening: strict Content-Security-Policy', () => {
  let page: Awaited<ReturnType<typeof openCspPage>>;
  beforeEach(async () => {
    page = await openCspPage();
  });
  afterEach(() => page.frame.remove());

  it('renders and works with no violation: quiz, linked course list, JSON-LD, advisor', async () => {
    const { win, doc } = page;
    const matcher = doc.querySelector<RolefitMatcher>('rolefit-matcher')!;
    const courses = doc.querySelector<RolefitCourses>('rolefit-courses')!;
    const advisor = doc.querySelector<RolefitAdvisor>('rolefit-advisor')!;
    await waitForPart(matcher, 'question');
    await waitForPart(courses, 'course');
    await waitForPart(advisor, 'question');

    // Styles arrive although inline <style> is forbidden: Lit adopts constructed style sheets.
    expect(matcher.shadowRoot!.adoptedStyleSheets.length, 'adopted style sheets').to.be.above(0);
    expect(matcher.shadowRoot!.querySelector('style'), 'no <style> fallback').to.equal(null);
    expect(win.getComputedStyle(matcher).display).to.equal('block');
    const next = matcher.shadowRoot!.querySelector('[part~="submit"]')!;
    expect(win.getComputedStyle(next).minHeight, 'our button styles apply').not.to.equal('auto');

    await finishQuiz(matcher);
    await waitForPart(matcher, 'result');
    // The first answers point to the analyst, whose courses in the small feed are c1 and c3.
    expect(matcher.result!.top).to.equal('analyst');
    const shown = () =>
      deepQueryAll<HTMLAnchorElement>(courses, '[part~="course-link"]').map((a) => a.dataset.courseId);
    await waitUntil(() => shown().join() === 'c1,c3', 'the list did not follow the matcher');
    const script = courses.querySelector('script')!;
    expect(script.type).to.equal('application/ld+json');
    expect(JSON.parse(script.text).itemListElement).to.have.length(2);

    await finishQuiz(advisor.shadowRoot!.querySelector('rolefit-matcher')!);
    await waitUntil(() => deepQueryAll(advisor, '[part~="course"]').length, 'the advisor shows no courses');
    expect(deepQueryAll(advisor, 'script[type="application/ld+json"]')).to.have.length(1);

    expect(win.cspViolations, 'CSP violations').to.deep.equal([]);
    // The probe works, and the policy is enforced: a foreign image is a violation.
    const img = doc.createElement('img');
    img.src = 'https://foreign.example/pixel.png';
    img.alt = '';
    doc.body.append(img);
    await waitUntil(() => win.cspViolations.length, 'the probe saw no violation for a foreign image');
    expect(win.cspViolations[0]).to.match(/^img-src/);
  });

  it('enforces Trusted Types where the engine has them (reported per engine)', async () => {
    const { win, doc } = page;
    const supported = 'trustedTypes' in win;
    console.log(`[hardening] Trusted Types ${supported ? 'enforced' : 'not supported'} in ${navigator.userAgent}`);
    if (!supported) return;
    // Proof that the page really requires them: a plain string into innerHTML of a script sink is refused.
    const probe = doc.createElement('script');
    expect(() => {
      probe.text = '1';
    }).to.throw(); // the message differs per engine
    const advisor = doc.querySelector<RolefitAdvisor>('rolefit-advisor')!;
    await waitForPart(advisor, 'question');
    expect(win.cspViolations.filter((violation) => !violation.startsWith('require-trusted-types-for'))).to.deep.equal(
      [],
    );
  });
});
