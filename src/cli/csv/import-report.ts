/** What `rolefit import` tells the publisher: ignored columns, left-out rows by line, totals, column help. */
import { shorten, type FeedProblem } from '../../feed/problems.js';
import { count, type Output } from '../output.js';
import type { FieldSpec } from './columns.js';
import type { ImportedTable } from './import-table.js';

/** Prints ignored columns and each left-out row with its problems; returns how many rows were left out. */
export function reportRows(table: ImportedTable, kind: string, output: Output): number {
  for (const name of table.ignoredColumns) {
    output.err(`${table.source}: column "${name}" ignored: it is not a ${kind} column (see \`rolefit help import\`).`);
  }
  const failed = table.rows.filter((row) => row.problems.length);
  for (const row of failed) {
    const id = typeof row.record.id === 'string' ? `, ${kind} ${shorten(row.record.id, 40)}` : '';
    output.err(output.style.bold(`${table.source} line ${row.line}${id}: left out`));
    for (const problem of row.problems) output.err(`  - ${problemLine(problem, kind)}`);
  }
  return failed.length;
}

/** One problem of an imported item, as `validate` words it: `price.amount: must be a number ≥ 0 (got "x")`. */
export function problemLine(problem: FeedProblem, kind: string): string {
  const got = problem.value === undefined ? '' : ` (got ${problem.value})`;
  return `${problem.path || kind}: ${problem.message}${got}`;
}

/** What one import did to its list. */
export interface ImportCounts {
  replaced: number;
  added: number;
  leftOut: number;
}

export function summary(table: ImportedTable, kind: string, { replaced, added, leftOut }: ImportCounts): string {
  const rows = `${table.rows.length - leftOut} of ${count(table.rows.length, `${kind} row`)} imported`;
  return `${table.source}: ${rows} (${replaced} replaced, ${added} added)${leftOut ? `; ${leftOut} left out` : ''}.`;
}

/** `id*, title*~ (titel), …` for the help text, from the same table the importer uses. */
export function columnList(fields: readonly FieldSpec[]): string {
  return fields
    .map((field) => {
      const marks = `${field.required ? '*' : ''}${field.translatable ? '~' : ''}`;
      const aliases = field.aliases.length ? ` (${field.aliases.join(', ')})` : '';
      return `${field.name}${marks}${aliases}`;
    })
    .join(', ');
}
