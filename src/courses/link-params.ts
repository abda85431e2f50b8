/**
 * Adds a page's tracking parameters (`link-params`) to outbound course links: the link's own query stays, a key
 * given in both is replaced by ours, and the fragment is kept.
 */
export function withLinkParams(url: string, params: string | undefined | null): string {
  const extra = new URLSearchParams(params ?? '');
  if (!extra.size) return url;
  const link = new URL(url);
  // `set` then `append`, so a key repeated in `params` (a=1&a=2) arrives complete and replaces the link's.
  for (const key of new Set(extra.keys())) {
    const [first, ...rest] = extra.getAll(key);
    link.searchParams.set(key, first!);
    for (const value of rest) link.searchParams.append(key, value);
  }
  return link.href;
}
