import { checkFeed, type FeedCheck } from '../check-feed.js';
import type { Command } from '../command.js';
import { readJsonSource } from '../feed-source.js';
import { count } from '../output.js';
import { checkPack } from '../pack/check-pack.js';
import { indexOfFolder } from '../pack/pack-format.js';
import { formatCheck } from '../validate-report.js';
import { resolveToday } from '../today.js';

const isPackIndex = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw) && Object.hasOwn(raw, 'pack');

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check a feed or a pack: every problem, what would still show, and lint warnings.',
  positionals: [{ name: 'feed', required: true, description: 'a feed file or an http(s) URL' }],
  options: [
    { name: 'json', kind: 'flag', description: 'Print the result as JSON for other tools.' },
    { name: 'strict', kind: 'flag', description: 'Exit 1 on lint warnings too.' },
    {
      name: 'today',
      kind: 'value',
      valueName: 'YYYY-MM-DD',
      description: 'The date "starts in the past" compares with (default: today).',
    },
  ],
  details:
    'Exit code 0: valid (lint warnings allowed unless --strict). 1: problems found, or the file cannot be read.\n' +
    "Problems use the same words as the widget's console warning. A feed with problems is not valid even when the\n" +
    'widget would still show most of it: the report says how much it would drop.\n' +
    'A pack (see `rolefit help pack`), given by its folder or index.json, is checked whole: its index as a feed,\n' +
    "every course file (problems name the file), each file's content hash, and the course counts and facets the\n" +
    'index gives per role. Course files are read from disk, so a pack is checked from its folder, not by URL.',
  examples: [
    'rolefit validate feed.json',
    'rolefit validate https://example.com/feed.json --json',
    'rolefit validate feed.json --strict',
    'rolefit validate public/catalogue',
  ],
  async run(args, output) {
    const today = resolveToday(args.values.get('today'));
    const [given] = args.positionals as [string];
    const source = indexOfFolder(given);
    const raw = await readJsonSource(source);
    const isLocal = !/^https?:\/\//i.test(source);
    const packCheck = isLocal && isPackIndex(raw) ? await checkPack(raw, source) : undefined;
    const check: FeedCheck = packCheck ?? checkFeed(raw, today);
    if (args.flags.has('json')) output.out(JSON.stringify({ source, ...check }, null, 2));
    else {
      output.out(formatCheck(check, { source, raw }, output.style));
      if (packCheck) {
        const { files, courses } = packCheck.pack;
        output.out(
          `\nPack: ${count(files, 'course file')} read, ${count(courses, 'course entry', 'course entries')} (a course of several roles is in each role's files).`,
        );
      }
    }
    return !check.valid || (args.flags.has('strict') && check.lints.length) ? 1 : 0;
  },
};
