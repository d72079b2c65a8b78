// Finds who says what: direct quotes with their speaker, reported speech after a speech verb,
// "according to" phrases; speakers resolved through names, pronouns and descriptions
// ("he said", "the minister added", "the bureau said").
import type { Attribution, Context, Mention, Sentence } from '../types.js';
import { ACTIONS, ADDRESSEE_VERBS, SENT_BODIES, DOCUMENT_VERBS, DOCUMENTS, FINDING_VERBS, ELECTED_OFFICES, GOVERNMENT_LEVELS, GOVERNMENT_NOUNS, GROUP_NOUNS, HELD_STANCES, LOCAL_FORCES, OBJECT_VERBS, ORG_NOUNS, OTHER_INVESTIGATORS, PARTY_CAUCUSES, PARTY_NOUNS, PREPOSITIONS, BODY_SPOKESPERSONS, BODY_VOICES, SAID_AT_EVENTS, SAID_IN_MEDIA, SPEECH_VERBS, SPEECH_VERB_ALTERNATION, UNNAMED_SOURCES, US_STATE_NAMES, WEAK_SPEECH_VERBS, countryOf, countryOfDemonym, genderOf, genderOfWord, hasVerb, isFirstName, isRoleNoun, isVerbForm, readsAsAdverb, DOCUMENT_READS, SILENCES, REFUSALS, SUBORDINATE_OPENERS, OWNERS_VOICES, VOICE_MODIFIERS, ANYONE_NOUNS } from '../lexicon.js';
import { SUBORDINATORS, TIME_BEFORE } from '../text/grammar.js';
import { STOPWORDS, type Token, tokenize, wordCount } from '../text/tokens.js';
import { stem } from '../text/stem.js';
import { mentionsOf } from '../mentions-of.js';
import { patternWith, phrases } from '../text/phrases.js';
import { isRomanNumeral } from '../name-words.js';
import orgKinds from '../data/org-kinds.json';
import dates from '../data/dates.json';

