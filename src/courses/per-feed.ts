import type { Feed } from '../feed/schema.js';

/**
 * Wraps a computation over a feed so it runs once per feed object; the result is reused for as long as the feed
 * lives (validated feeds are never changed, so it cannot go stale).
 */
export function perFeed<T>(compute: (feed: Feed) => T): (feed: Feed) => T {
  const resultByFeed = new WeakMap<Feed, T>();
  return (feed) => {
    if (!resultByFeed.has(feed)) resultByFeed.set(feed, compute(feed));
    return resultByFeed.get(feed)!;
  };
}
