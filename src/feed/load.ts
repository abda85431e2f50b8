/**
 * Fetches and validates feeds. One promise per absolute URL (and byte limit) is shared by every element on the
 * page, so a feed is requested and validated once; a failed load is forgotten so that "try again" really asks
 * again, and a load that nobody waits for any more is cancelled, so superseded feeds do not hold connections.
 */
import { FeedError } from './errors.js';
import { parseFeed, type ParsedFeed } from './parse.js';
import { cut, problemLines, shorten } from './problems.js';
import type { Feed } from './schema.js';

/** The largest feed accepted by default: 20 MiB of JSON (after decompression), far above any real feed. */
export const defaultMaxFeedBytes = 20 * 1024 * 1024;
const defaultTimeout = 10_000;

/** Options of `fetchFeedText`. */
export interface FetchOptions {
  /**
   * Milliseconds for the whole load: the answer, a retry and the entire body. A feed still arriving after it
   * (a stalled or trickling server) counts as timed out. Default 10 000.
   */
  timeout?: number;
  /** Largest body accepted, in bytes after decompression; a bigger feed fails with kind `too-large`. */
  maxBytes?: number;
  /** Cancels the request. */
  signal?: AbortSignal;
}

export interface LoadOptions {
  /**
   * Stops waiting for the feed. The shared request goes on for the other elements; when no one waits for it any
   * more, it is cancelled and forgotten.
   */
  signal?: AbortSignal;
  /** See `FetchOptions.timeout`; the first caller of a shared request sets it. */
  timeout?: number;
  /**
   * See `FetchOptions.maxBytes`. Default `defaultMaxFeedBytes` (20 MiB). Requests are shared per URL and limit,
   * so an element with a smaller limit never receives a feed that only a larger limit let through.
   */
  maxBytes?: number;
}

/** One request shared by every caller asking for the same URL with the same limit. */
interface SharedRequest {
  feed: Promise<Feed>;
  /** Callers still waiting; callers without a signal can never leave, so they keep it alive. */
  waiters: number;
  settled: boolean;
  /** Cancels and forgets the request if it is unfinished and nobody waits for it. */
  release: () => void;
}

/** What one fetch attempt needs. */
interface Attempt {
  url: string;
  signal: AbortSignal;
  maxBytes: number;
}

/** How much of a feed address a message quotes: enough to recognise it, never a flood. */
const urlInMessages = 200;

const requests = new Map<string, SharedRequest>();
const validated = new WeakMap<object, Feed>();

/** Logs what was ignored or dropped, once per feed, in the words `rolefit validate` uses (the list is capped). */
function warnProblems(source: string, parsed: ParsedFeed): void {
  const found = parsed.problems.length + parsed.unlistedProblems;
  if (!found) return;
  console.warn(
    `[rolefit] The feed ${source} has ${found} problem(s); the rest of it is shown. Fix:\n` +
      problemLines(parsed.problems, parsed.unlistedProblems).join('\n'),
  );
}

