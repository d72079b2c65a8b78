// Who is the subject of a speech verb: the SPEAKER_RULES table, tried in order, and the rules
// that only it uses (a participle's main verb, a lone surname, a name after its description,
// "quoted … as saying", envoys).
import type { Attribution, Context, Mention, Sentence } from '../../types.js';
import { BODY_SPOKESPERSONS, LEGISLATORS, SPEAKERS_OF_A_BODY, WORKERS_OF_A_BODY, SENT_BODIES, DOCUMENTS, PREPOSITIONS, SPEECH_VERBS, isRoleNoun, isVerbForm } from '../../lexicon.js';
import { SUBORDINATORS, TIME_BEFORE } from '../../text/grammar.js';
import { tokenize } from '../../text/tokens.js';
import { PRONOUN, DESCRIPTION, type Span, resolve } from './common.js';
import { isSubject, namedPerson, ownsNext } from './mentions.js';
import { withoutAuxiliaries, isApposition, type Clause, clauseOf, isConjunction, earlierSubject, namedAtLast, personOfPlace, spokespersonOf, afterPreposition } from './clause.js';
import { pronounSpeaker, goesOnWithUnnamed, namedBeforeNotSubject, namedAfterVerb, describedSpeaker, ownedDescription, longDescription, bodyIntroducedAs } from './pronouns.js';
import { speakerAfterVerb, titledSpeakerAfterVerb, describedAfterVerb } from './after-verb.js';
import { countryOfficial, organisationNamedBy, BARE_AUTHORITIES, storyForce, organisationPronoun, groupPronoun, memberOfBody, ORG_OFFICIAL, officialOfDescribedOrganisation, bodyOfVoices, caucusOf, governmentOfCountry, unnamedSpeakerDescribed, officialIntroducedBefore, countryOfficialIntroducedBefore, unnamedSource } from './bodies.js';
import { isPassive, speakingFor, speakingForDescribed, ISSUED_DOCUMENT, authorOfDocument, leadOfTeam } from './speaks-for.js';

// "After Lowell resigned, the rowers knelt …, saying …": a clause of time or cause that opens the
// sentence holds no main verb.
const OPENING_CLAUSE = new RegExp(String.raw`^\s*${TIME_BEFORE}(?:${SUBORDINATORS})\s[^,;:]{1,120},`, 'iu');

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
  const opening = s.start + (OPENING_CLAUSE.exec(unquoted)?.[0].length ?? 0);
  const main = issuer ?? words.filter((t) => SPEECH_VERBS.has(t.text) && !/ing$/.test(t.text)).pop() ?? words.find((t, i) => i > 0 && t.start >= opening && /^\p{Ll}/u.test(t.text) && isVerbForm(t.text));
  if (!main) return undefined;
  const clause = clauseOf(ctx, s, main, s.start, c.recent, c.spoke);
  return SPEAKER_RULES.find((r) => r.name !== 'subject-of-participle' && r.match(clause))?.build(clause);
}
// …and with no comma after a document issued: "The council issued a statement saying …".
// …or after "by", the means of the main verb: "Reyes closed the meeting by saying …", "The club
// defended the sale by arguing …". Not "by telling": what one is told to do is no claim ("got in
// by telling the guard to open the gate").
const BY_MEANS = /\bby\s+$/u;
const byMeans = (c: Clause) => BY_MEANS.test(c.gap) && !/^telling$/i.test(c.text.slice(c.verb.start, c.verb.end));
const isParticiple = (c: Clause) => /ing$/.test(c.text.slice(c.verb.start, c.verb.end)) && (c.inverted || byMeans(c) || ISSUED_DOCUMENT.test(c.text.slice(c.s.start, c.verb.start)));

