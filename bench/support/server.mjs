// A small static server on 127.0.0.1 and a free port: the repository's files, plus routes made in memory
// (the comparison pages' bundled scripts, generated feeds, page variants). Nothing is compressed on the wire
// (except the hostile case's gzip bomb, served pre-compressed): the byte figures gzip the bodies themselves, so
// every implementation is measured the same way.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/**
 * @param {string} root - Directory served at `/`.
 * @param {Map<string, {type: string, body: string | Uint8Array, headers?: object}>} routes - Paths answered from
 *   memory first; `headers` are extra response headers (the gzip bomb's `content-encoding`).
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 */
export async function startServer(root, routes) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const route = routes.get(path);
    if (route) return send(response, 200, route.type, route.body, route.headers);
    const file = resolve(root, `.${path}`);
    if (!file.startsWith(root + sep)) return send(response, 403, 'text/plain', 'forbidden');
    try {
      send(response, 200, types[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      send(response, 404, 'text/plain', 'not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the benchmark server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function send(response, status, type, body, headers = {}) {
  // no-store: each round starts from an empty cache anyway (a fresh browser context); this makes it explicit.
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  response.end(body);
}
