import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parseFeed } from '../../lib/feed/parse.js';
import { matchRoles } from '../../lib/match/score.js';
import { lintFeed } from '../../lib/cli/lint/index.js';
import { canRankFirst } from '../../lib/cli/lint/winnable-rule.js';
import { starterFeed } from '../../lib/cli/starter-feed.js';

const today = '2026-11-28';

/** The starter feed (lint-free), changed by `edit`, then parsed as the CLI does. */
function lint(edit = () => {}) {
  const raw = structuredClone(starterFeed);
  edit(raw);
  const { feed, problems } = parseFeed(raw);
  assert.deepEqual(problems, [], 'the test feed itself must be valid');
  return lintFeed({ feed, today });
}

const fired = (warnings, rule) => warnings.filter((warning) => warning.rule === rule).map((warning) => warning.item);

test('the starter feed has no lint warnings', () => {
  assert.deepEqual(lint(), []);
});

describe('unscorable-role', () => {
  test('fires for a role no option weighs', () => {
    const warnings = lint((feed) => {
      feed.roles.push({ id: 'ghost', name: 'Ghost', summary: 'Never scored.', tasks: [] });
      feed.courses[0].roles.push('ghost');
    });
    assert.deepEqual(fired(warnings, 'unscorable-role'), ['role "ghost"']);
    assert.match(warnings.find((w) => w.rule === 'unscorable-role').fix, /give "ghost" a weight > 0/);
    // It is not reported twice: that it cannot win follows.
    assert.deepEqual(fired(warnings, 'role-cannot-win'), []);
  });
  test('does not fire for a role with one weight', () => {
    const warnings = lint((feed) => {
      feed.roles.push({ id: 'ghost', name: 'Ghost', summary: 'Scored once.', tasks: [] });
      feed.courses[0].roles.push('ghost');
      feed.questions[1].options.push({ id: 'boo', label: 'Boo', weights: { ghost: 1 } });
    });
    assert.deepEqual(fired(warnings, 'unscorable-role'), []);
  });
});

describe('role-cannot-win', () => {
  test('fires for a role that always ties with an earlier one, naming it', () => {
    const warnings = lint((feed) => {
      feed.roles.push({ id: 'twin', name: 'Twin', summary: 'Same as writer.', tasks: [] });
      feed.courses[0].roles.push('twin');
      for (const question of feed.questions)
        for (const option of question.options)
          if (option.weights.writer) option.weights.twin = option.weights.writer * 3;
    });
    assert.deepEqual(fired(warnings, 'role-cannot-win'), ['role "twin"']);
    assert.match(warnings.find((w) => w.rule === 'role-cannot-win').message, /role "writer" ranks first/);
  });
  test('fires for a role whose best answers always favour another role more', () => {
    const warnings = lint((feed) => {
      feed.roles.push({ id: 'shadow', name: 'Shadow', summary: 'Follows writer.', tasks: [] });
      feed.courses[0].roles.push('shadow');
      // Whatever points to shadow points fully to writer; writer also scores elsewhere.
      feed.questions[0].options[0].weights.shadow = 1;
      feed.questions[1].options.push({ id: 'quiet', label: 'Quiet', weights: { shadow: 1, writer: 1 } });
    });
    assert.deepEqual(fired(warnings, 'role-cannot-win'), ['role "shadow"']);
  });
  test('does not fire when one mix of answers (not the greedy one) ranks the role first', () => {
    assert.deepEqual(fired(lint(), 'role-cannot-win'), []);
    const feed = parseFeed({
      version: 1,
      lang: 'en',
      roles: ['a', 'b', 'c'].map((id) => ({ id, name: id, summary: id, tasks: [] })),
      questions: [
        {
          id: 'q1',
          text: 'q1',
          options: [
            { id: 'x', label: 'x', weights: { a: 2, b: 2, c: 1 } },
            { id: 'y', label: 'y', weights: { c: 1 } },
          ],
        },
        {
          id: 'q2',
          text: 'q2',
          options: [
            { id: 'x', label: 'x', weights: { a: 2, c: 1 } },
            { id: 'y', label: 'y', weights: { b: 2, c: 1 } },
          ],
        },
      ],
    }).feed;
    // c's greedy answers (x, x) rank a first, but (y, x) ranks c first: 1.0 vs a 0.5, b 0.
    assert.equal(canRankFirst(feed, 2), true);
    assert.equal(matchRoles(feed, { q1: 'y', q2: 'x' }, 'en').top, 'c');
  });
  test("agrees with trying every combination of answers through the widget's scoring", () => {
    const roleIds = ['r0', 'r1', 'r2', 'r3'];
    const weights = (roleCount) =>
      fc.dictionary(fc.constantFrom(...roleIds.slice(0, roleCount)), fc.integer({ min: 0, max: 3 }));
    const feedArbitrary = fc.integer({ min: 2, max: 4 }).chain((roleCount) =>
      fc.record({
        roleCount: fc.constant(roleCount),
        questions: fc.array(fc.array(weights(roleCount), { minLength: 2, maxLength: 3 }), {
          minLength: 1,
          maxLength: 4,
        }),
      }),
    );
    fc.assert(
      fc.property(feedArbitrary, ({ roleCount, questions }) => {
        const feed = {
          lang: 'en',
          roles: roleIds.slice(0, roleCount).map((id) => ({ id, name: id })),
          questions: questions.map((options, q) => ({
            id: `q${q}`,
            options: options.map((weights, o) => ({ id: `o${o}`, weights })),
          })),
        };
        const winners = new Set();
        const visit = (q, answers) => {
          if (q === feed.questions.length) return void winners.add(matchRoles(feed, answers, 'en').top);
          for (const option of feed.questions[q].options) visit(q + 1, { ...answers, [`q${q}`]: option.id });
        };
        visit(0, {});
        feed.roles.forEach((role, index) => assert.equal(canRankFirst(feed, index), winners.has(role.id), role.id));
      }),
      { numRuns: 300 },
    );
  });
});

