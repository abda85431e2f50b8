/**
 * The browser's feed validator: a small interpreter for rules that `scripts/gen-rules.mjs` derives from the zod
 * schema (`rules.generated.ts`). zod stays the single source of truth; the bundle ships these rules instead of
 * zod's runtime (about 7 KB min+gzip). It reproduces what the parser relies on from `z.safeParse`: success, the
 * cleaned value (unknown keys stripped, defaults applied) and the issues with their paths, first issue per path
 * first. `test/feed/rules.test.ts` checks that on generated and mutated feeds against zod itself.
 */

type Key = string | number;

/** One check on a value that already has the right type; `limit` counts characters, entries or the number. */
export type Check =
  | { code: 'too_small' | 'too_big'; limit: number; message?: string }
  | { code: 'invalid_format'; pattern: RegExp; message?: string }
  /** A function of checks.ts; its parameter is the type the check belongs to (a string, a record). */
  | { code: 'custom'; test: (value: never) => boolean; message?: string };

export type Rule =
  | { type: 'string' | 'number'; checks?: Check[] }
  | { type: 'array'; item: Rule; checks?: Check[] }
  | { type: 'object'; shape: Record<string, Rule> }
  | { type: 'record'; key: Rule; value: Rule; checks?: Check[] }
  | { type: 'union'; options: Rule[] }
  | { type: 'enum'; values: readonly unknown[] }
  /** An optional field; `fallback` is its default value, if it has one. */
  | { type: 'optional'; inner: Rule; fallback?: unknown };

export type ObjectRule = Extract<Rule, { type: 'object' }>;

/** One reason a value failed, with zod's issue codes (problems.ts words them). */
export interface FeedIssue {
  code: string;
  path: Key[];
  /** The expected type of an `invalid_type`. */
  expected?: string;
  /** The type a failed check was about: `string`, `number` or `array`. */
  origin?: string;
  limit?: number;
  /** The allowed values of an `invalid_value`. */
  values?: readonly unknown[];
  /** The schema's own wording, when it has one. */
  message?: string;
  /** Why the key of an `invalid_key` failed. */
  key?: FeedIssue;
}

export interface Outcome {
  value: unknown;
  issues: FeedIssue[];
  /** The walk stopped at the issue limit: there is at least one more issue than `issues` holds. */
  truncated: boolean;
}

/**
 * The state of one walk: the path (a stack the walk pushes to and pops from), the issues so far, and the most
 * it may collect. One walk object for the whole input keeps a 10,000-course feed fast; once it is `truncated`,
 * every loop stops, so a list of 300,000 bad entries costs as much as its first few.
 */
interface Walk {
  path: Key[];
  issues: FeedIssue[];
  limit: number;
  truncated: boolean;
}

/** A JSON object: not null, not a list. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own entries only: a page that set `Object.prototype.price` must not give every course a price. */
export const own = (input: object, key: Key): unknown =>
  Object.hasOwn(input, key) ? (input as Record<Key, unknown>)[key] : undefined;

/** Failed checks let validation go on (zod's `continue`); a wrong type or value stops it. */
const stops = (issues: FeedIssue[], from = 0): boolean =>
  issues.slice(from).some(({ code }) => !['too_small', 'too_big', 'invalid_format', 'custom'].includes(code));

/**
 * What each rule type with a JavaScript type of its own accepts; anything else fails with `invalid_type` before
 * the rule looks further (a number must be finite: zod refuses Infinity and NaN).
 */
const typeTests: Partial<Record<Rule['type'], (input: unknown) => boolean>> = {
  string: (input) => typeof input === 'string',
  number: Number.isFinite,
  array: Array.isArray,
  object: isObject,
  record: isObject,
};

/** `input` is not of the rule's type (optional, enum and union rules have no type of their own). */
const wrongType = (rule: Rule, input: unknown): boolean => typeTests[rule.type]?.(input) === false;

function passes(check: Check, value: unknown): boolean {
  if (check.code === 'invalid_format') return check.pattern.test(value as string);
  if (check.code === 'custom') return check.test(value as never);
  const size = typeof value === 'number' ? value : (value as string | unknown[]).length;
  return check.code === 'too_small' ? size >= check.limit : size <= check.limit;
}

/** Adds `issue` (a fresh object, given its path here) unless the walk is full, which it then marks. */
function report(walk: Walk, issue: Omit<FeedIssue, 'path'>): void {
  if (walk.issues.length >= walk.limit) {
    walk.truncated = true;
    return;
  }
  (issue as FeedIssue).path = [...walk.path];
  walk.issues.push(issue as FeedIssue);
}

/** A walk of its own, for a union option or a record key: at most `limit` issues. */
const branch = (path: Key[], limit: number): Walk => ({ path, issues: [], limit, truncated: false });

