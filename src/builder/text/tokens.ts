// The one tokenizer: what a word is, for every stage. A word keeps its inner apostrophes, hyphens
// and dots ("al-Assad", "U.S.", "O'Brien"); content words are the words that say what a sentence
// is about (no function word, no bare number), stemmed so that "attack", "attacks" and
// "attacked" compare as one.
import stopwordData from '../data/stopwords.json';
import { stem } from './stem.js';

export const STOPWORDS: ReadonlySet<string> = new Set(stopwordData.words);

export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.\-]*[\p{L}\p{N}])?\.?/gu;
// A trailing dot belongs to the word only for abbreviations such as "U.S." or "Mr.".
const ABBREVIATION = /^(?:\p{L}\.)+$|^\p{Lu}\p{Ll}{0,3}\.$/u;

/** The words of a text with their offsets (plus `offset`). */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    if (word.endsWith('.') && !ABBREVIATION.test(word)) word = word.slice(0, -1);
    out.push({ text: word, start: offset + m.index!, end: offset + m.index! + word.length });
  }
  return out;
}

/** The words of a text in lower case, without an abbreviation's dot: for looking words up in a list. */
export function words(text: string): string[] {
  return tokenize(text).map((t) => t.text.toLowerCase().replace(/\.$/, ''));
}

/**
 * Every run of letters and digits in lower case ("al-Assad" is two), as ROUGE reads a text: the
 * summary's word profile is estimated in the words it is scored by (tokenizing as tokenize()
 * does cost 0.14 R1 and 0.15 R2 on the 250 validation clusters).
 */
export function plainWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Lower-case content-word stems, for comparing sentences, claims and questions. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (w.length < 2 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** Length as a reader and the summary budget count it: runs between spaces, a dash included. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);

const LETTER = /\p{L}/u;
/**
 * How often `phrase` stands in `text` as whole words, as written. Found by search, not by a
 * regular expression built from the phrase: a name taken from any text can be too long to compile.
 */
export function occurrences(text: string, phrase: string): number {
  let n = 0;
  if (!phrase) return n;
  for (let at = text.indexOf(phrase); at >= 0; ) {
    const whole = !LETTER.test(text[at - 1] ?? ' ') && !LETTER.test(text[at + phrase.length] ?? ' ');
    if (whole) n++;
    at = text.indexOf(phrase, at + (whole ? phrase.length : 1));
  }
  return n;
}
