/**
 * One CSV row → one raw feed item (course or provider), values converted but not validated: the feed schema
 * checks the result, so CSV rows get exactly the problem words a feed gets. A value that cannot be converted
 * (a price of "ask us") stays text, and the schema says what is wrong with it.
 */
import type { FieldSpec, MappedColumn } from './columns.js';
import { parseDate, parseDecimal, parseList } from './values.js';

function convert(kind: FieldSpec['kind'], text: string): unknown {
  switch (kind) {
    case 'number':
      return parseDecimal(text) ?? text;
    case 'date':
      return parseDate(text);
    case 'list':
      return parseList(text);
    case 'text':
      return text;
  }
}

/** `topics_de: "a|b"` and `topics_en: "x|y"` → `[{de: a, en: x}, {de: b, en: y}]`; a shorter list just lacks those. */
function translated(spec: FieldSpec, values: [lang: string, text: string][]): unknown {
  if (spec.kind !== 'list') return Object.fromEntries(values);
  const lists = values.map(([lang, text]) => [lang, parseList(text)] as const);
  const length = Math.max(...lists.map(([, list]) => list.length));
  return Array.from({ length }, (_, index) =>
    Object.fromEntries(lists.filter(([, list]) => index < list.length).map(([lang, list]) => [lang, list[index]])),
  );
}

function setAt(record: Record<string, unknown>, [key, ...rest]: string[], value: unknown): void {
  if (!rest.length) {
    record[key!] = value;
    return;
  }
  record[key!] ??= {};
  const inner = record[key!] as Record<string, unknown>;
  setAt(inner, rest, value);
}

export function buildRecord(
  cells: readonly string[],
  columns: readonly MappedColumn[],
  specs: readonly FieldSpec[],
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const spec of specs) {
    const filled = columns
      .filter((column) => column.spec === spec)
      .map((column) => ({ lang: column.lang, text: (cells[column.index] ?? '').trim() }))
      .filter(({ text }) => text !== '');
    if (!filled.length) continue;
    const value = filled[0]!.lang
      ? translated(
          spec,
          filled.map(({ lang, text }) => [lang!, text]),
        )
      : convert(spec.kind, filled[0]!.text);
    setAt(record, spec.target, value);
  }
  return record;
}
