/**
 * The generated browser rules (src/feed/rules.generated.ts) against the zod schema they come from: for every
 * exported schema and for random, edge and damaged input, both must accept the same values, return the same
 * cleaned value, and report the same issues at the same paths in the same order, worded by problems.ts.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describeIssue, pathToString, valueAt } from '../../src/feed/problems.js';
import { check, type FeedIssue, type Rule } from '../../src/feed/rules.js';
import * as rules from '../../src/feed/rules.generated.js';
import * as schema from '../../src/feed/schema.js';
import type { FeedJson } from '../support/dom.js';
import { damaged, nasty } from '../support/feed-arbitraries.js';

type Schema = z.ZodMiniType;

const pairs = (Object.entries(schema) as [string, unknown][])
  .filter((entry): entry is [string, Schema] => typeof entry[1] === 'object' && entry[1] !== null && '_zod' in entry[1])
  .map(([name, zodSchema]) => ({
    name,
    zodSchema,
    rule: (rules as Record<string, Rule>)[name.replace(/Schema$/, 'Rule')]!,
  }));
const pair = (name: string) => pairs.find((entry) => entry.name === name)!;

/** The fields of zod's issue kinds that ours carry too; each kind has some of them. */
interface ZodIssueDetail {
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: readonly unknown[];
  /** The key's issues, for an `invalid_key`. */
  issues?: z.core.$ZodIssue[];
}

/** A zod issue in the shape of ours; zod's default message "Invalid input" means the schema has no wording. */
function fromZod(issue: z.core.$ZodIssue): FeedIssue {
  const { code, path } = issue;
  const detail = issue as ZodIssueDetail;
  return {
    code,
    path: path as (string | number)[],
    expected: detail.expected,
    origin: detail.origin,
    limit: Number(detail.minimum ?? detail.maximum),
    values: detail.values,
    message: issue.message === 'Invalid input' ? undefined : issue.message,
    key: detail.issues?.[0] && fromZod(detail.issues[0]),
  };
}

/**
 * What the parser makes of a verdict: accepted with this value, or the first problem at each path in order
 * (parse.ts reports one problem per path, so zod's follow-up issues at a path already reported do not count).
 */
function verdict(issues: FeedIssue[], value: unknown, input: unknown) {
  if (!issues.length) return { value };
  const problems = new Map<string, string>();
  for (const issue of issues) {
    const where = pathToString(issue.path);
    if (!problems.has(where)) problems.set(where, describeIssue(issue, valueAt(input, issue.path)));
  }
  return { problems: [...problems] };
}

function agree({ name, zodSchema, rule }: (typeof pairs)[number], input: unknown): void {
  const expected = z.safeParse(zodSchema, input);
  const ours = check(rule, input);
  expect(verdict(ours.issues, ours.value, input), `${name} on ${JSON.stringify(input)?.slice(0, 300)}`).to.deep.equal(
    verdict(expected.success ? [] : expected.error.issues.map(fromZod), expected.data, input),
  );
}

const anyInput = fc.oneof(fc.jsonValue({ maxDepth: 4 }), nasty);
let feed: FeedJson;
before(async () => {
  feed = await (await fetch('/src/feeds/social-media.json')).json();
});

