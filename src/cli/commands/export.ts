import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FeedError } from '../../feed/errors.js';
import { parseFeed } from '../../feed/parse.js';
import { shorten } from '../../feed/problems.js';
import type { Command } from '../command.js';
import { CliError, usageError } from '../errors.js';
import { minCoursesPerList, roleItemLists } from '../export/item-lists.js';
import { readJsonSource } from '../feed-source.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write one schema.org ItemList JSON-LD file per role, for static course pages.',
  positionals: [{ name: 'feed', required: true, description: 'the feed (a file or URL)' }],
  options: [
    {
      name: 'to',
      kind: 'value',
      valueName: 'schema-org',
      description: 'The output format (schema-org, the only one).',
    },
    {
      name: 'out',
      kind: 'value',
      valueName: 'dir',
      description: 'The folder to write <role id>.jsonld files into (required).',
    },
    { name: 'lang', kind: 'value', valueName: 'code', description: "The language of the texts (default: the feed's)." },
  ],
  details: [
    `A role with fewer than ${minCoursesPerList} courses gets no file (Google shows course lists from three on); it is`,
    "reported. Each ListItem carries the course's url; the role's codes go on each course as occupationalCategory.",
  ].join('\n'),
  examples: ['rolefit export --to schema-org feed.json --out site/json-ld'],
  async run(args, output) {
    const to = args.values.get('to') ?? 'schema-org';
    if (to !== 'schema-org') throw usageError(`--to must be schema-org, not ${shorten(to)}.`);
    const out = args.values.get('out');
    if (!out) throw usageError('`rolefit export` needs --out <dir>: the folder for the JSON-LD files.');
    const source = args.positionals[0]!;
    let feed;
    try {
      feed = parseFeed(await readJsonSource(source)).feed;
    } catch (error) {
      if (!(error instanceof FeedError)) throw error;
      throw new CliError(`${source} cannot be exported: ${error.message}\nRun \`rolefit validate ${source}\`.`);
    }
    await mkdir(out, { recursive: true }).catch((error: Error) => {
      throw new CliError(`Cannot create ${out}: ${error.message}`);
    });
    let skipped = 0;
    for (const { role, list, courses } of roleItemLists(feed, args.values.get('lang') ?? feed.lang)) {
      if (!list) {
        skipped++;
        output.err(`role "${role.id}": ${courses} course(s), fewer than ${minCoursesPerList}: no file written.`);
        continue;
      }
      const file = join(out, `${role.id}.jsonld`);
      await writeFile(file, `${JSON.stringify(list, null, 2)}\n`);
      output.err(`Wrote ${file} (${courses} courses).`);
    }
    return skipped && skipped === feed.roles.length ? 1 : 0;
  },
};
