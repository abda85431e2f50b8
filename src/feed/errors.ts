import type { FeedProblem } from './problems.js';

/** Why a feed could not be used at all. Partial problems are warnings, not errors (see `FeedProblem`). */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'invalid';

/** A feed that cannot be shown. `message` says what to fix; `url` is absolute ('' for a `data` object). */
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
