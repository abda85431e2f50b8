/**
 * MOOChub v3 (JSON:API, `moochub-api.v3.yml` of github.com/MOOChub/schema): pages of `data` (courses with
 * `attributes`) linked by `links.next`. Each page is streamed; the next one is loaded after the last course.
 */
import { shorten } from '../../feed/problems.js';
import { CliError } from '../errors.js';
import { htmlToText } from './html-text.js';
import { inputChunks, isUrl, jsonParts } from './input.js';
import { datePart, durationFields, listOf, plainTexts, textOf, type ImportItem, type SourceProvider } from './item.js';
import { escoSkillUrl, occupationCode } from './vocabularies.js';
import type { Skill } from '../../feed/schema.js';

type Attributes = Record<string, unknown>;

const objects = (value: unknown): Attributes[] =>
  listOf(value).filter((entry): entry is Attributes => typeof entry === 'object' && entry !== null);

const plain = (value: unknown): string | undefined => {
  const text = typeof value === 'string' ? htmlToText(value) : '';
  return text || undefined;
};

function provider(attributes: Attributes): SourceProvider | undefined {
  const [organisation] = [...objects(attributes.publisher), ...objects(attributes.contributor)];
  const name = organisation && plain(organisation.name);
  if (!name) return undefined;
  const url =
    typeof organisation.identifier === 'string' && isUrl(organisation.identifier) ? organisation.identifier : undefined;
  return { name, url };
}

/** `teaches` (skills, ESCO ones with their URL) and `educationalAlignment` (ESCO skills, subjects, occupations). */
function alignments(attributes: Attributes): { skills: Skill[]; topics: unknown[]; codes: string[] } {
  const skills: Skill[] = [];
  const topics: unknown[] = [];
  const codes: string[] = [];
  for (const entry of objects(attributes.teaches)) {
    const name = textOf(entry.name);
    const esco = escoSkillUrl(entry.targetUrl) ?? escoSkillUrl(entry.url);
    if (name) skills.push(esco ? { name, esco } : name);
  }
  for (const entry of objects(attributes.educationalAlignment)) {
    const name = textOf(entry.name);
    const esco = escoSkillUrl(entry.targetUrl) ?? escoSkillUrl(entry.url);
    const code = occupationCode(entry);
    if (code) codes.push(code);
    else if (name && esco) skills.push({ name, esco });
    else if (name) topics.push(name);
  }
  return { skills, topics, codes };
}

/** Total hours from `workload` ("3 h/week" over the `duration`'s weeks, or plain hours). */
function hours(attributes: Attributes, weeks: number | undefined): number | undefined {
  const workload = objects(attributes.workload)[0];
  const value = workload && typeof workload.timeValue === 'number' ? workload.timeValue : undefined;
  if (value === undefined) return undefined;
  if (workload!.timeUnit === 'h') return value;
  if (workload!.timeUnit === 'h/week' && weeks !== undefined) return value * weeks;
  return undefined;
}

function price(attributes: Attributes): unknown {
  if (listOf(attributes.access).includes('free')) return { amount: 0, currency: 'EUR' };
  const offers = objects(attributes.offer);
  const offer = offers.find((entry) => entry.category === 'course') ?? offers[0];
  if (!offer) return undefined;
  const amount = typeof offer.price === 'string' ? Number(offer.price) : offer.price;
  return { amount, currency: typeof offer.priceCurrency === 'string' ? offer.priceCurrency : 'EUR' };
}

/** One MOOChub course resource as an import item. */
export function moochubItem(resource: unknown, where: string): ImportItem {
  const { id, attributes: rawAttributes } = (resource ?? {}) as { id?: unknown; attributes?: unknown };
  const attributes = (typeof rawAttributes === 'object' && rawAttributes !== null ? rawAttributes : {}) as Attributes;
  const title = typeof attributes.name === 'string' ? plain(attributes.name) : textOf(attributes.name);
  const { weeks } = durationFields(attributes.duration);
  const { skills, topics, codes } = alignments(attributes);
  const [language] = listOf(attributes.inLanguage);
  const [start] = listOf(attributes.startDate);
  const [certificate] = listOf(attributes.educationalCredentialsAwarded);
  const mode = typeof attributes.courseMode === 'string' ? attributes.courseMode.toLowerCase() : undefined;
  const course: Record<string, unknown> = {
    title,
    format: mode === 'onsite' || mode === 'blended' ? mode : 'online',
    price: price(attributes),
    hours: hours(attributes, weeks),
    weeks,
    start: datePart(start),
    certificate: plain(certificate),
    url: attributes.url,
    topics: topics.length ? topics : undefined,
    skills: skills.length ? skills : undefined,
    language: typeof language === 'string' ? language.toLowerCase() : undefined,
  };
  return {
    where,
    sourceId: typeof id === 'string' || typeof id === 'number' ? String(id) : undefined,
    course,
    provider: provider(attributes),
    occupationCodes: codes,
    keywordText: plainTexts(title).join(' '),
    notes: [],
  };
}

/**
 * Every course of every page, following `links.next` up to `maxPages` pages (a loop of pages or an endless
 * catalogue ends there, with a note). A relative `next` is resolved against the page's address.
 */
export async function* moochubItems(
  source: string,
  options: { maxPages: number; onNote: (note: string) => void },
): AsyncGenerator<ImportItem> {
  let page: string | undefined = source;
  const seen = new Set<string>();
  for (let number = 1; page; number++) {
    if (number > options.maxPages) {
      options.onNote(`Stopped after ${options.maxPages} pages (--max-pages); the next one is ${shorten(page)}.`);
      return;
    }
    seen.add(page);
    let next: string | undefined;
    let index = 0;
    for await (const part of jsonParts(inputChunks(page), { paths: ['$.data.*', '$.links'], source: page })) {
      if (part.path[0] === 'links') {
        const link = (part.value as { next?: unknown } | null)?.next;
        next = typeof link === 'string' && link ? link : undefined;
      } else if (typeof part.path[1] === 'number') {
        index++;
        yield moochubItem(part.value, `page ${number}, course ${index}`);
      }
    }
    if (next && !isUrl(source)) {
      options.onNote(
        `${shorten(source)} links to a next page (${shorten(next)}); a file's links are not followed: import the URL to get every page.`,
      );
      return;
    }
    const resolved: string | undefined = next && new URL(next, page).href;
    if (resolved && seen.has(resolved))
      throw new CliError(`${shorten(page)} links back to ${shorten(resolved)}: the pages loop.`);
    page = resolved;
  }
}
