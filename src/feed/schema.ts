/**
 * Feed format v1: the one source of truth. Types are inferred from these schemas, the JSON Schema
 * (`dist/feed.schema.json`) and the browser's validation rules (`rules.generated.ts`, by `scripts/gen-rules.mjs`)
 * are generated from them. Refinements use named functions from checks.ts so the generated rules can call them too.
 */
import * as z from 'zod/mini';
import { hasTranslation, isLanguageTag, isParsableUrl, isRealDate } from './checks.js';
import { courseFormats, courseLevels, providerTypes } from './vocabulary.js';

export { courseFormats, courseLevels, providerTypes };

/** Ids end up in radio `name`s and in the share fragment `q.o,q.o`, so `.` and `,` are not allowed. */
export const idSchema = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, {
    error: 'must be 1–64 letters, digits, "-" or "_" (no spaces, dots or commas)',
  }),
);

const languageError = { error: 'must be a language code such as "de" or "en"' };

/** A BCP 47 language tag without extensions, that `Intl` accepts too (the pattern alone lets "fr-12" through). */
export const langSchema = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, languageError), z.refine(isLanguageTag, languageError));

const plainText = z.string().check(z.minLength(1), z.maxLength(5000));

/** Texts keyed by language code; at least one, or a required text could be empty. */
export const translationsSchema = z
  .record(langSchema, plainText)
  .check(z.refine(hasTranslation, { error: 'must have at least one translation, e.g. {"de": "…"}' }));

/** A plain string in the feed's `lang`, or translations keyed by language code. */
export const textSchema = z.union([plainText, translationsSchema]);

/**
 * An absolute http(s) URL without whitespace or control characters (U+0000–U+001F, U+007F) anywhere, so
 * " javascript:…" or "java\tscript:…" can never reach an `href`.
 */
// eslint-disable-next-line no-control-regex -- refusing control characters is this pattern's purpose
const httpUrlPattern = /^https?:\/\/[^\s\x00-\x1f\x7f]+$/i;

const urlError = { error: 'must be an absolute http:// or https:// URL' };

/** Absolute http(s) URL only (the pattern), that the URL parser accepts too. */
export const urlSchema = z
  .string()
  .check(z.maxLength(2048), z.regex(httpUrlPattern, urlError), z.refine(isParsableUrl, urlError));

export const dateSchema = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' }),
    z.refine(isRealDate, { error: 'must be a date that exists' }),
  );

const amount = z.number().check(z.gte(0, { error: 'must be a number ≥ 0' }));

/** A bounded number from 0 to `maximum`, all of whose failures say the range. */
const numberUpTo = (maximum: number) => {
  const range = { error: `must be a number from 0 to ${maximum}` };
  return z.number().check(z.gte(0, range), z.lte(maximum, range));
};

/**
 * The largest weight. The scorer adds one weight per question and the lint multiplies such sums, so any bound
 * keeps them finite for any real quiz; 1000 leaves room for every scale feeds use (0–3, 0–10, 0–100).
 */
const maxWeight = 1000;

/** The longest course: 10,000 hours (five years full time) or 520 weeks (ten years); more is a typo. */
const maxHours = 10_000;
const maxWeeks = 520;

/** A skill: a text, or a name with the skill's ESCO URL, so a role's skills and a course's can be matched. */
export const skillSchema = z.union([textSchema, z.object({ name: textSchema, esco: z.optional(urlSchema) })]);

/** Standard occupation codes: ISCO-08 unit group, KldB 2010 occupation type, O*NET-SOC 2019 occupation. */
export const occupationCodesSchema = z.object({
  isco08: z.optional(z.string().check(z.regex(/^\d{4}$/, { error: 'must be an ISCO-08 code: 4 digits' }))),
  kldb2010: z.optional(z.string().check(z.regex(/^\d{5}$/, { error: 'must be a KldB 2010 code: 5 digits' }))),
  onetSoc: z.optional(
    z.string().check(z.regex(/^\d{2}-\d{4}\.\d{2}$/, { error: 'must be an O*NET-SOC code such as "27-3031.00"' })),
  ),
});

export const roleSchema = z.object({
  id: idSchema,
  name: textSchema,
  summary: textSchema,
  tasks: z.array(textSchema),
  skills: z.optional(z.array(skillSchema)),
  esco: z.optional(urlSchema),
  codes: z.optional(occupationCodesSchema),
  url: z.optional(urlSchema),
});

export const optionSchema = z.object({
  id: idSchema,
  label: textSchema,
  weights: z.record(idSchema, numberUpTo(maxWeight)),
});

const questionFields = { id: idSchema, text: textSchema, hint: z.optional(textSchema) };

/** A question without its options, which the lenient parser checks one by one. */
export const questionShellSchema = z.object(questionFields);

export const questionSchema = /*#__PURE__*/ z.object({
  ...questionFields,
  options: /*#__PURE__*/ z
    .array(optionSchema)
    .check(/*#__PURE__*/ z.minLength(2, { error: 'needs at least 2 options' })),
});

