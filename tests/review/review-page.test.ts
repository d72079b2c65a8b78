// `briefing review` in real Chromium (the system one, driven by playwright-core): an editor
// chooses cards, performs each correction, and the edits file holds exactly what was done; the
// next `briefing build` reproduces the corrected briefing.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, scratch, SEEDS } from '../cli/helpers.js';
import { startReview } from './helpers.js';
import type { Briefing } from '../../src/format/schema.js';

const s = scratch('briefing-review-');
fs.mkdirSync(s.path('cluster'));
for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), s.path('cluster', f));
const EDITS = s.path('cluster/briefing.edits.json');

let server: ChildProcess;
let url: string;
let browser: Browser;
let page: Page;

const edits = () => JSON.parse(fs.readFileSync(EDITS, 'utf8')).edits as Record<string, unknown>[];
const lastEdit = () => edits().at(-1);
const state = async () => (await (await fetch(`${url}api/state`)).json()) as { briefing: Briefing; built: Briefing };

/** Runs a correction on the page and waits for the corrected briefing to come back. */
async function correct(action: () => Promise<unknown>): Promise<void> {
  const before = fs.existsSync(EDITS) ? edits().length : 0;
  const updated = page.evaluate(() => new Promise((r) => document.querySelector('briefing-review')!.addEventListener('review-update', r, { once: true })));
  await action();
  await updated;
  expect(edits()).toHaveLength(before + 1);
}

/** Selects words of an article as an editor would with the mouse. */
async function select(article: string, words: string): Promise<void> {
  await page.evaluate(
    ([name, text]) => {
      const el = document.querySelector(`.text[data-article="${name}"]`)!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + text.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`"${text}" not found in ${name}`);
    },
    [article, words],
  );
}

