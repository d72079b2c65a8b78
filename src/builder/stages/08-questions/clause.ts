// Clause grammar: turns an open clause into a question a reader would ask ("the ceasefire will
// hold" → "Will the ceasefire hold?"), finds the subject before a verb and keeps questions short.
import { GOVERNMENT_NOUNS, GROUP_NOUNS, HONORIFICS, countryOfDemonym, SPEECH_VERB_ALTERNATION, isPluralPhrase, singularRoleNoun, taggedWords, toInfinitive, verbForms } from '../../lexicon.js';
import { STOPWORDS, wordCount } from '../../text/tokens.js';
import grammar from '../../data/question-clauses.json';
import { phrases } from '../../text/phrases.js';

const MAX_WORDS = 22;
const BOUNDARY_WORDS = /(?:^|[,;:]\s+|\b(?:that|if|as|because|when|while|and|but|after|before|amid|where|said|says|say|(?:tells?|told)\s+(?:me|us)|told|believes|believed|thinks|warned|added)\s+)/giu;
// "It's unlikely the ferry will sail …", "it is quite possible the divers could …": a frame that
// weighs how likely a clause is opens it as "that" does when "that" is left out.
const LIKELIHOOD_FRAME = new RegExp(String.raw`\bit(?:\s+(?:is|was)|['’]s)\s+(?:(?:\p{Ll}+ly|${phrases(grammar.likelihoodFrame.adverbs)})\s+)?(?:${phrases(grammar.likelihoodFrame.words)})\s+(?:that\s+)?`, 'giu');
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
// Trailing attributions (", Lindgren said") and dangling function words do not belong in a question.
const TRAILING_ATTRIBUTION = new RegExp(`,\\s+(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){1,4}(?:${SPEECH_VERB_ALTERNATION})\\b.*$|,\\s+(?:he|she|they|it)\\s+(?:${SPEECH_VERB_ALTERNATION})\\b.*$`, 'u');
// What follows a comma and opens another clause is not part of the question: ", it certainly
// wasn't …", ", meaning …"; nor is anything after a colon or a dash, or after a sentence's end run
// into a bracket the splitter left on ("… the fire station.(Priya) I'm a volunteer …").
// ("prizes she once promised": "once" before a past verb is an adverb, not a clause's opening.)
// Nor is a clause joined by "and" or "but" that tells something else: "… from the contest and
// there is no announcement", "… and no alert has been issued", "… and does not intend to …", "…
// and has been closed since May", "… but the list was posted".
const JOINED_CLAUSE = String.raw`\s+(?:and|but)\s+(?:there\s+(?:is|are|was|were|has|have|had)|no\s+(?:one|body|[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)\s+(?:has|have|had|is|are|was|were)|(?:does|did|do)(?:\s+not|n['’]t)|(?:has|have|had)(?:\s+not|n['’]t)?\s+been)\b|\s+but\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:is|are|was|were|has|have|had)\b`;
// The cuts that open on spaces are looked for only where a run of spaces starts: one found inside
// the run is found at its start first, and each offset inside it read the run again.
const NEXT_CLAUSE = new RegExp(
  String.raw`(?:,\s+(?:it|he|she|they|we|i|you|but|which|who|although|though|while|meaning|saying|according|as)\b|(?<!\s)(?:\s+and\s+(?:whether|how|what|why|when|where|who|will|would|could|may|might|is|are|was|were|${SPEECH_VERB_ALTERNATION})\b|${JOINED_CLAUSE}|\s+but\s+(?:that|also|not)\b|\s+(?:once(?!\s+\p{Ll}+ed\b)|until|unless)\s|\s*[:;]\s|\s+[—–-]{1,2}\s)|(?<=\p{L}{2})[.!?](?=[(\[])).*$`,
  'u',
);
const DANGLING_END = new RegExp(`(?<!\\s)\\s+(?:${phrases(grammar.danglingEnd.words)})$`, 'i');
// Where a long clause may end: before a coordinated, relative or subordinate clause or a prepositional
// phrase ("… and floods | that have displaced thousands").
const PHRASE_START = new RegExp(`^(?:${phrases(grammar.phraseStart.words)})$`, 'i');
// A phrase starts at a clause word or preposition, or at a participle after a noun ("France |
// calling on …") — but a preposition a verb or particle takes is part of it ("calling on",
// "drawn up by").
const phraseStartsAt = (words: string[], i: number) =>
  (PHRASE_START.test(words[i]) || (/^\p{Ll}+ing$/u.test(words[i]) && (tagged(words[i - 1].replace(/(?<!\W)\W+$/u, ''))[0]?.tags.includes('Noun') ?? false))) &&
  !/(?:ing|ed|en|wn)$|^(?:up|down|out|off|away)$/i.test(words[i - 1]) &&
  !DANGLING_END.test(` ${words[i - 1]}`);
export const shorten = (clause: string) => withoutLostPurpose(cut(clause));
const cut = (clause: string) => {
  const words = untilNextClause(clause.trim().replace(TRAILING_ATTRIBUTION, '').replace(NEXT_CLAUSE, '')).replace(/[.!?,;:]+$/, '').split(/\s+/);
  const limit = MAX_WORDS - 4;
  // ("… for unpaid wages or": a clause a rule's span cut short ends on no conjunction or
  // article; a preposition may end one, "what he was referring to".)
  if (words.length <= limit) return withoutCutEnds(words.join(' ').replace(/(?<!\s)(?:\s+(?:and|or|the|a|an))+$/i, ''));
  // Cut before the last phrase that starts within the limit, never inside a phrase ("without
  // letting potentially crushing").
  let end = limit;
  while (end > 2 && !phraseStartsAt(words, end)) end--;
  let out = words.slice(0, end > 2 ? end : limit).join(' ');
  while (DANGLING_END.test(out)) out = out.replace(DANGLING_END, '');
  return withoutCutEnds(out.replace(/[,;:]+$/, ''));
};
// What a cut leaves hanging at a clause's end is no part of the question.
// (adverb-fragment) "… on the brink of a split, just two months" or "…, now 75 and 61": an aside
// an adverb opens, with no verb, cut from the words that made it mean something.
// (clause-subject-end) "… to convince the jury that they": a clause cut after its subject.
const ADVERB_FRAGMENT = /,\s+(?:\p{Ll}+ly|just|now|only|even|nearly|almost|about)\s+[^,]*$/u;
const SUBJECT_END = /(?<!\s)\s+(?:that|which|who|because|if|when|while)\s+(?:they|he|she|it|we)$/u;
function withoutCutEnds(clause: string): string {
  const fragment = ADVERB_FRAGMENT.exec(clause);
  const out = fragment && !tagged(fragment[0].slice(1)).some((t) => FINITE(t.tags)) ? clause.slice(0, fragment.index) : clause;
  return out.replace(SUBJECT_END, '');
}
// "… attacks to provoke them": the purpose, told with a pronoun whose referent the question lost.
const withoutLostPurpose = (clause: string) => clause.replace(/(?<!\s)\s+to\s+\p{Ll}+\s+(?:them|him|her|us)$/u, '');
// "The ceasefire" and "Turning away" lose their capital inside a question; names keep theirs.
// "…for the holiday season, local shops made $2 million": after a comma, a part with a verb
// of its own is another clause.
function untilNextClause(text: string): string {
  const parts = text.split(/(?=,\s)/);
  let out = parts[0];
  for (const part of parts.slice(1)) {
    // Only an unambiguous finite verb: compromise also reads nouns such as "attack" as present tense.
    if (tagged(part).some((t, i, all) => FINITE(t.tags) && !t.tags.includes('Infinitive') && all[i - 1]?.text !== 'to')) break;
    out += part;
  }
  return out;
}

