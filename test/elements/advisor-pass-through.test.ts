/**
 * The advisor's pass-through, checked against the public contract in custom-elements.json (served by the test
 * server): every attribute of <rolefit-matcher> and <rolefit-courses> that a page may write on the advisor reaches
 * the inner element as if the page had written it there, and every inner part is re-exported.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { captureConsole, create, mount, part, parts, text, type RolefitTag } from '../support/dom.js';

interface ManifestDeclaration {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
  cssParts?: { name: string }[];
}

let manifest: ManifestDeclaration[] | undefined;

async function declaration(tag: RolefitTag): Promise<ManifestDeclaration> {
  if (!manifest) {
    const response = await fetch('/custom-elements.json');
    const modules = (await response.json()).modules as { declarations?: ManifestDeclaration[] }[];
    manifest = modules.flatMap((module) => module.declarations ?? []);
  }
  const found = manifest.find((candidate) => candidate.tagName === tag);
  if (!found) throw new Error(`custom-elements.json has no <${tag}>: run npm run analyze`);
  return found;
}

/** Attributes the advisor sets on its inner elements itself. */
const advisorOwned = ['loading', 'for-role', 'matcher'];

/**
 * A good value for every attribute a page may pass through the advisor, written as a page writes it (`true`: a
 * boolean attribute). An attribute added to an inner element needs an entry here, or the test fails.
 */
const samples: Record<string, string | true> = {
  feed: '/test/fixtures/small.json',
  'max-feed-bytes': '5000000',
  lang: 'de',
  informal: true,
  layout: 'list',
  share: true,
  'provider-types': 'academy,chamber',
  formats: 'online',
  'max-price': '100',
  funding: 'bildungsgutschein',
  sort: 'price',
  limit: '3',
  filters: true,
  'link-params': 'utm_source=blog',
  'link-target': '_blank',
  'structured-data': true,
};

async function passedAttributes(tag: RolefitTag): Promise<{ name: string; fieldName?: string }[]> {
  return ((await declaration(tag)).attributes ?? []).filter(({ name }) => !advisorOwned.includes(name));
}

const matcherOf = (el: Element) => el.shadowRoot!.querySelector('rolefit-matcher')!;
const coursesOf = (el: Element) => el.shadowRoot!.querySelector('rolefit-courses')!;

/** The advisor's inner elements with their tags. */
const innerElements = (el: Element) =>
  [
    ['rolefit-matcher', matcherOf(el)],
    ['rolefit-courses', coursesOf(el)],
  ] as const;

/** Mounts an advisor and answers its quiz as a reader would (first option of each question, steps or list). */
async function advisorWithCourses(attributes: Record<string, string | true>) {
  const el = await mount('rolefit-advisor', attributes);
  await waitUntil(() => el.shadowRoot?.querySelector('rolefit-matcher')?.shadowRoot, 'no quiz');
  const matcher = matcherOf(el);
  await waitUntil(() => part(matcher, 'question'), 'the quiz did not appear');
  for (let step = 0; step < 10 && !part(matcher, 'result'); step += 1) {
    for (const question of parts(matcher, 'question')) question.querySelector('label')!.click();
    await matcher.updateComplete;
    (part(matcher, 'next') ?? part(matcher, 'submit'))!.click();
    await matcher.updateComplete;
  }
  await waitUntil(() => el.shadowRoot!.querySelector('rolefit-courses'), 'no course list appeared');
  await coursesOf(el).updateComplete;
  return el;
}

describe('<rolefit-advisor> passes the inner elements’ contract through (custom-elements.json)', () => {
  it('declares every attribute of the quiz and the course list itself', async () => {
    const own = ((await declaration('rolefit-advisor')).attributes ?? []).map(({ name }) => name);
    for (const tag of ['rolefit-matcher', 'rolefit-courses'] as const) {
      for (const { name } of await passedAttributes(tag)) expect(own, `<rolefit-advisor ${name}>`).to.include(name);
    }
  });

  it('gives each inner element every attribute as if the page had written it there', async () => {
    const el = await advisorWithCourses(samples);
    for (const [tag, inner] of innerElements(el)) {
      for (const { name, fieldName } of await passedAttributes(tag)) {
        expect(samples, `a sample value for ${name} (new attribute?)`).to.have.property(name);
        const sample = samples[name]!;
        // The same attribute written straight on a lone inner element is what the advisor must produce.
        const reference = create(tag, { [name]: sample }) as unknown as Record<string, unknown>;
        const got = fieldName ? (inner as unknown as Record<string, unknown>)[fieldName] : inner.getAttribute(name);
        const wanted = fieldName ? reference[fieldName] : sample;
        expect(got, `<${tag} ${name}> inside the advisor`).to.deep.equal(wanted);
      }
    }
    await expect(el).to.be.accessible();
  });

  it('re-exports every part of the inner elements', async () => {
    const el = await advisorWithCourses(samples);
    for (const [tag, inner] of innerElements(el)) {
      const exported = inner.getAttribute('exportparts')!.split(',');
      for (const { name } of (await declaration(tag)).cssParts ?? []) {
        expect(exported, `<${tag}> part ${name}`).to.include(name);
      }
    }
    expect(text(part(coursesOf(el), 'count'))).to.not.equal('');
  });

  it('names itself, the tag the page wrote, when it warns about a bad value', async () => {
    const output = captureConsole('warn');
    try {
      const el = await advisorWithCourses({
        feed: '/test/fixtures/small.json',
  'max-feed-bytes': '5000000',
        lang: 'en',
        layout: 'grid',
        sort: 'cheapest',
        formats: 'online,hologram',
        limit: 'many',
      });
      const all = output.rolefit('warn');
      for (const attribute of ['layout', 'sort', 'formats', 'limit']) {
        const warning = all.find((message) => message.includes(` ${attribute}`));
        expect(warning, `a warning about ${attribute}`).to.be.a('string');
        expect(warning).to.include('<rolefit-advisor ');
      }
      expect(all.filter((message) => /<rolefit-(matcher|courses)[ >]/.test(message))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      output.restore();
    }
  });
});
