import { expect } from '@open-wc/testing';
import '../../src/widget/briefing-questions/briefing-questions.js';
import type { BriefingQuestions } from '../../src/widget/briefing-questions/briefing-questions.component.js';
import { loadBriefing, renderWithData, root, sharedLoadingTests, text, texts } from './helpers.js';

function checkQuestions(el: BriefingQuestions): void {
  const shadow = root(el);
  expect(text(shadow.querySelector('h2'))).to.equal('Questions');
  expect(texts(shadow, 'h3')).to.deep.equal(['Open questions', 'Answered']);

  const open = [...shadow.querySelectorAll('.open [part~="card"]')];
  expect(open.map((c) => [text(c.querySelector('[part~="title"]')), text(c.querySelector('.kind'))])).to.deep.equal([
    ['Was the seabed survey completed before dredging began?', 'Disputed'],
    ['When will the council vote on compensation?', 'Upcoming'],
  ]);
  expect(text(open[0]!.querySelector('.involves'))).to.equal('Involves: Port Authority, Mira Okafor');
  expect(texts(open[0]!, '[part~="source"]')).to.deep.equal(['Harbour Gazette']);
  // The disclosure is named after its card.
  expect(text(open[0]!.querySelector('summary'))).to.equal('Source: Harbour Gazette, Evidence: Was the seabed survey completed before dredging began?');

  const answered = [...shadow.querySelectorAll('.answered [part~="card"]')];
  expect(answered).to.have.length(1);
  expect(text(answered[0]!.querySelector('[part~="title"]'))).to.equal('Who ordered the dredging?');
  expect(text(answered[0]!.querySelector('.kind'))).to.equal('Answered');
  expect(text(answered[0]!.querySelector('.answer'))).to.equal(
    'Answer: The Port Authority board, in a vote on 3 March.',
  );
}

describe('<briefing-questions>', () => {
  sharedLoadingTests<BriefingQuestions>('briefing-questions', checkQuestions);

  it('labels every kind, and card titles sit below the group headings', async () => {
    const data = await loadBriefing();
    data.questions[1]!.kind = 'unresolved';
    const el = await renderWithData<BriefingQuestions>('briefing-questions', data);
    expect(texts(root(el), '.open .kind')).to.deep.equal(['Disputed', 'Unresolved']);
    expect(root(el).querySelectorAll('h4')).to.have.length(3);
  });

  it('titles the groups only when both are shown', async () => {
    const data = await loadBriefing();
    data.questions = [];
    const el = await renderWithData<BriefingQuestions>('briefing-questions', data);
    expect(texts(root(el), 'h3')).to.deep.equal(['Who ordered the dredging?']);
    expect(text(root(el).querySelector('.kind'))).to.equal('Answered');
    await expect(el).to.be.accessible();
  });

  it('actor: only the questions the actor is part of', async () => {
    const el = await renderWithData<BriefingQuestions>('briefing-questions', await loadBriefing());
    el.actor = 'a2';
    await el.updateComplete;
    expect(texts(root(el), '[part~="card"] [part~="title"]')).to.deep.equal(['Was the seabed survey completed before dredging began?']);
  });

  it('leaves out a section with nothing in it', async () => {
    const el = await renderWithData<BriefingQuestions>('briefing-questions', await loadBriefing('empty.json'));
    expect(text(root(el))).to.equal('');
    await expect(el).to.be.accessible();
  });
});
