import type { FeedProblem } from './problems.js';

/**
 * Why a feed could not be used at all. Partial problems are warnings, not errors (see `FeedProblem`).
 * `url`: the feed address does not parse; `too-large`: the feed is bigger than the byte limit (`max-feed-bytes`).
 */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'invalid' | 'url' | 'too-large';

/**
 * A feed that cannot be shown. `message` says what to fix; `url` is absolute ('' for a `data` object; the address
 * as given, cut to 2048 characters, for kind `url`).
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly url = '',
    readonly status?: number,
    readonly problems: readonly FeedProblem[] = [],
  ) {
    super(message);
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
