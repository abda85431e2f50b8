/**
 * schema.org `Course` objects from JSON-LD: a JSON/JSON-LD file or URL (a Course, a list of them, an `ItemList` or
 * an `@graph`; the lists are streamed), or HTML pages whose `<script type="application/ld+json">` blocks hold them.
 */
import { Parser } from 'htmlparser2';
import { shorten } from '../../feed/problems.js';
import { CliError } from '../errors.js';
import { htmlToText } from './html-text.js';
import { inputChunks, inputText, jsonParts } from './input.js';
import { datePart, durationFields, listOf, plainTexts, textOf, type ImportItem } from './item.js';
import { escoSkillUrl, occupationCode } from './vocabularies.js';
import type { Skill } from '../../feed/schema.js';

type JsonLd = Record<string, unknown>;

/** The largest HTML page read, and the most JSON-LD blocks taken from it. */
const maxPageBytes = 10 * 2 ** 20;
const maxBlocks = 50;

const isObject = (value: unknown): value is JsonLd =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const objects = (value: unknown): JsonLd[] => listOf(value).filter(isObject);
const hasType = (node: JsonLd, type: string): boolean => listOf(node['@type']).includes(type);

const plain = (value: unknown): string | undefined => {
  const text = typeof value === 'string' ? htmlToText(value) : '';
  return text || undefined;
};

/** schema.org's course modes, and the words sites use, as feed formats. */
function courseFormat(modes: unknown[]): string | undefined {
  const words = modes.filter((mode): mode is string => typeof mode === 'string').map((mode) => mode.toLowerCase());
  if (words.some((word) => /blended|hybrid/.test(word))) return 'blended';
  if (words.some((word) => /online|distance|remote/.test(word))) return 'online';
  if (words.some((word) => /onsite|on-site|in.?person|präsenz|classroom/.test(word))) return 'onsite';
  return undefined;
}

function price(course: JsonLd): unknown {
  const offer = objects(course.offers)[0];
  if (!offer) return undefined;
  const amount = typeof offer.price === 'string' ? Number(offer.price.replace(',', '.')) : offer.price;
  return { amount, currency: typeof offer.priceCurrency === 'string' ? offer.priceCurrency : 'EUR' };
}

function skills(course: JsonLd): Skill[] {
  return listOf(course.teaches).flatMap((entry): Skill[] => {
    if (typeof entry === 'string') return plain(entry) ? [plain(entry)!] : [];
    if (!isObject(entry)) return [];
    const name = typeof entry.name === 'string' ? plain(entry.name) : textOf(entry.name);
    const esco = escoSkillUrl(entry.url) ?? escoSkillUrl(entry['@id']) ?? escoSkillUrl(entry.targetUrl);
    if (!name) return [];
    return [esco ? { name, esco } : name];
  });
}

/** Codes of `occupationalCategory`: CategoryCode objects, or plain strings that look like codes. */
function occupationCodes(course: JsonLd): string[] {
  return listOf(course.occupationalCategory).flatMap((entry) => {
    if (typeof entry === 'string') return /^[\d.-]+$/.test(entry.trim()) ? [entry.trim()] : [];
    if (!isObject(entry)) return [];
    const code = occupationCode(entry);
    if (code) return [code];
    return typeof entry.codeValue === 'string' ? [entry.codeValue] : [];
  });
}