const isAdjective = (word: string) => {
  const tags = tagged(word)[0]?.tags ?? [];
  return tags.includes('Adjective') && !tags.some((t) => /Noun|Name|Person|Place/.test(t));
};
export const lowerFirst = (np: string) => {
  const [first, second] = np.split(' ');
  // "A supporter", "THE identity": a determiner in any case; "Immersive gaming": an adjective
  // capitalised only because it opened the sentence ("Walker" may be a name, so nouns keep theirs).
  if (DETERMINER.test(first) && !/^\d/.test(first)) return first.toLowerCase() + np.slice(first.length);
  if (SENTENCE_CASE.some((row) => row.match(first, np))) return np.charAt(0).toLowerCase() + np.slice(1);
  if (KEEPS_CAPITAL.some((row) => row.match(first, np))) return np;
  const opening = /^\p{Lu}\p{Ll}+$/u.test(first) && second !== undefined && /^\p{Ll}/u.test(second);
  // "Investigators", "Authorities have …": a plural common noun, capitalised only because it opened
  // the sentence (a party, a team or a surname compromise reads as a group or a name); "Former",
  // "Twenty-eight-year-old" before a name: a title's or an age's word.
  const common = (second === undefined || /^\p{Ll}/u.test(second)) && isCommonPlural(first);
  // "About 252,000 women": a word that qualifies a number.
  const approximate = APPROXIMATE.test(first) && /^\d/.test(second ?? '');
  return (opening && (/ing$/.test(first) || isAdjective(first.toLowerCase()))) || common || approximate || /^(?:Former|\p{Lu}[\p{Ll}-]*-year-old)$/u.test(first)
    ? np.charAt(0).toLowerCase() + np.slice(1)
    : np;
};
// The first word of a subject capitalised only because it opened the sentence, whatever else
// lowerFirst reads: each row names the kind of word. (Only where the words after it are lower
// case or none: "Police Chief Ray Allen" is a title with a name.)
const BODY_NOUN = new Set([...grammar.sentenceCaseNouns.words, ...GOVERNMENT_NOUNS]);
const ORDINAL = new RegExp(`^(?:${phrases(grammar.sentenceCaseOrdinals.words)})$`, 'i');
const restLower = (np: string) => np.split(/\s+/).slice(1).every((w) => !/^\p{Lu}/u.test(w));
export const SENTENCE_CASE: readonly { name: string; match: (first: string, np: string) => boolean }[] = [
  // (body-noun) "Police have not confirmed …", "Authorities have yet to …", "Security is looking
  // for …": a service or authority named by its common noun, never a person's name.
  { name: 'body-noun', match: (first, np) => /^\p{Lu}\p{Ll}+$/u.test(first) && BODY_NOUN.has(first.toLowerCase()) && restLower(np) },
  // (ordinal-title) "First runner-up Ana Diaz", "Second baseman Joe Ruiz": an ordinal before a
  // lower-case title, ahead of the name the title qualifies.
  { name: 'ordinal-title', match: (first, np) => ORDINAL.test(first) && /^\p{Ll}/u.test(np.split(/\s+/)[1] ?? '') },
];
// Words that keep their capital though an adjective's reading would lower them: each row names the kind.
export const KEEPS_CAPITAL: readonly { name: string; match: (first: string, np: string) => boolean }[] = [
  // (demonym) "Danish police", "Kenyan runners": a people's adjective is always written capitalised.
  { name: 'demonym', match: (first) => !!countryOfDemonym(first) },
];
// (Matched capitalised only: inside a sentence "about" or "some" keeps its case anyway.)
const APPROXIMATE = new RegExp(`^(?:${phrases(grammar.approximateNumber.words.map(cap))})$`);
// (Only people's plurals: "Investigators", "Officials", "Witnesses"; a surname in -s, "Rhodes",
// "Woods", is no role's plural, and parties' members, "Democrats", keep their capital.)
const NAMED = /ProperNoun|Person|Organization/;
function isCommonPlural(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word) || GROUP_NOUNS.has(word.toLowerCase()) || !singularRoleNoun(word)) return false;
  return !(tagged(`${word} said`)[0]?.tags ?? []).some((t) => NAMED.test(t));
}

export function infinitive(verb: string): string {
  // compromise reads a lone "considered" as an adjective; in a clause it is a verb.
  const inf = toInfinitive(verb) || toInfinitive(`they ${verb} it`).split(' ')[0];
  if (inf && inf !== verb) return inf;
  return verb.replace(/ies$/, 'y').replace(/(?:ss|sh|ch|x|z)es$/, (m) => m.slice(0, -2)).replace(/([^s])s$/, '$1');
}

