/**
 * Script injection from the feed: every text and URL field filled with payloads. Nothing runs, no payload becomes
 * markup (the elements render exactly the element kinds they render for a harmless feed of the same shape),
 * payloads show as text, every link is http(s), and the JSON-LD stays valid JSON that cannot close its script.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { badUrlFeed, benignFeed, hostileFeed } from './hostile-feed.js';
import { badUrlPayloads, hostileHttpUrls, textPayloads } from './payloads.js';
import { allElements, deepQueryAll, deepText, guardEachTest, mount, waitForPart } from '../support/dom.js';
import { finishQuiz, settle } from './support.js';

declare global {
  interface Window {
    __pwned?: (name: string) => void;
  }
}

let ran: string[] = [];
const guard = guardEachTest('warn');

beforeEach(() => {
  ran = [];
  window.__pwned = (name) => void ran.push(name);
});

afterEach(() => {
  delete window.__pwned;
});

/** The element kinds rendered below `root` (light DOM and every shadow root). */
const kinds = (root: Element): Set<string> => new Set(allElements(root).map((element) => element.localName));

/** What must hold for any rendering of a hostile feed, compared with the benign rendering's element kinds. */
async function expectInert(root: Element, allowedKinds: Set<string>): Promise<void> {
  await settle();
  expect(ran, 'payloads that ran').to.deep.equal([]);
  const extra = [...kinds(root)].filter((kind) => !allowedKinds.has(kind));
  expect(extra, 'element kinds that only the payloads produced').to.deep.equal([]);
  const handlers = allElements(root).flatMap((element) =>
    element
      .getAttributeNames()
      .filter((name) => name.startsWith('on'))
      .map((name) => `${element.localName}[${name}]`),
  );
  expect(handlers, 'inline event handler attributes').to.deep.equal([]);
  for (const link of deepQueryAll<HTMLAnchorElement>(root, 'a[href]')) {
    expect(['http:', 'https:'], link.getAttribute('href')!).to.include(new URL(link.href).protocol);
  }
  const sources = deepQueryAll(root, '[src], [srcdoc], [action], [formaction], [data], [xlink\\:href]');
  expect(
    sources.map((element) => element.localName),
    'elements that load or submit something',
  ).to.deep.equal([]);
}

/** Payloads that must appear somewhere in the rendered text. */
function missingPayloads(root: Element, payloads: readonly string[]): string[] {
  const shown = deepText(root);
  return payloads.filter((payload) => !shown.includes(payload));
}

/** The element kinds a tag renders for the benign twin, after `drive` brought it to the same view. */
async function benignKinds<T extends 'rolefit-matcher' | 'rolefit-courses' | 'rolefit-advisor'>(
  tag: T,
  attributes: Record<string, string>,
  drive: (el: HTMLElementTagNameMap[T]) => Promise<void>,
): Promise<Set<string>> {
  const el = await mount(tag, attributes, { data: benignFeed() });
  await drive(el);
  const found = kinds(el);
  el.remove();
  return found;
}

