// Whose words a line of a broadcast transcript is: "LOWELL: We will rebuild the pier." A speaker's
// name in capitals and a colon open each turn; the words after it carry no quote marks and no
// speech verb, yet they are that person's own words. TRANSCRIPT_RULES, tried in order, find the
// turn; TURN_STANCES keep only the lines that say where the speaker stands, and strongestTurns
// keeps a long interview's few lines the story repeats.
import type { Attribution, Context, Sentence } from '../../types.js';
import { isTitleWord, isVerbForm, readsAsPlural } from '../../lexicon.js';
import { stem } from '../../text/stem.js';
import { contentTerms, wordCount } from '../../text/tokens.js';
import { phrases } from '../../text/phrases.js';
import courtesy from '../../data/courtesy.json';
import stances from '../../data/turn-stances.json';
import { normKey, surname } from '../../name-compare.js';
import { support } from '../../support.js';
import { oncePerRun } from '../../per-run.js';

// A speaker label: up to four words in capitals (a title may open it: "SENATOR ANN LOWELL"), then
// perhaps a comma and what they are ("TOM MARSH, HOST"), then the colon and the words.
const LABEL = /^((?:\p{Lu}[\p{Lu}.'’-]*\s+){0,3}\p{Lu}[\p{Lu}'’-]+)(?:,\s+(\p{Lu}[\p{Lu}\s-]*))?:\s+(?=\S)/u;
// The show's host ("ANN LOWELL, HOST:") asks and links: no turn of theirs is a position.
const HOST_ROLES = new Set(stances.hostRoles);

/**
 * The one person of the story the label names: by their full name ("ANN LOWELL") or, after a title
 * at most, their surname ("PRESIDENT LOWELL", "LOWELL"); not a heading ("UPDATE:", "PHOTOS:"), a
 * body, nor a name the label only ends with.
 */
function labelledPerson(ctx: Context, label: string): number | undefined {
  const words = label.split(/\s+/);
  const named = words.slice(words.findIndex((w, i) => i === words.length - 1 || !isTitleWord(w)));
  const name = normKey(named.join(' '));
  const people = ctx.actors.filter((a) => a.type === 'person' && (normKey(a.name) === name || (named.length === 1 && surname(a.name) === name)));
  return people.length === 1 ? people[0].index : undefined;
}

const isHostRole = (role: string | undefined) => !!role && HOST_ROLES.has(role.trim().toLowerCase());

/** Questions a label's turns must ask, more than any other label's, to make its speaker the host. */
const HOST_QUESTIONS = 2;

/**
 * The people an article's labels name as the show's host, whose turns ask and link: the one a
 * label gives a host's role ("ANN LOWELL, HOST:"), and the one whose turns ask the most questions
 * (at least HOST_QUESTIONS, more than anyone else's) when the story names them. Their later turns
 * ("LOWELL: …") are the host's too.
 */
function hostsIn(ctx: Context, doc: number): Set<number> {
  const hosts = new Set<number>();
  const asked = new Map<string, number>();
  for (const line of ctx.docs[doc].text.split('\n')) {
    const m = LABEL.exec(line.trim());
    if (!m) continue;
    const host = isHostRole(m[2]) ? labelledPerson(ctx, m[1]) : undefined;
    if (host !== undefined) hosts.add(host);
    if (line.includes('?')) asked.set(m[1], (asked.get(m[1]) ?? 0) + 1);
  }
  const [most, next] = [...asked].sort((a, b) => b[1] - a[1]);
  const asker = most && most[1] >= HOST_QUESTIONS && (!next || most[1] > next[1]) ? labelledPerson(ctx, most[0]) : undefined;
  if (asker !== undefined) hosts.add(asker);
  return hosts;
}

// Kept for each run's context, as its actors decide who a label names: a document read again with
// other actors (a second build, a test) finds its hosts anew.
const hostsOf = oncePerRun(hostsIn);

/** The label that opens `at` in the sentence's document, with the person it names, unless that is the show's host. */
function labelAt(ctx: Context, s: Sentence, at: number): { actor: number; end: number } | undefined {
  const m = LABEL.exec(ctx.docs[s.doc].text.slice(at, s.end));
  const actor = m && !isHostRole(m[2]) ? labelledPerson(ctx, m[1]) : undefined;
  return actor === undefined || hostsOf(ctx, s.doc).has(actor) ? undefined : { actor, end: at + m![0].length };
}

/** Words a turn needs to stand as a claim, as a quote does. */
const MIN_TURN_WORDS = 4;
/** Content words a turn needs to say what it is about, contractions aside: a bare answer ("No-- well-- I wouldn't.") says nothing alone. */
const MIN_TURN_TERMS = 2;
// Words of courtesy (data/courtesy.json, which the summary reads too): a turn of nothing else
// ("Great to be here.", "Thank you so much.") states nothing.
const COURTESY = new Set(courtesy.words.map(stem));

const VIEW = new RegExp(String.raw`\b(?:I|we)(?:\s+(?:${phrases(stances.qualifiers)})){0,2}\s+(?:${phrases(stances.views)})\b`, 'iu');
const FEELING = new RegExp(String.raw`\b(?:I'm|I\s+am|we're|we\s+are)(?:\s+(?:${phrases(stances.degrees)})){0,2}\s+(?:${phrases(stances.feelings)})\b`, 'iu');
const OBLIGATION = new RegExp(String.raw`\b(?:${phrases(stances.obligations)})\b`, 'iu');
// The word after a future: a restart ("We'll-- well") or a place ("going to the fair", "going to
// concerts") is no deed.
const FUTURE = new RegExp(String.raw`(?:\b(?:${phrases(stances.futures.filter((f) => /^\p{L}/u.test(f)))})|(?:${phrases(stances.futures.filter((f) => !/^\p{L}/u.test(f)))}))\s+(\p{L}+)`, 'giu');
const PLACE_OPENERS = new Set(stances.placeOpeners);
const isDeed = (word: string) => !PLACE_OPENERS.has(word.toLowerCase()) && (isVerbForm(word) || !readsAsPlural(word));
const AMOUNT = new RegExp(String.raw`\$\s?\d|\d\s*%|\d\s+(?:${phrases(stances.amounts)})\b`, 'iu');

/**
 * What makes a turn's words a stance of its speaker, not small talk (data/turn-stances.json): a
 * long interview is mostly talk, and a turn counts when one row finds where the speaker stands.
 */
export const TURN_STANCES: readonly { name: string; match: (words: string) => boolean }[] = [
  // "I don't think the pier will hold", "we strongly oppose the toll".
  { name: 'own-view', match: (w) => VIEW.test(w) },
  // "I'm not sure the council agrees", "we're glad the boats are back".
  { name: 'own-feeling', match: (w) => FEELING.test(w) },
  // "The council has to find the money", "they should keep the line open".
  { name: 'what-must-be-done', match: (w) => OBLIGATION.test(w) },
  // "We're going to rebuild it", "they won't close it": a future before a verb.
  { name: 'what-will-be-done', match: (w) => [...w.matchAll(FUTURE)].some((m) => isDeed(m[1])) },
  // "The pier didn't fall by itself", "nobody asked us": a fact denied.
  { name: 'a-denial', match: (w) => /\b(?:not|never|nobody|no\s+one)\b|n't\b/iu.test(w) },
  // "The toll went up 40 percent", "it cost $2 million".
  { name: 'an-amount', match: (w) => AMOUNT.test(w) },
];

/** The name of the first stance row a turn's words meet (curly apostrophes read as straight). */
export function turnStance(words: string): string | undefined {
  const plain = words.replace(/’/g, "'");
  return TURN_STANCES.find((row) => row.match(plain))?.name;
}

// A line the speaker broke off or that goes on from one broken off ("The council-- because-- the boats--",
// "--and we were there."): nothing whole is stated.
// Each run of spaces around the quote mark is read once (two side by side split it every way).
const INTERRUPTED = /^(?:\s*["“])?\s*(?:--|—|–)|(?:--|—|–)(?:\s*["”])?\s*$/u;

/** Whether a turn's words state where the speaker stands: enough words, not a question asked ("LOWELL: Will the pier reopen?"), not courtesy alone, not broken off, and a stance row met. */
function statesSomething(words: string): boolean {
  const terms = contentTerms(words);
  return (
    wordCount(words) >= MIN_TURN_WORDS &&
    !/\?["”’]?\s*$/u.test(words) &&
    !terms.every((t) => COURTESY.has(t)) &&
    !INTERRUPTED.test(words) &&
    terms.filter((t) => !/['’]/u.test(t)).length >= MIN_TURN_TERMS &&
    turnStance(words) !== undefined
  );
}

/** The first sentence of the sentence's paragraph (sentences stand in document order). */
function firstOfParagraph(ctx: Context, s: Sentence): Sentence {
  let i = s.index;
  while (i > 0 && ctx.sentences[i - 1].doc === s.doc && ctx.sentences[i - 1].paragraph === s.paragraph) i--;
  return ctx.sentences[i];
}

interface Turn {
  actor: number;
  /** Document offsets of the words said. */
  start: number;
  end: number;
}

/** The words of a sentence and whose they are, when a transcript's speaker label decides it. */
export const TRANSCRIPT_RULES: readonly { name: string; find: (ctx: Context, s: Sentence) => Turn | undefined }[] = [
  // "LOWELL: We will rebuild the pier.": the words after the label.
  {
    name: 'speaker-label-opens-sentence',
    find: (ctx, s) => {
      const label = labelAt(ctx, s, s.start);
      return label && label.end < s.end ? { actor: label.actor, start: label.end, end: s.end } : undefined;
    },
  },
  // "LOWELL: We will rebuild the pier. It will take a year.": the turn goes on to the end of the
  // paragraph the label opens.
  {
    name: 'speaker-label-opens-paragraph',
    find: (ctx, s) => {
      const first = firstOfParagraph(ctx, s);
      const label = first !== s ? labelAt(ctx, first, first.start) : undefined;
      return label ? { actor: label.actor, start: s.start, end: s.end } : undefined;
    },
  },
];

/** Whose words the sentence is in a transcript, and which of them, when they state something; `trace` gets the rule's name. */
export function transcriptTurn(ctx: Context, s: Sentence, trace?: string[]): Turn | undefined {
  for (const rule of TRANSCRIPT_RULES) {
    const turn = rule.find(ctx, s);
    if (!turn) continue;
    trace?.push(rule.name);
    return statesSomething(ctx.docs[s.doc].text.slice(turn.start, turn.end)) ? turn : undefined;
  }
  return undefined;
}

/**
 * Turns a speaker may hold in one article: an interview of an hour gives dozens of stances, while
 * a briefing's most-quoted actor holds at most ten positions in three briefings of four.
 */
const MAX_TURNS = 10;

/** For each sentence, the share of its terms that another article of the cluster writes. */
function termsWrittenElsewhere(ctx: Context): number[] {
  const docsOf = new Map<string, Set<number>>();
  for (const s of ctx.sentences) if (!s.noise) for (const t of s.terms) (docsOf.get(t) ?? docsOf.set(t, new Set()).get(t)!).add(s.doc);
  return ctx.sentences.map((s) => s.terms.filter((t) => [...(docsOf.get(t) ?? [])].some((d) => d !== s.doc)).length / Math.max(1, s.terms.length));
}

/**
 * The attributions with, for each speaker's turns in an article, only the MAX_TURNS the other
 * articles repeat most: the soundbites others report are what the story took from the interview.
 * A turn weighs the share of its word pairs another article writes (support.ts) times
 * the share of its content words another article writes, as pairs of function words alone ("has
 * to be") fill a short line; a line another article copies weighs most; earlier first on a tie.
 */
export function strongestTurns(ctx: Context, attributions: Attribution[]): Attribution[] {
  const bySpeaker = new Map<string, Attribution[]>();
  for (const a of attributions) {
    if (!a.turn) continue;
    const key = `${ctx.sentences[a.sentence].doc} ${a.actor}`;
    (bySpeaker.get(key) ?? bySpeaker.set(key, []).get(key)!).push(a);
  }
  const over = [...bySpeaker.values()].filter((turns) => turns.length > MAX_TURNS);
  if (!over.length) return attributions;
  const phrases = support(ctx);
  const matter = termsWrittenElsewhere(ctx);
  // A line another article repeats word for word (its copy is set aside as a duplicate) weighs most.
  const copied = new Set(ctx.sentences.flatMap((s) => (s.copyOf === undefined ? [] : [s.copyOf])));
  const weight = (a: Attribution) => (copied.has(a.sentence) ? 1 : phrases[a.sentence] * matter[a.sentence]);
  const dropped = new Set(over.flatMap((turns) => [...turns].sort((a, b) => weight(b) - weight(a) || a.sentence - b.sentence).slice(MAX_TURNS)));
  return attributions.filter((a) => !dropped.has(a));
}
