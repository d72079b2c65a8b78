// Stage 08: what is still open. Each sentence that signals something unsettled (signals.ts) is
// weighed by how surely it does and how close it stands to the story's main thread and central
// actors; the strongest are written as the questions a reader would ask (asks.ts), disputes
// between actors are added (disputes.ts), and the ones the cluster itself answers move to
// `resolved` (answers.ts).
import type { QuestionKind } from '../../../format/schema.js';
import { type ActorDraft, type Context, type Mention, type QuestionDraft, type Sentence } from '../../types.js';
import { namesOf } from '../../../format/names.js';
import { PERSONAL } from '../../text/grammar.js';
import { containment, cosine, counts } from '../../text/similarity.js';
import { contentTerms, wordCount } from '../../text/tokens.js';
import { mentionsOf } from '../../mentions-of.js';
import { GROUP_NOUNS, PERSON_NOUNS, SPEECH_VERB_ALTERNATION, TITLE_HEADS, genderOfWord, isPluralPhrase } from '../../lexicon.js';
import { questionOf, repaired, statementQuestion } from './asks.js';
import { accusationDisputes, agencyDisputes, chargeDisputes, contraryDisputes, denialDisputes, disputes, excuseDisputes } from './disputes.js';
import { answerOf } from './answers.js';
import { ageDisputes, figureDisputes } from './figures.js';
import { WHEN, signalOf, type Span } from './signals.js';
import { FINITE, cap, isBroken, isSubject, lowerFirst, subjectBefore, tagged } from './clause.js';
import grammar from '../../data/question-clauses.json';
import lists from '../../data/open-questions.json';
import { escaped, patternWith, phrases } from '../../text/phrases.js';
import { NOT_OPEN, matterQuestion, onlyAttributiveUnknown } from './matter.js';
import { genderOfActor, personSubject } from '../06-attribution/index.js';
import { ownsNext } from '../06-attribution/mentions.js';
import { textAfter } from '../../text/window.js';

export { questionOf } from './asks.js';
export { yesNo } from './clause.js';

/** Open questions shown, strongest first: an editor lists three to six; more would be read as noise. */
export const MAX_OPEN = 6;
/** A story that signals something open shows at least this many, the last ones asked about its matter. */
export const MIN_OPEN = 2;
/** Disputes shown: the sides' row put to the reader, not told again pair by pair. */
export const MAX_DISPUTES = 2;
/** Sentences tried, strongest first: writing a question costs a parse. */
const MAX_TRIED = 40;
/** Sentences a question cites: the one that raised it and the first that raise it again. */
const MAX_CITED = 3;
/** Content words two questions must share, besides most of the shorter's, to be the same question. */
const SAME_TERMS = 3;
// How a candidate is weighed besides its signal: the central actors it names, how much of the
// story's main thread it shares, and an article's opening.
const ACTOR_WEIGHT = 1.5;
const THREAD_WEIGHT = 3;
const LEAD_WEIGHT = 0.5;
const DISPUTE_BONUS = 1;
const GENERIC_PENALTY = 1;
/** A question about a sentence's matter stands below one a rule wrote from the same sentence. */
const MATTER_PENALTY = 2;
/** Questions from rules that read any sentence, and matter questions, are shown only this high up:
 * they fill a short list, never lengthen one. */
const GENERAL_SHOWN = 4;
/** A signal this strong says outright that something is open (an unknown, a denial, a pending
 * process, a date): its sentence is asked even when only its matter can be. */
const SURE_WEIGHT = 2;
/** A list shorter than this is filled with the held-back questions a FILLS row lets through: an
 * editor writes three to six, and a reader of three is often left without the story's next step. */
const FULL_LIST = 5;
/** An actor this salient (the story's most salient is 1) is one the story is about. */
const CENTRAL_SALIENCE = 0.4;
/** Signals about the sentence's own statement: it is asked even when no ask rule reads it. */
const STATED = new Set(['explicit-unknown', 'denial', 'not-yet', 'charged']);

// One question, nothing else: no second sentence run into it, no hashtag, no broken character,
// no bracket left open.
const count = (q: string, c: string) => q.split(c).length - 1;
// A yes/no question that ends on a preposition, an article or a conjunction lost its clause's
// end: "… with the aim of:" before a list ends the sentence, not the clause. (A wh-question
// may end on its preposition: "Where did the oil come from?")
export const CUT_CLAUSE = /^(?:Will|Would|Did|Does|Do|Is|Are|Was|Were|Has|Have|Had|Can|Could|Should)\s.*\s(?:of|with|for|to|by|from|into|as|than|the|a|an|and|or|including)\?$/u;
const tidy = (q: string) => !/[.!?;]\s+\S|#|\uFFFD|\s[,;:]/u.test(q.slice(0, -1).replace(/\b(?:\p{L}\.)+/gu, '')) && count(q, '(') === count(q, ')') && !CUT_CLAUSE.test(q) && !isBroken(q);

