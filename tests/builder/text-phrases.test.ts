// Word lists as regex alternations (src/builder/text/phrases.ts): the one escaping every stage shares.
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_IN_PATTERN, escaped, patternWith, phrases } from '../../src/builder/text/phrases.js';

const matchOf = (list: string[], text: string) => new RegExp(`\\b(?:${phrases(list)})\\b`, 'iu').exec(text)?.[0];

describe('phrases', () => {
  it.each([
    // Any run of spaces stands between the words.
    [['under way'], 'the inquiry is under   way now', 'under   way'],
    // Either apostrophe.
    [["isn't clear"], 'it isn’t clear why', 'isn’t clear'],
    // Regex characters are literal.
    [['No. 2'], 'the Nob 2 seed', undefined],
    [['No. 2'], 'the No. 2 seed', 'No. 2'],
    // The longest phrase wins over its own start.
    [['plan', 'plan to'], 'they plan to leave', 'plan to'],
    // "*" is one optional lower-case word.
    [['filed a * lawsuit'], 'she filed a lawsuit', 'filed a lawsuit'],
    [['filed a * lawsuit'], 'she filed a federal lawsuit', 'filed a federal lawsuit'],
    [['filed a * lawsuit'], 'she filed a new federal lawsuit', undefined],
    // "#" is one number.
    [['fired # shots'], 'he fired 12 shots', 'fired 12 shots'],
    [['fired # shots'], 'he fired 1,200 shots', 'fired 1,200 shots'],
    [['fired # shots'], 'he fired warning shots', undefined],
  ])('%j in "%s" → %s', (list, text, expected) => {
    expect(matchOf(list, text)).toBe(expected);
  });
});

describe('patternWith', () => {
  const name = 'Ilse Marwood';
  it.each([
    // [texts read from the articles, text searched, found]
    [[name], 'Then Ilse Marwood spoke.', true],
    [[name], 'Then Ilse Marlow spoke.', false],
    // A text longer than any name, role or word is one nothing can be found as.
    [['Marwood '.repeat(200)], `Then ${'Marwood '.repeat(200)}spoke.`, false],
  ])('%#: a pattern built around %j', (texts, text, found) => {
    expect(patternWith(texts, () => `\\b(?:${phrases(texts)})`, 'iu').test(text)).toBe(found);
  });

  it('builds the pattern of a text up to the bound, and never throws for a longer one', () => {
    const atBound = 'm'.repeat(MAX_TEXT_IN_PATTERN);
    expect(patternWith([atBound], () => escaped(atBound), 'iu').test(`a ${atBound} b`)).toBe(true);
    // 4000 capitalised words, as a page of noise gives, overflow the engine when built into a pattern.
    const noise = `${'Lund '.repeat(4000)}Mayor`;
    expect(patternWith([noise], () => escaped(noise), 'iu').test(noise)).toBe(false);
  });
});
