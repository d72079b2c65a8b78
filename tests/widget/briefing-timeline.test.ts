import { expect } from '@open-wc/testing';
import '../../src/widget/briefing-timeline/briefing-timeline.js';
import type { BriefingTimeline } from '../../src/widget/briefing-timeline/briefing-timeline.component.js';
import { renderWithData, root, sharedLoadingTests, text, texts, labelled } from './helpers.js';
import { withTimeline } from './timeline-fixture.js';

describe('<briefing-timeline>', () => {
  sharedLoadingTests<BriefingTimeline>('briefing-timeline', (el) => {
    // The shared fixture has no timeline.
    expect(text(root(el).querySelector('h2'))).to.equal('Timeline');
    expect(text(root(el).querySelector('.empty'))).to.equal('No dated events.');
  });

  it('is an ordered list of events, each with its date as a <time> at its precision', async () => {
    const el = await renderWithData<BriefingTimeline>('briefing-timeline', await withTimeline());
    const shadow = root(el);
    const list = shadow.querySelector('ol')!;
    expect(list.getAttribute('aria-labelledby')).to.equal('timeline-title');
    const events = [...list.querySelectorAll(':scope > li[part~="event"]')];
    expect(events.map((e) => text(e.querySelector('.event-text')))).to.deep.equal([
      'The survey was commissioned last month.',
      'Dredging began last week.',
      'The board voted on Tuesday.',
      'Fishermen protested at the harbour on Wednesday. New',
      'The council will meet on Friday.',
    ]);
    expect(events.map((e) => [e.querySelector('time')?.getAttribute('datetime') ?? null, text(e.querySelector('[part~="when"]'))])).to.deep.equal([
      ['2017-03', 'March 2017'],
      ['2017-W14', 'Week of 3 April 2017'],
      ['2017-04-11', '11 April 2017'],
      ['2017-04-12', '12 April 2017'],
      // No date resolved: the phrase as written, and no <time>.
      [null, 'on Friday'],
    ]);
    expect(texts(shadow, '[part~="new"]')).to.deep.equal(['New']);
    expect(texts(events[2]!, '[part~="source"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('in French', async () => {
    const el = document.createElement('briefing-timeline') as BriefingTimeline;
    el.setAttribute('lang', 'fr');
    el.data = await withTimeline();
    document.body.append(el);
    await labelled(el);
    expect(text(root(el).querySelector('h2'))).to.equal('Chronologie');
    expect(texts(root(el), '[part~="when"]').slice(0, 3)).to.deep.equal(['mars 2017', 'Semaine du 3 avril 2017', '11 avril 2017']);
    expect(texts(root(el), '[part~="new"]')).to.deep.equal(['Nouveau']);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('opening an event\'s evidence tells the page', async () => {
    const el = await renderWithData<BriefingTimeline>('briefing-timeline', await withTimeline());
    const selected = new Promise<CustomEvent>((resolve) => el.addEventListener('briefing-select', (e) => resolve(e as CustomEvent), { once: true }));
    root(el).querySelector<HTMLElement>('details summary')!.click();
    expect((await selected).detail).to.deep.equal({ kind: 'event', id: 't-survey' });
  });
});
