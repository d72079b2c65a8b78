// Stage 09: which sentences can stand alone in a summary.
import { describe, expect, it } from 'vitest';
import { readable } from '../../src/builder/stages/09-summary.js';
import type { Sentence } from '../../src/builder/types.js';

const sentence = (text: string, noise?: string): Sentence => ({ index: 0, doc: 0, start: 0, end: text.length, text, position: 0, paragraph: 0, terms: [], ...(noise ? { noise } : {}) });

describe('readable', () => {
  it.each([
    ['The Senate is set to vote on the bill next week, leaders said.'],
    ['Heavy rain flooded parts of the city on Monday, officials said.'],
    ['Russian President Vladimir Putin is meeting with U.S. Secretary of State Rex Tillerson at the Kremlin.'],
    ['Turkey had suggested establishing no-fly and safe zones in the war-hit country.'],
  ])('stands alone: %s', (text) => {
    expect(readable(sentence(text))).toBe(true);
  });

  it.each([
    // Dangling pronouns and connectives need the sentence before them.
    ['He also said Moscow has reiterated its desire for a constructive dialogue.'],
    ['She told reporters the plan would be published in the spring.'],
    ['They said the talks would continue next week in Geneva.'],
    ['It was the first visit by a member of the cabinet to the region.'],
    ['This is the worst attack on civilians in years, the monitor said.'],
    ['These measures will take effect on the first of the month.'],
    ['His decision to resign surprised members of his own party.'],
    ['Their offices were searched by police on Thursday morning.'],
    ['But Spicer said the president had been very clear on regime change.'],
    ['However, the talks ended without an agreement on the border.'],
    ['Meanwhile, the central bank left its interest rates unchanged.'],
    // Quotation fragments, lower-case starts, questions, and very short or very long sentences.
    ['“We will respond,” the minister said after the cabinet meeting on Monday.'],
    ['the talks will continue next week in Geneva, officials said.'],
    ['Will the ceasefire hold through the weekend in the north?'],
    ['Short sentence here.'],
    [Array.from({ length: 70 }, (_, i) => `word${i}`).join(' ') + '.'],
  ])('rejected: %s', (text) => {
    expect(readable(sentence(text))).toBe(false);
  });

  it('a noise sentence is never readable', () => {
    const text = 'The Senate is set to vote on the bill next week, leaders said.';
    expect(readable(sentence(text))).toBe(true);
    expect(readable(sentence(text, 'off-topic'))).toBe(false);
    expect(readable(sentence(text, 'caption'))).toBe(false);
  });

  it.each([['Helsinki will host the summit in July, the Finnish foreign ministry said.'], ['Theresa May will travel to Brussels on Thursday for talks.'], ['Italy and France agreed to share the costs of the rescue mission.']])(
    'names that begin like pronouns are fine: %s',
    (text) => {
      expect(readable(sentence(text))).toBe(true);
    },
  );
});
