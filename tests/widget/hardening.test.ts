import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widget/story-briefing/story-briefing.js';
import '../../src/widget/briefing-actors/briefing-actors.js';
import type { BriefingElement } from '../../src/widget/common/briefing-element.js';
import type { BriefingErrorEvent } from '../../src/widget/common/events.js';
import { fetchBriefing } from '../../src/widget/common/fetch-briefing.js';
import { fixtureUrl, loadBriefing, renderInline, renderWithSrc, root, text } from './helpers.js';

/**
 * Every way loading a briefing can fail ends in the error state and one `briefing-error` with a
 * reason; nothing is thrown at the page, and other instances carry on (issue 6).
 */

type Stub = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** Route requests for URLs containing `/stub/` to `stub`; everything else goes to the network. */
function stubFetch(stub: Stub) {
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (String(input).includes('/stub/') ? stub(input, init) : original.call(window, input, init));
  return () => void (window.fetch = original);
}

/** Uncaught errors and unhandled rejections while `fn` runs (the page must see none). */
async function uncaught(fn: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => seen.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await fn();
    await new Promise((r) => setTimeout(r, 50));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}

const endless = () =>
  new Response(
    new ReadableStream({
      pull(controller) {
        controller.enqueue(new Uint8Array(256 * 1024).fill(32));
      },
    }),
    { headers: { 'Content-Type': 'application/json' } },
  );

async function expectFailure(src: string, reason: string, message: string): Promise<void> {
  const errors = await uncaught(async () => {
    const { el, failed, events } = await renderWithSrc<BriefingElement>('story-briefing', src);
    const event = await failed;
    await el.updateComplete;
    expect(event.detail.reason).to.equal(reason);
    expect(event.detail.message).to.equal(message);
    expect(event.detail.src).to.equal(src);
    expect(el.status).to.equal('error');
    expect(root(el).querySelector('[role="alert"]')).to.be.null;
    el.setAttribute('errors', 'show');
    await el.updateComplete;
    expect(text(root(el).querySelector('[role="alert"]'))).to.equal(message);
    expect(events.map((e) => e.type)).to.deep.equal(['briefing-error']);
  });
  expect(errors, 'uncaught').to.deep.equal([]);
}

const LOAD = 'This briefing could not be loaded.';
const READ = 'This briefing could not be read.';

