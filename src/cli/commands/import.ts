import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { FeedError } from '../../feed/errors.js';
import { parseFeed, validateFeed } from '../../feed/parse.js';
import { providerTypes, type Feed } from '../../feed/schema.js';
import { problemLines, shorten } from '../../feed/problems.js';
import type { Command } from '../command.js';
import { courseFields, providerFields } from '../csv/fields.js';
import { acceptedRecords, importTable, type ImportedTable } from '../csv/import-table.js';
import { columnList, reportRows, summary } from '../csv/import-report.js';
import { mergeById } from '../csv/merge.js';
import { CliError, usageError } from '../errors.js';
import { readJsonSource } from '../feed-source.js';
import type { ImportItem } from '../import/item.js';
import { moochubItems } from '../import/moochub.js';
import { readRoleMap } from '../import/role-map.js';
import { runImport, type ImportOutcome } from '../import/run-import.js';
import { schemaOrgItems } from '../import/schema-org.js';
import { count, type Output } from '../output.js';

const formats = ['csv', 'moochub', 'schema-org'] as const;
type Format = (typeof formats)[number];

async function readBaseFeed(source: string): Promise<{ raw: Record<string, unknown>; parsed: Feed }> {
  const raw = await readJsonSource(source);
  try {
    return { raw: raw as Record<string, unknown>, parsed: parseFeed(raw).feed };
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    // The message may list problems over several lines: the hint gets a line of its own.
    throw new CliError(
      `${source} cannot be used as the base feed: ${error.message}\nRun \`rolefit validate ${source}\`.`,
    );
  }
}

const existing = (feed: Record<string, unknown>, list: 'providers' | 'courses'): unknown[] =>
  Array.isArray(feed[list]) ? feed[list] : [];

/** Merges the table's accepted rows into `feed` and reports; returns the number of rows left out. */
function importInto(feed: Record<string, unknown>, table: ImportedTable, output: Output): number {
  const kind = table.list === 'providers' ? 'provider' : 'course';
  const leftOut = reportRows(table, kind, output);
  const merged = mergeById(existing(feed, table.list), acceptedRecords(table));
  feed[table.list] = merged.items;
  output.err(summary(table, kind, { replaced: merged.replaced, added: merged.added, leftOut }));
  return leftOut;
}

async function importCsv(
  feed: Record<string, unknown>,
  source: string,
  { args, output }: { args: Parameters<Command['run']>[0]; output: Output },
) {
  if (args.values.has('role') || args.values.has('roles'))
    throw usageError(
      '--role and --roles are for --from moochub and schema-org: CSV rows name their roles in the "roles" column.',
    );
  let leftOut = 0;
  const providersCsv = args.values.get('providers');
  if (providersCsv) leftOut += importInto(feed, await importTable(providersCsv, 'providers', feed), output);
  leftOut += importInto(feed, await importTable(source, 'courses', feed), output);
  return leftOut;
}

/** The whole number of `--max-pages`, default 100. */
function maxPages(value: string | undefined): number {
  if (value === undefined) return 100;
  const pages = Number(value);
  if (!Number.isInteger(pages) || pages < 1 || pages > 10_000)
    throw usageError(`--max-pages must be a whole number from 1 to 10000, not ${shorten(value)}.`);
  return pages;
}

function itemsOf(
  format: Exclude<Format, 'csv'>,
  source: string,
  options: { args: Parameters<Command['run']>[0]; output: Output },
): AsyncIterable<ImportItem> {
  if (format === 'schema-org') return schemaOrgItems(source);
  return moochubItems(source, { maxPages: maxPages(options.args.values.get('max-pages')), onNote: options.output.err });
}

function outcomeSummary(
  source: string,
  outcome: ImportOutcome,
  providerType: { type: string; given: boolean },
): string {
  const total = outcome.added.length + outcome.replaced.length + outcome.leftOut + outcome.unmatched;
  const imported = outcome.added.length + outcome.replaced.length;
  const lines = [
    `${shorten(source)}: ${imported} of ${count(total, 'course')} imported (${outcome.replaced.length} replaced, ${outcome.added.length} added)` +
      `${outcome.leftOut ? `; ${outcome.leftOut} left out` : ''}${outcome.unmatched ? `; ${outcome.unmatched} without a role` : ''}.`,
  ];
  if (outcome.newProviders.length) {
    const how = providerType.given ? '--provider-type' : 'the default; set another with --provider-type';
    lines.push(`New providers (type "${providerType.type}", ${how}): ${outcome.newProviders.join(', ')}.`);
  }
  return lines.join('\n');
}

/** What --dry-run shows: the ids that would be added or replaced, at most 20 of each. */
function dryRunReport(outcome: ImportOutcome): string {
  const list = (ids: string[]) =>
    ids.slice(0, 20).join(', ') + (ids.length > 20 ? `, … (${ids.length - 20} more)` : '');
  return [
    'Dry run: nothing written.',
    `Would add ${count(outcome.added.length, 'course')}${outcome.added.length ? `: ${list(outcome.added)}` : ''}.`,
    `Would replace ${count(outcome.replaced.length, 'course')}${outcome.replaced.length ? `: ${list(outcome.replaced)}` : ''}.`,
    `Would add ${count(outcome.newProviders.length, 'provider')}${outcome.newProviders.length ? `: ${list(outcome.newProviders)}` : ''}.`,
  ].join('\n');
}

/** The merged feed is checked as a whole before it is written: an import never leaves an invalid feed behind. */
function assertValid(feed: Record<string, unknown>): void {
  const { problems, rejected } = validateFeed(feed);
  if (!problems.length && !rejected) return;
  throw new CliError(
    [
      'The merged feed would not be valid, so nothing was written:',
      ...(rejected ? [rejected] : []),
      ...problemLines(problems, 0),
    ].join('\n'),
  );
}

