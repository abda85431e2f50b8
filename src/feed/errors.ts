import type { FeedProblem } from './problems.js';

/**
 * Why a feed could not be used at all. Partial problems are warnings, not errors (see `FeedProblem`).
 * `url`: the feed address does not parse; `too-large`: the feed is bigger than the byte limit (`max-feed-bytes`).
 */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'invalid' | 'url' | 'too-large';

/** What a `FeedError` knows beside its kind and message; see the properties of the same names. */
export interface FeedErrorOptions {
  url?: string;
  status?: number;
  problems?: readonly FeedProblem[];
}

/**
 * A feed that cannot be shown. `message` says what to fix; `url` is absolute ('' for a `data` object; the address
 * as given, cut to 2048 characters, for kind `url`).
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly url: string;
  /** The HTTP status, for kind `http`. */
  readonly status?: number;
  /** For kind `invalid`: the problems that left nothing usable, as `parseFeed` lists them. */
  readonly problems: readonly FeedProblem[];

  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    options: FeedErrorOptions = {},
  ) {
    super(message);
    this.url = options.url ?? '';
    this.status = options.status;
    this.problems = options.problems ?? [];
  }

  /** The `rolefit-error` event detail. */
  toDetail(): FeedErrorDetail {
    const detail: FeedErrorDetail = { kind: this.kind, message: this.message, url: this.url };
    if (this.status !== undefined) detail.status = this.status;
    return detail;
  }
}

export interface FeedErrorDetail {
  kind: FeedErrorKind;
  message: string;
  url: string;
  status?: number;
}
