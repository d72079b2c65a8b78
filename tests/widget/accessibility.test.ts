import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/widget/index.js';
import type { BriefingElement } from '../../src/widget/common/briefing-element.js';
import { skipWithout } from './engine.js';
import { labelled, root } from './helpers.js';
import { withTimeline } from './timeline-fixture.js';

/**
 * Issue 17: "axe shows 0 violations in light, dark, forced colours, RTL and each label language",
 * for the whole <story-briefing> with everything a reader can open open: every evidence
 * disclosure and the source list, and an actor chosen (the filter line, the pressed toggle). The
 * accent colours links, the chosen actor and the "New" badge, which the default view keeps out of
 * sight, so axe's colour-contrast checks them too. Each page below is a wrapper with its own
 * language, direction and colours.
 */

/** Every element matching `selector` in `el`'s shadow root and the shadow roots below it. */
function deepAll<T extends HTMLElement = HTMLElement>(el: Element | ShadowRoot, selector: string): T[] {
  const scope = el instanceof ShadowRoot ? el : el.shadowRoot;
  if (!scope) return [];
  const found = [...scope.querySelectorAll<T>(selector)];
  for (const child of scope.querySelectorAll('*')) found.push(...deepAll<T>(child, selector));
  return found;
}

/** <story-briefing> in `page` (a wrapper's attributes and style), with everything opened. */
async function opened(page: { lang?: string; dir?: string; style?: string }, attrs: Record<string, string> = {}): Promise<BriefingElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${page.lang ?? 'en'} dir=${page.dir ?? 'ltr'} style=${page.style ?? ''}></div>`);
  const el = document.createElement('story-briefing');
  for (const [name, value] of Object.entries({ 'show-evidence': '', ...attrs })) el.setAttribute(name, value);
  el.data = await withTimeline();
  wrapper.append(el);
  await labelled(el);
  for (const details of deepAll<HTMLDetailsElement>(el, 'details')) details.open = true;
  const pick = deepAll(el, 'button.pick')[0]!;
  pick.click();
  await el.updateComplete;
  for (const child of deepAll(el, '*')) await (child as Partial<BriefingElement>).updateComplete;
  expect(deepAll(el, '[aria-pressed="true"]'), 'an actor chosen').to.have.length(1);
  expect(deepAll(el, 'details:not([open])'), 'disclosures left closed').to.deep.equal([]);
  expect(deepAll(el, 'a[href]').length, 'source links in view').to.be.greaterThan(3);
  expect(deepAll(el, '[part~="new"]').length, 'a "New" badge').to.be.greaterThan(0);
  return el;
}

describe('accessibility, everything open', () => {
  const pages: [string, { lang?: string; dir?: string; style?: string }, Record<string, string>][] = [
    ['theme="light"', {}, { theme: 'light' }],
    ['theme="dark"', {}, { theme: 'dark' }],
    ['theme="auto" on a light page', { style: 'background: #fff; color: #1b1b1b' }, {}],
    ['theme="auto" on a dark page', { style: 'color-scheme: dark; background: #111; color: #eee' }, {}],
    ['layout="compact", theme="dark"', {}, { theme: 'dark', layout: 'compact' }],
  ];
  for (const [name, page, attrs] of pages) {
    it(`axe finds nothing: ${name}`, async function (this: MochaTestContext) {
      this.timeout(10000);
      await expect(await opened(page, attrs), name).to.be.accessible();
    });
  }

  it('axe finds nothing in each label language, Arabic right to left', async function (this: MochaTestContext) {
    this.timeout(40000);
    for (const lang of ['en', 'fr', 'de', 'es', 'it', 'pt', 'ar']) {
      const el = await opened({ lang, dir: lang === 'ar' ? 'rtl' : 'ltr' });
      expect(root(el).querySelector('.root')!.getAttribute('lang'), lang).to.equal(lang);
      await expect(el, lang).to.be.accessible();
    }
  });

  it('axe finds nothing in forced colours, light and dark', async function (this: MochaTestContext) {
    this.timeout(20000);
    let emulated = true;
    try {
      await emulateMedia({ forcedColors: 'active' });
    } catch {
      emulated = false;
    }
    try {
      skipWithout(this, emulated && matchMedia('(forced-colors: active)').matches, 'a test driver that emulates forced-colors');
      for (const theme of ['light', 'dark']) await expect(await opened({}, { theme }), theme).to.be.accessible();
    } finally {
      if (emulated) await emulateMedia({ forcedColors: 'none' });
    }
  });
});
