// The built `briefing` command, run as a user would. Needs `vite build --mode cli` first
// (`npm test` builds before running vitest).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/format/schema.js';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/briefing.js');
const SEEDS = path.join(ROOT, 'seeds');
let tmp: string;

function briefing(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: tmp, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Briefing;
const write = (name: string, text: string) => {
  const file = path.join(tmp, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
};

const ARTICLE_A = 'Heavy rain flooded the old town of Riverton on Monday, forcing hundreds of residents to leave their homes. Mayor Anna Rossi said the river dam would hold. "We are ready for the worst and we will not leave anyone behind," Rossi told reporters.';
const ARTICLE_B = 'The regional government is set to vote on emergency funds for Riverton on Friday. It is unclear whether the river dam will hold if the rain continues, engineers said. Mayor Anna Rossi asked for help.';

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist/node/cli.js'))) throw new Error('dist/node/cli.js missing: run `npx vite build --mode cli` first');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-cli-'));
});
afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('briefing build and validate', () => {
  it('builds the seeds to a file, which then validates against the seeds', () => {
    const out = path.join(tmp, 'out', 'seeds.json');
    const built = briefing(['build', SEEDS, '-o', out]);
    expect(built.stderr).toContain('from 3 article(s)');
    expect(built.code).toBe(0);
    const b = read(out);
    expect(b.version).toBe(1);
    expect(b.id).toBe('seeds');
    expect(b.sources).toHaveLength(3);
    expect(b.actors.map((a) => a.name)).toContain('Rex Tillerson');

    const valid = briefing(['validate', out]);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toMatch(/valid briefing/);

    const withArticles = briefing(['validate', out, SEEDS]);
    expect(withArticles.code).toBe(0);
    expect(withArticles.stdout).toContain('every evidence span matches its article');
  });

  it('writes to standard output without -o, identically on every run', () => {
    const one = briefing(['build', SEEDS, '--id', 'x']);
    const two = briefing(['build', SEEDS, '--id', 'x']);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout).id).toBe('x');
    expect(one.stdout).toBe(two.stdout);
  });

  it('validation with the articles catches evidence that does not match', () => {
    const out = path.join(tmp, 'tampered.json');
    expect(briefing(['build', SEEDS, '-o', out]).code).toBe(0);
    const b = read(out);
    b.keyPoints[0].evidence[0].text = b.keyPoints[0].evidence[0].text.replace(/\w+/, 'Tampered');
    fs.writeFileSync(out, JSON.stringify(b));
    // The schema alone cannot see it…
    expect(briefing(['validate', out]).code).toBe(0);
    // …the articles can.
    const r = briefing(['validate', out, SEEDS]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('is not a valid briefing');
    expect(r.stderr).toMatch(/keyPoints\[0\]: evidence text differs from source "s\d"/);
  });

  it('validation rejects a briefing of the wrong version with a readable message', () => {
    const file = write('v2.json', JSON.stringify({ version: 2 }));
    const r = briefing(['validate', file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('unsupported format version 2');
  });

  it('validation of a file that is not JSON names the file', () => {
    const file = write('broken.json', '{"version": 1,');
    const r = briefing(['validate', file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('broken.json');
    expect(r.stderr).toMatch(/not JSON/);
  });

  it.each([
    [['build', 'no/such/dir'], 'no/such/dir'],
    [['build', 'missing.txt'], 'missing.txt'],
    [['validate', 'nothing-here.json'], 'nothing-here.json'],
  ])('a missing path fails with one line naming it: %j', (args, named) => {
    const r = briefing(args);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(named);
    expect(lines[0]).not.toMatch(/\bat \w+ \(|node:internal/);
  });

  it('an empty directory fails', () => {
    const dir = path.join(tmp, 'empty');
    fs.mkdirSync(dir, { recursive: true });
    const r = briefing(['build', dir]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(dir);
    expect(r.stderr).toMatch(/no \.txt, \.md or \.html articles/);
  });

  it('an empty article fails', () => {
    const file = write('blank/empty.txt', '  \n\n');
    const r = briefing(['build', file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/empty\.txt: empty document/);
  });

  it('a .md article with YAML front matter fills in its source', () => {
    const md = write(
      'md/riverton.md',
      `---\ntitle: Floods force hundreds from Riverton homes\nurl: https://news.example.com/riverton-floods\npublisher: Example News\n---\n${ARTICLE_A}\n`,
    );
    write('md/second.txt', ARTICLE_B);
    const out = path.join(tmp, 'md.json');
    const r = briefing(['build', path.join(tmp, 'md'), '-o', out]);
    expect(r.code).toBe(0);
    const b = read(out);
    expect(b.sources[0]).toEqual({ id: 's1', title: 'Floods force hundreds from Riverton homes', url: 'https://news.example.com/riverton-floods', publisher: 'Example News' });
    // Without front matter a source has an empty title (no cut-off sentence stands in for one) and nothing else.
    expect(b.sources[1]).toEqual({ id: 's2', title: '' });
    expect(b.id).toBe('md');
    // The front matter is not article text: no evidence points into it.
    const all = [...b.summary.evidence, ...b.keyPoints.flatMap((k) => k.evidence), ...b.positions.flatMap((p) => p.evidence)];
    for (const e of all) expect(e.text).not.toMatch(/^---|publisher:|url:/);
    expect(md).toMatch(/\.md$/);
  });

  it('rejects a bad --summary-words', () => {
    const r = briefing(['build', SEEDS, '--summary-words', '-3']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/positive whole number/);
  });
});

describe('briefing batch', () => {
  const clusters = () => [
    JSON.stringify({ id: 'riverton-floods', documents: [ARTICLE_A, ARTICLE_B] }),
    JSON.stringify({
      id: 'riverton.objects',
      documents: [
        { text: ARTICLE_A, title: 'Floods in Riverton', url: 'https://news.example.com/a', publisher: 'Example News' },
        { text: ARTICLE_B, title: 'Vote on emergency funds' },
      ],
    }),
  ];

  it('writes <dir>/<id>.json for each cluster', () => {
    const jsonl = write('batch/ok.jsonl', clusters().join('\n') + '\n');
    const dir = path.join(tmp, 'batch-ok');
    const r = briefing(['batch', jsonl, '-o', dir, '-j', '2']);
    expect(r.stderr).toMatch(/2 briefing\(s\) written/);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['riverton-floods.json', 'riverton.objects.json']);
    const plain = read(path.join(dir, 'riverton-floods.json'));
    expect(plain.id).toBe('riverton-floods');
    for (const s of plain.sources) {
      expect(s).toEqual({ id: s.id, title: '' });
    }
    const objects = read(path.join(dir, 'riverton.objects.json'));
    expect(objects.sources[0]).toEqual({ id: 's1', title: 'Floods in Riverton', url: 'https://news.example.com/a', publisher: 'Example News' });
    expect(objects.title).toBe('Floods in Riverton');
    expect(objects.actors.map((a) => a.name)).toContain('Anna Rossi');
    // Batch output equals what `build` writes for the same articles.
    write('batch/same/a.txt', ARTICLE_A);
    write('batch/same/b.txt', ARTICLE_B);
    const single = briefing(['build', path.join(tmp, 'batch/same'), '--id', 'riverton-floods']);
    expect(JSON.parse(single.stdout)).toEqual({ ...plain, title: JSON.parse(single.stdout).title, sources: JSON.parse(single.stdout).sources });
  });

  it('a malformed line fails with its line number', () => {
    const [a, b] = clusters();
    const jsonl = write('batch/bad.jsonl', [a, '{"id": "broken", "documents": [', b].join('\n') + '\n');
    const dir = path.join(tmp, 'batch-bad');
    const r = briefing(['batch', jsonl, '-o', dir, '-j', '1']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/line 2\b/);
    expect(r.stderr).toContain('bad.jsonl');
  });

  it.each([
    ['{"documents": ["text"]}', /line 2: missing string "id"/],
    ['{"id": "../escape", "documents": ["text"]}', /line 2: id "..\/escape" is not a safe file name/],
    ['{"id": "nodocs", "documents": []}', /line 2: "documents" must be a non-empty array/],
    ['{"id": "baddoc", "documents": [42]}', /line 2: document 1 must be a string/],
  ])('an invalid cluster line is named: %s', (line, message) => {
    const [a] = clusters();
    const jsonl = write('batch/invalid.jsonl', `${a}\n${line}\n`);
    const r = briefing(['batch', jsonl, '-o', path.join(tmp, 'batch-invalid'), '-j', '1']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(fs.existsSync(path.join(tmp, 'escape.json'))).toBe(false);
  });

  it('with --keep-going the good clusters are still written', () => {
    const [a, b] = clusters();
    const jsonl = write('batch/mixed.jsonl', [a, 'not json at all', '', b].join('\n') + '\n');
    const dir = path.join(tmp, 'batch-keep');
    const r = briefing(['batch', jsonl, '-o', dir, '-j', '2', '--keep-going']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/line 2: not JSON/);
    expect(r.stderr).toMatch(/, 1 failure\(s\)/);
    expect(fs.readdirSync(dir).sort()).toEqual(['riverton-floods.json', 'riverton.objects.json']);
  });

  it('a missing JSONL file fails naming it', () => {
    const r = briefing(['batch', 'nope.jsonl', '-o', path.join(tmp, 'batch-none')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim()).toBe('briefing: nope.jsonl: no such file');
  });
});

describe('published JSON Schema', () => {
  it('dist/node/schema.js prints a schema with $id and required fields', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/node/schema.js')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout) as { $schema: string; $id: string; required: string[] };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://story-briefing.dev/briefing.schema.json');
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'id', 'summary', 'sources', 'actors', 'positions', 'questions', 'resolved']));
  });
});

describe('batch and validate details', () => {
  it('with --keep-going the summary counts the briefings actually written', () => {
    const a = JSON.stringify({ id: 'one', documents: [ARTICLE_A] });
    const b = JSON.stringify({ id: 'two', documents: [ARTICLE_B] });
    const jsonl = write('batch/count.jsonl', [a, 'not json at all', b].join('\n') + '\n');
    const r = briefing(['batch', jsonl, '-o', path.join(tmp, 'batch-count'), '-j', '1', '--keep-going']);
    expect(r.stderr).toMatch(/2 briefing\(s\) written .*1 failure/);
  });

  it('a briefing built from a .md article with a url validates', () => {
    write('md2/riverton.md', `---\ntitle: Floods\nurl: https://news.example.com/riverton-floods\n---\n${ARTICLE_A}\n`);
    const out = path.join(tmp, 'md2.json');
    expect(briefing(['build', path.join(tmp, 'md2'), '-o', out]).code).toBe(0);
    const r = briefing(['validate', out, path.join(tmp, 'md2')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
