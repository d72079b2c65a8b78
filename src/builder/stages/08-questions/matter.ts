// The last resort for a sentence that signals something open but that no ask rule reads: ask
// about the matter it names, the noun phrase that shares most with the story's main thread
// ("What is still unknown about the uniform contract?").
import type { QuestionKind } from '../../../format/schema.js';
import { PERSON_NOUNS, TITLE_HEADS, GROUP_NOUNS, isPluralPhrase, nounPhrases } from '../../lexicon.js';
import { contentTerms, wordCount } from '../../text/tokens.js';
import { clauseAt, infinitive, lowerFirst, shorten, tagged, whQuestion, yesNo } from './clause.js';
import { outcomeQuestion } from './asks.js';
import lists from '../../data/open-questions.json';
import { phrases } from '../../text/phrases.js';
import { PERSONAL } from '../../text/grammar.js';
import { EXPLICIT_UNKNOWN, PROCESS_NOUNS, SIGNALS, type Span } from './signals.js';
import grammar from '../../data/question-clauses.json';

// A definite one the story has told of: "the jail escort plan", not "a good idea".
const DETERMINER = /^(?:the|his|her|its|their|this|these)$/i;
// A matter is a thing: the words of a plain noun phrase, its head a common noun that names no
// person, group or time ("the uniform contract", not "another TSA critic" nor "the stuff").
const PLAIN = /^(?:Noun|Singular|Plural|Adjective|Comparable|Determiner|Possessive|Value|Cardinal|Acronym|Organization|ProperNoun|Place|Country|City|Region|Uncountable)$/;
const VAGUE = new RegExp(`^(?:${phrases(lists.vagueMatters.words)})$`, 'i');

function isMatter(np: string): boolean {
  const words = tagged(np);
  const head = words.at(-1);
  if (!head || words.length < 2 || words.length > 6 || !DETERMINER.test(words[0].text) || /^(?:another|other)$/.test(words[1]?.text ?? '')) return false;
  if (!words.slice(1).every((w) => w.tags.length && w.tags.every((t) => PLAIN.test(t)))) return false;
  return head.tags.includes('Noun') && /^\p{Ll}/u.test(np.split(/\s+/).at(-1)!) && !head.tags.some((t) => /Person|Pronoun|Date|Month|WeekDay/.test(t)) && !VAGUE.test(head.text) && ![PERSON_NOUNS, TITLE_HEADS, GROUP_NOUNS].some((set) => set.has(head.text));
}

// "an unknown owner", "unsolved murders", "an unexplained injury": the word names a kind of
// thing, not what the sentence says is open ("the cause is unknown", "unknown whether …").
// (Another adjective may follow it, after a comma, where an article opens the list: 'an
// "unexplained, serious injury"'.)
const ATTRIBUTIVE = String.raw`\b(?:${phrases(grammar.attributiveUnknown.words)})(?:(?<=\b(?:an?|the)\s+["“]?\p{L}+),\s+\p{Ll}[\p{Ll}-]*)?\s+(?!(?:whether|if|why|how|what|who|whom|when|where|to|for|by|at|in|as|and|or|but|so|because|until|after|before|numbers?|amounts?|quantit(?:y|ies))\b)\p{Ll}[\p{Ll}-]*`;
const ATTRIBUTIVE_ONE = new RegExp(ATTRIBUTIVE, 'iu');
const ATTRIBUTIVE_ALL = new RegExp(ATTRIBUTIVE, 'giu');
/** The text says something is unknown only with a word that stands before a noun. */
export const onlyAttributiveUnknown = (text: string) => ATTRIBUTIVE_ONE.test(text) && !EXPLICIT_UNKNOWN.test(text.replace(ATTRIBUTIVE_ALL, ' '));

// "has not been a …", "haven't been waiting eagerly", "has not had …": a copula, a progressive or
// "have" itself denied.
const STATE = String.raw`\b(?:has|have|had)(?:\s+not|n['’]t)\s+(?:\p{Ll}+ly\s+)?(?:been\s+(?:a|an|the|much|so|very|as|\p{Ll}+ing)\b|had\b)`;
const STATE_NOT = new RegExp(STATE, 'iu');
const STATE_NOT_ALL = new RegExp(STATE, 'giu');
const NOT_YET_SIGNAL = SIGNALS.find((r) => r.name === 'not-yet')!.match;

