// What was said: the span of reported speech before ", <speaker> said" or after "said (that)"
// (WHERE_SAID: where the words were said, between the verb and them).
import type { Sentence } from '../../types.js';
import { ADDRESSEE_VERBS, DOCUMENTS, OBJECT_VERBS, SAID_AT_EVENTS, SAID_IN_MEDIA, SPEECH_VERBS, UNNAMED_SOURCES, hasVerb, isVerbForm, readsAsAdverbOrGerund } from '../../lexicon.js';
import { SUBORDINATORS } from '../../text/grammar.js';
import { tokenize, wordCount } from '../../text/tokens.js';
import { phrases } from '../../text/phrases.js';
import type { Span } from './common.js';
import { WEEKDAY, PARENTHETICAL, APPOSED_WORDS, isApposition } from './clause.js';
import { describesPerson } from './speaker-rules.js';

export const PRONOUN_RULES = new Set(['pronoun', 'organisation-pronoun', 'group-pronoun']);
// "said (that) she would not …": a pronoun right after a speech verb, then at most a few auxiliaries;
// or after whom or where it was said and "that" ("told the county deputies that she feared …").
export const PRONOUN_OPENS_CLAIM = /^\s+(?:(?:[\p{L}.'’-]+\s+){0,3}?that\s+)?(?:he|she|it|they)\s+(?:[\p{Ll}'’]+\s+){0,3}$/u;
// The phrase after "according to": up to a mark that ends a clause, past the periods of "U.S.", "L.A.", "Dr.".
export const ACCORDING_PHRASE = /^(?:[^,;:.!?]|(?<=(?:^|[\s.])(?:\p{Lu}|Dr|Mr|Mrs|Ms|St|Gen|Sen|Rep|Gov|Lt|Sgt|Col|Capt|Jr))\.)*/u;
// "…two sources", "…a former U.S.C. colleague": a speaker left unnamed ends the phrase.
export const UNNAMED_AT_END = new RegExp(String.raw`\b(?:${[...UNNAMED_SOURCES].join('|')})\s*$`, 'iu');
// "according to a police report", "…an arrest affidavit": a paper the phrase brings in, whose
// kind alone may say whose it is (speaks-for.ts KIND_OWNER_RULES).
export const ACCORDING_TO_A_DOCUMENT = new RegExp(String.raw`^((?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:${[...DOCUMENTS].join('|')}))\s*(?:[,.;:!?]|$)`, 'iu');
// "…a person told of the firm's plans", "…one source close to the club": a phrase that opens with
// a speaker left unnamed names no one, whoever it goes on to mention.
export const UNNAMED_AT_START = new RegExp(String.raw`^(?:a|an|one|two|three|several|some|other)\s+(?:[\p{L}-]+\s+){0,2}?(?:${[...UNNAMED_SOURCES].join('|')})\b`, 'iu');
const MIN_CLAUSE = 15;
// "at least 18 …", "at most a week": a number the claim opens on, not a place.
const WHEN_OR_WHERE = String.raw`(?:during|in|at(?!\s+(?:least|most)\b)|on|from|with|after|before|while|through|by)\s`;
export const CIRCUMSTANCE = new RegExp(`^${WHEN_OR_WHERE}`, 'u');
// Capitalised words, each run of letters read one way only: a pattern that may split a word
// anywhere ("(?:X\w*\s*)+") takes exponential time on a long capitalised run that fails to match.
const CAPITALISED_WORDS = String.raw`\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*)*\s*`;
export const ADDRESSEE_ONLY = new RegExp(String.raw`^(?:the\s+)?${CAPITALISED_WORDS}[.!?]?$`, 'u');
export const ABOUT_ONLY = /^of\s+[^,]{1,60}$/u;
// "… posted a statement to its page:": the document is what the line brings in after its colon;
// the words before the colon only name it.
export const DOCUMENT_BROUGHT_IN = new RegExp(String.raw`^(?:a|an|the|this|these|its|his|her|their)\s(?:[\p{L}-]+\s){0,2}?(?:${[...DOCUMENTS].join('|')})\b[^:“”"]{0,60}:?$`, 'iu');
// …after the one told: "CBS News during a visit".
export const TOLD_CIRCUMSTANCE = new RegExp(String.raw`^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}` + WHEN_OR_WHERE, 'u');
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
// "Sen. Tom Marsh (R-Ohio), who opposes the bill, said <claim>": the sentence opens with its
// speaker, then a relative clause about them.
const SUBJECT_THEN_RELATIVE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*(?:\s*\([^()]{1,20}\))?,\s+(?:who|which)\s[^]{2,200},\s*$/u;
// Words with no opening mark up to a closing one, then the speaker's clause ("…,” her father Tom
// Reyes "): no mark in the clause after.
const CLOSED_UNOPENED = /^([^“”"]{15,}?)[,.!?…]["”]\s+[^“”"]{1,80}$/u;
const CLAUSE_OPENER = /^(?:the|a|an|it|he|she|they|we|there|this|these|those|his|her|their|its|our|no|some|any|all|more|most|\p{Lu}|\d)/u;
// A second main clause: "…, and Hensley has said", "…; the minister said".
export const NEW_CLAUSE = /(?:,\s*(?:and|but|while|whereas)|;|\sbut)\s+[^,;]{1,60}$/;
// What may follow "<claim>, the minister said": nothing, or when and where.
const ADJUNCT = /^\s*(?:[.!?]["”’]?|(?:on|in|at|after|before|during|while|when|last|earlier|later|this|today|yesterday|tonight|\p{Lu}\p{Ll}+day)\b[^]{0,80})$/u;
// …or a second clause the speaker adds ("<claim>, the minister said, but <more>"): the claim is
// still the one before the speaker, not what the conjunction goes on with.
const SECOND_CLAUSE = /^\s*,\s*(?:but|and|though|although)\s/u;
// A sentence that opens with a subordinate clause, after a few words at most ("Just hours after",
// "And though", "In the two centuries after"): what its verb says ends with the clause, and the
// sentence's own claim, after the comma, is someone else's.
const FRONTED = new RegExp(`^(?:[\\p{L}'’-]+\\s+){0,4}?(?:${SUBORDINATORS})\\b`, 'iu');
/** Whether the verb stands in a subordinate clause that opens the sentence, before its first comma. */
export const inFrontedClause = (text: string, s: Sentence, verb: Span) => {
  const before = text.slice(s.start, verb.start);
  return FRONTED.test(before) && !before.includes(',');
};
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

// Words that end with a quote mark right before the verb: a closed quote, or the end of one the
// sentence before opened ("… the numbers,” said …"); the name after the verb (after its title),
// then what is said about them (a relative clause, an apposition, a participle) or nothing.
const QUOTE_ONLY = /["”]\s*$/u;
// How long the words before "according to" are, without the marks that join them to it (a comma,
// a dash, a space); read back a character at a time, in time linear in a run of spaces.
function clauseBeforeSource(before: string): number {
  let end = before.length;
  while (end > 0 && /[\s,;:—–-]/u.test(before[end - 1])) end--;
  return end;
}
export const OPENS_NEW_CLAUSE = /(?:[;:—–]|\b(?:and|but|or|so|yet|while|whereas|because|as))\s*$/iu;
const NAME_THEN_RELATIVE = /^(\s+(?:[\p{L}.'’-]+\s+){0,4}\p{Lu}[\p{L}.'’-]*?)(?:,\s+(?:who\s|whose\s|an?\s|the\s|\p{Ll}+ing\s|\p{Lu})|[.!?]?["”’]?$)/u;

/** What was said: the clause before ", <speaker> said" or the one after "said (that)". */
export function reportedSpan(text: string, s: Sentence, verb: Span, object?: Span): Span {
  const before = text.slice(s.start, verb.start);
  const rest = text.slice(verb.end, s.end);
  // "“Not again,” said Ann Lowell, whose shop flooded twice.": the words said are the quote (too
  // short for a quote rule, or opened a sentence before); what follows the name says who she is,
  // not what she said.
  // "<claim>,” according to the criminal complaint.", "… was never there according to police, who
  // added …": after "according to" stands only the source and what is said about it; the claim is
  // the clause before, whatever marks it holds.
  // Not where "according to" opens a clause of its own, its claim after the source ("… a success:
  // according to the tally, <claim>", "…; according to police, <claim>", "… and according to Marsh, <claim>").
  const sourceOnly = /^according\s+to\b/i.test(text.slice(verb.start, verb.end)) && !OPENS_NEW_CLAUSE.test(before) ? clauseBeforeSource(before) : 0;
  if (sourceOnly >= MIN_CLAUSE) return { start: s.start, end: s.start + sourceOnly };
  const speakerDescribed = QUOTE_ONLY.test(before) ? NAME_THEN_RELATIVE.exec(rest) : null;
  if (speakerDescribed) return { start: s.start, end: verb.end + speakerDescribed[1].length };
  // "said at their meeting that …", "said in a conference call with reporters that …".
  // "that" opens the claim when a clause follows it, not in "about that meeting".
  // …but not past a clause of the claim's own ("said he can't predict what … but that …").
  // (The twelve words before "that" are checked after "that" is found: checked first, at every
  // position, they read the whole text back each time, and a very long word took minutes.)
  const that = [...rest.matchAll(/(?<!\s)\s+that\s+(?<=^(?:\s+[^\s,.;:]+){0,12}?\s+that\s+)/gu)].find((m) => {
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
  // …nor "Eventually, Lowell left the pier, near the bridge, according to …": an adverb opens it, no subject.
  const subjectFirst = verb.subjectFirst || SUBJECT_THEN_RELATIVE.test(before) || (apposed && !apposed[1].split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && isVerbForm(w)) && !readsAsAdverbOrGerund(apposed[1])) || (aside && wordCount(before.slice(0, aside.index)) <= 4) || (describedName && !/\S/.test(described[1]));
  // The claim is a clause: "Around 8 p.m. Sunday, Senator Ann Lowell of Vermont, the party's
  // whip, called …" holds none before its last comma.
  // "…, Lopez told The Associated Press in May.": whom it was told to, then when.
  const adjunct = ADDRESSEE_VERBS.has(text.slice(verb.start, verb.end).toLowerCase()) ? rest.replace(TOLD_WHOM, '') : rest;
  // "We never gave up …,” her uncle Tom Reyes said in a statement.": a quote whose opening mark
  // stood a sentence before (or was lost) ends at its closing mark, the speaker right after it.
  const unopened = !that && !subjectFirst && comma < 0 ? CLOSED_UNOPENED.exec(before) : null;
  if (unopened && ADJUNCT.test(adjunct)) return { start: s.start, end: s.start + unopened[1].length };
  if (!that && !subjectFirst && comma >= MIN_CLAUSE && before.length - comma < (speakerApposed ? 260 : 90) && !/[“”"]/.test(before.slice(comma)) && (ADJUNCT.test(adjunct) || SECOND_CLAUSE.test(rest) || (/,\s*$/.test(before) && !describedName)) && isClause(before.slice(0, comma)))
    return { start: s.start, end: s.start + comma };
  let end = s.end - (/[.!?]["”’]?$/.test(rest) ? (/["”’]$/.test(rest) ? 2 : 1) : 0);
  // "A day after Putin said <claim>, Tillerson and Lavrov held talks": the claim ends where the
  // fronted clause does.
  if (inFrontedClause(text, s, verb)) {
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