beforeAll(async () => {
  ({ child: server, url } = await startReview(s.path('cluster')));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('.card[data-id^="p-"]');
  expect(errors).toEqual([]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  s.remove();
});

describe('the review page', { timeout: 60_000 }, () => {
  it('serves on loopback, with a strict Content-Security-Policy and nothing written yet', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(url);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(fs.existsSync(EDITS)).toBe(false);
  });

  it('has no accessibility violations (axe)', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const p = await context.newPage();
    await p.goto(url);
    await p.waitForSelector('.card');
    await p.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
    const violations = await p.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (el: Element) => Promise<{ violations: { id: string }[] }> } }).axe.run(document.body);
      return result.violations.map((v) => v.id);
    });
    await context.close();
    expect(violations).toEqual([]);
  });

  it('choosing a card scrolls its article to the evidence and marks the exact span; every span is reachable', async () => {
    const { briefing } = await state();
    const multi = briefing.positions.find((p) => p.evidence.length > 1) ?? briefing.positions[0];
    const card = page.locator(`.card[data-id="${multi.id}"]`);
    await card.locator('h3').click();
    const mark = page.locator('mark.focus');
    expect(await mark.textContent()).toBe(multi.evidence[0].text);
    expect(await mark.locator('xpath=ancestor::div[@data-source]').getAttribute('data-source')).toBe(multi.evidence[0].source);
    for (const [i, ev] of multi.evidence.entries()) {
      await card.locator('button.span').nth(i).click();
      expect(await mark.textContent()).toBe(ev.text);
      // Scrolled into the articles column's view.
      const [box, column] = [await mark.boundingBox(), await page.locator('.articles').boundingBox()];
      expect(box!.y).toBeGreaterThanOrEqual(column!.y - 1);
      expect(box!.y).toBeLessThan(column!.y + column!.height);
    }
  });

  it('hides an actor', async () => {
    const actor = (await state()).briefing.actors.at(-1)!;
    await correct(() => page.locator(`.card[data-id="${actor.id}"] button.hide`).click());
    expect(lastEdit()).toEqual({ op: 'hide', id: actor.id });
    expect(await page.locator(`.card[data-id="${actor.id}"]`).count()).toBe(0);
  });

  it("fixes an actor's role", async () => {
    const actor = (await state()).briefing.actors[2];
    const card = page.locator(`.card[data-id="${actor.id}"]`);
    await card.getByLabel('Role').fill('Fixed role');
    await correct(() => card.getByLabel('Role').press('Enter'));
    expect(lastEdit()).toEqual({ op: 'edit', id: actor.id, text: 'Fixed role' });
    expect((await state()).briefing.actors.find((a) => a.id === actor.id)!.role).toBe('Fixed role');
  });

  it('moves a position to another actor', async () => {
    const { briefing } = await state();
    const position = briefing.positions[0];
    const to = briefing.actors.find((a) => a.id !== position.actor)!;
    const card = page.locator(`.card[data-id="${position.id}"]`);
    await card.getByLabel('Move to').selectOption(to.id);
    await correct(() => card.getByRole('button', { name: 'Move' }).click());
    expect(lastEdit()).toEqual({ op: 'move', id: position.id, to: to.id });
    expect(await card.locator('h3').textContent()).toContain(to.name);
  });

  it('adds a question by selecting its evidence in an article', async () => {
    const words = 'must not be repeated';
    const article = fs.readdirSync(SEEDS).sort()[0];
    await select(article, words);
    const form = page.locator('form.add-question');
    await form.getByLabel('Question').fill('Will the strikes be repeated?');
    await correct(() => form.getByRole('button', { name: 'Add question' }).click());
    const text = fs.readFileSync(s.path('cluster', article), 'utf8');
    expect(lastEdit()).toEqual({ op: 'add-question', text: 'Will the strikes be repeated?', kind: 'unresolved', evidence: { text: words, article, start: text.indexOf(words) } });
    const added = (await state()).briefing.questions.find((q) => q.text === 'Will the strikes be repeated?')!;
    expect(added.evidence[0]).toMatchObject({ text: words, start: text.indexOf(words) });
  });

  it('adds a position by selecting its evidence', async () => {
    const { briefing } = await state();
    const article = fs.readdirSync(SEEDS).sort()[1];
    const words = fs.readFileSync(s.path('cluster', article), 'utf8').split(/(?<=\.)\s/)[0];
    await select(article, words);
    const form = page.locator('form.add-position');
    await form.getByLabel('Actor').selectOption(briefing.actors[1].id);
    await form.getByLabel('Claim').fill('A claim the builder missed');
    await correct(() => form.getByRole('button', { name: 'Add position' }).click());
    expect(lastEdit()).toMatchObject({ op: 'add-position', actor: briefing.actors[1].id, text: 'A claim the builder missed', evidence: { text: words, article } });
  });

  it('merges two actors, sets a type, pins, edits a question and the title', async () => {
    const { briefing } = await state();
    const [a, b] = briefing.actors;
    await correct(() => page.locator(`.card[data-id="${b.id}"]`).getByLabel('Type').selectOption('group'));
    expect(lastEdit()).toEqual({ op: 'set-type', id: b.id, type: 'group' });
    const last = briefing.questions.at(-1)!;
    await correct(() => page.locator(`.card[data-id="${last.id}"] button.pin`).click());
    expect(lastEdit()).toEqual({ op: 'pin', id: last.id });
    expect(await page.locator('.section[aria-label="Open questions"] .card').first().getAttribute('data-id')).toBe(last.id);
    const q = page.locator(`.card[data-id="${last.id}"]`);
    await q.getByLabel('Question').fill('An edited question?');
    await correct(() => q.getByRole('button', { name: 'Save' }).click());
    expect(lastEdit()).toEqual({ op: 'edit', id: last.id, text: 'An edited question?' });
    const merged = page.locator(`.card[data-id="${b.id}"]`);
    await merged.getByLabel('Merge into').selectOption(a.id);
    await correct(() => merged.getByRole('button', { name: 'Merge' }).click());
    expect(lastEdit()).toEqual({ op: 'merge', id: b.id, into: a.id });
    await page.getByLabel('Title').fill('Edited title');
    await correct(() => page.getByLabel('Title').press('Enter'));
    expect(lastEdit()).toEqual({ op: 'edit', id: 'title', text: 'Edited title' });
  });

  it('marks the briefing reviewed, and the preview says so', async () => {
    await page.getByLabel('Reviewed by').fill('Foreign desk');
    await correct(() => page.getByRole('button', { name: 'Mark reviewed' }).click());
    expect(lastEdit()).toMatchObject({ op: 'reviewed', by: 'Foreign desk', at: expect.stringMatching(/^\d{4}-\d\d-\d\d$/), articles: fs.readdirSync(SEEDS).sort() });
    await page.locator('details.preview > summary').click();
    const line = page.locator('story-briefing').locator('[part="review"]');
    expect(await line.textContent()).toMatch(/^Reviewed by the editors · \d+ \w+ \d{4}$/);
  });

  it('undoes a correction', async () => {
    const count = edits().length;
    const updated = page.evaluate(() => new Promise((r) => document.querySelector('briefing-review')!.addEventListener('review-update', r, { once: true })));
    await page.locator('.edits li').nth(0).getByRole('button', { name: 'Undo' }).click();
    await updated;
    expect(edits()).toHaveLength(count - 1);
  });

  it('shows corrections whose item is gone, kept in the file', async () => {
    const file = JSON.parse(fs.readFileSync(EDITS, 'utf8'));
    file.edits.push({ op: 'hide', id: 'a-gone-from-the-articles' });
    fs.writeFileSync(EDITS, JSON.stringify(file));
    await page.reload();
    await page.waitForSelector('.edits .unapplied');
    expect(await page.locator('.edits .unapplied').textContent()).toMatch(/hide a-gone-from-the-articles[\s\S]*Not applied: no item/);
    expect(await page.locator('.edits [role="alert"]').textContent()).toMatch(/1 correction\(s\) not applied/);
  });

  it('briefing build reproduces the corrected briefing', async () => {
    const { briefing } = await state();
    const r = s.run(['build', 'cluster']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(briefing);
    expect(r.stderr).toMatch(/hide a-gone-from-the-articles\) not applied, kept/);
  });
});
