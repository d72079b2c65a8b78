// `--date` and `--previous`: rebuilding a developing story, as a newsroom would, with the CLI.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/format/schema.js';
import { ARTICLE_A, ARTICLE_B, SEEDS, scratch } from './helpers.js';

const s = scratch('briefing-updates-');
afterAll(() => s.remove());
const read = (file: string): Briefing => JSON.parse(fs.readFileSync(file, 'utf8'));
const seeds = fs.readdirSync(SEEDS).sort().map((f) => path.join(SEEDS, f));
// Each test starts the CLI a few times: room for a busy machine.
const SLOW = 60_000;

describe('build --previous --date', () => {
  it('the seeds, two articles then three: the third article’s actors and positions are new, and the timeline is in order', () => {
    const first = s.run(['build', seeds[0]!, seeds[1]!, '--id', 'seeds', '-o', s.path('v1.json')]);
    expect(first.code, first.stderr).toBe(0);
    const second = s.run(['build', SEEDS, '--previous', s.path('v1.json'), '--date', '2017-04-12', '-o', s.path('v2.json')]);
    expect(second.code, second.stderr).toBe(0);
    const v1 = read(s.path('v1.json'));
    const v2 = read(s.path('v2.json'));
    expect(v1.updatedAt).toBeUndefined();
    expect(v2.updatedAt).toBe('2017-04-12');

    const newActors = v2.actors.filter((a) => a.new);
    expect(newActors.map((a) => a.name)).toContain('Dmitry Peskov');
    for (const a of newActors) expect(a.sources).toContain('s3');
    const newPositions = v2.positions.filter((p) => p.new);
    expect(newPositions.length).toBeGreaterThan(0);
    for (const p of newPositions) expect(p.evidence.map((e) => e.source)).toContain('s3');
    // What the first two articles held is not new.
    for (const p of v2.positions.filter((p) => p.evidence.every((e) => e.source !== 's3'))) expect(p.new, p.text).toBeUndefined();

    // The events, in order, each in its own article's words.
    const events: [RegExp, string, string][] = [
      [/USA strike on a Syrian air base last week/, '2017-W14', 's2'],
      [/^Putin said on Tuesday that rebels/, '2017-04-11', 's1'],
      [/G7 for foreign ministers in Lucca/, '2017-04-11', 's3'],
      [/held talks in Moscow on Wednesday/, '2017-04-12', 's1'],
      [/met with both Lavrov and President Vladimir Putin earlier Wednesday/, '2017-04-12', 's2'],
    ];
    const timeline = v2.timeline!;
    const at = events.map(([text, date, source]) => {
      const i = timeline.findIndex((t) => text.test(t.text));
      expect(i, String(text)).toBeGreaterThanOrEqual(0);
      expect(timeline[i]!.date).toBe(date);
      expect(timeline[i]!.evidence[0]!.source).toBe(source);
      return i;
    });
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(timeline.find((t) => /Lucca/.test(t.text))!.new).toBe(true);
    expect(timeline.find((t) => /^Putin said on Tuesday/.test(t.text))!.new).toBeUndefined();

    const valid = s.run(['validate', s.path('v2.json'), SEEDS]);
    expect(valid.code, valid.stderr).toBe(0);
  }, SLOW);

  it('refuses a --date it cannot read and a --previous that is not a briefing, naming it', () => {
    const date = s.run(['build', SEEDS, '--date', 'next tuesday-ish']);
    expect(date.code).toBe(1);
    expect(date.stderr).toMatch(/--date.*must be a date such as 2017-04-12/);
    fs.writeFileSync(s.path('bad.json'), '{"version": 1}');
    const bad = s.run(['build', SEEDS, '--previous', s.path('bad.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.json: not a valid previous briefing/);
    const missing = s.run(['build', SEEDS, '--previous', s.path('nowhere.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nowhere\.json: no such file/);
  }, SLOW);
});

describe('batch --previous DIR', () => {
  it('marks what is new in each cluster against its own briefing in DIR; a cluster without one has nothing new', () => {
    const one = s.write('b/one.jsonl', [JSON.stringify({ id: 'riverton', documents: [{ text: ARTICLE_A, publishedAt: '2017-04-10' }] })].join('\n') + '\n');
    const r1 = s.run(['batch', one, '-o', s.path('b1'), '-j', '1']);
    expect(r1.code, r1.stderr).toBe(0);
    const two = s.write(
      'b/two.jsonl',
      [
        JSON.stringify({ id: 'riverton', documents: [{ text: ARTICLE_A, publishedAt: '2017-04-10' }, { text: ARTICLE_B, publishedAt: '2017-04-11' }] }),
        JSON.stringify({ id: 'fresh', documents: [ARTICLE_B] }),
      ].join('\n') + '\n',
    );
    const r2 = s.run(['batch', two, '-o', s.path('b2'), '--previous', s.path('b1'), '--date', '2017-04-12', '-j', '1']);
    expect(r2.code, r2.stderr).toBe(0);
    const before = read(s.path('b1/riverton.json'));
    const after = read(s.path('b2/riverton.json'));
    expect(after.updatedAt).toBe('2017-04-11');
    const old = new Set(before.positions.map((p) => p.id));
    for (const p of after.positions) expect(Boolean(p.new)).toBe(!old.has(p.id));
    expect(after.positions.some((p) => p.new)).toBe(true);
    const fresh = read(s.path('b2/fresh.json'));
    expect(fresh.updatedAt).toBe('2017-04-12');
    expect([...fresh.actors, ...fresh.positions].some((i) => i.new)).toBe(false);
  }, SLOW);

  it('refuses a --previous that is not a directory', () => {
    const jsonl = s.write('b/x.jsonl', JSON.stringify({ id: 'x', documents: [ARTICLE_A] }) + '\n');
    const r = s.run(['batch', jsonl, '-o', s.path('bx'), '--previous', jsonl]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not a directory of briefings/);
  }, SLOW);
});
