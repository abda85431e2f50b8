import { expect } from '@open-wc/testing';
import { noFilters, type CourseFilters } from '../../src/courses/filters.js';
import { queryCourses } from '../../src/courses/query.js';
import type { Feed } from '../../src/feed/schema.js';
import { idsAt, loadCatalog } from './support.js';

describe('queryCourses', () => {
  let feed: Feed;
  before(async () => {
    feed = await loadCatalog();
  });

  const ids = (filters: Partial<CourseFilters>): string[] =>
    idsAt(feed, queryCourses(feed, { ...noFilters, ...filters }).matches);

  it('lists every course in feed order without filters', () => {
    expect(ids({})).to.deep.equal(['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7']);
  });

  it('keeps the courses of a role', () => {
    expect(ids({ role: 'writer' })).to.deep.equal(['k1', 'k4', 'k7']);
    expect(ids({ role: 'seller' })).to.deep.equal(['k3', 'k4', 'k6']);
    expect(ids({ role: 'idle' })).to.deep.equal([]);
  });

  it('keeps courses whose provider has one of the types', () => {
    expect(ids({ providerTypes: ['chamber'] })).to.deep.equal(['k5', 'k6']);
    expect(ids({ providerTypes: ['academy', 'university'] })).to.deep.equal(['k1', 'k2', 'k7']);
  });

  it('keeps courses in one of the formats', () => {
    expect(ids({ formats: ['online'] })).to.deep.equal(['k1', 'k4', 'k5']);
    expect(ids({ formats: ['onsite', 'blended'] })).to.deep.equal(['k2', 'k3', 'k6', 'k7']);
  });

  it('keeps courses at or below the maximum price, leaving out those without a price', () => {
    expect(ids({ maxPrice: 500 })).to.deep.equal(['k1', 'k4', 'k7']);
    expect(ids({ maxPrice: 0 })).to.deep.equal([]);
    expect(ids({ maxPrice: 1e9 })).to.not.include('k3');
  });

  it('keeps courses with at least one of the funding kinds', () => {
    expect(ids({ funding: ['bildungsgutschein'] })).to.deep.equal(['k1', 'k6']);
    expect(ids({ funding: ['employer', 'bildungsurlaub'] })).to.deep.equal(['k3', 'k5']);
    expect(ids({ funding: ['not-in-feed'] })).to.deep.equal([]);
  });

  it('searches titles, providers and topics in every language, tolerant of umlauts', () => {
    expect(ids({ search: 'uebersetzer' })).to.deep.equal(['k1']);
    expect(ids({ search: 'ÜBERSETZER' })).to.deep.equal(['k1']);
    expect(ids({ search: 'translators' })).to.deep.equal(['k1']);
    expect(ids({ search: 'strasse' })).to.deep.equal(['k6']);
    expect(ids({ search: 'grosse' })).to.deep.equal(['k4']);
    expect(ids({ search: 'koeln' })).to.deep.equal(['k5', 'k6']);
    expect(ids({ search: 'grammatik' })).to.deep.equal(['k1']);
    expect(ids({ search: 'texte süd' })).to.deep.equal(['k1']);
  });

  it('combines filters with AND', () => {
    expect(ids({ role: 'writer', formats: ['online'], maxPrice: 500 })).to.deep.equal(['k1', 'k4']);
    expect(ids({ role: 'writer', formats: ['online'], maxPrice: 500, providerTypes: ['private'] })).to.deep.equal([
      'k4',
    ]);
    expect(ids({ role: 'coder', funding: ['bildungsgutschein'] })).to.deep.equal([]);
  });

  it('counts each option against every other active filter', () => {
    const { facets } = queryCourses(feed, { ...noFilters, formats: ['online'] });
    expect(facets.providerTypes).to.deep.equal({ academy: 1, university: 0, private: 1, chamber: 1 });
    // The format group ignores its own selection: each count is what ticking that box alone would give.
    expect(facets.formats).to.deep.equal({ online: 3, onsite: 2, blended: 2 });
    expect([...facets.funding]).to.deep.equal([
      ['bildungsgutschein', 1],
      ['aufstiegs-bafoeg', 0],
      ['employer', 0],
      ['bildungsurlaub', 1],
    ]);
  });

  it('counts options within the role, price and search filters', () => {
    const { facets, matches } = queryCourses(feed, { ...noFilters, role: 'writer', providerTypes: ['academy'] });
    expect(idsAt(feed, matches)).to.deep.equal(['k1', 'k7']);
    expect(facets.providerTypes).to.deep.equal({ academy: 2, university: 0, private: 1, chamber: 0 });
    expect(facets.formats).to.deep.equal({ online: 1, onsite: 0, blended: 1 });
    expect(queryCourses(feed, { ...noFilters, search: 'köln' }).facets.formats).to.deep.equal({
      online: 1,
      onsite: 1,
      blended: 0,
    });
  });

  it('sorts the matches', () => {
    expect(ids({ role: 'writer', sort: 'price' })).to.deep.equal(['k7', 'k1', 'k4']);
  });
});
