// Who says what in one sentence: quotes first, then reported speech after each speech verb.
import type { Attribution, Context, Sentence } from '../../types.js';
import { ADDRESSEE_VERBS, GROUP_SPEAKERS, KIN_WORDS, ORG_NOUNS, UNNAMED_SOURCES, WEAK_SPEECH_VERBS, isRoleNoun } from '../../lexicon.js';
import { wordCount } from '../../text/tokens.js';
import { mentionsOf } from '../../mentions-of.js';
import { QUOTE, OPEN_QUOTE, CLOSES_ONLY, type Span, docOf, resolve } from './common.js';
import { described, organisation, ownsNext } from './mentions.js';
import { clauseOf, afterPreposition, markSpokenByUnnamed, UNNAMED_SAID } from './clause.js';
import { ACCORDING_DESCRIPTION, describedOrSpokenFor } from './after-verb.js';
import { authorOfDocument } from './speaks-for.js';
import { CLAIM_AFTER_VERB_RULES, SPEAKER_RULES, speakerOf } from './speaker-rules.js';
import { speechVerbs } from './speech-verbs.js';
import { type QuoteCase, QUOTE_BEFORE_VERB, QUOTE_RULES, unmarkedWordsBroughtIn, leavesQuoteOpen, quoteClosesLater, QUIET_QUOTE_RULES, PAST_FURNITURE } from './quote-rules.js';
import { holderOf } from './holders.js';
import { signedWords } from './signed-posts.js';
import { opEdWriter } from './op-ed-author.js';
import { transcriptTurn } from './transcript.js';
import { PRONOUN_RULES, PRONOUN_OPENS_CLAIM, ACCORDING_PHRASE, ACCORDING_TO_A_DOCUMENT, OPENS_NEW_CLAUSE, UNNAMED_AT_END, UNNAMED_AT_START, CIRCUMSTANCE, ADDRESSEE_ONLY, ABOUT_ONLY, DOCUMENT_BROUGHT_IN, TOLD_CIRCUMSTANCE, NEW_CLAUSE, reportedSpan, inFrontedClause } from './reported.js';
import { endsInColon } from '../../text/sentences.js';