// "Coach Marsh told the crew of his worry, saying he …", "Lowell held to her plan, saying …",
// "Reyes used warm words to bring on Lowell, calling her …": a participle after a main verb
// of no speech (one the tagger may not read as a verb: "shared", "knelt", "used") speaks with the
// sentence's subject: the first one named, past an opening phrase and a title, a word that may be
// its verb right after it (past an apposition). Not an owner ("Marsh's lawyer filed …, arguing":
// the lawyer), nor one after a preposition ("At Lowell's club, members …").
const OPENING = String.raw`[^,;:]{0,100},[”"]?\s*`;
const OPENING_PHRASE = new RegExp(`^${OPENING}`, 'u');
const OPENS_SUBJECT = new RegExp(String.raw`^(?:${OPENING})?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$`, 'u');
const AFTER_SUBJECT = /^(?:\s*,\s[^,;:“”"]{2,120},)?\s+(\p{Ll}+)\b/u;
const NO_VERB = /^(?:and|or|but|nor|who|whom|whose|which|that|the|a|an|his|her|its|their|to|for|if|when|while|because)$/;
function subjectOfSentence(c: Clause): number | undefined {
  // Past the names of an opening phrase ("In an interview on Lowell's show, Marsh stood by …",
  // "After Lowell resigned, Marsh …").
  // (Not the main clause itself, whose comma is the participle's: "Lowell knelt during the game, saying …".)
  const phrase = c.s.start + (OPENING_PHRASE.exec(c.s.text)?.[0].length ?? 0);
  const opening = phrase < c.text.lastIndexOf(',', c.verb.start) ? phrase : c.s.start;
  const first = c.inSentence.find((m) => m.start >= opening && m.start < c.verb.start && m.actor !== undefined);
  if (!first || ownsNext(c.text, first) || afterPreposition(c.ctx, first) || !OPENS_SUBJECT.test(c.text.slice(c.s.start, first.start))) return undefined;
  const next = AFTER_SUBJECT.exec(c.text.slice(first.end, c.verb.start))?.[1];
  if (!next || NO_VERB.test(next) || PREPOSITIONS.has(next)) return undefined;
  // Another speech verb before the participle is the main verb subject-of-participle reads.
  return tokenize(c.text.slice(first.end, c.verb.start)).some((w) => SPEECH_VERBS.has(w.text)) ? undefined : first.actor;
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
export function describesPerson(words: string[]): boolean {
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
  return !!last && (isRoleNoun(last) || isRoleNoun(last.replace(/s$/, ''))) && !/(?<!\p{Ll})\p{Ll}+\s+by\s/u.test(words.join(' ').slice(head.join(' ').length));
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
// "Ann Lowell, Harlow's harbour master, said": what the subject is to an owner the apposition
// names first, which the noun-phrase test reads as a clause when a word of the post may be a verb
// ("acting", "deputy").
const OWNED_APPOSITION = /^\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*['’]s?\s+\p{Ll}/u;
// "Ann Lowell of the Harbour Trust for Wildlife, who led the fight, said": the subject's body
// between the name and the apposition.
const BODY_OF_SUBJECT = /^\s+of\s+(?:the\s+)?\p{Lu}[^,;:“”"()]{1,60}(?=,)/u;
type Apposed = { actor: number; reading: string };
const APPOSED = new WeakMap<Clause, Apposed | undefined>();
/**
 * The subject a speech verb's apposition follows, and how the rules name the reading: plain
 * ('subject-before-apposition'), an owner's post as the apposition, the subject's body before it,
 * or the subject named after its owner's title ("Harlow's Harbour Master Tom Marsh, responding
 * to …, said": the owner is no subject).
 */
function apposedSubject(c: Clause): Apposed | undefined {
  // Read once for each clause: each rule of APPOSED_SUBJECT_RULES asks for it in turn.
  if (!APPOSED.has(c)) APPOSED.set(c, readApposedSubject(c));
  return APPOSED.get(c);
}
function readApposedSubject(c: Clause): Apposed | undefined {
  if (/["“”]/.test(c.text.slice(c.s.start, c.verb.start))) return undefined;
  const named = c.inSentence.filter((m) => m.start < c.verb.start && m.actor !== undefined);
  const read = apposedAfter(c, named[0]);
  if (read || !named[1] || !ownsNext(c.text, named[0]) || ownsNext(c.text, named[1])) return read;
  return apposedAfter(c, named[1]) && { actor: named[1].actor!, reading: 'subject-after-owned-title' };
}
function apposedAfter(c: Clause, first?: Mention): Apposed | undefined {
  const type = first && c.ctx.actors[first.actor!].type;
  if (!first || first.start < c.from || (type !== 'person' && type !== 'organization') || !isSubject(c.ctx, first)) return undefined;
  let rest = c.gap.slice(first.end - c.from);
  const body = BODY_OF_SUBJECT.exec(rest);
  if (body) rest = rest.slice(body[0].length);
  const apposed = APPOSED_AFTER_SUBJECT.exec(rest);
  if (!apposed) return undefined;
  const plain = isApposition(apposed[1]) || APPOSITION_OPENER.test(apposed[1]);
  if (!plain && !OWNED_APPOSITION.test(apposed[1])) return undefined;
  return { actor: first.actor!, reading: body ? 'subject-of-body-before-apposition' : plain ? 'subject-before-apposition' : 'subject-before-owned-apposition' };
}
/** The speaker rules that read a subject before its apposition: the claim follows the verb. */
export const APPOSED_SUBJECT_RULES = ['subject-before-apposition', 'subject-before-owned-apposition', 'subject-of-body-before-apposition', 'subject-after-owned-title'];
/** The speaker rules whose speaker stands before a verb set off by a comma: what the verb says follows it. */
export const CLAIM_AFTER_VERB_RULES = [...APPOSED_SUBJECT_RULES, 'subject-of-participle-after-act'];
const apposedRule = (name: string): SpeakerRule => ({
  name,
  match: (c) => c.inverted && speakerAfterVerb(c) === undefined && apposedSubject(c)?.reading === name,
  build: (c) => apposedSubject(c)!.actor,
});

// "The agency quoted Tom Marsh as saying …", "she quoted him as saying": the words are the one
// quoted, never the outlet or the person who passes them on. "quoted officials as saying": someone
// the story does not name.
// The one quoted opens on a word: a run of spaces after "quoted" is read one way only.
const QUOTED_AS = /\bquoted\s+(?!\s)([^.;:“”"]{1,60}?)\s+as\s+$/u;
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

// "Marsh was quoted as saying …", "“…,” Lowell was recorded saying", "Marsh went on to say that
// …": the speech verb hangs on a verb of its own, whose subject speaks; the rules read that verb's
// subject ("he was quoted as saying" is whom "he" stands for).
interface WrapsSpeech {
  name: string;
  before: RegExp;
  participle?: true;
}
const WRAPS_SPEECH: readonly WrapsSpeech[] = [
  { name: 'subject-quoted-as-saying', before: /\s((?:was|were|is|are|has\s+been|have\s+been|had\s+been))\s+(?:\p{Ll}+ly\s+)?(?:quoted|recorded|heard|overheard|filmed|caught\s+on\s+(?:tape|camera|video))\s+(?:as\s+)?$/u, participle: true },
  { name: 'subject-went-on-to-say', before: /\s((?:went|goes|go|has\s+gone|had\s+gone))\s+on\s+to\s+$/u },
];
function wrappingVerb(c: Clause, row: WrapsSpeech): Span | undefined {
  if (row.participle && !/ing$/.test(c.text.slice(c.verb.start, c.verb.end))) return undefined;
  const before = c.text.slice(c.from, c.verb.start);
  const m = row.before.exec(before);
  if (!m) return undefined;
  const start = c.from + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}
const wrappedRule = (row: WrapsSpeech): SpeakerRule => ({
  name: row.name,
  match: (c) => wrappingVerb(c, row) !== undefined,
  build: (c) => speakerOf(c.ctx, c.s, wrappingVerb(c, row)!, c.from, c.recent, c.spoke),
});

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

// …not its spokespeople, its staff or researchers at work, nor lawmakers in their chamber: the body speaks or acts through them.
const speaksAsTheBody = (noun: string) => BODY_SPOKESPERSONS.includes(noun) || SPEAKERS_OF_A_BODY.has(noun) || WORKERS_OF_A_BODY.has(noun) || LEGISLATORS.has(noun);
// A person's noun, then "in" or "at" right before the name.
const LOCATED_AT = /(?:^|\s)(\p{Ll}+)\s+(?:in|at)\s+(?:the\s+)?$/u;
function locatedAtNamed(c: Clause): boolean {
  const named = namedAtLast(c);
  if (!named || named.start < c.from || c.ctx.actors[named.actor!].type === 'person') return false;
  const noun = LOCATED_AT.exec(c.text.slice(c.from, named.start))?.[1];
  return !!noun && !speaksAsTheBody(noun) && (isRoleNoun(noun) || isRoleNoun(noun.replace(/s$/, '')));
}

const ANTECEDENT_WHO = /,\s+(?:who|which)\s*$/u;
function antecedentOfWho(c: Clause): Mention | undefined {
  const m = ANTECEDENT_WHO.exec(c.gap);
  const at = m && c.from + m.index;
  return m ? c.inSentence.find((x) => x.end === at && x.actor !== undefined) : undefined;
}

/** Who is the subject of a speech verb: the first rule that matches decides, even when it finds nobody. */
export const SPEAKER_RULES: readonly SpeakerRule[] = [
  ...WRAPS_SPEECH.map((r) => wrappedRule(r)),
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
  { name: 'subject-of-participle-after-act', match: (c) => isParticiple(c) && !ISSUED_DOCUMENT.test(c.text.slice(c.s.start, c.verb.start)) && subjectOfSentence(c) !== undefined, build: subjectOfSentence },
  { name: 'name-after-description', match: (c) => nameAfterDescription(c) !== undefined, build: nameAfterDescription },
  { name: 'description-after-verb', match: (c) => (!c.last || c.inverted) && speakerAfterVerb(c) === undefined && describedAfterVerb(c) !== undefined, build: describedAfterVerb },
  { name: 'unnamed-speaker-after-verb', match: unnamedAfterVerb, build: () => undefined, unnamed: true },
  { name: 'titled-speaker-after-verb', match: (c) => (!c.last || c.inverted || isConjunction(c.last)) && speakerAfterVerb(c) === undefined && titledSpeakerAfterVerb(c) !== undefined, build: titledSpeakerAfterVerb },
  ...APPOSED_SUBJECT_RULES.map(apposedRule),
  // "…, said Hiroshi Tanabe, a regional official": the speaker follows the verb.
  { name: 'surname-after-verb', match: (c) => speakerAfterVerb(c) === undefined && surnameAfterVerb(c) !== undefined, build: surnameAfterVerb },
  { name: 'speaker-after-verb', match: (c) => !c.last || c.inverted || isConjunction(c.last), build: speakerAfterVerb },
  { name: 'unnamed-source', match: unnamedSource, build: () => undefined, unnamed: true },
  { name: 'spokesperson-of-named', match: (c) => speakingFor(c) !== undefined, build: speakingFor },
  { name: 'spokesperson-of-described', match: (c) => speakingForDescribed(c) !== undefined, build: speakingForDescribed },
  { name: 'party-in-chamber', match: (c) => caucusOf(c) !== undefined, build: caucusOf },
  { name: 'sender-of-one-sent-to-named', match: (c) => sentTo(c) !== undefined, build: senderOf, unnamed: true },
  // "the security officer in Harlow reports", "Marsh's boss at the bank once called him …": the
  // speaker is the one the place or body only locates, whom the story does not name; not a
  // spokesperson, who speaks for the body ("a spokesman at the ministry said").
  { name: 'one-located-at-named-body', match: (c) => locatedAtNamed(c), build: () => undefined },
  { name: 'named-subject', match: (c) => namedAtLast(c) !== undefined, build: (c) => namedAtLast(c)!.actor },
  { name: 'surname-before-verb', match: (c) => surnameBeforeVerb(c) !== undefined, build: surnameBeforeVerb },
  { name: 'person-of-place', match: (c) => personOfPlace(c) !== undefined, build: (c) => personOfPlace(c)!.actor },
  { name: 'official-of-country', match: (c) => countryOfficial(c) !== undefined, build: countryOfficial },
  { name: 'spokesperson-of-organisation', match: (c) => spokespersonOf(c) !== undefined, build: (c) => spokespersonOf(c)!.actor },
  { name: 'organisation-by-noun', match: (c) => organisationNamedBy(c) !== undefined, build: organisationNamedBy },
  // …and nobody where it names several, or none.
  { name: 'authorities-of-the-force', match: (c) => BARE_AUTHORITIES.test(c.gap), build: (c) => storyForce(c.ctx) },
  // "He said Lowell wanted …", "she told Marsh she …": a pronoun never stands for one its own
  // verb goes on to name (whom it tells, or whom its claim is about); nobody rather than them.
  { name: 'pronoun-names-its-own-object', match: (c) => PRONOUN.test(c.last!.text) && namedAfterVerb(c, pronounSpeaker(c)), build: () => undefined },
  // "The man … told reporters …" then "He said …": the unnamed speaker goes on, not one named before.
  { name: 'pronoun-goes-on-with-unnamed-speaker', match: (c) => PRONOUN.test(c.last!.text) && goesOnWithUnnamed(c), build: () => undefined },
  // "…pushed Lowell to act after he called …": not a speaker the sentence does not name.
  { name: 'pronoun-after-person-named-before-it', match: (c) => PRONOUN.test(c.last!.text) && namedBeforeNotSubject(c), build: () => undefined },
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
  { name: 'country-official-introduced-before', match: (c) => countryOfficialIntroducedBefore(c) !== undefined, build: countryOfficialIntroducedBefore },
  { name: 'unnamed-speaker-described', match: (c) => unnamedSpeakerDescribed(c) !== undefined, build: () => undefined, unnamed: true },
  // "his wife said", "China's foreign ministry said": a description its owner's name or pronoun opens.
  { name: 'owned-description', match: (c) => ownedDescription(c) !== undefined, build: ownedDescription },
  { name: 'long-description', match: (c) => longDescription(c) !== undefined, build: longDescription },
  // "…, the researchers said": the study's lead the article names.
  { name: 'lead-of-study-team', match: (c) => leadOfTeam(c) !== undefined, build: leadOfTeam },
  // "the Dock Guild, a union run by …" then "The union has said …": the body introduced as such.
  { name: 'body-introduced-as-noun', match: (c) => bodyIntroducedAs(c) !== undefined, build: bodyIntroducedAs },
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
