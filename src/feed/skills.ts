/** Skills as the feed gives them (zod-free: the matcher imports it, and schema.ts would bring zod into the bundle). */
import type { Skill, Text } from './schema.js';

type NamedSkill = { name: Text; esco?: string };

/**
 * A skill given as `{ name, esco? }`. A translations object never has the key "name" (language codes are 2–3
 * letters), so the key tells the two object forms apart.
 */
const isNamedSkill = (skill: Skill): skill is NamedSkill => typeof skill === 'object' && Object.hasOwn(skill, 'name');

export const skillName = (skill: Skill): Text => (isNamedSkill(skill) ? skill.name : skill);

/** The skill's ESCO URL, if the feed gives one. */
export const skillEsco = (skill: Skill): string | undefined => (isNamedSkill(skill) ? skill.esco : undefined);
