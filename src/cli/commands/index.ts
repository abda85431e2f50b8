import type { Command } from '../command.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { initCommand } from './init.js';
import { packCommand } from './pack.js';
import { previewCommand } from './preview.js';
import { schemaCommand } from './schema.js';
import { validateCommand } from './validate.js';

/** Every command, in the order help lists them. */
export const commands: readonly Command[] = [
  validateCommand,
  importCommand,
  exportCommand,
  initCommand,
  packCommand,
  previewCommand,
  schemaCommand,
];

export const commandNames = (): string => commands.map((command) => command.name).join(', ');