// Either mark may open or close a quote: scraped text mixes them (“… capabilities.").
// Wire copy may close a quote with two apostrophes ("We didn't have some grand plan,'' mom … told").
const QUOTE = /[“"]((?:[^“”"']|'(?!'))+)(?:[”"]|'')/g;
// A quote still open at the end of its sentence runs on into the next paragraph (each paragraph
// of a long quote opens with a mark, only the last one closes).
const OPEN_QUOTE = /(?:^|[\s:(—-])[“"](?=[\p{L}\p{N}‘'])((?:[^“”"']|'(?!'))+)$/u;
// A sentence that only closes a quote: no opening mark, one closing mark at its end.
const CLOSES_ONLY = /^(?![“"])([^“”"]+)[”"]\s*$/u;
const PRONOUN = /^(?:he|she)$/i;
/** How far back from its verb a subject may stand, in characters. */
const SUBJECT_REACH = 200;
const AFTER_QUOTE = 60;
/** How many sentences back the last speaker still answers to "he" or "she". */
const FOCUS_SPAN = 3;
const BEFORE_QUOTE = 100;
// Marks that close a clause: the subject of a verb never stands beyond one; a spaced en dash
// is a dash ("… Tom Brandt – debts she said").
const CLAUSE_MARK = /[“”";:—]|\s–\s/g;
// "the agency said", and where it opens the sentence, "The agency denied …".
const DESCRIPTION = /\b[Tt]he\s+((?:[\p{L}-]+\s+){0,2}?)(\p{L}+)\s*$/u;

interface Span {
  start: number;
  end: number;
  /** The row of `ACTIONS` when the verb opens an act rather than speech ("plans to"): the claim keeps the verb. */
  act?: string;
  /** A verb only a document speaks with ("the report found"): no one else is its subject. */
  document?: true;
  /** The speaker opens the sentence, an apposition between them and the verb: the claim follows the verb. */
  subjectFirst?: true;
}

const docOf = (ctx: Context, s: Sentence) => ctx.docs[s.doc].text;

/** The latest mention before `at` in the document that fits: a named person for "he", a role or name word for "the X". */
function resolveMention(ctx: Context, at: number, doc: number, fits: (m: Mention) => boolean): Mention | undefined {
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.start >= at || m.actor === undefined || ctx.sentences[m.sentence].doc !== doc) continue;
    if (fits(m)) return m;
  }
  return undefined;
}
const resolve = (ctx: Context, at: number, doc: number, fits: (m: Mention) => boolean) => resolveMention(ctx, at, doc, fits)?.actor;

/** How far back a title or an opening phrase may reach before a name, in characters. */
const MAX_TITLE = 120;
/** A mention that opens its sentence, within its first few words or after a title ("National Economic Council Director Paul Hensley"). */
function isSubject(ctx: Context, m: Mention): boolean {
  const s = ctx.sentences[m.sentence];
  const before = ctx.docs[s.doc].text.slice(s.start, m.start);
  return wordCount(before) <= 3 || (before.length <= MAX_TITLE && /^(?:\p{Lu}[\p{L}.'’-]*\s+)+$/u.test(before) && !before.split(/\s+/).some((w) => PREPOSITIONS.has(w.toLowerCase())));
}
// "Under Ann Lee, he said …", "Like Smith, she …": a person named in a phrase that opens the
// sentence is not who "he" or "she" stands for; whose the phrase is ("In Ann Lowell's novel, she …") is.
function inOpeningPhrase(ctx: Context, m: Mention): boolean {
  const text = ctx.docs[ctx.sentences[m.sentence].doc].text;
  const from = ctx.sentences[m.sentence].start;
  if (m.start - from > MAX_TITLE) return false;
  const words = text.slice(from, m.start).split(/\s+/).filter(Boolean);
  // Past the title before the name: "Under President Barack Obama".
  while (words.length && /^\p{Lu}/u.test(words.at(-1)!) && !PREPOSITIONS.has(words.at(-1)!.toLowerCase())) words.pop();
  return !!words.length && PREPOSITIONS.has(words.at(-1)!.toLowerCase()) && !/^['’]s?\b/u.test(text.slice(m.end, m.end + 3));
}
const personSubject = (ctx: Context, m: Mention) => isSubject(ctx, m) && !inOpeningPhrase(ctx, m);

const GENDERS = new WeakMap<Context, Map<number, 'female' | 'male' | undefined>>();
// "Ms. Lindqvist", "Tobin's mother, Marla", "a spokeswoman": when the first name does not tell, the
// honorific before a mention or a word of a role; none when they disagree.
const HONORIFIC_BEFORE = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/;
export function genderOfActor(ctx: Context, actor: number): 'female' | 'male' | undefined {
  const known = GENDERS.get(ctx) ?? GENDERS.set(ctx, new Map()).get(ctx)!;
  if (known.has(actor)) return known.get(actor);
  const a = ctx.actors[actor];
  let gender = genderOf(a.name.split(' ')[0]);
  if (!gender) {
    const said = new Set<string | undefined>();
    for (const m of a.mentions) said.add(genderOfWord(HONORIFIC_BEFORE.exec(ctx.docs[ctx.sentences[m.sentence].doc].text.slice(Math.max(0, m.start - 6), m.start))?.[1] ?? ''));
    for (const role of a.roles.keys()) for (const w of role.split(/[\s,]+/)) said.add(genderOfWord(w));
    said.delete(undefined);
    gender = said.size === 1 ? ([...said][0] as 'female' | 'male') : undefined;
  }
  gender ??= genderByPronouns(ctx, a);
  known.set(actor, gender);
  return gender;
}

// "Moreau sued the club … She alleges", "Lund told Greta he thought …": the pronoun that first
// follows a mention in its sentence, with no other person named between, is the story's own word
// for the person's sex; one sex only, or three to one.
const PERSONAL_PRONOUN = /\b(?:(he|him|his|himself)|(she|her|hers|herself))\b/i;
function genderByPronouns(ctx: Context, a: Context['actors'][number]): 'female' | 'male' | undefined {
  let male = 0;
  let female = 0;
  for (const m of a.mentions) {
    const s = ctx.sentences[m.sentence];
    const p = PERSONAL_PRONOUN.exec(ctx.docs[s.doc].text.slice(m.end, Math.min(s.end, m.end + 200)));
    if (!p) continue;
    const at = m.end + p.index;
    if (mentionsOf(ctx, s.index).some((o) => o.start >= m.end && o.start < at && o.actor !== a.index && ctx.actors[o.actor!].type === 'person')) continue;
    if (p[1]) male++;
    else female++;
  }
  if (male > 3 * female) return 'male';
  if (female > 3 * male) return 'female';
  return undefined;
}

// A name that ends in a group noun or a numeral is no "he" or "she": "House Democrats", "Harbour Kings III".
// (The numeral is read by name-words' isRomanNumeral, the test that cuts it off a name and keys
// "Reyes" to Carl D. Reyes III.)
const LAST_WORD = /\s(\p{L}+)$/u;
/** A person "he" or "she" may stand for: named in full, with a role, or one who has spoken in the article (`spoke`). */
const namedPerson = (ctx: Context, pronoun = '', spoke?: ReadonlySet<number>) => (m: Mention) => {
  const a = ctx.actors[m.actor!];
  if (a.type !== 'person' || !(a.name.includes(' ') || [...a.roles.keys()].some(Boolean) || spoke?.has(a.index))) return false;
  const last = LAST_WORD.exec(a.name)?.[1];
  // …but "Thomas R. Brandt III" is one.
  if (last && ((isRomanNumeral(last) && !isFirstName(a.name.split(' ')[0])) || (/.s$/.test(last) && GROUP_NOUNS.has(last.toLowerCase())))) return false;
  // "she said" is not the senator named Tom a line before.
  const gender = genderOfActor(ctx, a.index);
  return !gender || !pronoun || gender === (/^she$/i.test(pronoun) ? 'female' : 'male');
};

// A person by their roles only: "the banner says" is not Senator Banner.
// A noun that names a person ("the woman", "the stylist") describes one by what a role makes its
// holder, not by a word of the phrase after it: "the woman said" is not the "swimmer convicted of
// assaulting a woman". A noun of a thing may stand for the one the role ties to it ("the team
// said" for the "leader of the team").
const described = (ctx: Context, noun: string) => (m: Mention) => {
  const a = ctx.actors[m.actor!];
  const roleWordsOf = isRoleNoun(noun) || genderOfWord(noun) ? roleWords : (r: string) => r.toLowerCase().split(/\s+/);
  const words = [...(a.type === 'person' ? [] : [a.name, ...a.aliases]).join(' ').toLowerCase().split(/\s+/), ...[...a.roles.keys()].flatMap(roleWordsOf)];
  return words.includes(noun);
};
// The words of a role up to the phrase that says of what, where or who ("of the Harlow club", "who
// ran the dig", "convicted of fraud", ", 54"); not the first word of a compound title ("attorney"
// of "attorney general": "the attorney said" is no attorney general).
const ROLE_PHRASE = /^(?:of|for|at|with|in|on|from|to|by|as|about|under|behind|into|near|since|after|before|during|who|whose|which|that)$/;
const PHRASE_OPENS = /^(?:of|for|at|with|in|on|from|to|by|as|about|under|into|the|a|an|his|her|their|its)$/;
function roleWords(role: string): string[] {
  const words = role.toLowerCase().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const [i, w] of words.entries()) {
    // "convicted of …", "working with …": a participle that opens a phrase.
    if (ROLE_PHRASE.test(w) || (i > 0 && /^\p{L}+(?:ed|ing)$/u.test(w) && PHRASE_OPENS.test(words[i + 1] ?? ''))) break;
    const word = w.replace(/[,;:]$/, '');
    if (words[i + 1]?.replace(/[,;:.]$/, '') !== 'general') out.push(word);
    if (word !== w) break;
  }
  return out;
}
// "the firm said", "the agency said": the organisation last named before the sentence (one
// named in the claim itself is what the claim is about).
const organisation = (ctx: Context) => (m: Mention) => ctx.actors[m.actor!].type === 'organization';

const GENERIC_ORG_NOUNS = new Set(orgKinds.generic);
const KINDS_OF = new Map<string, string[]>();
for (const [kind, words] of Object.entries(orgKinds.kinds)) for (const w of words) KINDS_OF.set(w, [...(KINDS_OF.get(w) ?? []), kind]);
// "the company has said" is not the Lindqvist Family Foundation: an organisation whose name ends in a
// head word of another kind is not what the noun describes; one whose name tells no kind ("Amazon") may
// be, and a noun of no kind listed ("the government concedes") may stand for any.
function ofKind(ctx: Context, actor: number, noun: string): boolean {
  const head = ctx.actors[actor].name.toLowerCase().split(/\s+/).pop()!;
  const kinds = KINDS_OF.get(head);
  const nounKinds = KINDS_OF.get(noun);
  if (GENERIC_ORG_NOUNS.has(noun) || !kinds || !nounKinds) return true;
  return nounKinds.some((k) => kinds.includes(k));
}

// When the words were said, standing between the subject and its verb, as wire copy puts it:
// "Ann Lowell on Tuesday said …", "The council today announced …", "Marsh late Friday wrote …".
// Each row a phrase of time; the auxiliaries on either side of it drop out too ("has today said").
const WEEKDAY = String.raw`(?:${dates.weekdays.join('|')})`;
export const TIME_OF_SPEECH: readonly { name: string; pattern: RegExp }[] = [
  { name: 'weekday', pattern: new RegExp(String.raw`\s+(?:(?:on|late|early)\s+)?${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\s*$`, 'u') },
  { name: 'today', pattern: /\s+(?:today|yesterday|tonight)\s*$/u },
];
// Words that may stand between a subject and its verb: "Lavrov has also said", "the agency did
// say", "a spokeswoman would only say that".
// An "-ly" word only when it reads as an adverb: "The family has hired …" keeps its subject.
// Not "would" alone: "Marsh would testify …" is the writer's guess.
const AUXILIARY = /\s+(has|have|had|was|is|did|does|would\s+only|also|later|earlier|previously|then|now|just|already|since|still|again|once|long|often|never|\p{Ll}+ly)\s*$/u;
// …"did" and "does" only before a verb of speech proper: "when the firm does think …" is the writer's.
function withoutAuxiliaries(gap: string, emphatic = true): string {
  for (let m = AUXILIARY.exec(gap); m && (!/^\p{Ll}+ly$/u.test(m[1]) || readsAsAdverb(m[1])) && (emphatic || !/^(?:did|does)$/.test(m[1])); m = AUXILIARY.exec(gap)) gap = gap.slice(0, m.index);
  const time = TIME_OF_SPEECH.map((t) => t.pattern.exec(gap)).find((m) => m !== null);
  return time ? withoutAuxiliaries(gap.slice(0, time.index), emphatic) : gap;
}
// A phrase between commas before the verb says where or how: "Carter, in an interview with the
// Times, said", "The governor, speaking at a news conference, said".
const PARENTHETICAL = /,\s+(?:in|at|during|on|after|before|with|speaking|writing|appearing|testifying|addressing)\s[^,]{2,100},\s*$/u;
// An apposition between a name and its verb: "Hina Shamsi, the director of …, said", "Ann Lowell, 26, said",
// "Ann Lowell, 54, a Republican, said".
// The words of an apposition, an age first or a second description after: "54, a Republican".
const APPOSED_WORDS = String.raw`(?:\d{1,3},\s)?[^,]{2,120}(?:,\s(?:a|an|the)\s[^,]{2,80})?`;
const APPOSITION = new RegExp(String.raw`(\p{Lu}[\p{L}.'’-]*)\s*,\s(${APPOSED_WORDS}),\s*$`, 'u');
// An apposition is a noun phrase: a verb in lower case (not a name word such as "Rights") makes it
// a clause, unless it opens as a description does ("head of …", "a member of …").
const DESCRIBES = /^(?:(?:a|an|the|his|her|its|their)\s|\d)/i;
const isApposition = (words: string) => DESCRIBES.test(words) || isRoleNoun(words.split(/\s+/)[0]) || !words.split(/\s+/).some((w) => (/^\p{Ll}/u.test(w) && isVerbForm(w)) || /^(?:and|but|or)$/.test(w));
// …left open: a description of what the person is for a body ("a partner of Hale Brandt LLP").
const OPEN_APPOSITION = /(\p{Lu}[\p{L}.'’-]*)\s*,\s(?:a|an)\s(?:[\p{Ll}-]+\s+){1,4}(?:with|of|for|at)\s+(?:the\s+)?\p{Lu}[^,]{1,80}$/u;
const WHO_CLAUSE = /(\p{Lu}[\p{L}.'’-]*),\s+(?:who|whose|which)\s[^]*,\s*$/u;
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
function clauseOf(ctx: Context, s: Sentence, verb: Span, floor: number, recent: Attribution[], spoke: ReadonlySet<number>): Clause {
  const text = docOf(ctx, s);
  const base = Math.max(floor, s.start, verb.start - SUBJECT_REACH);
  let from = base;
  // "Prof Ann Lowell - who ran the survey for the county - said …": an aside between two dashes
  // right before the verb drops out, offsets kept, as a parenthesis does.
  const dashed = DASH_ASIDE.exec(text.slice(base, verb.start));
  const before = dashed ? text.slice(base, verb.start).slice(0, dashed.index) + ' '.repeat(dashed[0].length) : text.slice(base, verb.start);
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

const isConjunction = (t?: Token) => !!t && /^(?:and|but)$/i.test(t.text);
// "Trump described Assad as “an animal” and said …": the person who is the subject of a verb
// before, not one met in a phrase ("with Fox Business News' Maria Bartiromo").
// Not one after a preposition, nor an owner: "Police don't think Denley's letter to the mayor was
// a threat, but say …" is neither Denley's nor the mayor's.
const AFTER_PREPOSITION = /(?:^|\s)(\p{Ll}+)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?$/u;
function afterPreposition(ctx: Context, m: Mention): boolean {
  const s = ctx.sentences[m.sentence];
  const word = AFTER_PREPOSITION.exec(docOf(ctx, s).slice(Math.max(s.start, m.start - 30), m.start))?.[1] ?? '';
  return PREPOSITIONS.has(word) || word === 'to' || word === 'for';
}
function earlierSubject(c: Clause): Mention | undefined {
  const people = c.inSentence.filter((m) => m.start < c.verb.start && c.ctx.actors[m.actor!].type === 'person' && !afterPreposition(c.ctx, m));
  return people.filter((m) => isVerbForm(/^\s*(\p{L}+)/u.exec(c.text.slice(m.end, m.end + 30))?.[1] ?? '')).pop() ?? people.find((m) => !/^['’]/u.test(c.text.slice(m.end, m.end + 1)));
}
// …"Tom Marsh Sr. says": a name may end in an abbreviation whose period it leaves out.
const namedAtLast = (c: Clause) => c.last && c.inSentence.find((m) => m.start <= c.last!.start && m.end >= c.last!.end - (c.last!.text.endsWith('.') ? 1 : 0) && m.actor !== undefined);
// "Laura Whitcomb of Oregon told …": the place says where the speaker is from.
function personOfPlace(c: Clause): Mention | undefined {
  const origin = /\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s*$/u.exec(c.gap);
  const before = origin && tokenize(c.gap.slice(0, origin.index), c.from).pop();
  return before ? c.inSentence.find((m) => m.start <= before.start && m.end >= before.end && m.actor !== undefined && c.ctx.actors[m.actor].type === 'person') : undefined;
}
// "a TSA spokesman", "Pentagon officials": someone speaking for the organisation named right before.
const spokespersonOf = (c: Clause) =>
  c.last && SPOKESPERSON.test(c.last.text) ? c.inSentence.find((m) => m.end <= c.last!.start && /^\s+$/.test(c.text.slice(m.end, c.last!.start)) && c.ctx.actors[m.actor!].type === 'organization') : undefined;

// "…found the caretaker in the boathouse, and": a person described in the clause before "he".
const DESCRIPTION_IN_CLAUSE = /\bthe\s+([\p{Ll}-]+)\b[^,;]*,\s+(?:and|but)\s+$/u;
// "A resident of the old quarter said", "…,” said a woman waiting at the bus stop": a speaker the story does not name.
const UNNAMED_SAID = new RegExp(
  String.raw`(?:^|\s)(?:A|An|One|Another)\s+(?:[\p{L}-]+\s+){0,6}?(?:${SPEECH_VERB_ALTERNATION})\b|\b(?:${SPEECH_VERB_ALTERNATION})\s+(?:a|an|one|another|the)\s+(?:man|woman|resident|witness|source|person|friend|neighbou?r)\b`,
  'u',
);
const QUOTED = new WeakMap<Sentence, [number, number][]>();
/** A mention within quoted words of its sentence. */
function inQuote(ctx: Context, m: Mention): boolean {
  const s = ctx.sentences[m.sentence];
  const spans = QUOTED.get(s) ?? QUOTED.set(s, [...s.text.matchAll(QUOTE)].map((q) => [s.start + q.index!, s.start + q.index! + q[0].length])).get(s)!;
  return spans.some(([from, to]) => m.start >= from && m.end <= to);
}
function pronounSpeaker(c: Clause): number | undefined {
  const { ctx, s, last, recent } = c;
  // "He added …", "Speaking after talks with Tillerson, he said …": the person who spoke last
  // goes on speaking, before any other name met since.
  // "“But I think the general will fight to the end,” he said", "“President Mark Lopez has won
  // nothing,” he added": one named in the sentence's own quoted words is spoken of, not speaking.
  // …nor one named only in a quote of a sentence before ("“… ever since Dr. Ina Brook first ran the
  // survey …,” Lowell said." then "“…,” he added.").
  const fits = (m: Mention) => namedPerson(ctx, last!.text, c.spoke)(m) && !inQuote(ctx, m);
  // "Kowalczyk faces two charges … – charges she said she is guilty of": the sentence's own subject.
  const subject = c.inSentence.find((m) => m.end <= last!.start && personSubject(ctx, m) && fits(m));
  if (subject) return subject.actor;
  // "Rangers found the caretaker in the boathouse, and he said …": the person the clause before
  // describes.
  const description = DESCRIPTION_IN_CLAUSE.exec(c.text.slice(s.start, last!.start));
  const describedHere = description ? resolve(ctx, s.start, s.doc, (m) => ctx.actors[m.actor!].type === 'person' && described(ctx, description[1].toLowerCase())(m)) : undefined;
  if (describedHere !== undefined) return describedHere;
  const speaker = [...recent].reverse().find((a) => ctx.mentions.some((m) => m.actor === a.actor && fits(m)));
  // "A resident of Kilbride said …" then "He added …": the unnamed speaker goes on.
  const before = ctx.sentences[s.index - 1];
  if (!speaker && before?.doc === s.doc && UNNAMED_SAID.test(before.text)) return undefined;
  // "Tom Marsh, a former prosecutor, doubted at first that the firing proved what Mayor Peter
  // Lowell intended. But he said …": the person the sentence before opens with, before one it
  // names later; not an owner ("Lowell's post drew …": the post is the subject).
  const opener = resolveMention(ctx, s.start, s.doc, (m) => m.sentence === s.index - 1 && fits(m) && personSubject(ctx, m) && !/^['’]/u.test(c.text.slice(m.end, m.end + 1)));
  const named = opener ?? resolveMention(ctx, last!.start, s.doc, fits);
  // …unless someone else has since become the subject of a sentence ("Tom Brandt is the coach. He said …").
  const newSubject = named && speaker && named.sentence > speaker.sentence && personSubject(ctx, named);
  return speaker && !newSubject ? speaker.actor : named?.actor;
}

function describedSpeaker(c: Clause): number | undefined {
  const { ctx, s } = c;
  const description = DESCRIPTION.exec(c.gap)!;
  const noun = description[2].toLowerCase();
  const modifiers = description[1].toLowerCase().split(/\s+/).filter(Boolean);
  const at = c.from + description.index;
  // "the Trump administration", "the Lisbon parliament": the actor the name is of, if any; nobody
  // rather than whichever body spoke last. Not "the Japanese company", "the Britain-based group".
  const names = description[1].split(/\s+/).filter((w) => /^\p{Lu}[\p{L}.'’]*$/u.test(w) && !countryOfDemonym(w) && !US_STATE_NAMES.includes(w));
  if (names.length && ORG_NOUNS.has(noun)) {
    const named = (m: Mention) => {
      const words = [ctx.actors[m.actor!].name, ...ctx.actors[m.actor!].aliases, m.surface ?? ''].join(' ').split(/\s+/);
      return names.every((w) => words.includes(w));
    };
    return resolve(ctx, c.verb.start, s.doc, named);
  }
  if (ORG_NOUNS.has(noun)) {
    // "the shipping firm": the organisation described as such, else the one last named.
    // …not one the words before the noun contradict ("the state health department" is no county's).
    const fits = (m: Mention) => !contradicted(ctx, m.actor!, modifiers);
    const kind = (m: Mention) => organisation(ctx)(m) && modifiers.some((w) => described(ctx, w)(m)) && fits(m);
    // "the monitoring group said" a sentence after the Observatory spoke: it goes on speaking,
    // before an organisation merely named since.
    const spoke = [...c.recent].reverse().find((a) => ctx.actors[a.actor].type === 'organization' && ofKind(ctx, a.actor, noun) && !contradicted(ctx, a.actor, modifiers))?.actor;
    // "the state health department" in a story whose bodies are of a county and of another field:
    // only a body every other word describes, not whichever spoke or was named last.
    if (modifiers.some((w) => GOVERNMENT_LEVELS.has(w))) return resolve(ctx, at, s.doc, (m) => organisation(ctx)(m) && [noun, ...modifiers.filter((w) => !GOVERNMENT_LEVELS.has(w))].every((w) => described(ctx, w)(m)) && fits(m));
    return resolve(ctx, s.start, s.doc, kind) ?? resolve(ctx, at, s.doc, (m) => described(ctx, noun)(m) && fits(m)) ?? spoke ?? resolve(ctx, s.start, s.doc, (m) => organisation(ctx)(m) && ofKind(ctx, m.actor!, noun) && fits(m));
  }
  // "the California Democrat said": a person with that role, else a lawmaker of that state (one
  // who has spoken already first). Another title a story gives no one ("the judge", "the
  // witness", "the spokesperson") is nobody rather than whoever spoke last.
  const state = PARTY_NOUNS.has(noun) ? US_STATE_NAMES.find((n) => n.toLowerCase() === modifiers.join(' ')) : undefined;
  if (state) {
    // …one whose role names the state first, then a lawmaker who has spoken, before anyone else
    // the party word describes ("the North Carolina Republican" is not the lifelong Republican Comey).
    const lawmaker = (m: Mention) => namedPerson(ctx)(m) && !otherState(ctx, m.actor!, state);
    const roles = (m: Mention) => [...ctx.actors[m.actor!].roles.keys()].join(' ');
    // …then the officeholder the sentence before opens with ("Sen. Ann Lowell … issued a statement.
    // "…," said the Ohio Republican"), before one who spoke earlier.
    const elected = (m: Mention) => [...ctx.actors[m.actor!].roles.keys()].some((r) => r.toLowerCase().replace(/\./g, '').split(/\s+/).some((w) => ELECTED_OFFICES.has(w)));
    const introduced = resolveMention(ctx, s.start, s.doc, (m) => m.sentence >= s.index - 1 && lawmaker(m) && elected(m) && personSubject(ctx, m));
    return (
      resolve(ctx, at, s.doc, (m) => described(ctx, noun)(m) && roles(m).includes(state)) ??
      introduced?.actor ??
      resolve(ctx, at, s.doc, (m) => lawmaker(m) && c.spoke.has(m.actor!)) ??
      resolve(ctx, at, s.doc, (m) => described(ctx, noun)(m) && !otherState(ctx, m.actor!, state)) ??
      resolve(ctx, at, s.doc, lawmaker) ??
      onlyActorDescribed(ctx, noun)
    );
  }
  // "the Senate Democratic leader": one the noun and every word before it describe, else one the noun does.
  return resolve(ctx, at, s.doc, (m) => described(ctx, noun)(m) && modifiers.every((w) => described(ctx, w)(m))) ?? resolve(ctx, at, s.doc, (m) => described(ctx, noun)(m) && !contradicted(ctx, m.actor!, modifiers)) ?? onlyActorDescribed(ctx, noun, modifiers) ?? speakerJustBefore(c, noun);
}

// "Ann Lowell said the pier must close." then "“…,” the Harlow founder said": a description no
// role of the cluster holds, right after the sentence in which one person alone spoke, is that
// person, named another way as writers do; not a noun that may stand for anyone ("the man", "the
// official", "the source", "the lawyer"), nor one of the other sex ("the mother" for a man).
// "the 67-year-old added": an age stands for a person too, and no role holds it.
const AGE_NOUN = /^\d{1,3}-year-old$/;
function speakerJustBefore(c: Clause, noun: string): number | undefined {
  const { ctx, s } = c;
  const age = AGE_NOUN.test(noun);
  if ((!age && !isRoleNoun(noun)) || ANYONE_NOUNS.has(noun) || UNNAMED_SOURCES.has(noun) || OWNERS_VOICES.has(noun)) return undefined;
  if (!age && ctx.actors.some((a) => a.type === 'person' && [...a.roles.keys()].some((r) => roleWords(r).includes(noun)))) return undefined;
  let before = s.index - 1;
  while (before >= 0 && ctx.sentences[before].noise && ctx.sentences[before].doc === s.doc) before--;
  const said = c.recent.filter((a) => a.sentence === before);
  const speakers = new Set(said.map((a) => a.actor));
  const [one] = speakers;
  if (speakers.size !== 1 || ctx.actors[one].type !== 'person' || ctx.sentences[before].doc !== s.doc) return undefined;
  const sex = genderOfWord(noun);
  const own = genderOfActor(ctx, one);
  return sex && own && sex !== own ? undefined : one;
}

// "the Senate Democratic leader" is no leader whose role or name says Republican; "the state health
// department" is no body named for a county. A word before the noun of a party or of a level of
// government contradicts an actor whose name and roles hold another and not it.
const PARTY_OF_WORD = new Map([...PARTY_CAUCUSES.parties].map(([w, p]) => [w.toLowerCase(), p]));
function contradicted(ctx: Context, actor: number, modifiers: readonly string[]): boolean {
  const a = ctx.actors[actor];
  const words = new Set([a.name, ...a.aliases, ...a.roles.keys()].join(' ').toLowerCase().split(/[\s,.'’()-]+/));
  const other = (of: (w: string) => string | undefined) => (w: string) => {
    const own = of(w);
    if (!own) return false;
    const held = new Set([...words].map(of).filter((x) => x !== undefined));
    return held.size > 0 && !held.has(own);
  };
  return modifiers.some((w) => other((x) => PARTY_OF_WORD.get(x))(w) || other((x) => (GOVERNMENT_LEVELS.has(x) ? x : undefined))(w));
}

// "the Oregon Democrat" is no lawmaker whose role names Arizona.
function otherState(ctx: Context, actor: number, state: string): boolean {
  const roles = [...ctx.actors[actor].roles.keys()].join(' ');
  return !roles.includes(state) && US_STATE_NAMES.some((n) => n !== state && roles.includes(n));
}

// "the opposition says" in an article that names no opposition, when another names "opposition
// activists": the one actor of the cluster whose name holds the noun; not a person's name ("the
// banner says" is not a Senator Banner). Where no name does, "the
// Harlow founder said", "the actor wrote" in an article that met the person only later or in
// another article: the one person of the cluster whose roles hold the noun and every word before
// it; none where two do ("the president" of a story of two presidents).
function onlyActorDescribed(ctx: Context, noun: string, modifiers: readonly string[] = []): number | undefined {
  const words = (a: Context['actors'][number], roles: boolean) => [a.name, ...a.aliases, ...(roles ? a.roles.keys() : [])].join(' ').toLowerCase().split(/[\s,]+/);
  const fits = ctx.actors.filter((a) => a.type !== 'person' && words(a, false).includes(noun));
  if (fits.length) return fits.length === 1 ? fits[0].index : undefined;
  if (!isRoleNoun(noun)) return undefined;
  const holders = ctx.actors.filter((a) => a.type === 'person' && a.mentions.length && [...a.roles.keys()].some((r) => roleHead(r) === noun && modifiers.every((w) => r.toLowerCase().split(/[\s,]+/).includes(w))));
  return holders.length === 1 ? holders[0].index : undefined;
}
// What a role makes its holder: its last word before a phrase that says of what ("founder" of
// "Harlow founder", "actor" of "actor and activist"'s first part); not "leader" read as "opposition".
function roleHead(role: string): string | undefined {
  const words = role.toLowerCase().split(/[\s,]+/).filter(Boolean);
  const end = words.findIndex((w) => /^(?:of|for|at|with|in|on|from|and|who|whose|to)$/.test(w));
  return (end < 0 ? words : words.slice(0, end)).pop();
}

// "his wife said", "Lowell's lawyer said", "China's foreign ministry said", "Reyes's rep said": a
// description owned by someone, named right before it or by "his" or "her". A government, a
// ministry or the officials of a country or body are that country or body, and a spokesperson,
// rep or publicist speaks for the one named before it (a rank or "government" at most between:
// "Japan's top government spokesman"; not "Italy's business leaders", who are no one's voice).
// A relative, lawyer or aide is the one person of the cluster whose role is that noun and who was
// given it as the owner's ("her husband, Karl Brandt," beside her name, or "Vance's husband").
// Not one of two subjects ("both he and his wife say"): each speaks for both.
const OWNED_DESCRIPTION = /(?:(?:^|[\s,(])(his|her|their|its|His|Her|Their|Its)|(\p{Lu}[\p{L}.'’-]*?)['’]s?)\s+((?:[\p{Ll}-]+\s+){0,2}?)(\p{Ll}+)\s*$/u;
const JOINED_SUBJECT = /\b(?:and|or|both)\s*$/iu;
// Where the owner (the pronoun or the name) stands in the clause's gap.
const ownerAt = (m: RegExpExecArray) => m.index + m[0].indexOf(m[1] ?? m[2]);
function ownerOfDescription(c: Clause, m: RegExpExecArray): number | undefined {
  const at = c.from + ownerAt(m);
  if (m[2]) {
    const end = at + m[2].length;
    return c.inSentence.find((x) => x.actor !== undefined && x.start < end && x.end >= end - 1 && x.end <= end + 1)?.actor;
  }
  const pronoun = m[1].toLowerCase();
  return pronoun === 'his' || pronoun === 'her' ? resolve(c.ctx, at, c.s.doc, namedPerson(c.ctx, pronoun === 'his' ? 'he' : 'she', c.spoke)) : undefined;
}
/** Whether `holder` was given the role `noun` as the owner's: a role that names the owner, or the noun given beside the owner's name. */
function roleOfOwner(ctx: Context, holder: Context['actors'][number], noun: string, owner: number): boolean {
  const words = new Set([ctx.actors[owner].name, ...ctx.actors[owner].aliases].join(' ').split(/\s+/));
  const namesOwner = (role: string) => role.split(/\s+/).some((w) => words.has(w.replace(/['’]s?$/u, '').replace(/[,.]$/, '')));
  if ([...holder.roles.keys()].some((r) => roleHead(r) === noun && namesOwner(r))) return true;
  return holder.mentions.some((m) => m.role !== undefined && roleHead(m.role) === noun && mentionsOf(ctx, m.sentence).some((o) => o.actor === owner));
}
function ownedDescription(c: Clause): number | undefined {
  const m = OWNED_DESCRIPTION.exec(c.gap);
  if (!m || JOINED_SUBJECT.test(c.gap.slice(0, ownerAt(m)))) return undefined;
  const { ctx } = c;
  const noun = m[4];
  const modifiers = m[3].trim().split(/\s+/).filter(Boolean);
  const words = [...modifiers, noun];
  const owner = ownerOfDescription(c, m);
  if (owner === undefined) return undefined;
  const body = ctx.actors[owner].type !== 'person';
  const voice = (OWNERS_VOICES.has(noun) || GOVERNMENT_NOUNS.has(noun) || GOVERNMENT_NOUNS.has(words.slice(-2).join(' '))) && modifiers.every((w) => VOICE_MODIFIERS.has(w) || GOVERNMENT_NOUNS.has(w) || GOVERNMENT_NOUNS.has(`${w} ${noun}`));
  // "Ukraine's government", "China's foreign ministry", "Japan's top government spokesman", "Reyes's rep".
  if (voice) return m[2] && (body || OWNERS_VOICES.has(noun)) ? owner : undefined;
  if (!isRoleNoun(noun) || modifiers.length) return undefined;
  const holders = ctx.actors.filter((a) => a.type === 'person' && a.index !== owner && a.mentions.length && roleOfOwner(ctx, a, noun, owner));
  return holders.length === 1 ? holders[0].index : undefined;
}

// "“…,” the Republican mayor from Harlow said", "the former harbour master and party chairman
// said", "the 67-year-old added": a description longer than the description rule reads (a phrase
// after its head, a second role, an age), right after the one person who spoke: that person, as
// speakerJustBefore reads a short one. Its head is the last word before the phrase or the "and".
const LONG_DESCRIPTION = /(?:^|[\s,])[Tt]he\s+([\p{L}\d.'’-]+(?:\s+[\p{L}\d.'’-]+){0,9})\s*$/u;
const HEAD_ENDS = /^(?:of|from|at|in|with|for|and|who|whose|on)$/;
function longDescription(c: Clause): number | undefined {
  const m = LONG_DESCRIPTION.exec(c.gap);
  if (!m || DESCRIPTION.test(c.gap)) return undefined;
  const words = m[1].split(/\s+/);
  const end = words.findIndex((w) => HEAD_ENDS.test(w));
  const head = (end < 0 ? words : words.slice(0, end)).pop();
  return head && /^[\p{Ll}\d]/u.test(head) ? speakerJustBefore(c, head.toLowerCase()) : undefined;
}

// Inverted order: "…,” said Hina Shamsi, the director of …
function speakerAfterVerb(c: Clause): number | undefined {
  const after = c.inSentence.find((m) => m.start >= c.verb.end && m.start - c.verb.end < 40 && /^\s+(?:the\s+)?(?:[\p{L}.]+\s+){0,3}$/u.test(c.text.slice(c.verb.end, m.start)));
  return after && SPEAKER_CLOSES.test(c.text.slice(after.end, after.end + 30)) ? after.actor : undefined;
}
// "…,” said Channel 9 senior legal analyst Ann Lowell.", "…,” said Brandt's lawyer, Tom Marsh.",
// "…,” said Sen. Ann Lowell outside the chamber on Tuesday.": a person named after the verb past a
// longer title, one that may hold a body's name, a possessive or a comma; after the name, what
// says where, when, how or who they are. Not a participle: "saying Tom Marsh …" opens a claim.
const TITLE_BEFORE_NAME = /^\s+(?:(?:[\p{L}.&-]+(?:['’]s?)?|\([^()]{1,20}\))\s+){0,8}?(?:[\p{L}.&-]+,\s+)?$/u;
// …or a second speaker ("wrote Ann Lowell and Tom Marsh in their paper"): the first speaks for both.
const AFTER_TITLED_NAME = /^(?:\s*\([^()]{1,20}\))?\s+(?:(?:in|on|at|from|with|outside|before|after|during|last|this|earlier|later|who|whose)\s|\d{4}\b|and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*\s*(?:[,.;:!?]|$|(?:in|on|at)\s))/u;
function titledSpeakerAfterVerb(c: Clause): number | undefined {
  if (/ing$/.test(c.text.slice(c.verb.start, c.verb.end))) return undefined;
  // The speaker of a quote too ("…,” said lead researcher Dr. Ann Lowell on Tuesday."): the
  // attribution is quiet, since the summary letting the quotes that run on from it stand alone
  // cost the 250 validation summaries 0.07 R1 (0.11 on the even half).
  const named = c.inSentence.find((m) => {
    if (m.start < c.verb.end || m.start - c.verb.end >= 100 || c.ctx.actors[m.actor!].type !== 'person') return false;
    const title = c.text.slice(c.verb.end, m.start);
    const rest = c.text.slice(m.end, Math.min(c.s.end, m.end + 40));
    // No one else named in the title but whose it is ("Brandt's lawyer"): "wrote Ann Lowell and Tom Marsh" is not Marsh alone.
    if (c.inSentence.some((o) => o !== m && o.start >= c.verb.end && o.end <= m.start && c.ctx.actors[o.actor!].type === 'person' && !/^['’]/u.test(c.text.slice(o.end, o.end + 1)))) return false;
    // The title ends in a capitalised word or a role ("Sgt.", "lead researcher", "his spokesman,"):
    // not "said her office would appeal the ruling against Brandt", "said a friend close to Ms. Lowell".
    const lastWord = /(\S+?),?\s*$/u.exec(title)?.[1] ?? '';
    const endsInTitle = !title.trim() || /^\p{Lu}/u.test(lastWord) || isRoleNoun(lastWord);
    const unnamed = title.split(/\s+/).some((w) => UNNAMED_SOURCES.has(w.toLowerCase()) || /^(?:close|familiar|near)$/i.test(w));
    return TITLE_BEFORE_NAME.test(title) && endsInTitle && !unnamed && !/\b(?:that|whether|if)\b/i.test(title) && (SPEAKER_CLOSES.test(rest) || AFTER_TITLED_NAME.test(rest));
  });
  return named?.actor;
}
// What may follow the speaker named after the verb: the end of the clause, the body they are of
// ("said Petty Officer Ann Lowell of the Coast Guard"), or their party and state before the clause
// ends ("added Rep. Tom Marsh (R-Ohio), chairman of …", "said Sen. Ann Lowell (Maine).").
const SPEAKER_CLOSES = /^\s*(?:[,.;:!?]|$)|^\s+of\s+(?:the\s+)?\p{Lu}|^\s*\([^()]{1,20}\)\s*(?:[,.;:!?]|$)/u;
// "…,” said the president.": a description right after the verb, closing the clause.
// …or one speaking for it: "according to the sheriff's office", "said the mayor's spokesman".
const SPEAKERS_FOR = String.raw`(?:office|campaign|spokes(?:man|woman|person)|representatives?)`;
const SPEAKS_FOR = String.raw`(?:['’]s?\s+${SPEAKERS_FOR})?`;
const ACCORDING_DESCRIPTION = new RegExp(String.raw`^([Tt]he\s+(?:[\p{L}-]+\s+){0,2}?\p{L}+${SPEAKS_FOR})\s*(?:[,.;:!?]|$)`, 'u');
const DESCRIPTION_AFTER = new RegExp(String.raw`^\s+(the\s+(?:[\p{L}-]+\s+){0,2}?\p{L}+${SPEAKS_FOR})\s*(?:[,.;:!?]|$)`, 'u');
/** The one a description stands for, or whom the one it names speaks for. */
const describedOrSpokenFor = (c: Clause) => (SPOKESPERSON_OF_DESCRIBED.test(c.gap) ? speakingForDescribed(c) : describedSpeaker(c));
const describedAfterVerb = (c: Clause) => {
  const d = DESCRIPTION_AFTER.exec(c.text.slice(c.verb.end, Math.min(c.s.end, c.verb.end + 60)));
  return d ? describedOrSpokenFor({ ...c, gap: d[1], from: c.verb.start }) : undefined;
};

// "a senior Dutch official said", "U.S. officials said": someone speaking for a country the story names.
const COUNTRY_OFFICIAL = /\b(\p{Lu}[\p{L}.]*)\s+(?:government\s+|foreign\s+ministry\s+|defen[cs]e\s+ministry\s+)?(?:officials?|diplomats?|spokes(?:man|woman|person)|sources?|authorities)\s*$/u;
function countryOfficial(c: Clause): number | undefined {
  const m = COUNTRY_OFFICIAL.exec(c.gap);
  const country = m && (countryOf(m[1]) ?? countryOfDemonym(m[1]));
  return country ? c.ctx.actors.find((a) => a.type === 'country' && a.name === country)?.index : undefined;
}

// "police wrote", "prosecutors said": the organisation the story names with that word.
const organisationNamedBy = (c: Clause) =>
  c.last && ORG_NOUNS.has(c.last.text.toLowerCase()) && !/\b(?:the|a|an|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu.test(c.gap.slice(0, c.last.start - c.from))
    ? resolve(c.ctx, c.s.start, c.s.doc, (m) => organisation(c.ctx)(m) && described(c.ctx, c.last!.text.toLowerCase())(m))
    : undefined;

// "authorities said", "Authorities believe …" with no body named: the story's one police force,
// where it names one and no other force, investigating body (a sheriff) or agency that could be meant.
const BARE_AUTHORITIES = /(?:^|[^\p{L}\s]|\b(?:and|but|while|as|that|because)\s)\s*(?:local\s+)?authorities\s*$/iu;
function storyForce(ctx: Context): number | undefined {
  const named = (a: Context['actors'][number]) => a.mentions.length > 0;
  const forces = ctx.actors.filter((a) => named(a) && a.type === 'organization' && a.name.split(/\s+/).some((w) => LOCAL_FORCES.has(w.toLowerCase())));
  const others = ctx.actors.some((a) => named(a) && [a.name, ...a.aliases].some((n) => n.split(/[\s'’]+/).some((w) => OTHER_INVESTIGATORS.has(w.toLowerCase()))));
  // "the Harbor Department said", "the Lowell County Attorney's office": another authority the words may be of.
  const agency = (a: Context['actors'][number]) => a.type === 'organization' && a.name.toLowerCase().split(/[\s'’]+/).some((w) => KINDS_OF.get(w)?.includes('agency') || /^(?:attorney|prosecutor)s?$/.test(w));
  const force = forces.length === 1 ? forces[0] : undefined;
  return force && !others && !ctx.actors.some((a) => a !== force && named(a) && agency(a)) ? force.index : undefined;
}

// "It said", "It described the fighting …": the organisation that spoke last, or was last the subject of a sentence.
// …of one of the last few sentences: a body met as a subject further back is no longer what "it"
// stands for ("The firm opened in May. … The song is dark. It adds …" is the song).
const BODY_SUBJECT_SPAN = 2;
function organisationPronoun(c: Clause): number | undefined {
  const { ctx, s } = c;
  if (standsForDocument(c)) return undefined;
  const isBody = (a: number) => ctx.actors[a].type === 'organization' || ctx.actors[a].type === 'country';
  const spoke = [...c.recent].reverse().find((a) => isBody(a.actor));
  const subject = resolveMention(ctx, s.start, s.doc, (m) => m.sentence >= s.index - BODY_SUBJECT_SPAN && isBody(m.actor!) && isSubject(ctx, m) && !modifiesNoun(ctx, m));
  // "The league spoke on Monday. … Among its demands, the union is seeking …. It also wants …":
  // a body that opens the sentence right before, after the last one that spoke, is what "it" stands for.
  if (spoke && subject && subject.sentence === s.index - 1 && spoke.sentence < subject.sentence) return subject.actor;
  return spoke?.actor ?? subject?.actor;
}
// "The Harlow budget seeks …", "She told a Harlow hearing …": a body's name before a noun it
// modifies is not the sentence's subject; the budget or the hearing is. Not "The Harlow activist
// group reported …", where the noun is a body's and the phrase names the body itself.
const LOWER_WORDS_AFTER = /^\s+(\p{Ll}[\p{Ll}-]*)(?:\s+(\p{Ll}[\p{Ll}-]*))?(?:\s+(\p{Ll}[\p{Ll}-]*))?/u;
function modifiesNoun(ctx: Context, m: Mention): boolean {
  const s = ctx.sentences[m.sentence];
  const words = LOWER_WORDS_AFTER.exec(docOf(ctx, s).slice(m.end, Math.min(s.end, m.end + 60)))?.slice(1).filter((w) => w !== undefined) ?? [];
  const verb = words.findIndex((w) => isVerbForm(w) || STOPWORDS.has(w) || readsAsAdverb(w));
  const nouns = verb < 0 ? words : words.slice(0, verb);
  return nouns.length > 0 && !nouns.some((w) => ORG_NOUNS.has(w));
}
// "The audit report is harsh on the port. It says …", "A study by the audit office agreed when it said
// …": "it" stands for the document its own sentence or the one before opens with, whose
// author no one found there; not for whichever body spoke last.
const OPENS_WITH_DOCUMENT = new RegExp(String.raw`^\W*(?:the|a|an|another|this|that|its|their|his|her)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:${[...DOCUMENTS].join('|')}|documents?|memorandum)\b`, 'iu');
function standsForDocument(c: Clause): boolean {
  const before = c.ctx.sentences[c.s.index - 1];
  if (OPENS_WITH_DOCUMENT.test(c.text.slice(c.s.start, c.last!.start))) return true;
  return !!before && before.doc === c.s.doc && OPENS_WITH_DOCUMENT.test(before.text) && !c.recent.some((a) => a.sentence === before.index);
}

function groupPronoun(c: Clause): number | undefined {
  const before = c.recent.filter((a) => a.sentence === c.s.index - 1).pop();
  return before && c.ctx.actors[before.actor].type !== 'person' ? before.actor : undefined;
}

// "David Hollis, of the Kent History Society, which ran the dig, said": the person of the body speaks.
const memberOfBody = (c: Clause) => {
  const body = c.whoSubject;
  return body && c.inSentence.find((m) => m.end < body.start && c.ctx.actors[m.actor!].type === 'person' && /^,\s+of\s+(?:the\s+)?$/.test(c.text.slice(m.end, body.start)));
};

// "a senior administration official said", "the agency spokeswoman said": someone speaking for
// the organisation the noun describes, else for the one last named.
const ORG_OFFICIAL = /\b(?:the|a|an)\s+(?:(?:senior|top|former|another|other|second|third)\s+)*((?:[\p{L}-]+\s+)?[\p{L}-]+)\s+(?:spokes(?:man|woman|person)|officials?|representatives?|sources?)\s*$/iu;
// "a city health official": the organisation whose name holds one of the words ("New York City
// Department of Health …"), last named before `at`.
function organisationWithNameWord(ctx: Context, words: string[], at: number, doc: number): number | undefined {
  const own = words.map((w) => w.toLowerCase()).filter((w) => w.length > 3 && !STOPWORDS.has(w));
  const names = (m: Mention) => [ctx.actors[m.actor!].name, ...ctx.actors[m.actor!].aliases].join(' ').toLowerCase().split(/\s+/);
  return own.length ? resolve(ctx, at, doc, (m) => ctx.actors[m.actor!].type === 'organization' && names(m).some((w) => own.includes(w))) : undefined;
}
function officialOfDescribedOrganisation(c: Clause): number | undefined {
  const words = ORG_OFFICIAL.exec(c.gap)?.[1].toLowerCase().split(/\s+/) ?? [];
  const noun = words.filter((w) => ORG_NOUNS.has(w)).pop();
  const { ctx, s } = c;
  if (!noun) return organisationWithNameWord(ctx, words, s.start, s.doc);
  const body = (m: Mention) => organisation(ctx)(m) || (GOVERNMENT_NOUNS.has(noun) && ctx.actors[m.actor!].type === 'country');
  return resolve(ctx, s.start, s.doc, (m) => body(m) && described(ctx, noun)(m)) ?? resolve(ctx, s.start, s.doc, body) ?? resolve(ctx, c.verb.start, s.doc, body);
}

// "Lottery officials said", "hospital officials say", "Harlow School leaders said": with no article
// before them, the words before a body's voices name the body. The one organisation of the story
// whose name holds every such word ("Schools" as "School") speaks; none when two do ("health
// officials" in a story of a county and a state health department), when a word is a country's
// (official-of-country reads those) or when the name is that word alone ("state officials" is no
// actor named "State").
const VOICES_OF_NAMED = new RegExp(String.raw`(?:^|[^\p{L}\s'’]\s*|\s)((?:[\p{L}][\p{L}'’.&-]*\s+){1,3})(?:officials|${phrases(BODY_VOICES)})\s*$`, 'u');
function bodyOfVoices(c: Clause): number | undefined {
  const m = VOICES_OF_NAMED.exec(c.gap);
  if (!m) return undefined;
  // The run of words right before the voices, back to a function word: "after city officials" is "city".
  const words: string[] = [];
  for (const w of m[1].trim().split(/\s+/).reverse()) {
    if (STOPWORDS.has(w.toLowerCase()) || PREPOSITIONS.has(w.toLowerCase()) || (/^\p{Ll}/u.test(w) && isVerbForm(w) && !isRoleNoun(w))) break;
    words.unshift(w);
  }
  if (!words.length || words.some((w) => countryOf(w) || countryOfDemonym(w))) return undefined;
  const stems = words.map(stem);
  const bodies = c.ctx.actors.filter((a) => {
    if (a.type !== 'organization' || !a.mentions.length) return false;
    const name = a.name.split(/\s+/);
    return name.length > words.length && stems.every((s) => name.some((w) => stem(w) === s));
  });
  return bodies.length === 1 ? bodies[0].index : undefined;
}

// "House GOP leaders said", "Senate Democrats say": a party's members in one chamber speak for the
// caucus the story names as chamber and party ("House Republicans"), not for the chamber; none
// when the story names no such caucus.
const CAUCUS = new RegExp(String.raw`(?:^|[^\p{L}])(${phrases(PARTY_CAUCUSES.chambers)})\s+(${phrases([...PARTY_CAUCUSES.parties.keys()])})(?:\s+(?:${phrases(PARTY_CAUCUSES.voices)}))?\s*$`, 'u');
function caucusOf(c: Clause): number | undefined {
  const m = CAUCUS.exec(c.gap);
  if (!m) return undefined;
  const name = `${m[1]} ${PARTY_CAUCUSES.parties.get(m[2])}`;
  return c.ctx.actors.find((a) => a.mentions.length && [a.name, ...a.aliases].includes(name))?.index;
}

// "the foreign ministry said", "the government said": the country last named before the sentence.
function governmentOfCountry(c: Clause): number | undefined {
  const d = DESCRIPTION.exec(c.gap);
  if (!d) return undefined;
  const noun = d[2].toLowerCase();
  const phrase = `${d[1]}${d[2]}`.toLowerCase().replace(/\s+/g, ' ');
  if (!GOVERNMENT_NOUNS.has(noun) && !GOVERNMENT_NOUNS.has(phrase.split(' ').slice(-2).join(' '))) return undefined;
  const at = c.from + d.index;
  const isCountry = (m: Mention) => c.ctx.actors[m.actor!].type === 'country';
  // "the Damascus government": the country the description names.
  const own = c.inSentence.find((m) => m.start >= at && m.end <= c.verb.start && isCountry(m));
  if (own) return own.actor;
  if (/\p{Lu}/u.test(d[1])) return undefined;
  // "In Norway, the ferry union chief met Berg, whose country is a partner of the port." then "…, the
  // foreign ministry said": the country the sentence before opens with, not one in a clause.
  const opening = resolveMention(c.ctx, c.s.start, c.s.doc, (m) => isCountry(m) && isSubject(c.ctx, m));
  return opening && opening.sentence >= c.s.index - 1 ? opening.actor : resolve(c.ctx, c.s.start, c.s.doc, isCountry);
}

// "A city parks official told reporters …" then "…, the official said": the description is of
// that unnamed speaker, not of a person named before; the words before the noun, of the
// organisation they speak for, if any.
function unnamedSpeakerDescribed(c: Clause): { words: string[]; at: number } | undefined {
  const d = DESCRIPTION.exec(c.gap);
  if (!d) return undefined;
  const noun = d[2].toLowerCase();
  const { ctx, s } = c;
  const doc = docOf(ctx, s);
  const named = resolveMention(ctx, c.from + d.index, s.doc, described(ctx, noun));
  const from = Math.max(named?.end ?? 0, s.start - 2000);
  const found = [...doc.slice(from, s.start).matchAll(patternWith([noun], () => `\\b(?:a|an)\\s+((?:[\\p{L}-]+\\s+){0,3})${noun}\\s+(?:${SPEECH_VERB_ALTERNATION})\\b`, 'giu'))].pop();
  return found && { words: found[1].trim().split(/\s+/), at: from + found.index! };
}
const officialIntroducedBefore = (c: Clause) => {
  const u = unnamedSpeakerDescribed(c);
  return u && organisationWithNameWord(c.ctx, u.words, u.at, c.s.doc);
};

// "sources tell me", "a friend of Marla says", "people close to the minister said": someone the
// story does not name speaks, not the person named after them.
const UNNAMED_SOURCE = new RegExp(
  String.raw`(?:^|\s)(?<det>(?:a|an|one|another|two|three|several|some|other)\s+(?:[\p{Ll}-]+\s+){0,2})?(?<noun>${[...UNNAMED_SOURCES].join('|')})(?<of>\s+(?:close\s+to|familiar\s+with|with\s+knowledge\s+of|of|near)\s+[^,;]*)?\s*$`,
  'iu',
);
function unnamedSource(c: Clause): boolean {
  const m = UNNAMED_SOURCE.exec(c.gap)?.groups;
  // "sources" alone speaks; "friend" needs its article ("a friend", not "Kendra's friend Ann").
  return !!m && (!!m.det || /(?:s|people)$/i.test(m.noun)) && (!!m.of || !namedAtLast(c));
}
// "Varga was said to be …", "He is thought to have …", "Lowell was told …": the subject is what
// is said about, or to whom; the speaker is someone else.
const PASSIVE = /\b(?:is|are|was|were|be|been|being)\s+(?:(?:\p{Ll}+ly|never|not|also)\s+)?$/u;
const isPassive = (c: Clause) => PASSIVE.test(c.text.slice(Math.max(c.s.start, c.verb.start - 40), c.verb.start)) && !/(?:s|ing)$/.test(c.text.slice(c.verb.start, c.verb.end));

// "Carter blasted the agency, saying it had …", "The agency issued a statement, adding …": a
// participle after a comma speaks with the subject of the sentence's main verb.
function subjectOfMainVerb(c: Clause): number | undefined {
  const { ctx, s } = c;
  // Quoted words are no main verb: "“We will …,” Carter said, adding …".
  const unquoted = c.text.slice(s.start, c.verb.start).replace(/[“"][^“”"]*[”"]/g, (q) => ' '.repeat(q.length));
  const words = tokenize(unquoted, s.start);
  // "…, the official said, adding that …": the speech verb before it, else the first verb.
  // "The council, which runs the port, issued a statement saying …": the verb that issued the document.
  const issued = ISSUED_DOCUMENT.exec(unquoted);
  const issuer = issued && words.find((t) => t.start === s.start + issued.index + issued[0].indexOf(issued[1]));
  const main = issuer ?? words.filter((t) => SPEECH_VERBS.has(t.text) && !/ing$/.test(t.text)).pop() ?? words.find((t, i) => i > 0 && /^\p{Ll}/u.test(t.text) && isVerbForm(t.text));
  if (!main) return undefined;
  const clause = clauseOf(ctx, s, main, s.start, c.recent, c.spoke);
  return SPEAKER_RULES.find((r) => r.name !== 'subject-of-participle' && r.match(clause))?.build(clause);
}
// …and with no comma after a document issued: "The council issued a statement saying …".
const isParticiple = (c: Clause) => /ing$/.test(c.text.slice(c.verb.start, c.verb.end)) && (c.inverted || ISSUED_DOCUMENT.test(c.text.slice(c.s.start, c.verb.start)));

// "Lowell's office said", "a spokesman for Lowell said": someone speaking for the one named.
const SPOKESPERSON_OF = /(?:['’]s?\s+(?:office|campaign|spokes(?:man|woman|person)|representatives?)|\b(?:[Aa]n?|[Tt]he)\s+(?:spokes(?:man|woman|person)|representative)\s+for\s+(?:the\s+)?[^,]{2,60}?)\s*$/u;
function speakingFor(c: Clause): number | undefined {
  const m = SPOKESPERSON_OF.exec(c.gap);
  if (!m) return undefined;
  const at = c.from + m.index;
  // The one named: right before the possessive, or after "for".
  const named = c.inSentence.filter((x) => (x.end === at || (x.start > at && x.end <= c.verb.start)) && x.actor !== undefined);
  return named.pop()?.actor;
}

// "the senator's office said", "the mayor's spokesman said", "according to the sheriff's office":
// someone speaking for the one the description stands for. The body named for the office if the
// story names it ("the Marsh County Sheriff's Office"), else the holder, as "the senator said"
// would be; no one when the story has no such holder.
const SPOKESPERSON_OF_DESCRIBED = new RegExp(String.raw`\b([Tt]he\s+(?:[\p{L}-]+\s+){0,2}?\p{L}+)['’]s?\s+${SPEAKERS_FOR}\s*$`, 'u');
function speakingForDescribed(c: Clause): number | undefined {
  const m = SPOKESPERSON_OF_DESCRIBED.exec(c.gap);
  if (!m) return undefined;
  const words = m[1].replace(/^[Tt]he\s+/, '').toLowerCase();
  const office = patternWith([words], () => `(?:^|\\s)${phrases([words])}['’]?s?\\s+office\\b`, 'iu');
  const body = c.ctx.actors.filter((a) => a.type === 'organization' && [a.name, ...a.aliases].some((n) => office.test(n)));
  if (body.length === 1) return body[0].index;
  return describedSpeaker({ ...c, gap: m[1], from: c.from + m.index });
}

// "…,” the statement said.", "the lawsuit alleges …": a document speaks for whoever issued or filed
// it, read where the article spoke of it a few sentences before: the speaker of "The State
// Department said in a statement …", the one after "from" or "by" ("A statement from the council
// …", "the lawsuit filed by Lowell"), the one whose it is ("Lowell's lawsuit"), else the
// sentence's subject if it issued it ("Tom Reyes's attorneys filed a motion …"). A phrase that
// names its author says whose it is ("the Halvorsen proposal", "a UN report", "Lowell's lawsuit").
const DOCUMENT = new RegExp(String.raw`(?:\b(?:the|a|an|its|his|her|their|this|that)\s+(?:[\p{L}-]+\s+){0,2}?|\p{Lu}[\p{L}.-]*['’]s?\s+(?:[\p{L}-]+\s+)?)(${[...DOCUMENTS].join('|')})\s*$`, 'iu');
const ISSUED = /\b(?:issued|issues|released|releases|filed|files|sent|sends|posted|posts|wrote|writes|published|publishes|signed|signs|put\s+out)\b/;
// "issued a statement saying …", "released a statement that night, saying …": a participle right
// after a document its subject issued.
const ISSUED_DOCUMENT = new RegExp(String.raw`(${ISSUED.source})\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:${[...DOCUMENTS].join('|')})\b[^,;:“”"]{0,40}?,?\s*$`, 'iu');
const IN_A_DOCUMENT = /\b(?:in|via|through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const DOCUMENT_SPEAKS = new RegExp(String.raw`^\s+(?:also\s+)?(?:${SPEECH_VERB_ALTERNATION})\b`, 'u');
function authorOfDocument(c: Clause): number | undefined {
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
  if (own && (!owned || /^['’]s?\s/u.test(c.text.slice(own.end, own.end + 3)))) return own.actor;
  if (own) return undefined;
  // "an email suggested …" is one the article has not spoken of before.
  if (/^an?\s/i.test(phrase[0])) return undefined;
  const text = docOf(ctx, s);
  const named = patternWith([noun], () => String.raw`\b${noun.replace(/s$/, '')}s?\b`, 'i');
  for (let i = s.index - 1; i >= Math.max(0, s.index - FOCUS_SPAN); i--) {
    const t = ctx.sentences[i];
    if (t.doc !== s.doc) break;
    const found = named.exec(t.text);
    if (!found) continue;
    const at = t.start + found.index;
    // "said in a statement", or the document speaking again ("…, the lawsuit alleges."): who
    // spoke there; not "According to the lawsuit, Lowell … saying she was …".
    const speaks = IN_A_DOCUMENT.test(t.text.slice(0, found.index)) || DOCUMENT_SPEAKS.test(t.text.slice(found.index + found[0].length));
    const said = speaks ? c.recent.filter((a) => a.sentence === i).pop() : undefined;
    if (said) return said.actor;
    const ms = mentionsOf(ctx, i);
    const by = ms.find((m) => m.start > at && /^\S+\s+(?:\p{Ll}+\s+){0,2}(?:from|by)\s+(?:the\s+)?$/u.test(text.slice(at, m.start)));
    const owner = ms.find((m) => m.end < at && /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(m.end, at)));
    // The subject only when it issued the document: not "Damon is named in a lawsuit".
    const issuer = ms.find((m) => m.start < at && isSubject(ctx, m) && ISSUED.test(text.slice(m.end, at)));
    const author = by ?? owner ?? issuer;
    if (author) return author.actor;
    break;
  }
  return filerOfDocument(c, named);
}

// "Ann Lowell filed a lawsuit against the county on Monday." … "The lawsuit alleges …" many
// sentences on: a document the article keeps quoting was brought in by whoever filed or issued
// it, where it first entered the article; the nearest such sentence before, the article's own.
// "Ann Lowell has filed a lawsuit", "The council issued a statement": the verb right after the
// name, not "Norwegian navy officers issued a statement", whose name is no issuer.
const ISSUED_BY_SUBJECT = new RegExp(String.raw`^\s+(?:(?:has|have|had|also|later|then|\p{Ll}+ly)\s+){0,2}${ISSUED.source}\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}$`, 'u');
function filerOfDocument(c: Clause, named: RegExp): number | undefined {
  const { ctx, s } = c;
  const text = docOf(ctx, s);
  for (let i = s.index - FOCUS_SPAN - 1; i >= 0 && ctx.sentences[i].doc === s.doc; i--) {
    const found = named.exec(ctx.sentences[i].text);
    if (!found) continue;
    const at = ctx.sentences[i].start + found.index;
    const ms = mentionsOf(ctx, i);
    const by = ms.find((m) => m.start > at && /^\S+\s+(?:\p{Ll}+\s+){0,2}(?:from|by)\s+(?:the\s+)?$/u.test(text.slice(at, m.start)));
    const issuer = ms.find((m) => m.start < at && isSubject(ctx, m) && ISSUED_BY_SUBJECT.test(text.slice(m.end, at)));
    const owner = ms.find((m) => m.end < at && /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(m.end, at)));
    const actor = (by ?? owner ?? issuer)?.actor;
    if (actor !== undefined) return actor;
  }
  return undefined;
}

// "“…,” Hampton said.", "…, said Hampton, who …": a surname the entity stage left unread (it is
// also a word, a title or a place: "King", "Mayor", "Lane") stands alone next to the verb; it is
// the one person of the cluster whose full name ends with it, named in the same article before.
// None where two people share it, where it is written after "the" ("the Mayor said": a
// description) or where another word of the clause comes before it.
// The surname alone, past a courtesy title: one pattern for the surname before and after the verb.
const LONE_WORD = String.raw`(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(\p{Lu}[\p{Ll}'’-]+)`;
const LONE_WORD_BEFORE = new RegExp(String.raw`^\s*${LONE_WORD}\s*$`, 'u');
const LONE_WORD_AFTER = new RegExp(String.raw`^\s+${LONE_WORD}(?=\s*(?:[,.;:!?]|$))`, 'u');
/** Whether a name of two words or more ends with the word: "Ann Hampton" with "Hampton". */
const fullNameEndsWith = (name: string, word: string) => {
  const words = name.split(/\s+/);
  return words.length > 1 && words.at(-1) === word;
};
function personBySurname(c: Clause, word: string, at: number): number | undefined {
  const { ctx, s } = c;
  if (c.inSentence.some((m) => m.start <= at && m.end > at)) return undefined;
  const people = ctx.actors.filter((a) => a.type === 'person' && fullNameEndsWith(a.name, word));
  const one = people.length === 1 ? people[0] : undefined;
  const namedBefore = one?.mentions.some((m) => ctx.sentences[m.sentence].doc === s.doc && m.start < at && ctx.docs[s.doc].text.slice(m.start, m.end).includes(' '));
  return namedBefore ? one!.index : undefined;
}
function surnameBeforeVerb(c: Clause): number | undefined {
  const m = LONE_WORD_BEFORE.exec(c.gap);
  return m && c.last?.text === m[1] ? personBySurname(c, m[1], c.last.start) : undefined;
}
function surnameAfterVerb(c: Clause): number | undefined {
  if (c.last && !c.inverted) return undefined;
  const m = LONE_WORD_AFTER.exec(c.text.slice(c.verb.end, Math.min(c.s.end, c.verb.end + 40)));
  return m ? personBySurname(c, m[1], c.verb.end + m[0].length - m[1].length) : undefined;
}

export interface SpeakerRule {
  name: string;
  match: (c: Clause) => boolean;
  build: (c: Clause) => number | undefined;
  /** The rule finds that someone the story does not name speaks ("sources tell me"). */
  unnamed?: true;
}

// "…?" asked a friend.", "…, said one resident": the speaker after the verb goes unnamed.
const unnamedAfterVerb = (c: Clause) => (!c.last || c.inverted) && /^\s+(?:a|an|one|another|two|three|several|some)\s+\p{Ll}/u.test(c.text.slice(c.verb.end, c.s.end)) && speakerAfterVerb(c) === undefined;

// "Marsh's attorney, Ann Lowell, said", "…,” his mother, Ann Lowell, told …": a description of a
// person, then their name between commas: the one named speaks, not whoever the description or
// the words after the verb name. The description is a noun phrase whose head is a role ("a
// spokesman for the city", "one of the searchers"); not "A charity run by his widow, Ann Lowell,
// announced", where the charity speaks.
const DESCRIBED_NAME = /(?:^|,)\s*([^,]{2,80}),\s+([^,]{2,60}?),\s*$/u;
const DESCRIPTION_HEAD_ENDS = /^(?:of|for|at|with|in|from|to|on|by|who|whose|which|that|representing)$/;
function describesPerson(words: string[]): boolean {
  // "one of the searchers": the people of whom one is meant.
  const of = /^(?:one|another|some)$/i.test(words[0] ?? '') && /^of$/i.test(words[1] ?? '') ? words.slice(words[2] && /^(?:the|his|her|their|its)$/i.test(words[2]) ? 3 : 2) : words;
  const head: string[] = [];
  for (const [i, w] of of.entries()) {
    // "The state attorney", "the campaign manager": a word that may be a verb modifies the noun
    // after it; one a phrase follows ("run by", "leads the") is the verb.
    const next = of[i + 1];
    const verb = /(?:ed|ing)$/.test(w) || (isVerbForm(w) && (!next || DESCRIPTION_HEAD_ENDS.test(next) || /^(?:the|a|an|his|her|its|their)$/i.test(next)));
    if (DESCRIPTION_HEAD_ENDS.test(w) || (/^\p{Ll}/u.test(w) && verb && head.length > 0)) break;
    head.push(w);
  }
  const last = head.at(-1)?.replace(/['’]s?$/u, '');
  // "A charity run by …": a participle after the head says what it is, and the head is no person.
  return !!last && (isRoleNoun(last) || isRoleNoun(last.replace(/s$/, ''))) && !/\p{Ll}+\s+by\s/u.test(words.join(' ').slice(head.join(' ').length));
}
function nameAfterDescription(c: Clause): number | undefined {
  const raw = withoutAuxiliaries(c.text.slice(c.from, c.verb.start).replace(/\([^()]*\)/g, (p) => ' '.repeat(p.length)));
  const m = DESCRIBED_NAME.exec(raw);
  if (!m) return undefined;
  const nameEnd = c.from + raw.search(/,\s*$/);
  const nameStart = nameEnd - m[2].length;
  const words = m[1].trim().split(/\s+/);
  if (words.length > 8 || PREPOSITIONS.has(words[0].toLowerCase()) || !describesPerson(words)) return undefined;
  // The whole name, after its title at most ("Dr. Ann Lowell", "Officer Ann Lowell"): not "Lowell"
  // of "Ann Lowell" when the story joined that surname to another Lowell.
  const named = c.inSentence.find((x) => x.end === nameEnd && x.start >= nameStart && c.text.slice(nameStart, x.start).split(/\s+/).every((w) => !w || /\.$/.test(w) || isRoleNoun(w)));
  if (!named || c.inSentence.some((x) => x !== named && x.start >= nameStart && x.end <= nameEnd)) return undefined;
  return named.actor;
}

// "Katharine Lowell, the studio's story editor, concedes …", "Another blogger, Ann Lowell, writes
// …", "Tom Marsh, responding to a question, said …": the gap ends with a comma, yet nothing was
// said before it; the sentence opens with its speaker, then what they are. Not "Lowell beat
// Marsh, said the coach": the name must open the sentence and a comma must follow it.
const APPOSED_AFTER_SUBJECT = /^,\s([^“”"]{2,200}),\s*$/u;
const APPOSITION_OPENER = /^(?:who|whose|where|of|from|at|with|\p{Ll}+ing)\b/u;
function subjectBeforeApposition(c: Clause): number | undefined {
  const { ctx, s, text } = c;
  if (/["“”]/.test(text.slice(s.start, c.verb.start))) return undefined;
  const first = c.inSentence.find((m) => m.start < c.verb.start && m.actor !== undefined);
  const type = first && ctx.actors[first.actor!].type;
  if (!first || first.start < c.from || (type !== 'person' && type !== 'organization') || !isSubject(ctx, first)) return undefined;
  const apposed = APPOSED_AFTER_SUBJECT.exec(c.gap.slice(first.end - c.from));
  if (!apposed || (!isApposition(apposed[1]) && !APPOSITION_OPENER.test(apposed[1]))) return undefined;
  return first.actor;
}

// "The agency quoted Tom Marsh as saying …", "she quoted him as saying": the words are the one
// quoted, never the outlet or the person who passes them on. "quoted officials as saying": someone
// the story does not name.
const QUOTED_AS = /\bquoted\s+([^.;:“”"]{1,60}?)\s+as\s+$/u;
const textBeforeVerb = (c: Clause) => c.text.slice(Math.max(c.s.start, c.verb.start - 80), c.verb.start);
function quotedAsSaying(c: Clause): number | undefined {
  const m = QUOTED_AS.exec(textBeforeVerb(c))!;
  const from = c.verb.start - m[0].length + m[0].indexOf(m[1]);
  const to = from + m[1].length;
  const named = c.inSentence.find((x) => x.start >= from && x.end <= to && x.actor !== undefined && ['person', 'organization'].includes(c.ctx.actors[x.actor].type));
  if (named) return named.actor;
  const pronoun = /^(him|her)$/i.exec(m[1]);
  return pronoun ? resolve(c.ctx, c.s.start, c.s.doc, namedPerson(c.ctx, /^him$/i.test(pronoun[1]) ? 'he' : 'she', c.spoke)) : undefined;
}

// "Harlow's special envoy to Marsh said", "diplomats at Harlow's mission to the UN said", "an
// adviser to Tom Marsh said": the one named after "to" is whom the speaker was sent to or serves,
// not the speaker. The one whose envoy or mission it is speaks, where the phrase names them;
// otherwise someone the story does not name.
const SENT_TO = /(?:^|\s)(\p{Ll}[\p{Ll}-]*)\s+to\s+(?:the\s+)?$/u;
function sentTo(c: Clause): { named: Mention; noun: number } | undefined {
  const named = namedAtLast(c);
  if (!named || named.start < c.from) return undefined;
  const m = SENT_TO.exec(c.text.slice(c.from, named.start));
  if (!m || !(isRoleNoun(m[1]) || SENT_BODIES.has(m[1]) || DOCUMENTS.has(m[1]))) return undefined;
  return { named, noun: c.from + m.index + m[0].indexOf(m[1]) };
}
function senderOf(c: Clause): number | undefined {
  const { noun } = sentTo(c)!;
  return c.inSentence.filter((x) => x.start >= c.from && x.end < noun && /^['’]s?\s+(?:[\p{L}-]+\s+){0,3}$/u.test(c.text.slice(x.end, noun))).pop()?.actor;
}

const ANTECEDENT_WHO = /,\s+(?:who|which)\s*$/u;
function antecedentOfWho(c: Clause): Mention | undefined {
  const m = ANTECEDENT_WHO.exec(c.gap);
  const at = m && c.from + m.index;
  return m ? c.inSentence.find((x) => x.end === at && x.actor !== undefined) : undefined;
}

/** Who is the subject of a speech verb: the first rule that matches decides, even when it finds nobody. */
export const SPEAKER_RULES: readonly SpeakerRule[] = [
  { name: 'passive-report', match: isPassive, build: () => undefined },
  { name: 'quoted-as-saying', match: (c) => QUOTED_AS.test(textBeforeVerb(c)), build: quotedAsSaying, unnamed: true },
  { name: 'member-of-relative-clause-body', match: (c) => memberOfBody(c) !== undefined, build: (c) => memberOfBody(c)!.actor },
  { name: 'subject-of-relative-clause', match: (c) => c.whoSubject !== undefined, build: (c) => c.whoSubject!.actor },
  // "…met Tom Marsh, who told reporters: “…”", "…, said Ann Lowell, who said the bridge …": the
  // one named right before "who" speaks.
  { name: 'antecedent-of-who', match: (c) => antecedentOfWho(c) !== undefined, build: (c) => antecedentOfWho(c)!.actor },
  // "Trump described Assad as “an animal” and said …": the sentence's subject speaks again.
  { name: 'subject-speaks-again', match: (c) => isConjunction(c.last) && !c.inverted && earlierSubject(c) !== undefined, build: (c) => earlierSubject(c)!.actor },
  { name: 'subject-of-participle', match: (c) => isParticiple(c) && subjectOfMainVerb(c) !== undefined, build: subjectOfMainVerb },
  { name: 'name-after-description', match: (c) => nameAfterDescription(c) !== undefined, build: nameAfterDescription },
  { name: 'description-after-verb', match: (c) => (!c.last || c.inverted) && speakerAfterVerb(c) === undefined && describedAfterVerb(c) !== undefined, build: describedAfterVerb },
  { name: 'unnamed-speaker-after-verb', match: unnamedAfterVerb, build: () => undefined, unnamed: true },
  { name: 'titled-speaker-after-verb', match: (c) => (!c.last || c.inverted || isConjunction(c.last)) && speakerAfterVerb(c) === undefined && titledSpeakerAfterVerb(c) !== undefined, build: titledSpeakerAfterVerb },
  { name: 'subject-before-apposition', match: (c) => c.inverted && speakerAfterVerb(c) === undefined && subjectBeforeApposition(c) !== undefined, build: subjectBeforeApposition },
  // "…, said Hiroshi Tanabe, a regional official": the speaker follows the verb.
  { name: 'surname-after-verb', match: (c) => speakerAfterVerb(c) === undefined && surnameAfterVerb(c) !== undefined, build: surnameAfterVerb },
  { name: 'speaker-after-verb', match: (c) => !c.last || c.inverted || isConjunction(c.last), build: speakerAfterVerb },
  { name: 'unnamed-source', match: unnamedSource, build: () => undefined, unnamed: true },
  { name: 'spokesperson-of-named', match: (c) => speakingFor(c) !== undefined, build: speakingFor },
  { name: 'spokesperson-of-described', match: (c) => speakingForDescribed(c) !== undefined, build: speakingForDescribed },
  { name: 'party-in-chamber', match: (c) => caucusOf(c) !== undefined, build: caucusOf },
  { name: 'sender-of-one-sent-to-named', match: (c) => sentTo(c) !== undefined, build: senderOf, unnamed: true },
  { name: 'named-subject', match: (c) => namedAtLast(c) !== undefined, build: (c) => namedAtLast(c)!.actor },
  { name: 'surname-before-verb', match: (c) => surnameBeforeVerb(c) !== undefined, build: surnameBeforeVerb },
  { name: 'person-of-place', match: (c) => personOfPlace(c) !== undefined, build: (c) => personOfPlace(c)!.actor },
  { name: 'official-of-country', match: (c) => countryOfficial(c) !== undefined, build: countryOfficial },
  { name: 'spokesperson-of-organisation', match: (c) => spokespersonOf(c) !== undefined, build: (c) => spokespersonOf(c)!.actor },
  { name: 'organisation-by-noun', match: (c) => organisationNamedBy(c) !== undefined, build: organisationNamedBy },
  // …and nobody where it names several, or none.
  { name: 'authorities-of-the-force', match: (c) => BARE_AUTHORITIES.test(c.gap), build: (c) => storyForce(c.ctx) },
  { name: 'pronoun', match: (c) => PRONOUN.test(c.last!.text), build: pronounSpeaker },
  { name: 'organisation-pronoun', match: (c) => /^it$/i.test(c.last!.text), build: organisationPronoun },
  // "Critics say that …" then "They also say …": the group or body that spoke in the sentence
  // before goes on; after a speaker the story does not name, nobody.
  { name: 'group-pronoun', match: (c) => /^they$/i.test(c.last!.text), build: groupPronoun },
  { name: 'document-author', match: (c) => authorOfDocument(c) !== undefined, build: authorOfDocument },
  { name: 'official-of-described-organisation', match: (c) => ORG_OFFICIAL.test(c.gap) && officialOfDescribedOrganisation(c) !== undefined, build: officialOfDescribedOrganisation },
  { name: 'officials-of-the-one-body', match: (c) => bodyOfVoices(c) !== undefined, build: bodyOfVoices },
  { name: 'government-of-country', match: (c) => governmentOfCountry(c) !== undefined, build: governmentOfCountry },
  // "A city parks official told …" then "…, the official said": the parks department.
  { name: 'official-introduced-before', match: (c) => officialIntroducedBefore(c) !== undefined, build: officialIntroducedBefore },
  { name: 'unnamed-speaker-described', match: (c) => unnamedSpeakerDescribed(c) !== undefined, build: () => undefined, unnamed: true },
  // "his wife said", "China's foreign ministry said": a description its owner's name or pronoun opens.
  { name: 'owned-description', match: (c) => ownedDescription(c) !== undefined, build: ownedDescription },
  { name: 'long-description', match: (c) => longDescription(c) !== undefined, build: longDescription },
  { name: 'description', match: (c) => DESCRIPTION.test(c.gap), build: describedSpeaker },
];

/**
 * Who is the subject of the speech verb at `verb`: the name, pronoun or description right before
 * it in the clause, or the name right after it ("said Hina Shamsi"). `trace`, when given, gets
 * the name of the rule that decided. "…, officials said": a speaker the story does not name.
 */
export function speakerOf(ctx: Context, s: Sentence, verb: Span, floor: number, recent: Attribution[] = [], spoke: ReadonlySet<number> = new Set(), trace?: string[]): number | undefined {
  const c = clauseOf(ctx, s, verb, floor, recent, spoke);
  const rule = SPEAKER_RULES.find((r) => r.match(c));
  if (rule) trace?.push(rule.name);
  return verb.document && rule?.name !== 'document-author' ? undefined : rule?.build(c);
}

// An auxiliary or adverb between a clause's opening word and its verb: "what Trump actually said", "why did he think".
const AUX = String.raw`(?:actually|really|ever|once|first|later|just|had|has|have|did|does|do|would|will|might|may|could|should)`;
/** A speech verb's other sense, told by what follows it (`after`) or what stands before it (`before`); `verbs` unset: any speech verb. No one speaks. */
export const NOT_SPEECH: readonly { name: string; verbs?: ReadonlySet<string>; after?: RegExp; before?: RegExp }[] = [
  // "was stopped and charged with careless driving", "charged him with possession of stolen goods".
  { name: 'charged-with', verbs: new Set(['charged', 'charges', 'charge']), after: /^\s+(?:(?:him|her|them|\p{Lu}[\p{L}.'’-]*)\s+){0,3}with\b/u },
  // "Okafor added 20.", "Lindgren added 10 points": a score.
  { name: 'added-a-number', verbs: new Set(['added', 'adds', 'add']), after: /^\s+(?:another\s+)?\d/u },
  // "it is unclear what the board plans for the pier", "grilled on what the mayor actually said", "asked him whether
  // he felt …", "Why did he think …?": the verb stands in a question or what is asked about; its
  // clause states nothing. Not "which is why Acme announced …", a reason.
  {
    name: 'in-a-wh-clause',
    before: new RegExp(String.raw`(?:^|\s)(?<!(?:is|was|['’]s)\s)(?:[Ww]hat|[Ww]hether|[Hh]ow|[Ww]hy|[Ww]hatever|[Ii]f|[Uu]nless)\s+(?:${AUX}\s+)?(?:the\s+)?(?:(?:he|she|they|it|we|you|I|\p{Lu}[\p{L}.'’-]*)\s+){1,3}(?:${AUX}\s+){0,2}$`, 'u'),
  },
  // "Was the President saying Washington decides …?", "Did he claim …": a question asked.
  { name: 'in-a-question', before: /^\s*["“]?(?:Was|Were|Is|Are|Did|Does|Do|Has|Have|Had|Will|Would|Could|Should|Can)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){1,3}$/u },
  // "The search continued into the night", "the row continues: …": a course goes on. Someone goes
  // on speaking where the sentence ends at the verb or a quote follows it ("“…,” she continued.",
  // "Lowell continued, “…”").
  { name: 'continued-a-course', verbs: new Set(['continued', 'continues']), after: /^(?!\s*(?:$|[.!?]|[,:]\s*(?:["“]|$)))/u },
  // "the bulk of reports from the scene", "the reported rumble", "his claims": a noun or
  // an adjective after a determiner.
  { name: 'after-a-determiner', before: /(?:^|\s)(?:[Tt]he|[Aa]n?|of|his|her|its|their|these|those|such|many|some|recent|media|news|press)\s+$/u },
  // "measures backed by Democrats", "a plan endorsed by the UN": done to the words, not said; not
  // "said by phone".
  { name: 'passive-by', after: /^\s+by\s+(?!(?:phone|telephone|e-?mail|text|letter|video|satellite)\b)/u },
  // "It just feels like a rerun", "This felt as if the year would never end": how something
  // seems, with no one who holds it; "It" is no body that speaks.
  { name: 'it-feels-like', verbs: new Set(['feels', 'felt', 'feel']), before: /(?:^|\s)(?:[Ii]t|[Tt]his|[Tt]hat)\s+(?:(?:just|still|almost|really|also|now|often|sometimes|always|never)\s+)?$/u, after: /^\s+(?:like|as\s+if|as\s+though)\b/u },
  // "declined to comment", "refused to give his name": a refusal to speak states nothing.
  { name: 'declined-to-speak', verbs: REFUSALS, after: new RegExp(String.raw`^\s+to\s+(?:${phrases(SILENCES)})\b`, 'u') },
];
// What stands before a verb, within reach; a sentence cut short starts with a mark that opens nothing.
const textBefore = (text: string, at: number) => (at > 200 ? `\u0000${text.slice(at - 200, at)}` : text.slice(0, at));
const otherSense = (text: string, t: Token, offset: number) =>
  NOT_SPEECH.some(
    (n) =>
      (!n.verbs || n.verbs.has(t.text.toLowerCase())) &&
      (!n.after || n.after.test(text.slice(t.end - offset, t.end - offset + 40))) &&
      (!n.before || n.before.test(textBefore(text, t.start - offset))),
  );

// "After the mayor announced her support, spokesman Tom Marsh said …", "The vote went ahead when
// Lowell told the board that …": a verb inside a clause opened by "after", "when", "because" …
// says when or why; the sentence's own speech verb, outside it, names who speaks. Only "as" after
// a comma or at the start opens such a clause ("as well as", "such as" do not). The clause runs
// from its opener to the verb with no comma, quote or clause mark between.
const SUBORDINATE_OPENING = new RegExp(String.raw`(?:(?:^|[\s,;:(—–-])(?:${phrases(SUBORDINATE_OPENERS)})|(?:^|[,;:(—–-])\s*as)\s+[^,;:“”"()—–]{1,80}$`, 'iu');
const inSubordinateClause = (before: string) => SUBORDINATE_OPENING.test(before);

// Speech verbs in the text, "said"-like ones before "believes"-like ones.
// A verb followed by "that" introduces the claim itself: "the government insisted that …,
// diplomats said" is the government's.
// With `acts`, the verbs of acts that state what an actor wants ("The Gulls plan to reprint the
// caps", "filed a lawsuit") come last: speech decides first.
function speechVerbs(text: string, offset: number, acts = false): Span[] {
  const found = tokenize(text, offset).filter((t) => (SPEECH_VERBS.has(t.text) || (t.start === offset && SPEECH_VERBS.has(t.text.toLowerCase()))) && !otherSense(text, t, offset));
  const weak = (t: Token) => (WEAK_SPEECH_VERBS.has(t.text.toLowerCase()) ? 1 : 0);
  // A verb inside a subordinate clause ranks below every "said"-like verb of the sentence, with or
  // without "that", and still above a "believes"-like one outside it.
  const rank = (t: Token) =>
    inSubordinateClause(text.slice(0, t.start - offset)) ? 2.5 + weak(t) : (/^\s+that\b/.test(text.slice(t.end - offset, t.end - offset + 6)) ? 0 : 2) + weak(t);
  const verbs: Span[] = found.sort((a, b) => rank(a) - rank(b)).map((t) => ({ start: t.start, end: t.end }));
  // "“…,” the letter read.", "The note reads: “…”": a document speaks for its author, in quotes
  // and reported claims alike; "read" after anything else is someone reading.
  for (const t of tokenize(text, offset)) if (DOCUMENT_READS.has(t.text) && DOCUMENT.test(text.slice(0, t.start - offset)) && !otherSense(text, t, offset)) verbs.push({ start: t.start, end: t.end, document: true });
  if (!acts) return verbs;
  // "the report found …", "The Halvorsen proposal includes …": what a document holds.
  for (const t of tokenize(text, offset)) {
    if (DOCUMENT_VERBS.has(t.text) && DOCUMENT.test(text.slice(0, t.start - offset))) verbs.push({ start: t.start, end: t.end, document: true });
    // "In the trial, Okafor and Lund found that …": a finding of the subject, stated as a claim.
    else if (FINDING_VERBS.has(t.text) && /^\s+that\s/.test(text.slice(t.end - offset, t.end - offset + 6)) && !otherSense(text, t, offset)) verbs.push({ start: t.start, end: t.end });
  }
  for (const { name, pattern } of ACTIONS) {
    for (const m of text.matchAll(pattern)) {
      const start = offset + m.index!;
      const word = /^\S+/.exec(m[0])![0];
      const act = { start, end: start + word.length, act: name };
      // "what he plans to do", "declined to comment": no act stated either.
      if (otherSense(text, { text: word, start, end: act.end }, offset)) continue;
      // "asked the court to …" is an act, not a question asked.
      const spoken = verbs.findIndex((v) => v.start === start);
      if (spoken >= 0) verbs.splice(spoken, 1);
      verbs.push(act);
    }
  }
  return verbs;
}

/** What the quote rules read: one quote of a sentence, and what came before it. */
export interface QuoteCase {
  ctx: Context;
  s: Sentence;
  text: string;
  /** Document offsets of the quoted words, without the marks. */
  start: number;
  end: number;
  /** Offset of the opening mark in the sentence; -1 when the sentence closes a quote it never opened. */
  at: number;
  /** The attribution of the sentence before. */
  previous?: Attribution;
  /** The article's sentence before this one, and what was attributed in it. */
  prior?: { sentence: Sentence; attributions: Attribution[] };
  recent: Attribution[];
  spoke: ReadonlySet<number>;
  trace?: string[];
}

export interface QuoteRule {
  name: string;
  /** The speaker, or undefined when the rule does not find one. */
  find: (q: QuoteCase) => number | undefined;
  /** The quote names its speaker here, so that finding nobody is the verdict: later rules are not tried. */
  names?: (q: QuoteCase) => boolean;
  /** The quote goes on from the speaker's quote or words in a sentence before. */
  continues?: true;
}

// "“…,” the witness said.": a speech verb closes the quote, right after its subject.
const SAID_AFTER_QUOTE = new RegExp(String.raw`^[,.!?]?(?:["”]|'')?\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}.'’-]+\s+){0,3}(?:${SPEECH_VERB_ALTERNATION})\b|^[,.!?]?(?:["”]|'')?\s+(?:${SPEECH_VERB_ALTERNATION})\s`, 'u');

const QUOTE_BEFORE_VERB = /[”"'’]\s*,?\s*$/;
// The closing mark, a name, then what they are between commas, up to the verb: "…,” Ann Lowell, a
// lawyer for the county, said". The name is capitalised words (a title may open it); the apposition
// holds no quote mark.
const APPOSED_AFTER_QUOTE = /^[,.!?]?(?:["”]|'')\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*),\s+[^,“”"]{3,150},\s+/u;
function apposedSpeakerAfterQuote(q: QuoteCase): number | undefined {
  const m = APPOSED_AFTER_QUOTE.exec(q.text.slice(q.end, q.s.end));
  if (!m) return undefined;
  const nameStart = q.end + m[0].indexOf(m[1]);
  const named = mentionsOf(q.ctx, q.s.index).find((x) => x.start >= nameStart && x.end <= nameStart + m[1].length && x.actor !== undefined);
  const from = q.end + m[0].length;
  // The verb opens what follows the apposition, after an auxiliary at most ("…, has said").
  const verb = speechVerbs(q.text.slice(from, Math.min(q.s.end, from + 20)), from).find((v) => /^(?:(?:has|had|have|also|later)\s+)?$/.test(q.text.slice(from, v.start)));
  if (!named || !verb) return undefined;
  // …and the rules of the speaker read the same name: not someone the apposition names.
  const speaker = speakerOf(q.ctx, q.s, verb, q.end + 1, q.recent, q.spoke, q.trace);
  return speaker === named.actor ? speaker : undefined;
}
// "…,” Fuller said.", "… a fair deal,” Lindgren added on Friday.": a sentence that ends with a
// closed quote and the clause that names its speaker.
const CLOSED_THEN_SAID = new RegExp(String.raw`[,.?!…]\s*["”]\s+(?:[^“”"\s]+\s+){0,6}?(?:${SPEECH_VERB_ALTERNATION})\b[^“”"]{0,60}$`, 'u');

// The verb of the clause that closes a quote: the first one after it that says rather than believes.
// "“…,” said Quintero, who noted that …": "noted that" opens another claim of the speaker, about
// something else; it does not bring in the quote.
function nearestVerbAfterQuote(q: QuoteCase): Span | undefined {
  const verbs = speechVerbs(q.text.slice(q.end + 1, Math.min(q.s.end, q.end + 1 + AFTER_QUOTE)), q.end + 1);
  const says = verbs.filter((v) => !WEAK_SPEECH_VERBS.has(q.text.slice(v.start, v.end).toLowerCase())).sort((a, b) => a.start - b.start)[0];
  return says ?? verbs[0];
}

const ADDRESSED = /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?(?:asked|told|questioned)\b/u;
/** Whose words a quote is: the rules are tried in order until one finds a speaker. */
export const QUOTE_RULES: readonly QuoteRule[] = [
  // "“…. I had no speech ready.” — Ann Lowell, on her award", "“… a brave book.”—Tom Marsh":
  // a line that is a whole quote signed with a dash and a name, as press-room lines and blurbs are.
  // A signature naming no one the story names is still no one else's: not the blurb before's.
  { name: 'speaker-after-dash', find: (q) => signedBy(q), names: (q) => q.at === 0 && SIGNED.test(q.text.slice(q.end, q.s.end)) },
  // "“…,” Lavrov said.", "“…,” said Lavrov."
  {
    name: 'speaker-after-quote',
    find: (q) => {
      const verb = nearestVerbAfterQuote(q);
      return verb && speakerOf(q.ctx, q.s, verb, q.end + 1, q.recent, q.spoke, q.trace);
    },
    // "“…,” the witness said." in a story that names no witness is nobody's, not the last speaker's.
    names: (q) => SAID_AFTER_QUOTE.test(q.text.slice(q.end, Math.min(q.s.end, q.end + AFTER_QUOTE))),
  },
  // "“…,” Ann Lowell, the head of the county's flood office, told Reuters.": the speaker's name and
  // what they are, between commas, stand between the quote and the verb, beyond the reach of the
  // rule before; the one named right after the quote speaks.
  { name: 'speaker-apposed-after-quote', find: apposedSpeakerAfterQuote },
  // "Lavrov said: “…”"
  {
    name: 'speaker-before-quote',
    find: (q) => {
      const from = Math.max(q.s.start, q.start - 1 - BEFORE_QUOTE);
      const verb = speechVerbs(q.text.slice(from, q.start - 1), from).sort((a, b) => b.start - a.start)[0];
      return verb && speakerOf(q.ctx, q.s, verb, q.s.start, q.recent, q.spoke, q.trace);
    },
  },
  // "Lowell said the dig was done “by the book." then "We found the hall.”": a sentence
  // that closes the quote the sentence before left open goes on in its voice.
  {
    name: 'quote-closes-in-next-sentence',
    continues: true,
    find: (q) => {
      const p = q.prior;
      const last = p?.attributions.at(-1);
      return q.at < 0 && p && p.sentence.paragraph === q.s.paragraph && p.sentence.index === q.s.index - 1 && last?.kind === 'direct' && leavesQuoteOpen(p) ? last.actor : undefined;
    },
  },
  // A quote that opens a sentence right after another speaker's quote continues it.
  {
    name: 'continues-quote-in-paragraph',
    continues: true,
    find: (q) => (q.previous?.kind === 'direct' && q.at === 0 && q.ctx.sentences[q.previous.sentence].paragraph === q.s.paragraph ? q.previous.actor : undefined),
  },
  // "“The gate was open,” Pruett said." then "“The driver never stopped.”", "… a fair deal,”
  // Lindgren added." then "“As a skipper …": a quote too short to be a claim of its own, or the end
  // of one opened sentences before, was read as reported speech; the quote that opens the next
  // sentence of the paragraph, or the next paragraph, goes on in the same voice.
  {
    name: 'continues-after-closed-quote',
    continues: true,
    find: (q) => {
      const last = q.prior?.attributions.at(-1);
      const p = q.prior?.sentence;
      if (q.at !== 0 || !p || last?.kind !== 'reported' || last.sentence !== p.index || !CLOSED_THEN_SAID.test(p.text)) return undefined;
      return p.paragraph === q.s.paragraph || (opensParagraph(q) && paragraphAfter(q, p)) ? last.actor : undefined;
    },
  },
  // A paragraph that is a quote, after a paragraph that ends with someone's quote: they go on.
  {
    name: 'quote-paragraph-continues',
    continues: true,
    find: (q) => {
      const last = q.prior?.attributions.at(-1);
      return opensParagraph(q) && last?.kind === 'direct' && last.sentence === q.prior!.sentence.index ? last.actor : undefined;
    },
  },
  // "Lowell said the dig was a success." then "“The dates support …”": a sentence that is only a
  // closed quote, opening the paragraph after one that ends with someone's reported words, is
  // their words too. Not a quote left open (its speaker may be named after it: "“…. But …,” said
  // the aide"), nor a question (in a reported exchange, more often the other side's).
  {
    name: 'quote-after-reported-speech',
    continues: true,
    find: (q) => {
      const last = q.prior?.attributions.at(-1);
      const closed = /[^?!]\s*["”]\s*$/u.test(q.s.text) && q.end + 1 >= q.s.end - 1;
      return opensParagraph(q) && closed && last?.kind === 'reported' && last.sentence === q.prior!.sentence.index && paragraphAfter(q, q.prior!.sentence) ? last.actor : undefined;
    },
  },
  // "Lowell said the dig was a success. “The dates support …”", "Marsh noted the film was well cast.
  // “Every part went to the right actor. …": in the same paragraph, a sentence that is only a quote
  // (closed, or running on), right after one that reports someone's words, goes on in their voice;
  // not a question (in a reported exchange, more often the other side's).
  {
    name: 'quote-after-reported-in-paragraph',
    continues: true,
    find: (q) => {
      const p = q.prior?.sentence;
      const last = q.prior?.attributions.at(-1);
      const onlyQuote = q.at === 0 && !/\p{L}/u.test(q.text.slice(q.end, q.s.end)) && !/\?\s*$/.test(q.text.slice(q.start, q.end));
      return onlyQuote && p && p.index === q.s.index - 1 && p.paragraph === q.s.paragraph && last?.kind === 'reported' && last.sentence === p.index ? last.actor : undefined;
    },
  },
  // "According to Dr Ann Lowell: “The dig confirmed …" then "“The dates support …": a quote left
  // open at the end of a paragraph goes on in the next, whoever was found to speak it.
  {
    name: 'quote-runs-on',
    continues: true,
    find: (q) => (q.at === 0 && q.prior && OPEN_QUOTE.test(q.prior.sentence.text) ? q.prior.attributions.at(-1)?.actor : undefined),
  },
  // "Greta was wary of the landlord." then "“We told him the roof leaks.”": a sentence that is only a
  // quote, after one about a person that quotes no one, is that person's words.
  {
    name: 'quote-after-sentence-about-speaker',
    find: (q) => {
      const p = q.prior;
      if (!p || !opensParagraph(q) || p.sentence.paragraph !== q.s.paragraph - 1 || p.attributions.length || q.end + 1 < q.s.end - 1) return undefined;
      return subjectOf(q.ctx, p.sentence, p.sentence.end);
    },
  },
  // "Obama named one worth keeping: “…”": a quote after a colon is the words of the
  // person its clause is about.
  // …not one the clause has asked or told ("Lowell was asked: “Did you …?”"): they answer after.
  { name: 'quote-after-colon', find: (q) => (/:\s*$/.test(q.text.slice(q.s.start, q.start - 1)) && !ADDRESSED.test(q.text.slice(q.s.start, q.start - 1)) ? subjectOf(q.ctx, q.s, q.start) : undefined) },
  // "The harbour board released the following statement:" then a paragraph of the statement, in
  // quote marks or none: the words of whoever the line has speak or issue them.
  { name: 'words-after-colon-line', find: (q) => (q.at <= 0 && opensParagraphAfterColonLine(q.ctx, q.s, q.prior) ? speakerOfColonLine(q.ctx, q.prior!) : undefined) },
];

// A line that brings in words with a colon: a document or a verb of speech shortly before it ("released
// the following statement:", "wrote on its page:", "a post, part of which read:").
const BRINGS_IN_WORDS = new RegExp(String.raw`\b(?:${[...DOCUMENTS].join('|')}|${SPEECH_VERB_ALTERNATION}|read|reads)\b[^:“”"]{0,40}:\s*$`, 'u');
/** `s` opens the paragraph right after its article's line that brings in words with a colon. */
function opensParagraphAfterColonLine(ctx: Context, s: Sentence, prior?: QuoteCase['prior']): boolean {
  const p = prior?.sentence;
  return !!p && p.doc === s.doc && p.paragraph < s.paragraph && ctx.paragraphs[s.paragraph].start === s.start && BRINGS_IN_WORDS.test(p.text);
}
// Who the line has speak ("Lowell said:"), else the one who opens it and issues the document
// ("The council, which runs the port, issued a statement:").
function speakerOfColonLine(ctx: Context, prior: NonNullable<QuoteCase['prior']>): number | undefined {
  const said = prior.attributions.at(-1)?.actor;
  if (said !== undefined) return said;
  const line = prior.sentence;
  const text = docOf(ctx, line);
  const issuer = mentionsOf(ctx, line.index).find((m) => isSubject(ctx, m) && ['person', 'organization'].includes(ctx.actors[m.actor!].type) && ISSUED.test(text.slice(m.end, line.end)));
  return issuer?.actor;
}
// The sentences of a paragraph of words brought in with no quote marks: the first, after the line,
// and each one after a sentence of the paragraph read so (a whole sentence in one voice, no mark).
function unmarkedWordsBroughtIn(ctx: Context, s: Sentence, prior?: QuoteCase['prior']): boolean {
  if (!prior || /["“”]/.test(s.text)) return false;
  if (opensParagraphAfterColonLine(ctx, s, prior)) return true;
  const [only, ...more] = prior.attributions;
  return prior.sentence.paragraph === s.paragraph && !more.length && only?.kind === 'direct' && only.start === prior.sentence.start && !/["“”]/.test(prior.sentence.text);
}

// The quote ends a sentence of its own (a headline quoted before its byline ends in none); the
// name closes the line, or a comma or a phrase of what it was about follows it.
const DASH_SIGNATURE = /^[”"]\s*(?:—|–|--)\s*(?:[Tt]he\s+)?$/u;
const SIGNED = /^[”"]\s*(?:—|–|--)\s*\p{Lu}/u;
const AFTER_SIGNATURE = /^\s*(?:$|[,.;:(]|(?:on|in|at|of|about|after|when|who)\s)/u;
function signedBy(q: QuoteCase): number | undefined {
  // Only a quote that is the whole line: one a speech verb brings in ("… said “…” — Ann Lowell") is
  // another's words the signer passes on.
  if (q.at !== 0 || !/[.!?…]\s*$/u.test(q.text.slice(q.start, q.end))) return undefined;
  const m = mentionsOf(q.ctx, q.s.index).find((x) => x.start > q.end && DASH_SIGNATURE.test(q.text.slice(q.end, x.start)));
  const type = m && q.ctx.actors[m.actor!].type;
  return m && (type === 'person' || type === 'organization') && AFTER_SIGNATURE.test(q.text.slice(m.end, q.s.end)) ? m.actor : undefined;
}

// "Lowell said: “The dig is done. We found the hall. It is older than we thought.”": the
// sentences between the one that opens a quote and the one that closes it bear no mark; each
// leaves the quote open for the next, as the opening one does.
function leavesQuoteOpen(p?: QuoteCase['prior']): p is NonNullable<QuoteCase['prior']> {
  if (!p) return false;
  if (OPEN_QUOTE.test(p.sentence.text)) return true;
  const [only, ...more] = p.attributions;
  return !more.length && only?.kind === 'direct' && only.start === p.sentence.start && !/["“”]/.test(p.sentence.text);
}
// …only when the quote is closed after it: by a closing mark later in its paragraph, or, a long
// quote's convention, by the next paragraph opening with a mark. A stray mark a scraper left
// open closes nothing.
function quoteClosesLater(ctx: Context, s: Sentence): boolean {
  const text = docOf(ctx, s);
  const paragraph = ctx.paragraphs[s.paragraph];
  const mark = /["“”]/.exec(text.slice(s.end, paragraph.end));
  if (mark) return mark[0] === '”' || (mark[0] === '"' && /\S/.test(text[s.end + mark.index - 1] ?? ''));
  const next = ctx.paragraphs[s.paragraph + 1];
  return !!next && next.doc === paragraph.doc && /^\s*["“]/.test(text.slice(next.start, next.end));
}

// The quote's paragraph follows the one of the article's sentence before (`prior`): only page
// furniture stands between them, a "Read more" link or a caption line, which parts no speaker from
// their words (the sentence before skips noise, so any paragraph between holds only noise). Not a
// line that ends in a colon, whatever was read of it: "She read out a letter Marsh wrote:"
// brings in someone else's words.
const paragraphAfter = (q: QuoteCase, prior: Sentence) =>
  prior.doc === q.s.doc && prior.paragraph < q.s.paragraph && !q.ctx.sentences.slice(prior.index + 1, q.s.index).some((x) => /:\s*$/.test(x.text));
// Quotes these rules find are quiet, and so are those that go on from them: they are the middle
// of someone's longer words, reaction rather than news, so the summary does not take them alone
// for having found their speaker (taking them cost summary ROUGE on the validation clusters).
const QUIET_QUOTE_RULES = new Set(['speaker-apposed-after-quote', 'quote-after-reported-in-paragraph', 'words-after-colon-line']);
/** The quote rules that read a quote's paragraph with paragraphAfter. */
const PAST_FURNITURE = new Set(['continues-after-closed-quote', 'quote-after-reported-speech']);
const opensParagraph = (q: QuoteCase) => q.at === 0 && q.ctx.paragraphs[q.s.paragraph].start === q.s.start;

// A possessive, then up to two words and a role or kin noun: "'s mother", "’s former press aide".
const OWNED = /^['’]s?\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u;
const ownsPerson = (after: string) => OWNED.exec(after)?.[1].split(/\s+/).some((w) => isRoleNoun(w)) ?? false;
/** The person a sentence is about: a named person opening it, or "he"/"she" standing for the one last named. */
function subjectOf(ctx: Context, s: Sentence, before: number): number | undefined {
  const text = docOf(ctx, s);
  // …opening it, or the subject of a verb after a fronted clause ("Tallying up …, Obama offered …").
  const verbAfter = (m: Mention) => isVerbForm(/^\s*(\p{L}+)/u.exec(text.slice(m.end, m.end + 30))?.[1] ?? '');
  const person = mentionsOf(ctx, s.index).find((m) => m.start < before && (personSubject(ctx, m) || verbAfter(m)) && ctx.actors[m.actor!].type === 'person');
  // "Lowell's mother then took the stage, telling the crowd: “…”": one whose relative or aide
  // opens the sentence is not its subject; the one they own is, unnamed here.
  if (person && ownsPerson(text.slice(person.end, person.end + 60))) return undefined;
  if (person) return person.actor;
  // "But his enthusiasm still shines through: “…”": the person whose it is.
  const pronoun = /^\W*(?:\p{Lu}\p{L}*\s+){0,2}?(he|she|his|her)\b/iu.exec(text.slice(s.start, before));
  return pronoun ? resolve(ctx, s.start, s.doc, namedPerson(ctx, /^h(?:e|is)$/i.test(pronoun[1]) ? 'he' : 'she')) : undefined;
}

// What may stand between a claim's subject and its stance verb: "Morgan doesn't believe", "Betty
// hasn't agreed", "Lavrov “clearly agreed to", "X is not supportive of".
const STANCE_AFTER_SUBJECT = /^\s*(?:["“”]?\s*(?:\p{Ll}+ly|not|never|also|still|now|has|have|had|is|are|was|were|does|do|did|would|will|been|be|(?:has|have|had|is|are|was|were|does|do|did|would|wo|ca)n['’]t)\s+)*["“]?(\p{Ll}+)\b/u;
// Up to a few title words between the claim's opening and the name: "Danish foreign Minister Lars Holm".
const BEFORE_SUBJECT = /^\s*(?:that\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/u;

export interface HolderRule {
  name: string;
  /** The actor whose stance the reported claim `span` states, other than `speaker`, if any. */
  find: (ctx: Context, s: Sentence, span: Span, speaker?: number) => number | undefined;
}

/** Whose claim a reported one is when it is not its speaker's: the first rule that finds someone decides. */
export const HOLDER_RULES: readonly HolderRule[] = [
  // "Lowell told me Hartley doesn't believe in ghosts", "Sources tell me Greta hasn't agreed
  // to anything": the person the claim opens with, when what follows is what they believe, plan or
  // agreed to; the speaker only reports it. Not a body: "Ambassador Lund saying Oslo hopes …"
  // speaks for it.
  {
    name: 'stance-holder',
    find: (ctx, s, span, speaker) => {
      const text = docOf(ctx, s);
      const subject = mentionsOf(ctx, s.index).find((m) => m.start >= span.start && m.end < span.end);
      const before = text.slice(span.start, subject?.start);
      // …not "whether he felt Trump agreed": a clause of its own before the name.
      if (!subject || subject.actor === speaker || ctx.actors[subject.actor!].type !== 'person' || !BEFORE_SUBJECT.test(before) || before.split(/\s+/).some((w) => /^(?:whether|if)$/.test(w) || (/^\p{Ll}/u.test(w) && isVerbForm(w)))) return undefined;
      const verb = STANCE_AFTER_SUBJECT.exec(text.slice(subject.end, span.end))?.[1];
      return verb && HELD_STANCES.has(verb) ? subject.actor : undefined;
    },
  },
];

function holderOf(ctx: Context, s: Sentence, span: Span, speaker?: number, trace?: string[]): number | undefined {
  for (const rule of HOLDER_RULES) {
    const actor = rule.find(ctx, s, span, speaker);
    if (actor === undefined) continue;
    trace?.push(rule.name);
    return actor;
  }
  return undefined;
}

/** `previous`: the attribution of the sentence before; `recent`: this article's attributions of the last few sentences; `spoke`: who has spoken so far in this article; `trace` gets the names of the rules that decided; `prior`: the article's sentence before, with its attributions. */
export function attributeSentence(
  ctx: Context,
  s: Sentence,
  previous?: Attribution,
  recent: Attribution[] = [],
  spoke: ReadonlySet<number> = new Set(),
  trace?: string[],
  prior?: QuoteCase['prior'],
): Attribution[] {
  const out: Attribution[] = [];
  const text = docOf(ctx, s);
  const quotes: Span[] = [];
  const marked = [...s.text.matchAll(QUOTE)].map((m) => ({ at: m.index!, body: m[1] }));
  const open = OPEN_QUOTE.exec(s.text);
  if (open) marked.push({ at: open.index + open[0].length - open[1].length - 1, body: open[1].trimEnd() });
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
  for (const { at, body } of marked) {
    const start = s.start + at + 1;
    const end = start + body.length;
    quotes.push({ start: start - 1, end: end + 1 });
    if (wordCount(body) < 4) continue;
    const q: QuoteCase = { ctx, s, text, start, end, at, previous, prior, recent, spoke };
    for (const rule of QUOTE_RULES) {
      const found: string[] = [];
      const actor = rule.find({ ...q, trace: found });
      if (actor === undefined && rule.names?.(q)) break;
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
  if (out.length) return out;

  // Reported speech: "<speaker> said (that) …", "…, <speaker> said", "according to <speaker>".
  const outsideQuotes = (v: Span) => !quotes.some((q) => v.start > q.start && v.end < q.end);
  let actor: number | undefined;
  let verb: Span | undefined;
  let quiet = false;
  const according = /\baccording to\s+/i.exec(s.text);
  if (according) {
    const from = s.start + according.index + according[0].length;
    // The source is named in the phrase, up to its first comma: "According to two sources, Oberlin
    // asked …" and "According to the study, the settlers …" name no one; "according to NASA
    // program scientist Ruth Calder" is the scientist. A person the phrase leaves unnamed is nobody:
    // "according to a former U.S.C. colleague", "according to congressional sources".
    const phrase = ACCORDING_PHRASE.exec(text.slice(from, s.end))![0];
    const named = UNNAMED_AT_END.test(phrase) ? undefined : mentionsOf(ctx, s.index).filter((m) => m.start >= from && m.start - from < 30 && m.end <= from + phrase.length).pop();
    actor = named?.actor;
    verb = { start: s.start + according.index, end: from };
    // "According to Carter, the agency …": the claim starts past the name.
    // …past the whole phrase: "According to U.S. Coast Guard records, <claim>".
    const comma = named && /^,\s*/.exec(text.slice(from + phrase.length, s.end));
    if (named && comma && according.index === 0) verb = { start: verb.start, end: from + phrase.length + comma[0].length };
    // "…, according to the governor": the person or body the description stands for.
    const description = actor === undefined && !UNNAMED_AT_END.test(phrase) ? ACCORDING_DESCRIPTION.exec(text.slice(from, s.end)) : null;
    // "according to the lawsuit": whoever filed it.
    const clause = description && { ...clauseOf(ctx, s, verb, s.start, recent, spoke), gap: description[1], from };
    if (clause) actor = authorOfDocument(clause) ?? describedOrSpokenFor(clause);
    // "According to the lawsuit, <claim>": the claim starts past the description too.
    if (description && according.index === 0 && /,\s*$/.test(description[0])) verb = { start: verb.start, end: from + description[0].length };
    // "…, according to police": the force the story names with that word.
    const noun = actor === undefined ? /^(\p{Ll}+)\s*(?:[,.;:!?]|$)/u.exec(text.slice(from, s.end))?.[1] : undefined;
    if (noun && ORG_NOUNS.has(noun)) actor = resolve(ctx, s.start, s.doc, (m) => organisation(ctx)(m) && described(ctx, noun)(m));
    if (actor !== undefined) trace?.push('according-to');
  }
  const candidates = speechVerbs(s.text, s.start, true).filter(outsideQuotes);
  // "Friends tell me that if Marla …, she hopes …": a verb inside what a speaker the story does
  // not name said belongs to the claim; it introduces no speaker of its own.
  const unnamedClaims: Span[] = [];
  if (actor === undefined) {
    const found = candidates.map((v) => {
      const rules: string[] = [];
      return { v, rules, actor: speakerOf(ctx, s, v, s.start, recent, spoke, rules) };
    });
    unnamedClaims.push(...found.filter((f) => f.actor === undefined && SPEAKER_RULES.find((r) => r.name === f.rules.at(-1))?.unnamed).map((f) => reportedSpan(text, s, f.v)));
    // "A US law firm, Lowell & Marsh, has said it plans to …", "The witness has said she wants to
    // …": a pronoun that opens what a verb before it reports stands for that verb's subject; when no
    // one was found for it and the one the pronoun was read as is not named before it, nor anyone
    // whose relative or aide the subject is ("Lowell's mother … said she"), the pronoun is no one
    // the story names either.
    const boundToUnfound = (f: (typeof found)[number]) =>
      PRONOUN_RULES.has(f.rules.at(-1) ?? '') &&
      found.some((g) => g.actor === undefined && g.v.end < f.v.start && PRONOUN_OPENS_CLAIM.test(text.slice(g.v.end, f.v.start)) && !mentionsOf(ctx, s.index).some((m) => m.end <= g.v.start && ((m.actor === f.actor && !afterPreposition(ctx, m)) || /^['’]s?\s/u.test(text.slice(m.end, m.end + 3)))));
    const first = found.find((f) => f.actor !== undefined && !boundToUnfound(f) && !unnamedClaims.some((c) => f.v.start >= c.start && f.v.end <= c.end));
    trace?.push(...found.slice(0, first ? found.indexOf(first) + 1 : found.length).flatMap((f) => f.rules));
    if (first) ({ actor, v: verb } = first);
    if (first?.rules.includes('subject-before-apposition')) first.v.subjectFirst = true;
    if (first?.v.act) trace?.push(first.v.act);
    quiet = !!first?.rules.includes('titled-speaker-after-verb') && QUOTE_BEFORE_VERB.test(text.slice(s.start, first.v.start));
  }
  if (actor === undefined) {
    // "Friends tell me Greta hasn't signed the lease": what the unnamed report says someone holds.
    for (const claim of unnamedClaims) {
      const holder = holderOf(ctx, s, claim, undefined, trace);
      if (holder === undefined) continue;
      out.push({ sentence: s.index, actor: holder, kind: 'reported', ...claim });
    }
    return out;
  }
  // "Lavrov told Tillerson <claim> and warned that <claim>": one speaker, two claims;
  // "Aides have said <claim>, and Hensley has said <claim>": a second speaker in a second clause.
  const verbs = [
    { ...verb!, actor: actor! },
    ...candidates.flatMap((v) => {
      if (v === verb || WEAK_SPEECH_VERBS.has(text.slice(v.start, v.end))) return [];
      const later = v.start > verb!.start ? v : verb!;
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
      const open = /(?:,\s*(?:and|but|while|whereas)\s+[^,]*|\s+but\s+[^,]*|\s+and\s+(?:also\s+)?)$/.exec(gap);
      span.end = open ? span.start + open.index : span.end;
    }
    // "told CBS News during a visit …": what follows is when and where, the words said stand elsewhere.
    const claim = text.slice(span.start, span.end);
    const told = ADDRESSEE_VERBS.has(text.slice(v.start, v.end).toLowerCase());
    if (span.start >= v.end && (told ? TOLD_CIRCUMSTANCE : CIRCUMSTANCE).test(claim) && !claim.includes(',')) return;
    // "“We will rebuild,” Lowell told the Associated Press.", "… Carter said of the response.": the
    // words said are the quote, too short to stand; what follows the verb is whom or what about.
    if (span.start >= v.end && (told ? ADDRESSEE_ONLY : ABOUT_ONLY).test(claim)) return;
    const holder = holderOf(ctx, s, span, v.actor, trace);
    out.push({ sentence: s.index, actor: holder ?? v.actor, kind: 'reported', ...span, ...(quiet ? { quiet: true as const } : {}) });
  });
  return out;
}

const PRONOUN_RULES = new Set(['pronoun', 'organisation-pronoun', 'group-pronoun']);
// "said (that) she would not …": a pronoun right after a speech verb, then at most a few auxiliaries;
// or after whom or where it was said and "that" ("told the county deputies that she feared …").
const PRONOUN_OPENS_CLAIM = /^\s+(?:(?:[\p{L}.'’-]+\s+){0,3}?that\s+)?(?:he|she|it|they)\s+(?:[\p{Ll}'’]+\s+){0,3}$/u;
// The phrase after "according to": up to a mark that ends a clause, past the periods of "U.S.", "L.A.", "Dr.".
const ACCORDING_PHRASE = /^(?:[^,;:.!?]|(?<=(?:^|[\s.])(?:\p{Lu}|Dr|Mr|Mrs|Ms|St|Gen|Sen|Rep|Gov|Lt|Sgt|Col|Capt|Jr))\.)*/u;
// "…two sources", "…a former U.S.C. colleague": a speaker left unnamed ends the phrase.
const UNNAMED_AT_END = new RegExp(String.raw`\b(?:${[...UNNAMED_SOURCES].join('|')})\s*$`, 'iu');
const MIN_CLAUSE = 15;
const WHEN_OR_WHERE = String.raw`(?:during|in|at|on|from|with|after|before|while|through|by)\s`;
const CIRCUMSTANCE = new RegExp(`^${WHEN_OR_WHERE}`, 'u');
// Capitalised words, each run of letters read one way only: a pattern that may split a word
// anywhere ("(?:X\w*\s*)+") takes exponential time on a long capitalised run that fails to match.
const CAPITALISED_WORDS = String.raw`\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*)*\s*`;
const ADDRESSEE_ONLY = new RegExp(String.raw`^(?:the\s+)?${CAPITALISED_WORDS}[.!?]?$`, 'u');
const ABOUT_ONLY = /^of\s+[^,]{1,60}$/u;
// …after the one told: "CBS News during a visit".
const TOLD_CIRCUMSTANCE = new RegExp(String.raw`^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}` + WHEN_OR_WHERE, 'u');
// ", Chris Mahler, a spokesman for the city, " closing a claim: the speaker and what they are.
const NAME_APPOSED = new RegExp(String.raw`,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*,\s(${APPOSED_WORDS}),\s*$`, 'u');
// ", his mother, Ann Lowell, " closing a claim (or opening the sentence): a description, then the
// speaker's name.
const DESCRIPTION_NAMED = /(^|,\s+)([^,]{2,80}),\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*,\s*$/u;
// Whom a claim was told to: "reporters", "The Associated Press", "the Detroit News".
const TOLD_WHOM = new RegExp(String.raw`^\s+(?:reporters|journalists|him|her|them|us|me|(?:the\s+)?${CAPITALISED_WORDS})(?=\s|[.!?,]|$)`, 'u');
// The one told, capitalised (a station with its channel), then the pronoun that opens the claim:
// "told KTVO 3 she", "told the Valley News he".
const TOLD_OUTLET = new RegExp(String.raw`^\s+(?:the\s+)?${CAPITALISED_WORDS}(?:\d{1,2}\s+(?:${CAPITALISED_WORDS})?)?(?<=\s)(?=(?:he|she|they|we|it|I)\s)`, 'u');
// Where a run of phrases may stand instead of a clause: after a fronted phrase of time or place,
// or a name and its apposition ("Dorsey, himself an Army veteran").
const PHRASES = /^["“‘']?(?:(?:Around|About|As|From|On|In|At|By|During|After|Before|Early|Late|Last|One of)\b|\p{Lu}[\p{L}'’.-]*,|(?:The|A|An) \p{Ll}+,)/u;
const isClause = (text: string) => !PHRASES.test(text) || hasVerb(text);
// A subject and its verb: between a speech verb and a "that", a clause of the claim itself.
const OWN_CLAUSE = /\b(?:can['’]t|cannot|will|would|could|may|might|is|was|are|were|has|had|have|do|does|did)\b|\b(?:he|she|they|it|we|i|you)\s+\p{Ll}+(?:ed|s)\b/iu;
// A name (perhaps after its title), then what it is between commas: the sentence's subject,
// about to speak.
const APPOSED = /^(?!(?:And|But|Or|So|Yet|In|On|At|By|For|From|With|After|Before|Following|When|While|If|As|Since|Despite|Although|Though|Then|Meanwhile|However|Many|Some|Most|All|Several|Few|Other)\b)(\p{Lu}[\p{L}.'’-]*|\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,4}\s+\p{Lu}[\p{L}.'’-]*),\s[^]{2,200},\s*$/u;
const CLAUSE_OPENER = /^(?:the|a|an|it|he|she|they|we|there|this|these|those|his|her|their|its|our|no|some|any|all|more|most|\p{Lu}|\d)/u;
// A second main clause: "…, and Hensley has said", "…; the minister said".
const NEW_CLAUSE = /(?:,\s*(?:and|but|while|whereas)|;|\sbut)\s+[^,;]{1,60}$/;
// What may follow "<claim>, the minister said": nothing, or when and where.
const ADJUNCT = /^\s*(?:[.!?]["”’]?|(?:on|in|at|after|before|during|while|when|last|earlier|later|this|today|yesterday|tonight|\p{Lu}\p{Ll}+day)\b[^]{0,80})$/u;
// A sentence that opens with a subordinate clause.
const FRONTED = new RegExp(`^${TIME_BEFORE}(?:${SUBORDINATORS})\\b`, 'i');
// After the verb: its object ("told reporters", "told Fox News"), a time, "that".
const AFTER_VERB = /^\s*[:,]?\s*["“]?\s*(?:(?:reporters|journalists|him|them|us|me)\s+|her\s+(?=\p{Ll}))?(?:(?:he|she|they|it|we)\s+(?:believed|believes|thought|thinks|felt|feels|hoped|hopes)\s+)?(?:on\s+\p{Lu}\p{L}+\s+|\p{Lu}\p{L}+day\s+|last\s+\p{L}+\s+|earlier\s+|later\s+)?(?:,\s*)?(?:that\s+)?/u;

// "announced in an Instagram posting the pool will close", "wrote in a letter posted to its page
// that it regrets …", "told reporters at the summit there would be …": where or in what the words
// were said stands between the verb and them with no "that" of its own (or one a second verb's
// "posted" hid); the claim opens where a clause does, past the phrase. Each row a kind of place.
const OPENS_CLAUSE = String.raw`(?:(?:on\s+)?${WEEKDAY}\s+)?(?:that\s+)?(?=(?:he|she|it|they|we|I|there|the|a|an|his|her|its|their|this|these)\s|\p{Lu}\p{Ll})`;
const PHRASE_AFTER = String.raw`(?:\s+(?:posted|published|released|aired|issued|sent)\s+(?:on|to|in|by)\s+(?:[\p{L}'’.-]+\s+){0,4}?(?:website|site|page|account|feed|channel|Twitter|Facebook|Instagram|YouTube))?,?\s+`;
export const WHERE_SAID: readonly { name: string; pattern: RegExp }[] = [
  { name: 'in-a-medium', pattern: new RegExp(String.raw`^(?:in|via|on)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:${phrases(SAID_IN_MEDIA)})${PHRASE_AFTER}${OPENS_CLAUSE}`, 'u') },
  { name: 'at-an-event', pattern: new RegExp(String.raw`^(?:at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:${phrases(SAID_AT_EVENTS)})${PHRASE_AFTER}${OPENS_CLAUSE}`, 'u') },
];
/** How many characters of `rest` (what follows a speech verb) say only where the words were said. */
function whereSaid(rest: string): number {
  return WHERE_SAID.map((w) => w.pattern.exec(rest)?.[0].length).find((n) => n !== undefined) ?? 0;
}

// A sentence that opens with a closed quote and nothing else before its verb; the name after the
// verb, then a relative clause about them.
const QUOTE_ONLY = /^\s*["“][^"“”]+["”]\s*$/u;
const NAME_THEN_RELATIVE = /^(\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*),\s+(?:who|whose)\s/u;

/** What was said: the clause before ", <speaker> said" or the one after "said (that)". */
export function reportedSpan(text: string, s: Sentence, verb: Span, object?: Span): Span {
  const before = text.slice(s.start, verb.start);
  const rest = text.slice(verb.end, s.end);
  // "“Not again,” said Ann Lowell, whose shop flooded twice.": the words said are the quote (too
  // short for a quote rule); the relative clause after the name says who she is, not what she said.
  const speakerDescribed = QUOTE_ONLY.test(before) ? NAME_THEN_RELATIVE.exec(rest) : null;
  if (speakerDescribed) return { start: s.start, end: verb.end + speakerDescribed[1].length };
  // "said at their meeting that …", "said in a conference call with reporters that …".
  // "that" opens the claim when a clause follows it, not in "about that meeting".
  // …but not past a clause of the claim's own ("said he can't predict what … but that …").
  // (The twelve words before "that" are checked after "that" is found: checked first, at every
  // position, they read the whole text back each time, and a very long word took minutes.)
  const that = [...rest.matchAll(/\s+that\s+(?<=^(?:\s+[^\s,.;:]+){0,12}?\s+that\s+)/gu)].find((m) => {
    const next = rest.slice(m.index! + m[0].length).split(/[,.;:]/)[0].split(/\s+/).slice(0, 3);
    // …nor a "that" of another speech verb ("blames “vandals” but the council says that …").
    return (CLAUSE_OPENER.test(next[0] ?? '') || next.some((w) => isVerbForm(w))) && !OWN_CLAUSE.test(rest.slice(0, m.index)) && !tokenize(rest.slice(0, m.index), 0).some((t) => SPEECH_VERBS.has(t.text));
  });
  // "<claim>, Chris Mahler, a spokesman for …, told ABC News today.": the claim ends before the name.
  const named = NAME_APPOSED.exec(before);
  const speakerApposed = !!named && isApposition(named[1]);
  // "<claim>, her husband, Tom Lowell, told ABC News.": the claim ends before the description;
  // "Marsh's attorney, Tom Lowell, said <claim>": the sentence opens with its speaker.
  const described = speakerApposed ? null : DESCRIPTION_NAMED.exec(before);
  const describedName = !!described && describesPerson(described[2].trim().split(/\s+/));
  const comma = speakerApposed ? named.index : describedName ? described.index : before.lastIndexOf(', ');
  // "<claim>, the minister said (on Monday)": the speaker stands between the comma and the verb,
  // and little follows it; not "Dana Whitfield, whose brother …, said <claim>".
  const apposed = APPOSED.exec(before);
  const aside = PARENTHETICAL.exec(before);
  // …nor "The governor, speaking at a news conference, said <claim>".
  const subjectFirst = verb.subjectFirst || (apposed && !apposed[1].split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && isVerbForm(w))) || (aside && wordCount(before.slice(0, aside.index)) <= 4) || (describedName && !/\S/.test(described[1]));
  // The claim is a clause: "Around 8 p.m. Sunday, Senator Ann Lowell of Vermont, the party's
  // whip, called …" holds none before its last comma.
  // "…, Lopez told The Associated Press in May.": whom it was told to, then when.
  const adjunct = ADDRESSEE_VERBS.has(text.slice(verb.start, verb.end).toLowerCase()) ? rest.replace(TOLD_WHOM, '') : rest;
  if (!that && !subjectFirst && comma >= MIN_CLAUSE && before.length - comma < (speakerApposed ? 260 : 90) && !/[“”"]/.test(before.slice(comma)) && (ADJUNCT.test(adjunct) || (/,\s*$/.test(before) && !describedName)) && isClause(before.slice(0, comma)))
    return { start: s.start, end: s.start + comma };
  let end = s.end - (/[.!?]["”’]?$/.test(rest) ? (/["”’]$/.test(rest) ? 2 : 1) : 0);
  // "A day after Putin said <claim>, Tillerson and Lavrov held talks": the claim ends where the
  // fronted clause does.
  if (FRONTED.test(before) && !before.includes(',')) {
    const comma = text.indexOf(', ', verb.end);
    if (comma > 0 && comma < end) end = comma;
  }
  // "…that <claim>, diplomats at the UN said.": another attribution closes the sentence.
  const tail = /,\s[^,]{2,80}\s(\p{Ll}+)[.!?]?["”’]?$/u.exec(rest);
  if (tail && SPEECH_VERBS.has(tail[1])) end = verb.end + tail.index;
  // "accused Moscow of trying to …": the verb is part of the claim.
  // "told Tillerson Moscow was hoping …": past the person told.
  // "told KTVO she would …": an outlet told, no actor of the story, still stands before the claim.
  const toldOutlet = !object && ADDRESSEE_VERBS.has(text.slice(verb.start, verb.end).toLowerCase()) ? (TOLD_OUTLET.exec(rest)?.[0].length ?? 0) : 0;
  const after = object ? object.end : verb.end + toldOutlet;
  const opens = after + (AFTER_VERB.exec(text.slice(after, s.end))?.[0].length ?? 0);
  const start = that ? verb.end + that.index! + that[0].length : verb.act || OBJECT_VERBS.has(text.slice(verb.start, verb.end).toLowerCase()) ? verb.start : opens + whereSaid(text.slice(opens, s.end));
  return end - start >= MIN_CLAUSE ? { start, end } : { start: s.start, end: s.end };
}

/** `trace`, when given, gets for each sentence the names of the rules that decided who speaks in it. */
export function attribution(ctx: Context, trace?: Map<number, string[]>): void {
  const out: Attribution[] = [];
  let spoke = new Set<number>();
  let prior: QuoteCase['prior'];
  for (const s of ctx.sentences) {
    if (s.noise) continue;
    const last = out[out.length - 1];
    if (last && ctx.sentences[last.sentence].doc !== s.doc) spoke = new Set();
    if (prior && prior.sentence.doc !== s.doc) prior = undefined;
    // Walking back from the end keeps this linear: attributions are in sentence order.
    const recent: Attribution[] = [];
    for (let i = out.length - 1; i >= 0 && out[i].sentence >= s.index - FOCUS_SPAN; i--) if (ctx.sentences[out[i].sentence].doc === s.doc) recent.unshift(out[i]);
    const rules: string[] = [];
    const found = attributeSentence(ctx, s, last && last.sentence >= s.index - 1 ? last : undefined, recent, spoke, trace && rules, prior);
    if (rules.length) trace?.set(s.index, rules);
    for (const a of found) spoke.add(a.actor);
    out.push(...found);
    prior = { sentence: s, attributions: found };
  }
  ctx.attributions = out;
}
