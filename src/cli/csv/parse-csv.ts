/**
 * CSV as spreadsheets export it: `;` (German Excel) or `,` separators, detected from the header line; quoted
 * fields with doubled quotes and line breaks; CRLF, LF or CR line ends. Each row keeps the physical line it
 * starts on, so problems point to where the editor sees them.
 */
import { CliError } from '../errors.js';

export type Separator = ';' | ',';

export interface CsvRow {
  /** 1-based physical line where the row starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  separator: Separator;
  header: CsvRow;
  /** Data rows; blank rows (empty lines, or only separators) are skipped. */
  rows: CsvRow[];
}

/** The separator used more often outside quotes in the first line (`,` on a tie, e.g. a single column). */
export function detectSeparator(text: string): Separator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

function splitRows(text: string, separator: Separator, source: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let cellStarted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  const endCell = () => {
    cells.push(cell);
    cell = '';
    cellStarted = false;
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    const lineBreak = char === '\n' || char === '\r';
    // CRLF is one line break.
    if (char === '\r' && text[index + 1] === '\n') index++;
    if (lineBreak) line++;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += lineBreak ? '\n' : char;
      continue;
    }
    if (char === '"' && !cellStarted) {
      quoted = true;
      quoteLine = line;
      cellStarted = true;
    } else if (char === separator) endCell();
    else if (lineBreak) {
      endCell();
      rows.push({ line: rowLine, cells });
      cells = [];
      rowLine = line;
    } else {
      cell += char;
      cellStarted = true;
    }
  }
  if (quoted)
    throw new CliError(
      `${source}: the quoted field that starts on line ${quoteLine} is never closed (a " is missing).`,
    );
  if (cellStarted || cells.length) {
    endCell();
    rows.push({ line: rowLine, cells });
  }
  return rows;
}

const isBlank = (row: CsvRow): boolean => row.cells.every((cell) => cell.trim() === '');

export function parseCsv(text: string, source: string): CsvTable {
  const separator = detectSeparator(text);
  const [header, ...rows] = splitRows(text, separator, source).filter((row) => !isBlank(row));
  if (!header) throw new CliError(`${source} is empty: it needs a header line with the column names.`);
  return { separator, header, rows };
}
