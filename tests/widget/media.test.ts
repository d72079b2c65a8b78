import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/widget/index.js';
import type { BriefingElement } from '../../src/widget/common/briefing-element.js';
import { skipWithout } from './engine.js';
import { fixtureUrl, holdFetches, loadBriefing, root } from './helpers.js';

/**
 * The user's media preferences (issue 5): `prefers-reduced-motion` stops the skeleton's pulse,
 * `forced-colors` keeps cards outlined and the chosen actor distinguishable. Emulated in the test
 * page by web-test-runner's emulateMedia command, which Playwright (Chromium) carries out; neither
 * WebDriver (WebKit) nor WebDriver BiDi (Firefox) has a way to, so there the test says what it
 * skipped.
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

/** False once the test driver has refused the command: it will refuse it every time. */
let driverEmulates = true;

/**
 * Emulates `media` and tells whether the page now matches `query`: false where the test driver
 * cannot emulate it (the command fails, or is ignored as Puppeteer ignores `forcedColors`).
 */
async function emulated(media: Parameters<typeof emulateMedia>[0], query: string): Promise<boolean> {
  try {
    if (driverEmulates) await emulateMedia(media);
  } catch {
    driverEmulates = false;
  }
  return driverEmulates && matchMedia(query).matches;
}

describe('media preferences', () => {
  afterEach(async () => void (await emulated({ reducedMotion: 'no-preference', forcedColors: 'none' }, 'all')));

  it('prefers-reduced-motion: reduce stops the skeleton pulsing', async function () {
    const { el, done } = await loading();
    try {
      const placeholder = root(el).querySelector('.ph')!;
      // Where the driver cannot emulate, the engine's own preference (no preference) is checked.
      await emulated({ reducedMotion: 'no-preference' }, 'all');
      if (matchMedia('(prefers-reduced-motion: no-preference)').matches) {
        expect(getComputedStyle(placeholder).animationName).to.not.equal('none');
      }
      skipWithout(this, await emulated({ reducedMotion: 'reduce' }, '(prefers-reduced-motion: reduce)'), 'a test driver that emulates prefers-reduced-motion');
      expect(getComputedStyle(placeholder).animationName).to.equal('none');
    } finally {
      done();
    }
  });

  it('forced-colors: active keeps card borders and marks the chosen actor in Highlight', async function () {
    skipWithout(this, await emulated({ forcedColors: 'active' }, '(forced-colors: active)'), 'a test driver that emulates forced-colors');
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
