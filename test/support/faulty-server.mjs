// A test server that misbehaves on purpose, mounted under /faulty/ in the wtr dev server.
// Every route takes a `key` so each test gets its own counters:
//   /faulty/status/<code>/<key>       answers <code> with a short body
//   /faulty/flaky/<key>               500 the first time, then the feed
//   /faulty/fail/<n>/<key>            503 the first <n> times, then the feed
//   /faulty/drop/<key>                closes the connection the first time (network error), then the feed
//   /faulty/drop-always/<key>         always closes the connection
//   /faulty/hang/<key>                never answers
//   /faulty/slow/<ms>/<key>           the feed after <ms> milliseconds
//   /faulty/html/<key>                200 with an HTML page
//   /faulty/cut/<key>                 half of the feed, then the connection closes
//   /faulty/feed/<name>/<key>         test/fixtures/<name>.json, counted
//   /faulty/stall/<key>               the headers and the first 500 bytes of the feed, then nothing (kept open)
//   /faulty/trickle/<key>             the feed, 2 bytes every 50 ms
//   /faulty/bomb/<mebibytes>/<key>    gzip: the feed and <mebibytes> MiB of spaces after it (a few KB on the wire)
//   /faulty/declared/<bytes>/<key>    Content-Length: <bytes>, then nothing (kept open)
//   /faulty/latin1/<key>              the feed with "Köln" in its English notice, ISO-8859-1 and declared so
//   /faulty/split/<key>               the same in UTF-8, in two writes that split the "ö" between them
//   /faulty/status-text/<length>/<key> 404 with a status text of <length> characters
//   /faulty/hits/<key>                JSON: how many requests <key> has had on any route
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const hits = new Map();
const fixture = (name) => readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8');

const cologne = () => fixture('small').replace('Illustrative test data.', 'Illustrative test data from Köln.');
const bombs = new Map();

/** The feed and `mebibytes` MiB of spaces after it (still valid JSON), gzipped once per size. */
function bomb(mebibytes) {
  if (!bombs.has(mebibytes)) {
    const padding = Buffer.alloc(mebibytes * 1024 * 1024, ' ');
    bombs.set(mebibytes, gzipSync(Buffer.concat([Buffer.from(fixture('small')), padding])));
  }
  return bombs.get(mebibytes);
}

/** Takes over the raw response: Koa sends nothing itself. */
function raw(ctx, headers) {
  ctx.respond = false;
  ctx.res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  return ctx.res;
}

function sendJson(ctx, body) {
  ctx.status = 200;
  ctx.type = 'application/json';
  ctx.body = body;
}

/** Koa middleware for wtr's `middleware` option. */
export function faultyServer() {
  return async (ctx, next) => {
    const match = /^\/faulty\/([a-z0-9-]+)\/(.+)$/.exec(ctx.path);
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
      case 'fail':
        if (count <= Number(parts[0])) {
          ctx.status = 503;
          ctx.body = 'not yet';
          return;
        }
        return sendJson(ctx, fixture('small'));
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
      case 'stall':
        raw(ctx, {}).write(fixture('small').slice(0, 500));
        return;
      case 'trickle': {
        const body = fixture('small');
        const res = raw(ctx, {});
        let sent = 0;
        const timer = setInterval(() => {
          res.write(body.slice(sent, sent + 2));
          sent += 2;
          if (sent >= body.length) res.end();
        }, 50);
        res.on('close', () => clearInterval(timer));
        return;
      }
      case 'bomb': {
        const body = bomb(Number(parts[0]));
        raw(ctx, { 'content-encoding': 'gzip', 'content-length': String(body.length) }).end(body);
        return;
      }
      case 'declared':
        raw(ctx, { 'content-length': parts[0] }).write('{');
        return;
      case 'latin1':
        raw(ctx, { 'content-type': 'application/json; charset=ISO-8859-1' }).end(Buffer.from(cologne(), 'latin1'));
        return;
      case 'split': {
        const body = Buffer.from(cologne());
        const middle = body.indexOf('ö') + 1; // between the two bytes of "ö"
        const res = raw(ctx, { 'content-type': 'application/json; charset=utf-8' });
        res.write(body.subarray(0, middle));
        setTimeout(() => res.end(body.subarray(middle)), 100);
        return;
      }
      case 'status-text':
        ctx.respond = false;
        ctx.res.writeHead(404, 'x'.repeat(Number(parts[0])), { 'cache-control': 'no-store' });
        ctx.res.end('missing');
        return;
      default:
        ctx.status = 404;
    }
  };
}
