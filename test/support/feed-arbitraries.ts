/**
 * fast-check arbitraries shared by the fuzz tests: the edges of the feed format and randomly damaged copies of a
 * valid feed.
 */
import fc from 'fast-check';
import type { FeedJson } from './dom.js';

type Path = (string | number)[];

/** An object or array of parsed JSON, by key or index. */
type JsonContainer = Record<string | number, unknown>;

const isContainer = (value: unknown): value is JsonContainer => typeof value === 'object' && value !== null;

/** Every path in a JSON value, the root excluded. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...pathsOf(child, path)];
  });
}

/** The object or array that holds the entry at `path` in `root`; undefined when the path leads nowhere. */
export function parentOf(root: unknown, path: Path): JsonContainer | undefined {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (!isContainer(node)) return undefined;
    node = node[key];
  }
  return isContainer(node) ? node : undefined;
}

/** Values worth trying besides random JSON: the edges of the feed format and of JavaScript objects. */
export const nasty = fc.constantFrom<unknown>(
  'constructor',
  '__proto__',
  'toString',
  '',
  ' ',
  'x'.repeat(5001),
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -1,
  0,
  1e308,
  1001,
  'fr-12',
  null,
  [],
  {},
  { en: '' },
  'javascript:alert(1)',
  '2027-02-30',
  '2027-02-28',
  'https://',
  'https://example.org/a b',
  'EUR',
  'eur',
  'online',
  { de: 'Text', XX: 'bad key' },
  { 'a.b': 1, c: 2 },
  JSON.parse('{"__proto__": "x", "de": "y"}'),
);

const mutation = fc.record({
  at: fc.nat(),
  action: fc.constantFrom('delete', 'replace'),
  value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), nasty),
});

/** A copy of `feed` with up to six fields deleted or replaced. */
export function damaged(feed: FeedJson) {
  const paths = pathsOf(feed);
  return fc.array(mutation, { minLength: 1, maxLength: 6 }).map((mutations) => {
    const copy = structuredClone(feed);
    for (const { at, action, value } of mutations) {
      const path = paths[at % paths.length]!;
      const parent = parentOf(copy, path);
      if (!parent) continue;
      const key = path[path.length - 1]!;
      if (action === 'delete') delete parent[key];
      // A copy: `nasty` hands out the same object every time, and a later mutation may write into what an
      // earlier one inserted, which would change that shared object for every later case (even make it cyclic).
      else parent[key] = structuredClone(value);
    }
    return copy;
  });
}
