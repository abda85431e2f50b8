/**
 * A local preview server: the demo page, the bundle from the package's dist/, and the feed re-read on every
 * request so an edit shows on reload. Bound to 127.0.0.1 only: a draft feed is nobody else's business.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { FeedError } from '../../feed/errors.js';
import { parseFeed } from '../../feed/parse.js';
import { shorten } from '../../feed/problems.js';
import { packFilePathSchema } from '../../feed/schema.js';
import { uiLang, type UiLang } from '../../i18n/strings.js';
import type { Command } from '../command.js';
import { CliError, usageError } from '../errors.js';
import type { Output } from '../output.js';
import { count } from '../output.js';
import { distFolder } from '../package-files.js';
import { indexOfFolder } from '../pack/pack-format.js';
import { previewLangs, previewPage } from '../preview-page.js';
import { readText } from '../read-file.js';

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

interface Reply {
  status: number;
  type: string;
  body: string | Buffer;
}

function send(response: ServerResponse, { status, type, body }: Reply): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

/** One terminal line per reload, so the editor sees problems without opening the console. */
function describeFeed(text: string, file: string): string {
  try {
    const { problems } = parseFeed(JSON.parse(text));
    return problems.length
      ? `${file}: ${count(problems.length, 'problem')}, see \`rolefit validate ${file}\`.`
      : `${file}: valid.`;
  } catch (error) {
    const reason = error instanceof FeedError ? error.message : 'not valid JSON';
    return `${file}: cannot be shown (${reason}); see \`rolefit validate ${file}\`.`;
  }
}

const langNames: Record<UiLang, string> = { de: 'German', en: 'English' };

interface PageLang {
  lang: UiLang;
  /** Why this language, for the terminal. */
  reason: string;
}

function parseLang(text: string): UiLang {
  const lang = previewLangs.find((candidate) => candidate === text);
  if (!lang) throw usageError(`--lang must be ${previewLangs.join(' or ')}, not ${shorten(text)}.`);
  return lang;
}

/** Without --lang, the feed's own language when the widgets have UI strings for it (as they would choose). */
async function feedPageLang(file: string): Promise<PageLang> {
  const choose = `--lang ${previewLangs.join(' or ')} chooses`;
  let feedLang: unknown;
  try {
    feedLang = (JSON.parse(await readText(file)) as { lang?: unknown }).lang;
  } catch {
    // Unreadable or not JSON: the feed's own line in the terminal says so on the first request.
  }
  if (typeof feedLang !== 'string') return { lang: 'en', reason: `the feed names no lang; ${choose}` };
  const subtag = feedLang.toLowerCase().split('-')[0]!;
  const lang = uiLang(subtag);
  if (lang !== subtag) {
    return { lang, reason: `the feed's lang ${shorten(feedLang)} has no UI strings; ${choose}` };
  }
  const other = previewLangs.filter((candidate) => candidate !== lang).join(' or ');
  return { lang, reason: `the feed's lang ${shorten(feedLang)}; --lang ${other} switches` };
}

/** dist/ files only: the resolved path must stay inside dist/ ("/dist/../package.json" is refused). */
function distFile(path: string): URL | undefined {
  const file = new URL(`.${path.slice('/dist'.length)}`, distFolder);
  return file.href.startsWith(distFolder.href) ? file : undefined;
}

/**
 * A pack's course file: a path the pack format allows (plain segments, no ".."), relative to the feed's folder,
 * as the page resolves the index's file names against /feed.json.
 */
function packFileAt(path: string, feedFile: string): string | undefined {
  const relative = path.slice(1);
  return z.safeParse(packFilePathSchema, relative).success ? join(dirname(feedFile), relative) : undefined;
}

/** A pack's index is shown like a feed; says what the page can and cannot show of it yet. */
async function describePack(file: string): Promise<string | undefined> {
  try {
    const index = JSON.parse(await readText(file)) as { pack?: { roles?: Record<string, { files?: unknown[] }> } };
    if (!index.pack) return undefined;
    const files = Object.values(index.pack.roles ?? {}).reduce((sum, role) => sum + (role.files?.length ?? 0), 0);
    return (
      `${file} is a pack index: its ${count(files, 'course file')} are served too (/courses/…), but the widgets do ` +
      'not read packs yet, so the page shows the quiz and no courses.'
    );
  } catch {
    // Unreadable or not JSON: the feed's own line in the terminal says so on the first request.
    return undefined;
  }
}

