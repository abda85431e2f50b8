/** Lints about skills: an `esco` link is only useful for matching when it names an ESCO skill. */
import type { Skill } from '../../feed/schema.js';
import { label, type LintRule, type LintWarning } from './types.js';

const escoSkill = /^https?:\/\/data\.europa\.eu\/esco\/skill\/[\w-]+$/;

function badLinks(skills: readonly Skill[] | undefined, item: string): LintWarning[] {
  return (skills ?? []).flatMap((skill, index) => {
    const esco = typeof skill === 'object' && 'esco' in skill ? skill.esco : undefined;
    if (esco === undefined || escoSkill.test(esco)) return [];
    return [
      {
        rule: 'esco-not-a-skill' as const,
        item,
        message: `skills[${index}].esco is not an ESCO skill URL, so no course or role can be matched by it`,
        fix: 'use the skill\'s URI from esco.ec.europa.eu, such as "http://data.europa.eu/esco/skill/…", or remove "esco"',
      },
    ];
  });
}

export const escoNotASkill: LintRule = ({ feed }) => [
  ...feed.roles.flatMap((role) => badLinks(role.skills, label('role', role.id))),
  ...feed.courses.flatMap((course) => badLinks(course.skills, label('course', course.id))),
];
