import type { CommandSyntax, ParsedArgs } from './args.js';
import type { Output } from './output.js';

/** One `rolefit <name>` command: its syntax (which also drives its help text) and what it does. */
export interface Command extends CommandSyntax {
  summary: string;
  /** Extra help paragraphs after the option list. */
  details?: string;
  examples: string[];
  /** Resolves to the exit code; throws `CliError` for bad input. */
  run(args: ParsedArgs, output: Output): Promise<number>;
}
