/**
 * What `rolefit init` writes as a feed's `"$schema"`: the schema in the installed package, relative to the feed's
 * folder (so it works in a subfolder and offline), or else the published schema of this version on the npm CDN.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { packageManifest } from './package-files.js';

export interface SchemaReference {
  /** The value for `"$schema"`. */
  reference: string;
  /** Why this one, for the terminal. */
  reason: string;
}

/** Where the package's build puts the schema (package.json exports it as `rolefit/feed.schema.json`). */
const schemaInPackage = ['dist', 'feed.schema.json'];

/**
 * The schema of the package installed at or above `folder`, found the way Node finds a package: the nearest
 * `node_modules/<name>`. The walk ends at the file system's root.
 */
function installedSchema(folder: string, packageName: string): string | undefined {
  let current = folder;
  for (;;) {
    const candidate = join(current, 'node_modules', packageName, ...schemaInPackage);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** A path reference is relative to `feedFile`'s folder, with URL slashes on every system. */
export function schemaReference(feedFile: string): SchemaReference {
  const { name, version } = packageManifest();
  const folder = dirname(resolve(feedFile));
  const installed = installedSchema(folder, name);
  if (installed) {
    const path = relative(folder, installed).split(sep).join('/');
    return {
      reference: path.startsWith('../') ? path : `./${path}`,
      reason: `the schema in the installed ${name} package, relative to the feed's folder`,
    };
  }
  return {
    reference: `https://cdn.jsdelivr.net/npm/${name}@${version}/${schemaInPackage.join('/')}`,
    reason: `the published schema of ${name} ${version}: there is no node_modules/${name} in the feed's folder or above it`,
  };
}