function validate(input: unknown, url: string): Feed {
  try {
    const parsed = parseFeed(input);
    warnProblems(url ? cut(url, urlInMessages) : '(data property)', parsed);
    return parsed.feed;
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    // parseFeed's message already lists the first problems.
    throw new FeedError('invalid', error.message, { url, problems: error.problems });
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

function tooLarge(url: string, maxBytes: number): FeedError {
  // The MiB figure helps only from 1 MiB on; below that, "(0 MiB)" would say nothing.
  const mebibytes = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  const inMebibytes = mebibytes >= 1 ? ` (${mebibytes} MiB)` : '';
  return new FeedError(
    'too-large',
    `The feed ${cut(url, urlInMessages)} is larger than the limit of ${maxBytes} bytes${inMebibytes}. Make the feed smaller, ` +
      `or raise the limit with the max-feed-bytes attribute, e.g. max-feed-bytes="${maxBytes * 2}".`,
    { url },
  );
}

async function fetchOnce(attempt: Attempt): Promise<Response> {
  try {
    return await fetch(attempt.url, { signal: attempt.signal, headers: { accept: 'application/json' } });
  } catch (error) {
    // An abort is the deadline or a cancellation, not a reason to ask again: fetchFeedText words it.
    if (attempt.signal.aborted) throw error;
    throw new FeedError(
      'network',
      `Could not reach the feed ${cut(attempt.url, urlInMessages)}. Check the address, that the server is up, and that it allows ` +
        'cross-origin requests (CORS) when the feed is on another site.',
      { url: attempt.url },
    );
  }
}

/** The answer, asked for again once after a 5xx or a network error. */
async function fetchWithRetry(attempt: Attempt): Promise<Response> {
  try {
    const response = await fetchOnce(attempt);
    if (response.status < 500) return response;
    // Lets go of the body we will not read, so its connection is free for the retry.
    response.body?.cancel().catch(() => undefined);
  } catch (error) {
    if (!(error instanceof FeedError) || error.kind !== 'network') throw error;
  }
  return fetchOnce(attempt);
}

/**
 * The body as UTF-8 text, read as a stream and refused as soon as it passes `maxBytes` (a gzip bomb is stopped
 * after the limit, not after unpacking a gigabyte). The decoder carries characters split across chunks. A body
 * left unread is cancelled by fetchFeedText's one abort.
 */
async function readBody(response: Response, attempt: Attempt): Promise<string> {
  // For a compressed answer this is the compressed size: a lower bound, enough to refuse early.
  if (Number(response.headers.get('content-length')) > attempt.maxBytes) throw tooLarge(attempt.url, attempt.maxBytes);
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let received = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      // An abort (the deadline, a cancellation) is worded by fetchFeedText instead.
      throw new FeedError('network', `The feed ${cut(attempt.url, urlInMessages)} was cut off while loading. Try again.`, {
        url: attempt.url,
      });
    }
    if (chunk.done) return text + decoder.decode();
    received += chunk.value.byteLength;
    if (received > attempt.maxBytes) throw tooLarge(attempt.url, attempt.maxBytes);
    text += decoder.decode(chunk.value, { stream: true });
  }
}

/** Feeds are UTF-8 JSON; a server announcing another charset gets its text read as UTF-8 anyway, so say so. */
function warnCharset(url: string, contentType: string): void {
  const charset = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(contentType)?.[1];
  if (!charset || /^utf-?8$/i.test(charset)) return;
  console.warn(
    `[rolefit] The feed ${cut(url, urlInMessages)} is served as charset=${shorten(charset, 20)}, but a feed is UTF-8 JSON and is ` +
      'read as UTF-8: letters such as ä, ö, ü may show as �. Save the feed as UTF-8 and serve it with ' +
      '"Content-Type: application/json; charset=utf-8".',
  );
}

/**
 * Fetches a feed's raw text with the loader's deadline, single retry, byte limit and error wording; shared with
 * the CLI, which must see the whole feed before validation. A number for `options` is the timeout (the
 * signature before the options existed, kept for callers of this public function).
 *
 * Every way a load ends early goes through one abort: the deadline aborts with the timeout error, the caller's
 * signal with its reason, and the end of the load (a refused status or size included) with none, which cancels
 * whatever of the body is still unread.
 */
