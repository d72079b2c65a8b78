// Editors' corrections: each op on its own, and every correction still applied after a rebuild
// with an article added or the articles reordered.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../src/builder/index.js';
import { applyEdits, type Article } from '../../src/edits/apply-edits.js';
import { checkEdits, formatEdits } from '../../src/edits/edits-file.js';
import type { Edit } from '../../src/format/edits-schema.js';
import type { Briefing } from '../../src/format/schema.js';
import { validateBriefing } from '../../src/format/validate.js';

const SEEDS = path.resolve(__dirname, '../../seeds');
const read = (file: string): Article => ({ text: fs.readFileSync(file, 'utf8'), name: path.basename(file) });
const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => read(path.join(SEEDS, f)));
const fourth = read(path.resolve(__dirname, '../fixtures/003_fourth-article.txt'));
const build = (articles: Article[]) => buildBriefing(articles.map((a) => ({ text: a.text })), { id: 'seeds' });
const base = build(seeds);
const apply = (edits: Edit[], b: Briefing = base, articles = seeds) => applyEdits(b, edits, articles);

const actorWithPositions = (b: Briefing, n = 0) => b.actors.filter((a) => b.positions.some((p) => p.actor === a.id))[n];
const all = (b: Briefing) => [...b.actors, ...b.positions, ...b.questions, ...b.resolved, ...b.keyPoints].map((x) => x.id);

describe('each correction', () => {
  const [a0, a1] = [actorWithPositions(base, 0), actorWithPositions(base, 1)];
  const p0 = base.positions.find((p) => p.actor === a0.id)!;
  const cases: [string, Edit[], (b: Briefing) => void][] = [
    ['hide an actor, with its positions', [{ op: 'hide', id: a0.id }], (b) => {
      expect(b.actors.map((a) => a.id)).not.toContain(a0.id);
      expect(b.positions.filter((p) => p.actor === a0.id)).toEqual([]);
      expect([...b.questions, ...b.resolved].flatMap((q) => q.actors)).not.toContain(a0.id);
    }],
    ['hide a position', [{ op: 'hide', id: p0.id }], (b) => expect(b.positions.map((p) => p.id)).not.toContain(p0.id)],
    ['hide a question', [{ op: 'hide', id: base.questions[0].id }], (b) => expect(b.questions.map((q) => q.id)).not.toContain(base.questions[0].id)],
    ['hide a key point', [{ op: 'hide', id: base.keyPoints[0].id! }], (b) => expect(b.keyPoints).toHaveLength(base.keyPoints.length - 1)],
    ['edit the title', [{ op: 'edit', id: 'title', text: 'Tillerson in Moscow' }], (b) => {
      expect(b.title).toBe('Tillerson in Moscow');
      expect(b.titleEvidence).toBeUndefined();
    }],
    ['edit the summary', [{ op: 'edit', id: 'summary', text: 'Talks in Moscow.' }], (b) => expect(b.summary.text).toBe('Talks in Moscow.')],
    ['edit a key point', [{ op: 'edit', id: base.keyPoints[1].id!, text: 'A point.' }], (b) => expect(b.keyPoints[1].text).toBe('A point.')],
    ['edit a question', [{ op: 'edit', id: base.questions[1].id, text: 'Why?' }], (b) => expect(b.questions[1].text).toBe('Why?')],
    ['edit a role', [{ op: 'edit', id: a1.id, text: 'Foreign minister of Russia' }], (b) => expect(b.actors.find((a) => a.id === a1.id)!.role).toBe('Foreign minister of Russia')],
    ['edit an answer', [{ op: 'edit', id: base.resolved[0].id, field: 'answer', text: 'Yes.' }], (b) => expect(b.resolved[0].answer).toBe('Yes.')],
    ['move a position', [{ op: 'move', id: p0.id, to: a1.id }], (b) => expect(b.positions.find((p) => p.id === p0.id)!.actor).toBe(a1.id)],
    ['merge two actors', [{ op: 'merge', id: a0.id, into: a1.id }], (b) => {
      const into = b.actors.find((a) => a.id === a1.id)!;
      expect(into.aliases).toContain(a0.name);
      expect(b.actors.map((a) => a.id)).not.toContain(a0.id);
      expect(b.positions.find((p) => p.id === p0.id)!.actor).toBe(a1.id);
    }],
    ['set an actor type', [{ op: 'set-type', id: a0.id, type: 'group' }], (b) => expect(b.actors.find((a) => a.id === a0.id)!.type).toBe('group')],
    ['pin items, in the order written', [{ op: 'pin', id: base.questions[3].id }, { op: 'pin', id: base.questions[2].id }, { op: 'pin', id: base.actors[5].id }], (b) => {
      expect(b.questions.slice(0, 2).map((q) => q.id)).toEqual([base.questions[3].id, base.questions[2].id]);
      expect(b.actors[0].id).toBe(base.actors[5].id);
      expect(b.positions).toEqual(base.positions);
    }],
    ['add a question by its evidence', [{ op: 'add-question', text: 'Will the strikes be repeated?', evidence: { text: 'the US missile strikes on the Syrian airbase must not be repeated', article: seeds[0].name } }], (b) => {
      const q = b.questions.at(-1)!;
      expect(q.text).toBe('Will the strikes be repeated?');
      expect(q.evidence[0]).toMatchObject({ source: 's1', text: 'the US missile strikes on the Syrian airbase must not be repeated' });
      expect(seeds[0].text.slice(q.evidence[0].start, q.evidence[0].end)).toBe(q.evidence[0].text);
    }],
    ['add a position by its evidence', [{ op: 'add-position', actor: a1.id, text: 'The visit is timely.', quote: 'Your visit is very timely', evidence: { text: '“Your visit is very timely,”' } }], (b) => {
      expect(b.positions.at(-1)).toMatchObject({ actor: a1.id, text: 'The visit is timely.', kind: 'direct', evidence: [{ text: '“Your visit is very timely,”' }] });
    }],
    ['mark it reviewed', [{ op: 'reviewed', by: 'Desk', at: '2017-04-12' }], (b) => expect(b.review).toEqual({ status: 'reviewed', reviewedBy: 'Desk', reviewedAt: '2017-04-12', edits: 0 })],
  ];
  it.each(cases)('%s', (_, edits, check) => {
    const { briefing, unapplied } = apply(edits);
    expect(unapplied).toEqual([]);
    check(briefing);
    expect(validateBriefing(briefing, seeds.map((s) => s.text)).errors).toEqual([]);
    if (edits[0].op !== 'reviewed') expect(briefing.review).toEqual({ status: 'automatic', edits: edits.length });
  });

  it('leaves the built briefing untouched', () => {
    const before = JSON.stringify(base);
    apply([{ op: 'hide', id: a0.id }, { op: 'edit', id: 'title', text: 'X' }]);
    expect(JSON.stringify(base)).toBe(before);
  });
});