describe('role-without-course', () => {
  test('fires for a role no course lists', () => {
    const warnings = lint((feed) => {
      feed.courses[1].roles = ['writer'];
    });
    assert.deepEqual(fired(warnings, 'role-without-course'), ['role "analyst"']);
  });
  test('does not fire when every role has a course', () => {
    assert.deepEqual(fired(lint(), 'role-without-course'), []);
  });
});

describe('question-separates-nothing', () => {
  test('fires when all options weigh the same (a missing weight is 0)', () => {
    const warnings = lint((feed) => {
      feed.questions.push({
        id: 'same',
        text: 'Same?',
        options: [
          { id: 'a', label: 'A', weights: { writer: 1, analyst: 0 } },
          { id: 'b', label: 'B', weights: { writer: 1 } },
        ],
      });
    });
    assert.deepEqual(fired(warnings, 'question-separates-nothing'), ['question "same"']);
  });
  test('does not fire when one option differs for one role', () => {
    const warnings = lint((feed) => {
      feed.questions.push({
        id: 'same',
        text: 'Same?',
        options: [
          { id: 'a', label: 'A', weights: { writer: 1, analyst: 1 } },
          { id: 'b', label: 'B', weights: { writer: 1 } },
        ],
      });
    });
    assert.deepEqual(fired(warnings, 'question-separates-nothing'), []);
  });
});

describe('course-in-past', () => {
  test('fires for a start before today', () => {
    const warnings = lint((feed) => {
      feed.courses[0].start = '2026-11-27';
    });
    assert.deepEqual(fired(warnings, 'course-in-past'), ['course "writing-basics"']);
    assert.match(warnings[0].message, /starts 2026-11-27, before today \(2026-11-28\)/);
  });
  test('does not fire for today, a later start or no start', () => {
    const warnings = lint((feed) => {
      feed.courses[0].start = today;
    });
    assert.deepEqual(fired(warnings, 'course-in-past'), []);
  });
});