// Rules that rewrite any modal or statement: they read more sentences than leave anything open.
const GENERIC_RULES = new Set(['modal', 'statement', 'belief', 'intends-to', 'set-to', 'forecast', 'asked-in-text', 'hedged-belief', 'hedged-seeming', 'hedged-adverb', 'hedged-perfect', 'expects-will']);
// Rules that ask a fixed question about one noun phrase of the sentence.
const TEMPLATES = new Set(['process-result', 'matter', 'statement', 'ahead-of-event']);
const QUOTED = /“[^”]*”|"[^"]*"/gu;
// '"The army will rebuild the bridge," the governor said': a prediction quoted is its speaker's
// position (a card of its own), not an open question.
const QUOTE_OPENS = /^\s*[“"]/u;

/** Questions a rule writes but a reader is not shown, in order: each row names the kind and says
 * why an editor leaves it out, given the question and those kept above it. */
export const NOT_SHOWN: readonly { name: string; test: (q: Scored, above: readonly Scored[]) => boolean }[] = [
  // "The coach allegedly kept the receipts", "Reyes reportedly told officers …", "the leak may have
  // begun weeks earlier": a claim the writer hedges with an adverb or "may have" is most often a
  // detail of the account, not what the story leaves open. What is disputed or pending about the
  // account is asked by the charge, accusation and denial rules; asked alone, the detail is a side
  // question.
  { name: 'hedged-report', test: (q) => q.rule === 'hedged-adverb' || q.rule === 'hedged-perfect' },
  // A story whose sides trade charges sentence after sentence raises a dispute from each pair
  // ("Who is right about the probe …?", "Is the committee's account accurate …?"): an editor puts
  // the row to the reader once or twice, then turns to what comes next. Who did it, or a figure
  // told two ways, is another question.
  // "Did the show air amid coverage of one of the county's oldest unsolved robberies?", "Is
  // the bicycle owned by an unknown neighbour?": a statement asked only because an "unknown"
  // word stands before a noun tells a fact about a thing nobody can name, not what is open.
  { name: 'unknown-as-adjective', test: (q) => q.rule === 'statement' && onlyAttributiveUnknown(q.draft.text) },
  { name: 'disputes-enough', test: (q, above) => !!q.sides && above.filter((x) => x.sides).length >= MAX_DISPUTES },
];

// Rules that ask what an actor is said to be about to do, to intend, to be tipped for or to believe.
const ACT_RULES = new Set(['modal', 'intends-to', 'set-to', 'forecast', 'expects-will', 'belief']);
// The yes/no question's subject, right after its auxiliary, is a central actor's name or alias
// followed by its verb: "Will Brandt reintroduce …?", not "Will Brandt’s plan …?" nor "Will the
// ruling affect Brandt?".
const AUXILIARY = String.raw`^(?:Will|Would|Could|Can|Did|Does|Do|Is|Are|Was|Were|Has|Have)\s+(?:the\s+)?`;
const asksCentralActor = (ctx: Context, q: Scored) =>
  q.draft.actors.some((a) => {
    const names = namesOf(ctx.actors[a]);
    return ctx.actors[a].salience >= CENTRAL_SALIENCE && patternWith(names, () => `${AUXILIARY}(?:${phrases(names)})\\s+\\p{Ll}`, 'u').test(q.draft.text);
  });

// Where a question asks of a time still to come: a time phrase or a date ("on Tuesday", "later
// this month", "on May 3", "within two years"), not after a word that puts it in the past or in
// another clause ("after the flights were halted on Thursday", "was due on Friday").
const WHEN_ASKED = new RegExp(`(?<!\\b(?:after|since|were|was|had)\\s(?:[^,;]{0,40}\\s)?)${WHEN}`, 'iu');
// "was set to speak", "were expected to begin": a step told as planned before the news, most often done since.
const TOLD_PAST = /\b(?:was|were|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:set|slated|scheduled|expected|due|poised|planning|going)\s+to\b/iu;
/** Questions from rules that read any sentence that are weighed and shown as the other rules' are,
 * in order: each row names the kind and says why an editor asks it, given the question, the rule
 * that wrote it and its sentence. */
export const NOT_GENERAL: readonly { name: string; test: (q: string, rule: string, sentence: string) => boolean }[] = [
  // "Will the council vote on the levy on Tuesday?", "Will the bill be debated later this
  // month?": what the story says someone will do, or will happen, at a time it names is its next
  // step, not a guess about any sentence's subject.
  { name: 'dated-step', test: (q, rule, sentence) => ACT_RULES.has(rule) && WHEN_ASKED.test(q) && !TOLD_PAST.test(sentence) },
];

/** Held-back questions (from rules that read any sentence, below GENERAL_SHOWN) that may still
 * fill a list shorter than FULL_LIST (or than its row's fillsTo), in order: each row names the kind
 * and says why an editor asks it. */
export const FILLS: readonly { name: string; test: (ctx: Context, q: Scored) => boolean; fillsTo?: number }[] = [
  // "Brandt said he would reintroduce the bill in May" → "Will Brandt reintroduce the bill in May?",
  // "Vance is tipped to chair the panel": what a central actor is said to be about to do is the
  // story's next step, whatever verb tells it. (The same words of a bystander or a thing, "the
  // pilots will have masks", "the new hall will seat 900", tell a detail.)
  { name: 'central-actor-act', test: (ctx, q) => ACT_RULES.has(q.rule) && asksCentralActor(ctx, q) },
  // "Aides say Brandt will tour the valley next", "she was confident Brandt would win the
  // recount": a central actor's act the story tells as coming fills a list up to the last place
  // shown. A guess at what they could or might do, or a belief about what they are ("fear that
  // the town is in decline"), is one guess among many: over the 234 non-check clusters, any act
  // filled that place wrongly as often as rightly (5 and 5 of 12), one told as coming mostly
  // rightly (5 right, 1 wrong of 8).
  { name: 'central-actor-will', test: (ctx, q) => ACT_RULES.has(q.rule) && asksCentralActor(ctx, q) && toldAsComing(ctx.sentences[q.draft.sentences[0]]?.text ?? ''), fillsTo: MAX_OPEN },
];
// A sentence that tells an act as coming, not as a chance (open-questions.json comingAct).
const COMING = new RegExp(String.raw`\b(?:${phrases(lists.comingAct.coming)})\b`, 'iu');
const A_CHANCE = new RegExp(String.raw`\b(?:${phrases(lists.comingAct.chance)})\b`, 'u');
const toldAsComing = (text: string) => COMING.test(text) && !A_CHANCE.test(text);

/** An open question with its weight and what raised it: the rule that wrote it, or a dispute. */
export interface Scored {
  draft: QuestionDraft;
  score: number;
  rule: string;
  /** Asked by a rule that reads any sentence, or about its matter. */
  general: boolean;
  /** A dispute that sets two sides' accounts against each other ("Who is right about …: A or
   * B?"), not one over who did something or over a figure. */
  sides?: boolean;
}

/** The story's main thread: its words, each weighed by how many articles write it. */
function threadOf(ctx: Context): Map<string, number> {
  const docsOf = new Map<string, Set<number>>();
  for (const s of ctx.sentences) if (!s.noise) for (const t of s.terms) (docsOf.get(t) ?? docsOf.set(t, new Set()).get(t)!).add(s.doc);
  const total = counts(ctx.sentences.filter((s) => !s.noise).flatMap((s) => s.terms));
  return new Map([...total].map(([t, n]) => [t, n * docsOf.get(t)!.size]));
}

function weigh(ctx: Context, s: Sentence, thread: Map<string, number>): number {
  const salience = Math.max(0, ...mentionsOf(ctx, s.index).map((m) => ctx.actors[m.actor!].salience));
  return ACTOR_WEIGHT * salience + THREAD_WEIGHT * cosine(counts(s.terms), thread) + (s.position < 3 ? LEAD_WEIGHT : 0);
}

// (The attribution stage's reading of a person's sex, from a first name, an honorific, a role or
// the pronouns that follow the name: "she" is not the senator whose first name tells nothing.)
const ofSex = (ctx: Context, gender: 'female' | 'male') => (a: ActorDraft) => a.type === 'person' && (genderOfActor(ctx, a.index) ?? gender) === gender;

// Who a pronoun at `at` stands for, where no speaker says: with no person named before it in its
// sentence, the first ANTECEDENTS row sure of one; else the one who reports the words it stands
// in, or the last person before it who fits.
function referentAt(ctx: Context, s: Sentence, at: number, named: Mention[], fits: (a: ActorDraft) => boolean): ActorDraft | undefined {
  if (!named.some((m) => ctx.actors[m.actor!].type === 'person')) {
    // (quoted) "“He will win,” Lund said": whose quoted words the pronoun stands in would say "I".
    const quoting = new Set(ctx.attributions.filter((a) => a.sentence === s.index && a.kind === 'direct' && a.start <= s.start + at && a.end > s.start + at).map((a) => a.actor));
    const may = (m: Mention) => ctx.actors[m.actor!].type === 'person' && fits(ctx.actors[m.actor!]) && !quoting.has(m.actor!);
    for (const row of ANTECEDENTS) {
      const found = row.find(ctx, s, may);
      if (found) return found;
    }
    return undefined;
  }
  return reportedBy(ctx, s, at, fits) ?? lastPerson(ctx, named, fits);
}

// ANTECEDENTS rows: whom a "he" or "she" with nobody named before it in its sentence stands for,
// read from the sentences before it in its article (`may`: a person of its sex, not one whose
// quoted words it stands in). Of 74 such sentences read over the 234 non-check clusters, the last
// person named before, whatever their sex, was the pronoun in 39 (25 wrong, 10 nobody); these rows
// name 55 (17 wrong): the man a sentence opens on goes on past one it names at its end.
export const ANTECEDENTS: readonly { name: string; find: (ctx: Context, s: Sentence, may: (m: Mention) => boolean) => ActorDraft | undefined }[] = [
  // (subject-before) "Ray Lund lost the appeal, his lawyer Tom Hale said. He will face a retrial":
  // the person the sentence before opens on goes on as "he", before one it names later. Not a
  // name in the possessive ("Lund's brother …"), nor one in a phrase that opens it ("Under Lund, …").
  {
    name: 'subject-before',
    find: (ctx, s, may) => {
      const before = ctx.sentences[s.index - 1];
      if (!before || before.doc !== s.doc) return undefined;
      const text = ctx.docs[before.doc].text;
      const subject = mentionsOf(ctx, before.index).find((m) => may(m) && personSubject(ctx, m) && !ownsNext(text, m));
      return subject && ctx.actors[subject.actor!];
    },
  },
  // (last-of-its-sex) "Tom Lund met Ana Ruiz in Leeds, her lawyer said. He …": else the last person
  // of its sex named in the three sentences before, past those of the other sex; past one, only a
  // person the articles tell is of its sex (mn-val-247: a heroine the story names by no actor, then
  // her friend, a role an actor plays; "her" is not the actor).
  {
    name: 'last-of-its-sex',
    find: (ctx, s, may) => {
      let passed = false;
      for (let i = s.index - 1; i >= 0 && i >= s.index - 3 && ctx.sentences[i].doc === s.doc; i--) {
        for (const m of [...mentionsOf(ctx, i)].reverse()) {
          const a = ctx.actors[m.actor!];
          if (may(m) && (!passed || genderOfActor(ctx, a.index) !== undefined)) return a;
          passed ||= a.type === 'person' && !may(m) && genderOfActor(ctx, a.index) !== undefined;
        }
      }
      return undefined;
    },
  },
];

// "She admitted it, but she has not been fined": "she" as the subject of a verb is the person
// referentAt reads (named before it in the sentence, else by the ANTECEDENTS rows), if the pronoun fits.
// (subject-modal) "… urged prosecutors to look again at whether she should be charged": a modal
// or "did" after it tells a subject as surely (mn-val-116: the question kept "she").
const SUBJECT_PRONOUN = /\b([Hh]e|[Ss]he)(?=['’]s\s|\s+(?:\p{Ll}+ly\s+)?(?:is|was|has|had|will|would|could|should|must|did|may|might|can|\p{Ll}+ed|\p{Ll}+s)\b)/gu;
// The pronoun is the subject of a speech verb: "He denies …", "She also said …".
const SPEAKS = new RegExp(String.raw`^\s+(?:\p{Ll}+ly\s+|also\s+)?(?:${SPEECH_VERB_ALTERNATION})\b`, 'u');
function withName(ctx: Context, s: Sentence): string {
  const first = SUBJECT_PRONOUN.exec(s.text);
  SUBJECT_PRONOUN.lastIndex = 0;
  if (!first) return s.text;
  const gender = /^she$/i.test(first[1]) ? 'female' : 'male';
  const fits = ofSex(ctx, gender);
  const named = mentionsOf(ctx, s.index).filter((m) => m.end - s.start <= first.index);
  const before = named.map((m) => ctx.actors[m.actor!]);
  // "She says she will keep training …": who "she" is when she speaks, the attribution stage has
  // already read (the person who spoke last, the subject before); its reading comes first.
  const speaks = !before.length && SPEAKS.test(s.text.slice(first.index + first[0].length));
  const speaker = speaks ? ctx.attributions.find((a) => a.sentence === s.index && a.start > s.start + first.index && ctx.actors[a.actor].type === 'person') : undefined;
  const referent = speaker ? ctx.actors[speaker.actor] : referentAt(ctx, s, first.index, named, fits);
  if (!referent || !fits(referent)) return s.text;
  return s.text.replace(SUBJECT_PRONOUN, (p) => (p.toLowerCase() === first[1].toLowerCase() ? referent!.name : p));
}

// The person a "he", "his", "him", "she" or "her" at `at` in the sentence stands for, read as
// withName reads a subject: the speaker whose report it opens, else the one person of its sex
// named before it in the sentence, else (none named before it) the one the ANTECEDENTS rows read
// in the three sentences before, in the same article; nobody where that is unsure.
function personAt(ctx: Context, s: Sentence, at: number, gender: 'female' | 'male'): ActorDraft | undefined {
  const fits = ofSex(ctx, gender);
  const named = mentionsOf(ctx, s.index).filter((m) => m.end - s.start <= at);
  const nearest = named.filter((m) => ctx.actors[m.actor!].type === 'person').at(-1);
  const between = s.text.slice(nearest ? nearest.end - s.start : 0, at);
  // (described) "The coach said his team …", "the prince's suit … his wealth": a person the
  // sentence describes stands nearer the pronoun than any name (unless the noun tells another
  // sex: "the king" is no "her").
  // (apposition) "Ana Ruiz, her trainer, …": the pronoun owns the noun that names the person
  // before it, so it is someone else.
  if ([...between.matchAll(/(?<![\p{L}'’-])\p{Ll}+(?![\p{L}-])/gu)].some((w) => (PERSON_NOUNS.has(w[0]) || TITLE_HEADS.has(w[0])) && (genderOfWord(w[0]) ?? gender) === gender) || (nearest && /^\s*,\s*$/u.test(between))) return undefined;
  const referent = referentAt(ctx, s, at, named, fits);
  return referent && fits(referent) ? referent : undefined;
}

// QUESTION_PRONOUNS rows: a question is read alone, away from the sentence that named the
// person, so "Will his wife skip the race?" or "Can she finish the course?" leaves the reader
// asking who. The first person's pronoun of a question that names nobody before it is the person
// its sentence means, where that is sure; each row says how the name stands in the pronoun's place.
// ("her" before a noun owns it, "her" before a preposition or at the end is its object.)
const NOT_A_NOUN = String.raw`(?:to|and|or|but|in|on|at|for|with|from|by|as|that|the|a|an|of|out|up|down|back|off|about|into|over|after|before|if|when|again|too|because)`;
/** Each row's `match` reads the question from the pronoun on. */
export const QUESTION_PRONOUNS: readonly { name: string; gender: 'female' | 'male'; match: RegExp; build: (name: string) => string }[] = [
  { name: 'subject-he', gender: 'male', match: /^he\b/iu, build: (name) => name },
  { name: 'subject-she', gender: 'female', match: /^she\b/iu, build: (name) => name },
  { name: 'possessive-his', gender: 'male', match: /^his\b/iu, build: (name) => owner(name) },
  { name: 'possessive-her', gender: 'female', match: new RegExp(String.raw`^her(?=\s+(?!${NOT_A_NOUN}\b)[\p{Ll}\d])`, 'iu'), build: (name) => owner(name) },
  { name: 'object-him', gender: 'male', match: /^him\b/iu, build: (name) => name },
  { name: 'object-her', gender: 'female', match: /^her\b/iu, build: (name) => name },
];
const owner = (name: string) => (/s$/u.test(name) ? `${name}’` : `${name}’s`);
const PERSON_PRONOUN = /(?<![\p{L}'’-])(?:he|she|his|him|her)(?![\p{L}'’-])/iu;
// A capitalised word after the question's first: a name the pronoun may stand for.
const NAMED_BEFORE = /\s\p{Lu}/u;

// Where a word of the question, and the word after it there, stand in its sentence (a question
// keeps its sentence's words, not always its marks: "don’t" may have been "don't").
const wordsAt = (sentence: string, word: string, next?: string) =>
  patternWith([word, next ?? ''], () => String.raw`(?<![\p{L}'’-])${word}${next ? String.raw`\s+${anyMark(next)}` : ''}(?![\p{L}'’-])`, 'iu').exec(sentence)?.index;
const anyMark = (word: string) => word.replace(/[^\p{L}\d]/gu, '.');

/** The question with its first person's pronoun named, where nothing names anyone before it and
 * its sentence tells who it is; else the question as it was. */
export function namedQuestion(ctx: Context, s: Sentence, question: string): string {
  const found = PERSON_PRONOUN.exec(question);
  if (!found || NAMED_BEFORE.test(question.slice(0, found.index))) return question;
  const rest = question.slice(found.index);
  const row = QUESTION_PRONOUNS.find((r) => r.match.test(rest));
  if (!row) return question;
  // Where the sentence says it: the pronoun and the word after it, as the question has them.
  const next = /^\S+\s+([\p{L}\d'’-]+)/u.exec(rest)?.[1];
  const at = wordsAt(s.text, found[0], next);
  if (at === undefined) return question;
  const referent = personAt(ctx, s, at, row.gender);
  if (!referent) return question;
  const named = question.slice(0, found.index) + row.build(referent.name) + question.slice(found.index + found[0].length);
  return wordCount(named) <= 25 ? named : question;
}

// BODY_PRONOUNS rows: "Will their paints be approved?", "Have its monitors found fraud?" read
// alone leave the reader asking whose. Where the question opens on the possessive and its sentence
// names one body before it, and no person who could own it instead, the body is named in its place.
/** Each row's `match` reads the question from its first word on. */
export const BODY_PRONOUNS: readonly { name: string; match: RegExp; fits: (a: ActorDraft) => boolean }[] = [
  { name: 'possessive-its', match: /^\S+\s+(its)\s+\p{Ll}/u, fits: (a) => (a.type === 'organization' || a.type === 'country') && !isPluralPhrase(a.name) },
  // (A company is "their" as often as "its".)
  { name: 'possessive-their', match: /^\S+\s+(their)\s+\p{Ll}/u, fits: (a) => a.type === 'organization' || a.type === 'group' || a.type === 'country' },
];
/** The question with its opening "its" or "their" named as the one body its sentence names before it; else the question as it was. */
export function bodyNamedQuestion(ctx: Context, s: Sentence, question: string): string {
  for (const row of BODY_PRONOUNS) {
    const found = row.match.exec(question);
    if (!found) continue;
    const next = /^\S+\s+\S+\s+([\p{L}\d'’-]+)/u.exec(question)?.[1] ?? '';
    const at = patternWith([found[1], next], () => String.raw`(?<![\p{L}'’-])${found[1]}\s+${next.replace(/[^\p{L}\d]/gu, '.')}(?![\p{L}'’-])`, 'iu').exec(s.text)?.index;
    if (at === undefined) return question;
    const before = mentionsOf(ctx, s.index).filter((m) => m.end - s.start <= at).map((m) => ctx.actors[m.actor!]);
    const bodies = [...new Set(before.filter(row.fits))];
    if (bodies.length !== 1 || before.some((a) => a.type === 'person')) return question;
    const name = writtenName(s, bodies[0]);
    // (The match ends on the pronoun, a space and the first letter of its noun.)
    const start = found.index + found[0].length - 2 - found[1].length;
    const named = question.slice(0, start) + owner(name) + question.slice(start + found[1].length);
    return wordCount(named) <= 25 ? named : question;
  }
  return question;
}

// OWNER_REFERENTS rows: a possessive namedQuestion and bodyNamedQuestion leave ("Will her bail be
// revoked?", "What is still unknown about their donors?"), or a person's object pronoun ("Will the
// suit against him succeed?"), read alone leaves the reader asking whose. Each row names where the
// question's sentence tells who it is; the first row sure of one actor names the pronoun.
// ("him", "her" as an object are never the subject of their own clause: only the sentence before
// tells who they are.)
interface Owner {
  pronoun: string;
  /** Where the pronoun stands in the sentence. */
  at: number;
  fits: (a: ActorDraft) => boolean;
  object: boolean;
}
export const OWNER_REFERENTS: readonly { name: string; owner: (ctx: Context, s: Sentence, o: Owner) => ActorDraft[] | undefined }[] = [
  // (sentence-subject) "Ana Ruiz paid her fine, but if she drives again her licence goes": the
  // name that opens the sentence owns a possessive of its sex or number further on, where no other
  // actor that could own it is named between.
  {
    name: 'sentence-subject',
    owner: (ctx, s, o) => {
      if (o.object) return undefined;
      const opening = openingSubject(ctx, s, o.at);
      // (Two people joined by "and" are a "their".)
      const joined = opening && opening.actors.length > 1;
      if (!opening || (joined ? !/^their$/iu.test(o.pronoun) || !opening.actors.every((a) => a.type === 'person') : !o.fits(opening.actors[0]))) return undefined;
      const between = mentionsOf(ctx, s.index).filter((m) => m.start >= opening.end && m.end - s.start <= o.at && !opening.actors.includes(ctx.actors[m.actor!]));
      // (apposition) "Ana Ruiz, her coach, …": the pronoun owns the noun that names the subject, so it is someone else.
      const words = s.text.slice(opening.end - s.start, o.at);
      return between.some((m) => o.fits(ctx.actors[m.actor!])) || /^\s*,\s*$/u.test(words) || describes(words, o.pronoun, true) ? undefined : opening.actors;
    },
  },
  // (previous-subject) "Ray Lund was never charged. Three neighbours have sued him since": with no
  // actor that could be the pronoun named before it in its sentence, it is the one the sentence
  // before opens on, where that sentence names no other that could be.
  {
    name: 'previous-subject',
    owner: (ctx, s, o) => {
      const prev = ctx.sentences[s.index - 1];
      if (!prev || prev.doc !== s.doc || describes(s.text.slice(0, o.at), o.pronoun) || mentionsOf(ctx, s.index).some((m) => m.end - s.start <= o.at && o.fits(ctx.actors[m.actor!]))) return undefined;
      const opening = openingSubject(ctx, prev, prev.text.length);
      if (!opening || opening.actors.length > 1 || !o.fits(opening.actors[0])) return undefined;
      return mentionsOf(ctx, prev.index).some((m) => ctx.actors[m.actor!] !== opening.actors[0] && o.fits(ctx.actors[m.actor!])) ? undefined : opening.actors;
    },
  },
  // (reported-speaker) "She added that the board should judge whether her pick is fit for the
  // post": a possessive in what someone reports (not in their own quoted words, where they would
  // say "my") is the speaker, where the sentence names no other actor that could be it before it.
  {
    name: 'reported-speaker',
    owner: (ctx, s, o) => {
      const said = ctx.attributions.find((x) => x.sentence === s.index && x.kind === 'reported' && x.start <= s.start + o.at && x.end > s.start + o.at);
      if (o.object || !said || !o.fits(ctx.actors[said.actor]) || describes(s.text.slice(said.start - s.start, o.at), o.pronoun)) return undefined;
      return mentionsOf(ctx, s.index).some((m) => m.end - s.start <= o.at && m.actor !== said.actor && o.fits(ctx.actors[m.actor!])) ? undefined : [ctx.actors[said.actor]];
    },
  },
];
// (described) "The prince's suit … his wealth": a word for a person of the pronoun's sex (or a
// body's, for "its" and "their") before it may be whom it stands for, whatever the names say.
// After the subject has been named, only a word that tells the sex ("the king", "his wife") may
// take the pronoun from it: "Ruiz paid her fine but if she calls the victim her bail goes".
function describes(words: string, pronoun: string, afterSubject = false): boolean {
  const person = (w: string) => personWordFor(w, pronoun, !afterSubject);
  return [...words.matchAll(/(?<![\p{L}'’-])\p{Ll}+(?![\p{L}-])/gu)].some((w) => (isBodyPronoun(pronoun) ? GROUP_NOUNS.has(w[0]) : person(w[0])));
}
const isBodyPronoun = (pronoun: string) => pronoun === 'its' || pronoun === 'their';
// A word for a person ("judge", "wife") the pronoun may stand for: one of its sex, or, where
// `unsexedFits`, one that tells no sex.
const personWordFor = (w: string, pronoun: string, unsexedFits: boolean) => {
  const gender = pronoun === 'her' ? 'female' : 'male';
  return (PERSON_NOUNS.has(w) || TITLE_HEADS.has(w)) && (genderOfWord(w) ?? (unsexedFits ? gender : undefined)) === gender;
};
// A sentence's subject, where it opens on an actor's name (after a connective): "But Ruiz said …",
// "Ruiz and Hale are …" (two names joined by "and" are one subject). Not a name in the possessive.
// (that-clause) "Rumours say that Ruiz and Hale …": with no actor before it, the subject of the
// clause "that" opens is the sentence's too.
const OPENING = /^(?:[\s"“‘(]*(?:(?:but|and|so|yet|still|however|now|instead|meanwhile|then),?\s+)?|.*\sthat\s)(?:the\s+)?$/iu;
function openingSubject(ctx: Context, s: Sentence, before: number): { actors: ActorDraft[]; end: number } | undefined {
  const named = [...mentionsOf(ctx, s.index)].sort((a, b) => a.start - b.start);
  const [first, second] = named;
  if (!first || first.end - s.start > before || !OPENING.test(s.text.slice(0, first.start - s.start)) || possessive(ctx, first)) return undefined;
  const joined = second && second.end - s.start <= before && /^\s+and\s+$/u.test(s.text.slice(first.end - s.start, second.start - s.start)) && !possessive(ctx, second);
  return joined ? { actors: [...new Set([ctx.actors[first.actor!], ctx.actors[second.actor!]])], end: second.end } : { actors: [ctx.actors[first.actor!]], end: first.end };
}
const OWNER_PRONOUN = /(?<![\p{L}'’-])(his|her|their|its|him)(?![\p{L}'’-])/iu;
const OWNER_FITS: Readonly<Record<string, (ctx: Context) => (a: ActorDraft) => boolean>> = {
  his: (ctx) => ofSex(ctx, 'male'),
  him: (ctx) => ofSex(ctx, 'male'),
  her: (ctx) => ofSex(ctx, 'female'),
  its: () => rowNamed(BODY_PRONOUNS, 'possessive-its').fits,
  their: () => rowNamed(BODY_PRONOUNS, 'possessive-their').fits,
};
// (A row is read by its name: the tables' order is for their own readers.)
const rowNamed = <R extends { name: string }>(rows: readonly R[], name: string) => rows.find((r) => r.name === name)!;
// Before a body's pronoun a question may hold no noun that could own it, only its template's
// ("What is still unknown about", "What are the identities of"); before a person's, no name but
// another's and no word for a person of its sex.
function ownedInQuestion(ctx: Context, before: string, pronoun: string, fits: (a: ActorDraft) => boolean): boolean {
  const words = tagged(before);
  if (isBodyPronoun(pronoun)) return words.some((w, i) => w.tags.includes('Noun') && !/^(?:of|in)$/u.test(words[i + 1]?.text ?? ''));
  const others = ctx.actors.filter((a) => !fits(a)).flatMap((a) => namesOf(a).flatMap((n) => n.split(/\s+/)));
  const capitals = before.split(/\s+/).slice(1).filter((w) => /^\p{Lu}/u.test(w));
  return capitals.some((w) => !others.includes(w.replace(/['’]s?$/u, ''))) || words.some((w) => personWordFor(w.text, pronoun, true));
}
/** The question with its first owner's or person's pronoun named, where an OWNER_REFERENTS row is sure who it is; else the question as it was. */
export function ownerNamedQuestion(ctx: Context, s: Sentence, question: string): string {
  const found = OWNER_PRONOUN.exec(question);
  if (!found) return question;
  const pronoun = found[1].toLowerCase();
  const fits = OWNER_FITS[pronoun](ctx);
  if (ownedInQuestion(ctx, question.slice(0, found.index), pronoun, fits)) return question;
  const after = question.slice(found.index + found[0].length);
  // "her" before a noun owns it; before a preposition or at the end it is the object.
  const object = pronoun === 'him' || (pronoun === 'her' && !rowNamed(QUESTION_PRONOUNS, 'possessive-her').match.test(question.slice(found.index)));
  const at = pronounInSentence(s.text, found[1], question.slice(0, found.index), after);
  if (at === undefined) return question;
  for (const row of OWNER_REFERENTS) {
    const actors = row.owner(ctx, s, { pronoun, at, fits, object });
    if (!actors) continue;
    const name = actors.map((a) => writtenName(s, a)).join(' and ');
    const named = question.slice(0, found.index) + (object ? name : owner(name)) + after;
    return wordCount(named) <= 25 ? named : question;
  }
  return question;
}
// Where the question's pronoun stands in its sentence: before the word it has after it in the
// question, after the word it has before it, or its only place.
function pronounInSentence(sentence: string, pronoun: string, before: string, after: string): number | undefined {
  const next = /^\s+([\p{L}\d'’-]+)/u.exec(after)?.[1];
  const prev = /(?<![\p{L}\d'’-])([\p{L}\d'’-]+)\s+$/u.exec(before)?.[1];
  const byNext = next ? wordsAt(sentence, pronoun, next) : undefined;
  if (byNext !== undefined) return byNext;
  const byPrev = prev && patternWith([pronoun, prev], () => String.raw`(?<![\p{L}'’-])${anyMark(prev)}\s+(${pronoun})(?![\p{L}'’-])`, 'iu').exec(sentence);
  if (byPrev) return byPrev.index + byPrev[0].length - pronoun.length;
  const all = [...sentence.matchAll(new RegExp(String.raw`(?<![\p{L}'’-])${pronoun}(?![\p{L}'’-])`, 'giu'))];
  return all.length === 1 ? all[0].index : undefined;
}

// ("The Harlow Electoral Board said …": the article the sentence gives the name stays with it.)
function writtenName(s: Sentence, actor: ActorDraft): string {
  const written = patternWith([actor.name], () => String.raw`\bthe\s+${escaped(actor.name)}`, 'iu').test(s.text) && !/^the\s/iu.test(actor.name);
  return `${written ? 'the ' : ''}${actor.name.replace(/^(The|A|An)\b/u, (d) => d.toLowerCase())}`;
}

// NAMED_AGAIN rows: withName names every "he" or "she" its sentence has for the person, so a
// question may name the person twice ("Did Ana Ruiz sign the lease when Ana Ruiz was 19?"); the
// second time, as the subject of its own verb, the person is the pronoun again. (Not "as Ana Ruiz
// says": a dispute names each side.)
export const NAMED_AGAIN: readonly { name: string; match: (name: string) => RegExp; build: (gender: 'female' | 'male') => string }[] = [
  {
    name: 'subject-again',
    match: (name) => patternWith([name], () => String.raw`(?<!\bas\s)(?<![\p{L}'’-])${escaped(name)}(?=\s+(?:\p{Ll}+ly\s+)?(?:is|was|were|are|has|had|have|will|would|could|can|may|might|should|\p{Ll}+ed)\b)`, 'gu'),
    build: (gender) => (gender === 'female' ? 'she' : 'he'),
  },
];
function namedOnce(ctx: Context, actors: readonly number[], question: string): string {
  let text = question;
  for (const a of actors) {
    const actor = ctx.actors[a];
    const gender = actor.type === 'person' ? genderOfActor(ctx, a) : undefined;
    const first = text.indexOf(actor.name);
    if (!gender || first < 0) continue;
    for (const row of NAMED_AGAIN) {
      const after = first + actor.name.length;
      text = text.slice(0, after) + text.slice(after).replace(row.match(actor.name), row.build(gender));
    }
  }
  return text;
}

// PRONOUN_REFERENT rows: who a "he" or "she" stands for is read only where it is sure.
// (possessive) "Ellis' friends", "Mr. Reyes's lawyers", "Lou Gehrig's disease": a name in the
// possessive tells whose the noun is; the pronoun that follows most often stands for the noun or
// the sentence's subject, not for the name.
const POSSESSIVE_AFTER = /^(?:['’]s?)(?!\p{L})/u;
function possessive(ctx: Context, m: Mention): boolean {
  return POSSESSIVE_AFTER.test(textAfter(ctx.docs[ctx.sentences[m.sentence].doc].text, m, 3));
}
// (two-people) "Brandt, who hired Ellis, insisted that he …", "Lund said the deal his predecessor Berg
// struck … and that he could …": two people the pronoun may fit, named before it in its sentence,
// leave it unsure; the question keeps the pronoun rather than name the wrong one.
// (reported-by) "Reyes conceded that he had not …", "Moreau said on Monday that she has not …": a
// pronoun that opens what a person reports is that person, whoever else the sentence names (when
// the speaker is the last person named before it: the reading it had before these rows).
function reportedBy(ctx: Context, s: Sentence, at: number, fits: (a: ActorDraft) => boolean): ActorDraft | undefined {
  if (!REPORTED_OPENS.test(s.text.slice(0, at))) return undefined;
  const said = ctx.attributions.find((x) => x.sentence === s.index && x.start <= s.start + at && x.end > s.start + at);
  const last = mentionsOf(ctx, s.index).filter((m) => m.end - s.start <= at && ctx.actors[m.actor!].type === 'person').at(-1);
  return said && last?.actor === said.actor && fits(ctx.actors[said.actor]) ? ctx.actors[said.actor] : undefined;
}
function lastPerson(ctx: Context, mentions: readonly Mention[], fits: (a: ActorDraft) => boolean): ActorDraft | undefined {
  const people = mentions.filter((m) => ctx.actors[m.actor!].type === 'person');
  const last = people.at(-1);
  if (!last || possessive(ctx, last)) return undefined;
  const referent = ctx.actors[last.actor!];
  if (!fits(referent)) return undefined;
  // (Another whose sex the story does not tell leaves the nearest name standing: most names are
  // read, and a pronoun's referent is most often the nearest.)
  const gender = genderOfActor(ctx, referent.index);
  return people.some((m) => m.actor !== last.actor && fits(ctx.actors[m.actor!]) && genderOfActor(ctx, m.actor!) !== undefined && (gender === undefined || genderOfActor(ctx, m.actor!) === gender)) ? undefined : referent;
}

// "The agency said it may cut jobs", "Police said Monday they would return": a body that reports
// what it will do names itself "it" or "they"; the pronoun is the speaker when it opens what is
// reported (the attribution stage's speaker, else the one body named before it that fits), so
// the ask rules can name it. Nowhere else is the antecedent sure enough: a pronoun further on
// may point at any noun phrase. A person is never "it"; "it will be hard to …" points at nothing.
const REPORTED_OPENS = new RegExp(String.raw`\b(?:${phrases(grammar.reportedSelf.verbs)})\s+(?:[\p{L}.]+\s+){0,2}?(?:on\s+)?(?:(?:${phrases(grammar.timeBeforeSubject.days)})\s+)?(?:that\s+)?$`, 'iu');
const VERB_AFTER = String.raw`(?=\s+(?:\p{Ll}+ly\s+|also\s+|still\s+)?(?:is|are|was|were|has|have|had|will|would|could|may|might|can|should|\p{Ll}+ed|\p{Ll}+s)\b)`;
const EXPLETIVE = /^\s+(?:(?:may|might|could|will|would|can|should|must)\s+(?:not\s+|also\s+|still\s+)?)?(?:be|is|was|has\s+been|had\s+been|seems?|seemed|appears?|appeared|remains?|remained|takes?|took|means?|meant|depends?|depended|turns?|turned|matters?|mattered|happens?|happened)\b/u;
interface Referring {
  name: string;
  pronoun: RegExp;
  fits: (a: ActorDraft) => boolean;
}
const REFERRING: readonly Referring[] = [
  { name: 'they-body', pronoun: new RegExp(String.raw`(?<![\p{L}'’])(they)${VERB_AFTER}`, 'gu'), fits: (a) => a.type === 'group' || (a.type !== 'person' && isPluralPhrase(a.name)) },
  { name: 'it-body', pronoun: new RegExp(String.raw`(?<![\p{L}'’])(it)${VERB_AFTER}`, 'gu'), fits: (a) => (a.type === 'organization' || a.type === 'country') && !isPluralPhrase(a.name) },
];
function withReferent(ctx: Context, s: Sentence, text: string): string {
  for (const row of REFERRING) {
    for (const m of text.matchAll(row.pronoun)) {
      const at = m.index!;
      if (!REPORTED_OPENS.test(text.slice(0, at)) || (row.name === 'it-body' && EXPLETIVE.test(text.slice(at + m[0].length)))) continue;
      // (withName may have named someone before it: offsets hold only up to the first change.)
      if (text.slice(0, at) !== s.text.slice(0, at)) break;
      const said = ctx.attributions.find((x) => x.sentence === s.index && x.start <= s.start + at && x.end > s.start + at);
      const before = [...new Set(mentionsOf(ctx, s.index).filter((x) => x.end - s.start <= at).map((x) => ctx.actors[x.actor!]).filter(row.fits))];
      // (Two bodies named before it may both be speaking: "police and the sheriff's office told reporters they …".)
      const referent = before.length === 1 ? before[0] : !before.length && said && row.fits(ctx.actors[said.actor]) ? ctx.actors[said.actor] : undefined;
      // "Investigators said they are looking into …": an unnamed plural speaker that opens the
      // sentence is "they" just the same.
      const opening = row.name === 'they-body' && !referent && !before.length ? speakerOpening(text.slice(0, at)) : undefined;
      if (opening) return text.slice(0, at) + lowerFirst(opening) + text.slice(at + m[1].length);
      if (!referent) continue;
      return text.slice(0, at) + referent.name.replace(/^(The|A|An)\b/u, (d) => d.toLowerCase()) + text.slice(at + m[1].length);
    }
  }
  return previousSubject(ctx, s, text);
}

const SPEECH_AT = new RegExp(String.raw`\s(?:${phrases(grammar.reportedSelf.verbs)})\b`, 'iu');
function speakerOpening(head: string): string | undefined {
  const verb = SPEECH_AT.exec(head);
  if (!verb) return undefined;
  const subject = subjectBefore(head, verb.index);
  const whole = head.slice(0, verb.index).replace(OPENING_CONNECTIVE, '').trim();
  return subject && subject === whole && isPluralPhrase(subject) ? subject : undefined;
}

// "The band is due to arrive on Friday. But where they will play is anyone's guess": "they"
// opening a sentence is the plural subject that opened the one before it in the same article,
// when nothing plural follows that subject's verb closely enough to be "they" instead ("Police
// arrested two men. They …" may be either).
const CONNECTIVES = 'but|and|so|yet|still|however|now|instead|meanwhile';
const OPENING_THEY = new RegExp(String.raw`^((?:(?:${CONNECTIVES}),?\s+)?(?:(?:where|how|when|why|whether|what)\s+)?)(they)${VERB_AFTER}`, 'iu');
const OPENING_CONNECTIVE = new RegExp(String.raw`^(?:(?:${CONNECTIVES}|today|yesterday),?\s+)?`, 'iu');
const MAIN_VERB = /\s(?:is|are|was|were|has|have|had|will|would|could|may|might|can|should|must)\b/u;
const COLLECTIVE = new RegExp(String.raw`\b(?:${phrases(grammar.collectives.words)})$`, 'iu');
function previousSubject(ctx: Context, s: Sentence, text: string): string {
  const m = OPENING_THEY.exec(text);
  const prev = ctx.sentences[s.index - 1];
  if (!m || !prev || prev.doc !== s.doc || text.slice(0, m[1].length) !== s.text.slice(0, m[1].length)) return text;
  const verb = MAIN_VERB.exec(prev.text);
  if (!verb) return text;
  const head = prev.text.slice(0, verb.index).replace(OPENING_CONNECTIVE, '');
  const subject = subjectBefore(prev.text, verb.index);
  if (!subject || subject !== head.trim() || !(isPluralPhrase(subject) || COLLECTIVE.test(subject))) return text;
  const after = prev.text.slice(verb.index + verb[0].length).split(/\s+/).slice(0, 7).join(' ');
  if (isPluralPhrase(after)) return text;
  const named = lowerFirst(subject);
  return m[1] + (m[1] ? named : cap(named)) + text.slice(m[1].length + m[2].length);
}

// PLURAL_REFERENTS rows: "Will their demands be granted?", "Will they be willing to travel?"
// read alone leave the reader asking who. The readers above name a "their" only for an actor; a
// plural "they", "their" or "them" most often stands for a group the articles name by a common
// noun ("students", "the patients", "fans"). Each row names where the question's sentence tells
// which group it is; the first row sure of one names the pronoun (and only a question that holds
// no plural noun or name before the pronoun, which could be it instead).
/** Each row's `find` reads the sentence (`at`: where the pronoun stands in it) and returns the group's noun phrase. */
export const PLURAL_REFERENTS: readonly { name: string; find: (ctx: Context, s: Sentence, at: number, pronoun: string) => string | undefined }[] = [
  // (plural-subject-before) "After a week of sit-ins, cadets held the lobby. If their demands
  // go unanswered …": a pronoun that opens its sentence, no noun before it, is the plural
  // group the sentence before opens on (after a phrase set before it), unless something plural
  // follows that group's verb closely enough to be the pronoun instead.
  {
    name: 'plural-subject-before',
    find: (ctx, s, at) => {
      const prev = ctx.sentences[s.index - 1];
      if (!prev || prev.doc !== s.doc || !opensSentence(s.text.slice(0, at))) return undefined;
      const subject = pluralSubject(prev.text);
      return subject && !isPluralPhrase(prev.text.slice(subject.verbEnd).split(/\s+/).slice(0, 7).join(' ')) ? subject.head : undefined;
    },
  },
  // (plural-sentence-subject) "The riders set off at dawn and the route will be judged by whether
  // they finish before dark": a pronoun further on in its sentence is the plural group the
  // sentence opens on, where nothing plural stands between that group's verb and the pronoun.
  {
    name: 'plural-sentence-subject',
    find: (_ctx, s, at, pronoun) => {
      const subject = pluralSubject(s.text);
      if (!subject || subject.verbEnd > at) return undefined;
      const between = s.text.slice(subject.verbEnd, at);
      // ("Rivals could blast them": "them" as the object of the group's own verb is someone else;
      // in what the group reports, "historians said the find would help them", it is the group.)
      if (/^them$/iu.test(pronoun) && !REPORTS_BETWEEN.test(s.text.slice(subject.subjectEnd, at))) return undefined;
      return tagged(between).some((w) => w.tags.includes('Plural') || w.tags.includes('Pronoun')) || /[“”"]/u.test(between) ? undefined : subject.head;
    },
  },
];
const REPORTS_BETWEEN = new RegExp(String.raw`\b(?:${phrases(grammar.reportedSelf.verbs)}|that)\b`, 'iu');
const PLURAL_PRONOUN = /(?<![\p{L}'’-])(they|their|them)(?![\p{L}'’-])/iu;
const PHRASE_STARTS = new Set(grammar.phraseStart.words);
// Words a sentence may open on before its pronoun with no noun among them: "But will they …", "If their …".
const opensSentence = (before: string) => tagged(before.replace(/[“”"‘’(]/gu, ' ')).every((w) => !w.tags.some((t) => /Noun|Pronoun|Value/.test(t)));
// The plural noun phrase a sentence opens on, as its subject (after a connective, and a phrase
// set before it: "After a week of sit-ins, students …"), cut to its head before a phrase that
// qualifies it ("students at the college" → "students"); and where its verb ends.
function pluralSubject(text: string): { head: string; subjectEnd: number; verbEnd: number } | undefined {
  const opening = OPENING_CONNECTIVE.exec(text)![0].length;
  const fronted = /^[\p{L}'’-]+/u.exec(text.slice(opening))?.[0].toLowerCase();
  const comma = fronted && (PHRASE_STARTS.has(fronted) || fronted === 'every') ? (/^[^,;:“”"]{3,80},\s+/u.exec(text.slice(opening))?.[0].length ?? 0) : 0;
  const from = opening + comma;
  const words = tagged(text.slice(from));
  const verb = words.findIndex((w) => FINITE(w.tags) || w.tags.includes('Copula') || w.tags.includes('Auxiliary'));
  if (verb < 1) return undefined;
  // Where each word ends in the sentence (the tagger lower-cases words and splits hyphens).
  const ends: number[] = [];
  const lower = text.toLowerCase();
  for (const w of words.slice(0, verb + 1)) {
    const at = lower.indexOf(w.text.toLowerCase(), ends.at(-1) ?? from);
    if (at < 0) return undefined;
    ends.push(at + w.text.length);
  }
  const cut = words.slice(0, verb).findIndex((w) => PHRASE_STARTS.has(w.text.toLowerCase()));
  const head = text.slice(from, ends[(cut > 0 ? cut : verb) - 1]).replace(/,$/u, '');
  if (!isSubject(text.slice(from, ends[verb - 1])) || !isPluralPhrase(head) || words.slice(0, verb).some((w) => w.tags.includes('Pronoun'))) return undefined;
  return { head, subjectEnd: ends[verb - 1], verbEnd: ends[verb] };
}
// A plural noun or a name before the pronoun in the question may be what it stands for.
const pluralOwnedInQuestion = (before: string) => tagged(before).some((w, i) => i > 0 && (w.tags.includes('Plural') || /^\p{Lu}/u.test(w.text)));
// A group's first word keeps its capital where the articles write it so inside a sentence too
// ("Republicans", a party), not where only a sentence's opening gave it one ("Students").
function writtenCase(ctx: Context, group: string): string {
  const first = /^\p{Lu}[\p{L}'’-]*/u.exec(group)?.[0];
  return !first || capitalInsideSentence(ctx, first) ? group : lowerFirst(group);
}
/** The articles write `word` capitalised inside a sentence (after a lower-case word, a number or a comma), as a name is. */
function capitalInsideSentence(ctx: Context, word: string): boolean {
  const inside = patternWith([word], () => String.raw`(?<=[\p{Ll}\d,;]\s+)${escaped(word)}(?![\p{L}'’-])`, 'u');
  return ctx.docs.some((d) => inside.test(d.text));
}
/** The question with its first "they", "their" or "them" named as the group a PLURAL_REFERENTS row reads; else the question as it was. */
export function pluralNamedQuestion(ctx: Context, s: Sentence, question: string): string {
  const found = PLURAL_PRONOUN.exec(question);
  if (!found || pluralOwnedInQuestion(question.slice(0, found.index))) return question;
  const after = question.slice(found.index + found[0].length);
  const at = pronounInSentence(s.text, found[1], question.slice(0, found.index), after);
  if (at === undefined) return question;
  for (const row of PLURAL_REFERENTS) {
    const group = row.find(ctx, s, at, found[1]);
    if (!group) continue;
    const name = found.index === 0 ? cap(group) : writtenCase(ctx, group);
    const named = question.slice(0, found.index) + (/^their$/iu.test(found[1]) ? owner(name) : name) + after;
    return wordCount(named) <= 25 ? named : question;
  }
  return question;
}

// UNNAMED_REFERENCES rows: a question whose pronoun or stand-in the readers above could not name,
// and that nothing in the question itself can stand for, means nothing away from its sentence
// ("Will the ministry take steps against it?", "Will the mayor do so?"): an editor would not
// print it. Of 91 shown questions over the 234 non-check clusters that hold such a word, 35 point
// outside the question; these rows drop 10, each one of those (mn-val-104, 232, 236). Each row
// names one such reference; a question any row matches is not shown, and the next one takes its
// place.
// "it" or "them" as the object of a verb or a preposition: at the question's end, or before a
// preposition, an adverb or a noun phrase of its own ("declare this a sign").
const OBJECT_PRONOUN_AT = /(?<=\s)(it|them|this)(?=\s*\?$|\s+(?:to|in|on|at|for|with|from|by|into|out|up|down|back|off|again|prior|before|after|a|an|the)\b)/gu;
// ("make it": to succeed, no thing it stands for.)
const IDIOM_BEFORE = /\b(?:make|makes|made|making)\s+$/u;
// The words between the question's verb and the object pronoun hold no noun of its number that it could stand for.
const isNoun = (tags: string[]) => tags.includes('Noun') && !tags.includes('Pronoun');
function objectUnnamed(q: string): boolean {
  for (const m of q.matchAll(OBJECT_PRONOUN_AT)) {
    const before = q.slice(0, m.index);
    if (IDIOM_BEFORE.test(before)) continue;
    const words = tagged(before);
    // (The question's subject, the first noun and the nouns that run on from it, is not its object.)
    const first = words.findIndex((w, i) => i > 0 && isNoun(w.tags));
    let after = first < 0 ? words.length : first;
    while (after < words.length && isNoun(words[after].tags)) after++;
    const plural = m[1] === 'them';
    const could = words.slice(after).some((w) => !w.tags.includes('Pronoun') && (plural ? w.tags.includes('Plural') : w.tags.includes('Singular') || w.tags.includes('ProperNoun')));
    if (!could) return true;
  }
  return false;
}
export const UNNAMED_REFERENCES: readonly { name: string; match: (q: string) => boolean }[] = [
  // (object-pronoun) "Will China take steps against it?", "Will the chain bring them to its
  // stores?", "Who will try this next?": an object pronoun with no noun of its number between the
  // question's verb and it.
  { name: 'object-pronoun', match: objectUnnamed },
  // (do-so) "Will the mayor do so if re-elected?": "do so" stands for a deed the sentence told before.
  { name: 'do-so', match: (q) => /\b(?:do|does|did|doing)\s+so\b/u.test(q) },
];

/** A sentence that signals something open, weighed by its signal, actors, thread and place. */
export interface Candidate {
  s: Sentence;
  kind: QuestionKind;
  signal: string;
  /** Where the signal stands in the sentence, where its row tells. */
  span?: Span;
  strong: boolean;
  /** Its signal says outright that something is open. */
  sure: boolean;
  score: number;
}

/** The sentences that signal something open, strongest first. */
export function candidatesOf(ctx: Context, thread = threadOf(ctx)): Candidate[] {
  return ctx.sentences
    .filter((s) => !s.noise && wordCount(s.text) >= 5)
    .flatMap((s) => {
      const signal = signalOf(s.text);
      // "I thought I could make it home": what a speaker or the writer guesses is no open question.
      if (signal && signal.rule.weight < 2 && PERSONAL.test(s.text.replace(QUOTED, ''))) return [];
      return signal ? [{ s, kind: signal.rule.kind, signal: signal.rule.name, span: signal.span, strong: STATED.has(signal.rule.name), sure: signal.rule.weight >= SURE_WEIGHT, score: signal.rule.weight + 0.25 * (signal.count - 1) + weigh(ctx, s, thread) }] : [];
    })
    .sort((a, b) => b.score - a.score || a.s.index - b.s.index);
}

/** Every open question the cluster raises, strongest first, and those it answers itself. */
export function rankQuestions(ctx: Context): { open: Scored[]; answered: QuestionDraft[] } {
  const thread = threadOf(ctx);
  const candidates = candidatesOf(ctx, thread).slice(0, MAX_TRIED);

  const open: Scored[] = [];
  const answered: QuestionDraft[] = [];
  const seen: string[][] = [];
  const fresh = (text: string) => {
    const terms = contentTerms(text);
    return !seen.some((t) => containment(t, terms) >= 0.8 || containment(terms, t) >= 0.8);
  };
  const take = (draft: QuestionDraft, score: number, rule: string, general = false, sides = false) => {
    seen.push(contentTerms(draft.text));
    draft.answer = answerOf(ctx, draft);
    if (draft.answer) answered.push(draft);
    else open.push({ draft, score, rule, general, ...(sides ? { sides } : {}) });
  };
  const wellFormed = (q?: { text: string }): q is NonNullable<typeof q> => !!q && wordCount(q.text) <= 25 && tidy(q.text);
  const usable = (q?: { text: string }): q is NonNullable<typeof q> => wellFormed(q) && fresh(q.text);
  // The open question a sentence asks again (another article telling the same pending step): that
  // sentence is cited beside the first, so a reader sees every article that raises it.
  // A question of one or two words ("What happened?") is asked of too many different things to
  // say that two sentences raise the same one, unless a rule that reads the sentence's own words
  // wrote both alike ("What is the cause of death?"); a template about one noun ("What will come
  // of the lawsuit?") may name two lawsuits.
  const askedAgain = (text: string, rule: string) => {
    const terms = new Set(contentTerms(text));
    return open.find((q) => {
      if (q.rule === 'dispute' || q.draft.sentences.length >= MAX_CITED) return false;
      const asked = new Set(contentTerms(q.draft.text));
      const shared = [...terms].filter((t) => asked.has(t)).length;
      const alike = shared === terms.size && shared === asked.size && shared >= 2 && !TEMPLATES.has(rule) && !TEMPLATES.has(q.rule);
      // (template-again) "Will the lawsuit succeed?" after "Will the class-action lawsuit
      // succeed?": the same template asked of the process by fewer words, none of them its own,
      // is the story's process told again, as oneInquiry reads a bare inquiry. (Two modifiers of
      // their own, "the first study" and "the state study", may be two processes.)
      const templateAgain = TEMPLATES.has(rule) && q.rule === rule && shared === terms.size && shared >= 2;
      return alike || templateAgain || (shared >= SAME_TERMS && shared >= 0.8 * Math.min(terms.size, asked.size));
    });
  };
  const actorsIn = (s: Sentence) => [...new Set(mentionsOf(ctx, s.index).map((m) => m.actor!))];
  const unread: Pick<Candidate, 's' | 'kind' | 'signal' | 'span' | 'score' | 'sure'>[] = [];
  const askMatter = ({ s, kind, signal, span }: Pick<Candidate, 's' | 'kind' | 'signal' | 'span'>, score: number) => {
    const text = matterQuestion(s.text, kind, thread, signal, span);
    if (text && fresh(text)) take({ text, kind, actors: actorsIn(s), sentences: [s.index] }, score, 'matter', true);
  };
  for (const { s, kind, signal, span, score, strong, sure } of candidates) {
    const text = withReferent(ctx, s, withName(ctx, s));
    // A rule's question first; else, for a strong signal, its statement asked.
    let q = questionOf(text);
    const repeated = wellFormed(q) && !fresh(q.text) && !(q.rule === 'modal' && QUOTE_OPENS.test(s.text));
    const again = repeated ? askedAgain(q!.text, q!.rule) : undefined;
    if (again) {
      citeAgain(again.draft, { sentences: [s.index] });
      // What else it leaves open may still be asked about its matter.
      unread.push({ s, kind, signal, span, score, sure });
      continue;
    }
    // A sentence whose rule asks again what is already asked has had its question: its statement
    // is no other one ("The mill closed in May; the cause of the leak was not disclosed" is not "Did the mill close in May?").
    // (A sentence whose signal leaves nothing open about its matter, "the buyer was an unknown
    // collector", leaves its statement no more open.)
    if (!usable(q) && strong && !repeated && !NOT_OPEN.some((r) => r.match.test(s.text, signal))) {
      const fallback = statementQuestion(text);
      q = fallback ? { text: fallback, kind, rule: 'statement' } : undefined;
    }
    if (!usable(q) || (q.rule === 'modal' && QUOTE_OPENS.test(s.text))) {
      unread.push({ s, kind, signal, span, score, sure });
      continue;
    }
    // The rule knows what it asked; a yes/no question about a denied account is a dispute.
    const actors = actorsIn(s);
    // (A sentence whose doer a pronoun names, read as the last person named before it, may
    // mean another: its question stays a general one.)
    const general = GENERIC_RULES.has(q.rule) && !(text === s.text && NOT_GENERAL.some((r) => r.test(q.text, q.rule, s.text)));
    take({ text: q.text, kind: kind === 'disputed' && q.kind === 'unresolved' ? 'disputed' : q.kind, actors, sentences: [s.index] }, score - (general ? GENERIC_PENALTY : 0), q.rule, general);
  }
  const sides = new Set([...disputes(ctx), ...denialDisputes(ctx), ...accusationDisputes(ctx), ...contraryDisputes(ctx)]);
  // (One side's own excuse is its claim, not a pair of sides, nor is a charge its target denies:
  // neither is counted among them.)
  for (const d of [...agencyDisputes(ctx), ...sides, ...excuseDisputes(ctx), ...chargeDisputes(ctx), ...figureDisputes(ctx)]) {
    // A dispute that names both sides of what a sentence already asks takes that question's place.
    const terms = contentTerms(d.text);
    const asked = open.findIndex((q) => q.rule !== 'dispute' && d.sentences.includes(q.draft.sentences[0]) && containment(contentTerms(q.draft.text), terms) >= 0.8);
    // The question it would replace does not make it a near-duplicate.
    const at = asked >= 0 ? seen.findIndex((t) => t.join(' ') === contentTerms(open[asked].draft.text).join(' ')) : -1;
    const set = at >= 0 ? seen.splice(at, 1) : [];
    if (!usable(d)) {
      seen.splice(at, 0, ...set);
      continue;
    }
    const replaced = asked >= 0 ? open.splice(asked, 1)[0] : undefined;
    take(d, Math.max(replaced?.score ?? 0, DISPUTE_BONUS + Math.max(...d.sentences.map((i) => 2.5 + weigh(ctx, ctx.sentences[i], thread)))), 'dispute', false, sides.has(d));
  }
  // An age told two ways is more often one article's slip than what the story leaves open: it is
  // weighed without a signal's weight, below the questions a sentence raises, and fills a short list.
  for (const d of ageDisputes(ctx)) if (usable(d)) take(d, Math.max(...d.sentences.map((i) => weigh(ctx, ctx.sentences[i], thread))), 'age');
  // A sentence that says outright that something is open is asked about its matter when no rule
  // reads it: editors ask what such sentences leave open however they are worded.
  for (const c of unread) if (c.sure) askMatter(c, c.score - MATTER_PENALTY);
  open.sort((a, b) => b.score - a.score);
  // A list the rules left short is filled with questions about the matter of the strongest
  // sentences no rule read, after the others: such a question reads more sentences than leave
  // anything open.
  for (const c of unread) {
    if (open.length >= MIN_OPEN) break;
    askMatter(c, c.score);
  }
  return { open: shownOf(ctx, open), answered };
}

/**
 * What the briefing lists of the ranked open questions: none that a NOT_SHOWN row hides, one per
 * defendant and per inquiry, general ones only within the first GENERAL_SHOWN, then the held-back
 * ones that fill a short list.
 */
function shownOf(ctx: Context, open: readonly Scored[]): Scored[] {
  const shown: Scored[] = [];
  for (const q of open) if (!NOT_SHOWN.some((r) => r.test(q, shown))) shown.push(q);
  const listed = oneInquiry(oncePerDefendant(ctx, shown));
  const kept = listed.filter((q, i) => !q.general || i < GENERAL_SHOWN);
  return [...kept, ...heldBackFills(ctx, listed, kept)];
}

// The questions held back below GENERAL_SHOWN that fill a list shorter than FULL_LIST (or a row's
// own fillsTo), strongest first.
function heldBackFills(ctx: Context, listed: readonly Scored[], kept: readonly Scored[]): Scored[] {
  const fills: Scored[] = [];
  // A question fills a place while a row it meets has one left; a full row is not read again.
  for (const q of listed) if (!kept.includes(q) && FILLS.some((r) => kept.length + fills.length < (r.fillsTo ?? FULL_LIST) && r.test(ctx, q))) fills.push(q);
  return fills;
}

// Each sentence that tells a defendant's charges raises the same "Will X be convicted of …?", and
// each that tells a court date the same "What will happen when X appears in court …?": a story
// asks each once per defendant. A later one is asked only of a person named by another surname; an
// unnamed defendant ("a 20-year-old man", "the teacher") after a named one is most often the same
// person, told again, unless its noun tells a sex none of those asked before has ("the
// 56-year-old woman" after a man: a co-defendant). The question asked cites the sentences that
// tell it again, as oneInquiry's does, where the defendant it is told of is sure: the one asked
// before by that surname, or, for an unnamed one, the only one asked before whose sex is not
// another.
const DEFENDANT: Readonly<Record<string, RegExp>> = {
  charged: /^Will (.+?) be convicted (?:of|on) /,
  'faces-charges': /^Will (.+?) be convicted (?:of|on) /,
  'court-date': /^What (?:will happen when|sentence will) (.+?) (?:appears?|is|are|receive)\b/,
};
// (A charge told by its noun alone and one told with its verb are the same question.)
const ASKED_AS: Readonly<Record<string, string>> = { 'faces-charges': 'charged' };
interface Defendant {
  surname: string;
  sex?: 'female' | 'male';
  /** The question asked of this defendant (a repeat's, the one it repeats where that is sure). */
  asked?: Scored;
}
// The earlier defendant a repeat is sure to be: the same surname, or, unnamed, the only one whose sex is not another.
function sameDefendant(before: readonly Defendant[], surname: string, sex?: 'female' | 'male'): Defendant | undefined {
  if (surname) return before.find((d) => d.surname === surname);
  const could = [...new Set(before.filter((d) => !sex || !d.sex || d.sex === sex).map((d) => d.asked))];
  return could.length === 1 ? before.find((d) => d.asked === could[0]) : undefined;
}
function oncePerDefendant(ctx: Context, open: Scored[]): Scored[] {
  const asked = new Map<string, Defendant[]>();
  return open.filter((q) => {
    const who = DEFENDANT[q.rule];
    if (!who) return true;
    const name = who.exec(q.draft.text)?.[1] ?? '';
    const surname = /^\p{Lu}/u.test(name) ? name.split(/\s+/).pop()! : '';
    // A named defendant's sex is the attribution stage's reading of the person; an unnamed one's, its noun's.
    // (A pronoun read as the name leaves the person unmentioned in the sentence: the story's actor of that surname.)
    const bySurname = (a: ActorDraft) => a.type === 'person' && a.name.split(/\s+/).pop() === surname;
    const named = !surname ? undefined : (q.draft.actors.find((a) => bySurname(ctx.actors[a])) ?? ctx.actors.find(bySurname)?.index);
    const sex = named !== undefined ? genderOfActor(ctx, named) : surname ? undefined : name.split(/\s+/).map(genderOfWord).find(Boolean);
    const key = ASKED_AS[q.rule] ?? q.rule;
    const before = asked.get(key) ?? asked.set(key, []).get(key)!;
    const another = surname ? !before.some((d) => d.surname === surname) : !!sex && before.every((d) => d.sex && d.sex !== sex);
    const again = before.length > 0 && !another;
    const earlier = again ? sameDefendant(before, surname, sex)?.asked : undefined;
    if (earlier) citeAgain(earlier.draft, { sentences: q.draft.sentences });
    before.push({ surname, sex, asked: again ? earlier : q });
    return !again;
  });
}

// (one-inquiry) "What will the investigation into the incident find?", "What will the ongoing
// investigation find?", "What will the arson investigation find?": each sentence that tells the
// story's inquiry again asks what it will find, and a reader is shown one question that cites them
// all. Two inquiries stay apart only where each names who inquires ("by the state auditor", "the
// committee's") or a matter of its own ("into the bridge's design"): a bare one, or one into the
// story's own event ("into the case", "into his death"), is the story's inquiry.
// One space before "find", not a run: the greedy (.*) leaves it one anyway, and a run re-read
// from each of its characters was quadratic.
export const INQUIRY_FINDS = /^What will the ((?:[\p{L}’'-]+\s+){0,3}?)(investigation|investigations|inquiry|probe|inquest)\b(.*)\sfind\?$/u;
const REFERENT = `(?:${phrases(lists.inquiryReferents.words)})`;
/** How an inquiry's matter points back at the story's own event; each row reads what follows the inquiry's noun. */
export const INQUIRY_REFERENTS: readonly { name: string; match: RegExp }[] = [
  // "into the incident", "into his death", "of the fatal crash".
  { name: 'referent', match: new RegExp(String.raw`^\s+(?:into|of)\s+(?:the|this|that|his|her|its|their)\s+(?:[\p{Ll}-]+\s+)?${REFERENT}$`, 'u') },
  // "into the boy's death", "into Ruiz's killing": whose death it was names the victim, not
  // another matter; the story tells one death.
  { name: 'possessive-referent', match: new RegExp(String.raw`^\s+(?:into|of)\s+(?:the\s+)?[\p{L}\d-]+['’]s?\s+(?:[\p{Ll}-]+\s+)?${REFERENT}$`, 'u') },
  // "into the death of a toddler", "into the deaths of two climbers": the event told with its victims.
  { name: 'referent-of', match: new RegExp(String.raw`^\s+(?:into|of)\s+the\s+(?:[\p{Ll}-]+\s+)?${REFERENT}\s+of\s+(?:an?|the|his|her|their|two|three|four|five|\d+)\s+(?:[\p{L}\d'’-]+\s+){0,2}?[\p{L}\d'’-]+$`, 'u') },
];
const bareInquiry = (before: string, after: string) => !/\p{Lu}|['’]s\s/u.test(before) && (!after.trim() || INQUIRY_REFERENTS.some((r) => r.match.test(after)));
function oneInquiry(open: Scored[]): Scored[] {
  let first: { q: Scored; bare: boolean } | undefined;
  return open.filter((q) => {
    const m = INQUIRY_FINDS.exec(q.draft.text);
    if (!m) return true;
    const bare = bareInquiry(m[1], m[3]);
    if (!first) {
      first = { q, bare };
      return true;
    }
    if (!bare && !first.bare) return true;
    citeAgain(first.q.draft, q.draft);
    return false;
  });
}

// A question asked again (askedAgain while the sentences are read, a defendant's charge told
// again, oneInquiry once the list is ranked) is shown once: it cites the sentences that ask it again, up to MAX_CITED, and, where a
// whole question is folded into it, that question's actors.
function citeAgain(shown: QuestionDraft, again: { sentences: readonly number[]; actors?: readonly number[] }): void {
  for (const i of again.sentences) if (shown.sentences.length < MAX_CITED && !shown.sentences.includes(i)) shown.sentences.push(i);
  for (const a of again.actors ?? []) if (!shown.actors.includes(a)) shown.actors.push(a);
}

// The question as shown: each pronoun a reader could not place named, where its sentence tells
// who, and its wording repaired as a rule's question is (a template's or a dispute's words, "What
// will come of these findings?", come from the sentence too).
const shownText = (ctx: Context, s: Sentence, text: string) => repaired(sentenceCased(ctx, s, pluralNamedQuestion(ctx, s, ownerNamedQuestion(ctx, s, bodyNamedQuestion(ctx, s, namedQuestion(ctx, s, text))))));

// (sentence-case-in-cluster) "Gravel will be spread on the towpath" → "Will gravel be spread on
// the towpath?", not "Will Gravel …?": the word that opens the sentence is capitalised only for its
// place there where the articles write it in lower case elsewhere and never capitalised inside a
// sentence, as they would a name ("the Heat", "said Rose").
const SENTENCE_OPENING = /^[\s"“‘(]*(\p{Lu}\p{Ll}+)(?![\p{L}'’-])/u;
function sentenceCased(ctx: Context, s: Sentence, question: string): string {
  const first = SENTENCE_OPENING.exec(s.text)?.[1];
  // (A capital or a number after it makes it part of a name: "Camp Nolan", "Area 9".)
  const at = first ? patternWith([first], () => String.raw`(?<=\s)${first}(?![\p{L}'’-])(?!\s+[\p{Lu}\d])`, 'u').exec(question)?.index : undefined;
  if (!first || at === undefined) return question;
  const lower = first.toLowerCase();
  const inLowerCase = patternWith([lower], () => String.raw`(?<![\p{L}'’-])${lower}(?![\p{L}'’-])`, 'u');
  if (!ctx.docs.some((d) => inLowerCase.test(d.text)) || capitalInsideSentence(ctx, first)) return question;
  return question.slice(0, at) + lower + question.slice(at + first.length);
}

export function questions(ctx: Context): void {
  const { open, answered } = rankQuestions(ctx);
  // (The articles' own question, "Is he in fact a medium?", is asked as the story asks it: the
  // evidence beside it tells who.)
  const unnamed = (q: Scored, text: string) => q.rule !== 'asked-in-text' && UNNAMED_REFERENCES.some((r) => r.match(text));
  // Questions are worded as shown only until MAX_OPEN are kept: the naming reads the cluster, and
  // a question past them is never shown.
  const shown: QuestionDraft[] = [];
  for (const q of open) {
    if (shown.length >= MAX_OPEN) break;
    // (A question is named once it is shown: its words before were what told it from the others.)
    const text = namedOnce(ctx, q.draft.actors, shownText(ctx, ctx.sentences[q.draft.sentences[0]], q.draft.text));
    if (!unnamed(q, text)) shown.push({ ...q.draft, text });
  }
  ctx.questions = [...shown, ...answered];
}
