/** Files of the installed package, found from this module's own place (lib/cli/) so `npx rolefit` works anywhere. */
import { readFileSync } from 'node:fs';

export const packageRoot = new URL('../../', import.meta.url);

export const distFolder = new URL('dist/', packageRoot);

/** The name and version this CLI was published as. */
export function packageManifest(): { name: string; version: string } {
  const { name, version } = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as {
    name: string;
    version: string;
  };
  return { name, version };
}

export function packageVersion(): string {
  return packageManifest().version;
}
