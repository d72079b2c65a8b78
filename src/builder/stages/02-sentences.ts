// Splits paragraphs into sentences with exact offsets (text/sentences.ts) and marks the ones too
// short or too furniture-like to state anything.
import boilerplate from '../data/boilerplate.json';
import type { Context, Sentence } from '../types.js';
import { contentTerms, wordCount } from '../text/tokens.js';
import { splitSentences } from '../text/sentences.js';
import { furnitureSentence, lineNoise } from './01-paragraphs.js';

// A scraper that drops line breaks leaves a whole article on one line: one "click here" or "a
// photo of" in it must not hide the rest. Such a line is judged sentence by sentence, unless it
// opens as furniture (a crawl notice, a gallery of captions, a newsletter form).
const RUN_ON_SENTENCES = 3;
const RUN_ON_WORDS = 50;

// A story line can carry the page's furniture as one of its sentences ("… the vote. Follow us on
// Twitter for more."): a short sentence that opens or reads as a furniture line is one. A long
// one that opens with such a word ("Video producer Sam Ortega says …") is the story's.
const FURNITURE_WORDS = 20;

// A page with no full stop (a scraper's dump, a paragraph of noise) is one "sentence" of
// thousands of words, and the stages that read a sentence as a whole (its noun phrases, its
// clauses) take time that grows faster than its length: 10,000 words, or a run of 60,000 quote
// marks, took minutes. A sentence longer than any real one (over the validation clusters the
// longest is 205 words, 1082 characters) is no sentence a reader is shown, so no later stage reads it.
export const LONGEST_SENTENCE = { words: 1000, chars: 10_000 } as const;

// Share tools run into the article's first words ("Email This Even at 91, …") open the line, not
// furniture of its own: the first sentence is judged without them.
const TOOLBAR = new RegExp(boilerplate.toolbar, 'iu');

function runOn(text: string, spans: [number, number][]): boolean {
  return spans.length >= RUN_ON_SENTENCES && wordCount(text) >= RUN_ON_WORDS && !lineNoise(text.slice(...spans[0]).trim().replace(TOOLBAR, ''));
}

export function sentences(ctx: Context): void {
  const out: Sentence[] = [];
  const perDoc = new Map<number, number>();
  ctx.paragraphs.forEach((p, pi) => {
    const text = ctx.docs[p.doc].text.slice(p.start, p.end);
    const spans = splitSentences(text);
    const bySentence = p.noise !== undefined && !p.page && runOn(text, spans);
    for (const [s, e] of spans) {
      const raw = text.slice(s, e);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      const position = perDoc.get(p.doc) ?? 0;
      perDoc.set(p.doc, position + 1);
      const sentence: Sentence = {
        index: out.length,
        doc: p.doc,
        start: p.start + s + lead,
        end: p.start + s + lead + body.length,
        text: body,
        position,
        paragraph: pi,
        terms: contentTerms(body),
        noise: (bySentence ? lineNoise(body) : p.noise) ?? (furnitureSentence(body) || (spans.length > 1 && wordCount(body) <= FURNITURE_WORDS && lineNoise(body) === 'boilerplate') ? 'boilerplate' : undefined),
      };
      // Spinner artifacts and torn-off fragments: too short to state anything.
      if (!sentence.noise && wordCount(body) < 5) sentence.noise = 'fragment';
      // …and a run of words far longer than any sentence: not prose to read.
      if (!sentence.noise && (wordCount(body) > LONGEST_SENTENCE.words || body.length > LONGEST_SENTENCE.chars)) sentence.noise = 'run-on';
      out.push(sentence);
    }
  });
  ctx.sentences = out;
}
