import { expect } from '@open-wc/testing';
import { noFilters } from '../../src/courses/filters.js';
import { queryCourses } from '../../src/courses/query.js';
import { searchKeySlice, searchKeys } from '../../src/courses/search-index.js';
import type { Feed } from '../../src/feed/schema.js';
import { loadCatalog } from './support.js';

/** A new feed object of `count` courses (copies of the catalog's, titled by number). */
function manyCourses(catalog: Feed, count: number): Feed {
  return {
    ...catalog,
    courses: Array.from({ length: count }, (_, index) => ({
      ...catalog.courses[index % catalog.courses.length]!,
      id: `c${index}`,
      title: `Kurs ${index % 3 === 0 ? 'Köln' : 'Bonn'} ${index}`,
    })),
  };
}

/** One turn of the page's task queue (after the slice the key builder scheduled before it). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

describe('search keys of a large feed', () => {
  let catalog: Feed;
  before(async () => {
    catalog = await loadCatalog();
  });

  it(`builds them in slices of ${searchKeySlice} courses, one slice per task`, async () => {
    const feed = manyCourses(catalog, 2 * searchKeySlice + 10);
    const keys = searchKeys(feed);
    expect(keys.keys, 'the first slice at once').to.have.length(searchKeySlice);
    expect(keys.complete).to.equal(false);
    await nextTask();
    expect(keys.keys, 'the page had a turn between two slices').to.have.length(2 * searchKeySlice);
    await keys.built;
    expect(keys.complete).to.equal(true);
    expect(searchKeys(feed), 'built once per feed').to.equal(keys);
  });

  it('builds the same keys in slices as at once, and finds the same courses', async () => {
    const feed = manyCourses(catalog, 3 * searchKeySlice);
    const atOnce = manyCourses(catalog, 3 * searchKeySlice);
    await searchKeys(feed).built;
    expect(searchKeys(feed).keys).to.deep.equal(searchKeys(atOnce).finish());
    const search = { ...noFilters, search: 'koeln' };
    const matches = queryCourses(feed, search).matches;
    expect(matches.length).to.be.at.least(searchKeySlice);
    expect(queryCourses(atOnce, search).matches).to.deep.equal(matches);
  });
});
