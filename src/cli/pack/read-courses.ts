/**
 * Reading a catalogue too large for one JSON.parse: a feed file streamed (its small lists whole, its courses one
 * by one, never the whole array), or JSON Lines read line by line.
 */
import { JSONParser } from '@streamparser/json';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { CliError } from '../errors.js';
import { jsonErrorReason } from '../parse-json.js';

/** The feed's fields besides `courses`: only these are kept whole while streaming. */
const feedFields = ['$schema', 'version', 'lang', 'updated', 'notice', 'roles', 'questions', 'providers'];

export interface FeedStreamHandlers {
  /** Each of the feed's fields besides courses, as soon as it is read. */
  field(key: string, value: unknown): void;
  /** Each course, in order; `position` is its index in the feed's `courses` list. */
  course(raw: unknown, position: number): void;
}

function readError(file: string, error: Error): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new CliError(`File not found: ${file}`);
  if (code === 'EISDIR') return new CliError(`${file} is a folder, not a file.`);
  return new CliError(`Cannot read ${file}: ${error.message}`);
}

export async function streamFeed(file: string, handlers: FeedStreamHandlers): Promise<void> {
  const parser = new JSONParser({
    paths: [...feedFields.map((key) => `$.${key}`), '$.courses.*'],
    // Without it the parser would keep every course already handed out in the courses array it builds.
    keepStack: false,
  });
  parser.onValue = ({ value, key, stack }) => {
    if (stack.length === 1) return handlers.field(String(key), value);
    if (typeof key !== 'number') throw new CliError(`${file}: "courses" must be a list of courses.`);
    handlers.course(value, key);
  };
  try {
    for await (const chunk of createReadStream(file)) parser.write(chunk as Buffer);
  } catch (error) {
    if (error instanceof CliError) throw error;
    if ((error as NodeJS.ErrnoException).code) throw readError(file, error as Error);
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (!parser.isEnded) throw new CliError(`${file} is not valid JSON: it ends too early.`);
}

export interface LineHandlers {
  /** Each line that is JSON, with its index (line number - 1); blank lines are skipped. */
  value(raw: unknown, index: number): void;
  /** Each line that is not JSON, with JSON.parse's reason. */
  broken(index: number, reason: string): void;
}

export async function readJsonLines(file: string, handlers: LineHandlers): Promise<void> {
  const input = createReadStream(file);
  // Without it an unreadable file would reject after the loop below started waiting on lines.
  const opened = new Promise<void>((resolve, reject) => {
    input.once('open', () => resolve());
    input.once('error', reject);
  });
  await opened.catch((error: Error) => {
    throw readError(file, error);
  });
  let index = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    const text = index === 0 ? line.replace(/^\uFEFF/, '') : line;
    if (text.trim()) {
      let value: unknown;
      let reason: string | undefined;
      try {
        value = JSON.parse(text);
      } catch (error) {
        reason = jsonErrorReason(error as Error);
      }
      if (reason === undefined) handlers.value(value, index);
      else handlers.broken(index, reason);
    }
    index++;
  }
}
