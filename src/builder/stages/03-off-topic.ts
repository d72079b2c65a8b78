// Marks what the cluster is not about: sentences repeated from an earlier article, and
// paragraphs far from the cluster's centroid (a story about something else pasted into a page).
import type { Context, Sentence } from '../types.js';
import { containment, cosine, counts } from '../text.js';

/** Similarity of a paragraph to the other documents, below which it is off-topic, relative to the median. */
const OFF_TOPIC_RATIO = 0.2;
const MIN_TERMS = 6;
/** A neighbour this close to the centroid (relative to the median) vouches for a short paragraph. */
const NEIGHBOUR_RATIO = 0.5;
const LONG_PARAGRAPH = 20;

export function offTopic(ctx: Context): void {
  markDuplicates(ctx.sentences);
  if (ctx.docs.length < 2) return;

  // Document frequency of each term: words shared by several articles carry the story.
  const df = new Map<string, number>();
  const docTerms: Map<string, number>[] = ctx.docs.map(() => new Map());
  for (const s of ctx.sentences) {
    if (s.noise) continue;
    for (const t of s.terms) docTerms[s.doc].set(t, (docTerms[s.doc].get(t) ?? 0) + 1);
  }
  for (const m of docTerms) for (const t of m.keys()) df.set(t, (df.get(t) ?? 0) + 1);

  const byParagraph = new Map<number, Sentence[]>();
  for (const s of ctx.sentences) if (!s.noise) byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s]);

  const scored: { list: Sentence[]; sim: number }[] = [];
  for (const list of byParagraph.values()) {
    const terms = list.flatMap((s) => s.terms);
    if (terms.length < MIN_TERMS) continue;
    const doc = list[0].doc;
    // Centroid of the other documents: a paragraph's own words must not vouch for it.
    const mine = counts(terms);
    const centroid = new Map<string, number>();
    docTerms.forEach((m, d) => {
      if (d === doc) return;
      for (const [t, c] of m) centroid.set(t, (centroid.get(t) ?? 0) + c * ((df.get(t) ?? 1) > 1 ? 1 : 0.2));
    });
    scored.push({ list, sim: cosine(mine, centroid) });
  }
  if (scored.length < 3) return;
  const sims = scored.map((x) => x.sim).sort((a, b) => a - b);
  const median = sims[Math.floor(sims.length / 2)];
  const low = (x: { sim: number }, ratio: number) => x.sim < median * ratio;
  scored.forEach((x, i) => {
    if (!low(x, OFF_TOPIC_RATIO)) return;
    // A pasted story runs over several paragraphs or one long one; a lone short paragraph that
    // strays in wording (a quote, say) between two on-topic ones stays.
    const near = [scored[i - 1], scored[i + 1]].filter((y) => y && y.list[0].doc === x.list[0].doc);
    const alone = near.length > 0 && near.every((y) => !low(y, NEIGHBOUR_RATIO));
    if (alone && x.list.flatMap((s) => s.terms).length < LONG_PARAGRAPH) return;
    for (const s of x.list) s.noise = 'off-topic';
  });
}

function markDuplicates(sentences: Sentence[]): void {
  const seen: Sentence[] = [];
  for (const s of sentences) {
    if (s.noise || s.terms.length < 4) continue;
    const twin = seen.find((o) => o.doc !== s.doc && containment(s.terms, o.terms) >= 0.9 && containment(o.terms, s.terms) >= 0.9);
    if (twin) s.noise = 'duplicate';
    else seen.push(s);
  }
}
