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
  | { code: 'custom'; test: (value: string) => boolean; message?: string };

export type Rule =
  | { type: 'string' | 'number'; checks?: Check[] }
  | { type: 'array'; item: Rule; checks?: Check[] }
  | { type: 'object'; shape: Record<string, Rule> }
  | { type: 'record'; key: Rule; value: Rule }
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
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Failed checks let validation go on (zod's `continue`); a wrong type or value stops it. */
const stops = (issues: FeedIssue[], from = 0): boolean =>
  issues.slice(from).some(({ code }) => !['too_small', 'too_big', 'invalid_format', 'custom'].includes(code));

/** A union option that cannot match this kind of value at all: skipped on the fast path. */
function mismatch(rule: Rule, input: unknown): boolean {
  if (rule.type === 'string' || rule.type === 'number') return typeof input !== rule.type;
  return (rule.type === 'object' || rule.type === 'record') && !isObject(input);
}

function passes(check: Check, value: string | number | unknown[]): boolean {
  if (check.code === 'invalid_format') return check.pattern.test(value as string);
  if (check.code === 'custom') return check.test(value as string);
  const size = typeof value === 'number' ? value : value.length;
  return check.code === 'too_small' ? size >= check.limit : size <= check.limit;
}

function report(issues: FeedIssue[], path: Key[], issue: Omit<FeedIssue, 'path'>): void {
  issues.push({ ...issue, path: [...path] });
}

/** Validates `value` as entry `key` of the value at `path`. */
function nested(rule: Rule, value: unknown, key: Key, path: Key[], issues: FeedIssue[]): unknown {
  path.push(key);
  const result = walk(rule, value, path, issues);
  path.pop();
  return result;
}

/**
 * Validates `input` at `path` (a stack the walk pushes to and pops from), adds its issues to `issues` and
 * returns the cleaned value. One issue list and one path for the whole walk keep a 10,000-course feed fast.
 */
function walk(rule: Rule, input: unknown, path: Key[], issues: FeedIssue[]): unknown {
  const start = issues.length;
  switch (rule.type) {
    case 'optional':
      return input === undefined ? rule.fallback : walk(rule.inner, input, path, issues);
    case 'enum':
      if (!rule.values.includes(input)) report(issues, path, { code: 'invalid_value', values: rule.values });
      return input;
    case 'union': {
      for (const option of rule.options) {
        if (mismatch(option, input)) continue;
        const own: FeedIssue[] = [];
        const value = walk(option, input, path, own);
        if (!own.length) return value;
      }
      // No option matched: like zod, when only one option got as far as its checks, its issues say more than
      // "none matched".
      const tries = rule.options.map((option) => {
        const own: FeedIssue[] = [];
        walk(option, input, path, own);
        return own;
      });
      const near = tries.filter((own) => !stops(own));
      if (near.length === 1) issues.push(...near[0]!);
      else report(issues, path, { code: 'invalid_union' });
      return input;
    }
    case 'object': {
      if (!isObject(input)) return (report(issues, path, { code: 'invalid_type', expected: 'object' }), input);
      const output: Record<string, unknown> = {};
      for (const key in rule.shape) {
        const value = nested(rule.shape[key]!, input[key], key, path, issues);
        if (value !== undefined) output[key] = value;
      }
      return output;
    }
    case 'record': {
      if (!isObject(input)) return (report(issues, path, { code: 'invalid_type', expected: 'record' }), input);
      const output: Record<string, unknown> = {};
      for (const key of Object.keys(input)) {
        // Assigning "__proto__" would change the output's prototype instead of adding a key.
        if (key === '__proto__') continue;
        const keyIssues: FeedIssue[] = [];
        walk(rule.key, key, [], keyIssues);
        if (keyIssues.length) {
          issues.push({ code: 'invalid_key', path: [...path, key], key: keyIssues[0] });
          continue;
        }
        output[key] = nested(rule.value, input[key], key, path, issues);
      }
      return output;
    }
  }
  let value = input;
  if (rule.type === 'array') {
    if (!Array.isArray(input)) return (report(issues, path, { code: 'invalid_type', expected: 'array' }), input);
    // Array.from visits holes too ([1, , 2] has an undefined entry, as zod sees it).
    value = Array.from(input, (item, index) => nested(rule.item, item, index, path, issues));
  } else if (typeof input !== rule.type || (rule.type === 'number' && !Number.isFinite(input))) {
    return (report(issues, path, { code: 'invalid_type', expected: rule.type }), input);
  }
  const stopped = stops(issues, start);
  for (const each of rule.checks ?? []) {
    // A failed entry stops the list's other checks, but not its length checks (zod's `when`).
    if (stopped && !(rule.type === 'array' && 'limit' in each)) continue;
    if (passes(each, input as string)) continue;
    report(issues, path, {
      code: each.code,
      origin: rule.type,
      limit: (each as { limit?: number }).limit,
      message: each.message,
    });
  }
  return value;
}

/** Validates `input` against `rule`: the cleaned value and every issue, in zod's order. */
export function check(rule: Rule, input: unknown): Outcome {
  const issues: FeedIssue[] = [];
  return { value: walk(rule, input, [], issues), issues };
}
