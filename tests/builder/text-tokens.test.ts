// The one tokenizer (src/builder/text/tokens.ts) and the term comparisons (similarity.ts) every stage uses.
import { describe, expect, it } from 'vitest';
import { contentTerms, isCapitalized, occurrences, plainWords, tokenize, wordCount, words } from '../../src/builder/text/tokens.js';
import { containment, cosine, counts } from '../../src/builder/text/similarity.js';

describe('tokenize', () => {
  it.each([
    // Inner apostrophes, hyphens and dots stay in the word.
    ['Bashar al-Assad met O’Brien and O\'Neill.', ['Bashar', 'al-Assad', 'met', 'O’Brien', 'and', "O'Neill"]],
    // An abbreviation keeps its dot; a sentence's full stop is no part of its last word.
    ['The U.S. envoy met Mr. Smith in Washington.', ['The', 'U.S.', 'envoy', 'met', 'Mr.', 'Smith', 'in', 'Washington']],
    // A decimal point stays in a number; a thousands comma parts it.
    ['It ended at 3.5 percent, or $1,200.', ['It', 'ended', 'at', '3.5', 'percent', 'or', '1', '200']],
    // Punctuation and dashes are no words.
    ['Talks — at last — began; “Good,” he said!', ['Talks', 'at', 'last', 'began', 'Good', 'he', 'said']],
    ['Zürich, Türkiye and São Paulo', ['Zürich', 'Türkiye', 'and', 'São', 'Paulo']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  it('gives exact offsets, shifted by the offset asked for', () => {
    const text = 'He met U.S. officials.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text, 100)[0]).toEqual({ text: 'He', start: 100, end: 102 });
  });
});

describe('words', () => {
  it.each([
    ['The U.S. denied it.', ['the', 'u.s', 'denied', 'it']],
    ['Moscow didn’t dispute Türkiye’s account.', ['moscow', 'didn’t', 'dispute', 'türkiye’s', 'account']],
  ])('%j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('plainWords', () => {
  it.each([
    ['Bashar al-Assad met U.S. envoys', ['bashar', 'al', 'assad', 'met', 'u', 's', 'envoys']],
    ['Türkiye’s 3.5%', ['türkiye', 's', '3', '5']],
    ['— …', []],
  ])('%j', (text, expected) => {
    expect(plainWords(text)).toEqual(expected);
  });
});

describe('contentTerms', () => {
  it.each([
    // Function words, bare numbers and single letters go; the rest is stemmed.
    ['The attacks were carried out in 2017 by a group.', ['attack', 'carri', 'group']],
    ['He said that they would attack again.', ['attack']],
    ['Officials attacked the plan.', ['offici', 'attack', 'plan']],
    ['A B C 42', []],
  ])('%j', (text, expected) => {
    expect(contentTerms(text)).toEqual(expected);
  });
});

describe('wordCount', () => {
  it.each([
    ['one two  three', 3],
    ['  Talks — at last — began.  ', 6],
    ['', 0],
  ])('%j → %d', (text, expected) => {
    expect(wordCount(text)).toBe(expected);
  });
});

describe('isCapitalized', () => {
  it.each([
    ['Moscow', true],
    ['Übersee', true],
    ['moscow', false],
    ['42nd', false],
  ])('%j → %s', (word, expected) => {
    expect(isCapitalized(word)).toBe(expected);
  });
});

describe('similarity', () => {
  it.each([
    [['a', 'b'], ['a', 'b'], 1],
    [['a', 'b'], ['c'], 0],
    [['a', 'a', 'b'], ['a', 'c'], 2 / Math.sqrt(5) / Math.sqrt(2)],
    [[], ['a'], 0],
  ])('cosine(%j, %j) = %d', (a, b, expected) => {
    expect(cosine(counts(a), counts(b))).toBeCloseTo(expected);
  });

  it.each([
    [['a', 'b', 'b'], ['a'], 0.5],
    [['a'], ['a', 'b'], 1],
    [[], ['a'], 0],
  ])('containment(%j, %j) = %d', (a, b, expected) => {
    expect(containment(a, b)).toBeCloseTo(expected);
  });
});

describe('occurrences', () => {
  it.each([
    ['Ohio voters and Ohio officials', 'Ohio', 2],
    // Whole words only, as written.
    ['Ohioans in Ohio', 'Ohio', 1],
    ['ohio in Ohio', 'Ohio', 1],
    ['the New York Times in New York', 'New York', 2],
    ['Washington’s mayor', 'Washington', 1],
    ['Texas', '', 0],
  ])('%j holds %j %i times', (text, phrase, n) => {
    expect(occurrences(text, phrase)).toBe(n);
  });

  it('finds a name longer than any regular expression could hold', () => {
    const name = Array(20000).fill('Rossi').join(' ');
    expect(occurrences(`Director of ${name}`, name)).toBe(1);
  });
});