/** Sentences whose signal leaves nothing open to ask about their matter, in order: a signal's word
 * in another sense, an act told as done, a study weighing its own findings. */
export const NOT_OPEN: readonly { name: string; match: { test: (sentence: string, signal?: string) => boolean } }[] = [
  // "a relatively unknown actress", "previously unknown behaviours": obscure, not unknown.
  { name: 'little-known', match: /\b(?:relatively|little|largely|virtually|mostly|comparatively|previously|hitherto|once|then)[\s-]+unknown\b/iu },
  // "She struck the boy after an unexplained injury", "unknown numbers of volunteer stewards": an
  // unknown told only as a noun's adjective leaves nothing of the sentence open to ask about.
  { name: 'unknown-as-adjective', match: { test: (s, signal) => signal === 'explicit-unknown' && onlyAttributiveUnknown(s) } },
  // "The show hasn't been a ratings success", "the clinic has not had its own figures": a state
  // denied, not a deed still to come, is the only "not yet" the sentence tells ("has not had its
  // vote yet" tells one still to come).
  { name: 'state-not-reached', match: { test: (s, signal) => signal === 'not-yet' && STATE_NOT.test(s) && !/\byet\b/iu.test(s) && !NOT_YET_SIGNAL.test(s.replace(STATE_NOT_ALL, ' ')) } },
  // "Most doctors don't know anything about the disease": ignorance told, not a question asked.
  { name: 'knows-nothing', match: /\b(?:know|knows|knew)\s+(?:anything|nothing|very\s+little|much)\b/iu },
  // "They asked 200 shoppers whether they would pay more": a question someone put, and the story
  // tells what came of it.
  { name: 'asked-whether', match: /\basked\s+(?:[^,;:.!?]{0,60}?\s)?(?:whether|if)\b/iu },
  // "Since the sample was small, it is possible that …", "our data indicate
  // that …": a study's discussion hedging its own findings, which no reader expects an answer to.
  { name: 'study-hedge', match: /\b(?:our|these|the)\s+(?:data|findings|results)\s+(?:indicate|suggest|show)\b|\bit\s+is\s+possible\s+that\b|\b(?:further|more)\s+(?:research|studies|study)\s+(?:is|are|will\s+be)\s+needed\b/iu },
];

