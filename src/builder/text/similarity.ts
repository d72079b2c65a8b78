// How alike two texts are, as bags or lists of terms (tokens.ts contentTerms).

/** Cosine similarity of two term bags. */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, w] of a) {
    na += w * w;
    const v = b.get(t);
    if (v) dot += w * v;
  }
  for (const w of b.values()) nb += w * w;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export function counts(terms: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Share of a's distinct terms found in b. */
export function containment(a: string[], b: string[]): number {
  if (!a.length) return 0;
  const set = new Set(b);
  const distinct = new Set(a);
  let hit = 0;
  for (const t of distinct) if (set.has(t)) hit++;
  return hit / distinct.size;
}
