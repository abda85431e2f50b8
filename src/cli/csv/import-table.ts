/** One CSV file → the rows that pass the feed schema, plus everything to tell the publisher about the rest. */
import { readText } from '../read-file.js';
import { buildRecord } from './build-record.js';
import { checkRows, type ImportList, type RowProblem } from './check-rows.js';
import { mapColumns, type FieldSpec } from './columns.js';
import { courseFields, providerFields } from './fields.js';
import { parseCsv } from './parse-csv.js';

export interface ImportedRow {
  line: number;
  record: Record<string, unknown>;
  problems: RowProblem[];
}

export interface ImportedTable {
  source: string;
  list: ImportList;
  ignoredColumns: string[];
  rows: ImportedRow[];
}

/** The columns each list understands. */
const fieldsOf: Record<ImportList, readonly FieldSpec[]> = { providers: providerFields, courses: courseFields };

export async function importTable(
  source: string,
  list: ImportList,
  feed: Record<string, unknown>,
): Promise<ImportedTable> {
  const specs = fieldsOf[list];
  const table = parseCsv(await readText(source), source);
  const { columns, ignored } = mapColumns(table.header.cells, specs, source);
  const records = table.rows.map((row) => buildRecord(row.cells, columns, specs));
  const problems = checkRows(feed, list, records);
  return {
    source,
    list,
    ignoredColumns: ignored,
    rows: table.rows.map((row, index) => ({
      line: row.line,
      record: records[index]!,
      problems: problems.filter((problem) => problem.row === index),
    })),
  };
}

/** Rows without any problem: a row with even one ignored field is left out, so nothing changes silently. */
export const acceptedRecords = (table: ImportedTable): Record<string, unknown>[] =>
  table.rows.filter((row) => !row.problems.length).map((row) => row.record);
