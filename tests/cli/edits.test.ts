// `briefing build` applies the directory's briefing.edits.json (or --edits FILE); an edit whose
// item is gone is reported on standard error and the build still succeeds.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { refusal, ROOT, scratch, SEEDS } from './helpers.js';

const s = scratch('briefing-edits-');
afterAll(() => s.remove());
fs.mkdirSync(s.path('cluster'));
for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), s.path('cluster', f));
const built = JSON.parse(s.run(['build', 'cluster']).stdout);
const firstActor = built.actors[0].id;
const firstQuestion = built.questions[0].id;
const editsFile = (edits: unknown[]) => JSON.stringify({ version: 1, edits });

// Each run builds the seeds in a new process: seconds on a busy machine.
describe('briefing build with an edits file', { timeout: 60_000 }, () => {
  it("applies the directory's edits and reports those whose item is gone", () => {
    s.write('cluster/briefing.edits.json', editsFile([{ op: 'hide', id: firstActor }, { op: 'hide', id: firstQuestion }, { op: 'hide', id: 'q-gone-0000000' }]));
    const r = s.run(['build', 'cluster']);
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout);
    expect(b.actors.map((a: { id: string }) => a.id)).not.toContain(firstActor);
    expect(b.questions.map((q: { id: string }) => q.id)).not.toContain(firstQuestion);
    expect(b.review).toEqual({ status: 'automatic', edits: 2 });
    expect(r.stderr).toMatch(/briefing\.edits\.json: edit 3 \(hide q-gone-0000000\) not applied, kept: no item "q-gone-0000000"/);
  });

  it('still hides them with a fourth article added', () => {
    fs.cpSync(s.path('cluster'), s.path('cluster4'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'tests/fixtures/003_fourth-article.txt'), s.path('cluster4/003_fourth-article.txt'));
    const r = s.run(['build', 'cluster4']);
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout);
    expect(b.sources).toHaveLength(4);
    expect(b.actors.map((a: { id: string }) => a.id)).not.toContain(firstActor);
    expect(b.questions.map((q: { id: string }) => q.id)).not.toContain(firstQuestion);
  });

  it('takes --edits FILE instead', () => {
    const other = s.write('other.edits.json', editsFile([{ op: 'edit', id: 'title', text: 'From elsewhere' }, { op: 'reviewed', by: 'Desk', at: '2017-04-12' }]));
    const b = JSON.parse(s.run(['build', 'cluster', '--edits', other]).stdout);
    expect(b.title).toBe('From elsewhere');
    expect(b.review).toEqual({ status: 'reviewed', reviewedBy: 'Desk', reviewedAt: '2017-04-12', edits: 1 });
    expect(b.actors.map((a: { id: string }) => a.id)).toContain(firstActor);
  });

  it.each([
    ['a malformed edits file', () => s.write('cluster/briefing.edits.json', '{"version": 1, "edits": [{"op": "hide"}]}'), [], /briefing\.edits\.json: not a valid edits file/],
    ['an edits file that is not JSON', () => s.write('cluster/briefing.edits.json', '{'), [], /briefing\.edits\.json: not JSON/],
    ['a missing --edits file', () => undefined, ['--edits', 'nope.json'], /nope\.json: no such file/],
  ])('refuses %s', (_, setup, args, message) => {
    setup();
    expect(refusal(s.run(['build', 'cluster', ...args]))).toMatch(message);
  });
});