// "Farmers also could …", "the council itself may …" (but "the family plans": a noun in -ly).
const TRAILING_ADVERBS = new RegExp(String.raw`(?<!\s)(?:\s+(?:${phrases(grammar.trailingAdverbs.words)}|\p{Ll}+ly))+$`, 'u');
const TIME = grammar.timeBeforeSubject;
const TIME_BEFORE_SUBJECT = new RegExp(
  String.raw`^(?:(?:${phrases(TIME.relative)})\s+(?:${phrases(TIME.units)}|\p{Lu}\p{Ll}+day)|${phrases(TIME.days)}|on\s+\p{Lu}\p{Ll}+day)\s+`,
  'u',
);
const BEFORE_SUBJECT = new RegExp(`^(?:${phrases(grammar.beforeSubject.words)}),?\\s+`, 'iu');
// The noun phrase right before the verb at `at`, back to the last clause boundary.
export function subjectBefore(text: string, at: number, coordinated = false): string | undefined {
  const head = text.slice(0, at);
  let from = 0;
  for (const m of head.matchAll(BOUNDARY_WORDS)) from = m.index! + m[0].length;
  for (const m of head.matchAll(LIKELIHOOD_FRAME)) from = Math.max(from, m.index! + m[0].length);
  // "Farmers also could …", "the council itself may …": the adverb stays out of the question.
  const subject = head
    .slice(from)
    .trim()
    .replace(TRAILING_ADVERBS, (m) => (m.trim().split(/\s+/).every((w) => !/ly$/.test(w) || tagged(w)[0]?.tags.includes('Adverb')) ? '' : m))
    // "said last week the bridge …": the time belongs to the saying.
    .replace(TIME_BEFORE_SUBJECT, '')
    // "Nevertheless one man …", "Today the film …", "…, meaning the closure could …", "…, saying
    // he would …": a connective or a time before the subject is no part of it.
    .replace(BEFORE_SUBJECT, '');
  // "Marsh said he had been reading up on …": the pronoun is the person who said it; "Acme says
  // it could build …", the body that said it.
  const speaker = /^(?:he|she|it)$/i.test(subject) ? REPORTER.exec(head)?.[1].replace(/^(?:But|And|So|Yet|Still|Now)\s+/u, '') : undefined;
  if (speaker) return speaker;
  if (isSubject(subject)) return joinedName(head.slice(0, from), subject) ?? joinedPhrase(head, from, subject) ?? subject;
  // (and-before-verb) "Okafor was freed on bail and is due in court in May": a second verb
  // shares the sentence's subject. (A rule whose match opens on the space before its verb
  // leaves no space after the "and", which is then no boundary: "… and| was charged with …".)
  const afterAnd = /\band\s*$/.test(head) && (!subject || /^and$/i.test(subject));
  const verbs = afterAnd && !coordinated ? [...head.matchAll(EARLIER_VERB)] : [];
  return verbs.length ? subjectBefore(text, verbs[verbs.length - 1].index!, true) : undefined;
}
// (joined-names) "Ruiz and Okafor were charged …": two names joined by "and" are one subject, which
// the boundary at the "and" would cut to the second. Only names: "the storm passed and officials
// said …" joins two clauses.
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const NAME_BEFORE_AND = new RegExp(String.raw`(?:^|[,;:]\s+|\b(?:that|said|says)\s+)(${NAME})\s+and\s+$`, 'u');
const WHOLE_NAME = new RegExp(String.raw`^${NAME}$`, 'u');
function joinedName(before: string, subject: string): string | undefined {
  const first = WHOLE_NAME.test(subject) ? NAME_BEFORE_AND.exec(before)?.[1] : undefined;
  const joined = first && `${first} and ${subject}`;
  return joined && isSubject(joined) ? joined : undefined;
}
// (joined-phrases) "Vance and the other riders may …", "Samples of soil and other tests could take
// …": a noun phrase joined by "and" to the subject the boundary at the "and" cut it to is part of
// it, where the two, back to the boundary before, read as one subject with no verb of its own
// ("the storm passed and officials …" joins two clauses).
const AND_BEFORE = /\band\s+$/u;
function joinedPhrase(head: string, from: number, subject: string): string | undefined {
  const before = head.slice(0, from);
  if (!AND_BEFORE.test(before)) return undefined;
  let start = 0;
  for (const m of before.slice(0, before.search(AND_BEFORE)).matchAll(BOUNDARY_WORDS)) start = m.index! + m[0].length;
  const first = before.slice(start).replace(AND_BEFORE, '').trim().replace(TIME_BEFORE_SUBJECT, '').replace(BEFORE_SUBJECT, '');
  const joined = `${first} and ${subject}`;
  // (isSubject reads no pronoun as a subject: "Marsh said she and the riders …" joins nothing.)
  return first && isSubject(first) && isSubject(joined, true) ? joined : undefined;
}
const EARLIER_VERB = /\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|\p{Ll}+ed)\s/gu;

