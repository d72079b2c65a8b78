/**
 * What is new in a briefing, for the reader: the time of its update ("Updated 3 hours ago"), the
 * "New" badge, and, with `remember`, what changed since the reader's last visit. Every value read
 * here comes from an untrusted file: dates that do not parse are ignored.
 */
import { html, nothing } from 'lit';
import type { Briefing } from '../../format/schema.js';
import { count, type Labels } from './labels.js';
import { normalizeBriefing } from './normalize.js';

type Item = { id: string; since?: unknown; new?: unknown };

/** An ISO date without a time of day. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Milliseconds of an ISO date or date-time ("2017-04-12" is that day's start, in UTC), or NaN. */
const timeOf = (value: unknown): number => (typeof value === 'string' ? Date.parse(DAY.test(value) ? `${value}T00:00:00Z` : value) : NaN);

/** "New" on an item new in the latest update (or, with `remember`, since the reader's last visit). */
export const newBadge = (item: Item, labels: Labels) =>
  item.new === true ? html`<span class="badge accent new" part="new">${labels.new}</span>` : nothing;

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * "3 hours ago", "yesterday", "il y a 3 heures": how long ago `value` was, in the largest unit
 * that fits. A date without a time of day counts in calendar days ("today", "yesterday").
 */
export function relativeTime(value: string, lang: string, now = Date.now()): string {
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  if (DAY.test(value)) {
    // Today's date where the reader is, against that day's start in UTC: whole days apart.
    const today = new Date(now);
    const days = Math.round((Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) - timeOf(value)) / 86_400_000);
    if (days < 30) return format.format(-Math.max(0, days), 'day');
  }
  // A time in the future (a clock ahead) is now.
  const ago = Math.max(0, now - timeOf(value));
  const [unit, size] = UNITS.find(([, size]) => ago >= size) ?? ['minute', 60_000];
  return format.format(-Math.floor(ago / size), unit);
}

/** "Updated 3 hours ago" (a `<time>` with the exact value in `datetime`), when the briefing says. */
export function updatedLine(briefing: Briefing, labels: Labels, lang: string) {
  const at = briefing.updatedAt;
  return at && timeOf(at) ? html`<p class="muted" part="updated">${labels.updated} <time datetime=${at}>${relativeTime(at, lang)}</time></p>` : nothing;
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

export interface Visit {
  /** The briefing as this reader sees it: new since the last visit marked and first. */
  briefing: Briefing;
  /** How many items are new since the last visit (0 on a first visit). */
  count: number;
}

/**
 * Reads the reader's last visit and records this one. On a first visit the briefing is shown as
 * it is (new in its latest update); on a later one, "new" means new since the last visit (an
 * item whose `since` is later than the update the reader saw), those items come first in each
 * list (the timeline keeps its order), and a question answered since is among them.
 */
export function sinceLastVisit(briefing: Briefing): Visit {
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
  const seenBriefing = normalizeBriefing({
    ...briefing,
    actors: mark(briefing.actors),
    positions: mark(briefing.positions),
    questions: mark(briefing.questions),
    resolved: mark(briefing.resolved),
    timeline: mark(briefing.timeline ?? [], false),
  });
  return { briefing: seenBriefing, count: n };
}

/** "2 new since your last visit". */
export const sinceVisitLine = (visit: Visit, labels: Labels, lang: string) =>
  visit.count ? html`<p class="since-visit" part="since-visit">${count(lang, visit.count, labels.newSinceVisit)}</p>` : nothing;
