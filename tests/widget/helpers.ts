import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { Briefing } from '../../src/format/schema.js';
import type { BriefingElement } from '../../src/widget/common/briefing-element.js';
import type { BriefingErrorEvent, BriefingLoadEvent } from '../../src/widget/common/events.js';

/** Resolves once `frame` has loaded (listen before setting its `src`). */
export const frameLoaded = (frame: HTMLIFrameElement): Promise<unknown> => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
export const pause = (ms: number): Promise<unknown> => new Promise((resolve) => setTimeout(resolve, ms));

export const fixtureUrl = (name: string): string => new URL(`./fixtures/${name}`, import.meta.url).href;

/** A fresh copy of the hand-written fixture briefing. */
export async function loadBriefing(name = 'briefing.json'): Promise<Briefing> {
  const response = await fetch(fixtureUrl(name));
  return (await response.json()) as Briefing;
}

export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/** Whitespace-normalised text of an element. */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const texts = (scope: ParentNode, selector: string): string[] =>
  [...scope.querySelectorAll(selector)].map((node) => text(node));

/** First match of `selector` in `el`'s shadow root or any shadow root nested inside it. */
export function deepQuery(el: Element, selector: string): HTMLElement | null {
  const shadow = el.shadowRoot;
  if (!shadow) return null;
  const hit = shadow.querySelector<HTMLElement>(selector);
  if (hit) return hit;
  for (const child of shadow.querySelectorAll('*')) {
    const found = deepQuery(child, selector);
    if (found) return found;
  }
  return null;
}

/** Wait until `el` and the sections inside it have their labels (a language other than English is fetched). */
export async function labelled(el: Element): Promise<void> {
  await (el as BriefingElement).updateComplete;
  for (let i = 0; i < 100 && (!el.shadowRoot?.firstElementChild || deepQuery(el, '.skeleton')); i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Count calls to `window.fetch` until `restore()`. */
export function countFetches() {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(String(input instanceof Request ? input.url : input));
    return original.call(window, input, init);
  };
  return { calls, restore: () => void (window.fetch = original) };
}

/** Make `window.fetch` hang until `release()` (to observe the loading state). */
export function holdFetches() {
  const original = window.fetch;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    await gate;
    return original.call(window, input, init);
  };
  return { release, restore: () => void (window.fetch = original) };
}

interface Listened<T extends HTMLElement> {
  el: T;
  loaded: Promise<BriefingLoadEvent>;
  failed: Promise<BriefingErrorEvent>;
  events: Event[];
}

/**
 * Render `<tag src=...>` with listeners attached before the element connects, so no event can be
 * missed, and with the events recorded on `document` too (they must bubble and be composed).
 */
export async function renderWithSrc<T extends HTMLElement>(tag: string, src: string): Promise<Listened<T>> {
  const events: Event[] = [];
  let onLoad!: (e: BriefingLoadEvent) => void;
  let onError!: (e: BriefingErrorEvent) => void;
  const loaded = new Promise<BriefingLoadEvent>((resolve) => (onLoad = resolve));
  const failed = new Promise<BriefingErrorEvent>((resolve) => (onError = resolve));
  const record = (e: Event) => events.push(e);
  const t = unsafeStatic(tag);
  const wrapper = await fixture<HTMLDivElement>(
    html`<div @briefing-load=${record} @briefing-error=${record}>
      ${staticHtml`<${t} src=${src} @briefing-load=${onLoad} @briefing-error=${onError}></${t}>`}
    </div>`,
  );
  return { el: wrapper.querySelector(tag) as unknown as T, loaded, failed, events };
}

/** Render `<tag>` with the briefing in a `<script type="application/json">` child. */
export async function renderInline<T extends HTMLElement>(tag: string, json: string): Promise<Listened<T>> {
  const events: Event[] = [];
  const record = (e: Event) => events.push(e);
  const wrapper = document.createElement('div');
  wrapper.addEventListener('briefing-load', record);
  wrapper.addEventListener('briefing-error', record);
  const el = document.createElement(tag);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  el.append(script);
  const loaded = new Promise<BriefingLoadEvent>((resolve) =>
    el.addEventListener('briefing-load', (e) => resolve(e as BriefingLoadEvent), { once: true }),
  );
  const failed = new Promise<BriefingErrorEvent>((resolve) =>
    el.addEventListener('briefing-error', (e) => resolve(e as BriefingErrorEvent), { once: true }),
  );
  wrapper.append(el);
  await fixture(wrapper);
  return { el: el as T, loaded, failed, events };
}