describe('corrections whose item is gone', () => {
  it.each<[string, Edit, RegExp]>([
    ['an unknown id', { op: 'hide', id: 'a-nobody' }, /no item "a-nobody"/],
    ['a move to an unknown actor', { op: 'move', id: base.positions[0].id, to: 'a-nobody' }, /no item "a-nobody"/],
    ['evidence in no article', { op: 'add-question', text: 'Why?', evidence: { text: 'words nobody wrote' } }, /are in none of the articles/],
    ['a merge into itself', { op: 'merge', id: base.actors[0].id, into: base.actors[0].id }, /into itself/],
    ['an empty text', { op: 'edit', id: base.questions[0].id, text: ' ' }, /empty/],
    ['a review of fewer articles than there are now', { op: 'reviewed', by: 'Desk', at: '2017-04-12', articles: [seeds[0].name!] }, /reviewed before .* arrived/],
  ])('%s is reported, not applied, and the others still are', (_, edit, reason) => {
    const { briefing, unapplied } = apply([edit, { op: 'edit', id: 'title', text: 'Kept' }]);
    expect(unapplied).toEqual([{ index: 0, edit, reason: expect.stringMatching(reason) }]);
    expect(briefing.title).toBe('Kept');
    expect(briefing.review?.status).toBe('automatic');
  });
});

