// The dates a sentence gives, read with chrono-node: absolute ones ("April 11, 2017", "in 2015")
// and relative ones ("on Tuesday", "last week", "yesterday"), the latter resolved against the day
// the article was published. Without that day only absolute dates resolve; a relative phrase
// keeps its words and gets no date rather than one made up.
import * as chrono from 'chrono-node/en';
import type { ParsedResult, Parser } from 'chrono-node';
import rules from './data/date-phrases.json';

const DAY_MS = 86_400_000;

/** A calendar day as UTC noon, so that day arithmetic never crosses a daylight-saving change. */
export type Day = Date;

export interface DatePhrase {
  /** Offsets of the phrase in the text read. */
  start: number;
  end: number;
  /** The phrase as written ("on Tuesday", "last week"). */
  text: string;
  /**
   * ISO 8601 at the precision the phrase gives: a year ("2015"), a month ("2017-04"), an ISO week
   * ("2017-W14", for "last week") or a day ("2017-04-11"). Absent when it cannot be known.
   */
  date?: string;
}

const utcDay = (year: number, month: number, day: number): Day => new Date(Date.UTC(year, month - 1, day, 12));
const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Day) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function isoWeek(d: Day): string {
  // The ISO week is the one holding the Thursday of d's Monday-to-Sunday week.
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - utcDay(year, 1, 1).getTime()) / DAY_MS / 7);
  return `${year}-W${pad(week)}`;
}

/** The first day a date string covers, for ordering: "2017" → 1 January, "2017-W14" → its Monday. */
export function startOf(date: string): number {
  const week = /^(\d{4})-W(\d{2})$/.exec(date);
  if (week) {
    // The Monday of week 1 is the Monday on or before 4 January.
    const jan4 = utcDay(+week[1], 1, 4);
    return jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS + (+week[2] - 1) * 7 * DAY_MS;
  }
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return utcDay(y!, m, d).getTime();
}

// "4/5/2017": April 5 to an American, 4 May to a Briton.
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})\b/;
const isAmbiguousNumeric = (phrase: string) => {
  const m = NUMERIC.exec(phrase);
  return !!m && m[1] !== m[2] && +m[1] <= 12 && +m[2] <= 12;
};

/**
 * The day a `publishedAt` value names: an ISO 8601 date or date-time (its own calendar day, before
 * any conversion to UTC), or any full date the parser reads ("Wed, 12 Apr 2017 10:00:00 GMT").
 */
export function referenceDay(value: string | undefined): Day | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(text);
  if (iso) {
    const day = utcDay(+iso[1], +iso[2], +iso[3]);
    return isoDay(day) === iso[0] ? day : undefined;
  }
  if (isAmbiguousNumeric(text)) return undefined;
  const c = chrono.strict.parse(text, { instant: utcDay(2000, 1, 1), timezone: 0 })[0]?.start;
  return c && c.isCertain('year') && c.isCertain('month') && c.isCertain('day') ? utcDay(c.get('year')!, c.get('month')!, c.get('day')!) : undefined;
}

const words = (list: string[]) => new Set(list);
const BOUNDARIES = words(rules.boundaries.words);
const PERIOD_BEFORE = words(rules.periods.before);
const PERIOD_OPENING = rules.periods.opening;
const COUNTED_OPENING = words(rules.periods.countedOpening);
const ANCHORED = words(rules.anchored.words);
// Weekday and month names, written in lower case, are other words: "sat down", "march on", "wed".
const NAMES = [
  ...Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' }).format(utcDay(2017, 1, 2 + i))),
  ...Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(utcDay(2017, i + 1, 1))),
].map((n) => n.toLowerCase());
const isLowerCaseName = (word: string) => word.length >= 3 && word === word.toLowerCase() && NAMES.some((n) => n.startsWith(word));
// "last Friday", "next week": the phrase says which one; a bare weekday does not.
const MODIFIED = /\b(?:last|next|this|coming|past)\b/i;
const AHEAD = new RegExp(`\\b(?:${rules.ahead.words.join('|')})\\b`, 'i');
const CLAUSE_BREAK = /[,;:—–]|\b(?:that|who|which)\b/gi;

/**
 * Whether the clause a phrase sits in looks ahead ("they will meet on Monday"): the words from the
 * clause's start to the phrase or, when the phrase opens it ("On Monday, they will meet"), the
 * next clause. "He said on Monday that he will resign" is the past Monday.
 */
function looksAhead(text: string, start: number, end: number): boolean {
  const breaks = [...text.matchAll(CLAUSE_BREAK)].map((m) => [m.index!, m.index! + m[0].length] as const);
  const from = breaks.filter(([, b]) => b <= start).at(-1)?.[1] ?? 0;
  let clause = text.slice(from, start);
  if (!/\p{L}/u.test(clause.replace(/\b(?:on|in|at|early|late|earlier|later)\b/gi, ''))) {
    const next = breaks.find(([a]) => a >= end);
    const after = breaks.find(([a]) => a > (next?.[1] ?? end))?.[0] ?? text.length;
    clause = text.slice(end, after);
  }
  return AHEAD.test(clause);
}

// A four-digit year after a preposition ("in 2015"), which the parser reads only beside a month.
const yearParser: Parser = {
  pattern: () => new RegExp(`\\b(?:${rules.yearPrepositions.words.join('|')})\\s+((?:1[89]|20)\\d{2})\\b(?![-–/]\\d|s\\b)`, 'i'),
  extract: (_context, match) => ({ year: Number(match[1]) }),
};
const PARSER = chrono.casual.clone();
PARSER.parsers.push(yearParser);

