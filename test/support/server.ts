/** Helpers for tests that talk to the misbehaving routes of test/support/faulty-server.mjs. */
let counter = 0;

/** A key no other test (or earlier run in this page) has used, so request counts start at 0. */
export const uniqueKey = (name: string): string => `${name}-${Date.now().toString(36)}-${(counter += 1)}`;

/** How many requests the faulty server has seen for `key`. */
export async function hits(key: string): Promise<number> {
  const response = await fetch(`/faulty/hits/${key}`);
  return ((await response.json()) as { hits: number }).hits;
}
