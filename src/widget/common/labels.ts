/**
 * Every string the widget shows, per language, picked by the element's `lang` (or its nearest
 * ancestor's) by primary subtag, so `fr-CA` reads `fr`. English is built in; every other language
 * is one JSON object in labels/ with the same keys (tests/widget-node/labels.test.ts lists any
 * missing), copied next to the embed by the build and fetched from there the first time a page
 * asks for it: a page in one language pays for no other. Content (the briefing's own text) has its
 * own language, the briefing's `language`: labels never decide how content is voiced.
 */
const en = {
  loading: 'Loading briefing…',
  fetchFailed: 'This briefing could not be loaded.',
  unreadable: 'This briefing could not be read.',
  storySoFar: 'The story so far',
  skip: 'Skip briefing',
  generated: 'Generated automatically from',
  article: ['article', 'articles'],
  reviewed: 'Reviewed by the editors',
  // Dates as "12 April 2017".
  dateLocale: 'en-GB',
  source: ['source', 'sources'],
  sourceLabel: ['Source:', 'Sources:'],
  position: ['position', 'positions'],
  untitled: 'Article',
  empty: 'This briefing has no content yet.',
  summary: 'Summary',
  keyPoints: 'Key points',
  actors: 'Actors',
  person: 'Person',
  organization: 'Organization',
  country: 'Country',
  group: 'Group',
  positions: 'Positions',
  filtered: ['Showing ', '’s positions'],
  showAll: 'Show all',
  direct: 'Stated',
  reported: 'Reported',
  evidence: 'Evidence',
  questions: 'Questions',
  open: 'Open questions',
  answered: 'Answered',
  answer: 'Answer:',
  involves: 'Involves:',
  disputed: 'Disputed',
  unresolved: 'Unresolved',
  upcoming: 'Upcoming',
  more: 'Show more',
  timeline: 'Timeline',
  weekOf: 'Week of',
  updated: 'Updated',
  new: 'New',
  newSinceVisit: ['new since your last visit', 'new since your last visit'],
};

export type Labels = { [K in keyof typeof en]: (typeof en)[K] extends string ? string : [string, string] };

export const english = en as Labels;

/** The languages with labels besides English (a file each in labels/). */
export const LANGUAGES = ['fr', 'de', 'es', 'it', 'pt', 'ar'];

const loaded: Record<string, Labels> = { en: en as Labels };
const pending: Record<string, Promise<void>> = {};

/**
 * Where the packs are: beside the embed (read while the classic script runs, when it is
 * `document.currentScript`), else beside this module (the ES module build and the sources).
 */
export const base = (typeof document !== 'undefined' && (document.currentScript as HTMLScriptElement | null)?.src) || import.meta.url;

/** The language whose labels are used for a `lang` value: its primary subtag if there are labels for it, else `en`. */
export function languageOf(lang: string | null | undefined): string {
  const primary = (lang ?? '').toLowerCase().split('-')[0]!;
  return LANGUAGES.includes(primary) ? primary : 'en';
}

/** `rtl` for a language written right to left (of those above, Arabic). */
export const directionOf = (lang: string): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');

/**
 * The labels for a language, or `undefined` while its pack is on its way (`then` runs once it is
 * there). A pack that cannot be had leaves English in its place.
 */
export function labelsFor(lang: string, then: () => void): Labels | undefined {
  if (loaded[lang]) return loaded[lang];
  // A classic script imported as a module has no URL of its own: the page's stands in (and English, if nothing is there).
  (pending[lang] ??= fetch(new URL(`labels/${lang}.json`, base || document.baseURI))
    .then((r) => (r.ok ? r.json() : Promise.reject()))
    .then((pack: Labels) => void (loaded[lang] = { ...(en as Labels), ...pack }))
    .catch(() => void (loaded[lang] = en as Labels))).then(then);
  return undefined;
}

/**
 * Labels a caller already has (the server renderer reads every pack from disk), so that a
 * language renders at once instead of after a fetch no server could make.
 */
export function provideLabels(lang: string, pack: Partial<Labels>): void {
  loaded[lang] = { ...(en as Labels), ...pack };
}

/** The label of an enumeration value (actor type, question kind); unknown values are shown as-is. */
export const label = (labels: Labels, value: string): string =>
  Object.hasOwn(labels, value) ? String(labels[value as keyof Labels]) : value;

/** "1 source", "3 sources": the plural rule of the labels' language (French: "0 source"). */
export const count = (lang: string, n: number, [one, many]: [string, string]): string =>
  `${n} ${new Intl.PluralRules(lang).select(n) === 'one' ? one : many}`;
