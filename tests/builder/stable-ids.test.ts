// Item ids name what an item is, so that an editor's corrections (which name items by id) survive
// a rebuild with an article added, dropped or moved.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../src/builder/index.js';
import { actorKeyId, disambiguate, normalizeKey, textKeyId } from '../../src/builder/stable-ids.js';
import type { Briefing } from '../../src/format/schema.js';

const SEEDS = path.resolve(__dirname, '../../seeds');
const docs = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ text: fs.readFileSync(path.join(SEEDS, f), 'utf8') }));

describe('ids from what an item is', () => {
  it.each([
    ['Sergei Lavrov', 'a-sergei-lavrov'],
    ['  sergei  LAVROV ', 'a-sergei-lavrov'],
    ['François Hollande', 'a-francois-hollande'],
    ['H.R. McMaster', 'a-h-r-mcmaster'],
  ])('actor %j → %s', (name, id) => expect(actorKeyId(name)).toBe(id));

  it('an actor named without ASCII letters gets a hash', () => {
    expect(actorKeyId('习近平')).toMatch(/^a-[0-9a-z]{7}$/);
    expect(actorKeyId('习近平')).not.toBe(actorKeyId('李克强'));
  });

  it('text ids differ when the text differs after its opening words, and ignore case and spacing', () => {
    const a = textKeyId('q', 'Will the talks resume next week?');
    expect(a).toMatch(/^q-will-the-talks-resume-[0-9a-z]{7}$/);
    expect(textKeyId('q', 'will  the talks resume next  week?')).toBe(a);
    expect(textKeyId('q', 'Will the talks resume next month?')).not.toBe(a);
    expect(normalizeKey('Lavrov’s “very timely” visit')).toBe('lavrovs very timely visit');
  });

  it('duplicates are told apart by their tiebreak, whatever the order of the list', () => {
    const items = [{ name: 'Smith', t: 'person' }, { name: 'Smith', t: 'organization' }, { name: 'Jones', t: 'person' }];
    const ids = disambiguate(items, (x) => actorKeyId(x.name), (x) => x.t);
    expect(ids).toEqual(['a-smith-2', 'a-smith', 'a-jones']);
    const reversed = disambiguate([...items].reverse(), (x) => actorKeyId(x.name), (x) => x.t);
    expect(reversed).toEqual(['a-jones', 'a-smith', 'a-smith-2']);
  });

  it('a suffix never takes an id already in use', () => {
    expect(disambiguate(['x', 'x', 'x-2'], (s) => s, () => '')).toEqual(['x', 'x-3', 'x-2']);
  });
});

describe('ids of the seed briefing across rebuilds', () => {
  const ids = (b: Briefing) =>
    new Map<string, string>([
      ...b.actors.map((a): [string, string] => [`actor ${a.name}`, a.id]),
      ...b.positions.map((p): [string, string] => [`position ${p.evidence[0].text} ${p.quote ?? p.text}`, p.id]),
      ...[...b.questions, ...b.resolved].map((q): [string, string] => [`question ${q.text}`, q.id]),
      ...b.keyPoints.map((k): [string, string] => [`key point ${k.text}`, k.id!]),
    ]);
  const full = buildBriefing(docs, { id: 'seeds' });

  it('every id is unique within the briefing', () => {
    const all = [...full.actors, ...full.positions, ...full.questions, ...full.resolved, ...full.keyPoints].map((x) => x.id);
    expect(new Set(all).size).toBe(all.length);
  });

  it.each([
    ['reordered', [docs[2], docs[0], docs[1]]],
    ['with the last article dropped', docs.slice(0, 2)],
    ['with the first article dropped', docs.slice(1)],
  ])('%s, items still there keep their ids', (_, changed) => {
    const before = ids(full);
    const after = ids(buildBriefing(changed, { id: 'seeds' }));
    const survivors = [...after.keys()].filter((k) => before.has(k));
    expect(survivors.length).toBeGreaterThan(10);
    const kept = survivors.filter((k) => before.get(k) === after.get(k));
    expect(kept.length / survivors.length).toBeGreaterThanOrEqual(0.95);
  });
});
