/** Dispatches a command line to its command; the one place that turns errors into messages and exit codes. */
import { shorten } from '../feed/problems.js';
import { parseArgs } from './args.js';
import { commandNames, commands } from './commands/index.js';
import { commandHelp, generalHelp } from './commands/help.js';
import { CliError, usageError } from './errors.js';
import type { Output } from './output.js';
import { packageVersion } from './package-files.js';

function findCommand(name: string) {
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    throw usageError(`Unknown command ${shorten(name)}. Commands: ${commandNames()}. See \`rolefit --help\`.`);
  }
  return command;
}

async function dispatch(argv: readonly string[], output: Output): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    output.err(generalHelp(commands));
    return 2;
  }
  if (first === '--help' || first === '-h') {
    output.out(generalHelp(commands));
    return 0;
  }
  if (first === '--version' || first === '-v') {
    output.out(packageVersion());
    return 0;
  }
  if (first === 'help') {
    if (rest.length > 1) throw usageError('`rolefit help` takes one command name at most.');
    output.out(rest[0] === undefined ? generalHelp(commands) : commandHelp(findCommand(rest[0])));
    return 0;
  }
  if (first.startsWith('-'))
    throw usageError(
      `Unknown option ${shorten(first)}. Put a command first: ${commandNames()}. See \`rolefit --help\`.`,
    );
  const command = findCommand(first);
  const args = parseArgs(rest, command);
  if (args.help) {
    output.out(commandHelp(command));
    return 0;
  }
  return command.run(args, output);
}

export async function runCli(argv: readonly string[], output: Output): Promise<number> {
  try {
    return await dispatch(argv, output);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    output.err(output.errorStyle.red(`rolefit: ${error.message}`));
    return error.exitCode;
  }
}
