import { writeFile } from 'node:fs/promises';
import type { Command } from '../command.js';
import { CliError } from '../errors.js';
import { schemaReference } from '../schema-reference.js';
import { starterFeed } from '../starter-feed.js';

export const initCommand: Command = {
  name: 'init',
  summary: 'Write a small, valid starter feed to edit.',
  positionals: [{ name: 'file', required: false, description: 'the file to create (default: feed.json)' }],
  options: [],
  details: [
    'Refuses to overwrite an existing file.',
    'Its "$schema" (for completion and checks in editors) is the schema of the rolefit package installed in',
    "node_modules at or above the file's folder, as a path relative to the file; without one, the published",
    'schema of this rolefit version (a jsDelivr URL). The command says which one it wrote.',
  ].join('\n'),
  examples: ['rolefit init', 'rolefit init public/careers.json'],
  async run(args, output) {
    const file = args.positionals[0] ?? 'feed.json';
    const schema = schemaReference(file);
    const feed = { $schema: schema.reference, ...starterFeed };
    try {
      // 'wx' fails if the file exists: checking first and writing after could still overwrite.
      await writeFile(file, `${JSON.stringify(feed, null, 2)}\n`, { flag: 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST')
        throw new CliError(`${file} already exists: rolefit init never overwrites a file. Choose another name.`);
      if (code === 'ENOENT') throw new CliError(`Cannot create ${file}: its folder does not exist.`);
      throw new CliError(`Cannot create ${file}: ${(error as Error).message}`);
    }
    output.out(`Created ${file}: 2 roles, 2 questions, 1 provider and 2 courses.`);
    output.out(`"$schema": ${schema.reference}, ${schema.reason}.`);
    output.out(
      `Next: edit it, then check it with \`rolefit validate ${file}\` and see it with \`rolefit preview ${file}\`.`,
    );
    return 0;
  },
};