// "…, police said", "officials told reporters": a group, which no "he" or "she" goes on with.
const pluralHead = (w: string) => /^\p{Ll}+[^s'’]s$/u.test(w) || GROUP_SPEAKERS.has(w);
// The rows of the speaker table that read a subject as someone the story does not name ("quoted
// an official as saying", "…, said a neighbour", "a source close to him said").
const UNNAMED_SUBJECT = new Set(SPEAKER_RULES.filter((r) => r.unnamed).map((r) => r.name));
/** A speech verb and the speaker rules that read it, the one that decided last. */
type ReadVerb = { v: Span; rules: string[] };
/** Whether one person the story does not name spoke in the sentence: every speech verb found no one, and one was read as such a subject. */
function oneUnnamedSpoke(text: string, s: Sentence, unfound: ReadVerb[]): boolean {
  return unfound.some((f) => {
    if (!UNNAMED_SUBJECT.has(f.rules.at(-1) ?? '')) return false;
    const before = /([\p{L}'’]+)[\s,]*$/u.exec(text.slice(s.start, f.v.start))?.[1] ?? '';
    const after = /^\s+([\p{L}'’]+)/u.exec(text.slice(f.v.end, s.end))?.[1] ?? '';
    return !pluralHead(before) && !pluralHead(after);
  });
}

/** What the readings of one sentence share: the sentence, its article's text and the walk's state (attributeSentence says what each is); a quote rule reads the same, and the quote. */
type Reading = Omit<QuoteCase, 'start' | 'end' | 'at'>;

/** Who says what in the sentence: its speech, or else the turn of a transcript it stands in ("LOWELL: We will rebuild the pier."). Arguments as for speechIn. */
export function attributeSentence(...args: Parameters<typeof speechIn>): Attribution[] {
  const found = speechIn(...args);
  if (found.length) return found;
  const [ctx, s, , , , trace] = args;
  const turn = transcriptTurn(ctx, s, trace);
  return turn ? [{ sentence: s.index, actor: turn.actor, kind: 'direct', start: turn.start, end: turn.end, turn: true }] : [];
}

/** `previous`: the attribution of the sentence before; `recent`: this article's attributions of the last few sentences; `spoke`: who has spoken so far in this article; `trace` gets the names of the rules that decided; `prior`: the article's sentence before, with its attributions. */
function speechIn(
  ctx: Context,
  s: Sentence,
  previous?: Attribution,
  recent: Attribution[] = [],
  spoke: ReadonlySet<number> = new Set(),
  trace?: string[],
  prior?: QuoteCase['prior'],
): Attribution[] {
  const reading: Reading = { ctx, s, text: docOf(ctx, s), previous, recent, spoke, trace, prior };
  const quotes: Span[] = [];
  const out = directQuotes(reading, quotedWords(reading), quotes);
  if (out.length) return out;
  return reportedSpeech(reading, quotes);
}

/** The quoted words of the sentence: each with the offset of its opening mark in the sentence (-1: none). */
function quotedWords(reading: Reading): { at: number; body: string }[] {
  const { ctx, s, recent, spoke, prior } = reading;
  const marked = [...s.text.matchAll(QUOTE)].map((m) => ({ at: m.index!, body: m[1] }));
  const open = OPEN_QUOTE.exec(s.text);
  if (open) marked.push({ at: open.index + open[0].length - open[1].length - 1, body: open[1].trimEnd() });
  // A post reproduced with its signature ("… — Ann Lowell (@annlowell) May 4, 2021"): its words,
  // unmarked, are quoted whole, up to the signature.
  const signed = marked.length ? undefined : signedWords(ctx, s);
  if (signed) return [{ at: -1, body: signed.body }];
  // A first-person sentence of an op-ed whose tag line names its writer: quoted whole.
  if (!marked.length && opEdWriter(ctx, s) !== undefined) return [{ at: -1, body: s.text }];
  // "Lowell said: “The dig is done. We found the hall.”" cut in two: the second sentence closes a
  // quote it never opened; its words, from its start, are quoted (`at` -1: no opening mark).
  // Only after a sentence of the paragraph that left a quote open, and with no speaker of its own
  // ("Marsh said he would …." is his, whatever mark a scraper left at its end; "… because I asked
  // them" is still the quote).
  const closing =
    marked.length || !prior || prior.sentence.paragraph !== s.paragraph || !leavesQuoteOpen(prior) || speechVerbs(s.text, s.start).some((v) => speakerOf(ctx, s, v, s.start, recent, spoke) !== undefined)
      ? null
      : (CLOSES_ONLY.exec(s.text) ?? (/["“”]/.test(s.text) || !quoteClosesLater(ctx, s) ? null : [s.text, s.text]));
  if (closing) marked.push({ at: -1, body: closing[1] });
  // "The council released the following statement:" then the statement's paragraph with no marks:
  // each of its sentences is quoted whole, unless it names a speaker of its own.
  else if (!marked.length && unmarkedWordsBroughtIn(ctx, s, prior) && !speechVerbs(s.text, s.start).some((v) => speakerOf(ctx, s, v, s.start, recent, spoke) !== undefined)) marked.push({ at: -1, body: s.text });
  return marked;
}

/** The speaker of each quote the quote rules find one for; `quotes` gets the span of every quote, marks included. */
function directQuotes(reading: Reading, marked: { at: number; body: string }[], quotes: Span[]): Attribution[] {
  const { ctx, s, text, previous, prior, recent, spoke, trace } = reading;
  const out: Attribution[] = [];
  for (const { at, body } of marked) {
    const start = s.start + at + 1;
    const end = start + body.length;
    quotes.push({ start: start - 1, end: end + 1 });
    if (wordCount(body) < 4) continue;
    const q: QuoteCase = { ctx, s, text, start, end, at, previous, prior, recent, spoke };
    for (const rule of QUOTE_RULES) {
      const found: string[] = [];
      const actor = rule.find({ ...q, trace: found });
      // A rule that names nobody here decides too: the trace says which.
      if (actor === undefined && rule.names?.(q)) {
        trace?.push(rule.name);
        break;
      }
      if (actor === undefined) continue;
      trace?.push(rule.name, ...found);
      // …and one that goes on past a line of furniture (paragraphAfter): the summary still reads
      // it as following its speaker's sentence, which the line leaves a step further away.
      const quiet =
        (rule.name === 'speaker-after-quote' && found.includes('titled-speaker-after-verb')) ||
        QUIET_QUOTE_RULES.has(rule.name) ||
        (rule.continues && (q.previous?.quiet || q.prior?.attributions.at(-1)?.quiet || (PAST_FURNITURE.has(rule.name) && !!q.prior && q.prior.sentence.paragraph < s.paragraph - 1)));
      out.push({ sentence: s.index, actor, kind: 'direct', start, end, ...(quiet ? { quiet: true as const } : {}) });
      break;
    }
  }
  return out;
}

/** Reported speech: "<speaker> said (that) …", "…, <speaker> said", "according to <speaker>". */
function reportedSpeech(reading: Reading, quotes: Span[]): Attribution[] {
  const { s } = reading;
  const outsideQuotes = (v: Span) => !quotes.some((q) => v.start > q.start && v.end < q.end);
  const according = accordingTo(reading);
  const candidates = speechVerbs(s.text, s.start, true).filter(outsideQuotes);
  const spoken = according.actor === undefined ? speakerOfVerbs(reading, candidates) : { ...according, quiet: false, unfound: [], unnamedClaims: [] };
  if (spoken.actor === undefined) return unnamedSpeech(reading, spoken.unfound, spoken.unnamedClaims);
  return claimsOfVerbs(reading, candidates, spoken.actor, spoken.verb!, spoken.quiet);
}

// An owner, then up to three words and the head of what it owns: "Lowell's campaign manager", "Marsh's family".
const OWNED_HEAD = /^['’]s?\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s*$/u;
/**
 * Who an "according to" phrase names, from its first words: "according to Mayor Ann Lowell". Past
 * an owner, the one the owner's noun phrase names ("according to Lowell's campaign manager, Tom
 * Marsh" is Marsh, and so is "…Lowell's campaign manager, Tom Marsh"), or no one where it names
 * a person left unnamed ("according to Lowell's family", "…Lowell's aide"); the owner still speaks
 * through what is theirs ("according to Lowell's office").
 */
function sourceOfPhrase(ctx: Context, s: Sentence, text: string, from: number, phrase: string) {
  const inPhrase = mentionsOf(ctx, s.index).filter((m) => m.start >= from && m.end <= from + phrase.length);
  const first = inPhrase.filter((m) => m.start - from < 30).pop() ?? titledPast(ctx, text, from, inPhrase);
  if (!first || !ownsNext(text, first)) return first;
  const later = inPhrase.find((m) => m.start > first.end);
  if (later) return later;
  const head = OWNED_HEAD.exec(text.slice(first.end, from + phrase.length))?.[1];
  if (!head || !(isRoleNoun(head) || KIN_WORDS.has(head.toLowerCase()) || UNNAMED_SOURCES.has(head.toLowerCase()))) return first;
  // "…according to Lowell's campaign manager, Tom Marsh.": the role's holder, named right after the phrase.
  const end = from + phrase.length;
  return mentionsOf(ctx, s.index).find((m) => m.start > end && /^,\s*$/.test(text.slice(end, m.start)) && ctx.actors[m.actor!].type === 'person');
}

// "according to Harlow County District Attorney Ann Lowell", "according to University of Harlow
// archaeologist Tom Marsh": a person named past a title longer than the reach above, the title only
// capitalised words, roles and the words that join them.
const TITLE_WORD = /^(?:\p{Lu}[\p{L}.&'’-]*|of|the|for|and)$/u;
function titledPast(ctx: Context, text: string, from: number, inPhrase: ReturnType<typeof mentionsOf>) {
  const person = inPhrase.find((m) => m.actor !== undefined && ctx.actors[m.actor].type === 'person');
  const title = person && text.slice(from, person.start).trim().split(/\s+/);
  return title && title.every((w) => TITLE_WORD.test(w) || isRoleNoun(w)) && isRoleNoun(title.at(-1)!) ? person : undefined;
}

/** The source an "according to" phrase names, and the phrase as the verb. */
function accordingTo(reading: Reading): { actor?: number; verb?: Span } {
  const { ctx, s, text, recent, spoke, trace } = reading;
  let actor: number | undefined;
  let verb: Span | undefined;
  const according = /\baccording to\s+/i.exec(s.text);
  if (!according) return {};
  const from = s.start + according.index + according[0].length;
  // The source is named in the phrase, up to its first comma: "According to two sources, Oberlin
  // asked …" and "According to the study, the settlers …" name no one; "according to NASA
  // program scientist Ruth Calder" is the scientist. A person the phrase leaves unnamed is nobody:
  // "according to a former U.S.C. colleague", "according to congressional sources".
  const phrase = ACCORDING_PHRASE.exec(text.slice(from, s.end))![0];
  const unnamed = UNNAMED_AT_END.test(phrase) || UNNAMED_AT_START.test(phrase);
  const named = unnamed ? undefined : sourceOfPhrase(ctx, s, text, from, phrase);
  actor = named?.actor;
  verb = { start: s.start + according.index, end: from };
  // The phrase opens the sentence or a clause of its own ("…; according to police, <claim>"): the
  // claim follows it, from past the source's words and their comma.
  const opensClause = according.index === 0 || OPENS_NEW_CLAUSE.test(s.text.slice(0, according.index));
  const past = (source: string): Span => (opensClause && /,\s*$/.test(source) ? { start: s.start + according.index, end: from + source.length } : verb!);
  // "According to Carter, the agency …": the claim starts past the name.
  // …past the whole phrase: "According to U.S. Coast Guard records, <claim>".
  // …and past a clause about the source: "According to Marsh, who dug the site in 2009, <claim>".
  const comma = named && /^,\s*(?:(?:who|which)\s[^,;:“”"]{1,120},\s*)?/u.exec(text.slice(from + phrase.length, s.end));
  if (named && comma) verb = past(phrase + comma[0]);
  // "…, according to the governor": the person or body the description stands for.
  const description = actor === undefined && !unnamed ? ACCORDING_DESCRIPTION.exec(text.slice(from, s.end)) : null;
  // "according to the lawsuit": whoever filed it.
  const clause = description && { ...clauseOf(ctx, s, verb, s.start, recent, spoke), gap: description[1], from };
  if (clause) actor = authorOfDocument(clause) ?? describedOrSpokenFor(clause);
  // "according to a police report": whoever writes such papers, and no one the description may stand for.
  const paper = actor === undefined && !unnamed && !description ? ACCORDING_TO_A_DOCUMENT.exec(text.slice(from, s.end)) : null;
  if (paper) actor = authorOfDocument({ ...clauseOf(ctx, s, verb, s.start, recent, spoke), gap: paper[1], from });
  // "According to a police report, <claim>": the claim starts past the phrase.
  if (paper && actor !== undefined) verb = past(paper[0]);
  // "According to the lawsuit, <claim>": the claim starts past the description too.
  if (description) verb = past(description[0]);
  // "…, according to police": the force the story names with that word.
  const byNoun = actor === undefined ? /^(\p{Ll}+)\s*(?:[,.;:!?]|$)/u.exec(text.slice(from, s.end)) : null;
  const noun = byNoun?.[1];
  if (noun && ORG_NOUNS.has(noun)) actor = resolve(ctx, s.start, s.doc, (m) => organisation(ctx)(m) && described(ctx, noun)(m));
  // "According to police, <claim>": the claim starts past the noun.
  if (noun && actor !== undefined) verb = past(byNoun![0]);
  if (actor !== undefined) trace?.push('according-to');
  return { actor, verb };
}

/** The speaker of the first speech verb that has one, and what the verbs that find none leave: who spoke unnamed, and what they said. */
function speakerOfVerbs(reading: Reading, candidates: Span[]): { actor?: number; verb?: Span; quiet: boolean; unfound: ReadVerb[]; unnamedClaims: Span[] } {
  const { ctx, s, text, recent, spoke, trace } = reading;
  const found = candidates.map((v) => {
    const rules: string[] = [];
    return { v, rules, actor: speakerOf(ctx, s, v, s.start, recent, spoke, rules) };
  });
  const unfound = found.every((f) => f.actor === undefined) ? found : [];
  // "Friends tell me that if Marla …, she hopes …": a verb inside what a speaker the story does
  // not name said belongs to the claim; it introduces no speaker of its own.
  const unnamedClaims = found.filter((f) => f.actor === undefined && UNNAMED_SUBJECT.has(f.rules.at(-1) ?? '')).map((f) => reportedSpan(text, s, f.v));
  // "A US law firm, Lowell & Marsh, has said it plans to …", "The witness has said she wants to
  // …": a pronoun that opens what a verb before it reports stands for that verb's subject; when no
  // one was found for it and the one the pronoun was read as is not named before it, nor anyone
  // whose relative or aide the subject is ("Lowell's mother … said she"), the pronoun is no one
  // the story names either.
  const boundToUnfound = (f: (typeof found)[number]) =>
    PRONOUN_RULES.has(f.rules.at(-1) ?? '') &&
    found.some((g) => g.actor === undefined && g.v.end < f.v.start && PRONOUN_OPENS_CLAIM.test(text.slice(g.v.end, f.v.start)) && !mentionsOf(ctx, s.index).some((m) => m.end <= g.v.start && ((m.actor === f.actor && !afterPreposition(ctx, m)) || ownsNext(text, m))));
  const first = found.find((f) => f.actor !== undefined && !boundToUnfound(f) && !unnamedClaims.some((c) => f.v.start >= c.start && f.v.end <= c.end));
  trace?.push(...found.slice(0, first ? found.indexOf(first) + 1 : found.length).flatMap((f) => f.rules));
  if (first?.rules.some((r) => CLAIM_AFTER_VERB_RULES.includes(r))) first.v.subjectFirst = true;
  if (first?.v.act) trace?.push(first.v.act);
  const quiet = !!first?.rules.includes('titled-speaker-after-verb') && QUOTE_BEFORE_VERB.test(text.slice(s.start, first.v.start));
  return { actor: first?.actor, verb: first?.v, quiet, unfound, unnamedClaims };
}

/** No speaker the story names: the sentence is marked as spoken by someone unnamed, and what it says someone holds is theirs. */
function unnamedSpeech(reading: Reading, unfound: ReadVerb[], unnamedClaims: Span[]): Attribution[] {
  const { ctx, s, text, trace } = reading;
  const out: Attribution[] = [];
  if (oneUnnamedSpoke(text, s, unfound) || UNNAMED_SAID.test(s.text)) markSpokenByUnnamed(ctx, s);
  // "Friends tell me Greta hasn't signed the lease": what the unnamed report says someone holds.
  for (const claim of unnamedClaims) {
    const holder = holderOf(ctx, s, claim, undefined, trace);
    if (holder === undefined) continue;
    out.push({ sentence: s.index, actor: holder, kind: 'reported', ...claim });
  }
  return out;
}

// What follows the verb of "As Marsh notes, <claim>", "As Lowell points out, <claim>".
const AS_SAYS = /^(?:\s+\p{Ll}+)?,/u;
// (The spaces around the comma are one run where there is no comma: two runs side by side would
// try every split of a long run of spaces.)
const REPORTED_WHERE_ONLY = /^\s*(?:,\s*)?according\s+to\s[^,;:“”"]{1,80}$/u;
/** The claims of the speaker found (`actor`, through `verb`) and of any second speaker in a clause of its own. */
function claimsOfVerbs(reading: Reading, candidates: Span[], actor: number, verb: Span, quiet: boolean): Attribution[] {
  const { ctx, s, text, recent, spoke, trace } = reading;
  const out: Attribution[] = [];
  // "Lavrov told Tillerson <claim> and warned that <claim>": one speaker, two claims;
  // "Aides have said <claim>, and Hensley has said <claim>": a second speaker in a second clause.
  const verbs = [
    { ...verb, actor },
    ...candidates.flatMap((v) => {
      if (v === verb || WEAK_SPEECH_VERBS.has(text.slice(v.start, v.end))) return [];
      const later = v.start > verb.start ? v : verb;
      const before = text.slice(s.start, later.start);
      const speaker = speakerOf(ctx, s, v, s.start, recent, spoke);
      // "…said on CNN that <claim>, and he noted that <claim>": the second verb's "he" is the same speaker.
      if (speaker === actor && /\band\s+(?:(?:he|she|it|they)\s+)?(?:also\s+)?$/.test(before)) return [{ ...v, actor: speaker }];
      // …either way round: "The club blames … but the council says that …" when "says" was read first.
      if (speaker !== undefined && speaker !== actor && NEW_CLAUSE.test(before)) return [{ ...v, actor: speaker }];
      return [];
    }),
  ].sort((a, b) => a.start - b.start);
  const objectOf = (v: Span) => (ADDRESSEE_VERBS.has(text.slice(v.start, v.end).toLowerCase()) ? mentionsOf(ctx, s.index).find((m) => m.start > v.end && m.start - v.end <= 2) : undefined);
  verbs.forEach((v, i) => {
    const span = reportedSpan(text, s, v, objectOf(v));
    // "The government blames “terrorists” but the opposition says …": the claim stops where another
    // speaker's clause opens, named or not.
    const clauseAfter = candidates.filter((c) => c.start > v.end && NEW_CLAUSE.test(text.slice(s.start, c.start)));
    const next = [verbs[i + 1], ...clauseAfter].filter((c) => c !== undefined).sort((a, b) => a.start - b.start)[0];
    // The claim stops where the next clause opens: ", and Hensley has said", " and warned".
    if (next && span.end > next.start) {
      const gap = text.slice(span.start, next.start);
      // The spaced forms from a run's start only (the leftmost match starts there anyway).
      const open = /(?:,\s*(?:and|but|while|whereas)\s+[^,]*|(?<!\s)\s+but\s+[^,]*|(?<!\s)\s+and\s+(?:also\s+)?)$/.exec(gap);
      span.end = open ? span.start + open.index : span.end;
    }
    // "told CBS News during a visit …": what follows is when and where, the words said stand elsewhere.
    const claim = text.slice(span.start, span.end);
    const told = ADDRESSEE_VERBS.has(text.slice(v.start, v.end).toLowerCase());
    // Not past a "that", which opens the claim whatever its first word ("said that during the
    // storm the pier gave way").
    const opened = /\bthat\s*$/.test(text.slice(v.end, span.start));
    if (span.start >= v.end && !opened && (told ? TOLD_CIRCUMSTANCE : CIRCUMSTANCE).test(claim) && !claim.includes(',')) return;
    // "“We will rebuild,” Lowell told the Associated Press.", "… Carter said of the response.": the
    // words said are the quote, too short to stand; what follows the verb is whom or what about.
    if (span.start >= v.end && (told ? ADDRESSEE_ONLY : ABOUT_ONLY).test(claim)) return;
    if (span.start >= v.end && endsInColon(s.text) && DOCUMENT_BROUGHT_IN.test(claim.trim())) return;
    // "Ruiz was heard saying, according to the complaint.", its quote cut off in the sentence
    // before: no words said stand here, only where they were reported.
    if ((span.start >= v.end || (span.start === s.start && span.end === s.end)) && REPORTED_WHERE_ONLY.test(text.slice(v.end, s.end))) return;
    // "Just hours after Reid announced his retirement, <claim>": too little stands in the fronted
    // clause, and the whole sentence is the main clause's, not the speaker's; but "As Marsh notes,
    // <claim>" closes its clause on the verb and brings in the claim after it.
    if (span.start === s.start && span.end === s.end && inFrontedClause(text, s, v) && !AS_SAYS.test(text.slice(v.end, s.end))) return;
    const holder = holderOf(ctx, s, span, v.actor, trace);
    out.push({ sentence: s.index, actor: holder ?? v.actor, kind: 'reported', ...span, ...(quiet ? { quiet: true as const } : {}) });
  });
  return out;
}
