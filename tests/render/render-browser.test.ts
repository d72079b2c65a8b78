// `briefing render` in real Chromium (the system one; playwright-core never downloads one): with
// JavaScript off the rendered HTML is the whole briefing, styled; with the hydrating embed the
// element takes over the rendered DOM in place, without drawing it again or moving the page.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/format/schema.js';
import { ROOT, scratch } from '../cli/helpers.js';
import { checkSchemaOrg } from './schema-org.js';

const HYDRATE = path.join(ROOT, 'dist/story-briefing-hydrate.js');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const ORIGIN = 'http://briefing.test';
const built = fs.existsSync(HYDRATE) && fs.existsSync(path.join(ROOT, 'dist/node/cli.js'));

let browser: Browser;
let briefing: Briefing;
let fragment: string;
let hostileFragment: string;
const work = built ? scratch('render-') : undefined;

/** An article page with the rendered briefing in the middle, and the embed in its head if asked. */
const page = (body: string, script: boolean) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Article</title>
${script ? '<script defer src="/story-briefing-hydrate.js"></script>' : ''}
<style>body { font: 16px/1.5 serif; max-width: 50rem; margin: 2rem auto; }</style></head>
<body><h1>Talks in Moscow</h1><p>The article's opening paragraph.</p>
${body}
<p id="after">The article goes on.</p></body></html>`;

async function open(body: string, { js, script }: { js: boolean; script: boolean }): Promise<{ context: BrowserContext; tab: Page; errors: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 1000, height: 800 } });
  await context.route(`${ORIGIN}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/story-briefing-hydrate.js') return route.fulfill({ body: fs.readFileSync(HYDRATE), contentType: 'text/javascript' });
    return route.fulfill({ body: page(body, script), contentType: 'text/html' });
  });
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // Every layout shift from the first paint on.
  if (js)
    await tab.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
  await tab.goto(`${ORIGIN}/article.html`);
  return { context, tab, errors };
}

/** The text a reader sees in the element, through every shadow root (no styles, no scripts). */
const deepText = (tab: Page) =>
  tab.evaluate(() => {
    const walk = (n: Node): string =>
      n.nodeType === Node.TEXT_NODE
        ? (n as Text).data
        : /^(STYLE|SCRIPT|TEMPLATE)$/.test(n.nodeName)
          ? ''
          : [...((n as Element).shadowRoot?.childNodes ?? []), ...n.childNodes].map(walk).join(' ');
    return walk(document.querySelector('story-briefing')!).replace(/\s+/g, ' ');
  });

/** Every element inside the element's shadow roots, in order, by tag name. */
const deepElements = (tab: Page) =>
  tab.evaluate(() => {
    const tags: string[] = [];
    const walk = (root: ParentNode) => {
      for (const el of root.querySelectorAll('*')) {
        tags.push(el.localName);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document.querySelector('story-briefing')!.shadowRoot!);
    return tags;
  });

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  if (!work) return;
  expect(work.run(['build', path.join(ROOT, 'seeds'), '-o', 'seeds.json']).code).toBe(0);
  // Sources with links, to see them as links.
  briefing = JSON.parse(fs.readFileSync(work.path('seeds.json'), 'utf8'));
  briefing.sources = briefing.sources.map((s, i) => ({ ...s, url: `https://example.com/world/${i + 1}`, publisher: `Example ${i + 1}` }));
  work.write('seeds.json', JSON.stringify(briefing));
  const r = work.run(['render', 'seeds.json', '-o', 'seeds.html']);
  expect(r.stderr).toBe('briefing: wrote seeds.html\n');
  fragment = fs.readFileSync(work.path('seeds.html'), 'utf8');

  const hostile = structuredClone(briefing);
  const payload = '<img src=x onerror="window.pwned=1"></script><script>window.pwned=1</script>';
  hostile.title += payload;
  hostile.summary.text += payload;
  hostile.actors[0]!.name += payload;
  hostile.positions[0]!.text += payload;
  work.write('hostile.json', JSON.stringify(hostile));
  expect(work.run(['render', 'hostile.json', '-o', 'hostile.html']).code).toBe(0);
  hostileFragment = fs.readFileSync(work.path('hostile.html'), 'utf8');

  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  work?.remove();
});

