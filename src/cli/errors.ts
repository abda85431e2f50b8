/** A mistake by the person at the terminal: printed as one clear message, never as a stack trace. */
export class CliError extends Error {
  override readonly name = 'CliError';
  /** 1: the input is wrong (file, feed, CSV); 2: the command line is wrong (command, option, argument). */
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

export const usageError = (message: string): CliError => new CliError(message, 2);
