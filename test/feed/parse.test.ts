import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { maxProblems, maxProblemsPerItem, parseFeed } from '../../src/feed/parse.js';
import { formatProblem } from '../../src/feed/problems.js';
import { localize } from '../../src/feed/text.js';
import { matchRoles } from '../../src/match/score.js';

/** A minimal valid feed; each test changes one thing. */
function feed(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    lang: 'de',
    roles: [
      { id: 'a', name: 'A', summary: 'Rolle A', tasks: ['t'] },
      { id: 'b', name: { de: 'B', en: 'Bee' }, summary: 'Rolle B', tasks: [] },
    ],
    questions: [
      {
        id: 'q',
        text: 'Frage',
        options: [
          { id: 'x', label: 'X', weights: { a: 2 } },
          { id: 'y', label: 'Y', weights: { b: 1 } },
        ],
      },
    ],
    providers: [{ id: 'p', name: 'Anbieter', type: 'chamber', url: 'https://ihk.example/' }],
    courses: [
      {
        id: 'c',
        title: 'Kurs',
        provider: 'p',
        roles: ['a'],
        format: 'online',
        url: 'https://ihk.example/kurs',
        price: { amount: 990 },
        start: '2027-02-28',
      },
    ],
    ...overrides,
  };
}

const course = (changes: Record<string, unknown>) => [{ ...(feed().courses as object[])[0], ...changes }];

