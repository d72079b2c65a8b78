import { expect } from '@open-wc/testing';

/**
 * The configurator (demo/configurator.html, with the built classic script): its snippet works
 * pasted on another origin (absolute URLs) under a strict Content-Security-Policy (no inline
 * <style>: the accent is a rule for the site's stylesheet), its preview is not themed by the demo
 * article's CSS, and it warns when the accent fails 4.5:1 against the chosen theme.
 */

const frameLoaded = (frame: HTMLIFrameElement) => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('embed-code configurator', () => {
  it('writes a CSP-safe snippet with absolute URLs, and warns about an accent without contrast', async function (this: MochaTestContext) {
    this.timeout(15000);
    if (!(await fetch('/dist/story-briefing.js', { method: 'HEAD' })).ok) this.skip();
    const frame = document.createElement('iframe');
    frame.title = 'Configurator';
    frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
    const loaded = frameLoaded(frame);
    frame.src = '/demo/configurator.html';
    document.body.append(frame);
    try {
      await loaded;
      await pause(100);
      const doc = frame.contentDocument!;
      const win = frame.contentWindow! as Window & typeof globalThis;
      const form = doc.getElementById('options') as HTMLFormElement;
      const snippet = () => doc.getElementById('snippet')!.textContent!;
      const warning = () => doc.getElementById('contrast')!.textContent!;
      const set = (name: string, value: string) => {
        (form.elements.namedItem(name) as HTMLInputElement).value = value;
        form.dispatchEvent(new win.Event('input'));
      };

      expect(snippet()).to.match(/^<script src="http:\/\/[^"]+\/dist\/story-briefing\.js"><\/script>\n<story-briefing src="http:\/\/[^"]+\/dist\/briefings\/seeds\.json">/);
      expect(snippet()).to.not.contain('<style');
      expect(doc.getElementById('css')!.textContent).to.equal('story-briefing {\n  --briefing-color-accent: #8a1c1c;\n}');
      expect(doc.querySelector('link[href*="demo.css"]'), 'the demo article’s CSS').to.be.null;

      set('src', 'https://news.example.com/briefings/a.json');
      expect(snippet()).to.contain('src="https://news.example.com/briefings/a.json"');

      // The default accent on the dark theme: 2:1, a warning; on light, none.
      set('theme', 'dark');
      expect(warning()).to.match(/^The accent has a contrast of \d\.\d:1/);
      const story = doc.querySelector('#preview story-briefing') as HTMLElement;
      // Light text on the dark theme's own background (the demo's white cards stay out).
      const channels = (c: string) => c.match(/\d+/g)!.slice(0, 3).map(Number);
      expect(Math.min(...channels(win.getComputedStyle(story).color))).to.be.greaterThan(200);
      const card = story.shadowRoot!.querySelector('briefing-summary') as HTMLElement | null;
      if (card) expect(Math.max(...channels(win.getComputedStyle(card).backgroundColor === 'rgba(0, 0, 0, 0)' ? win.getComputedStyle(story).backgroundColor : win.getComputedStyle(card).backgroundColor))).to.be.lessThan(80);
      set('accent', '#f2b84b');
      expect(warning()).to.equal('');
      set('theme', 'light');
      expect(warning()).to.match(/contrast/);
      set('accent', '#8a1c1c');
      expect(warning()).to.equal('');
    } finally {
      frame.remove();
    }
  });
});
