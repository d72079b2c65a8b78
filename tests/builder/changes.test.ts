// Stage 12: what changed since the previous build (`--previous`), by item id; deterministic.
import { describe, expect, it } from 'vitest';
import { buildBriefing, type InputDocument } from '../../src/builder/index.js';
import type { Briefing } from '../../src/format/schema.js';
import { validateBriefing } from '../../src/format/validate.js';

const LEAD = 'Diplomats gathered in Geneva on Monday as the row over the attack on the village grew.';
const FIRST = `${LEAD}\n\nProsecutors said Dana McCullum is expected to appear in court next week.\n\nForeign Minister Anna Berg said on Monday that the army had carried out the attack.`;
const SECOND = `${LEAD}\n\nMcCullum appeared in court on Friday and pleaded not guilty.\n\nGeneral Omar Haddad said on Tuesday that the rebels were to blame for the attack.`;

const build = (documents: InputDocument[], options: { date?: string; previous?: Briefing } = {}) => buildBriefing(documents, { id: 'geneva', ...options });
const items = (b: Briefing) => [...b.actors, ...b.positions, ...b.questions, ...b.resolved, ...(b.timeline ?? [])];
const newOnes = (b: Briefing) => items(b).filter((i) => i.new);

describe('changes between builds', () => {
  const before = build([{ text: FIRST, publishedAt: '2017-04-12' }]);
  const after = build([{ text: FIRST, publishedAt: '2017-04-12' }, { text: SECOND, publishedAt: '2017-04-14T16:00:00Z' }], { previous: before });

  it('the update time is the newest publication time', () => {
    expect(before.updatedAt).toBe('2017-04-12');
    expect(after.updatedAt).toBe('2017-04-14T16:00:00Z');
  });

  it('marks as new exactly the actors, positions and timeline entries that were not there before', () => {
    const old = new Set(items(before).map((i) => i.id));
    expect(newOnes(after).length).toBeGreaterThan(0);
    for (const i of [...after.actors, ...after.positions, ...after.questions, ...after.timeline!]) expect(Boolean(i.new), i.id).toBe(!old.has(i.id));
    expect(after.actors.find((a) => a.name === 'Omar Haddad')?.new).toBe(true);
    expect(after.actors.find((a) => a.name === 'Anna Berg')?.new).toBeUndefined();
    expect(after.positions.filter((p) => p.new).map((p) => p.evidence[0]!.source)).toEqual(after.positions.filter((p) => p.new).map(() => 's2'));
    expect(after.timeline!.filter((t) => t.new).map((t) => t.when)).toEqual(['on Tuesday', 'on Friday']);
  });

  it('a question open before and answered now is new as answered', () => {
    const asked = before.questions.find((q) => /^Will Dana McCullum appear in court/.test(q.text));
    expect(asked).toBeDefined();
    const answered = after.resolved.find((q) => q.id === asked!.id);
    expect(answered?.answer).toMatch(/appeared in court on Friday/);
    expect(answered?.new).toBe(true);
    expect(after.questions.find((q) => q.id === asked!.id)).toBeUndefined();
  });

  it('items keep their since date across further builds; new ones get this update’s', () => {
    for (const i of items(before)) expect(i.since).toBe('2017-04-12');
    for (const i of items(after)) expect(i.since, i.id).toBe(i.new ? '2017-04-14T16:00:00Z' : '2017-04-12');
    // A third build with nothing new: nothing is new, and every date is kept.
    const again = build([{ text: FIRST, publishedAt: '2017-04-12' }, { text: SECOND, publishedAt: '2017-04-14T16:00:00Z' }], { previous: after });
    expect(newOnes(again)).toEqual([]);
    expect(items(again).map((i) => [i.id, i.since])).toEqual(items(after).map((i) => [i.id, i.since]));
  });

  it('an unchanged rebuild marks nothing new', () => {
    const same = build([{ text: FIRST, publishedAt: '2017-04-12' }], { previous: before });
    expect(newOnes(same)).toEqual([]);
  });

  it('without --previous nothing is marked new', () => {
    expect(newOnes(before)).toEqual([]);
  });

  it('the briefings validate against their articles', () => {
    expect(validateBriefing(after, [FIRST, SECOND]).errors).toEqual([]);
  });

  it('without publication days: --date is the update time, and a first build without any date leaves since unset', () => {
    const undated = build([{ text: FIRST }]);
    expect(undated.updatedAt).toBeUndefined();
    expect(items(undated).some((i) => i.since)).toBe(false);
    const next = build([{ text: FIRST }, { text: SECOND }], { date: '2017-04-14', previous: undated });
    expect(next.updatedAt).toBe('2017-04-14');
    for (const i of items(next)) expect(i.since, i.id).toBe(i.new ? '2017-04-14' : undefined);
  });

  it('the same inputs give the same briefing, whenever it is built', () => {
    const a = JSON.stringify(build([{ text: FIRST }, { text: SECOND }], { date: '2017-04-14', previous: before }));
    const b = JSON.stringify(build([{ text: FIRST }, { text: SECOND }], { date: '2017-04-14', previous: JSON.parse(JSON.stringify(before)) }));
    expect(b).toBe(a);
    expect(a).not.toContain(new Date().toISOString().slice(0, 10));
  });
});
