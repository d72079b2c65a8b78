import { expect } from '@open-wc/testing';
import { loadBriefing, text } from './helpers.js';

/**
 * The built embed (dist/story-briefing.js, the classic script a newsroom pastes), not the
 * sources: loaded twice, in the document head, under a strict Content-Security-Policy.
 * Skipped when the bundle has not been built (`npx vite build`).
 */
describe('built embed (dist/story-briefing.js)', () => {
  it('works under a strict CSP, loaded twice, with inline JSON and src', async function (this: MochaTestContext) {
    const origin = location.origin;
    const bundle = `${origin}/dist/story-briefing.js`;
    if (!(await fetch(bundle, { method: 'HEAD' })).ok) this.skip();

    const json = JSON.stringify(await loadBriefing()).replace(/</g, '\\u003c');
    const csp = [
      "default-src 'none'",
      `script-src ${origin}`,
      `connect-src ${origin}`,
      "style-src 'none'",
      "img-src 'none'",
    ].join('; ');
    const frame = document.createElement('iframe');
    frame.title = 'CSP test frame';
    frame.style.width = '800px';
    frame.style.height = '600px';
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="${csp}">
      <script src="${origin}/tests/widget/fixtures/csp-probe.js"></script>
      <script src="${bundle}"></script>
      <script src="${bundle}"></script>
      </head><body>
      <story-briefing id="inline"><script type="application/json">${json}</script></story-briefing>
      <briefing-actors id="fetched" loading="eager" src="${origin}/tests/widget/fixtures/briefing.json"></briefing-actors>
      </body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & { __violations: string[]; __errors: string[] };
      const doc = frame.contentDocument!;
      const fetched = doc.getElementById('fetched')!;
      if ((fetched as unknown as { status: string }).status !== 'ready') {
        await new Promise((resolve) => fetched.addEventListener('briefing-load', resolve, { once: true }));
      }
      await new Promise((resolve) => setTimeout(resolve, 50));

      expect(win.__errors, 'uncaught errors').to.deep.equal([]);
      expect(win.__violations, 'CSP violations').to.deep.equal([]);

      const story = doc.getElementById('inline')!;
      expect(text(story.shadowRoot!.querySelector('[part~="briefing-title"]'))).to.equal('Harbour dredging dispute');
      const actors = story.shadowRoot!.querySelector('briefing-actors')!;
      expect(actors.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(3);
      // Styles applied through adoptedStyleSheets despite style-src 'none'.
      const card = actors.shadowRoot!.querySelector('[part~="card"]')!;
      expect(win.getComputedStyle(card).borderTopStyle).to.equal('solid');

      expect(fetched.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(3);
    } finally {
      frame.remove();
    }
  });
});
