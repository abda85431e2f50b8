/**
 * Fetches and validates feeds. One promise per absolute URL is shared by every element on the page, so a feed
 * is requested and validated once; a failed load is forgotten so that "try again" really asks again.
 */
import { FeedError } from './errors.js';
import { parseFeed, type ParsedFeed } from './parse.js';
import { formatProblem } from './problems.js';
import type { Feed } from './schema.js';

export interface LoadOptions {
  /** Aborts waiting for the feed (the shared request itself goes on for the other elements). */
  signal?: AbortSignal;
  /** Milliseconds before a request counts as timed out. Default 10 000. */
  timeout?: number;
}

const requests = new Map<string, Promise<Feed>>();
const validated = new WeakMap<object, Feed>();

/** Logs what was ignored or dropped, once per feed, in the words `rolefit validate` uses. */
function warnProblems(source: string, parsed: ParsedFeed): void {
  if (!parsed.problems.length) return;
  console.warn(
    `[rolefit] The feed ${source} has ${parsed.problems.length} problem(s); the rest of it is shown. Fix:\n` +
      parsed.problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'),
  );
}

function validate(input: unknown, url: string): Feed {
  try {
    const parsed = parseFeed(input);
    warnProblems(url || '(data property)', parsed);
    return parsed.feed;
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    const details = error.problems.slice(0, 5).map(formatProblem);
    throw new FeedError('invalid', [error.message, ...details].join('\n  '), url, undefined, error.problems);
  }
}

/** Validates a feed object given through the `data` property; the same object is validated only once. */
export function useFeedData(input: unknown): Feed {
  const key = typeof input === 'object' && input !== null ? input : undefined;
  const known = key && validated.get(key);
  if (known) return known;
  const feed = validate(input, '');
  if (key) validated.set(key, feed);
  return feed;
}

async function fetchOnce(url: string, timeout: number): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    return await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
  } catch {
    if (controller.signal.aborted) {
      throw new FeedError(
        'timeout',
        `The feed ${url} did not answer within ${timeout / 1000} s. Try again later.`,
        url,
      );
    }
    throw new FeedError(
      'network',
      `Could not reach the feed ${url}. Check the address, that the server is up, and that it allows ` +
        'cross-origin requests (CORS) when the feed is on another site.',
      url,
    );
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fetches a feed's raw text with the loader's timeout, single retry and error wording; shared with the CLI,
 * which must see the whole feed before validation.
 */
export async function fetchFeedText(url: string, timeout = 10_000): Promise<{ text: string; contentType: string }> {
  let response: Response;
  try {
    response = await fetchOnce(url, timeout);
    if (response.status >= 500) response = await fetchOnce(url, timeout);
  } catch (error) {
    if (!(error instanceof FeedError) || error.kind !== 'network') throw error;
    response = await fetchOnce(url, timeout);
  }
  if (!response.ok) {
    throw new FeedError(
      'http',
      `The feed server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}. ` +
        'Check the feed address.',
      url,
      response.status,
    );
  }
  try {
    return { text: await response.text(), contentType: response.headers.get('content-type') ?? 'no content type' };
  } catch {
    throw new FeedError('network', `The feed ${url} was cut off while loading. Try again.`, url);
  }
}

async function request(url: string, timeout: number): Promise<Feed> {
  const { text, contentType } = await fetchFeedText(url, timeout);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FeedError(
      'parse',
      `The feed ${url} is not valid JSON (${(error as Error).message}; the server sent ${contentType}). ` +
        'Check the file with a JSON validator or `rolefit validate`.',
      url,
    );
  }
  return validate(json, url);
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Loads and validates the feed at `url` (resolved against the page). Rejects with a `FeedError` whose `kind`
 * is `network`, `timeout`, `http`, `parse` or `invalid`.
 */
export function loadFeed(url: string | URL, options: LoadOptions = {}): Promise<Feed> {
  const absolute = new URL(url, globalThis.document?.baseURI).href;
  let shared = requests.get(absolute);
  if (!shared) {
    shared = request(absolute, options.timeout ?? 10_000);
    requests.set(absolute, shared);
    shared.catch(() => requests.delete(absolute));
  }
  return abortable(shared, options.signal);
}