function sourceIdOf(course: JsonLd): string | undefined {
  for (const key of ['@id', 'identifier', 'courseCode', 'url']) {
    const value = course[key];
    if (typeof value === 'string' && value) return value;
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

/** One `Course` node as an import item. */
export function schemaOrgItem(course: JsonLd, where: string): ImportItem {
  const instances = objects(course.hasCourseInstance);
  const instance = instances[0] ?? {};
  const format = courseFormat(instances.flatMap((each) => listOf(each.courseMode)));
  const title = typeof course.name === 'string' ? plain(course.name) : textOf(course.name);
  const provider = objects(course.provider)[0];
  const providerName = provider && plain(provider.name);
  const credential = listOf(course.educationalCredentialAwarded)[0];
  const [language] = listOf(course.inLanguage);
  const location = objects(instance.location)[0];
  const notes: string[] = [];
  if (instances.length && !format) notes.push('its courseMode is none of online, onsite, blended: "online" assumed');
  return {
    where,
    sourceId: sourceIdOf(course),
    course: {
      title,
      format: format ?? 'online',
      price: price(course),
      ...durationFields(instance.courseWorkload),
      start: datePart(instance.startDate),
      location: location ? plain(location.name) : plain(instance.location),
      certificate: isObject(credential) ? plain(credential.name) : plain(credential),
      url: course.url,
      skills: skills(course).length ? skills(course) : undefined,
      language: typeof language === 'string' ? language.toLowerCase() : undefined,
    },
    provider: providerName
      ? { name: providerName, url: typeof provider!.url === 'string' ? provider!.url : undefined }
      : undefined,
    occupationCodes: occupationCodes(course),
    keywordText: plainTexts(title).join(' '),
    notes,
  };
}

/** The courses a JSON-LD node holds: itself, its `@graph`, its `ItemList` entries (a ListItem's `item`). */
function* coursesIn(node: unknown, depth = 0): Generator<JsonLd> {
  if (depth > 3) return;
  if (Array.isArray(node)) {
    for (const entry of node.slice(0, 100_000)) yield* coursesIn(entry, depth + 1);
    return;
  }
  if (!isObject(node)) return;
  if (hasType(node, 'Course')) {
    yield node;
    return;
  }
  if (hasType(node, 'ListItem')) {
    yield* coursesIn(node.item, depth + 1);
    return;
  }
  yield* coursesIn(node['@graph'], depth + 1);
  yield* coursesIn(node.itemListElement, depth + 1);
}

/** The text of every `<script type="application/ld+json">` of an HTML page. */
function jsonLdBlocks(html: string): string[] {
  const blocks: string[] = [];
  let current: string[] | undefined;
  const parser = new Parser({
    onopentag: (name, attributes) => {
      if (name === 'script' && attributes.type?.trim().toLowerCase() === 'application/ld+json') current = [];
    },
    ontext: (text) => current?.push(text),
    onclosetag: (name) => {
      if (name !== 'script' || !current) return;
      if (blocks.length < maxBlocks) blocks.push(current.join(''));
      current = undefined;
    },
  });
  parser.write(html);
  parser.end();
  return blocks;
}

async function* htmlItems(source: string, chunks: AsyncIterable<Uint8Array>): AsyncGenerator<ImportItem> {
  const blocks = jsonLdBlocks(await inputText(chunks, { source, maxBytes: maxPageBytes }));
  if (!blocks.length) throw new CliError(`${shorten(source)} has no <script type="application/ld+json"> block.`);
  for (const [blockIndex, block] of blocks.entries()) {
    let json: unknown;
    try {
      json = JSON.parse(block);
    } catch (error) {
      throw new CliError(
        `${shorten(source)}, JSON-LD block ${blockIndex + 1} is not valid JSON: ${(error as Error).message}`,
      );
    }
    let index = 0;
    for (const course of coursesIn(json))
      yield schemaOrgItem(course, `JSON-LD block ${blockIndex + 1}, course ${++index}`);
  }
}

/** Top-level Course fields read when the file itself is one Course (lists are streamed, a single course is not). */
const courseKeys = [
  '@type',
  '@id',
  'identifier',
  'courseCode',
  'name',
  'url',
  'provider',
  'offers',
  'hasCourseInstance',
  'educationalCredentialAwarded',
  'occupationalCategory',
  'inLanguage',
  'teaches',
];

/**
 * A list's entries are streamed one by one. An object's lists too; its other fields are asked for by name, as
 * `$.*` would keep the whole `@graph` for its parent.
 */
async function* jsonItems(
  source: string,
  { chunks, isList }: { chunks: AsyncIterable<Uint8Array>; isList: boolean },
): AsyncGenerator<ImportItem> {
  const paths = isList ? ['$.*'] : ['$.@graph.*', '$.itemListElement.*', ...courseKeys.map((key) => `$.${key}`)];
  const root: JsonLd = {};
  let index = 0;
  for await (const part of jsonParts(chunks, { paths, source })) {
    const [first] = part.path;
    if (part.path.length === 1 && typeof first === 'string') {
      if (courseKeys.includes(first)) root[first] = part.value;
      continue;
    }
    for (const course of coursesIn(part.value)) yield schemaOrgItem(course, `course ${++index}`);
  }
  if (hasType(root, 'Course')) yield schemaOrgItem(root, 'course 1');
}

/** Looks at the first bytes: `<` is HTML, `[` a list of JSON-LD nodes, anything else one JSON-LD object. */
export async function* schemaOrgItems(source: string): AsyncGenerator<ImportItem> {
  const input = inputChunks(source);
  const first = await input.next();
  const head = first.done
    ? ''
    : Buffer.from(first.value)
        .toString('utf8', 0, 512)
        .replace(/^\uFEFF/, '')
        .trimStart();
  async function* chunks(): AsyncGenerator<Uint8Array> {
    if (!first.done) yield first.value;
    yield* input;
  }
  if (head.startsWith('<')) yield* htmlItems(source, chunks());
  else yield* jsonItems(source, { chunks: chunks(), isList: head.startsWith('[') });
}
