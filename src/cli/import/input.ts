/**
 * An import's input, a file or an http(s) URL, read in chunks: JSON is parsed as it arrives (`@streamparser/json`)
 * and only the parts asked for are kept, so a catalogue of any size costs the memory of one course at a time.
 */
import { createReadStream } from 'node:fs';
import { JSONParser } from '@streamparser/json';
import { shorten } from '../../feed/problems.js';
import { CliError } from '../errors.js';

export const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

/** The longest wait for one URL (the answer and its whole body). */
const urlTimeout = 120_000;
/** The most bytes one input may have: more is not a course catalogue. */
export const maxInputBytes = 2 ** 30;

async function* urlChunks(url: string): AsyncGenerator<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(urlTimeout),
      headers: { accept: 'application/vnd.api+json, application/ld+json, application/json, text/html' },
    });
  } catch (error) {
    throw new CliError(
      `Could not load ${shorten(url)}: ${(error as Error).message}. Check the address and that the server is up.`,
    );
  }
  if (!response.ok || !response.body) {
    throw new CliError(
      `${shorten(url)} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    );
  }
  yield* response.body;
}

async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(path);
  try {
    yield* stream as AsyncIterable<Buffer>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`File not found: ${path}`);
    if (code === 'EISDIR') throw new CliError(`${path} is a folder, not a file.`);
    throw new CliError(`Cannot read ${path}: ${(error as Error).message}`);
  } finally {
    stream.destroy();
  }
}

/** The input's bytes, at most `maxInputBytes`. */
export async function* inputChunks(source: string): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of isUrl(source) ? urlChunks(source) : fileChunks(source)) {
    total += chunk.byteLength;
    if (total > maxInputBytes)
      throw new CliError(`${shorten(source)} is larger than ${maxInputBytes / 2 ** 20} MiB: split it.`);
    yield chunk;
  }
}

/** The whole input as text (an HTML page), at most `maxBytes`. */
export async function inputText(
  input: AsyncIterable<Uint8Array>,
  { source, maxBytes }: { source: string; maxBytes: number },
): Promise<string> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of input) {
    total += chunk.byteLength;
    if (total > maxBytes)
      throw new CliError(`${shorten(source)} is larger than ${maxBytes / 2 ** 20} MiB, too large for one page.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

/** A value the parser emitted, with where it sits: `['data', 3]` for `$.data.*`. */
export interface JsonPart {
  path: (string | number)[];
  value: unknown;
}

/**
 * The values at `paths` (JSONPath as `@streamparser/json` reads it: `$.data.*`) in the order they end, from a
 * stream of JSON chunks. Values not asked for are never built, and emitted ones are dropped from the parser's
 * stack (`keepStack: false`).
 */
export async function* jsonParts(
  chunks: AsyncIterable<Uint8Array>,
  options: { paths: string[]; source: string },
): AsyncGenerator<JsonPart> {
  const parser = new JSONParser({ paths: options.paths, keepStack: false });
  let ready: JsonPart[] = [];
  parser.onValue = ({ value, key, stack }) => {
    const path = [...stack.slice(1).map((element) => element.key), key].filter(
      (part): part is string | number => part !== undefined,
    );
    ready.push({ path, value });
  };
  const fail = (error: unknown): never => {
    throw new CliError(`${shorten(options.source)} is not valid JSON: ${(error as Error).message}`);
  };
  for await (const chunk of chunks) {
    if (parser.isEnded) break;
    try {
      parser.write(chunk);
    } catch (error) {
      fail(error);
    }
    yield* ready;
    ready = [];
  }
  if (!parser.isEnded) {
    try {
      parser.end();
    } catch (error) {
      fail(error);
    }
  }
  yield* ready;
}
