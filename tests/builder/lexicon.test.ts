// The lexicon's readings of single words.
import { describe, expect, it } from 'vitest';
import { isGivenName, isListedGivenName, readsAsEdPast, readsAsPastVerb } from '../../src/builder/lexicon.js';

describe('readsAsPastVerb: a regular past form the lexicon may not hold', () => {
  // [why, word, reads as a past verb]
  const rows: [string, string, boolean][] = [
    ['a regular past form', 'acquitted', true],
    ['another', 'suspended', true],
    ['a present form that ends in "-eed" is none', 'proceed', false],
    ['nor is a noun that ends so', 'breed', false],
    ['an irregular past form is left to the lexicon', 'led', false],
    ['a short "-ed" word is none', 'aged', false],
    ['a capitalised word is a name\'s, not a verb\'s', 'Suspended', false],
  ];
  it.each(rows)('%s: %s', (_, word, past) => {
    expect(readsAsPastVerb(word)).toBe(past);
  });
});

describe('readsAsEdPast: any "-ed" past form in lower case, short ones too', () => {
  // [why, word, reads as a past form]
  const rows: [string, string, boolean][] = [
    ['a regular past form', 'arrested', true],
    ['a short one that readsAsPastVerb leaves to the lexicon', 'fled', true],
    ['a present form that ends in "-eed" is none', 'proceed', false],
    ['a capitalised word is none', 'Arrested', false],
  ];
  it.each(rows)('%s: %s', (_, word, past) => {
    expect(readsAsEdPast(word)).toBe(past);
  });
});

describe('isGivenName: a word of the given-name lists', () => {
  // [why, word, a given name]
  const rows: [string, string, boolean][] = [
    ['a given name of the wider list', 'Rand', true],
    ['notGiven: the Spanish and French article opens a place ("La Verna")', 'La', false],
  ];
  it.each(rows)('%s: %s', (_, word, given) => {
    expect(isGivenName(word)).toBe(given);
    expect(isListedGivenName(word)).toBe(given);
  });
});
