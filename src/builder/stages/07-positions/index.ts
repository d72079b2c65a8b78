// Turns attributions into position cards: one per distinct claim per actor, the same claim
// reported by several articles merged with all of its evidence.
import type { Evidence } from '../../../format/schema.js';
import type { Context, Sentence } from '../../types.js';
import { containment } from '../../text/similarity.js';
import { contentTerms, wordCount } from '../../text/tokens.js';
import { sentenceSpans, sentencesOf } from '../../text/sentences.js';
import { speaksFor } from '../../speaks-for.js';
import { deedsOf } from './deeds.js';

const MAX_CLAIM_WORDS = 28;
/** Characters a claim's first sentence needs to stand for the claim. */
const MIN_FIRST_SENTENCE = 21;
type Card = Context['positions'][number];

const SAME_CLAIM = 0.5;
const MIN_CLAIM_WORDS = 5;

/** A one-line claim: the first sentence of a quote, or the reported clause, trimmed at a word. */
export function claimLine(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim();
  // A leading "that" is the complementiser of a reported clause, unless it is the subject ("That could…").
  t = t.replace(/^(?:and|but)\s+/i, '').replace(/^that\s+(?=(?:the|a|an|it|he|she|they|we|there|this|these|those|his|her|their|its|our)\b|\p{Lu})/iu, '');
  // The first sentence, unless it is too short to stand alone ("No. …").
  const firstEnd = sentenceSpans(t).find(([, e]) => e >= MIN_FIRST_SENTENCE && e < t.length)?.[1];
  if (firstEnd !== undefined) t = t.slice(0, firstEnd);
  const words = t.split(' ');
  if (words.length > MAX_CLAIM_WORDS) t = words.slice(0, MAX_CLAIM_WORDS).join(' ').replace(/[,;:]$/, '') + '…';
  t = t.replace(/[,;:]$/, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** The sentences of a quote, each long enough to stand as a claim of its own. */
export function quoteSentences(quote: string): string[] {
  const parts: string[] = [];
  for (const part of sentencesOf(quote)) {
    if (parts.length && wordCount(part) < MIN_CLAIM_WORDS) parts[parts.length - 1] += ` ${part}`;
    else if (parts.length && wordCount(parts[parts.length - 1]) < MIN_CLAIM_WORDS) parts[parts.length - 1] += ` ${part}`;
    else parts.push(part);
  }
  return parts;
}

// Two claims are one when they share enough of their words: a short claim ("Your visit is very
// timely") needs more than one shared word.
function sameClaim(a: string[], b: string[]): boolean {
  const shared = a.filter((t) => b.includes(t)).length;
  return shared >= 2 && (containment(a, b) >= SAME_CLAIM || containment(b, a) >= SAME_CLAIM);
}

/** The evidence of a sentence: itself, and each copy a republished article holds of it. */
function citations(ctx: Context): (s: Sentence) => Evidence[] {
  const copies = new Map<number, Sentence[]>();
  for (const s of ctx.sentences) if (s.copyOf !== undefined) (copies.get(s.copyOf) ?? copies.set(s.copyOf, []).get(s.copyOf)!).push(s);
  const cite = (s: Sentence): Evidence => ({ source: ctx.docs[s.doc].sourceId, start: s.start, end: s.end, text: s.text });
  return (s) => [s, ...(copies.get(s.index) ?? [])].map(cite);
}

export function positions(ctx: Context): void {
  const cards: Card[] = [];
  const termsOf: string[][] = [];
  const evidenceOf = citations(ctx);
  for (const at of ctx.attributions) {
    const s = ctx.sentences[at.sentence];
    const doc = ctx.docs[s.doc];
    const evidence = evidenceOf(s);
    const said = doc.text.slice(at.start, at.end);
    // A spokesperson's claim is the body's too: a card for each.
    const body = speaksFor(ctx, at);
    const holders = body === undefined || body === at.actor ? [{ actor: at.actor }] : [{ actor: at.actor }, { actor: body, voice: at.actor }];
    for (const { actor, voice } of holders) {
      // One card per sentence of a long quote: each is a claim of its own.
      for (const spoken of at.kind === 'direct' ? quoteSentences(said) : [said]) {
        const terms = contentTerms(spoken);
        const twin = cards.findIndex((c, i) => c.actor === actor && sameClaim(terms, termsOf[i]));
        if (twin >= 0) {
          const c = cards[twin];
          if (!c.sentences.includes(s.index)) {
            c.evidence.push(...evidence);
            c.sentences.push(s.index);
          }
          continue;
        }
        termsOf.push(terms);
        cards.push({
          actor,
          text: claimLine(spoken),
          quote: at.kind === 'direct' ? spoken : undefined,
          kind: at.kind,
          // Each card its own list: the cards of one long quote grow apart as other articles repeat them.
          evidence: [...evidence],
          sentences: [s.index],
          ...(voice === undefined ? {} : { voice }),
        });
      }
    }
  }
  ctx.positions = [...cards, ...deedCards(ctx, cards, evidenceOf)];
}

/** How many of an actor's deeds become positions: the first ones the articles tell. */
const DEEDS_PER_ACTOR = 3;
/** Only the actors a reader meets first: the ones ranked this high act on the story's thread. */
const DEED_ACTORS = 24;

/** Cards for what the story's leading actors do ("The council vetoed the levy"), from sentences no card holds yet. */
function deedCards(ctx: Context, cards: Card[], evidenceOf: (s: Sentence) => Evidence[]): Card[] {
  const taken = new Set(cards.flatMap((c) => c.sentences));
  const rank = new Map(ctx.actors.map((a, i) => [a.index, i]));
  const count = new Map<number, number>();
  const out: Card[] = [];
  for (const d of deedsOf(ctx, taken)) {
    if ((rank.get(d.actor) ?? Infinity) >= DEED_ACTORS || (count.get(d.actor) ?? 0) >= DEEDS_PER_ACTOR) continue;
    const s = ctx.sentences[d.sentence];
    // The same act told twice (two articles, the same words) is one card.
    if (out.some((c) => c.actor === d.actor && sameClaim(s.terms, ctx.sentences[c.sentences[0]].terms))) continue;
    count.set(d.actor, (count.get(d.actor) ?? 0) + 1);
    out.push({
      actor: d.actor,
      text: claimLine(ctx.docs[s.doc].text.slice(d.from, s.end)),
      kind: 'reported',
      evidence: evidenceOf(s),
      sentences: [s.index],
    });
  }
  return out;
}
