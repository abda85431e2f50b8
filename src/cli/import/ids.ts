/** Feed ids derived from source ids, so importing the same catalogue again updates courses instead of adding them. */
import { createHash } from 'node:crypto';

const maxIdLength = 64;

/**
 * `prefix-` plus the source id (a URL without its scheme) with every run of characters an id cannot hold made
 * one "-". An id too long for 64 characters keeps its start and gets a hash of the whole, so long ids never meet.
 */
export function stableId(prefix: string, sourceId: string): string {
  const slug = sourceId
    .replace(/^https?:\/\//i, '')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const id = `${prefix}-${slug || 'x'}`;
  if (id.length <= maxIdLength) return id;
  const hash = createHash('sha256').update(sourceId).digest('hex').slice(0, 10);
  return `${id.slice(0, maxIdLength - hash.length - 1)}-${hash}`;
}
