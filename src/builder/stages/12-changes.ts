// What changed since the previous build (`--previous`): the time of this update, when each item
// first appeared (`since`, kept from build to build) and which items are new. Items are matched
// by id, and ids name what an item is, so an item found again is the same item however the
// lists moved. Nothing here reads the clock: the same inputs give the same briefing.
import type { Briefing } from '../../format/schema.js';
import { newest } from '../dates.js';
import type { Context } from '../types.js';

type Item = { id: string; since?: string; new?: boolean };

export function changes(ctx: Context): void {
  const b = ctx.briefing!;
  const updatedAt = newest([...ctx.docs.map((d) => d.publishedAt), ctx.options.date]);
  if (updatedAt) b.updatedAt = updatedAt;
  const previous = ctx.options.previous;
  // An open question and the same one answered share an id: answered since is new as answered.
  const lists: [Item[], Item[]][] = [
    [b.actors, previous?.actors ?? []],
    [b.positions, previous?.positions ?? []],
    [b.questions, [...(previous?.questions ?? []), ...(previous?.resolved ?? [])]],
    [b.resolved, previous?.resolved ?? []],
    [b.timeline ?? [], previous?.timeline ?? []],
  ];
  for (const [items, before] of lists) mark(items, before, previous, updatedAt);
}

function mark(items: Item[], before: Item[], previous: Briefing | undefined, updatedAt: string | undefined): void {
  const earlier = new Map(before.map((item) => [item.id, item]));
  for (const item of items) {
    const was = earlier.get(item.id);
    // An item the previous build held was there by that build's update, if it had one.
    const since = was ? (was.since ?? previous?.updatedAt) : updatedAt;
    if (since) item.since = since;
    if (previous && !was) item.new = true;
  }
}
