// Feed fetch + validation alone, in a fresh page: rolefit's own loader (bundled from src/ with esbuild, as the
// bundle does not export it) against the floor, fetch + JSON parse. `?impl=rolefit|vanilla&feed=<url>`.
import { loadFeed } from '../../src/feed/load.js';

const parameters = new URLSearchParams(location.search);
const url = new URL(parameters.get('feed'), location.href).href;
const load = {
  rolefit: () => loadFeed(url),
  vanilla: async () => (await fetch(url)).json(),
}[parameters.get('impl')];

const start = performance.now();
const feed = await load();
window.__loaded = { ms: performance.now() - start, courses: feed.courses.length };
