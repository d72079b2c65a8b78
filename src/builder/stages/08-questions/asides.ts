// What the ask rules read of a sentence: its asides taken out (an inserted clause, a participle's
// phrase, an age, where a person lives, a name's apposition) so a subject stands by its verb, and
// the dots and colons inside initialisms, figures and times masked so they end no clause.
import words from '../../data/open-questions.json';
import { phrases } from '../../text/phrases.js';
import { SPEECH_VERB_ALTERNATION } from '../../lexicon.js';

// ", which has been in power since 2015 …," between a subject and its verb.
// (An unnamed person's clause stays: "The driver, whose name has not been released, …".)
// (A comma inside a figure, "$50,000 bail", does not end it.)
const INSERTED = /,\s+(?:which|who|whose|where)\s(?![^,]*\b(?:name|identity)\b)(?:[^,]|,(?=\d{3}))*,/gu;
// "The condition of the second driver, found in a ditch near the highway, was not clear":
// a participle's phrase stands between a subject and its verb just the same.
const PARTICIPLE_ASIDE = /,\s+(?:\p{Ll}+(?:ed|en|wn)|found|held|hit|shot|built|caught|kept|left|struck|sent)\s+(?:in|on|at|by|from|near|inside|outside|with|during|after)\s+[^,;:.!?]{2,60},(?=\s)/gu;
// (named-as) "The clerk, identified as 41-year-old Nora Vance, is facing …": the person the
// sentence is about is the name, which the question asks of in place of the noun it identifies.
// ("The clerk, identified by police as Nora Vance, …": who identified her stays out too.)
const NAMED_AS = /\b(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+,\s+(?:identified|named)\s+(?:by\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+)?as\s+(?:\d+-year-old\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),(?=\s)/gu;
// (named-apposition) "The clerk's brother, Nora Vance, was charged …", "A spokesman, Omar Reyes, has
// said …": a noun that names a person by what they are, then the person's name, then the verb: the
// person the sentence is about is the name, as with named-as. Only before a verb of being or
// having, of a plea or of charges (a speaker's refusal asks of the noun: see no-comment-on); a
// pronoun's noun opens another phrase ("the witness his client, Ana Ruiz, is accused of …").
const NAMED_APPOSITION = new RegExp(
  String.raw`\b(?:[Tt]he|[Aa]n?|\p{Lu}[\p{L}-]*['’]s)\s+(?:(?!(?:his|her|their|its|whom|who|that|which)\s)[\p{L}'’-]+\s+){0,3}?\p{Ll}[\p{L}-]*,\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),(?=\s+(?:(?:${phrases(words.facesCharges.adverbs)})\s+)?(?:is|are|was|were|has|have|had|pleaded|faces|remains)\b)`,
  'gu',
);
// (residence) "Ruiz, of the east side of Dover, is charged …": where a named person lives, between
// the name and its verb (not "of course", nor a clause opened by "of which").
// (The name before the comma is checked from the comma: checked first, at every position, it read
// the whole word back each time, and a very long word took minutes.)
const RESIDENCE = /,(?<=\p{Lu}[\p{L}'’.-]*,)\s+of\s+(?!course\b|which\b|whom\b)[^,;:.!?]{2,60},(?=\s)/gu;
// (quoted-list) 'the "unexplained, serious" injury', 'lives up to “one, two, three” cups': a
// short quoted list of words is one phrase, and its commas end no clause (masked like a figure's dot).
const QUOTED_LIST = /[“"]((?:[\p{L}\d'’-]+\s*){1,2}(?:,\s*(?:[\p{L}\d'’-]+\s*){1,2})+)[”"]/gu;
// (aside-before-attribution) "… for ten days, which is the most the boat can do, the crew said": an
// aside that closes the clause before its speaker leaves the comma that ends the clause, so the
// speaker stays out of the question ("… for ten days the crew said?"). The speaker is a noun
// phrase, opened by a determiner or a capital, before a speech verb and the sentence's end.
const SPEAKER_AFTER = new RegExp(String.raw`^\s+(?:(?:the|a|an|his|her|its|their)\s+[\p{L}.'’-]+|\p{Lu}[\p{L}.'’-]*)(?:\s+[\p{L}.'’-]+){0,3}\s+(?:${SPEECH_VERB_ALTERNATION})\b[^,;:]*$`, 'u');
// An inserted clause whose closing comma ends no aside but goes on in the sentence is kept
// whole, so the question ends before it (at its "which") instead of joining what it split:
// each row names what follows that comma.
export const ASIDE_GOES_ON: readonly { name: string; match: RegExp }[] = [
  // (nested-apposition) "… a 999 call, which the site's manager, Ana Ruiz, said she made": the
  // comma opened a name in apposition inside the clause, not the end of the clause.
  // (A weekday is a time, not a name: "…, which was closed, Monday reopened …".)
  { name: 'nested-apposition', match: /^\s+(?!\p{Lu}\p{Ll}+day\b)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},/u },
  // (clause-after-aside) "No record exists of the siege, which began in May, but old letters …":
  // a conjunction and a new subject after the aside open another clause, so the aside closed its
  // own. (A verb or an adverb after the conjunction is the sentence's next predicate: "…, who
  // waved, and quickly left".)
  { name: 'clause-after-aside', match: /^\s+(?:but|and|or|yet|so)\s+(?!\p{Ll}+(?:ly|ed)\b|(?:is|are|was|were|has|have|had|will|would|can|could|may|might|did|does|do|then|also|still)\b)/u },
];
// Inserted clauses that are themselves what the sentence leaves open, kept for the ask rules to
// read: each row names what the aside tells.
export const ASIDE_ASKED: readonly { name: string; match: RegExp }[] = [
  // (re-election) "Vale, who is seeking re-election in the spring, has lost two allies": the race to come.
  { name: 're-election', match: /^,\s+who\s+is\s+(?:(?:also|now)\s+)?(?:up\s+for|seeking|running\s+for|facing)\s+re-?election\b/u },
];
const withoutInserted = (sentence: string) =>
  sentence.replace(INSERTED, (aside: string, at: number) => {
    const after = sentence.slice(at + aside.length);
    if (ASIDE_ASKED.some((row) => row.match.test(aside))) return aside;
    return SPEAKER_AFTER.test(after) ? ',' : ASIDE_GOES_ON.some((row) => row.match.test(after)) ? aside : '';
  });
export const withoutAsides = (sentence: string) => withoutInserted(sentence.replace(QUOTED_LIST, (_q, list: string) => list.replaceAll(',', COMMA)).replace(/[“”"]/g, '').replace(AGE, withoutAge).replace(RESIDENCE, '').replace(NAMED_AS, '$1').replace(NAMED_APPOSITION, '$1')).replace(PARTICIPLE_ASIDE, '');

// "Malden, 31, pleaded …", "Medina, 35, of Tacoma, was indicted": an age, and where the
// person lives, between a name and its verb (taken out before a clause inserted after them).
const AGE = /,\s+\d{1,3},(?:\s+of\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2},)?(?=\s)/gu;
// ("Pruett, 29, who was arrested …,": the clause keeps its opening comma.)
const withoutAge = (age: string, at: number, text: string) => (/^\s+(?:which|who|whose|where)\s/.test(text.slice(at + age.length)) ? ',' : '');

// "whether the U.N. office would …", "around 11:30 p.m.", "36.5 percent": the dot of an initialism and
// the dot or colon inside a figure or a time end no clause. The rules read them masked (as
// characters no clause pattern stops at) and the question shows them as written.
const DOT = '\u00b7';
const COLON = '\u00a6';
const COMMA = '\u201a';
export const masked = (s: string) => s.replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replaceAll('.', DOT)).replace(/(?<=\d)[.:](?=\d)/g, (c) => (c === '.' ? DOT : COLON));
export const unmasked = (q: string) => q.replaceAll(DOT, '.').replaceAll(COLON, ':').replaceAll(COMMA, ',');
