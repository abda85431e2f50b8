/** Lints about roles: can the quiz recommend them, and is there a course to recommend with them? */
import { bestWeight } from '../../match/score.js';
import { label, type LintRule } from './types.js';

export const unscorableRole: LintRule = ({ feed }) =>
  feed.roles
    .filter((role) => feed.questions.every((question) => bestWeight(question, role.id) === 0))
    .map((role) => ({
      rule: 'unscorable-role',
      item: label('role', role.id),
      message: 'no answer gives this role a weight, so the quiz can never recommend it',
      fix: `give "${role.id}" a weight > 0 in the options that should point to it`,
    }));

export const roleWithoutCourse: LintRule = ({ feed }) =>
  feed.roles
    .filter((role) => !feed.courses.some((course) => course.roles.includes(role.id)))
    .map((role) => ({
      rule: 'role-without-course',
      item: label('role', role.id),
      message: 'no course is for this role, so a reader who gets it sees no training',
      fix: `add "${role.id}" to the "roles" of a fitting course, or add a course for it`,
    }));
