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
  return id.length <= maxIdLength ? id : withHash(id, sourceId);
}

/** `id` (cut to fit) with a hash of the whole source id: distinct for distinct source ids. */
function withHash(id: string, sourceId: string): string {
  const hash = createHash('sha256').update(sourceId).digest('hex').slice(0, 10);
  return `${id.slice(0, maxIdLength - hash.length - 1)}-${hash}`;
}

/**
 * The ids of one import. Source ids that differ only where an id cannot hold a character ("c/1" and "c-1") make
 * the same slug; the first keeps it, a later one gets the slug with its own hash, so no course of the input
 * silently replaces another (the merge rule replaces by id).
 */
export class ImportIds {
  readonly #sourceById = new Map<string, string>();

  constructor(private readonly prefix: string) {}

  /** The item's feed id; `taken` is the plain id when another item of this import has it. */
  idFor(sourceId: string): { id: string; taken?: string } {
    const plain = stableId(this.prefix, sourceId);
    const owner = this.#sourceById.get(plain);
    if (owner === undefined || owner === sourceId) {
      this.#sourceById.set(plain, sourceId);
      return { id: plain };
    }
    const id = withHash(plain, sourceId);
    this.#sourceById.set(id, sourceId);
    return { id, taken: plain };
  }
}
