/**
 * What to show first, and what not to show twice: rules on the briefing's items that keep the
 * default view short without dropping anything a reader can ask for ("Show more", the filter).
 */
import type { Briefing, Position, TimelineEntry } from '../../format/schema.js';

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The first words of a text, to name a card by in a screen reader's list of controls. */
export const clip = (text: string, n = 8): string => {
  const all = text.split(/\s+/);
  return all.length > n ? `${all.slice(0, n).join(' ')}…` : text;
};

/** Whether a claim says something its quote does not (two words or more the quote lacks). */
export function adds(claim: string, quote: string | undefined): boolean {
  if (!quote) return true;
  const quoted = new Set(words(quote));
  return words(claim).filter((w) => !quoted.has(w)).length > 1;
}

/** The words of a text, spaced and lower-cased, for containment tests. */
const flat = (text: string): string => ` ${words(text).join(' ')} `;

/** Key points the summary does not already say, word for word. */
export function newKeyPoints(briefing: Briefing) {
  const summary = flat(briefing.summary.text);
  return briefing.keyPoints.filter((point) => !summary.includes(flat(point.text)));
}

/**
 * Timeline events in the order they earn a place by default: those new in the latest update (or
 * since the reader's last visit), then those the summary and key points do not already tell, then
 * the rest, each group in the timeline's order.
 */
export function eventsFirst(briefing: Briefing): TimelineEntry[] {
  const told = flat([briefing.summary.text, ...briefing.keyPoints.map((p) => p.text)].join(' '));
  const rank = (e: TimelineEntry) => (e.new === true ? 0 : told.includes(flat(e.text)) ? 2 : 1);
  return [...(briefing.timeline ?? [])].sort((a, b) => rank(a) - rank(b));
}

/**
 * Positions in turns: each actor's first, in the briefing's order of actors (most central first),
 * then each one's second, and so on, so the first cards shown come from different actors. Within
 * an actor's turns, a quote the summary already gives comes last.
 */
export function inTurns(briefing: Briefing, positions: readonly Position[]): Position[] {
  const summary = flat(briefing.summary.text);
  const told = (p: Position) => (p.quote && summary.includes(flat(p.quote)) ? 1 : 0);
  const byActor = new Map<string, Position[]>(briefing.actors.map((a) => [a.id, []]));
  for (const p of positions) (byActor.get(p.actor) ?? byActor.set(p.actor, []).get(p.actor)!).push(p);
  const lists = [...byActor.values()].map((list) => list.sort((a, b) => told(a) - told(b)));
  const out: Position[] = [];
  for (let turn = 0; out.length < positions.length; turn++) {
    for (const list of lists) if (list[turn]) out.push(list[turn]!);
  }
  return out;
}

interface ActorFacts {
  /** Positions per actor id. */
  positions: Map<string, number>;
  /** Actors with anything to filter: a position, or a part in an open or answered question. */
  filterable: Set<string>;
}
const facts = new WeakMap<Briefing, ActorFacts>();

/** What the actor cards need to know of the rest of the briefing, counted once per briefing. */
export function actorFacts(briefing: Briefing): ActorFacts {
  let f = facts.get(briefing);
  if (!f) {
    const positions = new Map<string, number>();
    for (const p of briefing.positions) positions.set(p.actor, (positions.get(p.actor) ?? 0) + 1);
    const filterable = new Set([...positions.keys(), ...[...briefing.questions, ...briefing.resolved].flatMap((q) => q.actors)]);
    facts.set(briefing, (f = { positions, filterable }));
  }
  return f;
}
