// The review server behind `briefing review`: serves the review page and the briefing with its
// articles to the editor's browser on this machine only, and writes one file, the edits file.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { applyEdits, type Article } from '../edits/apply-edits.js';
import { checkEdits, readEdits, writeEdits } from '../edits/edits-file.js';
import type { Edit } from '../format/edits-schema.js';
import type { Briefing } from '../format/schema.js';

/** The hosts the server may bind: loopback only. An editor's desk is not a public service. */
export const LOOPBACK: Record<string, string> = { '127.0.0.1': '127.0.0.1', localhost: '127.0.0.1', '::1': '::1' };

export interface ReviewOptions {
  /** The briefing as built, before any edit. */
  built: Briefing;
  /** The articles, in source order, named by file. */
  articles: Required<Article>[];
  editsFile: string;
  /** The built page (review.js); only these files are served. */
  assets: Record<string, { file: string; type: string }>;
  host?: string;
  port?: number;
  /** How many ports after `port` to try when it is taken. */
  tries?: number;
}

export interface ReviewServer {
  url: string;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export class ReviewHostError extends Error {}

export async function startReviewServer(options: ReviewOptions): Promise<ReviewServer> {
  const host = options.host ?? '127.0.0.1';
  const bind = LOOPBACK[host];
  if (!bind) throw new ReviewHostError(`refusing to serve on ${host}: the review server binds only to loopback (127.0.0.1, ::1 or localhost)`);
  let port = options.port ?? 5180;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: Error) => send(res, 500, { error: e.message }));
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // A page elsewhere must not reach the server through the browser: the Host header names this
    // server (no DNS rebinding), and writes come from this origin.
    const own = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
    if (!own.includes(req.headers.host ?? '')) return send(res, 421, { error: 'wrong host' });
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (req.method === 'GET') {
      if (url.pathname === '/') return sendPage(res);
      if (url.pathname === '/api/state') return send(res, 200, state());
      if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
      const asset = Object.hasOwn(options.assets, url.pathname) ? options.assets[url.pathname] : undefined;
      if (asset) return sendFile(res, asset.file, asset.type);
      return send(res, 404, { error: 'not found' });
    }
    if (req.method === 'POST' || req.method === 'DELETE') {
      const origin = req.headers.origin;
      if (origin !== undefined && !own.map((h) => `http://${h}`).includes(origin)) return send(res, 403, { error: 'wrong origin' });
      // A DELETE from another site needs a preflight this server never grants; a POST must be JSON.
      if (req.method === 'POST' && !/^application\/json\b/.test(req.headers['content-type'] ?? '')) return send(res, 415, { error: 'JSON only' });
      const body = await readBody(req);
      if (body === undefined) return send(res, 413, { error: 'too large' });
      const edits = readEdits(options.editsFile);
      if (req.method === 'POST' && url.pathname === '/api/edits') {
        let edit: Edit;
        try {
          [edit] = checkEdits({ version: 1, edits: [JSON.parse(body)] }, 'edit');
        } catch (e) {
          return send(res, 400, { error: (e as Error).message });
        }
        writeEdits(options.editsFile, [...edits, edit]);
        return send(res, 200, state());
      }
      const m = /^\/api\/edits\/(\d+)$/.exec(url.pathname);
      if (req.method === 'DELETE' && m && Number(m[1]) < edits.length) {
        writeEdits(options.editsFile, edits.filter((_, i) => i !== Number(m[1])));
        return send(res, 200, state());
      }
      return send(res, 404, { error: 'not found' });
    }
    res.setHeader('Allow', 'GET, POST, DELETE');
    return send(res, 405, { error: 'method not allowed' });
  }

  /** The briefing with the edits as they are on disk now (an editor may also edit the file by hand). */
  function state() {
    const edits = readEdits(options.editsFile);
    const { briefing, unapplied } = applyEdits(options.built, edits, options.articles);
    return { briefing, built: options.built, articles: options.articles, edits, unapplied, editsFile: path.basename(options.editsFile) };
  }

  const sendPage = (res: http.ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP, 'cache-control': 'no-store' });
    res.end(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review: ${options.built.id.replace(/[^\w.-]/g, '')}</title>
<link rel="stylesheet" href="/review.css">
<script type="module" src="/review.js"></script>
</head>
<body>
<briefing-review></briefing-review>
</body>
</html>
`);
  };

  for (let tries = options.tries ?? 20; ; tries--) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, bind, () => {
          server.off('error', reject);
          resolve();
        });
      });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || tries <= 1) throw e;
      port++;
    }
  }
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${bind.includes(':') ? `[${bind}]` : bind}:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(JSON.stringify(body));
}

function sendFile(res: http.ServerResponse, file: string, type: string): void {
  fs.readFile(file, (err, data) => {
    if (err) return send(res, 404, { error: 'not built: run npm run build' });
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    res.end(data);
  });
}

function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve(undefined);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
