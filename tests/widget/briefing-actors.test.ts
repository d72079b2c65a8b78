import { expect } from '@open-wc/testing';
import '../../src/widget/briefing-actors/briefing-actors.js';
import type { BriefingActors } from '../../src/widget/briefing-actors/briefing-actors.component.js';
import { loadBriefing, renderWithData, root, sharedLoadingTests, text, texts } from './helpers.js';

function checkActors(el: BriefingActors): void {
  const shadow = root(el);
  expect(text(shadow.querySelector('h2'))).to.equal('Actors');
  const cards = [...shadow.querySelectorAll('[part~="card"]')];
  expect(cards).to.have.length(3);
  const [authority, mayor, coop] = cards.map((card) => ({
    title: text(card.querySelector('[part~="title"]')),
    facts: texts(card, 'dt').map((dt, i) => `${dt}: ${texts(card, 'dd')[i]}`),
  }));
  expect(authority).to.deep.equal({
    title: 'Port Authority',
    facts: ['Role: Operator of the harbour', 'Type: Organization', 'Mentioned in: 2 sources'],
  });
  expect(mayor).to.deep.equal({
    title: 'Mira Okafor',
    facts: ['Role: Mayor', 'Type: Person', 'Mentioned in: 1 source'],
  });
  expect(coop!.title).to.equal("Fishers' Cooperative");
  expect(coop!.facts).to.include('Mentioned in: 3 sources');
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

  it('shows an empty state', async () => {
    const el = await renderWithData<BriefingActors>('briefing-actors', await loadBriefing('empty.json'));
    expect(text(root(el).querySelector('.empty'))).to.equal('No actors identified.');
    await expect(el).to.be.accessible();
  });
});