describe('corrections survive a rebuild', () => {
  const added = [...seeds, fourth];
  const reordered = [seeds[2], seeds[0], seeds[1]];
  const rebuilt = { added: build(added), reordered: build(reordered) };
  // Items in all three builds: the edits an editor made on the first build.
  const everywhere = (pick: (b: Briefing) => { id?: string }[]) => pick(base).map((x) => x.id!).filter((id) => [rebuilt.added, rebuilt.reordered].every((b) => all(b).includes(id)));
  const actors = everywhere((b) => b.actors.filter((a) => b.positions.some((p) => p.actor === a.id)));
  const positions = everywhere((b) => b.positions);
  const questions = everywhere((b) => b.questions);
  const keyPoints = everywhere((b) => b.keyPoints);
  const movable = positions.find((id) => base.positions.find((p) => p.id === id)!.actor !== actors[1] && base.positions.find((p) => p.id === id)!.actor !== actors[0])!;
  const edits: Edit[] = [
    { op: 'hide', id: actors[0] },
    { op: 'hide', id: questions[0] },
    { op: 'hide', id: keyPoints[0] },
    { op: 'edit', id: 'title', text: 'Tillerson and Lavrov meet in Moscow' },
    { op: 'edit', id: actors[1], text: 'Edited role' },
    { op: 'edit', id: questions[1], text: 'Edited question?' },
    { op: 'move', id: movable, to: actors[1] },
    { op: 'merge', id: actors[3], into: actors[2] },
    { op: 'set-type', id: actors[2], type: 'group' },
    { op: 'pin', id: questions[2] },
    { op: 'add-question', text: 'Will the strikes be repeated?', evidence: { text: 'must not be repeated', article: seeds[0].name } },
    { op: 'add-position', actor: actors[1], text: 'The visit is timely.', evidence: { text: '“Your visit is very timely,”', article: seeds[0].name } },
    { op: 'reviewed', by: 'Desk', at: '2017-04-12' },
  ];

  it.each([
    ['built', base, seeds],
    ['rebuilt with a fourth article', rebuilt.added, added],
    ['rebuilt with the articles reordered', rebuilt.reordered, reordered],
  ] as const)('%s: every correction applied', (_, built, articles) => {
    expect(actors.length).toBeGreaterThanOrEqual(4);
    const { briefing: b, unapplied } = applyEdits(built, edits, articles);
    expect(unapplied).toEqual([]);
    expect(all(b)).not.toContain(actors[0]);
    expect(all(b)).not.toContain(questions[0]);
    expect(all(b)).not.toContain(keyPoints[0]);
    expect(b.title).toBe('Tillerson and Lavrov meet in Moscow');
    expect(b.actors.find((a) => a.id === actors[1])!.role).toBe('Edited role');
    expect(b.questions.find((q) => q.id === questions[1])!.text).toBe('Edited question?');
    expect(b.positions.find((p) => p.id === movable)!.actor).toBe(actors[1]);
    expect(all(b)).not.toContain(actors[3]);
    expect(b.actors.find((a) => a.id === actors[2])).toMatchObject({ type: 'group', aliases: expect.arrayContaining([base.actors.find((a) => a.id === actors[3])!.name]) });
    expect(b.questions[0].id).toBe(questions[2]);
    expect(b.questions.at(-1)!.text).toBe('Will the strikes be repeated?');
    expect(b.positions.at(-1)).toMatchObject({ actor: actors[1], text: 'The visit is timely.' });
    expect(b.review).toEqual({ status: 'reviewed', reviewedBy: 'Desk', reviewedAt: '2017-04-12', edits: edits.length - 1 });
  });
});

describe('the edits file', () => {
  it('is written one correction per line and reads back the same', () => {
    const edits: Edit[] = [{ op: 'hide', id: 'a-x' }, { op: 'reviewed', by: 'Desk', at: '2017-04-12' }];
    const text = formatEdits(edits);
    expect(text.split('\n').filter((l) => l.includes('"op"'))).toHaveLength(2);
    expect(checkEdits(JSON.parse(text))).toEqual(edits);
    expect(checkEdits(JSON.parse(formatEdits([])))).toEqual([]);
  });

  it.each([
    ['an unknown op', { version: 1, edits: [{ op: 'delete', id: 'a-x' }] }],
    ['a field an op does not have', { version: 1, edits: [{ op: 'hide', id: 'a-x', text: 'y' }] }],
    ['an unknown actor type', { version: 1, edits: [{ op: 'set-type', id: 'a-x', type: 'alien' }] }],
    ['another version', { version: 2, edits: [] }],
    ['no edits list', { version: 1 }],
  ])('refuses %s', (_, value) => expect(() => checkEdits(value)).toThrow(/not a valid edits file/));
});
