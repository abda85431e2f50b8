/** The `rolefit` executable (bin/rolefit.js imports this). Only here does the CLI touch process state. */
import { processOutput } from './output.js';
import { runCli } from './run.js';

try {
  process.exitCode = await runCli(process.argv.slice(2), processOutput());
} catch (error) {
  // Not a user error but a bug in rolefit: the stack helps whoever fixes it.
  process.stderr.write(`rolefit: unexpected error, please report it.\n${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 70;
}
