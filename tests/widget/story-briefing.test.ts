import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widget/story-briefing/story-briefing.js';
import type { StoryBriefing } from '../../src/widget/story-briefing/story-briefing.component.js';
import type { BriefingElement } from '../../src/widget/common/briefing-element.js';
import { labelled, loadBriefing, renderWithData, root, sharedLoadingTests, text, texts } from './helpers.js';

const sections = ['briefing-summary', 'briefing-actors', 'briefing-positions', 'briefing-questions'] as const;

function checkStory(el: StoryBriefing): void {
  const shadow = root(el);
  // The heading is a label; the briefing's own title is a part (hidden unless a page shows it).
  expect(text(shadow.querySelector('h2[part~="heading"]'))).to.equal('The story so far');
  expect(text(shadow.querySelector('[part~="briefing-title"]'))).to.equal('Harbour dredging dispute');
  expect(text(shadow.querySelector('[part~="source-list"] summary[part~="review"]'))).to.equal('Generated automatically from 4 articles');
  // Every section is rendered, shares the very same briefing, and is one heading level down.
  for (const tag of sections) {
    const child = shadow.querySelector(tag) as BriefingElement | null;
    expect(child, tag).to.exist;
    expect(child!.data).to.equal(el.briefing);
    expect(child!.status).to.equal('ready');
    expect(child!.getAttribute('heading-level')).to.equal('3');
  }
  const inner = (tag: string) => root(shadow.querySelector(tag)!);
  expect(texts(inner('briefing-summary'), 'h3, h4')).to.deep.equal(['Summary', 'Key points']);
  // Under "The story so far" the summary's own heading is for screen readers only.
  expect(inner('briefing-summary').querySelector('[part~="header"]')!.getBoundingClientRect().height).to.be.lessThan(2);
  expect(inner('briefing-actors').querySelectorAll('[part~="card"]')).to.have.length(3);
  expect(text(inner('briefing-positions').querySelector('blockquote'))).to.equal('We will not dig blind.');
  // Two questions by default, the answered one after "Show more".
  expect(inner('briefing-questions').querySelectorAll('[part~="card"]')).to.have.length(2);
  expect(text(inner('briefing-questions').querySelector('.more'))).to.equal('Show more (1)');
}

describe('<story-briefing>', () => {
  sharedLoadingTests<StoryBriefing>('story-briefing', checkStory);

  it('says under its heading that editors reviewed it, and when, in the page language', async () => {
    const reviewed = { ...(await loadBriefing()), review: { status: 'reviewed' as const, reviewedBy: 'Desk', reviewedAt: '2017-04-12T09:30:00Z', edits: 3 } };
    const el = await renderWithData<StoryBriefing>('story-briefing', reviewed);
    const line = () => root(el).querySelector('header [part="review"]');
    expect(text(line())).to.equal('Reviewed by the editors · 12 April 2017');
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'fr');
    await labelled(el);
    expect(text(line())).to.equal('Relu par la rédaction · 12 avril 2017');
    // An unreadable date is left out; an unknown status is automatic.
    el.data = { ...reviewed, review: { status: 'reviewed', reviewedAt: 'soon', edits: 1 } };
    await el.updateComplete;
    expect(text(line())).to.equal('Relu par la rédaction');
    el.data = { ...reviewed, review: { status: 'approved', edits: 1 } } as unknown as typeof reviewed;
    await el.updateComplete;
    expect(text(line())).to.equal('Généré automatiquement d’après 4 articles');
  });

  it('fetches once: its sections make no requests of their own', async () => {
    const el = await renderWithData<StoryBriefing>('story-briefing', await loadBriefing());
    for (const tag of sections) {
      const child = root(el).querySelector(tag) as BriefingElement;
      expect(child.hasAttribute('src'), tag).to.be.false;
    }
  });

  it('updates every section when the data changes', async () => {
    const data = await loadBriefing();
    const el = await renderWithData<StoryBriefing>('story-briefing', data);
    el.data = { ...data, title: 'Dredging resumes', actors: data.actors.slice(0, 1) };
    await el.updateComplete;
    const actors = root(el).querySelector('briefing-actors') as BriefingElement;
    await actors.updateComplete;
    expect(text(root(el).querySelector('[part~="briefing-title"]'))).to.equal('Dredging resumes');
    expect(root(actors).querySelectorAll('[part~="card"]')).to.have.length(1);
  });

  it('lets the page style cards through exported parts and tokens', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <style>
        .branded::part(card) {
          border-top-width: 5px;
        }
        .branded::part(quote),
        .branded::part(source),
        .branded::part(evidence),
        .branded::part(more) {
          outline: 3px dashed;
        }
        .branded {
          --briefing-color-accent: rgb(0, 90, 60);
        }
      </style>
    </div>`);
    const el = document.createElement('story-briefing');
    el.className = 'branded';
    el.data = await loadBriefing();
    wrapper.append(el);
    await el.updateComplete;
    const positions = root(el).querySelector('briefing-positions') as BriefingElement;
    await positions.updateComplete;
    const card = root(positions).querySelector('[part~="card"]')!;
    expect(getComputedStyle(card).borderTopWidth).to.equal('5px');
    const link = root(positions).querySelector('a')!;
    expect(getComputedStyle(link).color).to.equal('rgb(0, 90, 60)');
    // Every part the README lists for story-briefing reaches through it.
    el.setAttribute('max-positions', '2');
    await el.updateComplete;
    await positions.updateComplete;
    for (const part of ['quote', 'source', 'evidence', 'more']) {
      const node = root(positions).querySelector(`[part~="${part}"]`)!;
      expect(getComputedStyle(node).outlineStyle, part).to.equal('dashed');
    }
  });

  it('shows an empty state for a briefing without content', async () => {
    const el = await renderWithData<StoryBriefing>('story-briefing', await loadBriefing('empty.json'));
    expect(text(root(el).querySelector('h2'))).to.equal('The story so far');
    expect(text(root(el).querySelector('.empty'))).to.equal('This briefing has no content yet.');
    expect(root(el).querySelector('briefing-actors')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('the library entry registers all five tags without redefining them', async () => {
    const before = customElements.get('story-briefing');
    await import('../../src/widget/index.js');
    expect(customElements.get('story-briefing')).to.equal(before);
    for (const tag of sections) expect(customElements.get(tag), tag).to.exist;
  });
});
