/** Reads a text file the way a person expects: one clear sentence for every way it can fail. */
import { readFile } from 'node:fs/promises';
import { CliError } from './errors.js';

const reasons: Record<string, (path: string) => string> = {
  ENOENT: (path) => `File not found: ${path}`,
  EISDIR: (path) => `${path} is a folder, not a file.`,
  EACCES: (path) => `Cannot read ${path}: permission denied.`,
  EPERM: (path) => `Cannot read ${path}: permission denied.`,
};

/** The file's text as UTF-8, without a byte order mark (spreadsheets and Windows editors add one). */
export async function readText(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = reasons[code];
    throw new CliError(reason ? reason(path) : `Cannot read ${path}: ${(error as Error).message}`);
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