describe('fetch failures end in the error state with a reason', () => {
  let restore: () => void;
  afterEach(() => restore?.());

  it('a network error', async () => {
    restore = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await expectFailure('/stub/network.json', 'network', LOAD);
  });

  it('a 404', async () => {
    restore = () => {};
    await expectFailure(fixtureUrl('no-such-briefing.json'), 'http', LOAD);
  });

  it('a 500', async () => {
    restore = stubFetch(async () => new Response('{"error": "boom"}', { status: 500 }));
    await expectFailure('/stub/500.json', 'http', LOAD);
  });

  it('an HTML page instead of JSON', async () => {
    restore = stubFetch(async () => new Response('<!doctype html><title>Sign in</title><script>window.__pwned = 1</script>', { headers: { 'Content-Type': 'text/html' } }));
    await expectFailure('/stub/login.json', 'not-json', READ);
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('a body announced over 10 MB', async () => {
    restore = stubFetch(async () => new Response('{}', { headers: { 'Content-Length': String(11 * 1024 * 1024) } }));
    await expectFailure('/stub/announced.json', 'too-large', LOAD);
  });

  it('an endless body, cut off at 10 MB', async () => {
    restore = stubFetch(async () => endless());
    await expectFailure('/stub/endless.json', 'too-large', LOAD);
  });

  it('a server that never answers times out (fetchBriefing with a short limit)', async () => {
    restore = stubFetch(
      (_input, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    const error = await fetchBriefing('/stub/slow.json', new AbortController().signal, undefined, 200).catch((e: unknown) => e);
    expect((error as { reason: string }).reason).to.equal('timeout');
  });

  it('an element removed while loading reports nothing and throws nothing', async () => {
    restore = stubFetch((_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    const errors = await uncaught(async () => {
      const { el, events } = await renderWithSrc<BriefingElement>('briefing-actors', '/stub/hang.json');
      el.remove();
      await new Promise((r) => setTimeout(r, 50));
      expect(events).to.deep.equal([]);
    });
    expect(errors).to.deep.equal([]);
  });

  it('an element moved while waiting to load starts again where it lands, from src or inline JSON', async () => {
    const json = JSON.stringify(await loadBriefing());
    for (const from of ['src', 'inline']) {
      const el = document.createElement('briefing-actors');
      if (from === 'src') el.setAttribute('src', fixtureUrl('briefing.json'));
      else el.innerHTML = `<script type="application/json">${json.replace(/</g, '\\u003c')}</script>`;
      // Far below the viewport: lazy loading waits for it to come near.
      const far = document.createElement('div');
      far.style.marginTop = '300vh';
      far.append(el);
      document.body.append(far);
      try {
        await new Promise((r) => setTimeout(r, 50));
        expect(el.status, from).to.equal('loading');
        const loaded = new Promise((resolve) => el.addEventListener('briefing-load', resolve, { once: true }));
        document.body.prepend(el);
        await loaded;
        expect(root(el).querySelectorAll('[part~="card"]'), from).to.have.length(3);
      } finally {
        el.remove();
        far.remove();
      }
    }
  });
});

describe('invalid briefings end in the error state with a reason', () => {
  const cases: [string, (b: Record<string, unknown>) => unknown, string][] = [
    ['an array', () => [], 'invalid'],
    ['a string', () => 'briefing', 'invalid'],
    ['null', () => null, 'invalid'],
    ['a major version 2', (b) => ({ ...b, version: 2 }), 'version'],
    ['version "2.0"', (b) => ({ ...b, version: '2.0' }), 'version'],
    ['version 0', (b) => ({ ...b, version: 0 }), 'version'],
    ['no version', (b) => ({ ...b, version: undefined }), 'version'],
    ['actors not a list', (b) => ({ ...b, actors: 'Mira Okafor' }), 'invalid'],
    ['a missing list', (b) => ({ ...b, positions: undefined }), 'invalid'],
    ['a list of strings', (b) => ({ ...b, questions: ['Will dredging resume?'] }), 'invalid'],
    ['no summary', (b) => ({ ...b, summary: undefined }), 'invalid'],
    ['a position by an unknown actor', (b) => ({ ...b, positions: (b.positions as object[]).map((p) => ({ ...p, actor: 'a99' })) }), 'invalid'],
    ['a question naming an unknown actor', (b) => ({ ...b, questions: (b.questions as { actors: string[] }[]).map((q) => ({ ...q, actors: [...q.actors, 'ghost'] })) }), 'invalid'],
    ['evidence from an unknown source', (b) => ({ ...b, summary: { text: 'x', evidence: [{ source: 's404', start: 0, end: 1, text: 'x' }] } }), 'invalid'],
    ['an actor citing an unknown source', (b) => ({ ...b, actors: (b.actors as { sources: string[] }[]).map((a) => ({ ...a, sources: ['nowhere'] })) }), 'invalid'],
  ];
  for (const [what, mutate, reason] of cases) {
    it(`${what} (inline JSON)`, async () => {
      const json = JSON.stringify(mutate((await loadBriefing()) as unknown as Record<string, unknown>));
      const errors = await uncaught(async () => {
        const { el, failed } = await renderInline<BriefingElement>('story-briefing', json);
        const event: BriefingErrorEvent = await failed;
        expect(event.detail.reason).to.equal(reason);
        expect(event.detail.message).to.equal(READ);
        await el.updateComplete;
        expect(el.status).to.equal('error');
      });
      expect(errors).to.deep.equal([]);
    });
  }

  it('the same from src', async () => {
    const restore = stubFetch(async () => new Response(JSON.stringify({ ...(await loadBriefing()), version: 3 })));
    try {
      await expectFailure('/stub/v3.json', 'version', READ);
    } finally {
      restore();
    }
  });
});

describe('a newer minor version renders', () => {
  it('with unknown fields at every level', async () => {
    const b = (await loadBriefing()) as unknown as Record<string, unknown>;
    const newer = {
      ...b,
      version: 1.3,
      language: 'en',
      updates: [{ at: '2026-01-01' }],
      actors: (b.actors as object[]).map((a) => ({ ...a, wikidata: 'Q42', image: { url: 'https://example.com/a.jpg' } })),
      positions: (b.positions as object[]).map((p) => ({ ...p, stance: 'against', confidence: 0.8 })),
    };
    const { el, loaded } = await renderInline<BriefingElement>('story-briefing', JSON.stringify(newer));
    await loaded;
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect(text(root(el).querySelector('[part~="briefing-title"]'))).to.equal('Harbour dredging dispute');
  });

  it('as the string "1.1"', async () => {
    const { el, loaded } = await renderInline<BriefingElement>('briefing-actors', JSON.stringify({ ...(await loadBriefing()), version: '1.1' }));
    await loaded;
    expect(el.status).to.equal('ready');
  });
});

describe('one failing instance leaves the others alone', () => {
  it('a broken, a hostile and a good briefing on one page', async () => {
    const restore = stubFetch(async () => new Response('not json'));
    try {
      const errors = await uncaught(async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          <story-briefing id="bad" src="/stub/bad.json"></story-briefing>
          <briefing-actors id="missing" src=${fixtureUrl('missing.json')}></briefing-actors>
          <story-briefing id="good" src=${fixtureUrl('briefing.json')}></story-briefing>
        </div>`);
        const good = wrapper.querySelector('#good') as BriefingElement;
        const settle = (el: Element) =>
          new Promise((r) => {
            el.addEventListener('briefing-load', r, { once: true });
            el.addEventListener('briefing-error', r, { once: true });
          });
        await Promise.all([...wrapper.children].map((el) => ((el as BriefingElement).status === 'loading' ? settle(el) : null)));
        expect((wrapper.querySelector('#bad') as BriefingElement).status).to.equal('error');
        expect((wrapper.querySelector('#missing') as BriefingElement).status).to.equal('error');
        expect(good.status).to.equal('ready');
        expect(root(good).querySelector('briefing-actors')).to.exist;
      });
      expect(errors).to.deep.equal([]);
    } finally {
      restore();
    }
  });
});
