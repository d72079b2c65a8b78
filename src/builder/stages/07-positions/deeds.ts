// Positions from what an actor does, not only from what it says. Editors take
// "The union boycotted the talks", "The council vetoed the levy", "the levy was vetoed by the
// council" as the stance of the one who acted: a sentence whose subject (or whose passive's
// agent) is an actor of the story and whose verb is an act of `deeds.json`.
import type { Context, Mention, Sentence } from '../../types.js';
import { DEEDS, DEED_OTHER_SENSES, REFUSALS, SILENCES, SPEECH_VERBS, verbsReadIn } from '../../lexicon.js';
import { SUBORDINATORS } from '../../text/grammar.js';
import { phrases } from '../../text/phrases.js';
import { mentionsOf } from '../../mentions-of.js';
import deeds from '../../data/deeds.json';
import { FOCUS_SPAN, afterPreposition, described, namedPerson, personSubject, resolveMention } from '../06-attribution/index.js';

/** A deed found: who did it, in which sentence, and where the words telling it start. */
interface Deed {
  actor: number;
  sentence: number;
  /** Document offset the claim line reads from: the subject's name, or the sentence's start for a passive. */
  from: number;
  row: string;
}

// What may stand between a subject and its verb: an apposition between commas ("The union, which
// represents pilots, boycotted …") and auxiliaries, adverbs or times ("has formally vetoed": deeds.json `between`).
const APPOSITION = String.raw`(?:\s*,\s*[^,;:"“”()]{1,80},)?`;
const AUX = String.raw`(?:(?:${phrases(deeds.between)}|on\s+\p{Lu}\p{Ll}+day)\s+){0,3}`;
const ACTIVE = DEEDS.map((d) => ({ name: d.name, gap: new RegExp(String.raw`^${APPOSITION}\s+${AUX}(${d.verbs})\b`, 'u') }));
const PASSIVE = DEEDS.filter((d) => d.passive).map((d) => ({
  name: d.name,
  before: new RegExp(String.raw`\b(?:was|were|been|being|is|are)\s+(?:(?:${phrases(deeds.betweenPassive)})\s+)?(?:${d.verbs})\s+by\s+(?:the\s+)?$`, 'iu'),
}));
// A sentence that tells of an act and is no statement of it: a question, or one that quotes (its
// words, when someone's, are already a position of theirs).
// So is one that supposes ("Had the council vetoed it, …", "Were Lowell to resign, …"), and one
// that only brings in what follows it ("The council released the following statement:").
const NOT_A_STATEMENT = /\?\s*$|["“”]|^(?:Had|Were|Should)\s|:\s*$/u;

// The words before a main clause's subject: an opening phrase up to its comma ("On Monday, …"),
// then a title or role and names ("City clerk Ann Lowell", "Lowell and the Harbour Board"). A
// verb or a clause word among them makes the name the subject of a clause inside another ("Lee
// suspects the board decided …", "15 years before Lowell signed …", "now that Lowell resigned"):
// what someone thinks or when something happened, not the story's act.
const OPENING = String.raw`[^,;:]{0,80},\s*`;
const OPENING_PHRASE = new RegExp(`^${OPENING}`, 'u');
const CLAUSE_WORDS = new Set([...SUBORDINATORS.split('|'), ...deeds.clauseWords]);
const clauseWord = (w: string) => CLAUSE_WORDS.has(w) || SPEECH_VERBS.has(w);
/** Whether `before` may stand before a main clause's subject; `tagged`: a verb the tagger reads in it, as used there, counts too. */
function opensMainClause(before: string, tagged = true): boolean {
  const lead = before.replace(OPENING_PHRASE, '');
  const words = lead.split(/\s+/u).filter(Boolean);
  if (words.length > 8 || words.some((w) => /^\p{Ll}/u.test(w) && clauseWord(w))) return false;
  // A word of a title is no verb ("Harbour court Judge Ann Lowell"), though the tagger may read it so.
  const inTitle = (v: string) => /^\s*\p{Lu}/u.test(words[words.indexOf(v) + 1] ?? '');
  return !tagged || !verbsReadIn(lead).some((v) => /^\p{Ll}/u.test(v) && !inTitle(v));
}
// The reporter's narration of the story's past: "In 2009, the club fired …", "Back in May, …",
// "By the time the club fired …",
// and what had been done before the story's events ("the board had already approved …").
const BACKGROUND = /^(?:(?:In|By|Back\s+in|Since|As\s+early\s+as)\s+(?:\p{Lu}\p{Ll}+\s+)?\d{3,4}\b|Back\s+in\b|By\s+the\s+time\b|Years\s+(?:ago|earlier|before)\b)/u;
// "refused to comment", "declined to say more": a refusal to speak takes no side.
const SILENT = new RegExp(String.raw`^(?:${[...REFUSALS].join('|')})\s+to\s+(?:${phrases(SILENCES)})\b`, 'iu');

/** The row of the act the subject `m` does in its sentence, if any: its verb right after it, past an apposition or auxiliaries. */
function activeRow(ctx: Context, s: Sentence, m: Mention): string | undefined {
  const doc = ctx.docs[s.doc].text;
  const text = doc.slice(m.end, s.end);
  // "the union's lawyer filed …": the subject is another one.
  if (/^['’]/u.test(text)) return undefined;
  // The act's verb first: few names stand before one, and whether the name opens the main clause
  // asks the tagger, which is the stage's dearest reading.
  const row = rowAfter(text);
  return row !== undefined && !afterPreposition(ctx, m) && opensMainClause(doc.slice(s.start, m.start)) ? row : undefined;
}

/** The row of the act whose verb opens `text` (after its subject), past an apposition or auxiliaries. */
function rowAfter(text: string): string | undefined {
  for (const row of ACTIVE) {
    const verb = row.gap.exec(text);
    if (!verb) continue;
    const tail = text.slice(verb[0].length - verb[1].length);
    if (DEED_OTHER_SENSES.test(tail) || SILENT.test(tail)) continue;
    return row.name;
  }
  return undefined;
}

// "He resigned on Friday", "On Monday, she vetoed …", "The agency fired …": a pronoun or a
// description that opens the sentence goes on with one named a few sentences before: the last
// person who fits "he" or "she", the last actor the noun describes (by its name or role).
// After an opening phrase the pronoun or article is in lower case ("On Monday, she vetoed …").
const OPENING_SUBJECT = new RegExp(String.raw`^(?:${OPENING})?(?<subject>([Hh]e|[Ss]he)|[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+))(?=\s)`, 'u');
/** The deed a sentence opened by a pronoun or a description tells, with the one it stands for. */
function unnamedSubjectDeed(ctx: Context, s: Sentence): Deed | undefined {
  const subject = OPENING_SUBJECT.exec(s.text);
  if (!subject) return undefined;
  const row = rowAfter(ctx.docs[s.doc].text.slice(s.start + subject[0].length, s.end));
  if (row === undefined) return undefined;
  const from = s.start + subject[0].length - subject.groups!.subject.length;
  // "he" goes on with a person named as a subject, not one the story only describes ("the victim"),
  // nor one met in another's clause ("… the client of Ann Lowell, who …").
  const named = (m: Mention) => namedPerson(ctx, subject[2])(m) && /^\p{Lu}/u.test(ctx.actors[m.actor!].name) && personSubject(ctx, m);
  const m = resolveMention(ctx, from, s.doc, subject[2] ? named : described(ctx, subject[3]));
  if (!m || m.sentence < s.index - FOCUS_SPAN) return undefined;
  return { actor: m.actor!, sentence: s.index, from, row };
}

/** The row of the passive act whose agent `m` is ("was vetoed by the council"), if any. */
function passiveRow(ctx: Context, s: Sentence, m: Mention): string | undefined {
  const before = ctx.docs[s.doc].text.slice(s.start, m.start);
  for (const row of PASSIVE) {
    const verb = row.before.exec(before);
    // The thing done is the sentence's subject: "A reward was approved by the council", not "… said the plan was approved by …".
    // (Its nouns the tagger may read as verbs: "A reward for information was …".)
    if (verb && opensMainClause(before.slice(0, verb.index), false)) return row.name;
  }
  return undefined;
}

/** The deed a sentence tells of an actor it names, as the subject or a passive's agent. */
function namedDeed(ctx: Context, s: Sentence): Deed | undefined {
  for (const m of mentionsOf(ctx, s.index)) {
    const active = activeRow(ctx, s, m);
    const row = active ?? passiveRow(ctx, s, m);
    // The claim reads from the subject's article: "The council vetoed …".
    const the = /\b[Tt]he\s+$/u.exec(ctx.docs[s.doc].text.slice(s.start, m.start));
    if (row !== undefined) return { actor: m.actor!, sentence: s.index, from: !active ? s.start : the ? s.start + the.index : m.start, row };
  }
  return undefined;
}

/** Every deed of the story's actors, in sentence order; `taken`: sentences already a position, left alone. */
export function deedsOf(ctx: Context, taken: ReadonlySet<number>): Deed[] {
  const out: Deed[] = [];
  for (const s of ctx.sentences) {
    if (s.noise || s.copyOf !== undefined || taken.has(s.index) || NOT_A_STATEMENT.test(s.text) || BACKGROUND.test(s.text)) continue;
    const deed = namedDeed(ctx, s) ?? unnamedSubjectDeed(ctx, s);
    if (deed) out.push(deed);
  }
  return out;
}
