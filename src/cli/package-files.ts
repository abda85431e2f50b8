/** Files of the installed package, found from this module's own place (lib/cli/) so `npx rolefit` works anywhere. */
import { readFileSync } from 'node:fs';

export const packageRoot = new URL('../../', import.meta.url);

export const distFolder = new URL('dist/', packageRoot);

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as { version: string };
  return manifest.version;
}
