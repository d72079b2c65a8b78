// `briefing batch` on hostile JSONL: each bad line is named with its number and skipped with
// --keep-going; a failing cluster never replaces a good briefing; --resume (issue 6).
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/builder/limits.js';
import { ARTICLE_A, ARTICLE_B, refusal, scratch } from './helpers.js';

const LINE_KB = (4 * LIMITS.clusterBytes) / 1024;

const s = scratch('briefing-batch-');
afterAll(() => s.remove());

const line = (id: string, ...documents: unknown[]) => JSON.stringify({ id, documents });
const good = [line('one', ARTICLE_A, ARTICLE_B), line('two', ARTICLE_B, ARTICLE_A)];
const jsonl = (name: string, ...lines: (string | Buffer)[]) =>
  s.write(`in/${name}.jsonl`, Buffer.concat(lines.map((l) => Buffer.concat([Buffer.from(l), Buffer.from('\n')]))));

describe('batch names each bad line, and --keep-going builds the rest', { timeout: 60_000 }, () => {
  it.each([
    ['not UTF-8', Buffer.from('{"id": "latin", "documents": ["Caf\xe9 owners said the dam would hold."]}', 'latin1'), /line 2: not UTF-8 text/],
    ['longer than the line limit', `{"id": "long", "documents": ["${'a'.repeat(LINE_KB * 1024 + 100_000)}"]}`, new RegExp(`line 2: longer than the limit of ${LINE_KB} kB`)],
    ['an empty document', line('empty', ARTICLE_A, ' \n '), /line 2 \(empty\): document 2: empty document/],
    ['a NUL character', line('nul', `${ARTICLE_A}\u0000`), /line 2 \(nul\): document 1: contains NUL characters/],
    ['a javascript: url', line('js', { text: ARTICLE_A, url: 'javascript:alert(1)' }), /line 2 \(js\): document 1: url "javascript:alert\(1\)" is not an http\(s\) URL/],
    ['too many documents', line('many', ...Array(LIMITS.articles + 1).fill(ARTICLE_B)), new RegExp(`line 2 \\(many\\): ${LIMITS.articles + 1} articles in one cluster; the limit is ${LIMITS.articles}`)],
    ['nothing to summarise', line('short', 'Hi there.'), /line 2 \(short\): nothing to summarise/],
    ['an id used before', line('one', ARTICLE_B), /line 2: id "one" already used on line 1/],
  ])('a line with %s', (_what, bad, message) => {
    const file = jsonl('bad', good[0], bad, good[1]);
    const stop = s.run(['batch', file, '-o', s.path('stop'), '-j', '1']);
    expect(stop.code).not.toBe(0);
    expect(stop.stderr).toMatch(message);
    expect(stop.stderr).toContain('bad.jsonl');

    const dir = s.path(`keep-${Math.random().toString(36).slice(2)}`);
    const keep = s.run(['batch', file, '-o', dir, '-j', '2', '--keep-going']);
    expect(keep.code).toBe(0);
    expect(keep.stderr).toMatch(message);
    expect(keep.stderr).toMatch(/2 briefing\(s\) written .*, 1 failure\(s\)/);
    expect(fs.readdirSync(dir).sort()).toEqual(['one.json', 'two.json']);
  });

  it('an empty file has no clusters', () => {
    expect(refusal(s.run(['batch', jsonl('empty'), '-o', s.path('none')]))).toMatch(/empty\.jsonl: no clusters/);
  });

  it('a directory is not a JSONL file', () => {
    fs.mkdirSync(s.path('dir.jsonl'));
    expect(refusal(s.run(['batch', s.path('dir.jsonl'), '-o', s.path('none')]))).toMatch(/dir\.jsonl: is a directory/);
  });

  it('an output directory that is a file is named', () => {
    const file = s.write('a-file', 'x');
    expect(refusal(s.run(['batch', jsonl('ok', ...good), '-o', file]))).toMatch(/a-file: cannot create the output directory|a-file: not a directory/);
  });
});

describe('a failing cluster never replaces a good briefing', { timeout: 60_000 }, () => {
  it('keeps the previous file, byte for byte, and leaves no temporary file', () => {
    const dir = s.path('kept');
    expect(s.run(['batch', jsonl('first', ...good), '-o', dir]).code).toBe(0);
    const before = fs.readFileSync(`${dir}/one.json`, 'utf8');
    const r = s.run(['batch', jsonl('second', line('one', ARTICLE_A, ''), good[1]), '-o', dir, '--keep-going']);
    expect(r.stderr).toMatch(/line 1 \(one\): document 2: empty document/);
    expect(fs.readFileSync(`${dir}/one.json`, 'utf8')).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['one.json', 'two.json']);
  });
});

describe('batch --resume', { timeout: 60_000 }, () => {
  it('skips clusters already built from the same articles, and rebuilds the rest', () => {
    const dir = s.path('resume');
    const three = [...good, line('three', ARTICLE_A)];
    const file = jsonl('resume', ...three);
    expect(s.run(['batch', file, '-o', dir, '-j', '1']).code).toBe(0);
    const mtime = (id: string) => fs.statSync(`${dir}/${id}.json`).mtimeMs;
    const untouched = mtime('one');

    // As if interrupted: one briefing missing, one cut short mid-write by an older tool.
    fs.rmSync(`${dir}/two.json`);
    fs.writeFileSync(`${dir}/three.json`, '{"version": 1, "id": "thr');
    const r = s.run(['batch', file, '-o', dir, '-j', '1', '--resume']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2 briefing\(s\) written .*, 1 already built/);
    expect(mtime('one')).toBe(untouched);
    expect(JSON.parse(fs.readFileSync(`${dir}/three.json`, 'utf8')).id).toBe('three');

    // Changed articles: the old briefing's evidence no longer matches, so it is rebuilt.
    const changed = jsonl('changed', line('one', ARTICLE_B, ARTICLE_A), good[1], three[2]);
    expect(s.run(['batch', changed, '-o', dir, '-j', '1', '--resume']).stderr).toMatch(/1 briefing\(s\) written .*, 2 already built/);

    // Without --resume everything is built again.
    expect(s.run(['batch', file, '-o', dir, '-j', '1']).stderr).toMatch(/3 briefing\(s\) written/);
  });
});
