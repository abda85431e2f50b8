/**
 * The built-in feed lies next to this module: `dist/feeds/` beside the bundle, `src/feeds/` in tests; the library
 * in `lib/` points at the same `../dist/feeds/` (the build rewrites the path, so the package ships the feed once). Resolving against `import.meta.url` makes the bundle work from any CDN path.
 */
export const defaultFeedUrl = (): string => new URL('./feeds/social-media.json', import.meta.url).href;
