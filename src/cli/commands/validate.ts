import { checkFeed } from '../check-feed.js';
import type { Command } from '../command.js';
import { readJsonSource } from '../feed-source.js';
import { formatCheck } from '../validate-report.js';
import { resolveToday } from '../today.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check a feed: every problem, what would still show, and lint warnings.',
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
    'widget would still show most of it: the report says how much it would drop.',
  examples: [
    'rolefit validate feed.json',
    'rolefit validate https://example.com/feed.json --json',
    'rolefit validate feed.json --strict',
  ],
  async run(args, output) {
    const today = resolveToday(args.values.get('today'));
    const [source] = args.positionals as [string];
    const raw = await readJsonSource(source);
    const check = checkFeed(raw, today);
    if (args.flags.has('json')) output.out(JSON.stringify({ source, ...check }, null, 2));
    else output.out(formatCheck(check, { source, raw }, output.style));
    return !check.valid || (args.flags.has('strict') && check.lints.length) ? 1 : 0;
  },
};
