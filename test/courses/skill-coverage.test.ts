import { expect } from '@open-wc/testing';
import { noFilters } from '../../src/courses/filters.js';
import { queryCourses } from '../../src/courses/query.js';
import { coveredSkills, roleSkills, skillCoverage } from '../../src/courses/skill-coverage.js';
import { loadFeed } from '../../src/feed/load.js';
import type { Course, Feed, Role } from '../../src/feed/schema.js';
import { skillName } from '../../src/feed/skills.js';
import { idsAt } from './support.js';

export const skillsUrl = '/test/fixtures/skills.json';

describe('skill coverage', () => {
  let feed: Feed;
  before(async () => {
    feed = await loadFeed(skillsUrl);
  });

  const role = (id: string): Role => feed.roles.find((candidate) => candidate.id === id)!;
  const course = (id: string): Course => feed.courses.find((candidate) => candidate.id === id)!;
  /** The names of the role's skills that the course covers, as the feed writes them (first language). */
  const covered = (roleId: string, courseId: string) =>
    coveredSkills(roleSkills(role(roleId)), course(courseId))?.map((skill) => {
      const name = skillName(skill);
      return typeof name === 'string' ? name : Object.values(name)[0];
    });

  it('matches by ESCO URL whatever the names, and by name where a side has no URL', () => {
    // "Inhalte produzieren" shares the ESCO URL of "Content-Erstellung"; "Redaktionsplanung" is named alike.
    expect(covered('social', 'c-esco')).to.deep.equal(['Content-Erstellung', 'Redaktionsplanung']);
  });

  it('folds case and punctuation of names: "community management" is "Community-Management"', () => {
    expect(covered('social', 'c-one')).to.deep.equal(['Community-Management']);
    expect(covered('mobile', 'c-mobile')).to.deep.equal(['App-Usability']);
  });

  it('matches names in any of their languages', () => {
    // The course's English "Content Creation" meets the role's English "Content creation".
    expect(covered('social', 'c-en')).to.deep.equal(['Content-Erstellung']);
  });

  it('says nothing (undefined) when the role or the course lists no skills', () => {
    expect(covered('social', 'c-none')).to.equal(undefined);
    expect(covered('plain', 'c-plain')).to.equal(undefined);
  });

  it('is an empty list when both list skills and none is shared', () => {
    expect(covered('mobile', 'c-en')).to.deep.equal([]);
  });

  it('counts per course for one role, and nothing for courses of other roles', () => {
    const counts = [...skillCoverage(feed, role('social'))];
    expect(counts).to.deep.equal([0, 1, 2, 1, 0, 0]);
    expect(skillCoverage(feed, role('social')), 'worked out once per feed and role').to.equal(
      skillCoverage(feed, role('social')),
    );
  });

  it('ranks the relevance order of a role by coverage, then by feed order', () => {
    const ids = (filters: Partial<typeof noFilters>) =>
      idsAt(feed, queryCourses(feed, { ...noFilters, ...filters }).matches);
    expect(ids({ role: 'social' })).to.deep.equal(['c-esco', 'c-one', 'c-en', 'c-none']);
    // Other orders and lists without a role keep their own order.
    expect(ids({ role: 'social', sort: 'price' })).to.deep.equal(['c-none', 'c-en', 'c-one', 'c-esco']);
    expect(ids({})).to.deep.equal(feed.courses.map((entry) => entry.id));
    // A role without skills keeps the feed's order.
    expect(ids({ role: 'plain' })).to.deep.equal(['c-plain']);
  });

  it('stays linear for a course with thousands of skills against a role with thousands', () => {
    const many = (prefix: string) => Array.from({ length: 5000 }, (_, index) => `${prefix} ${index}`);
    const big = roleSkills({ ...role('social'), skills: many('Skill') });
    const result = coveredSkills(big, { ...course('c-one'), skills: [...many('Other'), 'skill 4999'] });
    expect(result).to.deep.equal(['Skill 4999']);
  });
});
