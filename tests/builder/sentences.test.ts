// Stage 02: a paragraph's sentences with exact offsets (the splitter itself: text-sentences.test.ts).
import { describe, expect, it } from 'vitest';
import { LONGEST_SENTENCE, sentences } from '../../src/builder/stages/02-sentences.js';
import { paragraphs } from '../../src/builder/stages/01-paragraphs.js';
import type { Context } from '../../src/builder/types.js';

describe('sentences: a whole article on one line', () => {
  const noiseOf = (line: string) => {
    const ctx = { docs: [{ text: line, index: 0, sourceId: 's1' }], paragraphs: [], sentences: [] } as unknown as Context;
    paragraphs(ctx);
    sentences(ctx);
    return ctx.sentences.map((s) => [s.text.split(' ').slice(0, 3).join(' '), s.noise ?? null]);
  };
  const story =
    'A Millbrook baker says her new oven nearly burned down her shop after a fuse failed inside it. She had to close the shop all through the winter and could barely pay the rent when spring came. Her electrician says he has seen many ovens with the same fault in their wiring.';

  it('is judged sentence by sentence: one link in it hides only itself', () => {
    expect(noiseOf(`${story} CLICK HERE to read more about the bakery.`)).toEqual([
      ['A Millbrook baker', null],
      ['She had to', null],
      ['Her electrician says', null],
      ['CLICK HERE to', 'boilerplate'],
    ]);
  });

  it.each([
    ['a crawl notice', 'This copy was saved by an automated crawl of local news pages in the spring of that year. The copy kept here may have lost its pictures, its comments and many of the links it once held to other pages. Readers who want the whole page as it first ran should look for it on the site that first published it, or ask the library.'],
    ['a gallery of captions', `Photos: The search for the missing boat. ${story}`],
  ])('that opens as furniture stays furniture whole: %s', (_, line) => {
    expect(noiseOf(line).every(([, noise]) => noise !== null)).toBe(true);
  });

  it('share tools run into its first words do not make it furniture; a teaser "after the jump" is', () => {
    expect(noiseOf(`Email This ${story} Details on her story after the jump!`)).toEqual([
      ['Email This A', 'boilerplate'],
      ['She had to', null],
      ['Her electrician says', null],
      ['Details on her', 'boilerplate'],
    ]);
  });

  it.each([
    ['a follow prompt', 'The council voted seven to two to close the plant by the spring. Follow us on Twitter for more from the hearing.', 1],
    ['a sign-up form', 'The council voted to close the plant. Email Sign Up Get the morning briefing from the Daily Courier.', 1],
    ['a gallery caption', 'The council voted to close the plant. Caption The mayor announced Monday that she will not run again.', 1],
    ['a link prompt', 'The council voted to close the plant on Tuesday night. Watch the full vote here.', 1],
  ])('a short furniture sentence in a story line is furniture, the story is not: %s', (_, line, at) => {
    const noise = noiseOf(line);
    expect(noise[at][1]).toBe('boilerplate');
    expect(noise.filter((_, i) => i !== at).every(([, n]) => n === null)).toBe(true);
  });

  it('a long story sentence that opens with a furniture word stays the story', () => {
    expect(noiseOf('The cycle path opened on Saturday. Video producer Sam Ortega says it took two weeks and a borrowed drone to film the whole length of the new cycle path from the river to the old station.')).toEqual([
      ['The cycle path', null],
      ['Video producer Sam', null],
    ]);
  });

  it('a short line is judged whole', () => {
    expect(noiseOf('A photo of the wheel from the ward. Nurses laughed. Then came the babies.')).toEqual([
      ['A photo of', 'boilerplate'],
      ['Nurses laughed.', 'boilerplate'],
      ['Then came the', 'boilerplate'],
    ]);
  });

  it('a photo inside a sentence leaves its short line to the story', () => {
    expect(noiseOf('She posted a photo of the wheel on Facebook. Nurses laughed at it for a week.')).toEqual([
      ['She posted a', null],
      ['Nurses laughed at', null],
    ]);
  });
});

describe('sentences: a link in square brackets closing a paragraph', () => {
  const of = (line: string) => {
    const ctx = { docs: [{ text: line, index: 0, sourceId: 's1' }], paragraphs: [], sentences: [] } as unknown as Context;
    paragraphs(ctx);
    sentences(ctx);
    return ctx.sentences.map((s) => [s.text, s.noise ?? null]);
  };

  it.each([
    ['a link to another story', '"It was the highest tide we have measured," the harbour master told reporters on Monday. [Photos: The Flood in Pictures]'],
    ['a credit', 'The new seawall will rise a metre above the old one, the council said in a statement on Tuesday. [Harbor News via Daily Courier]'],
  ])('is cut off from the story sentence before it and judged as furniture: %s', (_, line) => {
    const [story, link] = of(line);
    expect(story[1]).toBeNull();
    expect(story[0]).toMatch(/(?:Monday|Tuesday)\.$/u);
    expect(link).toEqual([line.slice(line.lastIndexOf('[')), 'boilerplate']);
  });

  it('brackets inside a sentence stay with it', () => {
    expect(of('"We have waited [for the repairs] since the storm, and the council keeps telling us next year," she said at the meeting on Monday.')).toEqual([
      ['"We have waited [for the repairs] since the storm, and the council keeps telling us next year," she said at the meeting on Monday.', null],
    ]);
  });
});

// LONGEST_SENTENCE: a run of words longer than any sentence (a page with no full stop) is noise,
// so no stage reads it whole; the sentences around it are read as before.
describe('LONGEST_SENTENCE', () => {
  const noiseOf = (text: string) => {
    const ctx = { docs: [{ text, index: 0, sourceId: 's1' }], paragraphs: [], sentences: [] } as unknown as Context;
    paragraphs(ctx);
    sentences(ctx);
    return ctx.sentences.map((s) => s.noise ?? null);
  };
  const words = (n: number) => Array.from({ length: n }, (_, i) => ['the', 'river', 'rose', 'over', 'fields', 'and'][i % 6]).join(' ');
  const lead = 'Mayor Dana Ruiz said the levee would hold until the end of the week.';
  it.each([
    ['a sentence of as many words as the bound is read', `${lead}\n\nThen ${words(LONGEST_SENTENCE.words - 2)} rain.`, [null, null]],
    ['one word more is a run-on', `${lead}\n\nThen ${words(LONGEST_SENTENCE.words - 1)} rain.`, [null, 'run-on']],
    ['a paragraph of 100,000 words with no full stop', `${lead}\n\nThen ${words(100_000)}`, [null, 'run-on']],
    ['a sentence of as many characters as the bound is read', `${lead}\n\nThen the ${'a'.repeat(LONGEST_SENTENCE.chars - 27)} rose over fields.`, [null, null]],
    ['one character more is a run-on', `${lead}\n\nThen the ${'a'.repeat(LONGEST_SENTENCE.chars - 26)} rose over fields.`, [null, 'run-on']],
    ['a run of 60,000 quote marks', `${lead}\n\nThen ${'"'.repeat(60_000)} rose over the fields.`, [null, 'run-on']],
  ])('%s', (_, text, expected) => {
    expect(noiseOf(text)).toEqual(expected);
  });
});
