/**
 * The feed's JSON Schema, generated from the zod schema so the two cannot drift. Descriptions live here, not
 * in schema.ts, so that editor help texts never enter the browser bundle.
 */
import * as z from 'zod/mini';
import {
  courseSchema,
  dateSchema,
  feedSchema,
  idSchema,
  occupationCodesSchema,
  optionSchema,
  packFacetsSchema,
  packFilePathSchema,
  packRoleSchema,
  packSchema,
  priceSchema,
  providerSchema,
  questionSchema,
  roleSchema,
  skillSchema,
  textSchema,
  translationsSchema,
  urlSchema,
} from './schema.js';

const descriptions: [z.ZodMiniType, string, string?][] = [
  [feedSchema, 'A rolefit feed: roles, quiz questions, training providers and courses.', 'Feed'],
  [idSchema, 'An id, unique within its list: letters, digits, "-" and "_".', 'Id'],
  [textSchema, 'Text in the feed\'s "lang", or translations such as {"de": "…", "en": "…"}.', 'Text'],
  [urlSchema, 'An absolute http:// or https:// URL.', 'Url'],
  [dateSchema, 'A calendar date, YYYY-MM-DD.', 'Date'],
  [roleSchema, 'A job role the quiz can recommend.', 'Role'],
  [
    occupationCodesSchema,
    'Standard occupation codes: ISCO-08 (4 digits), KldB 2010 (5 digits), O*NET-SOC (NN-NNNN.NN).',
    'OccupationCodes',
  ],
  [skillSchema, 'A skill: a text, or { name, esco } with its ESCO skill URL.', 'Skill'],
  [questionSchema, 'A quiz question with at least two options.', 'Question'],
  [translationsSchema, 'Texts by language code, at least one, such as {"de": "…", "en": "…"}.', 'Translations'],
  [
    optionSchema,
    'An answer; "weights" maps role ids to how strongly this answer points to them (0 to 1000).',
    'Option',
  ],
  [providerSchema, 'Who offers courses: academy, university, private institute or chamber (IHK).', 'Provider'],
  [courseSchema, 'A training course; "provider" and "roles" refer to ids above.', 'Course'],
  [priceSchema, 'Price of the whole course; currency is an ISO 4217 code (default EUR).', 'Price'],
  [
    packSchema,
    'Only in the index.json of a feed pack (written by `rolefit pack`, whose "courses" list is empty): per role id, ' +
      'its course count, facet counts and course files. Each course file is {"version": 1, "courses": [Course, …]}.',
    'Pack',
  ],
  [
    packRoleSchema,
    "One role of a pack: how many courses it has, the files holding them (in the course list's default order) " +
      'and the counts of the filter options.',
    'PackRole',
  ],
  [
    packFilePathSchema,
    'A course file, relative to index.json. Its name carries a hash of its content, so it can be cached forever.',
    'PackFile',
  ],
  [
    packFacetsSchema,
    "Courses per provider type, format and funding kind, and the role's price range (absent without prices).",
    'PackFacets',
  ],
];

/** JSON Schema (draft 2020-12) of feed format v1, as written by publishers (defaults not applied). */
export function feedJsonSchema(): Record<string, unknown> {
  const metadata = z.registry<{ description: string; id?: string }>();
  for (const [schema, description, id] of descriptions)
    metadata.add(schema, id ? { description, id } : { description });
  const schema = z.toJSONSchema(feedSchema, {
    metadata,
    io: 'input',
    unrepresentable: 'any',
    // A refinement has no JSON Schema form; "at least one translation" has one, so editors flag `{}` too.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === translationsSchema) jsonSchema.minProperties = 1;
    },
  });
  return { ...schema, title: 'rolefit feed v1' };
}
