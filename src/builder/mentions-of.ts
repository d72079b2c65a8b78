import type { Context, Mention, Sentence } from './types.js';

const index = new WeakMap<Mention[], Map<number, Mention[]>>();

/** The mentions of one sentence that belong to an actor, in text order; indexed once per cluster. */
export function mentionsOf(ctx: Context, sentence: number): Mention[] {
  let bySentence = index.get(ctx.mentions);
  if (!bySentence) {
    bySentence = new Map();
    for (const m of ctx.mentions) {
      if (m.actor === undefined) continue;
      const list = bySentence.get(m.sentence);
      if (list) list.push(m);
      else bySentence.set(m.sentence, [m]);
    }
    index.set(ctx.mentions, bySentence);
  }
  return bySentence.get(sentence) ?? [];
}

// Each article's mentions, kept in the cluster's order, whoever's they are: a reader that wants
// the latest fit before a point reads one article's, not the cluster's. (Whose a mention is stays
// for the caller to read: an index made before the actors are merged stays right.)
const byDocOf = new WeakMap<Mention[], { length: number; sentences: Sentence[]; byDoc: Map<number, Mention[]> }>();
/** Every mention of each article, in the cluster's order; indexed once per cluster (again if the mentions or sentences change). */
export function mentionsInDocs(ctx: Context): Map<number, Mention[]> {
  const kept = byDocOf.get(ctx.mentions);
  if (kept && kept.length === ctx.mentions.length && kept.sentences === ctx.sentences) return kept.byDoc;
  const byDoc = new Map<number, Mention[]>();
  for (const m of ctx.mentions) {
    const doc = ctx.sentences[m.sentence].doc;
    const list = byDoc.get(doc);
    if (list) list.push(m);
    else byDoc.set(doc, [m]);
  }
  byDocOf.set(ctx.mentions, { length: ctx.mentions.length, sentences: ctx.sentences, byDoc });
  return byDoc;
}
