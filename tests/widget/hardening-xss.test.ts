import { expect, fixture } from '@open-wc/testing';
import '../../src/widget/story-briefing/story-briefing.js';
import '../../src/widget/briefing-summary/briefing-summary.js';
import '../../src/widget/briefing-actors/briefing-actors.js';
import '../../src/widget/briefing-positions/briefing-positions.js';
import '../../src/widget/briefing-questions/briefing-questions.js';
import type { Briefing } from '../../src/format/schema.js';
import type { BriefingElement } from '../../src/widget/common/briefing-element.js';
import { noteLacking } from './engine.js';
import { loadBriefing } from './helpers.js';
import { XSS } from './xss-corpus.js';

/**
 * Every string of a briefing, and every attribute of every element, set to XSS payloads: nothing
 * runs, and no dangerous element, attribute or URL appears in any shadow root, in this page and
 * in one with a strict CSP and Trusted Types enforced (issue 6).
 */

const TAGS = ['story-briefing', 'briefing-summary', 'briefing-actors', 'briefing-positions', 'briefing-questions'];
const ATTRIBUTES = ['heading-level', 'heading', 'lang', 'theme', 'layout', 'show-evidence', 'loading', 'sections', 'max-actors', 'max-positions', 'max-questions', 'actor'];
const REFERENCES = new Set(['id', 'actor', 'source']);
const LISTS_OF_REFERENCES = new Set(['actors', 'sources']);

declare global {
  interface Window {
    __xss?: number;
  }
}

/**
 * The fixture with every string replaced by a payload (the `n`th onwards), ids and references
 * included: each id becomes a distinct payload and every reference follows it, so the briefing
 * stays valid and every card is rendered.
 */
function poisoned(b: Briefing, n: number): Briefing {
  let i = n;
  const next = () => XSS[i++ % XSS.length];
  const ids = new Map<string, string>();
  const idOf = (id: string) => ids.get(id) ?? (ids.set(id, `${next()}#${ids.size}`), ids.get(id)!);
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return REFERENCES.has(key) ? idOf(value) : next();
    if (Array.isArray(value)) return value.map((v) => (LISTS_OF_REFERENCES.has(key) && typeof v === 'string' ? idOf(v) : walk(v, key)));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'version' ? v : walk(v, k)]));
    return value;
  };
  return walk(b, '') as Briefing;
}

const DANGEROUS_TAGS = 'script, iframe, frame, object, embed, base, meta, link, form, style:not([data-lit]), svg, math, img, video, audio, template';
const SCRIPT_URL = /^\s*(?:javascript|data|vbscript):/i;

/** Every element in `root` and in the shadow roots inside it. */
function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/** What would be dangerous in the shadow DOM of `host`. */
function dangers(host: Element): string[] {
  const found: string[] = [];
  for (const el of deepElements(host.shadowRoot!)) {
    if (el.matches(DANGEROUS_TAGS)) found.push(`<${el.localName}>`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
      if (/^(?:href|src|action|formaction|xlink:href|srcdoc|data|style)$/i.test(attr.name) && (SCRIPT_URL.test(attr.value) || attr.name === 'srcdoc')) found.push(`${el.localName}[${attr.name}=${attr.value}]`);
    }
    if (el instanceof HTMLAnchorElement && el.hasAttribute('href') && !/^https?:$/.test(el.protocol)) found.push(`a[href=${el.href}]`);
  }
  return found;
}

