/**
 * JSON.parse with a location a person can find: line and column, plus the line itself with a caret. Node 20's
 * messages give a position only for some errors, so the position is found by bisecting for the shortest prefix
 * that fails for a reason other than "ended too early".
 */
import { CliError } from './errors.js';

function failsBeforeEnd(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    const message = (error as Error).message;
    if (/end of JSON input/.test(message)) return false;
    const position = /at position (\d+)/.exec(message);
    return !position || Number(position[1]) < prefix.length;
  }
}

/** Index of the first character JSON.parse cannot accept. */
function errorOffset(text: string): number {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (failsBeforeEnd(text.slice(0, middle + 1))) high = middle;
    else low = middle + 1;
  }
  return Math.min(low, text.length);
}

export interface TextLocation {
  line: number;
  column: number;
  lineText: string;
}

export function locate(text: string, offset: number): TextLocation {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = text.indexOf('\n', offset);
  return {
    line: before.split('\n').length,
    column: offset - lineStart + 1,
    lineText: text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, ''),
  };
}

/** The reason without V8's echo of the input and position, which the location replaces. */
export function jsonErrorReason(error: Error): string {
  return error.message
    .replace(/, (\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/^Unexpected end of JSON input$/, 'Unexpected end of the file');
}

/** A caret under the column; long lines are cut around it so the caret stays visible. */
function excerpt({ lineText, column }: TextLocation): string {
  const start = Math.max(0, column - 40);
  const shown = lineText.slice(start, start + 80).replace(/\t/g, ' ');
  return `  ${shown}\n  ${' '.repeat(column - 1 - start)}^`;
}

export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const location = locate(text, errorOffset(text));
    throw new CliError(
      `${source} is not valid JSON: line ${location.line}, column ${location.column}: ${jsonErrorReason(error as Error)}.\n` +
        excerpt(location),
    );
  }
}
