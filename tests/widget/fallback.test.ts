import { expect, fixture, html } from '@open-wc/testing';
import { fallbackFor } from '../../demo/fallback.js';
import '../../src/widget/story-briefing/story-briefing.js';
import type { StoryBriefing } from '../../src/widget/story-briefing/story-briefing.component.js';
import type { Briefing } from '../../src/format/schema.js';
import { fixtureUrl, loadBriefing, text, texts } from './helpers.js';

// The configurator's no-JavaScript fallback (demo/fallback.js): the content of <story-briefing>
// that readers without JavaScript and crawlers see, hidden once the element renders.
describe('the embed snippet fallback', () => {
  let briefing: Briefing;
  before(async () => {
    briefing = await loadBriefing();
  });

  it('holds the title, the summary and every source, linked when it has an http(s) URL', async () => {
    const b: Briefing = { ...briefing, sources: [{ id: 's1', title: 'Dredging vote', url: 'https://example.com/a', publisher: 'Harbour Post' }, { id: 's2', title: 'Second look' }] };
    const box = await fixture<HTMLDivElement>(html`<div>${fallbackFor(b)}</div>`);
    expect(text(box.querySelector('strong'))).to.equal(b.title);
    expect(box.textContent).to.contain(b.summary.text);
    expect(texts(box, 'li')).to.deep.equal(['Harbour Post: Dredging vote', 'Second look']);
    expect([...box.querySelectorAll('a')].map((a) => a.href)).to.deep.equal(['https://example.com/a']);
    await expect(box).to.be.accessible();
  });

  it('carries hostile text as text and links nothing but http(s)', async () => {
    const payload = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
    const b = { ...briefing, title: payload, summary: { text: payload, evidence: [] }, sources: [{ id: 's1', title: payload, url: 'javascript:window.pwned=1' }, { id: 's2', title: 'x', url: 'data:text/html,<b>x</b>' }] };
    const serialised = fallbackFor(b).outerHTML;
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.append(document.createRange().createContextualFragment(serialised));
    expect(box.querySelectorAll('img, script, a')).to.have.length(0);
    expect(box.textContent).to.contain(payload);
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('is shown by no rendered element: the cards take its place', async () => {
    const el = await fixture<StoryBriefing>(html`<story-briefing src=${fixtureUrl('briefing.json')} loading="eager">${fallbackFor(briefing)}</story-briefing>`);
    if (el.status !== 'ready') await new Promise((resolve) => el.addEventListener('briefing-load', resolve, { once: true }));
    expect(el.status).to.equal('ready');
    expect(el.querySelector('.briefing-fallback')!.getClientRects()).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});
