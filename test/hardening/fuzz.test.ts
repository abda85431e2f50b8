/**
 * Property-based tests with fast-check: random JSON and randomly damaged copies of a valid feed. The validator
 * either returns a feed that passes the strict schema with every reference intact, or throws a `FeedError`,
 * never anything else; the elements never let an exception escape into the page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { FeedError } from '../../src/feed/errors.js';
import { parseFeed } from '../../src/feed/parse.js';
import { feedSchema } from '../../src/feed/schema.js';
import { captureUncaught, deepQuery, fixtureJson, guardEachTest, mount } from '../support/dom.js';
import { damaged, parentOf, pathsOf } from '../support/feed-arbitraries.js';
import './support.js';

/** The start of `input` as JSON, for failure messages; deep input may not stringify at all. */
function preview(input: unknown): string {
  try {
    return String(JSON.stringify(input)).slice(0, 300);
  } catch {
    return '(too deep to print)';
  }
}

/** What `parseFeed` must do with any input: a sound feed, or a FeedError. */
function checkParse(input: unknown): void {
  let feed;
  try {
    feed = parseFeed(input).feed;
  } catch (error) {
    if (error instanceof FeedError) return;
    throw new Error(`parseFeed threw ${String(error)} for ${preview(input)}`, { cause: error });
  }
  const strict = z.safeParse(feedSchema, feed);
  if (!strict.success) throw new Error(`parseFeed returned an invalid feed: ${JSON.stringify(strict.error.issues[0])}`);
  const roleIds = new Set(feed.roles.map((role) => role.id));
  const providerIds = new Set(feed.providers.map((provider) => provider.id));
  for (const course of feed.courses) {
    if (!providerIds.has(course.provider)) throw new Error(`course ${course.id} names a missing provider`);
    if (!course.roles.every((id) => roleIds.has(id))) throw new Error(`course ${course.id} names a missing role`);
  }
  for (const question of feed.questions) {
    if (question.options.length < 2) throw new Error(`question ${question.id} has < 2 options`);
    for (const option of question.options) {
      if (!Object.keys(option.weights).every((id) => roleIds.has(id)))
        throw new Error(`option ${option.id}: unknown role`);
    }
  }
}

guardEachTest('warn', 'error');

describe('hardening: fuzzing the validator and the elements', () => {
  it('loads fast-check in the browser', () => {
    expect(fc.sample(fc.integer({ min: 1, max: 1 }), 3)).to.deep.equal([1, 1, 1]);
  });

  it('parseFeed returns a sound feed or throws a FeedError for random JSON (200 cases)', () => {
    fc.assert(fc.property(fc.jsonValue(), checkParse), { numRuns: 200 });
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), (extra) =>
        checkParse({ version: 1, lang: 'en', roles: [], ...extra }),
      ),
      { numRuns: 100 },
    );
  });

  it('parseFeed returns a sound feed or throws a FeedError for damaged feeds (300 cases)', async () => {
    const feed = await fixtureJson();
    fc.assert(fc.property(damaged(feed), checkParse), { numRuns: 300 });
  });

  it('parseFeed keeps its contract with 10,000 nested lists in any field', async () => {
    // Regression (found by this suite, fixed; Firefox): parseFeed throws "InternalError: too much recursion" from problems.ts `shorten()`;
    // see test/hardening/malformed.test.ts.
    const feed = await fixtureJson();
    const deep = JSON.parse('['.repeat(10_000) + ']'.repeat(10_000));
    for (const path of pathsOf(feed)) {
      const copy = structuredClone(feed);
      const parent = parentOf(copy, path)!;
      parent[path[path.length - 1]!] = deep;
      checkParse(copy);
    }
  });

  it('the elements never throw into the page for damaged feeds (30 cases each)', async function () {
    this.timeout(60_000);
    const feed = await fixtureJson();
    const samples = fc.sample(damaged(feed), { numRuns: 30, seed: 20261128 });
    const uncaught = captureUncaught();
    try {
      for (const [i, data] of samples.entries()) {
        for (const tag of ['rolefit-matcher', 'rolefit-courses'] as const) {
          const el = await mount(
            tag,
            { lang: i % 2 ? 'de' : 'en', layout: 'list', 'structured-data': '', filters: '' },
            { data },
          );
          await waitUntil(
            () => deepQuery(el, '[part~="question"], [part~="result"], [part~="count"], [part~="error"], p'),
            `${tag} rendered nothing for sample ${i}`,
          );
          // Drive it a little: answer what is there, press the first enabled button.
          for (const radio of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')) radio.click();
          el.shadowRoot!.querySelector<HTMLButtonElement>('button:not([disabled])')?.click();
          await el.updateComplete;
          if (i % 10 === 0) await expect(el).to.be.accessible();
          el.parentElement!.remove();
        }
        expect(uncaught.seen, `sample ${i}: ${preview(data)}`).to.deep.equal([]);
      }
    } finally {
      uncaught.stop();
    }
  });
});
