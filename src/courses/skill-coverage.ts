/**
 * Which of a role's skills a course teaches. Two skills are the same when they give the same ESCO URL, else when
 * their names are equal once folded like search text, with punctuation as spaces ("Content-Erstellung" meets
 * "content erstellung"), in any of their languages.
 */
import type { Course, Feed, Role, Skill } from '../feed/schema.js';
import { skillEsco, skillName } from '../feed/skills.js';
import { translations } from '../feed/text.js';
import { perFeed } from './per-feed.js';
import { queryWords } from './search-key.js';

/** Anything but letters, digits and their marks: it separates words in a skill's name as spaces do. */
const separators = /[^\p{L}\p{N}\p{M}]+/gu;

/** How a skill is recognised: its ESCO URL (if any) and its names, folded like a search query. */
function skillKeys(skill: Skill): string[] {
  const names = translations(skillName(skill)).map((name) => queryWords(name.replace(separators, ' ')).join(' '));
  const esco = skillEsco(skill);
  return esco ? [esco, ...names] : names;
}

/** A role's skills with their keys, worked out once for all the courses they are compared with. */
export interface RoleSkills {
  skills: readonly Skill[];
  keys: readonly string[][];
}

export function roleSkills(role: Role): RoleSkills {
  const skills = role.skills ?? [];
  return { skills, keys: skills.map(skillKeys) };
}

/**
 * The role's skills that the course teaches, in the role's order; `undefined` when the role or the course lists
 * no skills, so there is nothing to compare. A set of the course's keys keeps it linear in the skills of both.
 */
export function coveredSkills(role: RoleSkills, course: Course): Skill[] | undefined {
  if (!role.skills.length || !course.skills?.length) return undefined;
  const taught = new Set(course.skills.flatMap(skillKeys));
  return role.skills.filter((_, index) => role.keys[index]!.some((key) => taught.has(key)));
}

/**
 * Per role id: how many of the role's skills each course covers (by position in `feed.courses`), worked out once
 * per feed and role. The relevance order ranks by it.
 */
const coverageByRole = perFeed(() => new Map<string, Uint32Array>());

export function skillCoverage(feed: Feed, role: Role): Uint32Array {
  const cache = coverageByRole(feed);
  let counts = cache.get(role.id);
  if (!counts) {
    const skills = roleSkills(role);
    // Courses of other roles are never listed with this one: they are not compared at all.
    const count = (course: Course) => (course.roles.includes(role.id) ? (coveredSkills(skills, course)?.length ?? 0) : 0);
    counts = new Uint32Array(feed.courses.map(count));
    cache.set(role.id, counts);
  }
  return counts;
}
