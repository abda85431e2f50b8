/** A feed given on the command line: a file path or an http(s) URL, read as raw JSON (not yet validated). */
import { FeedError } from '../feed/errors.js';
import { fetchFeedText } from '../feed/load.js';
import { CliError } from './errors.js';
import { parseJson } from './parse-json.js';
import { readText } from './read-file.js';

const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

/** The widget's own fetch (timeout, one retry, same messages); validation then sees the whole feed. */
async function fetchText(url: string): Promise<string> {
  try {
    return (await fetchFeedText(url)).text;
  } catch (error) {
    throw error instanceof FeedError ? new CliError(error.message) : error;
  }
}

export async function readJsonSource(source: string): Promise<unknown> {
  const text = isUrl(source) ? await fetchText(source) : await readText(source);
  return parseJson(text, source);
}
