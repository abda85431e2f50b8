import { feedJsonSchema } from '../../feed/json-schema.js';
import type { Command } from '../command.js';

export const schemaCommand: Command = {
  name: 'schema',
  summary: "Print the feed's JSON Schema (for editors and other validators).",
  positionals: [],
  options: [],
  examples: ['rolefit schema > feed.schema.json'],
  async run(_args, output) {
    output.out(JSON.stringify(feedJsonSchema(), null, 2));
    return 0;
  },
};
