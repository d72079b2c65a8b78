// The story's dated events: each sentence that says when something happened, with the date the
// article gives, resolved against the day it was published (or `--date`). In date order; events
// whose date cannot be known keep their place in reading order, with the phrase as written.
import type { TimelineEntry } from '../../format/schema.js';
import { datesIn, referenceDay, startOf, type DatePhrase } from '../dates.js';
import { cosine, counts } from '../text/similarity.js';
import { contentTerms } from '../text/tokens.js';
import { endsInColon } from '../text/sentences.js';
import { disambiguate, textKeyId } from '../stable-ids.js';
import type { Context, Sentence } from '../types.js';

/** Enough to follow a story's course; a longer list is a calendar, not a catch-up. */
const MAX_ENTRIES = 12;
/** Events on one date: a day of talks is told a dozen ways, and the timeline needs it once or twice. */
const MAX_PER_DATE = 3;
/** Similarity of two sentences' words (beyond the date) above which they tell one event. */
const SAME_EVENT = 0.5;

interface Draft {
  sentence: Sentence;
  phrase: DatePhrase;
  /** The sentence's words, less the date's. */
  terms: Map<string, number>;
  /** Other sentences that tell the same event on the same date. */
  also: Sentence[];
}

export function timeline(ctx: Context): void {
  const cluster = referenceDay(ctx.options.date);
  const references = ctx.docs.map((d) => referenceDay(d.publishedAt) ?? cluster);
  // One speaker's words on one day are one event ("Putin said on Tuesday …", "On Tuesday, Putin said …").
  const speakers = new Map<number, Set<number>>();
  for (const a of ctx.attributions) speakers.set(a.sentence, (speakers.get(a.sentence) ?? new Set()).add(a.actor));
  const sameSpeaker = (a: Sentence, b: Sentence) => [...(speakers.get(a.index) ?? [])].some((x) => speakers.get(b.index)?.has(x));
  const drafts: Draft[] = [];
  for (const s of ctx.sentences) {
    const phrase = eventDate(s, references[s.doc]);
    if (!phrase) continue;
    const terms = counts(contentTerms(s.text.slice(0, phrase.start) + s.text.slice(phrase.end)));
    const same = drafts.find((d) => dateKey(d) === dateKey({ sentence: s, phrase }) && (sameSpeaker(d.sentence, s) || cosine(d.terms, terms) >= SAME_EVENT));
    if (same) same.also.push(s);
    else drafts.push({ sentence: s, phrase, terms, also: [] });
  }
  // The events most sources tell, then those the summary tells, then the earliest told.
  const central = new Set([...ctx.summary, ...ctx.keyPoints]);
  const sources = (d: Draft) => new Set([d.sentence, ...d.also].map((s) => s.doc)).size;
  const ranked = [...drafts].sort(
    (a, b) => sources(b) - sources(a) || Number(central.has(b.sentence.index)) - Number(central.has(a.sentence.index)) || a.sentence.index - b.sentence.index,
  );
  const perDate = new Map<string, number>();
  const kept = new Set<Draft>();
  for (const d of ranked) {
    const key = dateKey(d);
    if (kept.size === MAX_ENTRIES || (perDate.get(key) ?? 0) === MAX_PER_DATE) continue;
    perDate.set(key, (perDate.get(key) ?? 0) + 1);
    kept.add(d);
  }
  const shown = inDateOrder(drafts.filter((d) => kept.has(d)));
  // An id names the sentence (stable-ids.ts), so the entry is found again in the next build.
  const ids = disambiguate(shown, (d) => textKeyId('t', d.sentence.text), (d) => `${d.phrase.date ?? ''} ${d.phrase.text}`);
  ctx.timeline = shown.map((d, i) => entry(ctx, d, ids[i]!));
}

/**
 * The date a sentence gives its event: its first phrase with a date, else its first phrase. Page
 * furniture tells no event, except a photo caption that dates its picture in full ("… in Lucca,
 * Italy April 11, 2017"), which needs no reference day.
 */
function eventDate(s: Sentence, reference: ReturnType<typeof referenceDay>): DatePhrase | undefined {
  // A sentence that opens with a quotation reads as someone's words, which the positions hold; a
  // question asks rather than tells; a line that ends in a colon brings in what follows it.
  if ((s.noise && s.noise !== 'caption') || /^["“‘']/.test(s.text) || /\?["”’']?$/.test(s.text) || endsInColon(s.text)) return undefined;
  if (s.noise === 'caption') return datesIn(s.text).find((p) => p.date && /^\d{4}-\d{2}-\d{2}$/.test(p.date));
  const phrases = datesIn(s.text, reference);
  return phrases.find((p) => p.date) ?? phrases[0];
}

/**
 * What counts as one date: the date itself or, without one, the phrase in its own article (two
 * articles' "Wednesday" may be different days).
 */
const dateKey = ({ sentence, phrase }: Pick<Draft, 'sentence' | 'phrase'>) =>
  phrase.date ?? `${sentence.doc} ${phrase.text.toLowerCase().replace(/^(?:on|in|at|earlier|later)\s+/, '')}`;

/** Dated events by date (ties in reading order); undated ones stay in their reading-order places. */
function inDateOrder(drafts: Draft[]): Draft[] {
  const dated = drafts.filter((d) => d.phrase.date).sort((a, b) => startOf(a.phrase.date!) - startOf(b.phrase.date!) || a.sentence.index - b.sentence.index);
  let next = 0;
  return drafts.map((d) => (d.phrase.date ? dated[next++]! : d));
}

function entry(ctx: Context, d: Draft, id: string): TimelineEntry {
  const evidence = [d.sentence, ...d.also].map((s) => ({ source: ctx.docs[s.doc]!.sourceId, start: s.start, end: s.end, text: s.text }));
  return {
    id,
    text: d.sentence.text,
    when: d.phrase.text,
    ...(d.phrase.date ? { date: d.phrase.date } : {}),
    evidence,
  };
}

