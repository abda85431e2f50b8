/**
 * The built-in feed lies next to this module: `dist/feeds/` beside the bundle, `lib/feeds/` beside the library,
 * `src/feeds/` in tests. Resolving against `import.meta.url` makes the bundle work from any CDN path.
 */
export const defaultFeedUrl = (): string => new URL('./feeds/social-media.json', import.meta.url).href;
