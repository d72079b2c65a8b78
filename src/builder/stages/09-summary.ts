// Chooses the summary and key points: sentences close to the cluster's centroid, early in their
// article and echoed by other sources, picked greedily without repeating each other (MMR), then
// put back in source and reading order.
import type { Context, Sentence } from '../types.js';
import { cosine, counts, wordCount } from '../text.js';

// Measured on the Multi-News validation clusters at 300 words (R1/R2): relevance and novelty
// weighed evenly, lead sentences favoured.
const MMR_LAMBDA = 0.5;
const LEAD = 0.5;
const MIN_WORDS = 8;
const MAX_WORDS = 60;
const KEY_POINTS = 5;
// Sentences that cannot open a summary line: dangling pronouns, quotation fragments, questions.
const DANGLING = /^(?:["“”'‘’]|(?:he|she|it|they|this|these|those|his|her|their|its|but|and|so|also|meanwhile|however)\b)/iu;
const LOWER_START = /^\p{Ll}/u;

export function readable(s: Sentence): boolean {
  const words = wordCount(s.text);
  return !s.noise && words >= MIN_WORDS && words <= MAX_WORDS && !DANGLING.test(s.text) && !LOWER_START.test(s.text) && !/\?["”]?$/.test(s.text);
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
  const score = ctx.sentences.map((s, i) => {
    if (!readable(s)) return -1;
    const lead = 1 / (1 + s.position / 3);
    return cosine(vectors[i], centroid) + LEAD * lead;
  });
  return { vectors, score };
}

function select(ctx: Context, score: number[], vectors: Map<string, number>[], budget: number, maxItems = Infinity): number[] {
  const chosen: number[] = [];
  let words = 0;
  const candidates = score.map((_, i) => i).filter((i) => score[i] > 0);
  while (chosen.length < maxItems && candidates.length) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of candidates) {
      const redundancy = chosen.length ? Math.max(...chosen.map((j) => cosine(vectors[i], vectors[j]))) : 0;
      const value = MMR_LAMBDA * score[i] - (1 - MMR_LAMBDA) * redundancy;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    candidates.splice(candidates.indexOf(best), 1);
    const w = wordCount(ctx.sentences[best].text);
    // Stop near the budget rather than cut a sentence: overshoot by at most half a sentence.
    if (words + w > budget && words + w / 2 > budget) {
      if (chosen.length) continue;
    }
    chosen.push(best);
    words += w;
    if (words >= budget) break;
  }
  return chosen.sort((a, b) => ctx.sentences[a].doc - ctx.sentences[b].doc || a - b);
}

export function summary(ctx: Context): void {
  const { vectors, score } = weights(ctx);
  ctx.summary = select(ctx, score, vectors, ctx.options.summaryWords);
  // Key points add to the summary rather than repeat it.
  const inSummary = new Set(ctx.summary);
  ctx.keyPoints = select(ctx, score.map((x, i) => (inSummary.has(i) ? -1 : x)), vectors, Infinity, KEY_POINTS);
}