describe('hardening: script injection from the feed', () => {
  it(`shows ${textPayloads.length} payloads as text in every matcher view and runs none`, async () => {
    const attributes = { lang: 'en', layout: 'list', share: '' };
    const showQuestions = async (el: HTMLElementTagNameMap['rolefit-matcher']) =>
      void (await waitForPart(el, 'question'));
    const questionKinds = await benignKinds('rolefit-matcher', attributes, showQuestions);
    const el = await mount('rolefit-matcher', attributes, { data: hostileFeed() });
    await showQuestions(el);
    await expectInert(el, questionKinds);
    expect(missingPayloads(el, textPayloads), 'payloads not shown as text').to.deep.equal([]);
    await expect(el).to.be.accessible();

    const showResult = async (matcher: HTMLElementTagNameMap['rolefit-matcher']) => {
      await waitForPart(matcher, 'question');
      await finishQuiz(matcher, 3);
      await waitForPart(matcher, 'result');
    };
    const resultKinds = await benignKinds('rolefit-matcher', attributes, showResult);
    await finishQuiz(el, 3);
    await waitForPart(el, 'result');
    await expectInert(el, resultKinds);
    const top = hostileFeed().roles.find((role) => role.id === el.result!.top)!;
    const topName = typeof top.name === 'string' ? top.name : top.name.en;
    expect(deepText(el), 'the top role’s name is shown as written').to.include(topName);
    await expect(el).to.be.accessible();
  });

  it('shows payloads as text in the course list and its filters, and runs none', async () => {
    const attributes = { lang: 'en', limit: '100', filters: '', 'structured-data': '' };
    const showList = async (el: HTMLElementTagNameMap['rolefit-courses']) => void (await waitForPart(el, 'course'));
    const allowed = await benignKinds('rolefit-courses', attributes, showList);
    const el = await mount('rolefit-courses', attributes, { data: hostileFeed() });
    await showList(el);
    await expectInert(el, allowed);
    expect(missingPayloads(el, textPayloads), 'payloads not shown as text').to.deep.equal([]);
    const hrefs = deepQueryAll<HTMLAnchorElement>(el, '[part~="course-link"]').map((link) => link.getAttribute('href'));
    expect([...new Set(hrefs)].sort(), 'hostile but valid URLs stay attribute values, unchanged').to.deep.equal(
      [...hostileHttpUrls].sort(),
    );
    await expect(el).to.be.accessible();
  });

  it('keeps the JSON-LD valid JSON that cannot close its script tag', async () => {
    const el = await mount(
      'rolefit-courses',
      { lang: 'en', limit: '100', 'structured-data': '' },
      { data: hostileFeed() },
    );
    await waitForPart(el, 'course');
    await el.updateComplete;
    const scripts = [...el.querySelectorAll('script')];
    expect(scripts.map((script) => script.type)).to.deep.equal(['application/ld+json']);
    const json = scripts[0]!.text;
    expect(json, 'no raw < > & that an HTML parser could act on').not.to.match(/[<>&\u2028\u2029]/);
    const list = JSON.parse(json) as { itemListElement: { item: { name: string; description: string } }[] };
    const names = list.itemListElement.map((entry) => entry.item.name);
    const titles = hostileFeed().courses.map((course) =>
      typeof course.title === 'string' ? course.title : course.title.en,
    );
    expect(names.length, 'every course listed').to.equal(titles.length);
    const changed = names.filter((name, i) => name !== titles[i]).map((name) => name.slice(0, 80));
    expect(changed, 'names that differ from the feed titles').to.deep.equal([]);
    // Parsed the way a search engine's HTML parser would: the script survives whole and holds the same JSON.
    const parsed = new DOMParser().parseFromString(`<body>${el.innerHTML}</body>`, 'text/html');
    expect(
      [...parsed.querySelectorAll('script')].map((script) => JSON.parse(script.text).itemListElement.length),
    ).to.deep.equal([titles.length]);
    expect(parsed.body.children.length, 'nothing escaped the script').to.equal(1);
    await settle();
    expect(ran).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('carries payloads through the advisor (quiz, role chips, courses) and runs none', async () => {
    const attributes = { lang: 'en', layout: 'list', 'structured-data': '', limit: '100' };
    const showCourses = async (el: HTMLElementTagNameMap['rolefit-advisor']) => {
      await waitForPart(el, 'question');
      await finishQuiz(el.shadowRoot!.querySelector('rolefit-matcher')!, 3);
      await waitForPart(el, 'course');
    };
    const allowed = await benignKinds('rolefit-advisor', attributes, showCourses);
    const el = await mount('rolefit-advisor', attributes, { data: hostileFeed() });
    await showCourses(el);
    await expectInert(el, allowed);
    const chips = deepQueryAll(el, '[part~="role-chip"]').map((chip) => chip.textContent!);
    const roleNames = hostileFeed().roles.map((role) => (typeof role.name === 'string' ? role.name : role.name.en));
    for (const name of roleNames)
      expect(
        chips.some((chip) => chip.includes(name)),
        name,
      ).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it(`drops ${badUrlPayloads.length} script, data and disguised URLs before they reach a link`, async () => {
    const el = await mount('rolefit-courses', { lang: 'en', limit: '100' }, { data: badUrlFeed() });
    await waitForPart(el, 'course');
    const titles = deepQueryAll(el, '[part~="course-link"]').map((link) => link.textContent!.trim());
    expect(
      titles.filter((title) => title.startsWith('Bad link')),
      'courses with a bad URL',
    ).to.deep.equal([]);
    expect(titles.length, 'the good courses stay').to.equal(textPayloads.length);
    for (const link of deepQueryAll<HTMLAnchorElement>(el, 'a[href]')) {
      expect(new URL(link.href).protocol).to.match(/^https?:$/);
    }
    const [warning] = guard.output.rolefit('warn');
    for (let i = 0; i < badUrlPayloads.length; i++) {
      expect(warning, `warning for course bad${i}`).to.include(`"bad${i}"`);
    }
    await settle();
    expect(ran).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('never renders a role or provider URL that is not http(s) (the matcher result and the advisor)', async () => {
    const el = await mount('rolefit-advisor', { lang: 'en', layout: 'list' }, { data: badUrlFeed() });
    await waitForPart(el, 'question');
    await finishQuiz(el.shadowRoot!.querySelector('rolefit-matcher')!);
    await waitUntil(() => deepQueryAll(el, '[part~="course"]').length, 'no courses');
    for (const link of deepQueryAll<HTMLAnchorElement>(el, 'a[href]')) {
      expect(new URL(link.href).protocol).to.match(/^https?:$/);
    }
    await settle();
    expect(ran).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
