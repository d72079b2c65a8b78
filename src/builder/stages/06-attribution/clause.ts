// What the speaker rules read: the clause before a speech verb, cleaned of what cannot be its
// subject (times, auxiliaries, asides, appositions), and the subjects met in it.
import type { Attribution, Context, Mention, Sentence } from '../../types.js';
import { PREPOSITIONS, BODY_SPOKESPERSONS, SPEECH_VERB_ALTERNATION, UNNAMED_SPEAKERS, WEAK_SPEECH_VERBS, isAdverb, isRoleNoun, isVerbForm, readsAsAdverb, readsAsPastVerb, readsAsPresentVerb } from '../../lexicon.js';
import { type Token, tokenize } from '../../text/tokens.js';
import { mentionsOf } from '../../mentions-of.js';
import { phrases } from '../../text/phrases.js';
import dates from '../../data/dates.json';
import { QUOTE, SUBJECT_REACH, CLAUSE_MARK, type Span, docOf } from './common.js';
import { textAfter } from '../../text/window.js';
import { SUBORDINATORS } from '../../text/grammar.js';

// When the words were said, standing between the subject and its verb, as wire copy puts it:
// "Ann Lowell on Tuesday said …", "The council today announced …", "Marsh late Friday wrote …".
// Each row a phrase of time; the auxiliaries on either side of it drop out too ("has today said").
// Rows that open on spaces are tried from a run's start only (the leftmost match starts there
// anyway): tried from each space of a long run, each read the rest of the run again.
export const WEEKDAY = String.raw`(?:${dates.weekdays.join('|')})`;
export const TIME_OF_SPEECH: readonly { name: string; pattern: RegExp }[] = [
  { name: 'weekday', pattern: new RegExp(String.raw`(?<!\s)\s+(?:(?:on|late|early)\s+)?${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\s*$`, 'u') },
  { name: 'today', pattern: /(?<!\s)\s+(?:today|yesterday|tonight)\s*$/u },
];
// Words that may stand between a subject and its verb: "Lavrov has also said", "the agency did
// say", "a spokeswoman would only say that".
// "has always said", and "has even said" before a verb of speech proper (not "even asked them
// for one", "who even called out …"): an adverb of degree or time as well.
// An "-ly" word only when it reads as an adverb: "The family has hired …" keeps its subject.
// Not "would" alone: "Marsh would testify …" is the writer's guess.
const AUXILIARY = /(?<!\s)\s+(has|have|had|was|is|did|does|would\s+only|also|even|always|later|earlier|previously|then|now|just|already|since|still|again|once|long|often|never|\p{Ll}+ly)\s*$/u;
// …"did", "does" and "even" only before a verb of speech proper: "when the firm does think …" is the writer's.
export function withoutAuxiliaries(gap: string, emphatic = true): string {
  for (let m = AUXILIARY.exec(gap); m && (!/^\p{Ll}+ly$/u.test(m[1]) || readsAsAdverb(m[1])) && (emphatic || !/^(?:did|does|even)$/.test(m[1])); m = AUXILIARY.exec(gap)) gap = gap.slice(0, m.index);
  const time = TIME_OF_SPEECH.map((t) => t.pattern.exec(gap)).find((m) => m !== null);
  return time ? withoutAuxiliaries(gap.slice(0, time.index), emphatic) : gap;
}
// A phrase between commas before the verb says where or how: "Carter, in an interview with the
// Times, said", "The governor, speaking at a news conference, said".
export const PARENTHETICAL = /,\s+(?:in|at|during|on|after|before|with|speaking|writing|appearing|testifying|addressing)\s[^,]{2,100},\s*$/u;
// An apposition between a name and its verb: "Hina Shamsi, the director of …, said", "Ann Lowell, 26, said",
// "Ann Lowell, 54, a Republican, said".
// The words of an apposition, an age first or a second description after: "54, a Republican".
export const APPOSED_WORDS = String.raw`(?:\d{1,3},\s)?[^,]{2,120}(?:,\s(?:a|an|the)\s[^,]{2,80})?`;
const APPOSITION = new RegExp(String.raw`(\p{Lu}[\p{L}.'’-]*)\s*,\s(${APPOSED_WORDS}),\s*$`, 'u');
// An apposition is a noun phrase: a verb in lower case (not a name word such as "Rights") makes it
// a clause, unless it opens as a description does ("head of …", "a member of …").
const DESCRIBES = /^(?:(?:a|an|the|his|her|its|their)\s|\d)/i;
export const isApposition = (words: string) => DESCRIBES.test(words) || isRoleNoun(words.split(/\s+/)[0]) || !words.split(/\s+/).some((w) => (/^\p{Ll}/u.test(w) && isVerbForm(w)) || /^(?:and|but|or)$/.test(w));
// …left open: a description of what the person is for a body ("a partner of Hale Brandt LLP").
const OPEN_APPOSITION = /(\p{Lu}[\p{L}.'’-]*)\s*,\s(?:a|an)\s(?:[\p{Ll}-]+\s+){1,4}(?:with|of|for|at)\s+(?:the\s+)?\p{Lu}[^,]{1,80}$/u;
// …past the party and state after the name: "Sen. Tom Marsh (R-Ohio), who opposes the bill, said".
const WHO_CLAUSE = /(\p{Lu}[\p{L}.'’-]*)(?:\s*\([^()]{1,20}\))?,\s+(?:who|whose|which)\s[^]*,\s*$/u;
// "a TSA spokesman", "Pentagon officials", "Rowing Club leaders": someone speaking for the organisation named before.
const SPOKESPERSON = new RegExp(String.raw`^(?:${phrases(BODY_SPOKESPERSONS)})$`, 'i');

/** What the speaker rules read: the clause before a speech verb, cleaned of what cannot be its subject. */
export interface Clause {
  ctx: Context;
  s: Sentence;
  verb: Span;
  text: string;
  /** Where the clause opens: past the last quote, colon or dash before the verb. */
  from: number;
  /** The clause between `from` and the verb, parentheses blanked, auxiliaries, appositions and relative clauses dropped. */
  gap: string;
  /** The word right before the verb, once the gap is cleaned. */
  last?: Token;
  /** "<claim>, said <speaker>": the gap ends with a comma. */
  inverted: boolean;
  /** The subject of a relative clause ending right before the verb ("Brandt, who said …, told"). */
  whoSubject?: Mention;
  inSentence: Mention[];
  recent: Attribution[];
  spoke: ReadonlySet<number>;
}

// Two dashes of one kind, spaced, around an aside that holds no quote and no other dash.
const DASH_ASIDE = /\s(?:—\s?[^—“”"]{2,150}?\s?—|–\s[^–“”"]{2,150}?\s–|--\s[^“”"]{2,150}?\s--|-\s[^“”"]{2,150}?\s-)\s*$/u;
// "Tom Marsh, author of the book “Harbour Lights,” says …", "a Texas-based “night singer,”
// claims …": the quote marks of a title in an apposition do not open a clause; the title is
// blanked, offsets kept (its closing comma stays the apposition's), when the apposition then reads
// as one between a name and the verb.
// A title is a few words with no break of its own: not "found “gifts, letters and notes,” according to …".
// (Each space is followed by a word: a long word after an open quote is read in one way only.)
const QUOTED_TITLE = /[“"]([^\s“”",;:.!?]+(?: [^\s“”",;:.!?]+){0,5} ?)([,.]?)[”"]/gu;
function titleInApposition(before: string): string {
  const blank = (from: number) => before.replace(QUOTED_TITLE, (q, words: string, comma: string, at: number) => (at < from ? q : ' ' + 'x'.repeat(words.length) + comma + ' '));
  const appos = APPOSITION.exec(blank(0));
  if (!appos || !isApposition(appos[2]) || !/x{2}/.test(appos[2])) return before;
  // Only the quotes within the apposition: a quote before the name still closes the clause before it.
  const within = blank(appos.index);
  return within.slice(appos.index) === blank(0).slice(appos.index) ? within : before;
}
export function clauseOf(ctx: Context, s: Sentence, verb: Span, floor: number, recent: Attribution[], spoke: ReadonlySet<number>): Clause {
  const text = docOf(ctx, s);
  const base = Math.max(floor, s.start, verb.start - SUBJECT_REACH);
  let from = base;
  // "Prof Ann Lowell - who ran the survey for the county - said …": an aside between two dashes
  // right before the verb drops out, offsets kept, as a parenthesis does.
  const dashed = DASH_ASIDE.exec(text.slice(base, verb.start));
  const before = titleInApposition(dashed ? text.slice(base, verb.start).slice(0, dashed.index) + ' '.repeat(dashed[0].length) : text.slice(base, verb.start));
  for (const m of before.matchAll(CLAUSE_MARK)) from = base + m.index! + m[0].length;
  // Parentheses drop out, offsets kept: "Tom Brandt (R-Fla.) told".
  const inSentence = mentionsOf(ctx, s.index);
  // "Brandt, who promised on Monday to bring his “lucky boots”…, told Lowell", "the
  // Society, which has a branch in every harbour town, said": the relative clause
  // may hold names, quotes and verbs of its own.
  const who = WHO_CLAUSE.exec(text.slice(base, verb.start));
  const whoEnd = who ? base + who.index! + who[1].length : -1;
  const whoSubject = who ? inSentence.find((m) => m.start < whoEnd && m.end >= whoEnd) : undefined;
  let gap = before.slice(from - base).replace(/\([^()]*\)/g, (p) => ' '.repeat(p.length));
  gap = withoutAuxiliaries(gap, !WEAK_SPEECH_VERBS.has(text.slice(verb.start, verb.end).toLowerCase()));
  const aside = PARENTHETICAL.exec(gap);
  if (aside) gap = gap.slice(0, aside.index);
  const appos = APPOSITION.exec(gap);
  // "Ruth Hollis, the director of …, said", not "…Harbour Shipping K.K., and was questioning …, said".
  if (appos && isApposition(appos[2])) gap = gap.slice(0, appos.index + appos[1].length);
  // "Greta Ormsby, an officer at the Dunmore County Animal League says": the apposition's
  // closing comma left out; the person speaks, not the body of the apposition.
  else {
    const open = OPEN_APPOSITION.exec(gap);
    const name = open && from + open.index + open[1].length;
    if (open && inSentence.some((m) => m.end === name && ctx.actors[m.actor!].type === 'person')) gap = gap.slice(0, open.index + open[1].length);
  }
  // "Club officials who are in Lyon … said": the speaker stands before "who".
  const relative = /^\s*((?:\S+\s+){0,4}\S+)\s+who\s[^,;]*$/u.exec(gap);
  if (relative) gap = gap.slice(0, relative.index + relative[0].indexOf(relative[1]) + relative[1].length);
  return { ctx, s, verb, text, from, gap, last: tokenize(gap, from).pop(), inverted: /,\s*$/.test(gap), whoSubject, inSentence, recent, spoke };
}

export const isConjunction = (t?: Token) => !!t && /^(?:and|but)$/i.test(t.text);
// "Trump described Assad as “an animal” and said …": the person who is the subject of a verb
// before, not one met in a phrase ("with Fox Business News' Maria Bartiromo").
// Not one after a preposition, nor an owner: "Police don't think Denley's letter to the mayor was
// a threat, but say …" is neither Denley's nor the mayor's.
const AFTER_PREPOSITION = /(?:^|\s)(\p{Ll}+)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?$/u;
export function afterPreposition(ctx: Context, m: Mention): boolean {
  const s = ctx.sentences[m.sentence];
  const word = AFTER_PREPOSITION.exec(docOf(ctx, s).slice(Math.max(s.start, m.start - 30), m.start))?.[1] ?? '';
  return PREPOSITIONS.has(word) || word === 'to' || word === 'for';
}
// A name that opens a clause of when or why ("once Dana Reyes was hired as coach, but felt …",
// "after Reyes quits the team, Lowell …"), past its title: its clause's subject, who goes on
// speaking only within that clause ("when Mayor Ann Lowell filed the papers and declared …"), not
// past a comma that closes it. One that opens a clause of whether ("Asked if Tom Marsh would run,
// Lowell said", "have not learned whether Marsh knew … but said") never: that clause is what is asked.
const OPENS_ADVERBIAL = new RegExp(String.raw`\b(?:${SUBORDINATORS})\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*$`, 'iu');
const OPENS_WHETHER = /\b(?:whether|if)\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*$/iu;
// A description between commas ("his wife, Ann Lowell,") does not close a clause.
const PAIRED_COMMAS = /,\s[^,;:]{2,80},/gu;
function inClauseOfItsOwn(c: Clause, m: Mention): boolean {
  const before = c.text.slice(c.s.start, m.start);
  if (OPENS_WHETHER.test(before)) return true;
  return OPENS_ADVERBIAL.test(before) && c.text.slice(m.end, c.verb.start).replace(PAIRED_COMMAS, ' ').includes(',');
}
// What may stand between a name and its verb: its body ("Ann Lowell of Harlow Books"), an
// apposition or a "who" clause set off by commas ("Ann Lowell, the club's coach, spoke …", "Tom
// Marsh, who lives nearby, called …"), and adverbs ("Lowell also brought …").
const AFFILIATION = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*)*/u;
const PAST_APPOSITION = /^\s*,\s[^,;:“”"]{2,160},\s+/u;
const verbLike = (w: string) => isVerbForm(w) || readsAsPastVerb(w) || readsAsPresentVerb(w);
function verbAfter(c: Clause, m: Mention): boolean {
  let after = c.text.slice(m.end, c.verb.end);
  after = after.slice(AFFILIATION.exec(after)?.[0].length ?? 0);
  after = after.slice(PAST_APPOSITION.exec(after)?.[0].length ?? 0);
  const words = after.split(/[\s,]+/).filter(Boolean);
  const first = words.find((w) => !(isAdverb(w) || (/ly$/.test(w) && readsAsAdverb(w))));
  return !!first && /^\p{Ll}/u.test(first) && verbLike(first);
}
/**
 * The person who is the subject of a verb before: a name a verb follows (past an apposition,
 * a body or an adverb) in the clause the conjunction joins, not an owner. Not the object of a
 * verb ("police named the driver as Tom Marsh, and said", "a clerk stopped Marsh … and
 * asked"): then the one the sentence opens with speaks, named or not, and this rule names no one.
 */
export function earlierSubject(c: Clause): Mention | undefined {
  const people = c.inSentence.filter((m) => m.start < c.verb.start && c.ctx.actors[m.actor!].type === 'person' && !afterPreposition(c.ctx, m));
  return people.filter((m) => !/^['’]/u.test(textAfter(c.text, m, 1)) && !inClauseOfItsOwn(c, m) && verbAfter(c, m)).pop();
}
// …"Tom Marsh Sr. says": a name may end in an abbreviation whose period it leaves out.
export const namedAtLast = (c: Clause) => c.last && c.inSentence.find((m) => m.start <= c.last!.start && m.end >= c.last!.end - (c.last!.text.endsWith('.') ? 1 : 0) && m.actor !== undefined);
// "Laura Whitcomb of Oregon told …": the place says where the speaker is from.
export function personOfPlace(c: Clause): Mention | undefined {
  const origin = /(?<!\s)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s*$/u.exec(c.gap);
  const before = origin && tokenize(c.gap.slice(0, origin.index), c.from).pop();
  return before ? c.inSentence.find((m) => m.start <= before.start && m.end >= before.end && m.actor !== undefined && c.ctx.actors[m.actor].type === 'person') : undefined;
}
// "a TSA spokesman", "Pentagon officials": someone speaking for the organisation named right before.
export const spokespersonOf = (c: Clause) =>
  c.last && SPOKESPERSON.test(c.last.text) ? c.inSentence.find((m) => m.end <= c.last!.start && /^\s+$/.test(c.text.slice(m.end, c.last!.start)) && c.ctx.actors[m.actor!].type === 'organization') : undefined;

// "…found the caretaker in the boathouse, and": a person described in the clause before "he".
export const DESCRIPTION_IN_CLAUSE = /\bthe\s+([\p{Ll}-]+)\b[^,;]*,\s+(?:and|but)\s+$/u;
// "A resident of the old quarter said", "…,” said a woman waiting at the bus stop": a speaker the story does not name.
export const UNNAMED_SAID = new RegExp(
  String.raw`(?:^|\s)(?:A|An|One|Another)\s+(?:[\p{L}-]+\s+){0,6}?(?:${SPEECH_VERB_ALTERNATION})\b|\b(?:${SPEECH_VERB_ALTERNATION})\s+(?:a|an|one|another|the)\s+(?:${phrases(UNNAMED_SPEAKERS)})\b`,
  'u',
);
// Sentences in which someone the story does not name spoke ("Another witness said …", "the
// Courier quoted a harbour official as saying …"): the attribution walk marks them in the
// context as it passes, for the pronoun of the sentence after.
export const markSpokenByUnnamed = (ctx: Context, s: Sentence) => void (ctx.spokenByUnnamed ??= new Set()).add(s.index);
export const spokenByUnnamed = (ctx: Context, s: Sentence) => !!ctx.spokenByUnnamed?.has(s.index);
const QUOTED = new WeakMap<Sentence, [number, number][]>();
/** A mention within quoted words of its sentence. */
export function inQuote(ctx: Context, m: Mention): boolean {
  const s = ctx.sentences[m.sentence];
  const spans = QUOTED.get(s) ?? QUOTED.set(s, [...s.text.matchAll(QUOTE)].map((q) => [s.start + q.index!, s.start + q.index! + q[0].length])).get(s)!;
  return spans.some(([from, to]) => m.start >= from && m.end <= to);
}