// A noun phrase a reader can picture: "the central bank", "North Korea", "Cooper" — not a
// pronoun, not a clause ("Researchers believe this gene"), not an adverb or a conjunction
// ("even the customer", "Although it").
const REPORTER = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:said|says|told\s+\S+)\s+(?:that\s+)?(?:he|she|it)\s*$/u;
export const DETERMINER = new RegExp(String.raw`^(?:${phrases(grammar.determiners.words)}|\d[\d,.]*)$`, 'i');
// Words that open a clause or qualify one, never a noun phrase.
const NOT_OPENING = new RegExp(`^(?:${phrases(grammar.notOpening.words)})$`, 'i');
// ("a man suspected of robbing …", "the priest accused of abuse".)
const PARTICIPLE_PREPOSITION = new RegExp(`^(?:${phrases(grammar.participlePrepositions.words)})$`);
/** `beforeVerb`: a verb follows, so a last word in -s is a plural noun ("Trump associates"). */
// "Ms. Lindqvist", "Gov. Halvorsen": a title's dot ends no sentence.
const HONORIFIC_DOT = new RegExp(String.raw`\b(?:${[...HONORIFICS].join('|')})\.`, 'giu');
export function isSubject(subject: string, beforeVerb = false): boolean {
  const words = subject.split(/\s+/).filter(Boolean);
  // (An apposition's closing comma left on it: "Col. Ali Hassan," stands for another subject.)
  if (!words.length || words.length > 7 || /,$/.test(subject) || /[.!?;:#"“”]|[^\x00-\u024f\u2018-\u201d\s]/u.test(subject.replace(/\b(?:\p{L}\.)+/gu, '').replace(HONORIFIC_DOT, ''))) return false;
  const [first] = words;
  if (/^(?:he|she|it|they|we|i|you|this|that|there)$/i.test(first) || NOT_OPENING.test(first)) return false;
  // (clause-subject) "Asked how the museum would pay …": a wh-word makes the words a clause.
  if (words.some((w) => /^(?:how|why|whether)$/i.test(w))) return false;
  // "some", "many": a determiner alone names no one.
  if (words.length === 1 && DETERMINER.test(first)) return false;
  if (words.length > 1 && STOPWORDS.has(words[words.length - 1].toLowerCase())) return false;
  // "the central bank", "North Korea", "armed groups", "turning away from one truck"; a finite
  // verb after the first word makes it a clause ("Researchers believe this gene").
  // "Former Denton Police Officer Ray Allen Malden": a name and its title, whatever the tagger
  // makes of "Police".
  if (words.every((w) => /^\p{Lu}/u.test(w))) return true;
  const terms = tagged(subject);
  // "state officials": a word compromise reads alone as a verb is a noun after a determiner.
  const nounAfterThe = (w: string) => tagged(`the ${w}`)[1]?.tags.includes('Noun') && terms.at(-1)!.tags.includes('Plural');
  // "police were searching": a lone word compromise reads alone as a verb is the plural noun it
  // reads after "the" (the clause's verb follows it).
  const pluralAlone = words.length === 1 && /^\p{Ll}+$/u.test(first) && !!tagged(`the ${first}`)[1]?.tags.includes('Plural');
  const nominal = DETERMINER.test(first) || /^\p{Lu}/u.test(first) || terms[0]?.tags.some((t) => /^(?:Noun|Adjective|Gerund)$/.test(t)) || (words.length > 1 && nounAfterThe(subject)) || pluralAlone;
  const plural = (i: number) => beforeVerb && i === terms.length - 1 && /s$/.test(terms[i].text);
  // "a battery based on this design": a participle before its preposition qualifies the noun.
  const participle = (i: number) => /ed$/.test(terms[i].text) && PARTICIPLE_PREPOSITION.test(terms[i + 1]?.text ?? '');
  return !!nominal && !terms.slice(1).some((t, i) => FINITE(t.tags) && terms[i].text !== 'to' && !plural(i + 1) && !participle(i + 1));
}

// "have left", "have already consulted": the perfect, not "have the capacity" nor "have to".
export function isPerfect(clause: string): boolean {
  const word = /^have\s+(?:(?:already|never|not|also|just|ever|\p{Ll}+ly)\s+)*['‘’"“]?(\p{Ll}+)/u.exec(clause)?.[1];
  if (!word) return false;
  const tags = taggedWords(`they have ${word}`)[2]?.tags ?? [];
  return /^(?:done|run|come)$|ed$/.test(word) || tags.includes('PastTense') || tags.includes('Participle') || isBarePast(word);
}
// (bare-past-participle) "had cut the budget", "has spread to the coast": a verb whose past is its
// own bare form ("cut", "set", "hit", "cost") has that form for its participle too; compromise
// reads it alone after "have" as a noun, and the question asked possession ("Did … have cut …?").
// Only such a verb of one syllable or a compound ending in one ("forecast", "upset"): compromise
// also gives a bare past to nouns it conjugates by their spelling ("budget", "program").
const ONE_SYLLABLE = /^[^aeiouy]*[aeiouy]+[^aeiouy]*$/;
const isOwnPast = (word: string) => infinitive(word) === word && verbForms(word)?.PastTense === word;
function isBarePast(word: string): boolean {
  if (!isOwnPast(word)) return false;
  return Array.from(word, (_, i) => word.slice(i)).some((end) => end.length >= 3 && ONE_SYLLABLE.test(end) && (end === word || isOwnPast(end)));
}

export const FINITE = (tags: string[]) => (tags.includes('PresentTense') || tags.includes('PastTense') || tags.includes('Modal')) && !tags.includes('Gerund');
/** compromise's reading of a clause, word by word. */
export function tagged(text: string): { text: string; tags: string[] }[] {
  return taggedWords(text);
}

// "what the lake will do this winter" → "What will the lake do this winter?"; "who ordered the
// strike" and "how many people were inside" keep their order (the wh-word is, or holds, the subject).
export function whQuestion(wh: string, clause: string): string | undefined {
  // "how useful the new rules would be": the adjective belongs to "how".
  const degree = /^how$/i.test(wh) ? /^(\p{Ll}+)\s+(.+)$/u.exec(clause.trim()) : null;
  if (degree && isAdjective(degree[1]) && !/ly$/.test(degree[1])) return whQuestion(`${wh} ${degree[1]}`, degree[2]);
  const c = shorten(clause);
  // "who ordered the strike", "how many people were inside": the clause needs its verb ("How
  // much of the area?" is no question).
  // "who ordered …", "how many people were …" ask for the subject; "how much it cost" does not.
  const first = c.split(/\s+/)[0];
  // "who else the choir would invite": a subject and its auxiliary after "who" make it the object
  // ("Who else would the choir invite?").
  // The subject opens on a word after "else" (a run of spaces is read one way only).
  const object = /^who$/i.test(wh) ? /^(else\s+(?!\s))?(.{2,50}?)\s+(will|would|can|could|may|might|should|is|are|was|were|has|have|had)(?:\s+(\p{Ll}.*))?$/u.exec(c) : null;
  if (object && (object[4] || /^(?:is|are|was|were)$/.test(object[3])) && isSubject(object[2]) && !FINITE(tagged(object[2])[0]?.tags ?? [])) {
    return `Who ${object[1] ?? ''}${object[3]} ${lowerFirst(object[2])}${object[4] ? ` ${object[4]}` : ''}?`;
  }
  // "who the gunman believed was following him", "who he meant": a subject and its verb after "who"
  // make it the object ("Who did the gunman believe …?"); a pronoun for that subject leaves the
  // reader guessing, as in a yes/no question.
  if (/^who$/i.test(wh)) {
    const words = tagged(c);
    const at = words.findIndex((t, i) => i > 0 && FINITE(t.tags) && !t.tags.some((x) => /Modal|Copula|Auxiliary|Noun/.test(x)));
    const subject = c.split(/\s+/).slice(0, at).join(' ');
    if (at > 0 && words.length === c.split(/\s+/).length && !FINITE(words[0].tags) && !words[0].tags.includes('Adverb')) {
      if (/^(?:he|she|it|they|we|i|you)$/i.test(subject)) return undefined;
      if (isSubject(subject, true)) {
        const verb = words[at];
        const does = verb.tags.includes('PastTense') ? 'did' : isPluralPhrase(subject) ? 'do' : 'does';
        const rest = c.split(/\s+/).slice(at + 1).join(' ');
        return `Who ${does} ${lowerFirst(subject)} ${infinitive(verb.text)}${rest ? ` ${rest}` : ''}?`;
      }
    }
  }
  // "how many ballots the county had counted": a subject and its auxiliary after the counted
  // noun make the noun the object, and the auxiliary goes first ("How many ballots had the
  // county counted?").
  const counted = /^how\s+(?:many|much)$/i.test(wh) ? /^(\p{Ll}+)\s+((?:the|a|an|his|her|its|their|our|this|that|these|those|\p{Lu}[\p{L}'’.-]*)(?:\s+[\p{L}'’.-]+){0,4}?)\s+(will|would|can|could|may|might|should|is|are|was|were|has|have|had)\s+(\p{Ll}.*)$/u.exec(c) : null;
  // ("her" opens no subject alone, but "her campaign" is one.)
  if (counted && isSubject(counted[2].replace(/^(?:his|her|its|their|our)\s+/iu, 'the '), true)) return `${cap(wh)} ${counted[1]} ${counted[3]} ${lowerFirst(counted[2])} ${counted[4]}?`;
  const holdsSubject = /^(?:who|which)$/i.test(wh) || (/^how\s+(?:many|much)$/i.test(wh) && !/^(?:it|there)$/i.test(first) && !DETERMINER.test(first));
  if (holdsSubject) return tagged(c).some((t) => FINITE(t.tags)) ? `${cap(wh)} ${c}?` : undefined;
  // "what started the fire": the wh-word is the subject when a verb comes first.
  const opening = tagged(c)[0];
  if (/^what$/i.test(wh) && opening && FINITE(opening.tags) && !opening.tags.some((t) => /Noun|Modal|Copula|Auxiliary/.test(t))) return `What ${c}?`;
  // "what will follow in the spring", "what has become of the hikers": a modal or an
  // auxiliary first, the wh-word is its subject.
  if (/^what$/i.test(wh) && /^(?:will|would|could|might|may|can|has|had)\s+\p{Ll}+\s+\S/u.test(c)) return `What ${c}?`;
  // "what the fault was": the copula last goes first.
  const copula = /^(.{2,50}?)\s+(is|are|was|were)$/u.exec(c);
  if (copula && isSubject(copula[1])) return `${cap(wh)} ${copula[2]} ${lowerFirst(copula[1])}?`;
  // The subject must be a noun phrase: in "what she wants to do with …" the "do" is no auxiliary,
  // and "What she wants …?" is no question. After "how long", "how much", an "it" or "there" is no
  // one in particular ("how long it would take" → "How long would it take?").
  const inverted = /^(.{2,50}?)\s+(will|would|can|could|may|might|should|must|is|are|was|were|has|have|had|did|does|do)\s+(.+)$/u.exec(c);
  const expletive = /^how\s/i.test(wh) && /^(?:it|there)$/i.test(inverted?.[1] ?? '');
  if (inverted && wordCount(inverted[1]) <= 6 && (expletive || isSubject(inverted[1]))) return `${cap(wh)} ${inverted[2]} ${lowerFirst(inverted[1])} ${inverted[3]}?`;
  // "why the birds left the island": the verb alone takes "did" or "does" as a yes/no question would.
  // (what-object) "what Lindgren plans to build on the plot": after "what", a noun phrase and its verb
  // make "what" the object ("What does Lindgren plan to build …?"); a pronoun subject is no noun phrase.
  if (/^(?:why|where|when|how|what)$/i.test(wh)) {
    const words = tagged(c);
    let at = words.findIndex((t, i) => i > 0 && FINITE(t.tags) && !t.tags.some((x) => /Modal|Copula|Auxiliary|Noun/.test(x)));
    // (get-passive) "when Ruiz got involved in the scheme": "got" is the verb that takes "did", not an
    // auxiliary the participle's question drops ("When did Ruiz get involved …?").
    const got = at > 1 && GET_PASSIVE.exec(words[at - 1].text);
    if (got) at--;
    // (adverb-before-verb) "why the town still uses the old well": the adverb stays with the verb
    // ("Why does the town still use the old well?"), as in a yes/no question.
    const before = c.split(/\s+/).slice(0, at).join(' ');
    const adverb = ADVERB_BEFORE_VERB.exec(before);
    const subject = adverb ? before.slice(0, adverb.index) : before;
    // ("a town in which young workers live …": a verb of a relative clause is not the clause's own.)
    if (at > 0 && words.length === c.split(/\s+/).length && !/\b(?:which|who|whom|whose|that)\b/i.test(subject) && isSubject(subject, true)) {
      const verb = words[at];
      const past = got ? got[1] === 'got' || got[1] === 'gotten' : verb.tags.includes('PastTense');
      const does = past ? 'did' : (got ? got[1] === 'get' : isPluralPhrase(subject)) ? 'do' : 'does';
      const rest = c.split(/\s+/).slice(at + 1).join(' ');
      return `${cap(wh.toLowerCase())} ${does} ${lowerFirst(subject)} ${adverb ? `${adverb[1]} ` : ''}${got ? 'get' : infinitive(verb.text)}${rest ? ` ${rest}` : ''}?`;
    }
  }
  return undefined;
}

const GET_PASSIVE = /^(got|gets|get)$/i;
// (joined-subject) "the singer was a great talent and the band is still a draw": after the verb,
// "and" with a subject and a verb of its own opens another clause ("--and" too), which the
// question leaves out ("Was the singer a great talent?").
const JOINED_SUBJECT = /(?:(?<!\s)\s+and\s+(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}'’-]*)|(?<=[\p{L}\d])-{2}and\s+[\p{L}'’-]+)(?:\s+[\p{L}'’-]+){0,4}?\s+(?:is|are|was|were|would|will|could|has|have|had)\s.*$/u;
const ADVERB_BEFORE_VERB = new RegExp(`(?<!\\s)\\s+(${phrases(grammar.adverbBeforeVerb.words)})$`, 'u');

/** Rewrites an open clause as a yes/no question: "X could soon do Y" → "Will X soon do Y?". */
export function yesNo(clause: string): string | undefined {
  // The question is neutral: "couldn’t have been handled" asks "Could … have been handled?".
  const c = clause
    .trim()
    .replace(/[.!?]+$/, '')
    .replace(/\bcan['’]t\b|\bcannot\b/gi, 'can')
    .replace(/\bwon['’]t\b/gi, 'will')
    .replace(/\b(could|would|should|can|will|is|are|was|were|has|have|had|did|does|do|may|might)(?:n['’]t|\s+not)\b/gi, '$1');
  const aux = /^(.{2,80}?)\s+(is|are|was|were|has|have|had|will|would|can|could|may|might|should)\s+(.+)$/u.exec(c);
  // "there was a camera in the room" → "Was there a camera in the room?"
  const there = /^there\s+(is|are|was|were|will be|has been|had been)\s+(.{4,})$/iu.exec(c);
  if (there) {
    const [verb, ...more] = there[1].split(' ');
    return `${cap(verb)} there ${more.length ? `${more.join(' ')} ` : ''}${shorten(there[2])}?`;
  }
  // A bare pronoun subject ("Was it functioning?") leaves the reader guessing.
  if (/^(?:it|he|she|they|this|that|we|i|you)\s/i.test(c)) return undefined;
  if (aux && isSubject(aux[1])) {
    // "Vance had a knife": "have" as the verb itself is asked with "do".
    if (/^ha(?:s|ve|d)$/.test(aux[2]) && !isPerfect(`have ${aux[3]}`) && !/^(?:to|got)\s/.test(aux[3])) {
      const does = aux[2] === 'had' ? 'Did' : aux[2] === 'has' ? 'Does' : 'Do';
      return `${does} ${lowerFirst(aux[1])} have ${shorten(aux[3])}?`;
    }
    // "the gunman may have known the victims" → "Did the gunman know the victims?"
    if (/^(?:may|might)$/.test(aux[2]) && /^have\s/.test(aux[3])) {
      const plain = plainQuestion(aux[1], aux[3], true);
      if (plain) return plain;
    }
    const speculative = ['may', 'might', 'could', 'would'].includes(aux[2]);
    const modal = speculative ? (isPerfect(aux[3]) ? 'could' : 'will') : aux[2];
    return `${cap(modal)} ${lowerFirst(aux[1])} ${shorten(aux[3].replace(JOINED_SUBJECT, ''))}?`;
  }
  // The first word read as a verb in the clause, after a noun phrase: not "hours" in "the hours
  // before …".
  const words = tagged(c);
  const verbs = new Set(words.filter((t) => FINITE(t.tags)).map((t) => t.text));
  // "whether the parade began at the station", "the firm paid $2 million": a verb's irregular past,
  // as compromise reads it in the clause, is a verb like one in -ed.
  const irregular = new Set(words.filter((t) => t.tags.includes('PastTense') && !/ed$/.test(t.text)).map((t) => t.text));
  for (const verb of c.matchAll(/\s(\p{Ll}+)(?=\s+(\S+))/gu)) {
    if (!/(?:s|ed)$/.test(verb[1]) && !(irregular.has(verb[1]) && isIrregularPast(verb[1], verb[2]))) continue;
    const subject = c.slice(0, verb.index);
    // "as", "is": a function word is no verb of the clause's own.
    if (STOPWORDS.has(verb[1])) continue;
    // compromise misses rare verbs ("augurs"); one followed by its object's determiner is one.
    const objectFollows = /^(?:a|an|the|his|her|its|their|this|that|these|those)$/i.test(verb[2]);
    // "Trump associates coordinated": a verb right after it makes the first word a noun.
    const verbFollows = verbs.has(verb[2]) && /^\p{Ll}+(?:s|ed)$/u.test(verb[2]);
    // "Trump's alleged efforts": a possessive owns a noun; "temperature rises … could result": a
    // modal later on is the clause's verb.
    const possessive = /['’]s$/.test(subject);
    const modalLater = /^[^,]*?\s(?:would|could|will|may|might|can|should|must)\s/.test(c.slice(verb.index! + verb[0].length));
    // "a man suspected of robbing … is in custody", "the king fled was fueled by …": before the
    // clause's own auxiliary, with no clause word between, the word is a participle of its subject.
    // It is asked with that auxiliary, the whole phrase its subject ("Is a man suspected of … in
    // custody?"), when the phrase opens with a determiner.
    const later = AUXILIARY_LATER.exec(c.slice(verb.index! + verb[0].length));
    if (later) {
      const whole = `${c.slice(0, verb.index! + verb[0].length)}${later[1]}`.trim();
      const [aux, ...been] = later[2].split(/\s+/);
      const described = isParticiple(verb[1]) && isSubject(subject, true) && !/\s(?:did|does|do|will|would|could|can|may|might|should|must)\s/.test(`${later[1]} `);
      if (!described || !DETERMINER.test(whole.split(/\s+/)[0]) || /^no$/i.test(whole.split(/\s+/)[0]) || wordCount(whole) > 14) continue;
      return `${cap(aux)} ${lowerFirst(whole)}${been.length ? ' been' : ''} ${shorten(later[3])}?`;
    }
    // (adverb-before-verb) "whether the firm ever paid the fee": the adverb stays with the verb
    // ("Did the firm ever pay the fee?").
    const adverb = ADVERB_BEFORE_VERB.exec(subject);
    const head = adverb ? subject.slice(0, adverb.index) : subject;
    if (!(verbs.has(verb[1]) || objectFollows) || verbFollows || possessive || modalLater || subject.length > 80 || !isSubject(head, true)) continue;
    const past = verb[1].endsWith('ed') || irregular.has(verb[1]);
    return `${past ? 'Did' : 'Does'} ${lowerFirst(head)}${adverb ? ` ${adverb[1]}` : ''} ${infinitive(verb[1])} ${shorten(c.slice(verb.index! + verb[0].length))}?`;
  }
  return undefined;
}

// The past of its verb ("began", "paid"), not a participle ("gone", "written") nor a word compromise
// only reads as one ("unknown"); a past that is also the participle ("found", "held") is one only
// before its object, not before a preposition ("coins found while digging a trench").
const AFTER_PARTICIPLE = new RegExp(`^(?:${phrases(grammar.afterParticiple.words)})$`, 'i');
function isIrregularPast(word: string, next: string): boolean {
  const base = infinitive(word);
  const forms = base !== word ? verbForms(base) : undefined;
  if (forms?.PastTense !== word) return false;
  return (forms.Participle !== undefined && forms.Participle !== word) || !AFTER_PARTICIPLE.test(next);
}

// "suspected", "found", "held": a participle; "did", "went" are pasts only.
const isParticiple = (word: string) => {
  if (/ed$/.test(word)) return true;
  const forms = verbForms(infinitive(word));
  return forms?.Participle === word || (forms?.Participle === undefined && forms?.PastTense === word);
};
const AUXILIARY_LATER = /^((?:(?!\s(?:that|which|who|whom|whose|when|where|because|after|before|if|as|while|since|until|than|and|but|or)\s)[^,;:])*?)\s(is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(\S.*)$/;

// "known" → "know": compromise finds the verb of some participles only from the verb's side.
function baseOf(participle: string): string {
  const base = infinitive(participle);
  if (base !== participle || !/wn$/.test(participle)) return base;
  return verbForms(participle.slice(0, -1))?.Participle === participle ? participle.slice(0, -1) : base;
}

/**
 * A claim told with a hedge, asked plainly: the predicate that followed the hedge, in the tense
 * the hedge told it ("is believed to | have fled to Mexico" → "Did the suspect flee to Mexico?",
 * "are thought to | be based in China" → "Are the hackers based in China?", "appeared to | lose
 * control" → "Did the driver lose control?").
 */
export function plainQuestion(subject: string, predicate: string, past: boolean): string | undefined {
  const [first, ...more] = predicate.trim().replace(/[.!?;:,]+["”’]?$/u, '').split(/\s+/);
  const s = lowerFirst(subject);
  // The head noun decides the number: "his work for the refugees" is one.
  // (Two joined by "and", "Ruiz and her coach", are plural too.)
  const head = subject.split(/(?<!\s)\s+(?:of|for|in|on|at|from|with|about|to|by|over)\s/)[0];
  const plural = isPluralPhrase(head) || /\sand\s/u.test(head);
  const ask = (head: string, rest: string[]) => {
    const tail = shorten(rest.join(' '));
    return tail ? `${head} ${tail}?` : undefined;
  };
  if (/^have$/i.test(first)) {
    const [participle, ...rest] = more;
    // "have hit the car": a participle that looks like its verb, read with the word after it.
    const verb = participle && taggedWords(`it may have ${participle} ${rest[0] ?? ''}`)[3]?.tags;
    // "may have to be reprinted" is an obligation, not a perfect.
    if (!participle || participle === 'to' || !(isPerfect(`have ${participle}`) || (verb?.includes('Verb') && !verb.includes('Noun')))) return undefined;
    if (participle === 'been') return ask(`${plural ? 'Were' : 'Was'} ${s}`, rest);
    const base = baseOf(participle);
    return ask(`Did ${s} ${base}`, rest) ?? `Did ${s} ${base}?`;
  }
  if (/^be$/i.test(first)) return ask(`${past ? (plural ? 'Were' : 'Was') : plural ? 'Are' : 'Is'} ${s}`, more);
  // A bare verb, as compromise reads it after "to": "to lose control", not "reported to police".
  const tags = tagged(`to ${first}`)[1]?.tags ?? [];
  if (!tags.includes('Infinitive') || tags.includes('Noun')) return undefined;
  const does = past ? 'Did' : plural ? 'Do' : 'Does';
  return ask(`${does} ${s} ${first}`, more) ?? `${does} ${s} ${first}?`;
}

// (joined-verb-agreement) "Does the firm go its own way and actually sells …?": a second verb
// joined by "and" to the bare verb a question asks with ("Will", "Does", "Can" …) keeps the
// tense the sentence told it in; asked, it takes the bare form too ("… and actually sell …?").
// Only a verb, as compromise reads it in the question, with its object, "to" or another verb
// after it ("win hearts and minds?", "dips and plunges throughout …", "members and volunteers
// climb" join nouns), and not one in a clause of its own ("the sense that the town cares about
// them and values them").
const BARE_VERB_QUESTION = /^(?:Will|Would|Does|Do|Did|Can|Could|Should|May|Might)\s/u;
const JOINED_PRESENT = new RegExp(String.raw`(\sand\s+(?:\p{Ll}+ly\s+)?)(\p{Ll}{3,}s)(?=\s+(?:${phrases(grammar.joinedVerb.objects)})[\s?])`, 'gu');
const CLAUSE_BEFORE = new RegExp(String.raw`\s(?:${phrases(grammar.joinedVerb.clauseOpeners)})\s`, 'u');
export function agreeingVerbs(q: string): string {
  if (!BARE_VERB_QUESTION.test(q)) return q;
  const words = tagged(q.slice(0, -1));
  return q.replace(JOINED_PRESENT, (all, and: string, verb: string, at: number) => {
    const read = words.find((w) => w.text === verb);
    return read?.tags.includes('PresentTense') && !read.tags.includes('Noun') && !CLAUSE_BEFORE.test(q.slice(0, at + 1)) ? `${and}${infinitive(verb)}` : all;
  });
}

// BROKEN_QUESTION rows: a question a rule wrote from a clause it misread is broken English an
// editor would not print ("Did the king flee was …?", "… on a dubious?"). Each row names one
// misreading; a question any row matches is not asked as written, so the next rule, or a plainer
// form built from the same sentence, asks it instead.
const BROKEN = grammar.brokenQuestion;
const YES_NO = /^(?:Will|Would|Did|Does|Do|Is|Are|Was|Were|Has|Have|Had|Can|Could|Should)\s/u;
const CLAUSE_WORD_BETWEEN = new RegExp(String.raw`(?:^|\s)(?:${phrases(BROKEN.clauseWords)})(?=\s)|[,;:()—–]|\s-+\s|\p{L}-{2}\p{L}`, 'iu');
const BE_VERB = /\s(is|are|was|were)\s/gu;
const DETERMINER_END = new RegExp(String.raw`\s(?:${phrases(BROKEN.determinerEnd)})\?$`, 'u');
const VERBLESS_SUBORDINATE = new RegExp(String.raw`\s(?:${phrases(BROKEN.subordinators)})\s+((?!\s)(?!of\b)[^,;:]+|\s(?:of\b[^,;:]*)?)\?$`, 'u');
const STACKED = new RegExp(String.raw`\s(?:${phrases(BROKEN.stacked)})\s+(?:${phrases(BROKEN.subordinators)}|when|while|after|before|since)\s`, 'u');
// The word right before the "be" at `at`, as compromise reads it in the question.
const wordBefore = (q: string, at: number) => {
  const words = tagged(q.slice(0, -1));
  const text = q.slice(0, at).split(/\s+/).pop() ?? '';
  return words.find((w, i) => w.text === text && words[i + 1]?.text && /^(?:is|are|was|were)$/.test(words[i + 1].text));
};
export const BROKEN_QUESTION: readonly { name: string; match: (q: string) => boolean }[] = [
  {
    // (second-verb) "Did the king flee was fueled …?", "Was there such protests was found …?": a
    // "be" right after a bare verb, or a plural noun before "was", with no clause word, comma or
    // dash before it, is the sentence's own verb after a clause the rule took for the question.
    name: 'second-verb',
    match: (q) => {
      if (!YES_NO.test(q)) return false;
      for (const m of q.matchAll(BE_VERB)) {
        if (CLAUSE_WORD_BETWEEN.test(q.slice(q.indexOf(' '), m.index))) return false;
        const before = wordBefore(q, m.index!);
        if (!before) continue;
        const bareVerb = before.tags.includes('Verb') && !before.tags.some((t) => /Noun|Pronoun|Adjective|PastTense|Participle|Gerund|Copula|Modal|Auxiliary/.test(t));
        const pluralBeforeWas = m[1] === 'was' && before.tags.includes('Plural') && !/\bof\s+\S+\s*$/u.test(q.slice(0, m.index));
        if (bareVerb || pluralBeforeWas) return true;
      }
      return false;
    },
  },
  // (time-clause-subject) "Was Soon after the vote the plan dropped?": a time clause fronted before
  // the sentence's subject, read as the subject (mn-val-073), is no one the question asks about.
  { name: 'time-clause-subject', match: (q) => TIME_CLAUSE_SUBJECT.test(q) },
  // (determiner-end) "… found at their?", "… to each?": a word that needs a noun ends the question.
  { name: 'determiner-end', match: (q) => DETERMINER_END.test(q) },
  // (article-adjective-end) "Are some growers on a dubious?": an article and an adjective, the noun
  // cut off. (Only an adjective's own ending: "a suspect", "as a whole" end on a word that is a noun too.)
  { name: 'article-adjective-end', match: (q) => /\s(?:a|an)\s+\p{Ll}+(?:ous|ful|less)\?$/u.test(q) },
  // (verbless-subordinate) "… important for the birds because a survey?": "because" needs a clause.
  { name: 'verbless-subordinate', match: (q) => YES_NO.test(q) && !tagged(VERBLESS_SUBORDINATE.exec(q)?.[1] ?? 'is').some((t) => FINITE(t.tags) || t.tags.includes('Verb')) },
  // (stacked-subordinators) "Did the report conclude that because the theory was dropped …?": the
  // clause "that" opens was cut before its verb.
  { name: 'stacked-subordinators', match: (q) => YES_NO.test(q) && STACKED.test(q) },
  // (verbless-that-end) "Is there evidence that the two suspects?": a "that" clause cut before its verb.
  { name: 'verbless-that-end', match: (q) => YES_NO.test(q) && VERBLESS_THAT.test(q) && !tagged(VERBLESS_THAT.exec(q)![1]).some((t) => t.tags.includes('Verb')) },
  // (relative-end) "What are the two sites that?": a relative word after a noun ends the question.
  {
    name: 'relative-end',
    match: (q) => {
      const m = /\s(\p{Ll}+)\s+(?:that|which|who|whose)\?$/u.exec(q);
      return !!m && !!tagged(`the ${m[1]}`)[1]?.tags.includes('Plural');
    },
  },
  // (bare-noun-phrase) "Were the bodies of the two climbers?": a copula and a noun phrase, nothing said of it.
  { name: 'bare-noun-phrase', match: (q) => BARE_NP.test(q) && tagged(BARE_NP.exec(q)![1]).every((t) => t.tags.some((x) => /^(?:Noun|ProperNoun|Value|Possessive)$/.test(x)) && !t.tags.some((x) => /Adjective|Verb|Adverb/.test(x)) || /^(?:of|and)$/.test(t.text)) },
  // (plural-after-singular-verb) "Was deputies that …?": a singular verb before a bare plural
  // noun that opens the subject, the clause misread ("-ss", "-ics" and the like are no plurals).
  {
    name: 'plural-after-singular-verb',
    match: (q) => {
      const m = /^(?:Was|Is|Has|Does)\s+(\p{Ll}+s)\s/u.exec(q);
      return !!m && !/(?:ss|us|is|ics|ews|eries|ecies|abouts)$/u.test(m[1]) && !!tagged(`the ${m[1]} of`)[1]?.tags.includes('Plural');
    },
  },
];
const TIME_CLAUSE_SUBJECT = /^(?:Will|Would|Did|Does|Do|Is|Are|Was|Were|Has|Have|Had|Can|Could|Should)\s+(?:\p{Lu}\p{Ll}+ly|Soon|Long|Right|Hours|Minutes|Days|Weeks|Months|Years|Moments)\s+(?:after|before|since|until|once)\s/u;
const VERBLESS_THAT = /\sthat\s+((?:the|a|an|his|her|its|their|\p{Lu}[\p{L}'’-]*)(?:\s+[^\s,;:]+)*)\?$/u;
const BARE_NP = /^(?:Is|Are|Was|Were)\s+(?:the|a|an|his|her|its|their)\s+((?!\s)[^,;:]+|\s)\?$/u;
export const isBroken = (q: string) => BROKEN_QUESTION.some((row) => row.match(q));

// Where a sentence's clauses meet: a quote mark, a bracket, a semicolon, a colon or a dash; a comma
// before a word that joins a clause; a word that opens one; and both ends of a subordinate clause
// that runs to a comma ("While the board weighs the bid, …").
const breaks = grammar.clauseBreaks;
const HARD_BREAK = /[;:()[\]“”"]|\s[—–-]{1,2}\s|—/gu;
const JOINED_BREAK = new RegExp(String.raw`,(?=\s+(?:${phrases(breaks.joined)})\b)`, 'giu');
const OPENING_BREAK = new RegExp(String.raw`\s(?=(?:${phrases(breaks.opening)})\b)`, 'giu');
// (Only at the sentence's start, after a comma or after "that": "unclear if the bill passes" is
// what is unclear.)
const SUBORDINATE = new RegExp(String.raw`(^|,\s+|\bthat\s+)(?:${phrases(breaks.subordinators)})\b[^,;:.!?"“”]*,`, 'giu');
/** Each break's position: the mark, or the space before the word, that is no part of either clause. */
function clauseBreaks(sentence: string): number[] {
  const at = [HARD_BREAK, JOINED_BREAK, OPENING_BREAK].flatMap((re) => [...sentence.matchAll(re)].map((m) => m.index!));
  for (const m of sentence.matchAll(SUBORDINATE)) at.push(m[1] ? m.index! : -1, m.index! + m[0].length - 1);
  return at.sort((a, b) => a - b);
}

/** The clause of a sentence that holds the span [start, end): from the last break before it to the
 * first after it (a span across a break holds both clauses), without the marks at its ends. */
export function clauseAt(sentence: string, start: number, end: number): string {
  const cuts = clauseBreaks(sentence);
  const from = cuts.filter((i) => i <= start).at(-1);
  const to = cuts.find((i) => i >= end);
  return sentence
    .slice(from === undefined ? 0 : from + 1, to ?? sentence.length)
    .replace(/^[\s,;:.!?'’"“”()[\]—–-]+|[\s,;:.!?"“”()[\]—–-]+$/gu, '');
}
