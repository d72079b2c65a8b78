import { expect } from '@open-wc/testing';
import '../../src/widget/briefing-summary/briefing-summary.js';
import type { BriefingSummary } from '../../src/widget/briefing-summary/briefing-summary.component.js';
import { loadBriefing, renderWithData, root, sharedLoadingTests, text, texts } from './helpers.js';

function checkSummary(el: BriefingSummary): void {
  const shadow = root(el);
  expect(text(shadow.querySelector('h2[part~="title"]'))).to.equal('Summary');
  expect(text(shadow.querySelector('.summary'))).to.equal(
    'Dredging in the north harbour was halted after fishing crews and the mayor questioned whether a seabed survey had been done.',
  );
  expect(text(shadow.querySelector('h3'))).to.equal('Key points');
  expect(texts(shadow, 'ul > li')).to.deep.equal([
    'Work stopped on Tuesday after a protest at the quay.',
    'The <b>port authority</b> says a survey found no contamination.',
  ]);
}

describe('<briefing-summary>', () => {
  sharedLoadingTests<BriefingSummary>('briefing-summary', checkSummary);

  it('exposes card, header, title and body parts', async () => {
    const el = await renderWithData<BriefingSummary>('briefing-summary', await loadBriefing());
    for (const part of ['card', 'header', 'title', 'body']) {
      expect(root(el).querySelector(`[part~="${part}"]`), part).to.exist;
    }
  });

  it('shows an empty state', async () => {
    const el = await renderWithData<BriefingSummary>('briefing-summary', await loadBriefing('empty.json'));
    expect(text(root(el).querySelector('.empty'))).to.equal('No summary yet.');
    expect(root(el).querySelector('ul')).to.be.null;
    await expect(el).to.be.accessible();
  });
});