export async function fetchFeedText(
  url: string,
  optionsOrTimeout: FetchOptions | number = {},
): Promise<{ text: string; contentType: string }> {
  const options = typeof optionsOrTimeout === 'number' ? { timeout: optionsOrTimeout } : optionsOrTimeout;
  const timeout = options.timeout ?? defaultTimeout;
  const controller = new AbortController();
  const cancel = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) cancel();
  options.signal?.addEventListener('abort', cancel, { once: true });
  // One deadline for everything: a server that sends its headers and then stalls or trickles times out too.
  const timer = setTimeout(() => {
    const late = `The feed ${cut(url, urlInMessages)} did not finish loading within ${timeout / 1000} s. Try again later.`;
    controller.abort(new FeedError('timeout', late, { url }));
  }, timeout);
  const attempt: Attempt = { url, signal: controller.signal, maxBytes: options.maxBytes ?? defaultMaxFeedBytes };
  try {
    const response = await fetchWithRetry(attempt);
    if (!response.ok) {
      const statusText = response.statusText ? ` ${shorten(response.statusText)}` : '';
      throw new FeedError(
        'http',
        `The feed server answered ${response.status}${statusText} for ${cut(url, urlInMessages)}. Check the feed address.`,
        { url, status: response.status },
      );
    }
    const contentType = response.headers.get('content-type');
    warnCharset(url, contentType ?? '');
    const text = await readBody(response, attempt);
    return { text, contentType: contentType === null ? 'no content type' : shorten(contentType) };
  } catch (error) {
    throw controller.signal.aborted ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
    controller.abort();
    options.signal?.removeEventListener('abort', cancel);
  }
}

async function request(url: string, options: FetchOptions): Promise<Feed> {
  const { text, contentType } = await fetchFeedText(url, options);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FeedError(
      'parse',
      `The feed ${cut(url, urlInMessages)} is not valid JSON (${(error as Error).message}; the server sent ${contentType}). ` +
        'Check the file with a JSON validator or `rolefit validate`.',
      { url },
    );
  }
  return validate(json, url);
}

/** Starts a request shared under `key`; it forgets itself when it fails or is released unfinished. */
function share(key: string, url: string, options: FetchOptions): SharedRequest {
  const controller = new AbortController();
  const forget = () => {
    if (requests.get(key) === shared) requests.delete(key);
  };
  const shared: SharedRequest = {
    feed: request(url, { ...options, signal: controller.signal }),
    waiters: 0,
    settled: false,
    release: () => {
      if (shared.waiters > 0 || shared.settled) return;
      controller.abort();
      forget();
    },
  };
  shared.feed.then(
    () => {
      shared.settled = true;
    },
    () => {
      shared.settled = true;
      forget();
    },
  );
  requests.set(key, shared);
  return shared;
}

/**
 * One caller's wait for a shared request. When the last caller with a signal stops waiting, the request is
 * released after the current microtasks, so an element that is only moved (removed and appended again at once)
 * keeps its request.
 */
function wait(shared: SharedRequest, signal: AbortSignal | undefined): Promise<Feed> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  shared.waiters += 1;
  if (!signal) return shared.feed;
  return new Promise<Feed>((resolve, reject) => {
    const onAbort = () => {
      shared.waiters -= 1;
      reject(signal.reason);
      if (shared.waiters === 0) queueMicrotask(shared.release);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.feed.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The longest address kept in an error's `url` (the usual limit of URLs in browsers and servers). */
const maxAddressLength = 2048;

function badAddress(url: unknown): FeedError {
  const given = String(url);
  return new FeedError(
    'url',
    `The feed address ${shorten(given, 120)} is not a valid URL. Check the feed attribute (or the URL given to ` +
      'loadFeed).',
    { url: given.slice(0, maxAddressLength) },
  );
}

/**
 * Loads and validates the feed at `url` (resolved against the page). Rejects with a `FeedError` whose `kind`
 * is `url`, `network`, `timeout`, `http`, `too-large`, `parse` or `invalid`.
 */
export function loadFeed(url: string | URL, options: LoadOptions = {}): Promise<Feed> {
  let absolute: string;
  try {
    absolute = new URL(url, globalThis.document?.baseURI).href;
  } catch {
    return Promise.reject(badAddress(url));
  }
  const maxBytes = options.maxBytes ?? defaultMaxFeedBytes;
  const key = `${maxBytes} ${absolute}`;
  const shared = requests.get(key) ?? share(key, absolute, { timeout: options.timeout, maxBytes });
  return wait(shared, options.signal);
}
