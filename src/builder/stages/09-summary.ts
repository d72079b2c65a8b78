// Chooses the summary and key points. A human summary holds, roughly, the words its cluster
// repeats, in proportion; the stage estimates that word profile and adds sentences greedily by how
// much of it each one covers per word read (a sentence that runs on from the one before it is
// weighed together with that one), favouring ledes, phrases other sources repeat and quotes, and
// never showing two sentences that say the same. It stops when the next sentence
// would cover less than it costs, then puts the sentences in reading order: the lede the articles
// agree on first, the facts before the reactions, each in source order.
import type { Context, Sentence } from '../types.js';
import { PERSONAL } from '../text/grammar.js';
import { cosine, counts } from '../text/similarity.js';
import { inflectionStem, stem } from '../text/stem.js';
import { contentTerms, plainWords, wordCount } from '../text/tokens.js';
import { namedRules } from '../text/phrases.js';
import { pageVoiceRule } from '../text/page-voice.js';
import { SPEECH_VERB_ALTERNATION } from '../lexicon.js';
import { support } from '../support.js';
import connectives from '../data/connectives.json';
import dates from '../data/dates.json';
import courtesy from '../data/courtesy.json';
import narrativeOpenings from '../data/narrative-openings.json';

// Measured on the Multi-News validation clusters at 300 words (R1/R2).
const LEAD = 0.5;
/** Sentences this far into their article get half the lead bonus. */
const LEAD_HALF = 8;
const SUPPORT = 0.4;
/**
 * The length of the human summary the next sentence is judged against: the Multi-News references
 * average 228 words. A longer budget stands for a longer summary, filled to the share of the
 * benchmark's 300-word budget that those references fill.
 */
const REFERENCE_WORDS = 230;
const REFERENCE_SHARE = 0.77;
/**
 * …for a cluster of the average size in words. A longer cluster has more to tell, and its human
 * summary runs longer: as the cluster's word count to this power (the Multi-News references'
 * length correlates 0.43 with the log of their cluster's; measured on the even-indexed
 * validation clusters).
 */
const CLUSTER_WORDS = 1500;
const CLUSTER_LENGTH = 0.25;
/**
 * How much the opening sentence's length counts (its value times length to this power), when
 * no article's lede may open the text.
 */
const OPENING_LENGTH = 0.25;
/** The sentences of an article that may open a summary: its lede and the two after it. */
const LEDE = 3;
/**
 * What one sentence further into its article costs a lede, in agreement with another article's
 * ledes (cosine): the earlier of two ledes that agree about as much opens.
 */
const LEDE_DEPTH_COST = 0.05;
const MIN_WORDS = 8;
const MAX_WORDS = 80;
const KEY_POINTS = 5;
/**
 * A sentence that quotes someone gives the story's voices; the human-written Multi-News summaries
 * quote them too.
 */
