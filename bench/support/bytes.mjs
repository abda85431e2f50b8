// Bytes on the wire, measured the same way for every implementation: each response body as served (already
// minified where the project ships it minified), gzipped at level 9 here. The server itself does not compress.
import { gzipSync } from 'node:zlib';

const kinds = { document: 'html', script: 'js', stylesheet: 'css', fetch: 'data', xhr: 'data' };

/** Starts recording a page's responses; `done()` resolves to one row per response. */
export function recordResponses(page) {
  const rows = [];
  page.on('response', (response) => {
    const request = response.request();
    if (request.method() !== 'GET' || response.status() !== 200) return;
    rows.push(
      response.buffer().then((body) => ({
        url: new URL(response.url()).pathname,
        kind: kinds[request.resourceType()] ?? request.resourceType(),
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
      })),
    );
  });
  return { done: () => Promise.all(rows) };
}

/** Gzipped bytes per kind (js, css, data, html, …) and `total` without the host page's own HTML. */
export function bytesByKind(rows) {
  const sums = { js: 0, css: 0, data: 0, html: 0, other: 0, total: 0 };
  for (const row of rows) {
    const kind = row.kind in sums ? row.kind : 'other';
    sums[kind] += row.gzip;
    if (kind !== 'html') sums.total += row.gzip;
  }
  return sums;
}