describe.skipIf(!built)('briefing render in Chromium', () => {
  it('shows every section with JavaScript off, styled, with source links', async () => {
    const { context, tab } = await open(fragment, { js: false, script: false });
    const text = await deepText(tab);
    const expected = [
      briefing.title,
      briefing.summary.text,
      // Key points the summary already says are left out.
      ...briefing.keyPoints.map((k) => k.text).filter((k) => !squeeze(briefing.summary.text).includes(squeeze(k))),
      ...briefing.actors.flatMap((a) => [a.name, a.role]),
      // A direct position's card is its quote (the claim only when it says more).
      ...briefing.positions.map((p) => (p.quote ? p.quote.replace(/[\s,;:]+$/, '') : p.text)),
      ...briefing.questions.map((q) => q.text),
      ...briefing.resolved.flatMap((r) => [r.text, r.answer]),
      ...briefing.sources.map((s) => s.publisher!),
    ].filter(Boolean);
    for (const item of expected) expect(text).toContain(squeeze(item));
    expect(briefing.actors.length).toBeGreaterThan(6); // more than a default cap: all are shown
    const links = await tab.locator('story-briefing a[part="source"]').evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).href))]);
    expect(links.sort()).toEqual(briefing.sources.map((s) => s.url).sort());
    // Styled: the cards' list has no bullets, and headings are real headings.
    expect(await tab.locator('story-briefing briefing-actors ul.cards').evaluate((ul) => getComputedStyle(ul).listStyleType)).toBe('none');
    expect(await tab.locator('story-briefing h2#briefing-heading').count()).toBe(1);
    expect(await tab.locator('story-briefing h3').allInnerTexts()).toEqual(expect.arrayContaining(['Summary', 'Actors', 'Positions']));
    await context.close();
  }, 30_000);

  it('hydrates in place: the same nodes, none added, interactive, no shift', async () => {
    const { context, tab, errors } = await open(fragment, { js: true, script: false });
    const before = await deepElements(tab);
    const text = await deepText(tab);
    await tab.evaluate(() => {
      const host = document.querySelector('story-briefing')!;
      const w = window as unknown as { kept: Element[] };
      w.kept = [host.shadowRoot!.querySelector('h2')!, host.shadowRoot!.querySelector('briefing-positions')!.shadowRoot!.querySelector('li.card')!];
    });
    await tab.addScriptTag({ url: '/story-briefing-hydrate.js' });
    await tab.waitForFunction(() => (document.querySelector('story-briefing') as HTMLElement & { status: string }).status === 'ready' && !document.querySelector('story-briefing')!.shadowRoot!.querySelector('[defer-hydration]'), undefined, { timeout: 10_000 });
    expect(await deepElements(tab)).toEqual(before);
    expect(await deepText(tab)).toBe(text);
    expect(
      await tab.evaluate(() => {
        const host = document.querySelector('story-briefing')!;
        const w = window as unknown as { kept: Element[] };
        return [host.shadowRoot!.querySelector('h2') === w.kept[0], host.shadowRoot!.querySelector('briefing-positions')!.shadowRoot!.querySelector('li.card') === w.kept[1]];
      }),
    ).toEqual([true, true]);
    // The event listeners are attached: choosing an actor filters the positions.
    const positions = () => tab.locator('story-briefing briefing-positions li.card').count();
    const all = await positions();
    await tab.locator('story-briefing briefing-actors button.pick', { hasText: 'Sergei Lavrov' }).click();
    await expect.poll(positions).toBeLessThan(all);
    expect(await tab.locator('story-briefing [part~="filter"]').innerText()).toContain('Sergei Lavrov');
    expect(errors).toEqual([]);
    await context.close();
  }, 30_000);

  it('loaded as a page would load it, hydrates with no layout shift and passes axe', async () => {
    const { context, tab, errors } = await open(fragment, { js: true, script: true });
    await tab.waitForFunction(() => (document.querySelector('story-briefing') as HTMLElement & { status: string }).status === 'ready');
    await tab.waitForTimeout(300);
    const shifts = await tab.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    const cls = shifts.reduce((a, b) => a + b, 0);
    expect(cls, `layout shifts ${shifts.join(', ')}`).toBeLessThan(0.01);
    expect(await tab.locator('story-briefing briefing-actors li.card').count()).toBe(briefing.actors.length);
    await tab.addScriptTag({ path: AXE });
    const violations = await tab.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(el: Element): Promise<{ violations: { id: string }[] }> } }).axe.run(document.querySelector('story-briefing')!);
      return result.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 30_000);

  it('renders hostile text as text, with and without JavaScript', async () => {
    for (const js of [false, true]) {
      const { context, tab, errors } = await open(hostileFragment, { js, script: js });
      if (js) await tab.waitForFunction(() => (document.querySelector('story-briefing') as HTMLElement & { status: string }).status === 'ready');
      expect(await deepText(tab)).toContain('<img src=x onerror="window.pwned=1"></script>');
      expect(await tab.locator('story-briefing img, story-briefing iframe, story-briefing a[href^="javascript:"]').count()).toBe(0);
      expect(await tab.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 30_000);

  it('writes JSON-LD that parses, holds no </script and is valid schema.org', () => {
    for (const html of [fragment, hostileFragment]) {
      const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
      expect(scripts).toHaveLength(1);
      const body = scripts[0]![1]!;
      expect(body).not.toMatch(/<\/script/i);
      expect(checkSchemaOrg(JSON.parse(body))).toEqual([]);
    }
  });
});