describe('course-without-price', () => {
  test('fires for a course without a price', () => {
    assert.deepEqual(
      fired(
        lint((feed) => delete feed.courses[1].price),
        'course-without-price',
      ),
      ['course "analytics-basics"'],
    );
  });
  test('does not fire for a free course (amount 0)', () => {
    assert.deepEqual(
      fired(
        lint((feed) => {
          feed.courses[1].price = { amount: 0 };
        }),
        'course-without-price',
      ),
      [],
    );
  });
});

describe('missing-translation', () => {
  test('fires for a translated text lacking a language other texts have, listing the fields', () => {
    const warnings = lint((feed) => {
      feed.courses[0].title = { en: 'Writing for the web', de: 'Schreiben fürs Web' };
      feed.courses[1].title = { en: 'Web analytics' };
      feed.roles[1].tasks = [{ en: 'Set up tracking' }, 'Report on campaigns'];
    });
    assert.deepEqual(fired(warnings, 'missing-translation'), ['role "analyst"', 'course "analytics-basics"']);
    const role = warnings.find((w) => w.item === 'role "analyst"');
    assert.match(role.message, /^no "de" text for tasks\[0\] \(other texts in the feed have "en", "de"\)$/);
  });
  test('does not fire when every translated text has every language (plain strings are single-language)', () => {
    const warnings = lint((feed) => {
      feed.courses[0].title = { en: 'Writing for the web', de: 'Schreiben fürs Web' };
    });
    assert.deepEqual(fired(warnings, 'missing-translation'), []);
  });
});

describe('duplicate-title', () => {
  test('fires for a title repeated in another case or spacing', () => {
    const warnings = lint((feed) => {
      feed.courses[1].title = { en: ' writing for  the WEB', de: 'Webanalyse' };
    });
    assert.deepEqual(fired(warnings, 'duplicate-title'), ['course "analytics-basics"']);
    assert.match(warnings.find((w) => w.rule === 'duplicate-title').message, /same title as course "writing-basics"/);
  });
  test('does not fire for distinct titles', () => {
    assert.deepEqual(
      fired(
        lint((feed) => {
          feed.courses[1].title = 'Writing for print';
        }),
        'duplicate-title',
      ),
      [],
    );
  });
});

describe('mixed-currencies', () => {
  test('fires once for the feed, with the count per currency', () => {
    const warnings = lint((feed) => {
      feed.courses[1].price = { amount: 900, currency: 'CHF' };
    });
    assert.deepEqual(fired(warnings, 'mixed-currencies'), ['feed']);
    assert.match(warnings[0].message, /EUR \(1\), CHF \(1\)/);
  });
  test('does not fire when every price is in one currency (EUR by default)', () => {
    assert.deepEqual(
      fired(
        lint((feed) => void delete feed.courses[1].price.currency),
        'mixed-currencies',
      ),
      [],
    );
  });
});

describe('weights at the edge of their range (#19)', () => {
  /** The starter feed with every option giving `heavy` to the first role and 1 to the second. */
  const withWeights = (heavy) => {
    const raw = structuredClone(starterFeed);
    const [first, second] = raw.roles.map((role) => role.id);
    for (const question of raw.questions)
      for (const option of question.options) option.weights = { [first]: heavy, [second]: 1 };
    return raw;
  };

  test('a weight of 1e308 is refused, so no lint reasons with overflowing sums', () => {
    const { feed, problems } = parseFeed(withWeights(1e308));
    assert.ok(problems.some((problem) => problem.message === 'must be a number from 0 to 1000'));
    for (const warning of lintFeed({ feed, today }))
      assert.doesNotMatch(warning.message, /NaN|Infinity/, warning.message);
  });

  test('the largest weight keeps role-cannot-win sound: it never names the role itself as the winner', () => {
    const { feed, problems } = parseFeed(withWeights(1000));
    assert.deepEqual(problems, []);
    for (const warning of lintFeed({ feed, today }).filter((each) => each.rule === 'role-cannot-win'))
      assert.ok(!warning.message.includes(`role ${warning.item.slice('role '.length)} ranks first`), warning.message);
  });
});