const QUOTED = 0.2;
const MAX_CANDIDATES = 400;
/** Two sentences sharing this much of their content words (cosine) say the same thing: only one is shown. */
const DUPLICATE = 0.5;
// A pronoun needs the sentence before it ("He said …", "That title goes to …", "Speaking after
// the talks, he said …"); a connective, the argument it continues.
const PRONOUN = /^(?:he|she|it|they|this|that|these|those|his|her|their|its)\b|^[^"“”,]{0,150},\s+(?:he|she|they)\s/iu;
// "So-called …" continues nothing.
const CONNECTIVE = new RegExp(`^(?:${connectives.words.join('|')})\\b(?!-)`, 'iu');
const QUOTE_START = /^["“”'‘’]/u;
// A quote that closes and says whose it is: “…,” the minister said. Anything else that opens
// with a quotation mark continues what the sentence before it said, and follows it.
const ATTRIBUTED_QUOTE = new RegExp(`["”’],?\\s+[^"“”]{0,80}?\\b(?:${SPEECH_VERB_ALTERNATION})\\b`, 'u');
// …unless it names the speaker with a pronoun only (“…,” he said): who "he" is, the sentence
// before it tells.
const PRONOUN_SPEAKER = new RegExp(`["”’],?\\s+(?:he|she|they)\\s+(?:${SPEECH_VERB_ALTERNATION})\\b`, 'iu');
const LOWER_START = /^\p{Ll}/u;
// Ends as a statement does: not a question, not a colon introducing what follows, not a line cut off.
const COMPLETE = /[.!…]["”’')\]]*$/u;
const QUOTE = /["“”]/u;
// The writer's own voice outside any quote ("Our condolences are offered…", "Here's what you need
// to know", "Please keep …") would read as the briefing's: a summary reports, it does not address.
// A sentence that quotes someone is judged on its words outside the quotes; one whose quotation
// marks do not pair up continues or ends a quote, and is given the benefit of the doubt.
const QUOTED_SPAN = /["“][^"“”]*["”]/gu;
const outsideQuotes = (text: string) => ((text.match(/["“”]/gu)?.length ?? 0) % 2 ? '' : text.replace(QUOTED_SPAN, ' '));
// A sentence that exclaims in its own voice, outside any quote ("… and she is only getting
// started!"), is the writer's cheer, not a report; a name that ends on the mark ("told E!") is no
// exclamation.
const EXCLAIMS = /\p{Ll}{2}!\s*$/u;
const writersVoice = (text: string) => {
  const own = outsideQuotes(text);
  return PERSONAL.test(own) || /^Please\b/u.test(text) || EXCLAIMS.test(own);
};

// A sentence that comes after one it does not repeat ("Hours later, …", "Finally, …"): the named
// rules of data/narrative-openings.json.
/** The name of the narrative-opening rule a sentence meets, if any. */
export const narrativeOpeningRule = namedRules(narrativeOpenings.rules);
// The rows' "{end}" is backReferenceEnd (how a noun ends its phrase), written once so that a verb
// added there is added for every row.
const BACK_REFERENCES = Object.fromEntries(Object.entries(narrativeOpenings.backReferences).map(([name, pattern]) => [name, pattern.replace('{end}', () => narrativeOpenings.backReferenceEnd)]));
/**
 * The name of the back-reference rule a sentence meets, if any ("The actress …", "The move …",
 * "Both …"): the rows of data/narrative-openings.json's backReferences, read case-sensitively.
 */
export const backReferenceRule = namedRules(BACK_REFERENCES, 'u');

const COURTESY = new Set(courtesy.words.map(stem));
const ATTRIBUTION_WORDS = 8;
const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_VERB_ALTERNATION})\\b`, 'iu');
/**
 * A sentence that reports a quote of nothing but courtesy ("“Your visit is very timely,” Lavrov
 * told Tillerson"), or is one (“We ask that you keep her loved ones in your thoughts and prayers.”):
 * a pleasantry or a condolence, not news.
 */
export function pleasantry(text: string): boolean {
  const quotes = [...text.matchAll(QUOTED_SPAN)].map((m) => m[0]);
  // Quotation marks that pair up, and nothing outside them.
  const onlyQuotes = !((text.match(/["“”]/gu)?.length ?? 0) % 2) && !wordCount(text.replace(QUOTED_SPAN, ' '));
  const rest = outsideQuotes(text);
  // Only what a quote says: its words outside are who said it, to whom and when.
  if (!quotes.length || (!onlyQuotes && (wordCount(rest) > ATTRIBUTION_WORDS || !SPEECH_VERB.test(rest)))) return false;
  return quotes.every((q) => contentTerms(q).every((t) => COURTESY.has(t)));
}

/** Article text that states something whole: neither a fragment nor a run-on. */
export function statement(s: Sentence): boolean {
  const words = wordCount(s.text);
  return !s.noise && words >= MIN_WORDS && words <= MAX_WORDS && COMPLETE.test(s.text);
}

/** Whether a sentence may stand in a summary. */
export function readable(s: Sentence): boolean {
  return statement(s) && !LOWER_START.test(s.text) && !writersVoice(s.text) && !pageVoiceRule(s.text) && !narrativeOpeningRule(s.text) && !pleasantry(s.text);
}

/**
 * A sentence opening with a pronoun, a connective ("But …", "However, …"), or a quote whose
 * speaker it does not name, is shown only right after the sentence it continues; `attributed`
 * when the builder found its speaker.
 */
export const needsPrevious = (s: Sentence, attributed = false) =>
  PRONOUN.test(s.text) ||
  CONNECTIVE.test(s.text) ||
  (QUOTE_START.test(s.text) && (PRONOUN_SPEAKER.test(s.text) || (!attributed && !ATTRIBUTED_QUOTE.test(s.text))));

/**
 * An opening a summary line does without: the sentence shown from the word after it is still the
 * article's own text, and the words saved go to another fact. Each row is named for what it cuts
 * (tests/builder/summary.test.ts has a row of the same name); a cut holds only when what is left
 * opens with a capital (a name, not "the agency said …") and still states something whole. Cutting
 * a connective ("But …"), a source named first ("According to …, "), a date or a clock time, a
 * fronted phrase, or a trailing attribution (", police said.") was measured too and cost ROUGE
 * on one half of the validation clusters or the other.
 */
const DAY = dates.weekdays.join('|');
const TRIMS: { name: string; opening: RegExp }[] = [
  // "On Tuesday, …", "Late Wednesday night, …", "Yesterday …": a day counted from the article's
  // own date, which a briefing read later cannot place.
  {
    name: 'a day named alone',
    opening: new RegExp(`^(?:(?:on|early|late|earlier|later)\\s+)?(?:${DAY}|today|yesterday|tonight|(?:this|last|next)\\s+(?:${DAY}|week|weekend|month|year))(?:\\s+(?:night|morning|afternoon|evening))?,?\\s+`, 'iu'),
  },
];
const CAPITAL_START = /^\p{Lu}/u;

/** Where a summary shows a sentence from: past the openings it does without, or 0. */
export function shownFrom(text: string): number {
  let at = 0;
  let from = 0;
  for (let step = 0; step < TRIMS.length; step++) {
    const cut = TRIMS.map((t) => t.opening.exec(text.slice(at))?.[0].length ?? 0).find((n) => n > 0);
    if (!cut) break;
    at += cut;
    const rest = text.slice(at);
    if (CAPITAL_START.test(rest) && wordCount(rest) >= MIN_WORDS) from = at;
  }
  return from;
}

/** The name of the trim row that cuts a sentence's opening, if any. */
export const trimRule = (text: string) => (shownFrom(text) ? TRIMS.find((t) => t.opening.test(text))?.name : undefined);

/** Every word, function words too, without its inflection, as the measure a summary is judged by reads them. */
const wordsOf = (text: string) => plainWords(text).map(inflectionStem);

/**
 * How often each word is expected in a human summary `length` words long: the cluster's own word
 * frequencies, weighed by the share of sources that use the word (what several sources write is
 * the story, what one writes is its angle), scaled to that length.
 */
export function expectedWords(ctx: Pick<Context, 'sentences'>, words: string[][], length: number): Map<string, number> {
  const frequency = new Map<string, number>();
  const docsOf = new Map<string, Set<number>>();
  const docs = new Set<number>();
  ctx.sentences.forEach((s, i) => {
    if (s.noise) return;
    docs.add(s.doc);
    for (const w of words[i]) {
      frequency.set(w, (frequency.get(w) ?? 0) + 1);
      (docsOf.get(w) ?? docsOf.set(w, new Set()).get(w)!).add(s.doc);
    }
  });
  const weight = new Map<string, number>();
  let total = 0;
  for (const [w, f] of frequency) {
    const x = (f * docsOf.get(w)!.size) / docs.size;
    weight.set(w, x);
    total += x;
  }
  for (const [w, x] of weight) weight.set(w, (x / total) * length);
  return weight;
}

/**
 * Each sentence's position among its article's own sentences: a lede under five lines of page
 * furniture is still the lede.
 */
function ownPositions(ctx: Pick<Context, 'sentences'>): number[] {
  const seen = new Map<number, number>();
  return ctx.sentences.map((s) => {
    if (s.noise) return 0;
    const k = seen.get(s.doc) ?? 0;
    seen.set(s.doc, k + 1);
    return k;
  });
}

/**
 * The sentence that opens the summary: of the articles' ledes (each one's first sentences), the
 * one whose content words the other articles' ledes share most, the earlier one when two are
 * about as shared. What several reporters put first is what happened; a lede no other article
 * echoes is an angle ("No cause of death has been given yet.", "Unlike the Daily Courier,
 * there is no 40-photo gallery.") or a feature's scene-setting. A single article opens with its
 * own first sentence that may. -1 when no lede may open.
 */
export function consensusLede(ctx: Pick<Context, 'sentences'>, position: number[], mayOpen: (i: number) => boolean): number {
  const ledes = new Map<number, Map<string, number>>();
  ctx.sentences.forEach((s, i) => {
    if (s.noise || position[i] >= LEDE) return;
    const bag = ledes.get(s.doc) ?? ledes.set(s.doc, new Map()).get(s.doc)!;
    for (const t of s.terms) bag.set(t, (bag.get(t) ?? 0) + 1);
  });
  let best = -1;
  let bestScore = -Infinity;
  ctx.sentences.forEach((s, i) => {
    if (position[i] >= LEDE || !mayOpen(i)) return;
    const own = counts(s.terms);
    let score = -LEDE_DEPTH_COST * position[i];
    for (const [doc, bag] of ledes) if (doc !== s.doc) score += cosine(own, bag);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

/**
 * A lede that names its subject as told before ("The actress …", "The move …") opens with the
 * sentence it leans on, which says who or what: that one opens, and the lede follows it (as a
 * pronoun's sentence follows its own). When that one may not open, the lede the articles agree on
 * most among those that name their subject opens instead. `follows` is marked for the lede.
 */
export function openingLede(ctx: Pick<Context, 'sentences'>, position: number[], mayOpen: (i: number) => boolean, follows: boolean[]): number {
  const lede = consensusLede(ctx, position, mayOpen);
  if (lede < 0 || !backReferenceRule(ctx.sentences[lede].text)) return lede;
  const before = lede - 1;
  if (before >= 0 && ctx.sentences[before].doc === ctx.sentences[lede].doc && mayOpen(before)) {
    follows[lede] = true;
    return before;
  }
  return consensusLede(ctx, position, (i) => mayOpen(i) && !backReferenceRule(ctx.sentences[i].text));
}

/** What makes a sentence worth reading first, whatever words it covers. */
function priors(ctx: Context, position: number[]): number[] {
  const shared = support(ctx);
  return ctx.sentences.map((s, i) => LEAD / (1 + position[i] / LEAD_HALF) + SUPPORT * shared[i] + (QUOTE.test(s.text) ? QUOTED : 0));
}

interface Selection {
  /** Sentences that may be chosen. */
  allowed: (i: number) => boolean;
  budget: number;
  maxItems: number;
  /** Words already covered by what the reader sees anyway. */
  covered?: Map<string, number>;
  /** Words in the reference the expected words stand for. */
  reference: number;
  /**
   * Which sentences may open the text. The opening is also weighed by its length: a lede that
   * says who did what, where, in one long sentence opens better than a short quote.
   */
  opening?: (i: number) => boolean;
  /** Stop once a sentence would cover less of the expected words than its length costs. */
  stopEarly: boolean;
  /** What of each sentence a reader sees, when not all of it. */
  shown?: readonly string[];
}

/**
 * What the greedy choice weighs: one sentence, or a sentence that runs on from the one before it
 * (a pronoun, a quote whose speaker that one names) together with that one. Alone, such a sentence
 * waits until the one before it is chosen on its own merit; as a pair, what the two say together
 * is weighed at once, and a reader gets the sentence with what it refers back to.
 */
export function selectionUnits(sentences: readonly Pick<Sentence, 'doc'>[], allowed: (i: number) => boolean, follows: readonly boolean[]): number[][] {
  const singles = sentences.map((_, i) => i).filter(allowed);
  const pairs = singles
    .filter((i) => follows[i] && i > 0 && sentences[i - 1].doc === sentences[i].doc && allowed(i - 1) && !follows[i - 1])
    .map((i) => [i - 1, i]);
  return [...singles.map((i) => [i]), ...pairs];
}

/**
 * Greedy choice by the expected words each unit (a sentence, or a pair of sentences) covers that
 * the ones chosen before it do not, per word read, plus its prior. Coverage of a word counts up to
 * its expected frequency only, so the summary moves on to other facts instead of repeating the
 * main one.
 */
function select(ctx: Context, words: string[][], expected: Map<string, number>, prior: number[], follows: boolean[], options: Selection): number[] {
  const { sentences } = ctx;
  const covered = new Map(options.covered);
  const units = selectionUnits(sentences, options.allowed, follows);
  const memo = <T>(make: (u: number) => T) => {
    const cache = new Map<number, T>();
    return (u: number) => cache.get(u) ?? cache.set(u, make(u)).get(u)!;
  };
  const bag = memo((u) => counts(units[u].flatMap((i) => words[i])));
  const terms = memo((i) => counts(sentences[i].terms));
  const length = memo((u) => units[u].reduce((n, i) => n + wordCount(options.shown?.[i] ?? sentences[i].text), 0));
  const read = memo((u) => units[u].reduce((n, i) => n + words[i].length, 0));
  const unitPrior = memo((u) => units[u].reduce((n, i) => n + prior[i], 0) / units[u].length);
  const gain = (u: number) => {
    let g = 0;
    for (const [w, n] of bag(u)) {
      const want = expected.get(w) ?? 0;
      const have = covered.get(w) ?? 0;
      g += Math.min(have + n, want) - Math.min(have, want);
    }
    return g;
  };
  const value = (u: number, g: number) => g / Math.max(1, read(u)) + unitPrior(u);
  // Each candidate's value when last computed. Coverage only grows, so a value never rises: the
  // loop recomputes candidates from the best down and stops at the first whose last value cannot
  // beat the best fresh one. For the same reason only the most promising units are candidates
  // at all, and the loop stays linear in the cluster's size.
  const last = new Map<number, number>();
  let candidates = units
    .map((_, u) => (last.set(u, value(u, gain(u))), u))
    .sort((a, b) => last.get(b)! - last.get(a)! || a - b)
    .slice(0, MAX_CANDIDATES);
  const redundancy = new Map(candidates.map((u) => [u, 0]));
  const chosen: number[] = [];
  let shown = 0;
  let overlap = 0;
  let readSoFar = 0;
  while (chosen.length < options.maxItems) {
    // The budget is a maximum, never cut into a sentence (the first choice is always taken).
    candidates = candidates
      .filter((u) => redundancy.get(u)! < DUPLICATE && (!chosen.length || shown + length(u) <= options.budget))
      .sort((a, b) => last.get(b)! - last.get(a)! || a - b);
    const taken = new Set(chosen);
    const opening = !chosen.length && options.opening;
    let best = -1;
    let bestValue = -Infinity;
    let bestGain = 0;
    for (const u of candidates) {
      if (!opening && last.get(u)! <= bestValue) break;
      const [first] = units[u];
      // A sentence alone that runs on from the one before it, only right after that one.
      if (units[u].length === 1 && follows[first] && !(taken.has(first - 1) && sentences[first - 1].doc === sentences[first].doc)) continue;
      if (opening && !opening(first)) continue;
      const g = gain(u);
      last.set(u, value(u, g));
      const v = opening ? last.get(u)! * Math.pow(read(u), OPENING_LENGTH) : last.get(u)!;
      if (v > bestValue) [best, bestValue, bestGain] = [u, v, g];
    }
    // Nothing may open the text (every sentence quotes, or runs on from one before): the best
    // unit opens it anyway; a cluster always gets a summary.
    if (best < 0 && !chosen.length && candidates.length) [best, bestGain] = [candidates[0], gain(candidates[0])];
    if (best < 0) break;
    // Against a reference of the expected words, a unit raises the overlap's F-measure only
    // while its share of covered words is at least half the measure so far.
    const n = read(best);
    if (options.stopEarly && chosen.length && bestGain / Math.max(1, n) < overlap / (readSoFar + options.reference)) break;
    const added = units[best];
    chosen.push(...added);
    shown += length(best);
    overlap += bestGain;
    readSoFar += n;
    for (const i of added) for (const w of words[i]) covered.set(w, (covered.get(w) ?? 0) + 1);
    // A unit holding a sentence now shown is gone; the others are as redundant as their most
    // redundant sentence.
    const now = new Set(chosen);
    candidates = candidates.filter((u) => !units[u].some((i) => now.has(i)));
    for (const u of candidates) for (const i of units[u]) for (const j of added) redundancy.set(u, Math.max(redundancy.get(u)!, cosine(terms(i), terms(j))));
    if (shown >= options.budget) break;
  }
  return inReadingOrder(ctx, chosen, follows);
}

/** A sentence that gives someone's words, not a phrase in quotation marks: a reaction to the news. */
const REACTION_WORDS = 4;
const quotesSomeone = (text: string) => [...text.matchAll(QUOTED_SPAN)].some((m) => wordCount(m[0]) >= REACTION_WORDS);

/**
 * The first choice, made to open the text, stays first with the sentences that run on from it;
 * then the facts before the reactions, each in source and reading order, the opening's article
 * first. A sentence that quotes someone is a reaction; it moves after every article's other
 * sentences, with the ones that run on from it, so that a reader learns what happened before what
 * anyone says of it. An earlier sentence of the opening's article follows the opening: it was not
 * chosen to open, and shown first it would open a long summary otherwise than a short one.
 */
function inReadingOrder(ctx: Context, chosen: number[], follows: boolean[]): number[] {
  if (!chosen.length) return chosen;
  const first = chosen[0];
  const doc = (i: number) => ctx.sentences[i].doc;
  const rank = (i: number) => (doc(i) === doc(first) ? -1 : doc(i));
  const chains: number[][] = [];
  for (const i of [...chosen].sort((a, b) => rank(a) - rank(b) || a - b)) {
    const last = chains.at(-1);
    if (last && follows[i] && last.at(-1) === i - 1 && doc(i - 1) === doc(i)) last.push(i);
    else chains.push([i]);
  }
  const reaction = (chain: number[]) => (quotesSomeone(ctx.sentences[chain[0]].text) ? 1 : 0);
  chains.sort((a, b) => reaction(a) - reaction(b) || rank(a[0]) - rank(b[0]) || a[0] - b[0]);
  const opening = chains.find((c) => c.includes(first))!;
  return [...opening, ...chains.filter((c) => c !== opening).flat()];
}

/** The length of the human summary a cluster's expected words stand for. */
export function referenceWords(ctx: Pick<Context, 'sentences' | 'options'>): number {
  const clusterWords = ctx.sentences.reduce((n, s) => n + (s.noise ? 0 : wordCount(s.text)), 0);
  return Math.max(REFERENCE_WORDS, REFERENCE_SHARE * ctx.options.summaryWords) * Math.pow(Math.max(1, clusterWords) / CLUSTER_WORDS, CLUSTER_LENGTH);
}

export function summary(ctx: Context): void {
  const words = ctx.sentences.map((s) => (s.noise ? [] : wordsOf(s.text)));
  const reference = referenceWords(ctx);
  const expected = expectedWords(ctx, words, reference);
  const position = ownPositions(ctx);
  const prior = priors(ctx, position);
  const attributed = new Set(ctx.attributions.filter((a) => !a.quiet).map((a) => a.sentence));
  const follows = ctx.sentences.map((s) => needsPrevious(s, attributed.has(s.index)));
  // Articles with no sentence that reads on its own (a page written to its readers, say) still
  // get a summary of what they state, rather than none, and what the page says of itself ("Here
  // are 20 of …", "You'll also find …") only when it states nothing else; articles that state
  // nothing whole (a question and its answer, say), a summary of what they say.
  const ok = [readable, (s: Sentence) => statement(s) && !pageVoiceRule(s.text), statement, (s: Sentence) => !s.noise].map((fits) => ctx.sentences.map(fits)).find((list) => list.some(Boolean)) ?? [];
  // A summary states the news before it quotes anyone, and opens as the articles do, with what
  // happened: one of an article's first sentences, not a detail from deep inside it (about one
  // validation summary in ten opened with such a detail: "First, the senator said of the deal: …").
  const opensNews = (i: number) => !QUOTE_START.test(ctx.sentences[i].text);
  const lede = openingLede(ctx, position, (i) => ok[i] && opensNews(i) && !follows[i], follows);
  // What of each sentence a reader would see: its words are what it covers and costs.
  const from = ctx.sentences.map((s) => (s.noise ? 0 : shownFrom(s.text)));
  const shown = ctx.sentences.map((s, i) => s.text.slice(from[i]));
  const shownWords = shown.map((text, i) => (from[i] ? wordsOf(text) : words[i]));
  ctx.summary = select(ctx, shownWords, expected, prior, follows, {
    allowed: (i) => ok[i],
    budget: ctx.options.summaryWords,
    maxItems: Infinity,
    reference,
    opening: (i) => opensNews(i) && (lede < 0 || i === lede),
    stopEarly: true,
    shown,
  });
  ctx.summaryFrom = new Map(ctx.summary.filter((i) => from[i]).map((i) => [i, from[i]]));
  // Key points add to the summary rather than repeat it, and each stands alone as a bullet: no
  // quote out of its context, no pronoun.
  const inSummary = new Set(ctx.summary);
  const covered = counts(ctx.summary.flatMap((i) => shownWords[i]));
  const bullet = (i: number) => ok[i] && !inSummary.has(i) && !QUOTE_START.test(ctx.sentences[i].text) && !follows[i];
  ctx.keyPoints = select(ctx, words, expected, prior, follows, { allowed: bullet, budget: Infinity, maxItems: KEY_POINTS, covered, reference, stopEarly: false });
}
