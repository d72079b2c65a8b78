// Who speaks when the subject does not: a passive, a spokesperson for someone, a document for
// whoever issued or filed it.
import { DOCUMENTS, PROSECUTING_BODY, PROSECUTING_GROUPS, SPEECH_VERBS, SPEECH_VERB_ALTERNATION } from '../../lexicon.js';
import { tokenize } from '../../text/tokens.js';
import { mentionsOf } from '../../mentions-of.js';
import { escaped, patternWith, phrases } from '../../text/phrases.js';
import { textAfter, textBefore } from '../../text/window.js';
import type { Context, Mention, Sentence } from '../../types.js';
import { namesOf } from '../../../format/names.js';
import speech from '../../data/speech-verbs.json';
import { FOCUS_SPAN, docOf } from './common.js';
import { isSubject, ownsNext } from './mentions.js';
import type { Clause } from './clause.js';
import { describedSpeaker } from './pronouns.js';

// "Varga was said to be …", "He is thought to have …", "Lowell was told …": the subject is what
// is said about, or to whom; the speaker is someone else.
const PASSIVE = /\b(?:is|are|was|were|be|been|being)\s+(?:(?:\p{Ll}+ly|never|not|also)\s+)?$/u;
export const isPassive = (c: Clause) => PASSIVE.test(c.text.slice(Math.max(c.s.start, c.verb.start - 40), c.verb.start)) && !/(?:s|ing)$/.test(c.text.slice(c.verb.start, c.verb.end));

