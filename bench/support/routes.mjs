// What the server answers from memory: the comparison pages' scripts bundled and minified (so hand-written
// code is weighed like shipped code), the generated course feeds with a list page each, and the blog page
// without the widget.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { generateFeed } from '../courses/generate-feed.mjs';

const bench = new URL('..', import.meta.url);
const javascript = 'text/javascript; charset=utf-8';

/** Scripts bundled from bench/ and served at their own path in place of the source. */
const bundledScripts = ['quiz/surveyjs.js', 'quiz/vanilla.js', 'scale/vanilla-courses.js', 'scale/load-probe.js'];

async function bundle(entry) {
  const result = await build({
    entryPoints: [new URL(entry, bench).pathname],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
  });
  return result.outputFiles[0].contents;
}

/** The blog demo with the rolefit script and widget taken out: the baseline for long tasks. */
export function withoutWidget(html) {
  const stripped = html
    .replace(/\s*<script type="module" src="\.\.\/dist\/rolefit\.js"><\/script>/, '')
    .replace(/<rolefit-advisor[^>]*><\/rolefit-advisor>/, '');
  if (stripped.includes('rolefit.js') || stripped.includes('<rolefit-')) {
    throw new Error('demo/blog.html changed: the benchmark could not take the widget out');
  }
  return stripped;
}

/** A course list page (scale/<id>.html) with the feed of `size` courses. */
export const listPagePath = (id, size) => `/bench/scale/${id}-${size}.html`;

export const blogWithoutWidgetPath = '/demo/blog-without-widget.html';

export async function benchRoutes(repository, courseSizes) {
  const routes = new Map();
  for (const entry of bundledScripts) {
    routes.set(`/bench/${entry}`, { type: javascript, body: await bundle(entry) });
  }
  const listPages = await Promise.all(
    ['rolefit', 'vanilla'].map(async (id) => [id, await readFile(new URL(`scale/${id}.html`, bench), 'utf8')]),
  );
  for (const size of courseSizes) {
    routes.set(`/bench/feeds/${size}.json`, { type: 'application/json', body: JSON.stringify(generateFeed(size)) });
    for (const [id, template] of listPages) {
      routes.set(listPagePath(id, size), { type: 'text/html; charset=utf-8', body: template.replace('{size}', size) });
    }
  }
  const blog = await readFile(new URL('demo/blog.html', repository), 'utf8');
  routes.set(blogWithoutWidgetPath, { type: 'text/html; charset=utf-8', body: withoutWidget(blog) });
  return routes;
}