async function writeFeed(
  feed: Record<string, unknown>,
  { out, feedSource, output }: { out: string | undefined; feedSource: string; output: Output },
) {
  const json = JSON.stringify(feed, null, 2);
  if (!out) {
    output.out(json);
    return;
  }
  await writeFile(out, `${json}\n`).catch((error: Error) => {
    throw new CliError(`Cannot write ${out}: ${error.message}`);
  });
  output.err(`Wrote ${out}${resolve(out) === resolve(feedSource) ? ' (replacing the feed, as --out asked)' : ''}.`);
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Merge courses from CSV, MOOChub or schema.org JSON-LD into a feed.',
  positionals: [{ name: 'source', required: true, description: 'a file or URL of courses (CSV: a file)' }],
  options: [
    { name: 'from', kind: 'value', valueName: formats.join('|'), description: 'The input format (default csv).' },
    {
      name: 'feed',
      kind: 'value',
      valueName: 'feed.json',
      description: 'The feed to merge into (required; never changed unless --out names it).',
    },
    {
      name: 'out',
      kind: 'value',
      valueName: 'file',
      description: 'Where to write the merged feed (default: standard output).',
    },
    { name: 'dry-run', kind: 'flag', description: 'Report what would be added and replaced; write nothing.' },
    {
      name: 'providers',
      kind: 'value',
      valueName: 'providers.csv',
      description: 'CSV only: a CSV file of providers, merged before the courses.',
    },
    { name: 'role', kind: 'value', valueName: 'id', description: 'The role of every course no --roles entry matches.' },
    {
      name: 'roles',
      kind: 'value',
      valueName: 'map.json',
      description: 'Occupation codes (KldB, ISCO-08, O*NET-SOC, BA ids) or title keywords → role ids.',
    },
    {
      name: 'provider-type',
      kind: 'value',
      valueName: providerTypes.join('|'),
      description: 'The type of providers the import creates (default private).',
    },
    {
      name: 'max-pages',
      kind: 'value',
      valueName: 'n',
      description: 'MOOChub: follow links.next up to n pages (default 100).',
    },
  ],
  details: [
    'Entries replace the ones with the same id; new ids are appended. An item with any problem is left out and',
    'reported; the exit code is then 1 (the rest is still written). The merged feed is validated before it is',
    'written; an invalid feed is never written.',
    '',
    'MOOChub and schema.org: ids come from the source ids ("moochub-…", "schemaorg-…"), so importing again updates.',
    'Roles: a code the course gives (MOOChub educationalAlignment, schema.org occupationalCategory) that --roles maps',
    'or a feed role lists in its "codes"; else a --roles keyword found in the title; else --role. Courses without a',
    'role are listed and counted. Providers are matched by name or created with --provider-type. HTML becomes text.',
    'schema.org input: a JSON/JSON-LD file or URL (a Course, a list, an ItemList or an @graph), or an HTML page whose',
    '<script type="application/ld+json"> blocks hold them. Large JSON inputs are streamed.',
    '',
    'CSV: UTF-8 (BOM or not), ";" or "," separators, quoted fields, decimal commas, dates YYYY-MM-DD or DD.MM.YYYY.',
    'Lists (roles, funding, topics) are separated by "|" or ",". Header names are case-insensitive.',
    `Course columns: ${columnList(courseFields)}.`,
    `Provider columns: ${columnList(providerFields)}.`,
    '* required; ~ translatable: title_de, title_en style columns give translations.',
  ].join('\n'),
  examples: [
    'rolefit import courses.csv --feed feed.json --out feed.new.json',
    'rolefit import kurse.csv --providers anbieter.csv --feed feed.json --out feed.json',
    'rolefit import --from moochub https://example.org/bridges/moochub/courses --feed feed.json --roles roles.json --out feed.json',
    'rolefit import --from schema-org kurs.html --feed feed.json --role smm --dry-run',
  ],
  async run(args, output) {
    const format = (args.values.get('from') ?? 'csv') as Format;
    if (!formats.includes(format))
      throw usageError(`--from must be one of ${formats.join(', ')}, not ${shorten(args.values.get('from'))}.`);
    const providerType = args.values.get('provider-type') ?? 'private';
    if (!(providerTypes as readonly string[]).includes(providerType))
      throw usageError(`--provider-type must be one of ${providerTypes.join(', ')}, not ${shorten(providerType)}.`);
    const feedSource = args.values.get('feed');
    if (!feedSource) throw usageError('`rolefit import` needs --feed <feed.json>: the feed the courses join.');
    const { raw: feed, parsed } = await readBaseFeed(feedSource);
    const source = args.positionals[0]!;
    let problems: number;
    let dryRun = 'Dry run: nothing written.';
    if (format === 'csv') problems = await importCsv(feed, source, { args, output });
    else {
      if (args.values.has('providers')) throw usageError('--providers is for --from csv only.');
      const roles = await readRoleMap({ mapFile: args.values.get('roles'), fallback: args.values.get('role') }, parsed);
      const prefix = format === 'moochub' ? 'moochub' : 'schemaorg';
      const outcome = await runImport(
        feed,
        { parsed, items: itemsOf(format, source, { args, output }) },
        { prefix, roles, providerType, output },
      );
      output.err(outcomeSummary(source, outcome, { type: providerType, given: args.values.has('provider-type') }));
      problems = outcome.leftOut + outcome.unmatched;
      dryRun = dryRunReport(outcome);
    }
    assertValid(feed);
    if (args.flags.has('dry-run')) output.err(dryRun);
    else await writeFeed(feed, { out: args.values.get('out'), feedSource, output });
    return problems ? 1 : 0;
  },
};
