// Chooses the summary and key points: sentences close to the cluster's centroid, early in their
// article and echoed by other sources, picked greedily without repeating each other (MMR), then
// put back in source and reading order.
import type { Context, Sentence } from '../types.js';
import { PERSONAL, cosine, counts, stem, tokenize, wordCount } from '../text.js';
import { SPEECH_VERB_ALTERNATION } from '../lexicon.js';

// Measured on the Multi-News validation clusters at 300 words (R1/R2): novelty weighed a little
// above relevance, lead sentences favoured, phrases other sources repeat favoured.
const MMR_LAMBDA = 0.45;
const LEAD = 0.45;
/** Sentences this far into their article get half the lead bonus. */
const LEAD_HALF = 4;
const SUPPORT = 0.4;
const MIN_WORDS = 8;
const MAX_WORDS = 80;
const KEY_POINTS = 5;
/**
 * A sentence that quotes someone gives the story's voices; the human-written Multi-News summaries
 * quote them too.
 */
const QUOTED = 0.1;
const MAX_CANDIDATES = 400;
/** Two sentences this similar say the same thing: only one of them is shown. */
const DUPLICATE = 0.8;
// A pronoun needs the sentence before it ("He said …", "Speaking after the talks, he said …");
// a connective, the argument it continues.
const PRONOUN = /^(?:he|she|it|they|this|these|those|his|her|their|its)\b|^[^"“”,]{0,150},\s+(?:he|she|they)\s/iu;
const CONNECTIVE = /^(?:but|and|so|also|meanwhile|however)\b/iu;
const QUOTE_START = /^["“”'‘’]/u;
// A quote that closes and says whose it is: “…,” the minister said. Anything else that opens
// with a quotation mark continues what the sentence before it said, and follows it.
const ATTRIBUTED_QUOTE = new RegExp(`["”’],?\\s+[^"“”]{0,80}?\\b(?:${SPEECH_VERB_ALTERNATION})\\b`, 'u');
const LOWER_START = /^\p{Ll}/u;
// Ends as a statement does: not a question, not a colon introducing what follows, not a line cut off.
const COMPLETE = /[.!…]["”’')\]]*$/u;
const QUOTE = /["“”]/u;
// The writer's own voice outside any quote ("Our condolences are offered…", "Here's what you need
// to know", "Please keep …") would read as the briefing's: a summary reports, it does not address.
const writersVoice = (text: string) => !QUOTE.test(text) && (PERSONAL.test(text) || /^Please\b/u.test(text));

/** Whether a sentence may stand in a summary. */
export function readable(s: Sentence): boolean {
  const words = wordCount(s.text);
  return (
    !s.noise &&
    words >= MIN_WORDS &&
    words <= MAX_WORDS &&
    !LOWER_START.test(s.text) &&
    !CONNECTIVE.test(s.text) &&
    COMPLETE.test(s.text) &&
    !writersVoice(s.text)
  );
}

/**
 * A sentence opening with a pronoun, or with a quote whose speaker it does not name, is shown
 * only right after the sentence it continues; `attributed` when the builder found its speaker.
 */
export const needsPrevious = (s: Sentence, attributed = false) =>
  PRONOUN.test(s.text) || (QUOTE_START.test(s.text) && !attributed && !ATTRIBUTED_QUOTE.test(s.text));

/**
 * Share of each sentence's word pairs that another article also writes: the phrases several
 * sources repeat are the story's facts, the ones a reader needs first.
 */
export function support(ctx: Pick<Context, 'sentences'>): number[] {
  const pairs = ctx.sentences.map((s) => {
    const words = tokenize(s.text).map((t) => stem(t.text));
    return words.slice(1).map((w, i) => `${words[i]} ${w}`);
  });
  // The one article that writes a pair, or SEVERAL.
  const SEVERAL = -1;
  const source = new Map<string, number>();
  ctx.sentences.forEach((s, i) => {
    if (s.noise) return;
    for (const p of pairs[i]) {
      const doc = source.get(p);
      if (doc === undefined) source.set(p, s.doc);
      else if (doc !== s.doc) source.set(p, SEVERAL);
    }
  });
  return pairs.map((ps) => (ps.length ? ps.filter((p) => source.get(p) === SEVERAL).length / ps.length : 0));
}

function weights(ctx: Context): { vectors: Map<string, number>[]; score: number[] } {
  const n = ctx.sentences.length;
  const df = new Map<string, number>();
  for (const s of ctx.sentences) for (const t of new Set(s.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const docsOf = new Map<string, Set<number>>();
  for (const s of ctx.sentences) for (const t of s.terms) (docsOf.get(t) ?? docsOf.set(t, new Set()).get(t)!).add(s.doc);
  const vectors = ctx.sentences.map((s) => {
    const v = new Map<string, number>();
    for (const [t, c] of counts(s.terms)) v.set(t, c * Math.log(1 + n / (df.get(t) ?? 1)));
    return v;
  });
  const centroid = new Map<string, number>();
  ctx.sentences.forEach((s, i) => {
    if (s.noise) return;
    for (const [t, w] of vectors[i]) {
      // Words several sources use are what the story is about.
      const spread = docsOf.get(t)!.size;
      centroid.set(t, (centroid.get(t) ?? 0) + w * spread);
    }
  });
  const shared = support(ctx);
  // Position among the article's own sentences: a lede under five lines of page furniture is
  // still the lede.
  const seen = new Map<number, number>();
  const position = ctx.sentences.map((s) => {
    if (s.noise) return 0;
    const k = seen.get(s.doc) ?? 0;
    seen.set(s.doc, k + 1);
    return k;
  });
  const score = ctx.sentences.map((s, i) => {
    if (!readable(s)) return -1;
    const lead = 1 / (1 + position[i] / LEAD_HALF);
    return cosine(vectors[i], centroid) + LEAD * lead + SUPPORT * shared[i] + (QUOTE.test(s.text) ? QUOTED : 0);
  });
  return { vectors, score };
}

function select(ctx: Context, score: number[], vectors: Map<string, number>[], follows: boolean[], budget: number, maxItems = Infinity): number[] {
  const chosen: number[] = [];
  let words = 0;
  const length = (i: number) => wordCount(ctx.sentences[i].text);
  // The most relevant sentences only: the choice among the rest never changes, and the greedy
  // loop stays linear in the cluster's size.
  let candidates = score
    .map((_, i) => i)
    .filter((i) => score[i] > 0)
    .sort((a, b) => score[b] - score[a] || a - b)
    .slice(0, MAX_CANDIDATES);
  // Redundancy of each candidate with what is chosen so far, updated as sentences are chosen.
  const redundancy = new Map(candidates.map((i) => [i, 0]));
  while (chosen.length < maxItems) {
    // The budget is a maximum, never cut into a sentence (the first sentence is always taken).
    candidates = candidates.filter((i) => redundancy.get(i)! < DUPLICATE && (!chosen.length || words + length(i) <= budget));
    const taken = new Set(chosen);
    const pool = candidates.filter((i) => !follows[i] || (taken.has(i - 1) && ctx.sentences[i - 1].doc === ctx.sentences[i].doc));
    if (!pool.length) break;
    let best = pool[0];
    let bestValue = -Infinity;
    for (const i of pool) {
      const value = MMR_LAMBDA * score[i] - (1 - MMR_LAMBDA) * redundancy.get(i)!;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    candidates = candidates.filter((i) => i !== best);
    for (const i of candidates) redundancy.set(i, Math.max(redundancy.get(i)!, cosine(vectors[i], vectors[best])));
    chosen.push(best);
    words += length(best);
    if (words >= budget) break;
  }
  return chosen.sort((a, b) => ctx.sentences[a].doc - ctx.sentences[b].doc || a - b);
}

export function summary(ctx: Context): void {
  const { vectors, score } = weights(ctx);
  const attributed = new Set(ctx.attributions.map((a) => a.sentence));
  const follows = ctx.sentences.map((s) => needsPrevious(s, attributed.has(s.index)));
  ctx.summary = select(ctx, score, vectors, follows, ctx.options.summaryWords);
  // Key points add to the summary rather than repeat it, and each stands alone as a bullet: no
  // quote out of its context, no pronoun.
  const inSummary = new Set(ctx.summary);
  const bullet = (i: number) => !inSummary.has(i) && !QUOTE_START.test(ctx.sentences[i].text) && !follows[i];
  ctx.keyPoints = select(ctx, score.map((x, i) => (bullet(i) ? x : -1)), vectors, follows, Infinity, KEY_POINTS);
}
