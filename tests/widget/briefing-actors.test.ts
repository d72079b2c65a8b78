import { expect } from '@open-wc/testing';
import '../../src/widget/briefing-actors/briefing-actors.js';
import type { BriefingActors } from '../../src/widget/briefing-actors/briefing-actors.component.js';
import { loadBriefing, renderWithData, root, sharedLoadingTests, text, texts } from './helpers.js';

function checkActors(el: BriefingActors): void {
  const shadow = root(el);
  expect(text(shadow.querySelector('h2'))).to.equal('Actors');
  const cards = [...shadow.querySelectorAll('[part~="card"]')];
  // Role, then the counts that differ: every actor has one position (no count), sources vary.
  expect(cards.map((card) => [text(card.querySelector('[part~="title"]')), text(card.querySelector('.role'))])).to.deep.equal([
    ['Port Authority', 'Operator of the harbour · 2 sources'],
    ['Mira Okafor', 'Mayor · 1 source'],
    ["Fishers' Cooperative", 'Represents local fishing crews · 3 sources'],
  ]);
}

describe('<briefing-actors>', () => {
  sharedLoadingTests<BriefingActors>('briefing-actors', checkActors);

  it('uses a list of cards with card titles one level below the section heading', async () => {
    const el = await renderWithData<BriefingActors>('briefing-actors', await loadBriefing());
    const shadow = root(el);
    expect(shadow.querySelector('ul')!.children).to.have.length(3);
    expect(texts(shadow, 'li h3')).to.deep.equal(['Port Authority', 'Mira Okafor', "Fishers' Cooperative"]);
    expect(shadow.querySelector('section')!.getAttribute('aria-labelledby')).to.equal('actors-title');
  });

  it('honours heading-level and falls back to 2 on invalid values', async () => {
    const el = await renderWithData<BriefingActors>('briefing-actors', await loadBriefing());
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(text(root(el).querySelector('h4'))).to.equal('Actors');
    expect(root(el).querySelectorAll('h5')).to.have.length(3);
    el.setAttribute('heading-level', 'banana');
    await el.updateComplete;
    expect(text(root(el).querySelector('h2'))).to.equal('Actors');
    await expect(el).to.be.accessible();
  });

  it("marks an actor's name as a toggle by more than colour: a dotted underline, solid when chosen", async () => {
    // WebKit drops `text-decoration: underline dotted` (it reads the shorthand's line only), which
    // left the chosen actor told apart by colour alone.
    const el = await renderWithData<BriefingActors>('briefing-actors', await loadBriefing());
    const [first, second] = root(el).querySelectorAll<HTMLButtonElement>('button.pick');
    const decoration = (b: HTMLButtonElement) => `${getComputedStyle(b).textDecorationLine} ${getComputedStyle(b).textDecorationStyle}`;
    expect(decoration(first!)).to.equal('underline dotted');
    el.actor = 'a1';
    await el.updateComplete;
    expect(decoration(first!)).to.equal('underline solid');
    expect(decoration(second!)).to.equal('underline dotted');
    await expect(el).to.be.accessible();
  });

  it('only actors with positions or questions are toggles; counts of positions show where they differ; the type stands in for a missing role', async () => {
    const data = await loadBriefing();
    data.actors.push({ id: 'a4', name: 'Harbour Trust', aliases: [], type: 'organization', role: '', salience: 0.1, mentions: 1, sources: ['s1', 's2', 's3', 's4'] });
    data.positions.push({ ...data.positions[0]!, id: 'p4' });
    const el = await renderWithData<BriefingActors>('briefing-actors', data);
    const cards = [...root(el).querySelectorAll('[part~="card"]')];
    expect(cards.map((c) => !!c.querySelector('button.pick'))).to.deep.equal([true, true, true, false]);
    expect(text(cards[3]!.querySelector('[part~="actor"]'))).to.equal('Harbour Trust');
    // The mayor has two positions now, the others one, the trust none; it is in every source.
    expect(texts(root(el), '.role')).to.deep.equal([
      'Operator of the harbour · 1 position · 2 sources',
      'Mayor · 2 positions · 1 source',
      'Represents local fishing crews · 1 position · 3 sources',
      'Organization',
    ]);
    await expect(el).to.be.accessible();
  });

  it('leaves out a section with nothing in it', async () => {
    const el = await renderWithData<BriefingActors>('briefing-actors', await loadBriefing('empty.json'));
    expect(text(root(el))).to.equal('');
    await expect(el).to.be.accessible();
  });
});
