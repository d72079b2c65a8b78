// How two written names compare: keys, surnames, first names alike, transliterations, misspellings, initials.
import { isGeneration, isParticle } from './name-words.js';
import { isFirstName, isShortFormOf } from './lexicon.js';

export const normKey = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^(?:al|el|bin|ibn)[-\s]/, '')
    .replace(/[^a-z0-9 ]/g, '');

export const surname = (name: string) => normKey(name.split(/\s+/).pop()!);

// "Sergei"/"Sergey": same initial, at most two letters apart, or the same consonants. "Jon"/"Jonathan", "Randy"/"Randall":
// a short form shares the first letters of the full one.
export function sameFirstName(a: string, b: string): boolean {
  a = normKey(a);
  b = normKey(b);
  if (a === b || isShortFormOf(a, b) || isShortFormOf(b, a)) return true;
  if (a[0] !== b[0]) return false;
  let shared = 0;
  while (shared < Math.min(a.length, b.length) && a[shared] === b[shared]) shared++;
  if (shared >= 4 || (shared === 3 && Math.min(a.length, b.length) === 3)) return true;
  return editDistance(a, b) <= Math.min(2, Math.floor(Math.min(a.length, b.length) / 3)) || (skeleton(a).length >= 2 && skeleton(a) === skeleton(b));
}

// "Rashid"/"Rasheed", "Mohammed"/"Muhammad": transliterations of one name differ in vowels, in the
// glides and breath letters (h, w, y) and in doubled letters; its consonants stay.
const skeleton = (name: string) => name[0] + name.slice(1).replace(/[aeiouyhw]/g, '').replace(/(.)\1+/g, '$1');

// "Varga"/"Vagra": a surname misspelt, for a person with the same first name.
// "Hollis"/"Holli's", "Danner"/"Dannr": a shorter one by a letter.
// A surname that opens on another letter is one misspelt only by that letter ("Haidak"/"Gaidak", a
// transliteration): "Pelanski"/"Kolanski" rhyme, and are two people's.
export const misspelt = (a: string, b: string) => {
  const shorter = Math.min(a.length, b.length);
  const d = editDistance(a, b);
  if (a[0] !== b[0]) return shorter >= 4 && d <= 1;
  return (shorter >= 6 && d <= 2) || (shorter >= 4 && d <= 1);
};

// "Kim Jong-un" and "Kim Jong Un", "J.R. Smith" and "JR Smith": one name however it is joined.
export const compact = (name: string) => normKey(name).replace(/ /g, '');

/**
 * "Lopez Marsh" for Maria Lopez Marsh: the words after a person's first name, when
 * they are two or more and open with no first name, are the surname alone. Keys of a full name.
 * A surname that opens with its particle is one however the particle is written: "Le Pen" for
 * Marine Le Pen, "De Luca" for Paolo de Luca.
 */
// "Okafor Sr." for Dana Okafor Sr.: the surname with its generation's suffix stands for the
// whole name, and never for the father's or the son's alike.
export const surnameWithGeneration = (words: readonly string[], k: number) => k === words.length - 2 && isGeneration(words[k + 1]) && /^\p{Lu}\p{Ll}/u.test(words[k]);
export const surnamesOfSeveralWords = (name: string): string[] => {
  const words = name.split(/\s+/);
  const keys: string[] = [];
  for (let k = 1; k <= words.length - 2; k++)
    if ((isFirstName(words[k - 1]) && !isFirstName(words[k]) && /^\p{Lu}\p{Ll}/u.test(words[k])) || isParticle(words[k]) || surnameWithGeneration(words, k)) keys.push(normKey(words.slice(k).join(' ')));
  return keys;
};

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

export const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(?:of|the|for|and)$/i.test(w))
    .map((w) => w[0])
    .join('');