// "Lowell's office said", "a spokesman for Lowell said": someone speaking for the one named.
const SPOKESPERSON_OF = /(?:['’]s?\s+(?:office|campaign|spokes(?:man|woman|person)|representatives?)|\b(?:[Aa]n?|[Tt]he)\s+(?:spokes(?:man|woman|person)|representative)\s+for\s+(?:the\s+)?[^,]{2,60}?)\s*$/u;
export function speakingFor(c: Clause): number | undefined {
  const m = SPOKESPERSON_OF.exec(c.gap);
  if (!m) return undefined;
  const at = c.from + m.index;
  // The one named: right before the possessive, or after "for".
  const named = c.inSentence.filter((x) => (x.end === at || (x.start > at && x.end <= c.verb.start)) && x.actor !== undefined);
  return named.pop()?.actor;
}

// Who speak for someone, after a possessive: "the sheriff's office", "the mayor's spokesman".
const SPEAKERS_FOR = String.raw`(?:office|campaign|spokes(?:man|woman|person)|representatives?)`;
export const SPEAKS_FOR = String.raw`(?:['’]s?\s+${SPEAKERS_FOR})?`;
// "the senator's office said", "the mayor's spokesman said", "according to the sheriff's office":
// someone speaking for the one the description stands for. The body named for the office if the
// story names it ("the Marsh County Sheriff's Office"), else the holder, as "the senator said"
// would be; no one when the story has no such holder.
export const SPOKESPERSON_OF_DESCRIBED = new RegExp(String.raw`\b([Tt]he\s+(?:[\p{L}-]+\s+){0,2}?\p{L}+)['’]s?\s+${SPEAKERS_FOR}\s*$`, 'u');
export function speakingForDescribed(c: Clause): number | undefined {
  const m = SPOKESPERSON_OF_DESCRIBED.exec(c.gap);
  if (!m) return undefined;
  const words = m[1].replace(/^[Tt]he\s+/, '').toLowerCase();
  const office = patternWith([words], () => `(?:^|\\s)${phrases([words])}['’]?s?\\s+office\\b`, 'iu');
  const body = c.ctx.actors.filter((a) => a.type === 'organization' && namesOf(a).some((n) => office.test(n)));
  if (body.length === 1) return body[0].index;
  return describedSpeaker({ ...c, gap: m[1], from: c.from + m.index });
}

// "…,” the statement said.", "the lawsuit alleges …": a document speaks for whoever issued or filed
// it, read where the article spoke of it a few sentences before: the speaker of "The State
// Department said in a statement …", the one after "from" or "by" ("A statement from the council
// …", "the lawsuit filed by Lowell"), the one whose it is ("Lowell's lawsuit"), else the
// sentence's subject if it issued it ("Tom Reyes's attorneys filed a motion …"). A phrase that
// names its author says whose it is ("the Halvorsen proposal", "a UN report", "Lowell's lawsuit").
// An owner's name is read from its first letter only: from each letter of a long word, it was quadratic.
export const DOCUMENT = new RegExp(String.raw`(?:\b(?:the|a|an|its|his|her|their|this|that)\s+(?:[\p{L}-]+\s+){0,2}?|(?<!\p{Lu})\p{Lu}[\p{L}.-]*['’]s?\s+(?:[\p{L}-]+\s+)?)(${[...DOCUMENTS].join('|')})\s*$`, 'iu');
export const ISSUED = /\b(?:issued|issues|released|releases|filed|files|sent|sends|posted|posts|wrote|writes|published|publishes|signed|signs|put\s+out)\b/;
// "issued a statement saying …", "released a statement that night, saying …": a participle right
// after a document its subject issued.
export const ISSUED_DOCUMENT = new RegExp(String.raw`(${ISSUED.source})\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:${[...DOCUMENTS].join('|')})\b[^,;:“”"]{0,40}?,?\s*$`, 'iu');
// "said in a statement", "In a statement, Lowell said": the words were said through it.
const THROUGH_DOCUMENT = String.raw`(?:in|via|through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}$`;
// "a lawsuit", "another statement": a document the sentence brings in, not the one spoken of again.
const BRINGS_IN = /\b(?:a|an|another)\s+(?:[\p{L}\d$.,-]+\s+){0,3}$/iu;
// "filed a lawsuit" … "the suit alleges": one document under each name a story gives it in turn.
const NAMES_OF_DOCUMENT: readonly (readonly string[])[] = speech.documentNames.groups;
function mentionOfDocument(noun: string): RegExp {
  const one = noun.replace(/s$/, '');
  const names = NAMES_OF_DOCUMENT.find((g) => g.includes(one)) ?? [one];
  return patternWith(names, () => String.raw`\b(?:${phrases(names)})s?\b`, 'i');
}
// …after the verb in its clause ("confirmed the death in a statement to the Courier") or opening
// the sentence: not "the flaws identified in the draft reports", "a lawyer for one of the
// defendants in the lawsuit".
const SAID_THROUGH = new RegExp(String.raw`(?:^|\b(?:${SPEECH_VERB_ALTERNATION})\s+(?:[^\s,;:“”"]+\s+){0,4}?)${THROUGH_DOCUMENT}`, 'iu');
const DOCUMENT_SPEAKS = new RegExp(String.raw`^\s+(?:also\s+)?(?:${SPEECH_VERB_ALTERNATION})\b`, 'u');
export function authorOfDocument(c: Clause): number | undefined {
  const phrase = DOCUMENT.exec(c.gap);
  const noun = phrase?.[1].toLowerCase();
  if (!phrase || !noun) return undefined;
  const { ctx, s } = c;
  // "the Halvorsen proposal", "a UN report", "Lowell's Facebook page": the one the phrase names first.
  const from = c.from + phrase.index;
  const nounAt = from + phrase[0].trimEnd().length - noun.length;
  const own = c.inSentence.find((m) => m.end > from && m.end < nounAt);
  // …its owner when the phrase has one: not the site of "Lowell's Facebook page", "her Facebook page".
  const owned = /['’]s?\s|^(?:its|his|her|their)\s/iu.test(phrase[0]);
  if (own && (!owned || ownsNext(c.text, own))) return own.actor;
  if (own) return undefined;
  // "an email suggested …" is one the article has not spoken of before: only its kind may say whose it is.
  if (/^an?\s/i.test(phrase[0])) return ownerOfKind(c, phrase[0], noun);
  const named = mentionOfDocument(noun);
  for (let i = s.index - 1; i >= Math.max(0, s.index - FOCUS_SPAN); i--) {
    const t = ctx.sentences[i];
    if (t.doc !== s.doc) break;
    const found = named.exec(t.text);
    if (!found) continue;
    const owner = ownerWhereNamed(c, t, found, true);
    if (owner !== undefined) return owner;
    // "According to the lawsuit, …" names no one: the one it speaks for is named where it came in.
    if (BRINGS_IN.test(t.text.slice(0, found.index))) break;
  }
  return filerOfDocument(c, named) ?? leadOfStudy(c, phrase[0]) ?? ownerOfKind(c, phrase[0], noun);
}

export interface DocumentKindRule {
  name: string;
  /** Whether the paper is of the row's kind: its phrase, and how the article named the same noun before (read only when asked). */
  is: (phrase: string, noun: string, namedBefore: () => string[]) => boolean;
  /** The one actor of the story who writes papers of that kind, or no one. */
  owner: (ctx: Context) => number | undefined;
}
const POLICE_MODIFIER = new RegExp(String.raw`\b(?:${phrases(speech.policePapers.modifiers)})\s+(?:[\p{L}-]+\s+)?$`, 'iu');
const POLICE_PAPER_NOUNS = new Set(speech.policePapers.documents);
const POLICE_PAPER_ALONE = new Set(speech.policePapers.alone);
const FORCE_WORD = /^(?:police|sheriff|sheriff['’]s)$/iu;
/**
 * The story's one police force or sheriff's office, named by the articles; no one when it names
 * two. A story that names no force but keeps "police" as a group of its own: that group.
 */
function storyPolice(ctx: Context): number | undefined {
  const named = ctx.actors.filter((a) => a.mentions.length > 0);
  const forces = named.filter((a) => a.type === 'organization' && a.name.split(/\s+/).some((w) => FORCE_WORD.test(w)));
  if (forces.length) return forces.length === 1 ? forces[0].index : undefined;
  return named.find((a) => a.type === 'group' && a.name.toLowerCase() === 'police')?.index;
}
const INDICTMENTS = new Set(speech.indictments.documents);
/** The story's one prosecuting office ("the U.S. Attorney's Office"), else its prosecutors as a group; no one when it names two. */
function storyProsecutor(ctx: Context): number | undefined {
  const named = ctx.actors.filter((a) => a.mentions.length > 0);
  const offices = named.filter((a) => a.type === 'organization' && PROSECUTING_BODY.test(a.name));
  if (offices.length) return offices.length === 1 ? offices[0].index : undefined;
  const groups = named.filter((a) => a.type === 'group' && PROSECUTING_GROUPS.has(a.name.toLowerCase()));
  return groups.length === 1 ? groups[0].index : undefined;
}
/** Papers whose author their kind tells, when the article names none: the first row that knows the kind decides. */
export const KIND_OWNER_RULES: readonly DocumentKindRule[] = [
  // "an arrest warrant affidavit shows", "the police report says", "the criminal complaint
  // alleges", then "according to the affidavit": an officer's sworn account of the case.
  {
    name: 'police-paper',
    is: (phrase, noun, namedBefore) => POLICE_PAPER_NOUNS.has(noun) && (POLICE_PAPER_ALONE.has(noun) || [phrase, ...namedBefore()].some((p) => POLICE_MODIFIER.test(wordsBeforeNoun(p)))),
    owner: storyPolice,
  },
  // "the indictment alleges", "according to the indictment a grand jury returned": the charges a
  // prosecuting office brings.
  { name: 'indictment', is: (_, noun) => INDICTMENTS.has(noun), owner: storyProsecutor },
];
// "the arrest warrant affidavit" -> "the arrest warrant ": what stands before a phrase's last word.
const wordsBeforeNoun = (phrase: string) => phrase.replace(/[\p{L}'’-]+\s*$/u, '');
// How the article named the noun before the sentence: the words before each naming (a few dozen
// characters: the modifiers stand right before it). One pattern a noun, built the first time it is asked for.
const NAMINGS = new Map<string, RegExp>();
const naming = (noun: string) => NAMINGS.get(noun) ?? NAMINGS.set(noun, new RegExp(String.raw`\b${escaped(noun)}s?\b`, 'giu')).get(noun)!;
function namedBefore(c: Clause, noun: string): string[] {
  const before = docOf(c.ctx, c.s).slice(0, c.s.start);
  return [...before.matchAll(naming(noun))].map((m) => before.slice(Math.max(0, m.index - 40), m.index + m[0].length));
}
// "“…,” the broker wrote to a buyer, according to the indictment": words someone else speaks in
// the sentence are theirs, the paper only where they were reported; a paper its kind alone gives
// an owner speaks only where no other speech verb does.
const otherSpeech = (c: Clause) => tokenize(c.s.text, c.s.start).some((t) => SPEECH_VERBS.has(t.text) && (t.end <= c.verb.start || t.start >= c.verb.end));
function ownerOfKind(c: Clause, phrase: string, noun: string): number | undefined {
  const one = noun.replace(/s$/, '');
  // (The article's earlier namings are read only for a row that asks, and the sentence's verbs only for a kind a row knows.)
  const rule = KIND_OWNER_RULES.find((r) => r.is(phrase.trimEnd(), one, () => namedBefore(c, one)));
  return rule && !otherSpeech(c) ? rule.owner(c.ctx) : undefined;
}

/** A sentence that speaks of a document: the document's words there, and whether it stands within FOCUS_SPAN of the one it speaks in. */
export interface DocumentMention {
  c: Clause;
  t: Sentence;
  /** The document's offset in the article, and the sentence's text before and after its words. */
  at: number;
  before: string;
  after: string;
  near: boolean;
}
export interface DocumentOwnerRule {
  name: string;
  /** Whose the document is, as the sentence that speaks of it names them. */
  find: (d: DocumentMention) => number | undefined;
}

// "Ann Lowell has filed a lawsuit", "The council issued a statement": the verb right after the
// name, not "Norwegian navy officers issued a statement", whose name is no issuer; a sentence or
// two before the document speaks, the subject wherever it stands before the verb.
const ISSUED_BY_SUBJECT = new RegExp(String.raw`^\s+(?:(?:has|have|had|also|later|then|\p{Ll}+ly)\s+){0,2}${ISSUED.source}\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}$`, 'u');
/** The mentions of the sentence and the article's text, for the rows that read names around the document. */
const around = (d: DocumentMention) => ({ ms: mentionsOf(d.c.ctx, d.t.index), text: docOf(d.c.ctx, d.t) });

/** How a sentence that speaks of a document names whose it is: the first row that finds someone decides. */
export const DOCUMENT_OWNER_RULES: readonly DocumentOwnerRule[] = [
  // "said in a statement", or the document speaking again ("…, the lawsuit alleges."): who spoke
  // there; not "According to the lawsuit, Lowell … saying she was …".
  {
    name: 'spoke-through-document',
    find: (d) => (d.near && (SAID_THROUGH.test(d.before) || DOCUMENT_SPEAKS.test(d.after)) ? d.c.ctx.saidIn?.get(d.t.index) : undefined),
  },
  {
    name: 'document-from-or-by',
    find: (d) => {
      const { ms, text } = around(d);
      return ms.find((m) => m.start > d.at && /^\S+\s+(?:\p{Ll}+\s+){0,2}(?:from|by)\s+(?:the\s+)?$/u.test(text.slice(d.at, m.start)))?.actor;
    },
  },
  {
    name: 'owner-of-document',
    find: (d) => {
      const { ms, text } = around(d);
      return ms.find((m) => m.end < d.at && /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(m.end, d.at)))?.actor;
    },
  },
  // The subject only when it issued the document: not "Damon is named in a lawsuit".
  {
    name: 'issuer-of-document',
    find: (d) => {
      const { ms, text } = around(d);
      return ms.find((m) => m.start < d.at && isSubject(d.c.ctx, m) && (d.near ? ISSUED : ISSUED_BY_SUBJECT).test(text.slice(m.end, d.at)))?.actor;
    },
  },
  // "Lowell said in a statement …", "In a statement, the council said …" many sentences before:
  // who spoke through it there. Not who a document there was read as speaking for ("The lawsuit
  // alleges Lowell said …" is no word of Lowell's lawsuit).
  { name: 'spoke-through-document-before', find: (d) => (!d.near && SAID_THROUGH.test(d.before) ? d.c.ctx.saidIn?.get(d.t.index) : undefined) },
];

function ownerWhereNamed(c: Clause, t: Sentence, found: RegExpExecArray, near: boolean): number | undefined {
  const d: DocumentMention = { c, t, at: t.start + found.index, before: t.text.slice(0, found.index), after: t.text.slice(found.index + found[0].length), near };
  for (const rule of DOCUMENT_OWNER_RULES) {
    const actor = rule.find(d);
    if (actor !== undefined) return actor;
  }
  return undefined;
}

// "Ann Lowell filed a lawsuit against the county on Monday." … "The lawsuit alleges …" many
// sentences on: a document the article keeps quoting was brought in by whoever filed or issued
// it, where it first entered the article; the nearest such sentence before, the article's own.
function filerOfDocument(c: Clause, named: RegExp): number | undefined {
  const { ctx, s } = c;
  for (let i = s.index - FOCUS_SPAN - 1; i >= 0 && ctx.sentences[i].doc === s.doc; i--) {
    const found = named.exec(ctx.sentences[i].text);
    if (!found) continue;
    const owner = ownerWhereNamed(c, ctx.sentences[i], found, false);
    if (owner !== undefined) return owner;
  }
  return undefined;
}

// "…, the researchers said", "the team wrote", "The study authors note …": a study's team speaks
// through its lead, where the article names one: "lead author Ann Lowell", "Ann Lowell, the
// study's senior author", "the study, led by Ann Lowell", "Ann Lowell, who led the research",
// "Ann Lowell and her colleagues". Only one lead in the article, or no one:
// a team the article gives no lead, or two, is not guessed at.
const TEAM = new RegExp(String.raw`\b[Tt]he\s+(?:[\p{L}.-]+\s+){0,2}?(?:${phrases(speech.studyTeams.groups)})\s*$`, 'u');
const LEAD_ROLE = phrases(speech.studyTeams.leadRoles);
const LED_WORK = phrases(speech.studyTeams.ledWorks);
const COURTESY = String.raw`(?:(?:Dr|Prof|Professor)\.?\s+)?`;
// What stands before the lead's name: "lead author", "the study, led by", "a study of otters led by", "lead author of the study,".
export const LEAD_BEFORE_NAME = new RegExp(String.raw`(?:\b(?:${LEAD_ROLE})(?:\s+of\s+the\s+(?:${LED_WORK}))?(?:\s*,)?|\b(?:${LED_WORK})\b[^,.;:]{0,40}?,?\s+(?:(?:which\s+)?(?:was|is)\s+)?led\s+by(?:\s+the)?)\s+${COURTESY}$`, 'iu');
// …the same after what they are, between a comma and the next: ", a biologist at Harlow College
// who led the research", ", a geologist on the dig and senior author".
const APPOSED_LEAD = String.raw`\s*,\s+(?:a|an|the)\s+[^,;]{0,120}?\b(?:who\s+led\s+the\s+(?:${LED_WORK})|(?:the\s+|a\s+)?(?:${LEAD_ROLE}))\b`;
// …and after it: ", the study's lead author", " is senior author", ", who led the study", " and her colleagues";
// not "Harlow's research team", as often a company's staff as a study's.
export const LEAD_AFTER_NAME = new RegExp(String.raw`^(?:\s*,\s+(?:who\s+(?:is|was)\s+(?:also\s+)?)?(?:the\s+|a\s+|its\s+|their\s+)?(?:(?:study|paper)['’]s\s+)?(?:${LEAD_ROLE})\b|\s+is\s+(?:the\s+)?(?:${LEAD_ROLE})\b|(?:\s*,)?\s+who\s+led\s+the\s+(?:${LED_WORK})\b|${APPOSED_LEAD}|\s+and\s+(?:his|her|their)\s+(?:colleagues|co-?authors|team)\b)`, 'iu');
const isLead = (text: string, m: Mention) => LEAD_BEFORE_NAME.test(textBefore(text, m, 80)) || LEAD_AFTER_NAME.test(textAfter(text, m, 200));
/** The one lead the article of `c` names, if it names exactly one: a person. */
function leadOfArticle(c: Clause): number | undefined {
  const { ctx, s } = c;
  const text = docOf(ctx, s);
  const leads = new Set<number>();
  for (const m of ctx.mentions) {
    if (m.actor === undefined || ctx.sentences[m.sentence].doc !== s.doc) continue;
    if (ctx.actors[m.actor].type === 'person' && isLead(text, m)) leads.add(m.actor);
  }
  return leads.size === 1 ? [...leads][0] : undefined;
}
export const leadOfTeam = (c: Clause) => (TEAM.test(c.gap) ? leadOfArticle(c) : undefined);

// "The study found …", "according to the new study": the study the article is about, whose
// author no one found, is its lead's, as its team's words are. Only "the (new) study" itself:
// not "the Finnish study", nor when the study last named before was another one ("an earlier
// study …").
const THE_STUDY = new RegExp(String.raw`^(?:the|this)\s+(?:(?:new|latest|recent|current)\s+)?(?:${phrases(speech.studyTeams.studies)})\s*$`, 'iu');
const OTHER_STUDY = new RegExp(String.raw`\b(?:earlier|previous|prior|another|other|older|separate|similar|past)\s+(?:[\p{L}-]+\s+)?(?:${phrases(speech.studyTeams.studies)})\b[^]*$`, 'iu');
// (matchAll reads a copy of it, so one pattern serves every call.)
const A_STUDY = new RegExp(String.raw`\b(?:${phrases(speech.studyTeams.studies)})\b`, 'giu');
function leadOfStudy(c: Clause, phrase: string): number | undefined {
  if (!THE_STUDY.test(phrase.trim())) return undefined;
  const before = textBefore(docOf(c.ctx, c.s), c.s, 1500);
  const last = [...before.matchAll(A_STUDY)].pop();
  if (last && OTHER_STUDY.test(before.slice(Math.max(0, last.index! - 40)))) return undefined;
  return leadOfArticle(c);
}
