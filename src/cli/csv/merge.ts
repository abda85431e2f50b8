/** Rows replace the entries with the same id, in place; new ids are appended in row order. */
export interface Merged {
  items: unknown[];
  replaced: number;
  added: number;
}

const idOf = (entry: unknown): unknown =>
  typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;

/** A list merged one record at a time, its ids indexed so a catalogue of 100,000 courses merges in linear time. */
export class IdMerger {
  readonly items: unknown[];
  readonly #positions = new Map<unknown, number>();

  constructor(existing: readonly unknown[]) {
    this.items = [...existing];
    // The first entry with an id is the one replaced, as before.
    for (const [index, entry] of this.items.entries())
      if (!this.#positions.has(idOf(entry))) this.#positions.set(idOf(entry), index);
  }

  /** Replaces the entry with the record's id or appends the record; true when it replaced one. */
  put(record: Record<string, unknown>): boolean {
    const at = this.#positions.get(record.id);
    if (at !== undefined) {
      this.items[at] = record;
      return true;
    }
    this.#positions.set(record.id, this.items.length);
    this.items.push(record);
    return false;
  }
}

export function mergeById(existing: readonly unknown[], incoming: readonly Record<string, unknown>[]): Merged {
  const merger = new IdMerger(existing);
  const replaced = incoming.filter((record) => merger.put(record)).length;
  return { items: merger.items, replaced, added: incoming.length - replaced };
}
