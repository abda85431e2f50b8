/**
 * A feed whose every text and URL field is filled by the caller: with the payloads for the injection tests, or
 * with plain words for the benign twin whose rendering is the reference (same structure, same element kinds).
 */
import { badUrlPayloads, hostileHttpUrls, textPayloads } from './payloads.js';

const questionCount = 10;
const optionsPerQuestion = 4;
const roleIds = ['analyst', 'maker', 'host'];

/** Builds the feed; `text(i)` gives the i-th text field, `url(i)` the i-th valid URL. */
export function buildFeed(text: (i: number) => string, url: (i: number) => string) {
  let next = 0;
  const t = () => text(next++);
  // Every other text as a translation object, so both text shapes carry payloads.
  const tr = () => {
    const value = t();
    return next % 2 ? value : { en: value, de: value };
  };
  const roles = roleIds.map((id, r) => ({
    id,
    name: tr(),
    summary: tr(),
    tasks: [tr(), tr()],
    skills: [tr()],
    url: url(r),
    esco: url(r + 1),
  }));
  const questions = Array.from({ length: questionCount }, (_, q) => ({
    id: `q${q}`,
    text: tr(),
    hint: tr(),
    options: Array.from({ length: optionsPerQuestion }, (_, o) => ({
      id: `o${o}`,
      label: tr(),
      weights: { [roleIds[o % roleIds.length]!]: o + 1 },
    })),
  }));
  const providers = ['academy', 'university', 'chamber'].map((type, p) => ({
    id: `p${p}`,
    name: tr(),
    type,
    url: url(p),
  }));
  const courses = textPayloads.map((_, c) => {
    const funding = t().slice(0, 100);
    return {
      id: `c${c}`,
      title: tr(),
      provider: `p${c % providers.length}`,
      roles: [roleIds[c % roleIds.length]],
      format: 'online',
      price: { amount: 100 + c, currency: 'EUR' },
      hours: 10 + c,
      start: '2027-03-01',
      location: tr(),
      certificate: tr(),
      topics: [tr()],
      funding: [funding],
      zfu: t().slice(0, 40),
      url: url(c),
    };
  });
  return { version: 1, lang: 'en', updated: '2026-10-01', notice: tr(), roles, questions, providers, courses };
}

/** Every field a payload; URLs valid but hostile. */
export const hostileFeed = () =>
  buildFeed(
    (i) => textPayloads[i % textPayloads.length]!,
    (i) => hostileHttpUrls[i % hostileHttpUrls.length]!,
  );

/** The twin with harmless words: what the elements render for a normal feed of the same shape. */
export const benignFeed = () =>
  buildFeed(
    (i) => `Text ${i}`,
    (i) => `https://ok.example/${i}`,
  );

/** The benign feed plus one course, one provider and one role per bad URL: each must be dropped or stripped. */
export function badUrlFeed() {
  const feed = benignFeed();
  badUrlPayloads.forEach((bad, i) => {
    feed.courses.push({ ...feed.courses[0]!, id: `bad${i}`, title: `Bad link ${i}`, url: bad });
    feed.providers.push({ id: `badp${i}`, name: `Bad provider ${i}`, type: 'private', url: bad });
    feed.roles.push({ ...feed.roles[0]!, id: `badr${i}`, name: `Bad role ${i}`, url: bad, esco: bad });
  });
  return feed;
}
