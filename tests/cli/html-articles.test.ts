// `briefing build`, `batch` and `validate` on HTML article pages: the three seed articles
// wrapped in news-site pages (tests/html/pages) build a briefing whose sources carry the pages'
// titles, dates and links and whose text holds none of the page furniture.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/format/schema.js';
import { ROOT, scratch } from './helpers.js';

const PAGES = path.join(ROOT, 'tests/html/pages');
const work = scratch('html-');
afterAll(() => work.remove());

/** Strings only the pages' furniture holds (menus, share bars, adverts, related stories, footers, comments). */
const FURNITURE = [
  'cookies', 'Subscribe', 'Sign in', 'Advertisement', 'ADVERTISEMENT', 'Share on', 'Copy link', 'Morning Dispatch', 'Related stories',
  'G7 ministers fail', 'Most read', 'Privacy', '©', 'All rights reserved', 'Promoted stories', 'realist42', 'Load more comments',
  'Trending now', 'Republicans hold onto', 'Estes', 'Read: Will Russia', 'More From Example Herald', 'Lucca', 'WhatsApp', 'Flipboard',
];

/** Every text a briefing shows a reader. */
const texts = (b: Briefing): string[] => [
  b.title,
  b.summary.text,
  ...b.keyPoints.map((k) => k.text),
  ...b.actors.flatMap((a) => [a.name, a.role, ...a.aliases]),
  ...b.positions.flatMap((p) => [p.text, p.quote ?? '']),
  ...b.questions.map((q) => q.text),
  ...b.resolved.flatMap((r) => [r.text, r.answer]),
  ...[b.summary, ...b.keyPoints, ...b.positions, ...b.questions, ...b.resolved].flatMap((i) => i.evidence.map((e) => e.text)),
];

describe('HTML article pages', () => {
  it('build a briefing whose sources carry the pages’ titles and dates and whose text holds no furniture', () => {
    const r = work.run(['build', PAGES, '-o', 'pages.json']);
    expect(r.stderr).toMatch(/wrote pages\.json from 3 article\(s\)/);
    expect(r.code).toBe(0);
    const b: Briefing = JSON.parse(fs.readFileSync(work.path('pages.json'), 'utf8'));
    expect(b.sources.map(({ id, ...s }) => s)).toEqual([
      { title: 'Russia and US clash over Syria as Tillerson visits Moscow', url: 'https://www.example.org/world/russia-us-talks-syria', publisher: 'The Daily Ledger', author: 'Michael Brennan, Sofia Lindqvist', publishedAt: '2017-04-12T16:20:00Z' },
      { title: 'Tillerson In Moscow: Lavrov Says US-Russia Ties At Low Point After Syria Strike', url: 'https://www.example.net/world/tillerson-moscow-lavrov-us-russia-ties', publisher: 'Example Herald', author: 'Priya Raman', publishedAt: '2017-04-12T09:15:00-04:00' },
      { title: 'Tillerson and Lavrov meet in Moscow amid Syria strike row', url: 'https://www.example.com/world/2017/04/12/tillerson-lavrov-moscow-talks', publisher: 'Example Wire', author: 'Anna Petrova', publishedAt: '2017-04-12T10:42:00+03:00' },
    ]);
    const all = texts(b).join('\n');
    for (const furniture of FURNITURE) expect(all, furniture).not.toContain(furniture);
    // The story is all there.
    for (const name of ['Rex Tillerson', 'Sergei Lavrov', 'Vladimir Putin']) expect(b.actors.map((a) => a.name)).toContain(name);
    expect(b.positions.length).toBeGreaterThan(5);
  }, 60_000);

  it('validate checks the evidence against the same pages', () => {
    const ok = work.run(['validate', 'pages.json', PAGES]);
    expect(ok.stdout).toContain('every evidence span matches its article');
    // The same articles as plain text are other documents: their spans are elsewhere.
    const seeds = work.run(['validate', 'pages.json', path.join(ROOT, 'seeds')]);
    expect(seeds.code).toBe(1);
    expect(seeds.stderr).toMatch(/evidence text differs/);
  }, 60_000);

  it('batch reads {"html": …} documents, and fields beside the page override its metadata', () => {
    const page = (name: string) => fs.readFileSync(path.join(PAGES, name), 'utf8');
    const line = { id: 'pages', documents: [{ html: page('daily-ledger.html') }, { html: page('example-herald.html'), title: 'Given title' }, { html: page('example-wire.html') }] };
    work.write('pages.jsonl', `${JSON.stringify(line)}\n${JSON.stringify({ id: 'empty', documents: [{ html: '<html><body><nav>Home</nav></body></html>' }] })}\n`);
    const r = work.run(['batch', 'pages.jsonl', '-o', 'out', '--jobs', '1', '--keep-going']);
    expect(r.stderr).toMatch(/line 2: document 1: no article text found in the page/);
    const b: Briefing = JSON.parse(fs.readFileSync(work.path('out/pages.json'), 'utf8'));
    expect(b.sources.map((s) => s.title)).toEqual(['Russia and US clash over Syria as Tillerson visits Moscow', 'Given title', 'Tillerson and Lavrov meet in Moscow amid Syria strike row']);
    expect(b.sources.map((s) => s.publishedAt)).toEqual(['2017-04-12T16:20:00Z', '2017-04-12T09:15:00-04:00', '2017-04-12T10:42:00+03:00']);
    const built: Briefing = JSON.parse(fs.readFileSync(work.path('pages.json'), 'utf8'));
    expect(b.positions.map((p) => p.text)).toEqual(built.positions.map((p) => p.text));
  }, 60_000);
});