/** Render `<tag>` and set its `data` property. */
export async function renderWithData<T extends BriefingElement>(tag: string, data: unknown): Promise<T> {
  const el = document.createElement(tag) as T;
  (el as { data: unknown }).data = data;
  await fixture(el);
  await el.updateComplete;
  return el;
}

/**
 * The loading behaviour every briefing element shares: `src`, inline JSON, `data`, loading,
 * error and event semantics. `check` asserts the element-specific content of the fixture;
 * `styled` is a briefing the element shows cards of, for the styling test (default: the fixture).
 */
export function sharedLoadingTests<T extends BriefingElement>(tag: string, check: (el: T) => void, styled: () => Promise<Briefing> = loadBriefing): void {
  describe('loading (shared behaviour)', () => {
    it('fetches src, renders, and fires a bubbling, composed briefing-load', async () => {
      const src = fixtureUrl('briefing.json');
      const { el, loaded, events } = await renderWithSrc<T>(tag, src);
      const event = await loaded;
      await el.updateComplete;
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      expect(event.detail.src).to.equal(src);
      expect(event.detail.briefing.id).to.equal('harbour-dredging');
      expect(el.status).to.equal('ready');
      expect(el.briefing?.title).to.equal('Harbour dredging dispute');
      expect(events.map((e) => e.type)).to.deep.equal(['briefing-load']);
      check(el);
      await expect(el).to.be.accessible();
    });

    it('reads an inline <script type="application/json"> child without any request', async () => {
      const json = JSON.stringify(await loadBriefing());
      const fetches = countFetches();
      try {
        const { el, loaded, events } = await renderInline<T>(tag, json);
        const event = await loaded;
        await el.updateComplete;
        expect(event.detail.src).to.be.undefined;
        expect(fetches.calls).to.deep.equal([]);
        expect(events.map((e) => e.type)).to.deep.equal(['briefing-load']);
        check(el);
        await expect(el).to.be.accessible();
      } finally {
        fetches.restore();
      }
    });

    it('renders a briefing set as the data property, with no request and no event', async () => {
      const data = await loadBriefing();
      const fetches = countFetches();
      const events: Event[] = [];
      const record = (e: Event) => events.push(e);
      document.addEventListener('briefing-load', record);
      try {
        const el = await renderWithData<T>(tag, data);
        expect(fetches.calls).to.deep.equal([]);
        expect(events).to.deep.equal([]);
        expect(el.status).to.equal('ready');
        check(el);
        await expect(el).to.be.accessible();
      } finally {
        fetches.restore();
        document.removeEventListener('briefing-load', record);
      }
    });

    it('the data property wins over src', async () => {
      const data = await loadBriefing();
      data.title = 'From the property';
      const el = document.createElement(tag) as T;
      el.data = data;
      el.setAttribute('src', fixtureUrl('empty.json'));
      await fixture(el);
      await new Promise((r) => setTimeout(r, 50));
      expect(el.briefing?.title).to.equal('From the property');
    });

    it('follows src changes, and a stale response never wins', async () => {
      const hold = holdFetches();
      try {
        const { el, events } = await renderWithSrc<T>(tag, fixtureUrl('briefing.json'));
        expect(el.status).to.equal('loading');
        el.src = fixtureUrl('empty.json');
        await el.updateComplete;
        hold.release();
        // Until the first briefing-load (a fixed wait lost the race on a busy machine), then a
        // little longer, for a stale response that would land after it.
        for (let t = 0; t < 100 && !events.length; t++) await new Promise((r) => setTimeout(r, 50));
        await new Promise((r) => setTimeout(r, 100));
        expect(el.briefing?.title).to.equal('Nothing yet');
        const loads = events.filter((e): e is BriefingLoadEvent => e.type === 'briefing-load');
        expect(loads.map((e) => e.detail.src)).to.deep.equal([fixtureUrl('empty.json')]);
      } finally {
        hold.restore();
      }
    });

    it('shows a skeleton that reserves space while loading', async () => {
      const hold = holdFetches();
      try {
        const { el, loaded } = await renderWithSrc<T>(tag, fixtureUrl('briefing.json'));
        expect(el.status).to.equal('loading');
        const skeleton = root(el).querySelector('[role="status"]') as HTMLElement;
        expect(skeleton, 'skeleton').to.exist;
        expect(text(skeleton.querySelector('.visually-hidden'))).to.equal('Loading briefing…');
        expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(80);
        await expect(el).to.be.accessible();
        hold.release();
        await loaded;
        await el.updateComplete;
        expect(root(el).querySelector('.skeleton')).to.be.null;
      } finally {
        hold.restore();
      }
    });

    it('on a 404: fires briefing-error and collapses to nothing; errors="show" keeps a short message', async () => {
      const src = fixtureUrl('does-not-exist.json');
      const { el, failed, events } = await renderWithSrc<T>(tag, src);
      const event = await failed;
      await el.updateComplete;
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      expect(event.detail.src).to.equal(src);
      expect(event.detail.message).to.equal('This briefing could not be loaded.');
      expect(String(event.detail.error)).to.contain('404');
      expect(el.status).to.equal('error');
      expect(events.map((e) => e.type)).to.deep.equal(['briefing-error']);
      // Readers see nothing at all.
      expect(root(el).querySelector('[role="alert"]')).to.be.null;
      expect(getComputedStyle(el).display).to.equal('none');
      el.setAttribute('errors', 'show');
      await el.updateComplete;
      expect(text(root(el).querySelector('[role="alert"]'))).to.equal('This briefing could not be loaded.');
      expect(getComputedStyle(el).display).to.equal('block');
      await expect(el).to.be.accessible();
    });

    it('shows an error for malformed JSON (from src and inline), with errors="show"', async () => {
      const fromSrc = await renderWithSrc<T>(tag, fixtureUrl('broken.json'));
      expect((await fromSrc.failed).detail.message).to.equal('This briefing could not be read.');
      fromSrc.el.setAttribute('errors', 'show');
      await fromSrc.el.updateComplete;
      expect(text(root(fromSrc.el).querySelector('[role="alert"]'))).to.equal('This briefing could not be read.');

      const inline = await renderInline<T>(tag, '{"version": 1,');
      expect((await inline.failed).detail.message).to.equal('This briefing could not be read.');
      await expect(inline.el).to.be.accessible();
    });

    it('renders nothing without any data', async () => {
      const el = await fixture<T>(`<${tag}></${tag}>`);
      expect(el.status).to.equal('idle');
      expect(text(root(el))).to.equal('');
    });

    it('treats strings as text: markup in the briefing never becomes elements', async () => {
      const el = await renderWithData<T>(tag, await loadBriefing());
      expect(root(el).querySelector('img, b, script')).to.be.null;
      expect((window as { __pwned?: number }).__pwned).to.be.undefined;
    });

    it('survives a malformed briefing object without throwing', async () => {
      const el = await renderWithData<T>(tag, {
        version: 1,
        title: 42,
        summary: null,
        keyPoints: [null, { text: 'Still here' }],
        actors: [null, 'x', { name: 'Lone actor', sources: 'nope' }],
        positions: [{ actor: 'ghost', text: 'A claim', evidence: [{ source: 'nowhere' }] }],
        questions: {},
        resolved: [{ text: 'Q?', answer: 'A.' }],
      });
      expect(el.status).to.equal('ready');
      await expect(el).to.be.accessible();

      const bad = await renderWithData<T>(tag, 'not a briefing');
      expect(bad.status).to.equal('error');
    });

    it('inherits the host font and colour, and reads the --briefing-* tokens', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="font: 17px Georgia, serif; color: rgb(10, 20, 30)"></div>`,
      );
      const el = document.createElement(tag) as T;
      el.data = await styled();
      wrapper.append(el);
      await el.updateComplete;
      const style = getComputedStyle(el);
      expect(style.fontFamily).to.equal('Georgia, serif');
      expect(style.fontSize).to.equal('17px');
      expect(style.color).to.equal('rgb(10, 20, 30)');
      // A card in a list (under <story-briefing>, the summary is no card), or a timeline event.
      const card = (deepQuery(el, 'li[part~="card"]') ?? deepQuery(el, '[part~="card"]') ?? deepQuery(el, '[part~="event"]'))!;
      expect(card, 'a card').to.exist;
      el.style.setProperty('--briefing-card-background', 'rgb(1, 2, 3)');
      el.style.setProperty('--briefing-font-family', 'monospace');
      el.style.setProperty('--briefing-color-text', 'rgb(200, 0, 0)');
      // The timeline's events are no cards: no card background.
      if (card.matches('[part~="card"]')) expect(getComputedStyle(card).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(el).fontFamily).to.equal('monospace');
      expect(getComputedStyle(card).color).to.equal('rgb(200, 0, 0)');
    });
  });
}
