// What the articles of a cluster repeat of each other: the summary ranks sentences by it, and the
// attribution stage weighs a transcript's turns by it.
import type { Context } from './types.js';
import { stem } from './text/stem.js';
import { tokenize } from './text/tokens.js';

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