export const providerSchema = z.object({
  id: idSchema,
  name: textSchema,
  type: z.enum(providerTypes),
  url: z.optional(urlSchema),
});

export const priceSchema = z.object({
  amount,
  currency: z._default(
    z.string().check(z.regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 code such as "EUR"' })),
    'EUR',
  ),
});

export const courseSchema = z.object({
  id: idSchema,
  title: textSchema,
  provider: idSchema,
  roles: z.array(idSchema).check(z.minLength(1, { error: 'needs at least one role id' })),
  format: z.enum(courseFormats),
  price: z.optional(priceSchema),
  hours: z.optional(numberUpTo(maxHours)),
  weeks: z.optional(numberUpTo(maxWeeks)),
  start: z.optional(dateSchema),
  location: z.optional(textSchema),
  certificate: z.optional(textSchema),
  funding: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(100)))),
  zfu: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  url: urlSchema,
  topics: z.optional(z.array(textSchema)),
  skills: z.optional(z.array(skillSchema)),
  level: z.optional(z.enum(courseLevels)),
  language: z.optional(langSchema),
});

/** A count of courses (the same check as an amount); `rolefit validate` checks it against the pack's files. */
const courseCount = amount;

/**
 * A course file of a pack, relative to its index.json: plain path segments, no "..", no scheme, no leading "/",
 * so a reader resolving it against the index's URL always stays on the index's host and folder.
 */
export const packFilePathSchema = z.string().check(
  z.maxLength(200),
  z.regex(/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*\.json$/, {
    error: 'must be a relative path such as "courses/role-1-0123abcd.json"',
  }),
);

/** What a role's course list needs before its files are in: the counts of the filter options, with no filter on. */
export const packFacetsSchema = z.object({
  providerTypes: z.record(z.string(), courseCount),
  formats: z.record(z.string(), courseCount),
  funding: z.record(z.string(), courseCount),
  /** Absent when no course of the role has a price (amounts as given, currencies not converted). */
  price: z.optional(z.object({ min: amount, max: amount })),
});

export const packRoleSchema = z.object({
  courses: courseCount,
  /** In the list's default order: the role's courses are these files' courses, one file after the other. */
  files: z.array(packFilePathSchema),
  facets: packFacetsSchema,
});

/** The `pack` field of a pack's index.json: each role's course files. A feed without it holds its own courses. */
export const packSchema = /*#__PURE__*/ z.object({
  version: /*#__PURE__*/ z.literal(1),
  roles: /*#__PURE__*/ z.record(idSchema, packRoleSchema),
});

/** One course file of a pack. */
export const courseFileSchema = /*#__PURE__*/ z.object({
  version: /*#__PURE__*/ z.literal(1),
  courses: /*#__PURE__*/ z.array(courseSchema),
});

/** The feed's own fields, checked before its lists. */
export const headerSchema = z.object({
  $schema: z.optional(z.string()),
  version: z.literal(1),
  lang: langSchema,
  updated: z.optional(dateSchema),
  notice: z.optional(textSchema),
});

/**
 * The whole feed as a strict schema: what the JSON Schema describes and what "valid" means. The browser parses
 * item by item and never calls it, so its calls are marked pure: the bundle drops them.
 */
export const feedSchema = /*#__PURE__*/ z.extend(headerSchema, {
  roles: /*#__PURE__*/ z.array(roleSchema).check(/*#__PURE__*/ z.minLength(1, { error: 'needs at least one role' })),
  questions: /*#__PURE__*/ z._default(/*#__PURE__*/ z.array(questionSchema), []),
  providers: /*#__PURE__*/ z._default(/*#__PURE__*/ z.array(providerSchema), []),
  courses: /*#__PURE__*/ z._default(/*#__PURE__*/ z.array(courseSchema), []),
  /** Only in a pack's index.json (then `courses` is empty): where each role's courses are. */
  pack: /*#__PURE__*/ z.optional(packSchema),
});

export type Text = z.infer<typeof textSchema>;
export type Skill = z.infer<typeof skillSchema>;
export type OccupationCodes = z.infer<typeof occupationCodesSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Option = z.infer<typeof optionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Provider = z.infer<typeof providerSchema>;
export type ProviderType = (typeof providerTypes)[number];
export type CourseFormat = (typeof courseFormats)[number];
export type Price = z.infer<typeof priceSchema>;
export type Course = z.infer<typeof courseSchema>;
export type Feed = z.infer<typeof feedSchema>;
export type Pack = z.infer<typeof packSchema>;
export type PackRole = z.infer<typeof packRoleSchema>;
export type PackFacets = z.infer<typeof packFacetsSchema>;
export type CourseFile = z.infer<typeof courseFileSchema>;
/** What a publisher writes (defaults not yet applied). */
export type FeedInput = z.input<typeof feedSchema>;
