// The review server listens on loopback only, answers only requests addressed to itself from its
// own page, and writes nothing but the edits file.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal, scratch, SEEDS } from '../cli/helpers.js';
import { startReview } from './helpers.js';

const s = scratch('briefing-review-server-');
fs.mkdirSync(s.path('cluster'));
for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), s.path('cluster', f));

/** Every file under the scratch directory with its size and modification time. */
function snapshot(dir = s.dir): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile()) out[path.relative(dir, file)] = `${fs.statSync(file).size} ${fs.statSync(file).mtimeMs}`;
  }
  return out;
}

let server: ChildProcess;
let url: string;
let before: Record<string, string>;
beforeAll(async () => {
  before = snapshot();
  ({ child: server, url } = await startReview(s.path('cluster')));
}, 60_000);
afterAll(() => {
  server?.kill();
  s.remove();
});

/** fetch() will not send another Host header; node:http will. */
function withHost(target: string, host: string): Promise<Response> {
  return new Promise((resolve, reject) => {
    http.get(target, { headers: { host } }, (res) => {
      res.resume();
      resolve(new Response(null, { status: res.statusCode }));
    }).on('error', reject);
  });
}

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}api/edits`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('briefing review: the server', { timeout: 60_000 }, () => {
  it.each(['0.0.0.0', '::', '192.168.1.10', 'example.com'])('refuses to bind %s', (host) => {
    expect(refusal(s.run(['review', 'cluster', '--host', host]))).toMatch(new RegExp(`refusing to serve on ${host.replace(/\./g, '\\.')}: the review server binds only to loopback`));
  });

  it('takes the next free port when the first is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const taken = (blocker.address() as net.AddressInfo).port;
    const { child, url: next } = await startReview(s.path('cluster'), ['--port', String(taken)]);
    child.kill();
    blocker.close();
    expect(new URL(next).port).not.toBe(String(taken));
    expect(Number(new URL(next).port)).toBeGreaterThan(taken);
  });

  it.each<[string, () => Promise<Response>, number]>([
    ['a request for another host (DNS rebinding)', () => withHost(`${url}api/state`, 'attacker.example'), 421],
    ['a write from another origin', () => post('{"op":"hide","id":"a-x"}', { origin: 'https://attacker.example' }), 403],
    ['a write that is not JSON (a plain form post)', () => post('{"op":"hide","id":"a-x"}', { 'content-type': 'text/plain' }), 415],
    ['an edit that is not one', () => post('{"op":"delete","id":"a-x"}'), 400],
    ['an edit that is not JSON', () => post('{'), 400],
    ['undoing an edit that does not exist', () => fetch(`${url}api/edits/7`, { method: 'DELETE' }), 404],
    ['any other file', () => fetch(`${url}..%2F..%2Fpackage.json`), 404],
    ['another method', () => fetch(`${url}api/edits`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' }), 405],
  ])('refuses %s, writing nothing', async (_, request, status) => {
    expect((await request()).status).toBe(status);
    expect(snapshot()).toEqual(before);
  });

  it('writes nothing but the edits file, atomically (no temporary file left)', async () => {
    const { briefing } = await (await fetch(`${url}api/state`)).json();
    for (const edit of [{ op: 'hide', id: briefing.actors[0].id }, { op: 'edit', id: 'title', text: 'T' }]) expect((await post(JSON.stringify(edit))).status).toBe(200);
    expect((await fetch(`${url}api/edits/0`, { method: 'DELETE' })).status).toBe(200);
    const after = snapshot();
    const changed = Object.keys({ ...before, ...after }).filter((f) => before[f] !== after[f]);
    expect(changed).toEqual([path.join('cluster', 'briefing.edits.json')]);
    expect(JSON.parse(fs.readFileSync(s.path('cluster/briefing.edits.json'), 'utf8')).edits).toEqual([{ op: 'edit', id: 'title', text: 'T' }]);
  });
});
