// What is new: the update time, "New" badges and, with `remember`, the reader's last visit.
import { expect } from '@open-wc/testing';
import '../../src/widget/story-briefing/story-briefing.js';
import type { StoryBriefing } from '../../src/widget/story-briefing/story-briefing.component.js';
import type { Briefing } from '../../src/format/schema.js';
import { deepQuery, frameLoaded, loadBriefing, root, text, labelled } from './helpers.js';
import { withTimeline } from './timeline-fixture.js';

const HOUR = 3_600_000;

async function render(data: Briefing, attributes: Record<string, string> = {}): Promise<StoryBriefing> {
  const el = document.createElement('story-briefing') as StoryBriefing;
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  el.data = data;
  document.body.append(el);
  // Labels in another language than English arrive first (issue 17's label packs).
  await labelled(el);
  for (const child of root(el).querySelectorAll('*')) await (child as Partial<StoryBriefing>).updateComplete;
  return el;
}

/** Text of every element matching `selector` in every shadow root under `el`. */
function deepTexts(el: Element, selector: string): string[] {
  const out: string[] = [];
  const walk = (shadow: ShadowRoot) => {
    out.push(...[...shadow.querySelectorAll(selector)].map((n) => text(n)));
    for (const child of shadow.querySelectorAll('*')) if (child.shadowRoot) walk(child.shadowRoot);
  };
  walk(el.shadowRoot!);
  return out;
}

describe('<story-briefing>: what is new', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll('story-briefing')) el.remove();
  });

  it('says when it was updated, relatively, in a <time> with the exact value', async () => {
    const b = await loadBriefing();
    b.updatedAt = new Date(Date.now() - 3 * HOUR - 60_000).toISOString();
    const el = await render(b);
    const line = root(el).querySelector('[part~="updated"]')!;
    expect(text(line)).to.equal('Updated 3 hours ago');
    expect(line.querySelector('time')!.getAttribute('datetime')).to.equal(b.updatedAt);
    await expect(el).to.be.accessible();
  });

  it('in the page’s language: French', async () => {
    const b = await loadBriefing();
    b.updatedAt = new Date(Date.now() - 3 * HOUR - 60_000).toISOString();
    const el = await render(b, { lang: 'fr' });
    expect(text(root(el).querySelector('[part~="updated"]'))).to.equal('Mis à jour il y a 3 heures');
    await expect(el).to.be.accessible();
  });

  it('a day without a time counts in calendar days', async () => {
    const b = await loadBriefing();
    const d = new Date(Date.now() - 24 * HOUR);
    b.updatedAt = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(text(root(await render(b)).querySelector('[part~="updated"]'))).to.equal('Updated yesterday');
    expect(text(root(await render(b, { lang: 'fr' })).querySelector('[part~="updated"]'))).to.equal('Mis à jour hier');
  });

  it('no update time, no line; an unreadable one neither', async () => {
    const b = await loadBriefing();
    expect(root(await render(b)).querySelector('[part~="updated"]')).to.equal(null);
    b.updatedAt = 'soon';
    expect(root(await render(b)).querySelector('[part~="updated"]')).to.equal(null);
  });

  it('shows the timeline after the summary, and "New" on the items new in the latest update', async () => {
    const b = await withTimeline();
    b.actors[2]!.new = true;
    b.positions[1]!.new = true;
    b.questions[0]!.new = true;
    const el = await render(b);
    const sections = [...root(el).querySelectorAll('article > *:not(header)')].map((n) => n.localName).filter((n) => n.startsWith('briefing-'));
    expect(sections).to.deep.equal(['briefing-summary', 'briefing-timeline', 'briefing-actors', 'briefing-positions', 'briefing-questions']);
    expect(deepTexts(el, '[part~="new"]')).to.deep.equal(['New', 'New', 'New', 'New']);
    const actorCard = deepQuery(el, 'briefing-actors')!.shadowRoot!.querySelectorAll('[part~="card"]')[2]!;
    expect(text(actorCard.querySelector('[part~="new"]'))).to.equal('New');
    await expect(el).to.be.accessible();
  });

  it('without a timeline, no timeline section', async () => {
    const el = await render(await loadBriefing());
    expect(root(el).querySelector('briefing-timeline')).to.equal(null);
  });
});


