// Stage 10: the story's title, taken from the main clause of the summary's first sentence.
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../src/builder/index.js';

const titleOf = (text: string) => {
  const b = buildBriefing([{ text }], { id: 'story-id' });
  return { title: b.title, evidence: b.titleEvidence?.[0]?.text };
};

describe('title', () => {
  it.each([
    // A passive "confirmed" is what happened, not who said it.
    ['The cause of the leak may have finally been found, engineers said on Friday after a month of work on the dam.', 'The cause of the leak may have finally been found'],
    // A fronted clause is no part of the title; a long main clause is cut before a phrase, whole.
    ['While the storm weakened overnight, Emergency crews in the coastal town of Brela cleared fallen trees from the main road on Sunday morning before the tourists returned.', 'Emergency crews in the coastal town of Brela cleared fallen trees from the main road'],
  ])('%s', (text, title) => {
    const t = titleOf(text);
    expect(t.title).toBe(title);
    expect(title.replace(/…$/, '')).toBe(t.evidence);
  });

  it('a main clause that only says who spoke is no title: the story is named by its people', () => {
    expect(titleOf('President Anna Kowal said, after a long night of talks with party leaders, that she would sign the bill.')).toEqual({ title: 'Anna Kowal', evidence: undefined });
  });
});
