/**
 * Every string the widget shows, per language. English is built in; other languages are picked
 * by the element's `lang` (or its nearest ancestor's), by primary subtag, so `fr-CA` reads `fr`.
 * To add a language, add one object with the same keys: the type checker lists any missing one.
 */
const en = {
  loading: 'Loading briefing…',
  fetchFailed: 'This briefing could not be loaded.',
  unreadable: 'This briefing could not be read.',
  briefing: 'Story briefing',
  generated: 'Generated automatically from',
  article: ['article', 'articles'],
  reviewed: 'Reviewed by the editors',
  // Dates as "12 April 2017".
  dateLocale: 'en-GB',
  source: ['source', 'sources'],
  sourcesLabel: ['Source:', 'Sources:'],
  empty: 'This briefing has no content yet.',
  summary: 'Summary',
  keyPoints: 'Key points',
  noSummary: 'No summary yet.',
  actors: 'Actors',
  noActors: 'No actors identified.',
  role: 'Role',
  type: 'Type',
  mentionedIn: 'Mentioned in',
  person: 'Person',
  organization: 'Organization',
  country: 'Country',
  group: 'Group',
  positions: 'Positions',
  noPositions: 'No positions recorded.',
  direct: 'Stated',
  reported: 'Reported',
  corroborated: 'Corroborated by',
  evidence: 'Evidence',
  questions: 'Questions',
  open: 'Open questions',
  answered: 'Answered',
  answer: 'Answer:',
  involves: 'Involves:',
  noQuestions: 'No open questions.',
  disputed: 'Disputed',
  unresolved: 'Unresolved',
  upcoming: 'Upcoming',
  more: 'Show more',
  timeline: 'Timeline',
  noTimeline: 'No dated events.',
  weekOf: 'Week of',
  updated: 'Updated',
  new: 'New',
  newSinceVisit: ['new since your last visit', 'new since your last visit'],
};

export type Labels = { [K in keyof typeof en]: (typeof en)[K] extends string ? string : [string, string] };

const fr: Labels = {
  loading: 'Chargement…',
  fetchFailed: 'Cette synthèse n’a pas pu être chargée.',
  unreadable: 'Cette synthèse est illisible.',
  briefing: 'Synthèse',
  generated: 'Généré automatiquement d’après',
  article: ['article', 'articles'],
  reviewed: 'Relu par la rédaction',
  dateLocale: 'fr',
  source: ['source', 'sources'],
  sourcesLabel: ['Source :', 'Sources :'],
  empty: 'Cette synthèse est encore vide.',
  summary: 'Résumé',
  keyPoints: 'Points clés',
  noSummary: 'Pas encore de résumé.',
  actors: 'Acteurs',
  noActors: 'Aucun acteur identifié.',
  role: 'Rôle',
  type: 'Type',
  mentionedIn: 'Cité dans',
  person: 'Personne',
  organization: 'Organisation',
  country: 'Pays',
  group: 'Groupe',
  positions: 'Positions',
  noPositions: 'Aucune position relevée.',
  direct: 'Déclaré',
  reported: 'Rapporté',
  corroborated: 'Corroboré par',
  evidence: 'Extraits',
  questions: 'Questions',
  open: 'Questions ouvertes',
  answered: 'Résolue',
  answer: 'Réponse :',
  involves: 'Acteurs :',
  noQuestions: 'Aucune question ouverte.',
  disputed: 'Contestée',
  unresolved: 'Non résolue',
  upcoming: 'À venir',
  more: 'Afficher plus',
  timeline: 'Chronologie',
  noTimeline: 'Aucun événement daté.',
  weekOf: 'Semaine du',
  updated: 'Mis à jour',
  new: 'Nouveau',
  newSinceVisit: ['nouveauté depuis votre dernière visite', 'nouveautés depuis votre dernière visite'],
};

const languages: Record<string, Labels> = { en: en as Labels, fr };

/** The language whose labels are used for a `lang` value: its primary subtag if bundled, else `en`. */
export function languageOf(lang: string | null | undefined): string {
  const primary = (lang ?? '').toLowerCase().split('-')[0]!;
  return Object.hasOwn(languages, primary) ? primary : 'en';
}

export const labelsFor = (lang: string | null | undefined): Labels => languages[languageOf(lang)]!;

/** The label of an enumeration value (actor type, question kind); unknown values are shown as-is. */
export const label = (labels: Labels, value: string): string =>
  Object.hasOwn(labels, value) ? String(labels[value as keyof Labels]) : value;

/** "1 source", "3 sources": the plural rule of the labels' language (French: "0 source"). */
export const count = (lang: string, n: number, [one, many]: [string, string]): string =>
  `${n} ${new Intl.PluralRules(lang).select(n) === 'one' ? one : many}`;
