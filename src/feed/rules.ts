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
const stops = (issues: FeedIssue[]): boolean =>
  issues.some(({ code }) => !['too_small', 'too_big', 'invalid_format', 'custom'].includes(code));

function passes(check: Check, value: string | number | unknown[]): boolean {
  if (check.code === 'invalid_format') return check.pattern.test(value as string);
  if (check.code === 'custom') return check.test(value as string);
  const size = typeof value === 'number' ? value : value.length;
  return check.code === 'too_small' ? size >= check.limit : size <= check.limit;
}

/** Adds `key` in front of the paths of a nested value's issues. */
function nest(into: FeedIssue[], key: Key, issues: FeedIssue[]): void {
  for (const issue of issues) into.push({ ...issue, path: [key, ...issue.path] });
}

/** Validates `input` against `rule`. */
export function check(rule: Rule, input: unknown): Outcome {
  const issues: FeedIssue[] = [];
  const fail = (issue: Omit<FeedIssue, 'path'>): Outcome => ({ value: input, issues: [{ ...issue, path: [] }] });
  let value = input;
  switch (rule.type) {
    case 'optional':
      return input === undefined ? { value: rule.fallback, issues } : check(rule.inner, input);
    case 'enum':
      return rule.values.includes(input) ? { value, issues } : fail({ code: 'invalid_value', values: rule.values });
    case 'union': {
      const outcomes: Outcome[] = [];
      for (const option of rule.options) {
        const outcome = check(option, input);
        if (!outcome.issues.length) return outcome;
        outcomes.push(outcome);
      }
      // Like zod: when only one option got as far as its checks, its issues say more than "none matched".
      const near = outcomes.filter((outcome) => !stops(outcome.issues));
      return near.length === 1 ? near[0]! : fail({ code: 'invalid_union' });
    }
    case 'object': {
      if (!isObject(input)) return fail({ code: 'invalid_type', expected: 'object' });
      const output: Record<string, unknown> = {};
      for (const [key, fieldRule] of Object.entries(rule.shape)) {
        const field = check(fieldRule, input[key]);
        nest(issues, key, field.issues);
        if (field.value !== undefined) output[key] = field.value;
      }
      return { value: output, issues };
    }
    case 'record': {
      if (!isObject(input)) return fail({ code: 'invalid_type', expected: 'record' });
      const output: Record<string, unknown> = {};
      for (const key of Object.keys(input)) {
        // Assigning "__proto__" would change the output's prototype instead of adding a key.
        if (key === '__proto__') continue;
        const keyIssue = check(rule.key, key).issues[0];
        if (keyIssue) {
          issues.push({ code: 'invalid_key', path: [key], key: keyIssue });
          continue;
        }
        const entry = check(rule.value, input[key]);
        nest(issues, key, entry.issues);
        output[key] = entry.value;
      }
      return { value: output, issues };
    }
    case 'array':
      if (!Array.isArray(input)) return fail({ code: 'invalid_type', expected: 'array' });
      // Array.from visits holes too ([1, , 2] has an undefined entry, as zod sees it).
      value = Array.from(input, (item, index) => {
        const entry = check(rule.item, item);
        nest(issues, index, entry.issues);
        return entry.value;
      });
      break;
    default:
      if (typeof input !== rule.type || (rule.type === 'number' && !Number.isFinite(input))) {
        return fail({ code: 'invalid_type', expected: rule.type });
      }
  }
  const stopped = stops(issues);
  for (const each of rule.checks ?? []) {
    // A failed entry stops the list's other checks, but not its length checks (zod's `when`).
    if (stopped && !(rule.type === 'array' && 'limit' in each)) continue;
    if (passes(each, input as string)) continue;
    issues.push({
      code: each.code,
      path: [],
      origin: rule.type,
      limit: (each as { limit?: number }).limit,
      message: each.message,
    });
  }
  return { value, issues };
}
