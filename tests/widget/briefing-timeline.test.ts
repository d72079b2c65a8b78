import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widget/briefing-timeline/briefing-timeline.js';
import type { BriefingTimeline } from '../../src/widget/briefing-timeline/briefing-timeline.component.js';
import { renderWithData, root, sharedLoadingTests, text, texts, labelled } from './helpers.js';
import { withTimeline } from './timeline-fixture.js';

describe('<briefing-timeline>', () => {
  sharedLoadingTests<BriefingTimeline>(
    'briefing-timeline',
    (el) => {
      // The shared fixture has no timeline: like every empty section, it is left out.
      expect(root(el).querySelector('.root')!.children).to.have.length(0);
    },
    withTimeline,
  );

  it('is an ordered list of events, each with its date as a <time> at its precision', async () => {
    const el = await renderWithData<BriefingTimeline>('briefing-timeline', await withTimeline());
    el.maxEvents = 8;
    await el.updateComplete;
    const shadow = root(el);
    const list = shadow.querySelector('ol')!;
    expect(list.getAttribute('aria-labelledby')).to.equal('timeline-title');
    const events = [...list.querySelectorAll(':scope > li[part~="event"]')];
    expect(events.map((e) => text(e.querySelector('.what > p')))).to.deep.equal([
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

  const shown = (el: BriefingTimeline) => texts(root(el), '[part~="event"] .what > p');

  it('shows three events by default, in order: new ones first, then those the summary does not tell', async () => {
    const el = await renderWithData<BriefingTimeline>('briefing-timeline', await withTimeline());
    // The new one, then the first two others; shown in the timeline's order.
    expect(shown(el)).to.deep.equal(['The survey was commissioned last month.', 'Dredging began last week.', 'Fishermen protested at the harbour on Wednesday. New']);
    const told = await withTimeline();
    told.summary.text += ' The survey was commissioned last month.';
    el.data = told;
    await el.updateComplete;
    // The summary tells the survey: the vote takes its place.
    expect(shown(el)).to.deep.equal(['Dredging began last week.', 'The board voted on Tuesday.', 'Fishermen protested at the harbour on Wednesday. New']);
    await expect(el).to.be.accessible();
  });

  it('"Show more" reveals the rest in order, from the keyboard, and focuses the first event revealed', async () => {
    const el = await renderWithData<BriefingTimeline>('briefing-timeline', await withTimeline());
    const shadow = root(el);
    const more = shadow.querySelector<HTMLButtonElement>('button.more')!;
    expect(text(more)).to.equal('Show more (2)');
    expect(more.getAttribute('aria-describedby')).to.equal('timeline-title');
    await expect(el).to.be.accessible();
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shown(el)).to.deep.equal([
      'The survey was commissioned last month.',
      'Dredging began last week.',
      'The board voted on Tuesday.',
      'Fishermen protested at the harbour on Wednesday. New',
      'The council will meet on Friday.',
    ]);
    expect(shadow.querySelector('button.more')).to.equal(null);
    // The vote, the first revealed in reading order: not <body>, nor the fourth event (the
    // protest, shown before), nor the last one revealed.
    const events = shadow.querySelectorAll('[part~="event"]');
    expect(shadow.activeElement).to.equal(events[2]);
    await sendKeys({ press: 'Tab' });
    // Reading on from there: the vote's own source line.
    expect(shadow.activeElement).to.equal(events[2]!.querySelector('summary'));
    await expect(el).to.be.accessible();
  });

  it('in French', async () => {
    const el = document.createElement('briefing-timeline') as BriefingTimeline;
    el.setAttribute('lang', 'fr');
    el.data = await withTimeline();
    document.body.append(el);
    await labelled(el);
    expect(text(root(el).querySelector('h2'))).to.equal('Chronologie');
    expect(texts(root(el), '[part~="when"]')).to.deep.equal(['mars 2017', 'Semaine du 3 avril 2017', '12 avril 2017']);
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