describe('feed rules generated from the zod schema', () => {
  it('has a rule for every exported schema', () => {
    expect(pairs.map(({ name }) => name)).to.include.members(['feedSchema', 'courseSchema', 'textSchema', 'urlSchema']);
    for (const { name, rule } of pairs) expect(rule, name).to.be.an('object');
  });

  it('agrees with zod on the default feed and each of its items', () => {
    agree(pair('feedSchema'), feed);
    for (const [list, name] of [
      ['roles', 'roleSchema'],
      ['questions', 'questionSchema'],
      ['providers', 'providerSchema'],
      ['courses', 'courseSchema'],
    ] as const) {
      for (const item of feed[list]) agree(pair(name), item);
    }
  });

  it('agrees with zod on random and edge values for every schema (200 cases each)', () => {
    for (const entry of pairs)
      fc.assert(
        fc.property(anyInput, (input) => agree(entry, input)),
        { numRuns: 200 },
      );
  });

  it('agrees with zod on damaged copies of the default feed and its items (300 cases each)', () => {
    fc.assert(
      fc.property(damaged(feed), (input) => agree(pair('feedSchema'), input)),
      { numRuns: 300 },
    );
    for (const [list, name] of [
      ['courses', 'courseSchema'],
      ['roles', 'roleSchema'],
      ['questions', 'questionSchema'],
      ['providers', 'providerSchema'],
    ] as const) {
      const items = fc.constantFrom(...feed[list]).chain((item) => damaged(item as FeedJson));
      fc.assert(
        fc.property(items, (input) => agree(pair(name), input)),
        { numRuns: 300 },
      );
    }
  });

  it('reports what zod reports for hand-picked failures', () => {
    const course = feed.courses[0];
    const cases: [string, unknown][] = [
      ['textSchema', ''],
      ['textSchema', { de: '' }],
      ['textSchema', { Xx: 'a' }],
      ['textSchema', 5],
      ['textSchema', {}],
      ['textSchema', JSON.parse('{"__proto__": "x"}')],
      ['langSchema', 'fr-12'],
      ['optionSchema', { id: 'a', label: 'x', weights: { a: 1e308, b: 1000, c: Number.POSITIVE_INFINITY } }],
      ['courseSchema', { ...course, hours: 10_001, weeks: 521 }],
      ['urlSchema', 'https://'],
      ['dateSchema', '2027-02-30'],
      ['optionSchema', { id: 'a', label: 'x', weights: { 'a.b': 1, c: -1, d: 'x' } }],
      ['courseSchema', { ...course, roles: [] }],
      ['courseSchema', { ...course, roles: [5] }],
      ['courseSchema', { ...course, price: { amount: 5, currency: 'eur' } }],
      ['roleSchema', { id: 'a', name: 'x', summary: 'y', tasks: [5], url: undefined }],
    ];
    for (const [name, input] of cases) agree(pair(name), input);
    expect(check(rules.courseRule, { ...course, roles: [] }).issues[0]).to.include({
      message: 'needs at least one role id',
    });
  });

  it('with an issue limit: exactly the unlimited result within it, at most the limit beyond it (200 cases each)', () => {
    const inputs = fc.oneof(
      anyInput,
      damaged(feed),
      fc.constantFrom(...feed.courses).chain((item) => damaged(item)),
    );
    for (const { name, rule } of pairs)
      fc.assert(
        fc.property(inputs, fc.integer({ min: 1, max: 4 }), (input, limit) => {
          const full = check(rule, input);
          const cut = check(rule, input, limit);
          if (full.issues.length <= limit) {
            expect(cut, name).to.deep.equal({ ...full, truncated: false });
          } else {
            expect(cut.issues.length, name).to.be.within(1, limit);
          }
        }),
        { numRuns: 200 },
      );
  });

  it('stops at the limit inside a long list (the cost is bounded, not only the output)', () => {
    let reads = 0;
    const tasks = new Proxy(new Array<number>(100_000).fill(0), {
      getOwnPropertyDescriptor(target, key) {
        reads++;
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
    const outcome = check(rules.roleRule, { id: 'r', name: 'R', summary: 'S', tasks }, 10);
    expect(outcome.issues).to.have.length(10);
    expect(outcome.truncated).to.equal(true);
    expect(reads).to.be.below(20);
  });

  it('accepts only language tags every Intl formatter takes (300 cases)', () => {
    const subtag = fc.stringMatching(/^[A-Za-z0-9]{1,9}$/);
    const tags = fc
      .tuple(fc.stringMatching(/^[a-z]{2,3}$/), fc.array(subtag, { maxLength: 3 }))
      .map(([language, rest]) => [language, ...rest].join('-'));
    fc.assert(
      fc.property(tags, (tag) => {
        if (check(rules.langRule, tag).issues.length) return;
        expect(() => new Intl.DisplayNames(['en'], { type: 'language' }).of(tag), tag).not.to.throw();
        expect(() => new Intl.NumberFormat(tag), tag).not.to.throw();
      }),
      { numRuns: 300 },
    );
    for (const tag of ['fr-12', 'en-ab-cd']) expect(check(rules.langRule, tag).issues, tag).not.to.be.empty;
    for (const tag of ['de', 'de-CH', 'zh-Hant-TW', 'sr-Latn'])
      expect(check(rules.langRule, tag).issues, tag).to.be.empty;
  });
});