/** Open everything a reader can open (evidence, Show more, the actor filter), to render it all. */
async function openEverything(host: BriefingElement): Promise<void> {
  for (let round = 0; round < 3; round++) {
    for (const el of deepElements(host.shadowRoot!)) {
      if (el instanceof HTMLDetailsElement) el.open = true;
      if (el instanceof HTMLButtonElement) el.click();
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the danger detector', () => {
  it('sees what it looks for (a control for the tests below)', async () => {
    const host = await fixture<HTMLDivElement>(document.createElement('div'));
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<p><img src="x" onerror="void 0"></p><a href="javascript:void 0">a</a><a href=" data:text/html,x">b</a><span onclick="x"></span><iframe></iframe>';
    expect(dangers(host)).to.include.members(['<img>', 'img[onerror]', 'a[href=javascript:void 0]', 'a[href= data:text/html,x]', 'span[onclick]', '<iframe>']);
  });
});

describe('XSS payloads in every field of a briefing', () => {
  afterEach(() => void delete window.__xss);

  for (const tag of TAGS) {
    it(`<${tag}>: rendered as text, nothing runs, nothing dangerous in the shadow DOM`, async function (this: MochaTestContext) {
      this.timeout(30_000);
      const base = await loadBriefing();
      for (let n = 0; n < XSS.length; n += 7) {
        const b = poisoned(base, n);
        // Every way in: the data property, inline JSON (with "<" left unescaped, as a careless
        // page would), and src.
        const byData = document.createElement(tag) as BriefingElement;
        byData.data = b;
        const inline = document.createElement(tag) as BriefingElement;
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(b);
        inline.append(script);
        const bySrc = document.createElement(tag) as BriefingElement;
        bySrc.setAttribute('src', URL.createObjectURL(new Blob([JSON.stringify(b)], { type: 'application/json' })));
        for (const el of [byData, inline, bySrc]) el.setAttribute('loading', 'eager');
        const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
        wrapper.append(byData, inline, bySrc);
        for (const el of [byData, inline, bySrc]) {
          for (let t = 0; el.status !== 'ready' && t < 100; t++) await new Promise((r) => setTimeout(r, 10));
          expect(el.status, `${tag} ${el === byData ? 'data' : el === inline ? 'inline' : 'src'}`).to.equal('ready');
          await openEverything(el);
          expect(dangers(el)).to.deep.equal([]);
        }
        // The payloads are there, as text.
        expect(byData.shadowRoot!.textContent + [...deepElements(byData.shadowRoot!)].map((e) => e.shadowRoot?.textContent ?? '').join('')).to.contain('window.__xss');
        wrapper.remove();
      }
      await new Promise((r) => setTimeout(r, 50));
      expect(window.__xss).to.be.undefined;
    });
  }
});

describe('XSS payloads in every attribute', () => {
  afterEach(() => void delete window.__xss);

  it('of every element: nothing runs, nothing dangerous', async function (this: MochaTestContext) {
    this.timeout(60_000);
    const b = await loadBriefing();
    for (const tag of TAGS) {
      for (const payload of XSS) {
        const el = document.createElement(tag) as BriefingElement;
        for (const name of ATTRIBUTES) el.setAttribute(name, payload);
        el.setAttribute('loading', 'eager');
        el.data = b;
        const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
        wrapper.append(el);
        await el.updateComplete;
        await openEverything(el);
        expect(dangers(el), `${tag} ${payload}`).to.deep.equal([]);
        wrapper.remove();
      }
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(window.__xss).to.be.undefined;
  });

  it('as src: a script URL is never fetched into anything that runs', async function (this: MochaTestContext) {
    this.timeout(30_000);
    for (const payload of XSS) {
      const el = document.createElement('briefing-actors') as BriefingElement;
      el.setAttribute('loading', 'eager');
      el.setAttribute('src', payload);
      const settled = new Promise((r) => {
        el.addEventListener('briefing-error', r, { once: true });
        el.addEventListener('briefing-load', r, { once: true });
      });
      const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
      wrapper.append(el);
      await Promise.race([settled, new Promise((r) => setTimeout(r, 2000))]);
      expect(dangers(el), payload).to.deep.equal([]);
      wrapper.remove();
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(window.__xss).to.be.undefined;
  });
});

describe('the built embed under a strict CSP with Trusted Types enforced', () => {
  it('renders hostile briefings with no violation, no error and nothing run', async function (this: MochaTestContext) {
    this.timeout(20_000);
    const origin = location.origin;
    const bundle = `${origin}/dist/story-briefing.js`;
    if (!(await fetch(bundle, { method: 'HEAD' })).ok) this.skip();

    const base = await loadBriefing();
    // Inline JSON as the README says to embed it, "<" escaped so the text cannot end the script.
    const inline = JSON.stringify(poisoned(base, 0)).replace(/</g, '\\u003c');
    const fetched = URL.createObjectURL(new Blob([JSON.stringify(poisoned(base, 3))], { type: 'application/json' }));
    const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const hostileAttributes = ATTRIBUTES.filter((a) => a !== 'loading').map((a, i) => `${a}="${attr(XSS[i % XSS.length])}"`).join(' ');
    // The page's own origin rather than 'self': Firefox matches no URL to 'self' in a srcdoc
    // frame's policy (so it would block even the probe), the other engines read both the same.
    const csp = `script-src ${origin}; style-src ${origin}; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'`;
    const frame = document.createElement('iframe');
    frame.title = 'CSP and Trusted Types test frame';
    frame.style.width = '900px';
    frame.style.height = '700px';
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="${csp}">
      <script src="${origin}/tests/widget/fixtures/csp-probe.js"></script>
      <script src="${bundle}"></script>
      </head><body>
      <story-briefing id="inline" loading="eager" ${hostileAttributes}><script type="application/json">${inline}</script></story-briefing>
      ${TAGS.map((t, i) => `<${t} id="src-${i}" loading="eager" src="${fetched}"></${t}>`).join('\n')}
      <briefing-positions id="attrs" loading="eager" src="${fetched}" ${hostileAttributes}></briefing-positions>
      </body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & { __violations: string[]; __errors: string[]; __xss?: number; trustedTypes?: unknown };
      const doc = frame.contentDocument!;
      const elements = [...doc.querySelectorAll<BriefingElement>('story-briefing, briefing-summary, briefing-actors, briefing-positions, briefing-questions')];
      for (let t = 0; elements.some((el) => el.status !== 'ready') && t < 300; t++) await new Promise((r) => setTimeout(r, 10));
      expect(elements.map((el) => `${el.id}: ${el.status}`)).to.deep.equal(elements.map((el) => `${el.id}: ready`));
      for (const el of elements) await openEverything(el);
      await new Promise((r) => setTimeout(r, 100));

      expect(win.__errors, 'uncaught errors').to.deep.equal([]);
      expect(win.__violations, 'CSP and Trusted Types violations').to.deep.equal([]);
      expect(win.__xss, 'a payload ran').to.be.undefined;
      expect(window.__xss, 'a payload ran in the parent').to.be.undefined;
      for (const el of elements) expect(dangers(el), el.id).to.deep.equal([]);
      // Trusted Types really are enforced in the frame: a raw string into innerHTML throws. An
      // engine without them has checked the CSP alone.
      if ('trustedTypes' in win) expect(() => (doc.body.innerHTML = '<b>x</b>')).to.throw();
      else noteLacking('Trusted Types enforcement in the strict-CSP test', 'Trusted Types (window.trustedTypes)');
    } finally {
      frame.remove();
      URL.revokeObjectURL(fetched);
    }
  });
});
