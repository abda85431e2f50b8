/** Skills as the feed gives them (zod-free: the matcher imports it, and schema.ts would bring zod into the bundle). */
import type { Skill, Text } from './schema.js';

/**
 * A skill's name. A translations object never has the key "name" (language codes are 2–3 letters), so the key
 * tells the two object forms apart.
 */
export const skillName = (skill: Skill): Text =>
  typeof skill === 'object' && Object.hasOwn(skill, 'name') ? (skill as { name: Text }).name : (skill as Text);
