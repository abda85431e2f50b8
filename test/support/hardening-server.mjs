// Routes for the hardening tests (test/hardening/), mounted under /hardening/ in the wtr dev server:
//   /hardening/csp/<name>.html   test/fixtures/hardening/<name>.html served with the strict CSP below
//   /hardening/cors-port         JSON { port }: a second server on 127.0.0.1 that serves the small feed at
//                                /<key>.json WITHOUT Access-Control-Allow-Origin, so a browser refuses to read it
// The second server is a different origin (another port), which is all CORS needs; it is started on first use
// and closed when the process exits.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/** The CSP the README's "Security and privacy" recommends: nothing inline, nothing foreign, Trusted Types for scripts. */
export const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html rolefit";

/** The same for pages with another Lit-based script (or a second rolefit): each copy of Lit creates `lit-html`. */
export const sharedLitCsp = `${strictCsp} 'allow-duplicates'`;

const fixtures = new URL('../fixtures/', import.meta.url);
const read = (path) => readFileSync(new URL(path, fixtures), 'utf8');

let corsServer;

/** Starts (once) the foreign-origin server and resolves to its port. */
function corsPort() {
  corsServer ??= new Promise((resolve, reject) => {
    const server = createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(read('small.json'));
    });
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
    server.unref();
  });
  return corsServer;
}

/** Koa middleware for wtr's `middleware` option. */
export function hardeningServer() {
  return async (ctx, next) => {
    if (ctx.path === '/hardening/cors-port') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ port: await corsPort() });
      return;
    }
    const page = /^\/hardening\/csp\/([a-z0-9-]+)\.html$/.exec(ctx.path);
    if (!page) return next();
    ctx.set('content-security-policy', strictCsp);
    ctx.set('cache-control', 'no-store');
    ctx.type = 'text/html';
    ctx.body = read(`hardening/${page[1]}.html`);
  };
}
