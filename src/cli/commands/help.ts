/** Help texts, generated from the command definitions so they cannot drift from what the parser accepts. */
import type { Command } from '../command.js';

export function commandUsage(command: Command): string {
  const positionals = command.positionals.map((positional) =>
    positional.required ? `<${positional.name}>` : `[${positional.name}]`,
  );
  const options = command.options.length ? ['[options]'] : [];
  return ['rolefit', command.name, ...positionals, ...options].join(' ');
}

export function commandHelp(command: Command): string {
  const width = Math.max(0, ...command.options.map((option) => optionSignature(option).length));
  const lines = [`Usage: ${commandUsage(command)}`, '', command.summary];
  if (command.positionals.length) {
    lines.push(
      '',
      'Arguments:',
      ...command.positionals.map((positional) => `  ${positional.name}  ${positional.description}`),
    );
  }
  if (command.options.length) {
    lines.push(
      '',
      'Options:',
      ...command.options.map((option) => `  ${optionSignature(option).padEnd(width)}  ${option.description}`),
    );
  }
  if (command.details) lines.push('', command.details);
  lines.push('', 'Examples:', ...command.examples.map((example) => `  ${example}`));
  return lines.join('\n');
}

function optionSignature(option: Command['options'][number]): string {
  return option.kind === 'value' ? `--${option.name} <${option.valueName ?? 'value'}>` : `--${option.name}`;
}

export function generalHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'rolefit: tools for rolefit feed publishers.',
    '',
    'Usage: rolefit <command> [arguments] [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    "rolefit help <command>  shows a command's options and examples.",
    'rolefit --version       prints the version.',
    '',
    'Exit codes: 0 success, 1 the input has problems, 2 the command line is wrong, 70 a bug in rolefit (please',
    'report it). NO_COLOR turns colours off.',
  ].join('\n');
}
