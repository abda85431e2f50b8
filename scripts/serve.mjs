// `npm start` serves the repository root on localhost (demo pages load dist/rolefit.js like any site would).
// Static files only, no build step on the page, nothing from outside this folder.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// The repository root, wherever the command is started from.
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * `headers(url, file)` may add response headers per file (the hardening test adds a Content-Security-Policy).
 */
export function startServer(port = Number(process.env.PORT ?? 8000), host = '127.0.0.1', { headers } = {}) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // Browsers ask for it on their own; no page here needs one.
    if (url.pathname === '/favicon.ico') return response.writeHead(204).end();
    if (url.pathname === '/') {
      response.writeHead(302, { location: '/demo/' });
      response.end();
      return;
    }
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'access-control-allow-origin': '*',
      ...headers?.(url, file),
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer();
  const { port } = server.address();
  console.log(`rolefit demo: http://localhost:${port}/demo/  (Ctrl-C stops)`);
}
