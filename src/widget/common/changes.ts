/**
 * What is new in a briefing, for the reader: the time of its update ("Updated 3 hours ago"), the
 * "New" badge, and, with `remember`, the line saying how much changed since the reader's last visit
 * (remember.ts works it out). Every value read here comes from an untrusted file: dates that do
 * not parse are ignored.
 */
import { html, nothing } from 'lit';
import type { Briefing } from '../../format/schema.js';
import { count, type Labels } from './labels.js';
import type { Visit } from './remember.js';

type Item = { new?: unknown };

/** An ISO date without a time of day. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Milliseconds of an ISO date or date-time ("2017-04-12" is that day's start, in UTC), or NaN. */
export const timeOf = (value: unknown): number => (typeof value === 'string' ? Date.parse(DAY.test(value) ? `${value}T00:00:00Z` : value) : NaN);

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

/** "2 new since your last visit" (see remember.ts). */
export const sinceVisitLine = (visit: Visit, labels: Labels, lang: string) =>
  visit.count ? html`<p class="since-visit" part="since-visit">${count(lang, visit.count, labels.newSinceVisit)}</p>` : nothing;
