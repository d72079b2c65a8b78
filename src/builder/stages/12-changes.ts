// What changed since the previous build (`--previous`): the time of this update, when each item
// first appeared (`since`, kept from build to build) and which items are new. Items are matched
// by id, and ids name what an item is, so an item found again is the same item however the
// lists moved. Nothing here reads the clock: the same inputs give the same briefing.
import type { Actor, Briefing } from '../../format/schema.js';
import { newest } from '../dates.js';
import { type Context } from '../types.js';
import { namesOf } from '../../format/names.js';

type Item = { id: string; since?: string; new?: boolean };

export function changes(ctx: Context): void {
  const b = ctx.briefing!;
  const updatedAt = newest(ctx.docs.map((d) => d.publishedAt ?? ctx.options.date));
  if (updatedAt) b.updatedAt = updatedAt;
  const previous = ctx.options.previous;
  // An open question and the same one answered share an id: answered since is new as answered.
  const lists: [Item[], Item[]][] = [
    [b.positions, previous?.positions ?? []],
    [b.questions, [...(previous?.questions ?? []), ...(previous?.resolved ?? [])]],
    [b.resolved, previous?.resolved ?? []],
    [b.timeline ?? [], previous?.timeline ?? []],
  ];
  for (const [items, before] of lists) mark(items, before, previous, updatedAt);
  // An actor's id is its name, and a new article can change which spelling is the name ("Sergey
  // Lavrov" → "Sergei Lavrov"): the actor whose names include the other's is the same one.
  mark(b.actors, previous?.actors ?? [], previous, updatedAt, (a, before) => before.find((p) => sameActor(a, p)));
}

const names = (a: Actor) => new Set(namesOf(a));
const sameActor = (a: Actor, b: Actor) => names(a).has(b.name) || names(b).has(a.name);

function mark<T extends Item>(items: T[], before: T[], previous: Briefing | undefined, updatedAt: string | undefined, alike?: (item: T, before: T[]) => T | undefined): void {
  const earlier = new Map(before.map((item) => [item.id, item]));
  for (const item of items) {
    const was = earlier.get(item.id) ?? alike?.(item, before);
    // An item the previous build held was there by that build's update, if it had one.
    const since = was ? (was.since ?? previous?.updatedAt) : updatedAt;
    if (since) item.since = since;
    if (previous && !was) item.new = true;
  }
}
