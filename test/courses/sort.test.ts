import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { courseIndex } from '../../src/courses/course-index.js';
import { noFilters, type CourseSort } from '../../src/courses/filters.js';
import { queryCourses } from '../../src/courses/query.js';
import { sortCourses } from '../../src/courses/sort.js';
import type { Course, Feed } from '../../src/feed/schema.js';
import { idsAt, loadCatalog } from './support.js';

describe('sorting courses', () => {
  let feed: Feed;
  before(async () => {
    feed = await loadCatalog();
  });

  const sorted = (sort: CourseSort) => idsAt(feed, queryCourses(feed, { ...noFilters, sort }).matches);

  it('keeps the feed order for relevance', () => {
    expect(sorted('relevance')).to.deep.equal(['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7']);
  });

  it('sorts by price amount as given, ties in feed order, no price last', () => {
    // k7 costs 300 CHF: amounts are compared without converting currencies.
    expect(sorted('price')).to.deep.equal(['k7', 'k1', 'k4', 'k6', 'k2', 'k5', 'k3']);
  });

  it('sorts by start, soonest first, no start last', () => {
    expect(sorted('start')).to.deep.equal(['k6', 'k2', 'k3', 'k1', 'k5', 'k7', 'k4']);
  });

  it('sorts by hours, fewest first, no hours last (weeks alone do not count)', () => {
    expect(sorted('duration')).to.deep.equal(['k6', 'k7', 'k1', 'k5', 'k3', 'k2', 'k4']);
  });

  it('is stable and puts missing values last, for any prices', () => {
    const course = (amount: number | null, n: number): Course => ({
      id: `c${n}`,
      title: `Course ${n}`,
      provider: 'p',
      roles: ['r'],
      format: 'online',
      url: `https://example.com/${n}`,
      ...(amount === null ? {} : { price: { amount, currency: 'EUR' } }),
    });
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 5 })), { maxLength: 40 }), (amounts) => {
        const generated: Feed = {
          version: 1,
          lang: 'en',
          roles: [{ id: 'r', name: 'R', summary: 'R', tasks: [] }],
          questions: [],
          providers: [{ id: 'p', name: 'P', type: 'private' }],
          courses: amounts.map(course),
        };
        const order = sortCourses(
          courseIndex(generated),
          amounts.map((_, i) => i),
          'price',
        );
        const expected = amounts
          .map((amount, i) => ({ amount: amount ?? Number.POSITIVE_INFINITY, i }))
          .sort((a, b) => (a.amount === b.amount ? a.i - b.i : a.amount < b.amount ? -1 : 1))
          .map(({ i }) => i);
        expect(order).to.deep.equal(expected);
      }),
    );
  });
});