// Two reference days far apart: a date that is the same read against both does not depend on one.
const PLACEHOLDERS = [utcDay(2001, 1, 10), utcDay(2003, 7, 22)] as const;

/**
 * The date phrases of a text (a sentence) that date what it reports, in order. `reference` is the
 * day the text was published.
 */
export function datesIn(text: string, reference?: Day): DatePhrase[] {
  const found = read(text, reference ?? PLACEHOLDERS[0]);
  if (reference) return found;
  // Without a reference day, keep only the dates that do not depend on one.
  const again = new Map(read(text, PLACEHOLDERS[1]).map((p) => [p.start, p.date]));
  return found.map((p) => (p.date !== undefined && again.get(p.start) === p.date ? p : { start: p.start, end: p.end, text: p.text }));
}

function read(text: string, reference: Day): DatePhrase[] {
  const quoted = quotedRanges(text);
  const out: DatePhrase[] = [];
  for (const r of PARSER.parse(text, { instant: reference, timezone: 0 })) {
    const start = r.index;
    // "On Tuesday," : the phrase ends with its last word.
    const phrase = r.text.replace(/(?<![^\p{L}\p{N}])[^\p{L}\p{N}]+$/u, '');
    const end = start + phrase.length;
    if (quoted.some(([a, b]) => start >= a && end <= b) || !datesEvent(text, r)) continue;
    const date = isAmbiguousNumeric(r.text) ? undefined : resolve(r, reference, looksAhead(text, start, end));
    // A phrase chrono reads but cannot place even with a reference ("this week") is no date.
    if (date === undefined && !isAmbiguousNumeric(r.text)) continue;
    out.push({ start, end, text: phrase, ...(date ? { date } : {}) });
  }
  return out;
}

/** Whether a phrase chrono found dates the sentence's event (the rules in data/date-phrases.json). */
function datesEvent(text: string, r: ParsedResult): boolean {
  const c = r.start;
  // "now" is the present, not a day; "at 5pm" alone is a time.
  if (c.tags().has('casualReference/now')) return false;
  if (!(['year', 'month', 'day', 'weekday'] as const).some((k) => c.isCertain(k))) return false;
  const phraseWords = r.text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // Capitals are a name or a heading ("TODAY", the programme), and lower case "sat" or "march" no date.
  if (phraseWords.some(isLowerCaseName) || (/\p{L}{2}/u.test(r.text) && r.text === r.text.toUpperCase())) return false;
  const lower = phraseWords.map((w) => w.toLowerCase());
  const before = /([\p{L}]+)[^\p{L}\p{N}]*$/u.exec(text.slice(0, r.index))?.[1]?.toLowerCase() ?? '';
  if (BOUNDARIES.has(before) || BOUNDARIES.has(lower[0]!)) return false;
  const phrase = lower.join(' ');
  if (PERIOD_BEFORE.has(before) || PERIOD_OPENING.some((p) => phrase === p || phrase.startsWith(`${p} `))) return false;
  if (COUNTED_OPENING.has(lower[0]!) && c.tags().has('result/relativeDate')) return false;
  return !lower.some((w) => ANCHORED.has(w));
}

function resolve(r: ParsedResult, reference: Day, future: boolean): string | undefined {
  const c = r.start;
  if (c.isCertain('day') || c.isCertain('weekday')) {
    let day = utcDay(c.get('year')!, c.get('month')!, c.get('day')!);
    if (!c.isCertain('day') && !c.isCertain('month') && !MODIFIED.test(r.text)) {
      // A bare weekday is the nearest one; news writes of the past week unless the sentence
      // looks ahead ("said on Friday" is the last Friday, "will meet on Monday" the next).
      const ahead = Math.round((day.getTime() - reference.getTime()) / DAY_MS);
      if (ahead > 0 && !future) day = new Date(day.getTime() - 7 * DAY_MS);
      else if (ahead < 0 && future) day = new Date(day.getTime() + 7 * DAY_MS);
    }
    // "last week", "two weeks ago": the parser fixes a day but not its weekday.
    if (c.tags().has('result/relativeDate') && c.isCertain('day') && !c.isCertain('weekday')) return isoWeek(day);
    return isoDay(day);
  }
  if (c.isCertain('month')) return `${c.get('year')}-${pad(c.get('month')!)}`;
  if (c.isCertain('year')) return String(c.get('year'));
  return undefined;
}

/** Ranges of a text inside quotation marks: a date a speaker gives is the speaker's, not the report's. */
function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let open = -1;
  for (const m of text.matchAll(/[“”"]/g)) {
    const i = m.index!;
    if (m[0] === '“' || (m[0] === '"' && open < 0)) {
      if (open < 0) open = i;
    } else {
      // A closing mark with no opening one closes a quote begun before the text.
      ranges.push([open < 0 ? 0 : open, i + 1]);
      open = -1;
    }
  }
  if (open >= 0) ranges.push([open, text.length]);
  return ranges;
}

/**
 * The newest of some publication times, as ISO 8601: the time of a briefing's update. A value with
 * a time of day keeps it; one the parser reads only as a day becomes that day.
 */
export function newest(values: readonly (string | undefined)[]): string | undefined {
  let best: { at: number; iso: string } | undefined;
  for (const value of values) {
    const iso = isoOf(value);
    if (!iso) continue;
    const at = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
    if (!best || at > best.at) best = { at, iso };
  }
  return best?.iso;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

function isoOf(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (ISO_DATE_TIME.test(text) && !Number.isNaN(Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text))) return text;
  const day = referenceDay(text);
  return day && isoDay(day);
}
