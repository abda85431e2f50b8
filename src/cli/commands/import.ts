import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { FeedError } from '../../feed/errors.js';
import { parseFeed } from '../../feed/parse.js';
import type { Command } from '../command.js';
import { courseFields, providerFields } from '../csv/fields.js';
import { acceptedRecords, importTable, type ImportedTable } from '../csv/import-table.js';
import { columnList, reportRows, summary } from '../csv/import-report.js';
import { mergeById } from '../csv/merge.js';
import { CliError, usageError } from '../errors.js';
import { readJsonSource } from '../feed-source.js';
import type { Output } from '../output.js';

async function readBaseFeed(source: string): Promise<Record<string, unknown>> {
  const raw = await readJsonSource(source);
  try {
    parseFeed(raw);
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    // The message may list problems over several lines: the hint gets a line of its own.
    throw new CliError(
      `${source} cannot be used as the base feed: ${error.message}\nRun \`rolefit validate ${source}\`.`,
    );
  }
  return raw as Record<string, unknown>;
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

export const importCommand: Command = {
  name: 'import',
  summary: 'Merge courses (and providers) from spreadsheet CSV files into a feed.',
  positionals: [{ name: 'courses.csv', required: true, description: 'a CSV file of courses' }],
  options: [
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
    {
      name: 'providers',
      kind: 'value',
      valueName: 'providers.csv',
      description: 'A CSV file of providers, merged before the courses.',
    },
  ],
  details: [
    'Rows replace the entries with the same id; new ids are appended. A row with any problem is left out and',
    'reported with its line number; the exit code is then 1 (the rest is still written).',
    'CSV: UTF-8 (BOM or not), ";" or "," separators, quoted fields, decimal commas, dates YYYY-MM-DD or DD.MM.YYYY.',
    'Lists (roles, funding, topics) are separated by "|" or ",". Header names are case-insensitive.',
    `Course columns: ${columnList(courseFields)}.`,
    `Provider columns: ${columnList(providerFields)}.`,
    '* required; ~ translatable: title_de, title_en style columns give translations.',
  ].join('\n'),
  examples: [
    'rolefit import courses.csv --feed feed.json --out feed.new.json',
    'rolefit import kurse.csv --providers anbieter.csv --feed feed.json --out feed.json',
  ],
  async run(args, output) {
    const feedSource = args.values.get('feed');
    if (!feedSource) throw usageError('`rolefit import` needs --feed <feed.json>: the feed the rows join.');
    const feed = await readBaseFeed(feedSource);
    let leftOut = 0;
    const providersCsv = args.values.get('providers');
    if (providersCsv) {
      leftOut += importInto(feed, await importTable(providersCsv, 'providers', feed), output);
    }
    leftOut += importInto(feed, await importTable(args.positionals[0]!, 'courses', feed), output);
    const json = JSON.stringify(feed, null, 2);
    const out = args.values.get('out');
    if (!out) output.out(json);
    else {
      await writeFile(out, `${json}\n`).catch((error: Error) => {
        throw new CliError(`Cannot write ${out}: ${error.message}`);
      });
      output.err(`Wrote ${out}${resolve(out) === resolve(feedSource) ? ' (replacing the feed, as --out asked)' : ''}.`);
    }
    return leftOut ? 1 : 0;
  },
};