describe('<story-briefing remember>: since the reader’s last visit, across page loads', () => {
  const V1 = '2017-04-11T10:00:00Z';
  const V2 = '2017-04-12T10:00:00Z';

  async function versions(): Promise<[Briefing, Briefing]> {
    const first = await withTimeline();
    first.id = `remember-${Math.random().toString(36).slice(2)}`;
    first.updatedAt = V1;
    for (const list of [first.actors, first.positions, first.questions, first.resolved, first.timeline!]) for (const item of list) {
      item.since = V1;
      delete item.new;
    }
    const second: Briefing = JSON.parse(JSON.stringify(first));
    second.updatedAt = V2;
    // New since: an actor, a position (last in their lists), and a question answered.
    second.actors[2]!.since = V2;
    second.positions[2]!.since = V2;
    const asked = second.questions.shift()!;
    second.resolved.push({ id: asked.id, text: asked.text, answer: 'It was, in February.', actors: asked.actors, evidence: asked.evidence, since: V2 });
    return [first, second];
  }

  /** A fresh page load in a frame, showing `data`; the element once rendered. */
  async function visit(frame: HTMLIFrameElement, data: Briefing): Promise<StoryBriefing> {
    const loaded = frameLoaded(frame);
    if (frame.isConnected) frame.contentWindow!.location.reload();
    else {
      frame.src = new URL('./fixtures/remember.html', import.meta.url).href;
      document.body.append(frame);
    }
    await loaded;
    const win = frame.contentWindow! as Window & typeof globalThis;
    await win.customElements.whenDefined('story-briefing');
    const el = frame.contentDocument!.querySelector('story-briefing') as StoryBriefing;
    el.data = data;
    await el.updateComplete;
    for (const child of root(el).querySelectorAll('*')) await (child as Partial<StoryBriefing>).updateComplete;
    return el;
  }

  it('counts what is new since the last visit, shows it first, and moves answered questions to the answered list', async function () {
    this.timeout(20000);
    const [first, second] = await versions();
    const frame = document.createElement('iframe');
    frame.title = 'A page with a remembering briefing';
    try {
      // First visit: nothing to compare with.
      let el = await visit(frame, first);
      expect(root(el).querySelector('[part~="since-visit"]')).to.equal(null);
      expect(deepTexts(el, '[part~="new"]')).to.deep.equal([]);
      expect(localStorage.getItem(`story-briefing:last-visit:${first.id}`)).to.equal(V1);

      // The briefing was updated; the reader comes back.
      el = await visit(frame, second);
      expect(text(root(el).querySelector('[part~="since-visit"]'))).to.equal('3 new since your last visit');
      const actors = deepQuery(el, 'briefing-actors')!.shadowRoot!;
      expect(text(actors.querySelector('[part~="card"] [part~="title"]'))).to.equal(second.actors[2]!.name);
      expect(text(actors.querySelector('[part~="card"] [part~="new"]'))).to.equal('New');
      const positions = deepQuery(el, 'briefing-positions')!.shadowRoot!;
      expect(text(positions.querySelector('[part~="card"] .claim'))).to.equal(second.positions[2]!.text);
      const questions = deepQuery(el, 'briefing-questions')!.shadowRoot!;
      const answered = questions.querySelectorAll('.answered [part~="card"]');
      expect(text(answered[0]!.querySelector('[part~="title"]'))).to.equal(first.questions[0]!.text);
      expect(text(answered[0]!.querySelector('.kind'))).to.equal('Answered');
      expect(text(answered[0]!.querySelector('[part~="new"]'))).to.equal('New');
      expect(deepTexts(el, '[part~="new"]')).to.have.length(3);

      // Once more, nothing changed: nothing is new.
      el = await visit(frame, second);
      expect(root(el).querySelector('[part~="since-visit"]')).to.equal(null);
      expect(deepTexts(el, '[part~="new"]')).to.deep.equal([]);
    } finally {
      frame.remove();
      localStorage.removeItem(`story-briefing:last-visit:${first.id}`);
    }
  });

  it('in French', async () => {
    const [first, second] = await versions();
    try {
      const a = await render(first, { remember: '', lang: 'fr' });
      a.remove();
      const b = await render(second, { remember: '', lang: 'fr' });
      expect(text(root(b).querySelector('[part~="since-visit"]'))).to.equal('3 nouveautés depuis votre dernière visite');
    } finally {
      localStorage.removeItem(`story-briefing:last-visit:${first.id}`);
    }
  });

  it('without `remember` nothing is stored', async () => {
    const [first] = await versions();
    await render(first);
    expect(localStorage.getItem(`story-briefing:last-visit:${first.id}`)).to.equal(null);
  });
});
