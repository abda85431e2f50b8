/** The command-line grammar shared by every command: `--flag`, `--name value`, `--name=value`, `--` ends options. */
import { shorten } from '../feed/problems.js';
import { usageError } from './errors.js';

export interface OptionSpec {
  name: string;
  /** A flag is true when present; a value option takes the next argument. */
  kind: 'flag' | 'value';
  /** Shown in help for value options, e.g. `YYYY-MM-DD`. */
  valueName?: string;
  description: string;
}

export interface PositionalSpec {
  name: string;
  required: boolean;
  description: string;
}

export interface CommandSyntax {
  name: string;
  positionals: PositionalSpec[];
  options: OptionSpec[];
}

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  values: Map<string, string>;
  /** `--help` or `-h` anywhere: the caller shows the command's help instead of running it. */
  help: boolean;
}

function optionList(syntax: CommandSyntax): string {
  const names = syntax.options.map((option) => `--${option.name}`);
  return names.length ? `Its options: ${names.join(', ')}.` : 'It takes no options.';
}

export function parseArgs(argv: readonly string[], syntax: CommandSyntax): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], flags: new Set(), values: new Map(), help: false };
  const seeHelp = `See \`rolefit help ${syntax.name}\`.`;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') {
      parsed.positionals.push(...argv.slice(index + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') {
      parsed.help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      parsed.positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.startsWith('--') ? splitOnce(arg.slice(2), '=') : [arg, undefined];
    const option = syntax.options.find((candidate) => candidate.name === name);
    if (!option) {
      throw usageError(
        `Unknown option ${shorten(arg.split('=')[0])} for \`rolefit ${syntax.name}\`. ${optionList(syntax)} ${seeHelp}`,
      );
    }
    if (option.kind === 'flag') {
      if (inline !== undefined) throw usageError(`--${name} takes no value. ${seeHelp}`);
      parsed.flags.add(name);
      continue;
    }
    const value = inline ?? argv[++index];
    // An empty value is never meant: `--out=` writing to standard output, or `--port=` picking any port, would
    // quietly do something the command line did not say.
    if (!value || (inline === undefined && value.startsWith('--'))) {
      throw usageError(`--${name} needs a value (${option.valueName ?? 'value'}). ${seeHelp}`);
    }
    parsed.values.set(name, value);
  }
  if (parsed.help) return parsed;
  const required = syntax.positionals.filter((positional) => positional.required);
  if (parsed.positionals.length < required.length) {
    const missing = required[parsed.positionals.length]!;
    throw usageError(`\`rolefit ${syntax.name}\` needs ${missing.description} (<${missing.name}>). ${seeHelp}`);
  }
  if (parsed.positionals.length > syntax.positionals.length) {
    const extra = parsed.positionals[syntax.positionals.length]!;
    throw usageError(`\`rolefit ${syntax.name}\` got an unexpected argument ${shorten(extra)}. ${seeHelp}`);
  }
  return parsed;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
