// Word lists as regex alternations (src/builder/text/phrases.ts): the one escaping every stage shares.
import { describe, expect, it } from 'vitest';
import { phrases } from '../../src/builder/text/phrases.js';

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
  ])('%j in "%s" → %s', (list, text, expected) => {
    expect(matchOf(list, text)).toBe(expected);
  });
});
