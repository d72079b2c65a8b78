// Turns attributions into position cards: one per distinct claim per actor, the same claim
// reported by several articles merged with all of its evidence.
import type { Evidence } from '../../format/schema.js';
import type { Context } from '../types.js';
import { containment, contentTerms } from '../text.js';

const MAX_CLAIM_WORDS = 28;
const SAME_CLAIM = 0.5;

/** A one-line claim: the first sentence of a quote, or the reported clause, trimmed at a word. */
export function claimLine(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim();
  // A leading "that" is the complementiser of a reported clause, unless it is the subject ("That could…").
  t = t.replace(/^(?:and|but)\s+/i, '').replace(/^that\s+(?=(?:the|a|an|it|he|she|they|we|there|this|these|those|his|her|their|its|our)\b|\p{Lu})/iu, '');
  const firstSentence = /^(.{20,}?[.!?])\s+\p{Lu}/u.exec(t);
  if (firstSentence) t = firstSentence[1];
  const words = t.split(' ');
  if (words.length > MAX_CLAIM_WORDS) t = words.slice(0, MAX_CLAIM_WORDS).join(' ').replace(/[,;:]$/, '') + '…';
  t = t.replace(/[,;:]$/, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

export function positions(ctx: Context): void {
  const cards: Context['positions'] = [];
  const termsOf: string[][] = [];
  for (const at of ctx.attributions) {
    const s = ctx.sentences[at.sentence];
    const doc = ctx.docs[s.doc];
    const spoken = doc.text.slice(at.start, at.end);
    const terms = contentTerms(spoken);
    const evidence: Evidence = { source: doc.sourceId, start: s.start, end: s.end, text: s.text };
    const twin = cards.findIndex(
      (c, i) => c.actor === at.actor && (containment(terms, termsOf[i]) >= SAME_CLAIM || containment(termsOf[i], terms) >= SAME_CLAIM),
    );
    if (twin >= 0) {
      const c = cards[twin];
      if (!c.sentences.includes(s.index)) {
        c.evidence.push(evidence);
        c.sentences.push(s.index);
      }
      continue;
    }
    termsOf.push(terms);
    cards.push({
      actor: at.actor,
      text: claimLine(spoken),
      quote: at.kind === 'direct' ? spoken : undefined,
      kind: at.kind,
      evidence: [evidence],
      sentences: [s.index],
    });
  }
  ctx.positions = cards;
}
