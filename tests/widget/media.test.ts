import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/widget/index.js';
import type { BriefingElement } from '../../src/widget/common/briefing-element.js';
import { fixtureUrl, holdFetches, loadBriefing, root } from './helpers.js';

/**
 * The user's media preferences (issue 5): `prefers-reduced-motion` stops the skeleton's pulse,
 * `forced-colors` keeps cards outlined and the chosen actor distinguishable. Emulated in the test
 * page by Playwright (web-test-runner's emulateMedia command).
 */

/** What `value` (a system colour) computes to on this page. */
function systemColor(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** An element held in its loading state (skeleton), and the way to let it go. */
async function loading(): Promise<{ el: BriefingElement; done: () => void }> {
  const held = holdFetches();
  const el = await fixture<BriefingElement>(html`<briefing-actors loading="eager" src=${fixtureUrl('briefing.json')}></briefing-actors>`);
  await el.updateComplete;
  return { el, done: () => held.restore() || held.release() };
}

describe('media preferences', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' }));

  it('prefers-reduced-motion: reduce stops the skeleton pulsing', async () => {
    const { el, done } = await loading();
    try {
      const placeholder = root(el).querySelector('.ph')!;
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(placeholder).animationName).to.not.equal('none');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.be.true;
      expect(getComputedStyle(placeholder).animationName).to.equal('none');
    } finally {
      done();
    }
  });

  it('forced-colors: active keeps card borders and marks the chosen actor in Highlight', async () => {
    await emulateMedia({ forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const el = document.createElement('briefing-actors');
    el.data = await loadBriefing();
    el.actor = 'a1';
    await fixture(el);
    await el.updateComplete;
    const card = root(el).querySelector<HTMLElement>('[part~="card"]')!;
    const style = getComputedStyle(card);
    expect(style.borderTopStyle).to.equal('solid');
    expect(style.borderTopColor).to.equal(systemColor('CanvasText'));
    const pressed = root(el).querySelector('[aria-pressed="true"]')!;
    expect(getComputedStyle(pressed).color).to.equal(systemColor('Highlight'));
    expect(systemColor('Highlight')).to.not.equal(systemColor('CanvasText'));
    await expect(el).to.be.accessible();
  });
});
