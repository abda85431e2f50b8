/** `rolefit/feed`: the feed format for tools — schema, types, validation, loading and the JSON Schema. */
export * from './schema.js';
export { parseFeed, type ParsedFeed } from './parse.js';
export { FeedError, type FeedErrorDetail, type FeedErrorKind, type FeedErrorOptions } from './errors.js';
export { formatProblem, type FeedProblem, type ProblemEffect } from './problems.js';
export { fetchFeedText, loadFeed, useFeedData, type LoadOptions } from './load.js';
export { localize } from './text.js';
export { feedJsonSchema } from './json-schema.js';
