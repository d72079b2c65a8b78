import { expect } from '@open-wc/testing';
import '../../src/widget/briefing-summary/briefing-summary.js';
import type { BriefingSummary } from '../../src/widget/briefing-summary/briefing-summary.component.js';
import { loadBriefing, renderWithData, root, sharedLoadingTests, text, texts } from './helpers.js';

function checkSummary(el: BriefingSummary): void {
  const shadow = root(el);
  expect(text(shadow.querySelector('h2[part~="title"]'))).to.equal('Summary');
  const summary = shadow.querySelector('.summary')!;
  expect(text(summary)).to.equal(
    'Dredging in the north harbour was halted after fishing crews and the mayor questioned whether a seabed survey had been done.',
  );
  // The briefing's text is in the briefing's language (English by default), whatever the labels'.
  expect(summary.getAttribute('lang')).to.equal('en');
  expect(summary.getAttribute('dir')).to.equal('auto');
  expect(text(shadow.querySelector('h3'))).to.equal('Key points');
  expect(texts(shadow, '[part~="key-points"] > li')).to.deep.equal([
    'Work stopped on Tuesday after a protest at the quay.',
    'The <b>port authority</b> says a survey found no contamination.',
  ]);
}

describe('<briefing-summary>', () => {
  sharedLoadingTests<BriefingSummary>('briefing-summary', checkSummary);

  it('exposes card, header, title, body and key-points parts', async () => {
    const el = await renderWithData<BriefingSummary>('briefing-summary', await loadBriefing());
    for (const part of ['card', 'header', 'title', 'section-title', 'body', 'key-points']) {
      expect(root(el).querySelector(`[part~="${part}"]`), part).to.exist;
    }
  });

  it('says each sentence once: a key point the summary already gives is left out', async () => {
    const data = await loadBriefing();
    data.keyPoints.unshift({ text: 'Dredging in the north harbour was halted', evidence: [] });
    const el = await renderWithData<BriefingSummary>('briefing-summary', data);
    expect(texts(root(el), '[part~="key-points"] > li')).to.have.length(2);
  });

  it('leaves out a summary with nothing in it', async () => {
    const el = await renderWithData<BriefingSummary>('briefing-summary', await loadBriefing('empty.json'));
    expect(text(root(el))).to.equal('');
    await expect(el).to.be.accessible();
  });
});
