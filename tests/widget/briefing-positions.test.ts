import { expect } from '@open-wc/testing';
import '../../src/widget/briefing-positions/briefing-positions.js';
import type { BriefingPositions } from '../../src/widget/briefing-positions/briefing-positions.component.js';
import { loadBriefing, renderWithData, root, sharedLoadingTests, text, texts } from './helpers.js';

const cardsOf = (el: BriefingPositions) => [...root(el).querySelectorAll<HTMLElement>('[part~="card"]')];

function checkPositions(el: BriefingPositions): void {
  const shadow = root(el);
  expect(text(shadow.querySelector('h2'))).to.equal('Positions');
  const cards = cardsOf(el);
  // In the order of the actors (most central first).
  expect(cards.map((c) => text(c.querySelector('[part~="title"]')))).to.deep.equal([
    'Port Authority',
    'Mira Okafor',
    "Fishers' Cooperative",
  ]);
  const [authority, mayor] = cards;
  // The quote is the card; this claim says more than the quote, so it is shown too.
  expect(text(mayor!.querySelector('blockquote[part~="quote"]'))).to.equal('We will not dig blind.');
  expect(text(mayor!.querySelector('[part~="claim"]'))).to.equal('Dredging must pause until the survey is published.');
  expect(texts(mayor!, '[part~="source"]')).to.deep.equal(['Harbour Gazette']);
  expect(authority!.querySelector('blockquote'), 'no quote, no blockquote').to.be.null;
  // Two distinct sources, although s3 is cited twice; s3 has no publisher: its title is its name.
  expect(text(authority!.querySelector('summary'))).to.match(/^Sources: Council minutes, 3 March, Valley Radio/);
}

describe('<briefing-positions>', () => {
  sharedLoadingTests<BriefingPositions>('briefing-positions', checkPositions);

  it('links only sources with an http(s) URL (trimmed, any case), each evidence span labelled with its source', async () => {
    const el = await renderWithData<BriefingPositions>('briefing-positions', await loadBriefing());
    const [authority, mayor, coop] = cardsOf(el);

    const gazette = mayor!.querySelector('a[part~="source"]') as HTMLAnchorElement;
    expect(gazette.getAttribute('href')).to.equal('https://example.com/harbour/dredging-halted');

    // One label per span: s3, s4, s3.
    const labels = [...authority!.querySelectorAll('[part~="source"]')];
    expect(labels.map((l) => [l.tagName, text(l)])).to.deep.equal([
      ['BDI', 'Council minutes, 3 March'],
      ['A', 'Valley Radio'],
      ['BDI', 'Council minutes, 3 March'],
    ]);
    expect(labels[1]!.getAttribute('href')).to.equal('https://example.org/valley/survey');

    const wire = coop!.querySelector('[part~="source"]')!;
    expect(text(wire)).to.equal('Coast Wire');
    expect(wire.tagName).to.equal('BDI', 'a javascript: url must not become a link');
    expect(root(el).querySelector('[href^="javascript" i]')).to.be.null;
  });

  it('never links other schemes; an untitled source without publisher is "Article n"', async () => {
    const data = await loadBriefing();
    const urls = ['  JavaScript:alert(1)', 'data:text/html,<script>1</script>', '//evil.example/x', '/relative', 'http:', 'vbscript:x'];
    data.sources = urls.map((url, i) => ({ id: `x${i}`, title: '', url }));
    data.positions = [{ ...data.positions[0]!, evidence: urls.map((_, i) => ({ source: `x${i}`, start: 0, end: 1, text: 'x' })) }];
    const el = await renderWithData<BriefingPositions>('briefing-positions', data);
    expect(texts(root(el), 'bdi[part~="source"]')).to.deep.equal(urls.map((_, i) => `Article ${i + 1}`));
    expect(root(el).querySelector('a')).to.be.null;
  });

  it('shows each sentence once: a claim the quote already says is left out; no doubled quotation marks', async () => {
    const data = await loadBriefing();
    data.positions[0] = {
      ...data.positions[0]!,
      text: 'We will not dig blind',
      evidence: [{ source: 's1', start: 0, end: 40, text: '“We will not dig blind,” the mayor said.' }],
    };
    const el = await renderWithData<BriefingPositions>('briefing-positions', data);
    const mayor = cardsOf(el)[1]!;
    expect(mayor.querySelector('[part~="claim"]')).to.be.null;
    expect(getComputedStyle(mayor.querySelector('.evidence q')!).quotes).to.equal('none');
    // A span without its own marks is quoted.
    expect(getComputedStyle(cardsOf(el)[0]!.querySelector('.evidence q')!).quotes).to.not.equal('none');
  });

  it('first positions come from different actors, most central first', async () => {
    const data = await loadBriefing();
    const [p2] = data.positions.splice(1, 1);
    data.positions.unshift({ ...data.positions[0]!, id: 'p0' }, { ...data.positions[0]!, id: 'p00' });
    data.positions.push(p2!);
    // a2, a2, a2, a3, a1 in the file.
    const el = await renderWithData<BriefingPositions>('briefing-positions', data);
    expect(cardsOf(el).map((c) => text(c.querySelector('[part~="title"]')))).to.deep.equal([
      'Port Authority',
      'Mira Okafor',
      "Fishers' Cooperative",
      'Mira Okafor',
    ]);
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
    expect(cardsOf(el).map((c) => text(c.querySelector('[part~="kind"]')))).to.deep.equal(['Reported', 'Stated', 'Stated']);
  });

  it('leaves out a section with nothing in it', async () => {
    const el = await renderWithData<BriefingPositions>('briefing-positions', await loadBriefing('empty.json'));
    expect(text(root(el))).to.equal('');
    await expect(el).to.be.accessible();
  });
});