/** Runs `step` with `key` added to the walk's path: for an entry of an object, record or array. */
function atKey<T>(walk: Walk, key: Key, step: () => T): T {
  walk.path.push(key);
  const result = step();
  walk.path.pop();
  return result;
}

/**
 * A union: the first option without issues wins. Otherwise, like zod, when only one option got as far as its
 * checks, its issues say more than "none matched"; an option of the wrong kind fails on its type and never does.
 * An option cut off at the limit counts as failed outright: "none matched" is then the shorter, true report.
 */
function visitUnion(options: Rule[], input: unknown, walk: Walk): unknown {
  const room = walk.limit - walk.issues.length;
  const near: Walk[] = [];
  for (const option of options) {
    // An option of the wrong type fails on its type, which stops it: skipped without a walk.
    if (wrongType(option, input)) continue;
    // At least one issue, or a failing option would look like a match.
    const attempt = branch(walk.path, Math.max(room, 1));
    const value = visit(option, input, attempt);
    if (!attempt.issues.length) return value;
    if (!attempt.truncated && !stops(attempt.issues)) near.push(attempt);
  }
  if (near.length !== 1) {
    report(walk, { code: 'invalid_union' });
    return input;
  }
  const [only] = near as [Walk];
  walk.issues.push(...only.issues.slice(0, room));
  if (only.issues.length > room) walk.truncated = true;
  return input;
}

/** Validates `input` at the walk's path, adds its issues to the walk and returns the cleaned value. */
function visit(rule: Rule, input: unknown, walk: Walk): unknown {
  if (wrongType(rule, input)) {
    report(walk, { code: 'invalid_type', expected: rule.type });
    return input;
  }
  const start = walk.issues.length;
  let value = input;
  switch (rule.type) {
    case 'optional':
      return input === undefined ? rule.fallback : visit(rule.inner, input, walk);
    case 'enum':
      if (!rule.values.includes(input)) report(walk, { code: 'invalid_value', values: rule.values });
      return input;
    case 'union':
      return visitUnion(rule.options, input, walk);
    case 'object': {
      const output: Record<string, unknown> = {};
      for (const key of Object.keys(rule.shape)) {
        if (walk.truncated) break;
        // `wrongType` has let only objects through to here.
        const field = atKey(walk, key, () => visit(rule.shape[key]!, own(input as object, key), walk));
        if (field !== undefined) output[key] = field;
      }
      return output;
    }
    case 'record': {
      // `wrongType` has let only objects through to here.
      const entries = input as Record<string, unknown>;
      const output: Record<string, unknown> = {};
      for (const key of Object.keys(entries)) {
        if (walk.truncated) break;
        // Assigning "__proto__" would change the output's prototype instead of adding a key.
        if (key === '__proto__') continue;
        const keyCheck = branch([], 1);
        visit(rule.key, key, keyCheck);
        if (keyCheck.issues.length) {
          atKey(walk, key, () => report(walk, { code: 'invalid_key', key: keyCheck.issues[0] }));
          continue;
        }
        output[key] = atKey(walk, key, () => visit(rule.value, entries[key], walk));
      }
      // The record's own checks judge the cleaned value, as zod's do.
      value = output;
      break;
    }
    case 'array': {
      // `wrongType` has let only arrays through to here.
      const list = input as unknown[];
      const output: unknown[] = [];
      // Every index up to the length, holes too ([1, , 2] has an undefined entry, as zod sees it).
      for (let index = 0; index < list.length && !walk.truncated; index++)
        output.push(atKey(walk, index, () => visit(rule.item, own(list, index), walk)));
      value = output;
      break;
    }
  }
  const stopped = stops(walk.issues, start);
  for (const each of rule.checks ?? []) {
    // A failed entry stops the list's other checks, but not its length checks (zod's `when`).
    if (stopped && !(rule.type === 'array' && 'limit' in each)) continue;
    if (passes(each, value)) continue;
    report(walk, {
      code: each.code,
      origin: rule.type,
      limit: (each as { limit?: number }).limit,
      message: each.message,
    });
  }
  return value;
}

/**
 * Validates `input` against `rule`: the cleaned value and the issues in zod's order. With a `limit`, the walk stops
 * when it would collect more issues and says so (`truncated`): a value with at most `limit` issues gets exactly
 * the unlimited result, any other value costs no more than finding `limit` issues.
 */
export function check(rule: Rule, input: unknown, limit = Number.POSITIVE_INFINITY): Outcome {
  const walk = branch([], limit);
  const value = visit(rule, input, walk);
  return { value, issues: walk.issues, truncated: walk.truncated };
}