function rejection(input: unknown): FeedError {
  try {
    parseFeed(input);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected the feed to be rejected');
}

describe('parseFeed', () => {
  it('accepts a valid feed without problems and applies defaults', () => {
    const { feed: parsed, problems } = parseFeed(feed());
    expect(problems).to.deep.equal([]);
    expect(parsed.roles.map((role) => role.id)).to.deep.equal(['a', 'b']);
    expect(parsed.courses[0]!.price).to.deep.equal({ amount: 990, currency: 'EUR' });
  });

  it('treats missing questions, providers and courses as empty lists', () => {
    const { feed: parsed, problems } = parseFeed({ version: 1, lang: 'en', roles: feed().roles });
    expect(problems).to.deep.equal([]);
    expect(parsed.questions).to.deep.equal([]);
    expect(parsed.courses).to.deep.equal([]);
  });

  it('ignores unknown keys (forward compatibility)', () => {
    const { feed: parsed, problems } = parseFeed(feed({ future: true, $schema: './feed.schema.json' }));
    expect(problems).to.deep.equal([]);
    expect(parsed).not.to.have.property('future');
  });

  describe('structural failures reject the whole feed', () => {
    const cases: [string, unknown, RegExp][] = [
      ['not an object', [1, 2], /JSON object/],
      ['null', null, /JSON object/],
      ['no version', { ...feed(), version: undefined }, /no "version"/],
      ['wrong version', feed({ version: 2 }), /"version": 2; this rolefit reads version 1/],
      ['no roles', { ...feed(), roles: undefined }, /no "roles" list/],
      ['no valid role', feed({ roles: [{ id: 'a' }] }), /no valid role/],
    ];
    for (const [name, input, message] of cases) {
      it(name, () => {
        const error = rejection(input);
        expect(error.kind).to.equal('invalid');
        expect(error.message).to.match(message);
      });
    }
  });

  describe('partial validity', () => {
    it('drops an invalid optional field and keeps its item', () => {
      const { feed: parsed, problems } = parseFeed(feed({ courses: course({ start: '2027-02-30' }) }));
      expect(parsed.courses).to.have.length(1);
      expect(parsed.courses[0]).not.to.have.property('start');
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include({ path: 'courses[0].start', effect: 'field', value: '"2027-02-30"' });
      expect(problems[0]!.message).to.equal('must be a date that exists');
    });

    it('drops an item whose required field is invalid, with the exact path and reason', () => {
      const { feed: parsed, problems } = parseFeed(feed({ courses: course({ format: 'hybrid' }) }));
      expect(parsed.courses).to.deep.equal([]);
      expect(problems).to.have.length(1);
      expect(formatProblem(problems[0]!)).to.equal(
        'courses[0].format: must be one of "online", "onsite", "blended" (got "hybrid") → courses[0] "c" dropped',
      );
    });

    it('ignores a negative price and keeps the course', () => {
      const { feed: parsed, problems } = parseFeed(feed({ courses: course({ price: { amount: -5 } }) }));
      // price is optional: an invalid price is ignored, the course stays.
      expect(parsed.courses).to.have.length(1);
      expect(parsed.courses[0]).not.to.have.property('price');
      expect(formatProblem(problems[0]!)).to.equal(
        'courses[0].price.amount: must be a number ≥ 0 (got -5) → courses[0].price ignored',
      );
    });

    it('drops an item with a missing required field', () => {
      const { feed: parsed, problems } = parseFeed(feed({ courses: course({ url: undefined }) }));
      expect(parsed.courses).to.deep.equal([]);
      expect(problems[0]).to.include({ path: 'courses[0].url', effect: 'item', message: 'is required' });
      expect(problems[0]!.item).to.equal('courses[0] "c"');
    });

    it('drops an option alone, and a question left with fewer than two options', () => {
      const questions = [
        {
          id: 'q1',
          text: 'Q1',
          options: [
            { id: 'x', label: 'X', weights: { a: 1 } },
            { id: 'y', label: 'Y', weights: { b: 1 } },
            { id: 'z', label: '', weights: {} },
          ],
        },
        {
          id: 'q2',
          text: 'Q2',
          options: [
            { id: 'x', label: 'X', weights: { a: 'viel' } },
            { id: 'y', label: 'Y', weights: {} },
          ],
        },
      ];
      const { feed: parsed, problems } = parseFeed(feed({ questions }));
      expect(parsed.questions.map((q) => q.id)).to.deep.equal(['q1']);
      expect(parsed.questions[0]!.options.map((o) => o.id)).to.deep.equal(['x', 'y']);
      expect(problems.map((p) => p.path)).to.deep.equal([
        'questions[0].options[2].label',
        'questions[1].options[0].weights.a',
        'questions[1].options',
      ]);
    });

    it('ignores weights for unknown roles', () => {
      const questions = [
        {
          ...(feed().questions as object[])[0],
          options: [
            { id: 'x', label: 'X', weights: { a: 1, ghost: 3 } },
            { id: 'y', label: 'Y', weights: {} },
          ],
        },
      ];
      const { feed: parsed, problems } = parseFeed(feed({ questions }));
      expect(parsed.questions[0]!.options[0]!.weights).to.deep.equal({ a: 1 });
      expect(problems[0]).to.include({ path: 'questions[0].options[0].weights.ghost', effect: 'field' });
    });

    it('keeps the first of two items with the same id', () => {
      const roles = [...(feed().roles as object[]), { id: 'a', name: 'Again', summary: 's', tasks: [] }];
      const { feed: parsed, problems } = parseFeed(feed({ roles }));
      expect(parsed.roles.map((role) => role.name)).to.deep.equal(['A', { de: 'B', en: 'Bee' }]);
      expect(problems[0]).to.include({ path: 'roles[2].id', effect: 'item' });
    });

    it('drops a course whose provider is unknown or was dropped', () => {
      const providers = [{ id: 'p', name: 'Anbieter', type: 'guild' }];
      const { feed: parsed, problems } = parseFeed(feed({ providers }));
      expect(parsed.providers).to.deep.equal([]);
      expect(parsed.courses).to.deep.equal([]);
      expect(problems.map((p) => p.path)).to.deep.equal(['providers[0].type', 'courses[0].provider']);
      expect(problems[0]!.message).to.equal('must be one of "academy", "university", "private", "chamber"');
    });

    it('removes unknown role ids from a course and drops it when none is left', () => {
      const courses = [
        { ...course({})[0], id: 'c1', roles: ['a', 'ghost'] },
        { ...course({})[0], id: 'c2', roles: ['ghost'] },
      ];
      const { feed: parsed, problems } = parseFeed(feed({ courses }));
      expect(parsed.courses.map((c) => [c.id, c.roles])).to.deep.equal([['c1', ['a']]]);
      expect(problems.map((p) => [p.path, p.effect])).to.deep.equal([
        ['courses[0].roles[1]', 'field'],
        ['courses[1].roles[0]', 'field'],
        ['courses[1].roles', 'item'],
      ]);
    });

    it('falls back to "en" for a missing language and says so', () => {
      const { feed: parsed, problems } = parseFeed(feed({ lang: 42 }));
      expect(parsed.lang).to.equal('en');
      expect(problems[0]).to.include({ path: 'lang', effect: 'field' });
    });

    it('shortens huge values in problems', () => {
      const { problems } = parseFeed(feed({ courses: course({ title: 'x'.repeat(100_000) }) }));
      expect(problems[0]!.message).to.equal('is longer than 5000 characters');
      expect(problems[0]!.value!.length).to.be.at.most(60);
    });
  });

  describe('texts', () => {
    it('accepts plain and translated text, and rejects empty or non-text', () => {
      const roles = [
        { id: 'plain', name: 'Plain', summary: 's', tasks: [] },
        { id: 'translated', name: { de: 'Übersetzt', en: 'Translated' }, summary: 's', tasks: [] },
        { id: 'empty', name: '', summary: 's', tasks: [] },
        { id: 'number', name: 7, summary: 's', tasks: [] },
        { id: 'badkey', name: { Deutsch: 'x' }, summary: 's', tasks: [] },
      ];
      const { feed: parsed, problems } = parseFeed(feed({ roles }));
      expect(parsed.roles.map((role) => role.id)).to.deep.equal(['plain', 'translated']);
      const roleProblems = problems.filter((p) => p.path.startsWith('roles'));
      expect(roleProblems.map((p) => p.path)).to.deep.equal(['roles[2].name', 'roles[3].name', 'roles[4].name']);
    });

    it('looks up the asked language, then the feed language, then the first one present', () => {
      expect(localize('Hallo', 'en', 'de')).to.equal('Hallo');
      expect(localize({ de: 'Hallo', en: 'Hello' }, 'en', 'de')).to.equal('Hello');
      expect(localize({ de: 'Hallo', en: 'Hello' }, 'fr', 'de')).to.equal('Hallo');
      expect(localize({ it: 'Ciao', en: 'Hello' }, 'fr', 'de')).to.equal('Ciao');
      expect(localize(undefined, 'de', 'de')).to.equal('');
    });
  });

  describe('URLs', () => {
    const urls: [string, boolean][] = [
      ['https://example.org/kurs?x=1#top', true],
      ['HTTP://EXAMPLE.ORG/', true],
      ['javascript:alert(1)', false],
      ['JaVaScRiPt:alert(1)', false],
      [' https://example.org/', false],
      ['\u0001javascript:alert(1)', false],
      ['java\tscript:alert(1)', false],
      ['data:text/html,<script>alert(1)</script>', false],
      ['/relative/path', false],
      ['//example.org/protocol-relative', false],
      ['ftp://example.org/file', false],
      ['https://', false],
    ];
    for (const [url, valid] of urls) {
      it(`${valid ? 'accepts' : 'rejects'} ${JSON.stringify(url)}`, () => {
        const { feed: parsed, problems } = parseFeed(
          feed({ providers: [{ id: 'p', name: 'P', type: 'academy', url }] }),
        );
        expect(parsed.providers[0]!.url).to.equal(valid ? url : undefined);
        expect(problems.length).to.equal(valid ? 0 : 1);
      });
    }
  });

  describe('bounded work and output for floods of problems (#19)', () => {
    /** A list of `length` zeros that counts how often its entries are read. */
    function countedZeros(length: number) {
      const counter = { reads: 0 };
      const isIndex = (key: string | symbol) => typeof key === 'string' && /^\d+$/.test(key);
      const list = new Proxy(new Array<number>(length).fill(0), {
        get(target, key, receiver) {
          if (isIndex(key)) counter.reads++;
          return Reflect.get(target, key, receiver);
        },
        getOwnPropertyDescriptor(target, key) {
          if (isIndex(key)) counter.reads++;
          return Reflect.getOwnPropertyDescriptor(target, key);
        },
      });
      return { list, counter };
    }

    it('stops checking an item at its problem cap: a role with 300,000 bad tasks costs a few reads', () => {
      const { list, counter } = countedZeros(300_000);
      const roles = [...(feed().roles as object[]), { id: 'flood', name: 'F', summary: 's', tasks: list }];
      const { feed: parsed, problems, unlistedProblems } = parseFeed(feed({ roles }));
      expect(parsed.roles.map((role) => role.id)).to.deep.equal(['a', 'b']);
      expect(problems).to.have.length(maxProblemsPerItem + 1);
      expect(problems[0]).to.include({ path: 'roles[2].tasks[0]', effect: 'item', dropped: 'roles[2] "flood"' });
      expect(formatProblem(problems.at(-1)!)).to.equal(
        `roles[2]: has more problems than the ${maxProblemsPerItem} looked for → roles[2] "flood" dropped`,
      );
      expect(unlistedProblems).to.equal(0);
      expect(counter.reads, 'entries of the list read').to.be.below(100);
    });

    it('lists at most maxProblems problems of a feed and counts the rest', () => {
      const courses = Array.from({ length: 3000 }, (_, index) => ({
        ...(feed().courses as object[])[0],
        id: `c${index}`,
        topics: Array(10).fill(''),
      }));
      const { feed: parsed, problems, unlistedProblems } = parseFeed(feed({ courses }));
      expect(parsed.courses, 'the courses stay, without their topics').to.have.length(3000);
      expect(parsed.courses[2999]).not.to.have.property('topics');
      expect(problems).to.have.length(maxProblems);
      expect(problems[0]).to.include({ path: 'courses[0].topics[0]', message: 'must not be empty', effect: 'field' });
      expect(unlistedProblems).to.equal(30_000 - maxProblems);
    });

    it('lists at most maxProblemsPerItem unknown references of one item', () => {
      const roles = Array.from({ length: 100 }, (_, index) => `ghost-${index}`);
      const {
        feed: parsed,
        problems,
        unlistedProblems,
      } = parseFeed(feed({ courses: course({ roles: ['a', ...roles] }) }));
      expect(parsed.courses[0]!.roles).to.deep.equal(['a']);
      expect(problems).to.have.length(maxProblemsPerItem);
      expect(unlistedProblems).to.equal(100 - maxProblemsPerItem);
    });

    it('keeps a path short when a record key is huge', () => {
      const options = [
        { id: 'x', label: 'X', weights: { ['x'.repeat(100_000)]: 1 } },
        { id: 'y', label: 'Y', weights: { b: 1 } },
      ];
      const { problems } = parseFeed(feed({ questions: [{ id: 'q', text: 'Frage', options }] }));
      expect(problems[0]!.path).to.equal(`questions[0].options[0].weights.${'x'.repeat(39)}…`);
    });
  });

  describe('a rejected feed (#19)', () => {
    it('says what to fix in the error itself, bounded, and exposes the problems as error.problems', () => {
      const roles = Array.from({ length: 300 }, (_, index) => ({ id: `r${index}`, name: '', summary: 's', tasks: [] }));
      const error = rejection(feed({ roles }));
      const lines = error.message.split('\n');
      expect(lines[0]).to.equal('The feed has no valid role. Fix these problems:');
      expect(lines[1]).to.equal('  - roles[0].name: must not be empty (got "") → roles[0] "r0" dropped');
      expect(lines.at(-1)).to.equal(`  … and ${300 - 5} more problems`);
      expect(lines).to.have.length(1 + 5 + 1);
      expect(error.problems).to.have.length(maxProblems);
      expect(formatProblem(error.problems[0]!)).to.equal(lines[1]!.slice(4));
    });
  });

  describe('feed values the platform or the scorer cannot use (#19)', () => {
    for (const tag of ['fr-12', 'en-ab-cd']) {
      it(`ignores the language tag ${JSON.stringify(tag)}, which Intl refuses`, () => {
        expect(() => new Intl.DisplayNames(['en'], { type: 'language' }).of(tag)).to.throw(RangeError);
        const { feed: parsed, problems } = parseFeed(feed({ lang: tag, courses: course({ language: tag }) }));
        expect(parsed.lang).to.equal('en');
        expect(parsed.courses[0]).not.to.have.property('language');
        expect(problems.map((problem) => problem.path)).to.deep.equal(['lang', 'courses[0].language']);
        expect(problems[1]!.message).to.equal('must be a language code such as "de" or "en"');
      });
    }

    it('accepts language tags with script and region', () => {
      const { problems } = parseFeed(feed({ lang: 'zh-Hant-TW', courses: course({ language: 'de-CH' }) }));
      expect(problems).to.deep.equal([]);
    });

    it('drops weights above 1000, so sums over the questions stay finite', () => {
      const options = [
        { id: 'x', label: 'X', weights: { a: 1e308, b: 1 } },
        { id: 'y', label: 'Y', weights: { b: 1 } },
        { id: 'z', label: 'Z', weights: { a: 1 } },
      ];
      const questions = ['q1', 'q2', 'q3', 'q4'].map((id) => ({ id, text: 'Frage', options }));
      const { feed: parsed, problems } = parseFeed(feed({ questions }));
      expect(problems[0]).to.include({
        path: 'questions[0].options[0].weights.a',
        message: 'must be a number from 0 to 1000',
        value: '1e+308',
      });
      const result = matchRoles(parsed, { q1: 'y', q2: 'z', q3: 'z', q4: 'z' }, 'de');
      for (const role of result.roles) expect(Number.isFinite(role.score), role.id).to.equal(true);
    });

    it('keeps the largest weights, and their sums stay finite', () => {
      const options = [
        { id: 'x', label: 'X', weights: { a: 1000, b: 0 } },
        { id: 'y', label: 'Y', weights: { b: 1000 } },
      ];
      const questions = ['q1', 'q2', 'q3', 'q4'].map((id) => ({ id, text: 'Frage', options }));
      const { feed: parsed, problems } = parseFeed(feed({ questions }));
      expect(problems).to.deep.equal([]);
      const result = matchRoles(parsed, { q1: 'x', q2: 'x', q3: 'y', q4: 'x' }, 'de');
      expect(result.roles.map((role) => role.score)).to.deep.equal([0.75, 0.25]);
    });

    it('says an infinite weight must be a finite number', () => {
      const { problems } = parseFeed(JSON.parse(JSON.stringify(feed()).replace('"a":2', '"a":1e400')));
      expect(formatProblem(problems[0]!)).to.equal(
        'questions[0].options[0].weights.a: must be a finite number, not Infinity (got Infinity) → questions[0].options[0] "x" dropped',
      );
    });

    it('drops a required text that is an empty translation record', () => {
      const roles = [...(feed().roles as object[]), { id: 'empty', name: {}, summary: 's', tasks: [] }];
      const { feed: parsed, problems } = parseFeed(feed({ roles, courses: course({ title: {} }) }));
      expect(parsed.roles.map((role) => role.id)).to.deep.equal(['a', 'b']);
      expect(parsed.courses).to.deep.equal([]);
      expect(problems.map(formatProblem)).to.deep.equal([
        'roles[2].name: must have at least one translation, e.g. {"de": "…"} (got {}) → roles[2] "empty" dropped',
        'courses[0].title: must have at least one translation, e.g. {"de": "…"} (got {}) → courses[0] "c" dropped',
      ]);
    });

    it('bounds hours and weeks', () => {
      const courses = [...course({ hours: 10_000, weeks: 520 }), ...course({ id: 'd', hours: 1e6, weeks: 521 })];
      const { feed: parsed, problems } = parseFeed(feed({ courses }));
      expect(parsed.courses.map((each) => [each.hours, each.weeks])).to.deep.equal([
        [10_000, 520],
        [undefined, undefined],
      ]);
      expect(problems.map(formatProblem)).to.deep.equal([
        'courses[1].hours: must be a number from 0 to 10000 (got 1000000) → courses[1].hours ignored',
        'courses[1].weeks: must be a number from 0 to 520 (got 521) → courses[1].weeks ignored',
      ]);
    });
  });

  describe('a page that changed Object.prototype (#19)', () => {
    /** Parses `input` while `Object.prototype` carries feed-like fields (enumerable, as a plain assignment makes them). */
    function parseOnPollutedPage(input: Record<string, unknown>) {
      const polluted = { price: { amount: -1 }, url: 'javascript:alert(1)', id: 7, options: 5, summary: '' };
      Object.assign(Object.prototype, polluted);
      try {
        return parseFeed(input);
      } finally {
        for (const key of Object.keys(polluted)) delete (Object.prototype as Record<string, unknown>)[key];
      }
    }

    const withoutFields = (...keys: string[]) => {
      const copy: Record<string, unknown> = { ...(feed().courses as object[])[0] };
      for (const key of keys) delete copy[key];
      return feed({ courses: [copy] });
    };

    it('reads only the feed’s own keys', () => {
      const { feed: parsed, problems } = parseOnPollutedPage(withoutFields('price'));
      expect(problems).to.deep.equal([]);
      expect(Object.hasOwn(parsed.courses[0]!, 'price')).to.equal(false);
      expect(Object.hasOwn(parsed.roles[0]!, 'url')).to.equal(false);
      expect(parsed.questions).to.have.length(1);
    });

    it('does not take a missing required field from the prototype', () => {
      const { feed: parsed, problems } = parseOnPollutedPage(withoutFields('url'));
      expect(parsed.courses).to.deep.equal([]);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include({ path: 'courses[0].url', message: 'is required' });
    });
  });
});
