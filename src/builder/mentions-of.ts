import type { Context, Mention } from './types.js';

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
