/**
 * `remember` (off by default): the reader's last visit of a briefing, and the briefing as they
 * see it since. Loaded on demand by the first `<story-briefing remember>` of a page: the classic
 * script leaves it out and imports it from beside itself (`story-briefing-remember.js`), so a page
 * without `remember` never fetches it. It imports nothing at run time, so that file holds nothing
 * the script already has: what it needs comes in as arguments.
 */
import type { Briefing } from '../../format/schema.js';

type Item = { since?: unknown; new?: unknown };

export interface Visit {
  /** The briefing as this reader sees it: new since the last visit marked and first (not normalised). */
  briefing: Briefing;
  /** How many items are new since the last visit (0 on a first visit). */
  count: number;
}

/** The reader's last visit of a briefing: the `updatedAt` they saw, in localStorage (never sent anywhere). */
const key = (id: string) => `story-briefing:last-visit:${id}`;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage blocked (privacy settings, a sandboxed frame): the briefing shows as without `remember`.
    return undefined;
  }
}

/**
 * Reads the reader's last visit and records this one. On a first visit the briefing is shown as
 * it is (new in its latest update); on a later one, "new" means new since the last visit (an
 * item whose `since` is later than the update the reader saw), those items come first in each
 * list (the timeline keeps its order), and a question answered since is among them. `timeOf`
 * reads a date as the rest of the widget does (milliseconds, or NaN).
 */
export function sinceLastVisit(briefing: Briefing, timeOf: (value: unknown) => number): Visit {
  const store = storage();
  const now = timeOf(briefing.updatedAt);
  if (!store || !briefing.id || Number.isNaN(now)) return { briefing, count: 0 };
  let seen = NaN;
  try {
    seen = timeOf(store.getItem(key(briefing.id)));
    if (!(seen >= now)) store.setItem(key(briefing.id), briefing.updatedAt!);
  } catch {
    // A full or blocked store: nothing remembered.
  }
  if (Number.isNaN(seen)) return { briefing, count: 0 };
  let n = 0;
  const mark = <T extends Item>(items: T[], reorder = true): T[] => {
    const marked = items.map((item) => {
      const fresh = timeOf(item.since) > seen;
      if (fresh) n++;
      return { ...item, new: fresh };
    });
    return reorder ? [...marked.filter((i) => i.new), ...marked.filter((i) => !i.new)] : marked;
  };
  const seenBriefing = {
    ...briefing,
    actors: mark(briefing.actors),
    positions: mark(briefing.positions),
    questions: mark(briefing.questions),
    resolved: mark(briefing.resolved),
    timeline: mark(briefing.timeline ?? [], false),
  };
  return { briefing: seenBriefing, count: n };
}
