import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { parseFeed } from '../../src/feed/parse.js';
import { formatProblem } from '../../src/feed/problems.js';
import { localize } from '../../src/feed/text.js';

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
});
