/**
 * The closed word lists of feed format v1. They live apart from the zod schema so browser code (filters, facets)
 * can use them without pulling zod into the bundle.
 */
export const providerTypes = ['academy', 'university', 'private', 'chamber'] as const;
export const courseFormats = ['online', 'onsite', 'blended'] as const;
export const courseLevels = ['beginner', 'advanced'] as const;
