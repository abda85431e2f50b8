// Runs in the benchmark page (bundled by run.mjs with esbuild): measures the pure core and the element.
import { courseIndex } from '../../src/courses/course-index.js';
import { noFilters } from '../../src/courses/filters.js';
import { queryCourses } from '../../src/courses/query.js';
import { searchKeys } from '../../src/courses/search-index.js';
import { RolefitCourses } from '../../src/elements/courses/rolefit-courses.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { parseFeed } from '../../src/feed/parse.js';

defineElement('rolefit-courses', RolefitCourses);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** What a reader does in turn: each step changes the matching set. */
const changes = [
  { role: 'smm' },
  { role: 'smm', formats: ['online'] },
  { role: 'smm', formats: ['online'], maxPrice: 2000 },
  { role: 'smm', formats: ['online'], maxPrice: 2000, sort: 'price' },
  { search: 'koeln' },
  { search: 'marketing strategie', sort: 'start' },
  { providerTypes: ['chamber', 'university'], funding: ['bildungsgutschein'], sort: 'duration' },
  {},
];

/** The same changes as attributes of the element. */
const attributeSets = changes.map((change) => ({
  'for-role': change.role,
  formats: change.formats?.join(','),
  'max-price': change.maxPrice === undefined ? undefined : String(change.maxPrice),
  'provider-types': change.providerTypes?.join(','),
  funding: change.funding?.join(','),
  sort: change.sort,
}));

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

window.runBench = async (url, rounds) => {
  const text = await (await fetch(url)).text();

  const validation = [];
  let feed;
  for (let round = 0; round < rounds; round++) {
    const json = JSON.parse(text);
    const start = performance.now();
    feed = parseFeed(json).feed;
    validation.push(performance.now() - start);
  }

  const indexStart = performance.now();
  courseIndex(feed);
  const indexing = performance.now() - indexStart;
  const keysStart = performance.now();
  // searchKeys() builds only the first slice and schedules the rest; finish() builds them all now, in one go.
  searchKeys(feed).finish();
  const searchIndexing = performance.now() - keysStart;

  const query = [];
  for (let round = 0; round < rounds; round++) {
    for (const change of changes) {
      const start = performance.now();
      queryCourses(feed, { ...noFilters, ...change });
      query.push(performance.now() - start);
    }
  }

  const element = document.createElement('rolefit-courses');
  element.setAttribute('filters', '');
  element.setAttribute('lang', 'de');
  element.data = feed;
  document.body.replaceChildren(element);
  await element.updateComplete;
  await nextFrame();
  const render = [];
  const paint = [];
  for (let round = 0; round < rounds; round++) {
    for (const attributes of attributeSets) {
      const start = performance.now();
      for (const [name, value] of Object.entries(attributes)) {
        if (value === undefined) element.removeAttribute(name);
        else element.setAttribute(name, value);
      }
      await element.updateComplete;
      render.push(performance.now() - start);
      await nextFrame();
      paint.push(performance.now() - start);
    }
  }
  element.remove();
  return {
    validation: median(validation),
    indexing,
    searchIndexing,
    query: median(query),
    render: median(render),
    paint: median(paint),
  };
};
