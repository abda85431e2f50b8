/** Rows replace the entries with the same id, in place; new ids are appended in row order. */
export interface Merged {
  items: unknown[];
  replaced: number;
  added: number;
}

const idOf = (entry: unknown): unknown =>
  typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;

export function mergeById(existing: readonly unknown[], incoming: readonly Record<string, unknown>[]): Merged {
  const items = [...existing];
  let replaced = 0;
  for (const record of incoming) {
    const at = items.findIndex((entry) => idOf(entry) === record.id);
    if (at >= 0) {
      items[at] = record;
      replaced++;
    } else items.push(record);
  }
  return { items, replaced, added: incoming.length - replaced };
}