const FRAME = new RegExp(`^(?:${phrases(lists.frameMatters.words)})$`, 'i');
const CITED = new RegExp(`^\\s*(?:,\\s*)?(?:${phrases(lists.citedSources.words)})\\b`, 'iu');
const PROCESS_HEAD = new RegExp(`^(?:${PROCESS_NOUNS})$`, 'iu');
const DENIAL = new RegExp(`\\b(?:${phrases(lists.denial)})\\b`, 'iu');
const headOf = (np: string) => np.split(/\s+/).at(-1)!;
const PASSIVE = /\b(?:is|are|was|were|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;
/** How many words stand between a denial and the phrase it denies: "denied the allegations" 0. */
const DENIED_REACH = 6;

interface MatterRow {
  name: string;
  /** What the row does: a phrase outside the signal's reach is passed over for the next; a
   * sentence whose best phrase only frames or cites is not asked about its matter at all (its
   * next phrase, picked by the thread alone, is seldom what the sentence leaves open). */
  rejects: 'phrase' | 'sentence';
  /** The noun phrase is no matter of the sentence, given the sentence and its signal. */
  test: (np: string, sentence: string, signal?: string) => boolean;
}
/** Noun phrases that are no matter to ask about, though they pass isMatter. */
export const NOT_A_MATTER: readonly MatterRow[] = [
  // "the fact that …", "the usual story", "the news": they frame what is told, they are not it.
  { name: 'frame-noun', rejects: 'sentence', test: (np) => FRAME.test(headOf(np)) },
  // "this finding.\"", "the record. This movie": a phrase run across a quote or a sentence's end.
  { name: 'broken-phrase', rejects: 'sentence', test: (np) => /["“”]|[.!?]\s|-$/u.test(np) },
  // "the warrant states", "according to the arrest affidavit", "In the filing, …": where the
  // sentence was read, not what it is about.
  {
    name: 'source-cited',
    rejects: 'phrase',
    test: (np, s) => {
      const at = s.indexOf(np);
      return at >= 0 && (CITED.test(s.slice(at + np.length)) || /\baccording\s+to\s+$/iu.test(s.slice(0, at)) || /^\s*in\s+$/iu.test(s.slice(0, at)));
    },
  },
  // "recovery is ongoing" after "the earthquakes": what is under way is the process, and a process
  // whose ask rule found nothing to ask leaves no other phrase of its sentence open.
  { name: 'not-the-process', rejects: 'phrase', test: (np, _s, signal) => (signal === 'pending-process' || signal === 'charged') && !PROCESS_HEAD.test(headOf(np)) },
  // "denied allegations of meddling in the election": what is disputed is what the denial takes,
  // not a phrase before it ("this is inaccurate" says nothing disputed about "the circadian system");
  // told in the passive, its subject ("statements about the program are disputed by scientists").
  {
    name: 'not-the-denied',
    rejects: 'phrase',
    test: (np, s, signal) => {
      if (signal !== 'denial') return false;
      const denial = DENIAL.exec(s);
      const at = s.indexOf(np);
      if (!denial || at < 0) return true;
      if (PASSIVE.test(s.slice(0, denial.index))) return at + np.length > denial.index || wordCount(s.slice(at + np.length, denial.index)) > 2;
      return at < denial.index + denial[0].length || wordCount(s.slice(denial.index + denial[0].length, at)) > DENIED_REACH;
    },
  },
];

const SETTING_BEFORE = new RegExp(`\\b(?:${phrases(grammar.matterSetting.words)})\\s+$`, 'iu');
const IDIOM = new RegExp(`\\b(?:${phrases(grammar.matterIdioms.words)})\\b`, 'giu');
const PEOPLE = new RegExp(`^(?:${phrases(grammar.matterPeople.words)})$`, 'iu');
/** Phrases that pass as a matter but seldom are what the sentence leaves open, in order: each is
 * asked about only when no other matter of the sentence weighs on the story's thread (the question
 * stays; only its phrase changes). */
export const PASSED_OVER: readonly { name: string; test: (np: string, sentence: string) => boolean; dropsAlone?: true }[] = [
  // "the mayor will speak to the crowd", "the stagehands may strike": people by their part, not
  // a thing told of them.
  { name: 'names-people', test: (np) => PEOPLE.test(headOf(np)) },
  // "with the clerk still at the desk, the vote may slip", "he spoke in front of the gate": where,
  // or beside whom, a deed happens, not what is open about it.
  {
    name: 'setting-of-deed',
    test: (np, s) => {
      const at = s.indexOf(np);
      return at >= 0 && SETTING_BEFORE.test(s.slice(0, at));
    },
  },
  // "still at the helm", "with the help of donors": the noun is the set phrase's, no thing told of;
  // alone, it leaves the sentence nothing to ask about ("What will come of the moment?" out of "at
  // the moment").
  {
    name: 'idiom',
    dropsAlone: true,
    test: (np, s) => {
      const at = s.indexOf(np);
      return at >= 0 && [...s.matchAll(IDIOM)].some((m) => m.index! < at + np.length && at < m.index! + m[0].length);
    },
  },
];

// The claim a sentence tells, asked of whom it is about: what a matter question would call
// "disputed about the suit" is the claim itself ("Did the station know …?").
const CLAIM_THAT = new RegExp(String.raw`(?<=\p{L}\s)(?:${phrases(grammar.claimTold.verbs)})\s+(?:that\s+)?((?:the|a|an|his|her|their|its|\p{Lu}[\p{L}.'’-]*)\s[^,;:.!?]{8,})`, 'u');
// "The suit accuses the trustees of wasting the fund and misleading its members" (the active voice;
// the passive "is accused of" is an ask rule's).
const ACCUSES_OF = /\baccus(?:es|ed|e)\s+((?:the|a|an|his|her|their|its|\p{Lu}[\p{L}.'’-]*)(?:\s+[\p{L}.'’-]+){0,5}?)\s+of\s+(\p{Ll}+ing)\s+([^,;:.!?(]{3,})/u;
const UNKNOWN_WHETHER = /\b(?:not\s+(?:yet\s+)?(?:sure|clear|known|certain)|unclear|unknown|uncertain|too\s+(?:early|soon)\s+to\s+(?:tell|say|know))(?:\s*,)?\s+(?:whether|if)\s+((?:[^;:.!?]|(?<=\b\p{Lu}\p{Ll}{0,3})\.){8,}?)(?=\s*,\s*(?:but|and|or|as|though)\b|\s+or\s+(?:whether|if)\b|\s*[;:.!?]|\s*$)/iu;
// The thing's words open after the whole run of spaces that follows its determiner (split between
// two runs, 8,000 spaces after "The" took minutes).
export const THING_WILL = /(?:^|[,;]\s+|\b(?:but|and|so|said|says|that|[Uu]ntil|[Oo]nce)\s+)((?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?!\s)(?:(?!\s(?:but|and|or|that|is|are|was|were|has|have|had|said|says)\s)[^,;:.!?"“”()]){2,50}?)\s+(will|would|could|may|might|can)\s+(?:well\s+)?(?!not\b|never\b)(\p{Ll}[^,;:.!?"“”()…]{3,})/u;
// 'the “best” offer': a word or two set off by quote marks reads the same without them.
const SCARE_QUOTES = /["“](\p{L}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2})["”]/gu;
// ', as an aide described it,': how someone put it, no part of what is unknown. It opens where
// the spaces before "as" start, and its comma and quote mark touch each other, so that a run of
// spaces is read one way only (three whitespace quantifiers side by side took minutes on 800 spaces).
const ASIDE = /(?<!\s)(?:,?["“”]?,?)\s+as\s+[^,]{3,60},/gu;
// "… can be seen…": a clause the page cut short says less than it meant.
const CUT_SHORT = /^\s*(?:…|\.{3})/u;
// A run of whitespace is read one way only: the subject opens on a word after its determiner.
const UNMET_CONDITION = /^(?:But\s+|And\s+)?If\s+((?:the|its|their|his|her)\s+(?!\s)[^,;:.!?"“”()]{2,40}?)\s+(?:is|are)\s+not\s+(\p{Ll}{2,})\b((?:\s+(?:by|before|within|in)\s+[^,;:.!?"“”()]{2,30})?)\s*,/iu;
const GERUND_JOINED = /\b(and|or)\s+(\p{Ll}{2,}ing)\b/gu;

// The words that say a clause is unknown: the signal's own list, without its noun-led forms (a
// phrase before the verb, "the cause of … was not released", was read again from every space of
// a long run), and "no idea".
const UNTOLD_WORDS = String.raw`${phrases(lists.unknown)}|no\s+idea|(?:is|are|was|were)(?:n['’]t|\s+not)\s+(?:yet\s+|\p{Ll}+ly\s+)?(?:clear|known)|(?:no\s+one|nobody)\s+(?:is|was|seems)\s+(?:\p{Ll}+ly\s+)?(?:sure|certain)`;
// "we have no idea what the fee is", "no one knows when they'll sign": the wh-clause the unknown
// word governs, up to a break, a dash or a second unknown ("… or how aware he was"). Its
// contractions are written out, as the clause grammar reads whole words. A clause of one word
// ("what happened") or one cut before its end by a quote ("how they would react if") is no question.
// (The clause opens and ends on a character that is no space: a run of spaces is read from its
// start only, not again from each space in it.)
const UNTOLD_WH = new RegExp(
  String.raw`\b(?:${UNTOLD_WORDS})\s+(?:${phrases(lists.unknownDegree.words)}\s+)?(who|what|when|where|why|how(?:\s+(?:${phrases(lists.howWhat.words)}))?)\s+([^,;:.!?"“”()—–\s][^,;:.!?"“”()—–]{4,}?[^,;:.!?"“”()—–\s])(?=\s*[,;:.!?"“”()—–]|\s+(?:or|and|but)\s+(?:how|why|what|who|when|where|whether|if)\b|\s*$)`,
  'iu',
);
const CONTRACTIONS: readonly [RegExp, string][] = [[/['’]ll\b/giu, ' will'], [/['’]re\b/giu, ' are'], [/['’]ve\b/giu, ' have']];
const CLAUSE_CUT = /\s(?:if|when|whether|that|because|as|to|of|for|with|and|or|the|a|an)\s*$/iu;
const spelledOut = (clause: string) => CONTRACTIONS.reduce((c, [re, full]) => c.replace(re, full), clause);
// "Rumors are swirling that the two clubs will merge": what the rumor holds.
const RUMOR_THAT = /\b(?:rumou?rs?|speculation|reports)\s+(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?(?:swirling|circulating|flying|rife|growing|mounting)\s+)that\s+([^,;:.!?"“”]{8,})/iu;

/** Unknown nouns: what a noun says is unknown ("the cause of the fire is unclear") asked as a
 * reader asks it, in order; `head` is the noun, `ask` the question of what it is of. */
export const UNKNOWN_NOUNS: readonly { name: string; head: string; ask: (of: string) => string }[] = [
  // "the cause of the blaze is unknown" → "What caused the blaze?"; a bare noun keeps its noun: "What
  // was the cause of death?"
  { name: 'cause', head: 'causes?', ask: (of) => (/^(?:the|a|an|his|her|their|its)\s/iu.test(of) ? `What caused ${lowerFirst(of)}?` : `What was the cause of ${of}?`) },
  // "the disappearance of the yacht has baffled the coastguard" → "What happened to the yacht?"
  { name: 'disappearance', head: 'disappearance|fate', ask: (of) => `What happened to ${lowerFirst(of)}?` },
  // "the source of the leak is yet to be determined" → "Where did the leak come from?"
  { name: 'source', head: 'source|origin', ask: (of) => `Where did ${lowerFirst(of)} come from?` },
  // "the whereabouts of the driver remain unknown" → "Where is the driver?"
  { name: 'whereabouts', head: 'whereabouts', ask: (of) => `Where ${isPluralPhrase(of) ? 'are' : 'is'} ${lowerFirst(of)}?` },
  // "the motive for the attack is unclear" → "What was the motive for the attack?"
  { name: 'motive', head: 'motives?', ask: (of) => `What was the motive for ${lowerFirst(of)}?` },
];
const UNKNOWN_HEADS = UNKNOWN_NOUNS.map((r) => r.head).join('|');
// The noun opens its clause (the sentence, a quote's next sentence, or after "that" or a speech
// verb); what it is of is a definite phrase or a bare noun; an aside may stand before the verb
// that tells it unknown, or that it baffled someone. (Each run of spaces is taken whole: read
// from each space in it, a run of thousands took minutes.)
const OPENS = String.raw`(?:^\s*[“"‘]?|[.!?]["”’]?\s+[“"‘]?|\b(?:that|said|says|stress|stressed)\s+)`;
const UNKNOWN_TOLD = String.raw`(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:\p{Ll}+ly\s+)?(?:unclear|unknown|uncertain|a\s+mystery|not\s+(?:yet\s+)?(?:clear|known))|(?:has|have|had)\s+(?:yet\s+to\s+be|not\s+(?:yet\s+)?been)\s+(?:determined|established|explained)|(?:is|are)\s+(?:still\s+)?yet\s+to\s+be\s+(?:determined|established)|(?:has|have|had)\s+(?:[^,;:.!?]{0,40}?\s)?(?:baffled|puzzled|mystified|stumped)`;
const UNKNOWN_NOUN = new RegExp(
  String.raw`${OPENS}(?:the\s+)?(?:(?:exact|precise|likely|ultimate|real)\s+)?(${UNKNOWN_HEADS})\s+(?:of|for|behind)\s+((?:the|a|an|his|her|their|its)\s+(?!\s)[^,;:.!?"“”]{2,60}?|\p{Ll}+)(?:,\s+(?!\s)[^;:.!?]{2,150},)?\s+(?!\s)(?:${UNKNOWN_TOLD})\b`,
  'iu',
);
// Which row's noun the sentence wrote: each row's head as a whole-word test, built once.
const UNKNOWN_NOUN_ROWS = UNKNOWN_NOUNS.map((r) => ({ head: new RegExp(`^(?:${r.head})$`, 'iu'), ask: r.ask }));
const unknownNounQuestion = (m: RegExpExecArray) => UNKNOWN_NOUN_ROWS.find((r) => r.head.test(m[1]))?.ask(shorten(m[2]));

/** What a sentence no ask rule read leaves open, written from its own clause before any question
 * about its matter: each row names the construction, `match` finds it, `build` writes the question. */
export const MATTER_ASKS: readonly { name: string; match: RegExp; build: (m: RegExpExecArray) => string | undefined; rewords?: true }[] = [
  {
    name: 'accuses-of',
    match: ACCUSES_OF,
    build: (m) => `Did ${m[1].replace(/^\S+/, (d) => (/^(?:The|A|An|His|Her|Their|Its)$/.test(d) ? d.toLowerCase() : d))} ${infinitive(m[2])} ${shorten(m[3]).replace(GERUND_JOINED, (_g, and: string, verb: string) => `${and} ${infinitive(verb)}`)}?`,
  },
  { name: 'claim-told', match: CLAIM_THAT, build: (m) => yesNo(m[1]) },
  // "it is too early to tell if the mill will reopen in spring": what is not known, asked as such
  // (quote marks dropped: "the “new” rules" asks of the rules).
  { name: 'unknown-whether', match: UNKNOWN_WHETHER, build: (m) => yesNo(m[1].replace(/["“”]/gu, '')), rewords: true },
  // "Nobody knows when the ferry will sail again" → "When will the ferry sail again?": the clause the
  // unknown governs, asked directly (a pronoun for its subject leaves it to the matter question).
  { name: 'untold-wh', match: UNTOLD_WH, build: (m) => (/\s/u.test(m[2].trim()) && !CLAUSE_CUT.test(m[2]) ? whQuestion(m[1], spelledOut(m[2])) : undefined), rewords: true },
  // "the cause of the blaze is still unknown" → "What caused the blaze?": an unknown noun's question.
  { name: 'unknown-noun', match: UNKNOWN_NOUN, build: unknownNounQuestion, rewords: true },
  // "Rumors are swirling that the two clubs will merge" → "Will the two clubs merge?"
  { name: 'rumor-that', match: RUMOR_THAT, build: (m) => yesNo(m[1]), rewords: true },
  // "If the council's terms are not met by May, the union will strike": whether the condition is met.
  { name: 'unmet-condition', match: UNMET_CONDITION, build: (m) => (isMatter(m[1]) ? `Will ${lowerFirst(m[1])} be ${m[2]}${m[3].trimEnd()}?` : undefined), rewords: true },
  // "Come spring, the ferry line will close for repairs": a thing's future, asked of the thing
  // (people, by name or by part, are the modal rule's to ask or to leave).
  { name: 'thing-will', match: THING_WILL, build: (m) => (isMatter(m[1]) && !CUT_SHORT.test(m.input.slice(m.index + m[0].length)) ? yesNo(`${m[1]} ${m[2]} ${m[3]}`) : undefined), rewords: true },
];

// (whole-phrase) "would not discuss the fee of a retired pilot": the matter is the noun with its
// "of" phrase ("the fee of a retired pilot"), not the bare head the noun-phrase reader cut
// there ("What is still unknown about the fee?"). The "of" phrase is a determiner or a name, then
// adjectives, participles and nouns, up to five words, ending on a noun.
const OF_PHRASE = /^\s+of\s+([^,;:.!?()"“”…—–]{2,80})/u;
const PHRASE_WORD = /^(?:Noun|Singular|Plural|Adjective|Comparable|Possessive|Value|Cardinal|TextValue|Acronym|Organization|ProperNoun|Place|Country|City|Region|Uncountable|Person|FirstName|LastName|MaleName|FemaleName|Actor|Hyphenated|Demonym)$/;
const OF_DETERMINER = /^(?:the|a|an|his|her|its|their|this|these|those)$/i;
const MAX_OF_WORDS = 5;
function wholePhrase(np: string, sentence: string): string {
  const at = sentence.indexOf(np);
  const m = at < 0 ? null : OF_PHRASE.exec(sentence.slice(at + np.length));
  if (!m) return np;
  const words = m[1].trim().split(/\s+/);
  const read = tagged(words.join(' '));
  if (read.length !== words.length) return np;
  const fits = (i: number) => (i === 0 && OF_DETERMINER.test(words[i])) || (/^\p{Ll}+ed$/u.test(words[i]) && i + 1 < words.length) || (read[i].tags.length > 0 && read[i].tags.every((t) => PHRASE_WORD.test(t)));
  let n = 0;
  while (n < Math.min(words.length, MAX_OF_WORDS) && fits(n)) n++;
  // It ends on a noun, where the next word does not carry the phrase on ("of the city council").
  while (n > 0 && !read[n - 1].tags.includes('Noun')) n--;
  // ("of the band's": an owner whose noun was cut off ends no phrase.)
  if (!n || (n < words.length && read[n].tags.includes('Noun') && n === MAX_OF_WORDS) || OF_DETERMINER.test(words[n - 1]) || /['’]s$/u.test(words[n - 1])) return np;
  return `${np} of ${words.slice(0, n).join(' ')}`;
}

const CUTS = grammar.matterCuts;
// (Each run of spaces is tried from its start only: a phrase the reader gives back with a long run
// of spaces in it would otherwise be tried from every space of the run.)
const ADVERB_END = new RegExp(`(?<!\\s)\\s+(?:${phrases(CUTS.adverbs)})$`, 'iu');
const OF_AFTER = /^(.+?)(?<!\s)\s+of\s/u;
const NO_HEAD = new RegExp(`^(?:${phrases(CUTS.noHead)})$`, 'iu');
/** How the noun-phrase reader cut a phrase, in order: each row names one way and gives the phrase
 * it reads as instead, or null where what is left names no thing (undefined: the row does not apply). */
export const PHRASE_CUTS: readonly { name: string; read: (np: string) => string | null | undefined; rewords?: true }[] = [
  // "the likely causes of the leak": judged as a matter by its noun, and asked with its "of"
  // phrase as whole-phrase gives it back (the noun-phrase reader keeps some "of" phrases whole,
  // and a phrase with "of" in it is no plain noun phrase). (rewords) It may be what a sentence
  // already asked about its matter is asked of, never what makes a sentence asked.
  {
    name: 'of-complement',
    rewords: true,
    read: (np) => {
      const m = OF_AFTER.exec(np);
      return m && isMatter(m[1]) ? m[1] : undefined;
    },
  },
  // "his anger aloud": an adverb the tagger reads as a noun is no part of the phrase before it.
  { name: 'adverb-end', read: (np) => (ADVERB_END.test(np) ? np.replace(ADVERB_END, '') : undefined) },
  // "the next", out of "in the next few days": the words that qualified a noun, cut from it.
  { name: 'no-head', read: (np) => (NO_HEAD.test(headOf(np)) ? null : undefined) },
];
/** The phrase a noun phrase reads as once its cuts are mended (with the rewording rows or
 * without), or nothing where it names no thing. */
function mended(np: string, rewords: boolean): string | undefined {
  let out = np;
  for (const row of PHRASE_CUTS) {
    const read = !row.rewords || rewords ? row.read(out) : undefined;
    if (read === null) return undefined;
    out = read ?? out;
  }
  return out;
}

const ASK: Record<QuestionKind, (np: string) => string> = {
  unresolved: (np) => `What is still unknown about ${np}?`,
  // (An outcome noun's head asks what is open about it: "the spending bill" whether it will pass.)
  upcoming: (np) => outcomeQuestion(np, np.split(/\s+/).at(-1)!.toLowerCase()),
  disputed: (np) => `What is disputed about ${np}?`,
};

// Signals of a plan, a hope or an expectation: told by a speaker of themselves, they are the
// speaker's intent ("we will keep the shop open"), not what the story leaves open. (A speaker who
// says they do not know, or that something has not happened yet, tells what is open: "we don't know
// when the mill reopens", "aides tell me he hasn't signed".)
const INTENT_SIGNALS = new Set(['future', 'scheduled', 'scheduled-for', 'pending-process', 'possibility', 'promise', 'effort', 'forecast', 'speculation']);
/** Signals whose clause leaves nothing open to ask about its matter, in order: each row names the
 * kind, given the clause that holds the signal, the words from the signal on, and its name. */
export const CLAUSE_NOT_OPEN: readonly { name: string; test: (clause: string, from: string, signal?: string) => boolean }[] = [
  // "we will keep the bakery open", "I hope the new rules help you": a plan or hope told in the
  // first or second person.
  { name: 'own-intent', test: (clause, _from, signal) => !!signal && INTENT_SIGNALS.has(signal) && PERSONAL.test(clause) },
  // "a dinner with Will Carver at the gala": "Will" before a name is a given name, not a future.
  { name: 'given-name-will', test: (_clause, from) => /^Will\s+\p{Lu}/u.test(from) },
];
/** The first CLAUSE_NOT_OPEN row that the clause holding the signal at `span` meets. */
export const clauseNotOpen = (sentence: string, span: Span, signal?: string) =>
  CLAUSE_NOT_OPEN.find((r) => r.test(clauseAt(sentence, span[0], span[1]), sentence.slice(span[0]), signal));

/** The question about a sentence's matter, or nothing when it names no matter a reader can picture
 * or the clause that holds its signal (where its place is known) leaves nothing open. */
export function matterQuestion(sentence: string, kind: QuestionKind, thread: ReadonlyMap<string, number>, signal?: string, span?: Span): string | undefined {
  if (NOT_OPEN.some((r) => r.match.test(sentence, signal))) return undefined;
  if (span && clauseNotOpen(sentence, span, signal)) return undefined;
  // The first row of the kind that builds a question short enough; the rewording rows read the
  // sentence without its scare quotes and asides.
  const asked = (rewords: boolean) => {
    const text = rewords ? sentence.replace(SCARE_QUOTES, '$1').replace(ASIDE, '') : sentence;
    for (const row of MATTER_ASKS) {
      if (!!row.rewords !== rewords) continue;
      const m = row.match.exec(text);
      const q = m ? row.build(m) : undefined;
      if (q && wordCount(q) <= 25) return q;
    }
    return undefined;
  };
  const own = asked(false);
  if (own) return own;
  const ownWeight = (np: string) => contentTerms(np).reduce((sum, t) => sum + (thread.get(t) ?? 0), 0);
  // (A phrase is chosen by what it weighs as asked, with its "of" phrase; whole-phrase tags its
  // words, so each phrase is weighed once, not at every comparison of the sort.)
  const weights = new Map<string, number>();
  const weight = (np: string) => weights.get(np) ?? weights.set(np, ownWeight(wholePhrase(np, sentence))).get(np)!;
  const nps = nounPhrases(sentence).map((np) => np.replace(/[,.;:!?]+$/, '').trim());
  const read = (rewords: boolean) =>
    nps
      .map((np) => mended(np, rewords))
      .filter((np): np is string => !!np && wordCount(np) <= 6 && isMatter(np) && !NOT_A_MATTER.some((r) => r.rejects === 'phrase' && r.test(np, sentence, signal)));
  const rejected = (np: string) => NOT_A_MATTER.some((r) => r.rejects === 'sentence' && r.test(np, sentence, signal));
  // Whether the sentence is asked is read from its phrases' own words.
  const best = read(false).sort((a, b) => ownWeight(b) - ownWeight(a))[0];
  if (!best || ownWeight(best) === 0 || rejected(best)) return undefined;
  // (rewords) A sentence that has a matter to ask about is asked what its own clause leaves open,
  // where a row can read it: the question changes, not which sentences are asked.
  const reworded = asked(true);
  if (reworded) return reworded;
  const matters = read(true).sort((a, b) => weight(b) - weight(a));
  const preferred = matters.find((np) => weight(np) > 0 && !rejected(np) && !PASSED_OVER.some((r) => r.test(np, sentence))) ?? best;
  if (preferred === best && PASSED_OVER.some((r) => r.dropsAlone && r.test(best, sentence))) return undefined;
  return ASK[kind](wholePhrase(preferred, sentence).replace(/^\S+/, (d) => d.toLowerCase()));
}
