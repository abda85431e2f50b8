// A test server that misbehaves on purpose, mounted under /faulty/ in the wtr dev server.
// Every route takes a `key` so each test gets its own counters:
//   /faulty/status/<code>/<key>       answers <code> with a short body
//   /faulty/flaky/<key>               500 the first time, then the feed
//   /faulty/drop/<key>                closes the connection the first time (network error), then the feed
//   /faulty/drop-always/<key>         always closes the connection
//   /faulty/hang/<key>                never answers
//   /faulty/slow/<ms>/<key>           the feed after <ms> milliseconds
//   /faulty/html/<key>                200 with an HTML page
//   /faulty/cut/<key>                 half of the feed, then the connection closes
//   /faulty/feed/<name>/<key>         test/fixtures/<name>.json, counted
//   /faulty/hits/<key>                JSON: how many requests <key> has had on any route
import { readFileSync } from 'node:fs';

const hits = new Map();
const fixture = (name) => readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8');

function sendJson(ctx, body) {
  ctx.status = 200;
  ctx.type = 'application/json';
  ctx.body = body;
}

/** Koa middleware for wtr's `middleware` option. */
export function faultyServer() {
  return async (ctx, next) => {
    const match = /^\/faulty\/([a-z-]+)\/(.+)$/.exec(ctx.path);
    if (!match) return next();
    const [, route, rest] = match;
    const parts = rest.split('/');
    const key = parts[parts.length - 1];
    if (route === 'hits') return sendJson(ctx, JSON.stringify({ hits: hits.get(key) ?? 0 }));
    const count = (hits.get(key) ?? 0) + 1;
    hits.set(key, count);
    ctx.set('cache-control', 'no-store');
    switch (route) {
      case 'status':
        ctx.status = Number(parts[0]);
        ctx.body = `status ${parts[0]}`;
        return;
      case 'flaky':
        if (count === 1) {
          ctx.status = 500;
          ctx.body = 'try again';
          return;
        }
        return sendJson(ctx, fixture('small'));
      case 'drop':
      case 'drop-always':
        if (route === 'drop-always' || count === 1) {
          ctx.req.socket.destroy();
          ctx.respond = false;
          return;
        }
        return sendJson(ctx, fixture('small'));
      case 'hang':
        ctx.respond = false;
        return;
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, Number(parts[0])));
        return sendJson(ctx, fixture('small'));
      case 'html':
        ctx.status = 200;
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>Not found</title><h1>Page not found</h1>';
        return;
      case 'cut': {
        const body = fixture('small');
        ctx.respond = false;
        ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
        ctx.res.write(body.slice(0, body.length >> 1));
        setTimeout(() => ctx.req.socket.destroy(), 50);
        return;
      }
      case 'feed':
        return sendJson(ctx, fixture(parts[0]));
      default:
        ctx.status = 404;
    }
  };
}