function handler(file: string, lang: UiLang, output: Output) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, { status: 405, type: 'text/plain', body: 'Only GET here.' });
    if (path === '/' || path === '/index.html') {
      return send(response, { status: 200, type: 'text/html; charset=utf-8', body: previewPage(basename(file), lang) });
    }
    if (path === '/feed.json') {
      try {
        const text = await readFile(file, 'utf8');
        output.err(describeFeed(text.replace(/^\uFEFF/, ''), file));
        return send(response, { status: 200, type: contentTypes['.json']!, body: text });
      } catch (error) {
        output.err(`${file}: cannot be read (${(error as Error).message}).`);
        return send(response, { status: 404, type: 'text/plain', body: `Cannot read ${file}.` });
      }
    }
    const packFile = packFileAt(path, file);
    if (packFile) {
      try {
        return send(response, { status: 200, type: contentTypes['.json']!, body: await readFile(packFile) });
      } catch {
        // Falls through to 404.
      }
    }
    const asset = path.startsWith('/dist/') ? distFile(path) : undefined;
    if (asset) {
      try {
        const extension = /\.[a-z]+$/.exec(path)?.[0] ?? '';
        return send(response, {
          status: 200,
          type: contentTypes[extension] ?? 'application/octet-stream',
          body: await readFile(asset),
        });
      } catch {
        // Falls through to 404.
      }
    }
    send(response, { status: 404, type: 'text/plain', body: 'Not found.' });
  };
}

function parsePort(text: string | undefined): number {
  if (text === undefined) return 8080;
  const port = Number(text);
  // Digits only: Number() alone would also read "0x50", "1e3" and "8080.0" (and " " as 0: any free port).
  if (!/^\d{1,5}$/.test(text) || port > 65535) {
    throw usageError(`--port must be a whole number from 0 to 65535 (0 picks a free port), not ${shorten(text)}.`);
  }
  return port;
}

export const previewCommand: Command = {
  name: 'preview',
  summary: 'Show a feed in the widgets on a local page; edits show on reload.',
  positionals: [{ name: 'feed', required: true, description: "a feed file, or a pack's folder or index.json" }],
  options: [
    {
      name: 'port',
      kind: 'value',
      valueName: 'N',
      description: 'The port on 127.0.0.1 (default 8080; 0 picks a free one).',
    },
    {
      name: 'lang',
      kind: 'value',
      valueName: previewLangs.join('|'),
      description: `The language of the page and the widgets (default: the feed's lang when it is ${previewLangs.join(' or ')}, else en).`,
    },
  ],
  details:
    'Serves only on 127.0.0.1. Stop it with Ctrl-C.\n' +
    'For a pack it serves the index and its course files (without caching, like the feed); the widgets do not read\n' +
    'packs yet, so the page shows the quiz and no courses.',
  examples: [
    'rolefit preview feed.json',
    'rolefit preview feed.json --port 3000',
    'rolefit preview feed.json --lang de',
    'rolefit preview public/catalogue',
  ],
  async run(args, output) {
    const given = args.positionals[0]!;
    const file = indexOfFolder(given);
    const port = parsePort(args.values.get('port'));
    const langOption = args.values.get('lang');
    const chosenLang = langOption === undefined ? undefined : parseLang(langOption);
    if (!existsSync(file)) throw new CliError(`File not found: ${file}`);
    if (!existsSync(new URL('rolefit.js', distFolder))) {
      output.err(
        `The bundle ${fileURLToPath(new URL('rolefit.js', distFolder))} is missing, so the page will show no widget. Build it first.`,
      );
    }
    const { lang, reason } = chosenLang
      ? { lang: chosenLang, reason: `--lang ${chosenLang}` }
      : await feedPageLang(file);
    const handle = handler(file, lang, output);
    // A malformed request (say, a bad %-escape) gets a 400 instead of stopping the preview.
    const server = createServer((request, response) =>
      handle(request, response).catch(() => send(response, { status: 400, type: 'text/plain', body: 'Bad request.' })),
    );
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE'
            ? new CliError(`Port ${port} is in use. Pick another with --port, or --port 0 for any free one.`)
            : error,
        ),
      );
      server.listen(port, '127.0.0.1', resolve);
    });
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    output.out(`Previewing ${file} at http://127.0.0.1:${actualPort}/ in ${langNames[lang]} (${reason}).`);
    const packNote = await describePack(file);
    if (packNote) output.out(packNote);
    output.out('Reload the page after each edit; Ctrl-C stops.');
    return new Promise<number>((resolve) => {
      const stop = () => {
        server.closeAllConnections();
        server.close(() => resolve(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};
