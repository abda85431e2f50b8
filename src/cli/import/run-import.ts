/**
 * The import every format shares: ids from source ids, roles from the role map, providers matched by name or
 * created, each course checked in the context of the feed (in batches, with the feed's own validator), accepted
 * ones merged by id. Unmatched and invalid items are counted and listed, never dropped silently.
 */
import type { Feed } from '../../feed/schema.js';
import { shorten } from '../../feed/problems.js';
import { checkRows } from '../csv/check-rows.js';
import { problemLine } from '../csv/import-report.js';
import { IdMerger } from '../csv/merge.js';
import type { Output } from '../output.js';
import { ImportIds } from './ids.js';
import type { ImportItem, SourceProvider } from './item.js';
import { rolesFor, type RoleMap } from './role-map.js';

/** Courses checked together: large enough to be fast, small enough that memory stays flat. */
const batchSize = 500;
/** Items listed one by one in the report; the rest are counted. */
const maxListed = 50;
/** The most courses one import takes: the merged feed is held in memory to be written. */
export const maxImportItems = 200_000;

export interface ImportOptions {
  /** `moochub`, `schemaorg`: the prefix of every id this import makes. */
  prefix: string;
  roles: RoleMap;
  providerType: string;
  output: Output;
}

export interface ImportOutcome {
  added: string[];
  replaced: string[];
  newProviders: string[];
  leftOut: number;
  unmatched: number;
}

const normalName = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** Provider ids by every name they have, and the providers this import adds. */
class Providers {
  readonly #byName = new Map<string, string>();
  /** Two names that make the same slug ("A.B" and "A B") still get two providers. */
  readonly #ids: ImportIds;
  readonly added: Record<string, unknown>[] = [];

  constructor(
    feed: Feed,
    private readonly options: { prefix: string; type: string },
  ) {
    this.#ids = new ImportIds(options.prefix);
    for (const provider of feed.providers) {
      const names = typeof provider.name === 'string' ? [provider.name] : Object.values(provider.name);
      for (const name of names) this.#byName.set(normalName(name), provider.id);
    }
  }

  idFor(provider: SourceProvider): string {
    const key = normalName(provider.name);
    const known = this.#byName.get(key);
    if (known) return known;
    const { id } = this.#ids.idFor(provider.name);
    this.#byName.set(key, id);
    this.added.push({
      id,
      name: provider.name,
      type: this.options.type,
      ...(provider.url ? { url: provider.url } : {}),
    });
    return id;
  }
}

/** Drops the fields a source left empty, so the feed gets no `"topics": undefined`. */
const defined = (record: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));

function reportItem(item: ImportItem, lines: string[], output: Output): void {
  output.err(
    output.errorStyle.bold(`${item.where}${item.sourceId ? ` (${shorten(item.sourceId, 60)})` : ''}: left out`),
  );
  for (const line of lines) output.err(`  - ${line}`);
}

export async function runImport(
  feed: Record<string, unknown>,
  { parsed, items }: { parsed: Feed; items: AsyncIterable<ImportItem> },
  options: ImportOptions,
): Promise<ImportOutcome> {
  const { output } = options;
  const providers = new Providers(parsed, { prefix: options.prefix, type: options.providerType });
  const merger = new IdMerger(Array.isArray(feed.courses) ? feed.courses : []);
  const ids = new ImportIds(options.prefix);
  const outcome: ImportOutcome = { added: [], replaced: [], newProviders: [], leftOut: 0, unmatched: 0 };
  let listed = 0;
  let total = 0;
  let batch: { item: ImportItem; record: Record<string, unknown> }[] = [];
  const unlisted = (): boolean => ++listed > maxListed;

  const flush = () => {
    const context = { ...feed, providers: [...parsed.providers, ...providers.added] };
    const problems = checkRows(
      context,
      'courses',
      batch.map(({ record }) => record),
    );
    batch.forEach(({ item, record }, index) => {
      const own = problems.filter((problem) => problem.row === index);
      if (own.length) {
        outcome.leftOut++;
        if (!unlisted())
          reportItem(
            item,
            own.map((problem) => problemLine(problem, 'course')),
            output,
          );
        return;
      }
      const replaced = merger.put(record);
      (replaced ? outcome.replaced : outcome.added).push(record.id as string);
      for (const note of item.notes) if (!unlisted()) output.err(`${item.where}: ${note}.`);
    });
    batch = [];
  };

  for await (const item of items) {
    if (++total > maxImportItems) {
      output.err(`Stopped after ${maxImportItems.toLocaleString('en')} courses: split the input.`);
      outcome.leftOut++;
      break;
    }
    const roles = rolesFor(item, options.roles);
    if (!roles.length) {
      outcome.unmatched++;
      if (!unlisted())
        reportItem(
          item,
          [
            `no role matches ${shorten(item.keywordText, 60)} or its codes (${item.occupationCodes.join(', ') || 'none'}); give --role or a --roles entry`,
          ],
          output,
        );
      continue;
    }
    if (!item.sourceId) {
      outcome.leftOut++;
      if (!unlisted()) reportItem(item, ['it has no id or url to derive a stable feed id from'], output);
      continue;
    }
    const provider = item.provider ? providers.idFor(item.provider) : undefined;
    const { id, taken } = ids.idFor(item.sourceId);
    if (taken)
      item.notes.push(
        `its id "${taken}" is another course's of this input (their source ids differ only in punctuation): it gets "${id}"`,
      );
    const record = defined({ id, ...item.course, provider, roles });
    batch.push({ item, record });
    if (batch.length >= batchSize) flush();
  }
  flush();
  if (listed > maxListed) output.err(`… and ${listed - maxListed} more items not listed.`);
  const used = new Set(merger.items.map((course) => (course as { provider?: unknown }).provider));
  const newProviders = providers.added.filter((provider) => used.has(provider.id));
  feed.providers = [...(Array.isArray(feed.providers) ? feed.providers : []), ...newProviders];
  feed.courses = merger.items;
  outcome.newProviders = newProviders.map((provider) => provider.id as string);
  return outcome;
}
