import { expect } from '@open-wc/testing';
import '../../src/widget/briefing-positions/briefing-positions.js';
import type { BriefingPositions } from '../../src/widget/briefing-positions/briefing-positions.component.js';
import { loadBriefing, renderWithData, root, sharedLoadingTests, text, texts } from './helpers.js';

const cardsOf = (el: BriefingPositions) => [...root(el).querySelectorAll<HTMLElement>('[part~="card"]')];

function checkPositions(el: BriefingPositions): void {
  const shadow = root(el);
  expect(text(shadow.querySelector('h2'))).to.equal('Positions');
  const cards = cardsOf(el);
  expect(cards).to.have.length(3);
  expect(cards.map((c) => text(c.querySelector('[part~="title"]')))).to.deep.equal([
    'Mira Okafor',
    'Port Authority',
    "Fishers' Cooperative",
  ]);
  const [mayor, authority] = cards;
  expect(text(mayor!.querySelector('.claim'))).to.equal('Dredging must pause until the survey is published.');
  const quote = mayor!.querySelector('blockquote[part~="quote"]');
  expect(text(quote)).to.equal('We will not dig blind.');
  expect(texts(mayor!, '[part~="source"]')).to.deep.equal(['Harbour Gazette']);
  expect(authority!.querySelector('blockquote'), 'no quote, no blockquote').to.be.null;
  // Two distinct sources, although s3 is cited twice; s3 has no publisher: its title is its name.
  expect(texts(authority!, '[part~="source"]')).to.deep.equal(['Council minutes, 3 March', 'Valley Radio']);
}

describe('<briefing-positions>', () => {
  sharedLoadingTests<BriefingPositions>('briefing-positions', checkPositions);

  it('links only sources with an http(s) URL (trimmed, any case)', async () => {
    const el = await renderWithData<BriefingPositions>('briefing-positions', await loadBriefing());
    const [mayor, authority, coop] = cardsOf(el);

    const gazette = mayor!.querySelector('a[part~="source"]') as HTMLAnchorElement;
    expect(gazette.getAttribute('href')).to.equal('https://example.com/harbour/dredging-halted');

    const minutes = authority!.querySelectorAll('[part~="source"]')[0]!;
    expect(minutes.tagName).to.equal('SPAN', 'a source without url is plain text');
    const radio = authority!.querySelectorAll('[part~="source"]')[1] as HTMLAnchorElement;
    expect(radio.tagName).to.equal('A');
    expect(radio.getAttribute('href')).to.equal('https://example.org/valley/survey');

    const wire = coop!.querySelector('[part~="source"]')!;
    expect(text(wire)).to.equal('Coast Wire');
    expect(wire.tagName).to.equal('SPAN', 'a javascript: url must not become a link');
    expect(root(el).querySelector('[href^="javascript" i]')).to.be.null;
  });

  it('never links other schemes', async () => {
    const data = await loadBriefing();
    const urls = ['  JavaScript:alert(1)', 'data:text/html,<script>1</script>', '//evil.example/x', '/relative', 'http:', 'vbscript:x'];
    data.sources = urls.map((url, i) => ({ id: `x${i}`, title: `Source ${i}`, url }));
    data.positions = [{ ...data.positions[0]!, evidence: urls.map((_, i) => ({ source: `x${i}`, start: 0, end: 1, text: 'x' })) }];
    const el = await renderWithData<BriefingPositions>('briefing-positions', data);
    expect(root(el).querySelectorAll('span[part~="source"]')).to.have.length(urls.length);
    expect(root(el).querySelector('a')).to.be.null;
  });

  it('renders markup in claims and quotes as text', async () => {
    const el = await renderWithData<BriefingPositions>('briefing-positions', await loadBriefing());
    const coop = cardsOf(el)[2]!;
    expect(text(coop.querySelector('.claim'))).to.equal(
      '<img src=x onerror="window.__pwned=1"> Crews lost a season of catch.',
    );
    expect(text(coop.querySelector('blockquote'))).to.equal('<b>Nobody asked us.</b>');
    expect(coop.querySelector('img, b')).to.be.null;
  });

  it('marks reported positions', async () => {
    const el = await renderWithData<BriefingPositions>('briefing-positions', await loadBriefing());
    expect(cardsOf(el).map((c) => text(c.querySelector('.badge')))).to.deep.equal(['Stated', 'Reported', 'Stated']);
  });

  it('shows an empty state', async () => {
    const el = await renderWithData<BriefingPositions>('briefing-positions', await loadBriefing('empty.json'));
    expect(text(root(el).querySelector('.empty'))).to.equal('No positions recorded.');
    await expect(el).to.be.accessible();
  });
});
