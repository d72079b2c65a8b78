// The one stemmer (src/builder/text/stem.ts): Porter's algorithm, as ROUGE applies it.
import { describe, expect, it } from 'vitest';
import { inflectionStem, stem } from '../../src/builder/text/stem.js';

describe('stem', () => {
  it.each([
    // Inflections of one word meet.
    ['attack', 'attack'],
    ['attacks', 'attack'],
    ['attacked', 'attack'],
    ['attacking', 'attack'],
    ['state', 'state'],
    ['states', 'state'],
    ['agencies', 'agenc'],
    ['agency', 'agenc'],
    // So do a word's derivations.
    ['officials', 'offici'],
    ['official', 'offici'],
    ['nationalize', 'nation'],
    // Case and a possessive are no part of the stem.
    ['Russia’s', 'russia'],
    ["Lavrov's", 'lavrov'],
    ['Talks', 'talk'],
    // Words of three letters or fewer stay as they are, as in ROUGE.
    ['was', 'was'],
    ['has', 'has'],
    ['ties', 'ti'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('gives each inflection the same stem, whatever the case', () => {
    for (const family of [['vote', 'votes', 'voted', 'voting'], ['Rescue', 'rescues', 'rescued']]) expect(new Set(family.map(stem)).size).toBe(1);
  });
});

describe('inflectionStem (the summary’s word profile)', () => {
  it.each([
    ['attacked', 'attack'],
    ['agencies', 'agency'],
    ['states', 'stat'],
    ["Lavrov's", 'lavrov'],
    // Word families stay apart.
    ['national', 'national'],
    ['nation', 'nation'],
    ['was', 'was'],
  ])('%s → %s', (word, expected) => {
    expect(inflectionStem(word)).toBe(expected);
  });
});
