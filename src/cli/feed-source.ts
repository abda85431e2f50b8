/** A feed given on the command line: a file path or an http(s) URL, read as raw JSON (not yet validated). */
import { CliError } from './errors.js';
import { parseJson } from './parse-json.js';
import { readText } from './read-file.js';

const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

const timeoutMs = 10_000;

/**
 * Fetches the feed's text. `loadFeed` cannot be reused here: it returns only the usable part of a feed,
 * while validation must see every problem.
 */
async function fetchText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    throw new CliError(
      timedOut
        ? `The feed ${url} did not answer within ${timeoutMs / 1000} s.`
        : `Could not reach the feed ${url}. Check the address and your network.`,
    );
  }
  if (!response.ok) {
    throw new CliError(`The feed server answered ${response.status} for ${url}. Check the feed address.`);
  }
  return response.text();
}

export async function readJsonSource(source: string): Promise<unknown> {
  const text = isUrl(source) ? await fetchText(source) : await readText(source);
  return parseJson(text, source);
}
