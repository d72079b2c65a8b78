// Ask rules: how a sentence that leaves something open is written as a question. One named row
// per pattern of language, tried in order; the first that gives a well-formed question wins.
import type { QuestionKind } from '../../../format/schema.js';
import type { QuestionDraft } from '../../types.js';
import words from '../../data/open-questions.json';
import grammar from '../../data/question-clauses.json';
import { BODY_OF, CHARGE_DECIDED, COURT_DATE, DEMANDED, DOUBT_OVER, INQUIRY_ASKED, INQUIRING_WHETHER, FORECAST, POTENTIAL, PROMISE, SCHEDULED_FOR, SEARCHING, INQUIRING, UNDER_INQUIRY, IF_DECIDED_CLAUSE, askedForEffect, QUESTION_WORDS, IF_DECIDED_ELLIPTICAL, LEGAL_ACTION, EFFORT, LACKED, NOT_A_COURSE, PERSON, PENDING_PROCESS, PLURAL_WORD, PROCESS_NOUNS, UNKNOWN, withoutOtherSenses } from './signals.js';
import { phrases } from '../../text/phrases.js';
import { PERSONAL } from '../../text/grammar.js';
import { wordCount } from '../../text/tokens.js';
import { SPEECH_VERB_ALTERNATION, isPluralPhrase } from '../../lexicon.js';
import { masked, unmasked, withoutAsides } from './asides.js';
import { agreeingVerbs, cap, infinitive, isBroken, isPerfect, isSubject, lowerFirst, plainQuestion, shorten, subjectBefore, tagged, whQuestion, yesNo } from './clause.js';

const ASKS = words.asks;
const MODAL = /\b(may|might|could|will|would|can)\s+(?:soon\s+|still\s+|also\s+|now\s+)?(\p{Ll}+)\b/u;
const SET_TO = /\b(?:is|are|was|were)\s+(?:set|slated|scheduled|expected|due|poised|planning|going)\s+to\s+(\p{Ll}+)\b/u;
const WHETHER = /\bwhether\s+(?:or not\s+)?([^,;:.!?]{8,})/iu;
// "Asked if there was any link …, Ortega said …"
const ASKED_IF = /\basked\s+if\s+([^,;:.!?]{8,})/iu;
// "inspectors began asking the staff about the cause of the flood" → "What caused the flood?"
// (sought-cause) "Divers seeking the cause of a ferry's sinking …": the cause someone seeks, of an
// event told with "a" as it is first named, is that event's ("What caused the ferry's sinking?").
const CAUSE_OF = /\b(?:investigat\p{Ll}*|questioning|probing|examining|looking into|determine|seek(?:s|ing)?|unclear|unknown|not known|not clear)\b[^.;]{0,60}?\b(?:the\s+)?cause\s+of\s+((?:the|an?)\s+[^,;:.!?]{3,60})/iu;
// The event ends before its sentence's own verb: "the cause of the crash | are likely to focus on …".
const CAUSE_VERB = /(?<!\s)\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|can|should|must)\s.*$/u;
const causeQuestion = (m: RegExpExecArray) => `What caused ${shorten(m[1].replace(CAUSE_VERB, '')).replace(/^(?:an?|the)\s+/iu, 'the ')}?`;
// A "whether" clause that is the subject ends where its sentence's own verb begins: "Whether the
// plan will pass | depends on …", "… | remains to be seen".
// (Looked for only where a run of spaces starts: one found inside the run is found at its start
// first, and each offset inside it read the run again.)
const OUTER_PREDICATE = /(?<!\s)(?:\s+(?:(?:may|might|could|will|would|does|did)\s+(?:also\s+|still\s+)?)?(?:depends?|hinges?|rests?|turns?)\s+(?:on|upon)\b.*$|\s+(?:remains?|is|was)\s+(?:still\s+)?(?:to\s+be\s+seen|unclear|uncertain|unknown|not\s+(?:yet\s+)?(?:known|clear)|an\s+open\s+question|up\s+to)\b.*$)/iu;
// "The cause of the fire is still unclear", "The reasons the bridge wasn't inspected aren't entirely clear".
// Where a clause that may name the unknown begins: the sentence's start, or after a conjunction or
// a speech verb ("…, though the cause of the blaze is unknown", "the mayor said the meaning was unclear").
const SAYS = String.raw`\b(?:said|says|added|noted|stressed|confirmed)\b`;
// An opening phrase may stand before it: "With the coach gone, the club's future is an open question."
// A semicolon opens a clause of its own: "The mill closed in May; the cause of the leak was not disclosed."
const CLAUSE_START = String.raw`(?:^(?:[^,;:.!?]{3,150},\s+)?|,\s+(?:though|although|but|and|while)\s+|;\s+|${SAYS}\s+(?:that\s+)?)(?:but\s+|and\s+)?`;
// A noun phrase with "the" or a name's possessive: "the cause of the fire", "Andrea's identity".
// It ends on a word, or is its first three characters: ending inside a run of spaces would give
// nothing the run's start does not, and read the rest of the run from each offset in it.
const NP_CHAR = String.raw`(?!${SAYS})[^,;:]`;
const KNOWN_NP = String.raw`((?:the|\p{Lu}[\p{L}-]+['’]s)\s+(?!\s)(?:${NP_CHAR}){3}(?:(?:${NP_CHAR}){0,96}?(?!${SAYS})[^,;:\s])??)`;
// "the source of the smoke has yet to be determined".
// "The cost of the move is still anyone's guess": nobody can tell.
const GUESS = String.raw`(?:anyone|anybody)['’]s\s+guess`;
const UNCLEAR_NP = new RegExp(
  String.raw`${CLAUSE_START}${KNOWN_NP}\s+(?:(is|are|was|were|remains?)\s+(?:still\s+|also\s+)?(?:\p{Ll}+ly\s+)?(?:unclear|unknown|uncertain|${GUESS})|(is|are|was|were)(?:n['’]t|\s+not)\s+(?:yet\s+|\p{Ll}+ly\s+)?(?:clear|known)|(?:has|have|had)\s+(?:yet\s+to\s+be|not\s+(?:yet\s+)?been)\s+(?:determined|established)|(is|are)\s+yet\s+to\s+be\s+(?:determined|established)|(?<=\b(?:${phrases(words.withheldFacts.nouns)})\b[^,;:]{0,55}\s)(is|are|was|were)(?:n['’]t|\s+not)\s+(?:yet\s+|immediately\s+)?(?:${phrases(words.withheldFacts.verbs)}))\b`,
  'iu',
);
const NOT = String.raw`(?:can['’]t|cannot|won['’]t|(?:would|could|did|does|do|will|can)\s*(?:not|n['’]t))`;
// What is said not to be known or not to be told: "it is unclear", "police did not say", "declined to
// say". A short aside may follow it: "it's unclear, in particular, how …".
const UNTOLD = String.raw`(?:${UNKNOWN}|${NOT}\s+(?:yet\s+|\p{Ll}+ly\s+)?(?:say|confirm|predict|tell|explain|disclose|reveal|determine|know|specify)|(?:declined|refused)\s+to\s+(?:say|confirm|disclose|reveal|specify))(?:,\s+[^,;:.!?]{2,30},)?`;
// The clause after it, with an apposition or "if any" inside it, left out when asked: "why
// Hartwell, a dentist for nearly 20 years, was armed" → "Why was Hartwell armed?".
const INSIDE = String.raw`,\s+(?:(?:a|an|the)\s+[^,;:.!?]{2,50}|if\s+any|\d+),(?=\s)`;
const APPOSITION = new RegExp(INSIDE, 'giu');
// (It ends before a second unknown: "how many people entered or how the ring got the papers".)
const UNTOLD_CLAUSE = String.raw`((?:(?!\s(?:or|and)\s+(?:how|why|what|who|when|where|whether|if)\b)(?:[^,;:.!?]|${INSIDE}))+)`;
// A degree word may stand before the clause it qualifies: "unclear exactly what led to …", "not known
// precisely how many …".
const DEGREE = String.raw`(?:(?:${phrases(words.unknownDegree.words)})\s+)?`;
// "What's unknown is how many …", "What remains unclear is why …": the unknown named, then told.
const CLEFT = String.raw`(?:\s+(?:is|was)(?=\s+(?:who|what|when|where|why|how|which)\b))?`;
const UNCLEAR_WH = new RegExp(String.raw`\b${UNTOLD}${CLEFT}\s+${DEGREE}(who|what|when|where|why|how(?:\s+(?:${phrases(words.howWhat.words)}))?|which)\s+(?=[^,;:.!?]{6})${UNTOLD_CLAUSE}`, 'iu');
// A wh-clause that is itself the subject said to be unknown: "Why the guard was there was unclear."
// The clause ends on a word, or is its first four characters: ending inside a run of spaces would
// give nothing the run's start does not. Of the spaces after the wh-word, the clause may take at
// most five (so that four of them still make a clause): more would add nothing either. Without
// these each run of spaces was read from every offset in it, and again for each split before it.
const UNCLEAR_WH_SUBJECT = new RegExp(String.raw`^(?:but\s+|and\s+)?(who|what|when|where|why|how)\s+(?=\s{0,5}(?!\s))([^,;:.!?]{4}(?:[^,;:.!?]*?[^\s,;:.!?])??)\s+(?:(?:is|was|remains)\s+(?:still\s+)?(?:\p{Ll}+ly\s+)?(?:unclear|unknown|uncertain|a\s+mystery|${GUESS})|(?:is|was)(?:n['’]t|\s+not)\s+(?:yet\s+|\p{Ll}+ly\s+)?(?:clear|known))\b`, 'iu');
// "There are questions about whether the dam can hold", "speculation as to why the mill closed" →
// "Can the dam hold?", "Why did the mill close?": the clause the doubt is over.
const DOUBT_OVER_CLAUSE = new RegExp(String.raw`${DOUBT_OVER}\s+${DEGREE}(whether|who|what|when|where|why|how(?:\s+(?:${phrases(words.howWhat.words)}))?)\s+(?=[^,;:.!?]{6})${UNTOLD_CLAUSE}`, 'iu');
// "the plant will not be restarted until the river falls" → "When will the plant be restarted?"
// "… should be halted until the audit is complete" asks whether, not when.
const UNTIL = /\s(will|would|should|can|could)\s*(?:not\s+|n['’]t\s+)?(?:only\s+)?be\s+(\p{Ll}+(?:ed|en|wn|lt|ut)(?:\s+(?:safe|open|closed|ready|fit|complete|available))?)\s+until\b/iu;
// "The test results may not be known for weeks", "the count likely won't be complete for several
// days" → "When will the test results be known?": a fact put off for a span of time is still to come.
const NOT_FOR = /\s(?:\p{Ll}+ly\s+)?(?:(?:will|would|may|might|could)\s+not|(?:wo|would|could)n['’]t)\s+(?:\p{Ll}+ly\s+)?be\s+(\p{Ll}+(?:ed|en|wn)|known|available|ready|complete|clear)\s+for\s+(?:(?:several|a\s+few|many|some|two|three|four|five|six|\d+)\s+(?:more\s+)?)?(?:days|weeks|months|years)\b/iu;
// "The pier would be closed off if the tide rose …" → "Will the pier be closed off?"
const WOULD_IF = /\swould\s+(?:have\s+to\s+)?be\s+(\p{Ll}+(?:ed|en|wn|lt|ut)(?:\s+(?:down|up|off|out))?)\s+(?:[^,;]{0,30}\s)?if\b/iu;
// "Hensley has said he would gladly coach the junior team" → "Will Hensley coach the junior team?"
// "Parents have said they would love to meet the coach" → "Will Parents meet the coach …?"
const WOULD_PROMISE = /^(?:(?:but|and)\s+(?!\s))?(.{3,60}?)\s+(?:has\s+|have\s+|had\s+)?(?:said|says|offered|promised|pledged|vowed)\s+(?:that\s+)?(?:he|she|they|it)\s+would\s+(?:not\s+)?(?:\p{Ll}+ly\s+)?(?:(?:like|want|love)\s+to\s+)?(\p{Ll}+)\s+([^,;:.!?]{4,})/iu;
// "The union hopes for a vote next week" → "Will there be a vote next week?"
const HOPES_FOR = new RegExp(String.raw`\b(?:hopes?|hoping|hoped|calls?|calling|called|pushing|pushes|pressing)\s+for\s+(an?\s+(?:${phrases(ASKS.hopedFor)})\b[^,;:.!?]{0,50})`, 'iu');
const FORECAST_TAIL = /(?:,|(?<![\s,]))\s+(?:and|but)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:said|says|\p{Ll}+ed)\b.*$/u;
// "Ortega could not confirm the suspect's motive" → "What is the suspect's motive?"
const UNCONFIRMED_NP = /\b(?:(?:would|could|did|will|can)\s*(?:not|n't)|declined\s+to|refused\s+to)\s+(?:confirm|disclose|reveal|release|identify)\s+(the\s+[^,;:.!?]{3,80}|[\p{L}]+['’]s\s+[^,;:.!?]{3,80})/iu;
// "The source of the leak had long puzzled the engineers", "The motive remains a mystery".
const MYSTERY_NP = new RegExp(
  String.raw`${CLAUSE_START}${KNOWN_NP}\s+(?:(?:has|have|had)\s+(?:long\s+|also\s+|always\s+)?(?:puzzled|baffled|mystified|perplexed|eluded)|(?:is|are|was|were|remains?)\s+(?:still\s+)?(?:a\s+mystery|a\s+puzzle|an\s+enigma|an\s+open\s+question))\b`,
  'iu',
);
// "there is no evidence that the driver was drunk" (or "no evidence the driver was …") → "Was the driver drunk?"; "found no evidence
// of foul play" → "Was there foul play?"; "no explanation was given for the delay" → "What explains the delay?"
const NO_EVIDENCE = /\bno\s+(?:evidence|indication|proof)\s+(?:yet\s+)?(?:(?:that\s+|(?=(?:the|his|her|its|their)\s))([^,;:.!?]{8,})|of\s+(?!the\b|an?\b)([^,;:.!?]{3,40})(?![^\s,;:.!?]))/iu;
const NO_EXPLANATION = /\bno\s+(?:explanation|reason|motive)\s+(?:(?:was|has\s+been|had\s+been)\s+(?:given|offered)\s+)?for\s+(the\s+[^,;:.!?]{3,60}|[\p{L}]+['’]s\s+[^,;:.!?]{3,60})/iu;
// "The club's owner refused to comment on the transfer of its captain" → "What will the club's
// owner say about the transfer of its captain?"
const NO_COMMENT_ON = /\s(?:declined|refused|would\s+not|wouldn['’]t|did\s+not|didn['’]t)\s+(?:to\s+)?(?:comment|elaborate|speak)\s+(?:publicly\s+)?(?:on|about)\s+(the\s+[^,;:.!?]{3,60}|[\p{L}]+['’]s\s+[^,;:.!?]{3,60})/iu;
// "in a bid to show the council was acting fairly" → "Was the council acting fairly?";
// "part of a plan to repaint all six bridges" → "Will the plan to repaint all six bridges go ahead?";
// "in a drive to bring more tourists" → "Will the drive to bring more tourists succeed?"
// Not one said to have failed, nor "a drive to the coast".
const ATTEMPT = new RegExp(
  String.raw`\b(?<!\b(?:${phrases(words.attempt.done)})\s+(?:\p{Ll}+\s+)?)(${phrases(words.attempt.nouns)}|(?<=\b(?:a|an|the|its|his|her|their|this|that)\s+(?:(?!${PLURAL_WORD}\s)[\p{Ll}-]+\s+)?)(?:${phrases(words.attempt.plans)}))\s+to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those)\b)(\p{Ll}+)\s+(?:that\s+)?([^,;:.!?]{3,})`,
  'iu',
);
// "The team is working to reduce the cost of the battery" → "Will the team reduce the cost of the battery?"
const EFFORT_TO = new RegExp(String.raw`\s${EFFORT}\s+([^,;:.!?]{3,})`, 'iu');
const SHOWS = new RegExp(`^(?:${phrases(ASKS.claimVerbs)})$`, 'i');
const PLANS = new Set(words.attempt.plans);
// "Efforts to reach the family were unsuccessful", "efforts to influence the inquiry would amount
// to obstruction": the sentence tells of the attempt, its outcome or what it amounts to.
// ("A renewed attempt to … won't be supported by …": a negated verb tells it just the same.)
const ATTEMPT_TOLD = /\s(?:(?:is|are|was|were|has|have|had|will|would|could|may|might|can|should|did|does|failed|succeeded|fell|collapsed)\b|\p{Ll}+n['’]t\b)/iu;
/** Attempts named where the words before the noun tell that no outcome is still to come, in order:
 * each row names the kind and reads the sentence up to the noun. */
export const ATTEMPT_NOT_OPEN: readonly { name: string; match: RegExp }[] = [
  // "Crews will attempt to reach the ridge", "they push to reopen the line": after a modal, "to" or
  // a pronoun the noun is a verb, and what it tries is the modal's or the verb's to ask.
  { name: 'attempt-as-verb', match: /\b(?:will|would|could|can|may|might|must|should|to|[Tt]hey|[Ww]e|I|[Yy]ou)\s+(?:(?:still|also|now|again|\p{Ll}+ly)\s+)?$/u },
  // "After one attempt to climb the wall, the pair gave up", "after months of attempts to agree":
  // the sentence tells what came after the attempt, so it is over.
  { name: 'attempt-after', match: /\b[Aa]fter\s+(?:[\p{L}-]+\s+){0,3}$/u },
  // "a bill that outlaws any attempt to deny the famine": attempts of a kind, no one's attempt.
  { name: 'any-attempt', match: /\bany\s+(?:[\p{Ll}-]+\s+)?$/iu },
];
const INQUIRY_INTO = words.inquiry.nouns;
// What a sentence says is under inquiry when it names no matter: a pronoun, or "this" or "that"
// with a vague noun ("this entire matter", "that whole affair"), opening the sentence or its clause.
const VAGUE_INQUIRED = /(?:^|[,;]\s+|\b(?:said|says|and|but)\s+(?:that\s+)?)(?:it|this|that|(?:this|that|the)\s+(?:(?:entire|whole)\s+)?(?:matter|thing|affair|situation))\s*$/iu;
const INQUIRY_OF = words.inquiry.participles;
const YET_TO = /\b(?:has|have|had)\s+yet\s+to\s+(\p{Ll}+)\b/u;
// ("Costs are weighing on farmers", "the mayor is weighing in on the row": a burden or a comment, no course weighed.)
// (inquiring-into) "has been studying the flood maps" → "What will the study of the flood maps
// find?": the considering verbs that tell an inquiry name it by its noun.
const INQUIRING_INTO: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(ASKS.inquiringInto).filter(([k]) => k !== '_why'));
// The considering rule reads the verbs of a course weighed (the weighing signal's) and those of an inquiry.
const CONSIDERING_VERBS = [...words.weighing.verbs, ...Object.keys(INQUIRING_INTO)];
const CONSIDERING = new RegExp(String.raw`\b(?:is|are|was|were|has been|have been)\s+(?:still\s+)?(?<verb>${phrases(CONSIDERING_VERBS)})\s+${NOT_A_COURSE}([^,;:.!?]{4,})`, 'iu');
// "… for nearly a year", "… since March": how long the inquiry has run is no part of its matter.
const DURATION_END = /(?<!\s)\s+(?:for\s+(?:(?:nearly|almost|about|around|more\s+than|over|at\s+least|the\s+past|the\s+last)\s+)?(?:a|an|one|two|three|four|five|six|several|many|\d+)\s+(?:\p{Ll}+\s+)?(?:days?|weeks?|months?|years?|decades?)|since\s+[^,;:.!?]+)$/iu;
const EVENT_END = /\s+(?:daily|nightly|weekly|monthly|yearly|annually|until|unless|while|because)\b.*$/iu;
const AHEAD_OF = new RegExp(String.raw`\b(?:ahead of|before)\s+(?:a|an|the)\s+([^,;:.!?]{0,60}?\b(?:${phrases(ASKS.aheadOf)})\b[^,;:.!?]{0,40})`, 'iu');
// (participle-after-determiner) "the disputed region", "a questioned vote": after a determiner
// the word is an adjective of the noun, not a verb that tells a doubt or a report.
const AFTER_DETERMINER = String.raw`(?<!\b(?:the|a|an|its|his|her|their|this|that|these|those)\s+)`;
const DOUBT = new RegExp(String.raw`\b${AFTER_DETERMINER}(?:suspects?|doubts?|doubted|questioned|disputes?|disputed|denies|denied)\s+(?:that\s+)?(?:(?:the\s+)?(?:[\p{L}]+['’]s\s+)?(?:${phrases(ASKS.claimNouns)})\s+that\s+)?([^,;:!?]{8,})`, 'iu');

// "Varga insists he is innocent", "the club maintained that the fee was paid" → "Is Varga
// innocent?": a claim its holder keeps up against another account ("insisted on" asks for
// something, "maintained the road" keeps it).
const INSISTS = /\b(?:insists?|insisted|(?:maintains|maintained)(?=\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day\s+)?that\b))\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day\s+)?(?!on\b|upon\b)(?:that\s+)?([^,;:!?]{8,})/u;

// "he thought someone was trying to open the gate" → "Who was trying to open the gate?": a deed whose
// doer the sentence does not name; not a case supposed ("if someone had noticed", "when someone is running").
const SOMEONE = /\b(?<!\b(?:if|when|whenever|unless|until|once|as|every\s+time)\s+)(?:someone|somebody)\s+(?!who\b|that\b|else\b)((?:was|were|is|had|has|would|will|could|might|may|\p{Ll}+ed)\s+[^,;:.!?]{4,})/iu;

// "the company did not disclose the breach until September" → "Why did the company
// wait until September to disclose the breach?": a delay whose reason is not told.
// A run of whitespace is read one way only: what is delayed opens on a word, the spaces before it
// all the verb's (split three ways, a run of 8,000 took seconds).
const DELAYED = new RegExp(
  String.raw`\s(?:did\s+not|didn['’]t|had\s+not|hadn['’]t)\s+(?!(?:${phrases(words.unawareUntil.verbs)})\b)(\p{Ll}+)\s+(?!\s)((?:[^,;:.!?](?!\buntil\b)){2,80}?)\s+until\s+([^,;:.!?]{3,40}?)(?=\s+(?:when|after|because|as|and|but)\s|[,;:.!?]|$)`,
  'u',
);

// "No old records mention a market near the town" → "Do any old records
// mention a market near the town?"; "No one has claimed responsibility" → "Has anyone claimed
// responsibility?": what the sentence says nobody did, asked of anybody.
const NO_SUBJECT = /^(?:but\s+|and\s+|so\s+far,?\s+|to\s+date,?\s+|yet\s+)?no(?:\s+one\b|body\b|\s+(?!(?:longer|doubt|matter|more|less|sooner|further|way|wonder)\b)(?=\p{Ll}))\s*([^,;:.!?]{6,})/iu;
const AUX = /^(?:has|have|had|was|were|is|are)$/;
function noSubjectQuestion(m: RegExpExecArray): string | undefined {
  const words = m[1].trim().split(/\s+/);
  const read = tagged(`no ${words.join(' ')}`).slice(1);
  const anyone = /^no\s*(?:one|body)\b/i.test(m[0].replace(/^(?:but|and|so\s+far,?|to\s+date,?|yet)\s+/i, ''));
  // The subject's nouns end where its verb begins: up to three words ("historical documents").
  // The longest reading first: in "historical documents mention", "documents" may read as a verb.
  for (let n = anyone ? 0 : Math.min(3, words.length - 2); n >= (anyone ? 0 : 1); n--) {
    const who = anyone ? 'anyone' : `any ${words.slice(0, n).join(' ')}`;
    const [verb, ...rest] = words.slice(n);
    if (/^knows?$|^knew$/.test(verb)) return undefined;
    if (AUX.test(verb)) {
      const [participle, ...more] = rest.filter((w) => !/^(?:yet|so|far|\p{Ll}+ly)$/u.test(w));
      // "No one is sure why …" is an unknown the wh-rule asks.
      if (/^(?:sure|certain|clear|aware)$/.test(participle ?? '')) return undefined;
      return participle && more.length ? `${cap(verb)} ${who} ${participle} ${shorten(more.join(' '))}?` : undefined;
    }
    // The verb as compromise reads it in its clause: "mention" is a noun alone, a verb after "documents".
    const tags = read.length === words.length ? read[n].tags : (tagged(verb)[0]?.tags ?? []);
    if (!tags.includes('PresentTense') && !tags.includes('PastTense')) continue;
    if (read.length === words.length && read.slice(0, n).some((w) => !w.tags.some((t) => /Noun|Adjective|Value/.test(t)))) continue;
    // "No official record exists of the siege" → "Is there any official record of the siege?"
    if (/^exist(?:s|ed)?$/.test(verb)) return `${tags.includes('PastTense') ? 'Was' : 'Is'} there ${who} ${shorten(rest.join(' '))}?`;
    const does = tags.includes('PastTense') ? 'Did' : anyone || !isPluralPhrase(who) ? 'Does' : 'Do';
    return `${does} ${who} ${infinitive(verb)} ${shorten(rest.join(' '))}?`;
  }
  return undefined;
}

// A state not over, asked by what it leaves open: "The patient was in critical condition" → "Will
// the patient recover?"; "Several suspects remain at large" → "Will several suspects be caught?";
// "His arraignment was postponed" → "When will his arraignment take place?".
const IN_CONDITION = /\s(?:is|are|was|were|remains?|remained)\s+(?:[^,.;]{0,60}?\s)?in\s+(?:a\s+)?(?:critical|serious|grave)\s+condition\b/u;
// "missing a part" is lacking (LACKING), not lost.
const AT_LARGE = new RegExp(String.raw`\s(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(at\s+large|on\s+the\s+run|missing)\b(?!${LACKED})`, 'u');
const POSTPONED = /\s(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:postponed|put\s+off)\b/u;
const unsettledQuestion = (ask: (subject: string) => string) => (m: RegExpExecArray, s: string) => {
  const subject = subjectBefore(s, m.index);
  return subject && ask(lowerFirst(subject.replace(/[,;:]+$/, "")));
};

// Right after the clause's verb (or its participle), the verb of the sentence around it.
const OUTER_VERB = /^\s*(?:\p{Ll}+(?:ed|en|wn)\s+)?(?:is|are|was|were|has|have|had|does|do|did)(?:n['’]t)?\s/u;
const PERCEIVED = /^\s*(?:heard|seen|felt|smelled)\b/u;
// "Putin said he believed Washington plans more strikes" → "Does Washington plan more strikes?"
const BELIEF = /\b(?:believes?|believed|thinks|thought|fears?|feared)\s+(?:that\s+)?([^,;:!?]{8,})/iu;

// "Reyes expects engineers will soon find other cracks in the dam" → "Will engineers soon find
// other cracks in the dam?": what an actor expects, predicts or hopes will happen, asked
// whether it will ("had hoped" tells a hope already disappointed). The clause's own "will" or "would" must follow its subject within a few words
// ("hopes to", "expected to" are intentions the intends-to and set-to rows read); a question left
// with a bare "it" or "them" for its object has lost what it is about.
const EXPECTS_WILL = new RegExp(String.raw`\b(?<!\bhad\s+)(?:${phrases(ASKS.expectVerbs)})\s+(?:that\s+)?((?:the|a|an|his|her|their|its|\p{Lu}[\p{L}.'’-]*|\d[\d,]*)\s+(?:[^\s,;:!?]+\s+){0,5}?(?:will|would)\s+(?!have\b|not\b)[^,;:!?]{4,})`, 'iu');
const LOST_OBJECT = /\s(?:it|them|this|that)\?$/u;

// "no source for the leak has been determined" → "What is the source for the leak?"
const NO_NOUN_FOUND = /\bno\s+((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:determined|identified|found|established|confirmed|announced|named)\b/iu;
// "he has not been charged over the fire" → "Will he be charged …?"; "Greta
// hasn't signed the lease yet" → "Will Greta sign the lease?"
// (An adverb of manner may stand before the deed: "has not publicly identified the man" asks
// whether they will identify him.)
const NOT_YET_DONE = new RegExp(String.raw`\s(?:has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:(?:${phrases(words.notYetManner.words)})\s+)?(been\s+)?(\p{Ll}+ed|\p{Ll}+en|made|set|found|told|held|sold|paid)\b`, 'u');
// "an investigation into the fisherman's death is ongoing" → "What will the investigation into the fisherman's death find?"
// (sum-modifier) "according to a $3 million lawsuit filed in May": a sum may stand among the words before the noun.
const PROCESS_PHRASE = new RegExp(
  String.raw`\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|a\s+second|two|separate|parallel|for)\s+((?:(?:[\p{Ll}'’-]+|\$[\d.,]+)\s+){0,3}?(${PROCESS_NOUNS})\b(?:\s+(?:into|of|on|against|over|for)\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\p{L}'’.$-]+\s*){1,5})?)`,
  'u',
);
const FINDS = new Set(words.processes.find);
const RESULTS = new Set(words.processes.result);
const TOLD_RESULT = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|\p{Ll}+teen|twenty|thirty|forty|fifty|life)[- ](?:year|month|week|day)s?\b|\blife\b/iu;
// Where a process's own phrase ends: at a verb, a clause word or a comma.
// ("the election of the mayor between the two": a second phrase of its own ends it too.)
const PHRASE_END = /\s(?:is|are|was|were|has|have|had|will|would|could|may|might|that|which|who|and|but|after|before|when|since|as|in|on|at|by|with|for|to|from|this|last|next|said|says|between|among|until|while|because)\b.*$/iu;
// "a lawsuit against both the maker and its supplier": an object cut at its "and" lost its pair.
const LOST_PAIR = /\b(?:both|either|neither)\b/iu;
// "to cover their own repairs": a process word owned is a thing had ("own bill"), and "the own …" reads wrong.
const OWNED = /(?:^|\s)own\s/iu;
// Only adjectives and nouns stand between the determiner and the process: "the ongoing probe",
// not "the singer will officially launch" nor "the sirens from the ambulance".
const modifiersOnly = (np: string) =>
  tagged(np).every((t, i, all) =>
    i === all.length - 1
      ? t.tags.includes('Noun')
      : !/^(?:next|last|this|past|previous|primary|\p{Ll}+al)$/u.test(t.text) && t.tags.some((x) => /^(?:Adjective|Noun|Value|Gerund)$/.test(x)) && !t.tags.some((x) => /Verb|Preposition|Modal|Copula|Determiner/.test(x) && x !== 'Gerund'),
  );
// (object-verb) "an investigation into the broker began in May", "a search of the bay resumed at
// dawn": a past verb after the object is its sentence's own, not the object's.
function beforeVerb(object: string): string {
  const words = tagged(object);
  const split = object.split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && w.tags.includes('PastTense') && !w.tags.includes('Noun'));
  return at < 0 || words.length !== split.length ? object : split.slice(0, at).join(' ');
}
// (filed-against) "The suit was filed Monday in state court against Harrow Mills", "the lawsuit filed
// by Corvin Media": a legal action whose phrase names no party names it later in its clause; the
// question names the party it was filed against or by, when the name ends there ("against
// Tarrow Supervisor of Elections …" is a title cut short).
const FILED_PARTY = /^[^,;:.!?]{0,80}?\b(?:filed|brought|lodged)\b[^,;:.!?]{0,60}?\s(against|by)\s+(\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,3})(?=\s*[,;:.!?]|\s+(?:in|on|for|over|after|and|seeking|alleging|claiming)\b|$)/u;
const filedParty = (after: string) => {
  const m = FILED_PARTY.exec(after);
  return m ? (m[1] === 'by' ? ` filed by ${m[2]}` : ` against ${m[2]}`) : '';
};
/** Results (a decision, a ruling, a verdict) whose own sentence already tells them, in order: each
 * row names the kind and reads the words after the result's phrase. Asked "What will the decision
 * be?", such a result waits for what the sentence has just told. */
export const RESULT_TOLD: readonly { name: string; match: (after: string) => boolean }[] = [
  // (decision-content) "her decision to close the pool", "a decision not to renew the lease had
  // been made": a result told with what it decided is made (mn-val-073, 103, 204).
  { name: 'decision-content', match: (after) => /^\s*(?:not\s+)?to\s+\p{Ll}{2,}/u.test(after) },
];
function processQuestion(phrase: string, noun: string, after = ''): string | undefined {
  const head = phrase.slice(0, phrase.toLowerCase().indexOf(noun.toLowerCase()) + noun.length);
  if (!modifiersOnly(head) || OWNED.test(` ${head}`)) return undefined;
  const tail = phrase.slice(head.length).trim();
  // The preposition after the noun stays; a verb or clause after its object does not.
  const [prep, ...rest] = tail.split(/\s+/);
  const whole = rest.length ? ` ${rest.join(' ')}` : '';
  const kept = beforeVerb(whole.replace(PHRASE_END, '').replace(/[,;:.]+$/, '').trim());
  // The noun alone where its object was cut inside a coordination.
  const object = LOST_PAIR.test(kept) && /^\s(?:and|or|nor)\b/iu.test(whole.slice(whole.indexOf(kept) + kept.length)) ? '' : kept;
  const party = !object && !tail && ASKED.succeeds.includes(noun.toLowerCase()) ? filedParty(after) : '';
  const np = `the ${head}${object ? ` ${prep} ${object}` : party}`.replace(/\s+/g, ' ');
  if (/\b(?:this|that|these|those)$/i.test(np)) return undefined;
  const n = noun.toLowerCase();
  // (sum-modifier) A sum before a claim ("the $3 million lawsuit") is what it claims; before another
  // noun it may tell what is owed, not what is pending ("the $900 repair bill" is no law to pass).
  if (/\$/.test(head) && !ASKED.succeeds.includes(n)) return undefined;
  // "the six-month sentence", "a 15-year sentence": a result its phrase already tells.
  if (RESULTS.has(n) && (TOLD_RESULT.test(head) || RESULT_TOLD.some((row) => row.match(after)))) return undefined;
  return FINDS.has(n) ? `What will ${np} find?` : RESULTS.has(n) ? `What will ${np} be?` : outcomeQuestion(np, n);
}
/** What is open about an event or process the noun phrase names, by its first outcome noun (`noun`, when known). */
export function outcomeQuestion(np: string, noun?: string): string {
  const nouns = noun ? [noun] : np.toLowerCase().split(/\s+/);
  const row = nouns.map((w) => OUTCOME_ASKS.find((r) => r.nouns.has(w))).find(Boolean);
  return row?.build(np) ?? `What will come of ${np}?`;
}
// What is open about a process whose outcome is not in, by its noun (data/open-questions.json
// processes.asked): "What will come of the bill?" says nothing a reader wants to know; "Will the
// bill pass?" does. One row per kind of outcome; a noun in no row keeps "What will come of …?".
const ASKED = words.processes.asked;
export const OUTCOME_ASKS: readonly { name: string; nouns: ReadonlySet<string>; build: (np: string) => string | undefined }[] = [
  { name: 'passes', nouns: new Set(ASKED.passes), build: (np) => `Will ${np} pass?` },
  // ("the election of the new bishop": its object names who won.)
  { name: 'winner', nouns: new Set(ASKED.winner), build: (np) => (/\sof\s/u.test(np) ? undefined : `Who will win ${np}?`) },
  { name: 'turns-out', nouns: new Set(ASKED.turnsOut), build: (np) => `How will ${np} turn out?` },
  { name: 'succeeds', nouns: new Set(ASKED.succeeds), build: (np) => `Will ${np} succeed?` },
  { name: 'verdict', nouns: new Set(ASKED.verdict), build: (np) => `What will be the verdict in ${np}?` },
  { name: 'decides', nouns: new Set(ASKED.decides), build: (np) => `What will ${np} decide?` },
  { name: 'agrees', nouns: new Set(ASKED.agrees), build: (np) => `Will ${np} reach a deal?` },
  { name: 'approved', nouns: new Set(ASKED.approved), build: (np) => `Will ${np} be approved?` },
  { name: 'goes-ahead', nouns: new Set(ASKED.goesAhead), build: (np) => `Will ${np} go ahead?` },
  { name: 'decided', nouns: new Set(ASKED.decided), build: (np) => `How will ${np} be decided?` },
];
// "pleaded not guilty to second-degree assault", "was charged with murder", "faces two counts of
// murder": a charge whose trial is still to come.
// "was arrested Monday and charged with arson", "was indicted by a county jury on two counts of
// wire fraud", "is also facing three charges including theft of a boat".
// ("were both charged with …": an adverb of the charge may stand before it, data/open-questions.json facesCharges.)
const CHARGED = new RegExp(
  String.raw`\s(?:(?:was|were)\s+(?:arraigned|indicted|arrested)\s+(?:by\s+(?:a|the)\s+[\p{L} ]{3,30}?\s+)?(?:\p{Lu}\p{Ll}+day\s+)?on\s+(?:\p{Ll}+\s+)?(?:charges?|counts?)\s+of|pleaded\s+not\s+guilty\s+(?:\p{Ll}+\s+)?to|(?:was|were|has\s+been|have\s+been|is|are)\s+(?:(?:\p{Ll}+ly|${phrases(words.facesCharges.adverbs)})\s+)?(?:arrested\s+(?:\p{Lu}\p{Ll}+day\s+)?and\s+)?charged\s+with|(?:(?:is|are|was|were)\s+(?:now\s+|still\s+|also\s+)?)?fac(?:es|e|ing)\s+(?:\p{Ll}+\s+){0,4}(?:charges?|counts?)\s+(?:of|including))\s+([^,;:.!?]{3,}?)(?=\s+(?:in|for|after|on|at|over|and|but|stemming|from|following|because|when|while)\s|[,;:.!?–—]|$)`,
  'iu',
);
// "The council has asked the state auditor to look into it" → "What will the investigation by the
// state auditor find?"; "asked the state agency to investigate the two clerks" → "What will the
// investigation into the two clerks find?". Who inquires is named where the matter is not told.
const INQUIRIES: Record<string, string[]> = words.inquiryAsked.inquiries;
function inquiryAskedQuestion(m: RegExpExecArray): string | undefined {
  const [noun, into] = INQUIRIES[m[2].toLowerCase().replace(/\s+/g, ' ')];
  const who = m[1].trim();
  const matter = m[3].replace(/(?<!\s)\s+(?:as|whose|who|which|that|after|because|and\s+(?:to\s+)?\p{Ll}+\s+(?:the|a|an|any|whether|if)\b).*$/u, '').trim();
  if (/^(?:him|her|them|us|me|it|you)$/iu.test(who) && !matter) return undefined;
  if (matter && !/^(?:him|her|them|us|me|it|this|that)$/iu.test(matter)) return `What will the ${noun} ${into} ${shorten(matter)} find?`;
  return who && !/^(?:him|her|them|us|me|it|you)$/iu.test(who) ? `What will the ${noun} by ${who} find?` : undefined;
}

// "Reyes also faces two arson counts", "is now facing federal fraud charges", "faces a string of
// charges, including arson": a charge told by its noun alone, whose trial is still to come. m[1]
// the charges, m[2] what they include. Not "faces charges that …": the claim is asked by its own row.
const FACES_CHARGES = new RegExp(
  String.raw`\s(?:(?:is|are|was|were)\s+)?(?:(?:${phrases(words.facesCharges.adverbs)})\s+)?fac(?:es|e|ing)\s+((?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,5}?(?:charges|counts|charge|count))(?:,?\s+including\s+([^,;:.!?]{3,}?))?(?=\s+(?:in|for|after|on|at|over|and|but|stemming|from|following|because|when|while|if|related)\s|[,;:.!?–—]|$)`,
  'u',
);
const PROSPECT = new RegExp(String.raw`\b(?:${phrases(words.facesCharges.prospects)})\b`, 'iu');
function facesChargesQuestion(m: RegExpExecArray, s: string): string | undefined {
  if (CHARGE_DECIDED.test(s) || PROSPECT.test(m[1])) return undefined;
  const subject = subjectBefore(s, m.index);
  if (!subject) return undefined;
  if (m[2]) return `Will ${lowerFirst(subject)} be convicted of ${shorten(m[2])}?`;
  const charges = /^(?:an?|the)\s/iu.test(m[1]) ? m[1] : `the ${m[1]}`;
  return `Will ${lowerFirst(subject)} be convicted on ${shorten(charges)}?`;
}

// "The cousins are due in district court next month" → "What will happen when the cousins appear in
// court next month?"; "Ruiz is scheduled to be sentenced May 4" → "What sentence will Ruiz receive?"
// ("The cousins were freed on bail and are due in court …": the subject of a verb joined by
// "and" stands before the sentence's first verb.)
const FIRST_VERB = /\s(?:is|are|was|were|has|have|had|\p{Ll}+ed)\s/u;
function courtDateQuestion(m: RegExpExecArray, s: string): string | undefined {
  const first = /\band\s*$/u.test(s.slice(0, m.index)) ? FIRST_VERB.exec(s) : null;
  const subject = subjectBefore(s, m.index) ?? (first && first.index < m.index ? subjectBefore(s, first.index) : undefined);
  if (!subject) return undefined;
  const who = lowerFirst(subject);
  // ("… arraigned May 9 on one count of witness tampering": the charge is the charge rows' question.)
  const told = m[2].replace(/(?<!\s)\s+(?:on|for)\s+(?:an?|one|two|three|four|five|six|\d+)\s+(?:[\p{Ll}-]+\s+)?(?:counts?|charges?)\b.*$/u, '').trim();
  const when = told ? ` ${shorten(told)}` : '';
  // The copula tells the number: "the pair are due …".
  const plural = /^\s(?:are|were)\b/u.test(m[0]);
  if (m[1] === 'sentenced') return `What sentence will ${who} receive?`;
  if (m[1]) return `What will happen when ${who} ${plural ? 'are' : 'is'} ${m[1]}${when}?`;
  return `What will happen when ${who} ${plural ? 'appear' : 'appears'} in court${when}?`;
}
// "The council has yet to vote on the budget", "The council is set to vote on the budget",
// "Walker plans to run for mayor" → "Will the council vote on the budget?", "Will Walker run for
// mayor?": a thing not yet done, a thing scheduled and a thing intended ask one question, the
// subject doing the verb (m[1]) with the rest of the sentence, so one builder serves the three rows.
function willDoRest(m: RegExpExecArray, s: string): string | undefined {
  const subject = subjectBefore(s, m.index);
  return subject && `Will ${lowerFirst(subject)} ${m[1]} ${shorten(s.slice(m.index + m[0].length))}?`.replace(/(?<!\s)\s+\?$/, '?');
}
// "Walker plans to run", "the family intends to sue the city": a stated intention.
// "He was taken to a hospital for evaluation" → "What will the evaluation of him show?": the result
// of a process someone was handed to.
const SENT_FOR = /\s(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[^.;]{0,60}?\s)?(?:taken|transported|sent|brought|flown|rushed|airlifted|admitted|held|detained|referred)\b[^.;]{0,80}?\bfor\s+(evaluation|questioning|testing|tests|observation|analysis)\b/u;
const INTENDS_TO = /\s(?:(?:has|have|had)\s+)?(?:(?:hired|retained)\s+(?:an?\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:attorney|lawyer|law\s+firm)s?|plans?|planned|intends?|intended|hopes?|hoped|aims?|aimed|wants?|wanted|threatens?|threatened|vows?|vowed|promises?|promised|pledged?|seeks?|sought|is\s+trying|are\s+trying)\s+to\s+(\p{Ll}+)\b/u;
// "… are watching a livestream – and nobody knows why" → "Why are … watching a livestream?"
const ELLIPTICAL_WH = /^(.{12,200}?)(?:\s*(?:[–—-]+|,))?\s+(?:and|but)\s+(?:nobody|no\s+one)\s+(?:yet\s+)?knows\s+(why|how|when)\b/iu;
// The article asks it itself, outside anyone's quotes: "But who paid for the new organ in the chapel?"
const ASKED_IN_TEXT = new RegExp(String.raw`^(?:but|and|so|yet|still|now)?,?\s*((?:${QUESTION_WORDS})\b[^?]{8,})\?\s*$`, 'iu');

// "it is not yet clear if the museum will reopen" → "Will the museum reopen?"
// "the club did not say if the coach would stay" → "Would the coach stay?"
const UNCLEAR_IF = new RegExp(String.raw`\b${UNTOLD}\s+(?:yet\s+)?${DEGREE}if\s+(?=[^,;:.!?]{8})${UNTOLD_CLAUSE}`, 'iu');
// "Engineers will seek to understand why a pump failed" → "Why did a pump
// fail?"; "asking the court to determine whether the fee is legal" → "Is the fee legal?": what
// an inquiry under way is told to find out ("how to …" is a skill, not an unknown).
const SEEKING_TO_LEARN = new RegExp(
  String.raw`\b(?:${phrases(words.seekingToLearn.seeking)})\s+(?:[^,;:.!?]{0,30}?\s)?to\s+(?:better\s+)?(?:${phrases(words.seekingToLearn.learning)})\s+${DEGREE}(who|what|when|where|why|how(?:\s+(?:${phrases(words.howWhat.words)}))?|whether|if)\s+(?!to\b)(?=[^,;:.!?]{6})${UNTOLD_CLAUSE}`,
  'iu',
);
// (A clause the page cut short, "… under such poor ...", is not asked; "and that would leave …"
// after it is another clause; a clause "how much" cannot be asked by turning it about is not asked.)
function seekingQuestion(m: RegExpExecArray, s: string): string | undefined {
  if (/^\s*(?:\.{3}|…)/u.test(s.slice(m.index + m[0].length))) return undefined;
  const clause = m[2].replace(APPOSITION, '').replace(/(?<!\s)\s+and\s+(?:that|this|it|they|he|she)\s.*$/u, '');
  if (/^(?:whether|if)$/i.test(m[1])) return yesNo(clause);
  const q = whQuestion(m[1], clause);
  return q && (/^(?:who|what)$/i.test(m[1]) || q !== `${cap(m[1].toLowerCase())} ${shorten(clause)}?`) ? q : undefined;
}
// "The cyclist, whose name has not been released, was hurt …", "An unidentified woman was …" → "Who was hurt …?"
const UNNAMED = new RegExp(
  String.raw`^(?:(?:The|An?)\s+(?:unidentified|unnamed)\s+${PERSON}|(?:The|An?)\s+${PERSON}(?:,\s+whose\s+(?:name|identity)\s+[^,]+,|\s+whose\s+(?:name|identity)\s+(?:has|have|was|were)\s+not\s+been\s+\p{Ll}+))\s+(was|were|is|has|had)\s+([^,;:.!?]{4,})`,
  'u',
);

// "dismissed rumours that there will be a new stadium …" → "Will there be a new stadium …?"
const RUMORED_THAT = /\b(?:rumou?rs?|speculation|suggestions?|allegations?|reports)\s+that\s+([^,;:.!?]{8,})/iu;

// "Danner is also accused of taking the money from the club" → "Did Danner take the money from the club?"
const ACCUSED_OF = /\s(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|now\s+)?(?:accused|suspected)\s+of\s+(\p{Ll}+ing)\s+([^,;:.!?]{3,})/u;
const COORDINATED_GERUND = /\b(and|or)\s+(then\s+|also\s+|\p{Ll}+ly\s+)?(\p{Ll}{2,}ing)\b/gu;
// (denied-allegations) "Varga denied the allegations", "Lind has denied all accusations of bribery"
// → "Are the allegations against Varga true?", "Are the accusations of bribery true?": a denial of
// a charge the sentence names only by its noun leaves open whether the charge holds. Not "those
// allegations" (someone else's, told before), nor a pronoun denying (who is accused is not named).
const DENIED_ALLEGATIONS = /\s(?:(?:has|have|had)\s+)?(?:\p{Ll}+ly\s+)?(?:denied|denies|deny|denying)\s+(?:\p{Ll}+ly\s+)?(?:(?:the|all|any|all\s+the)\s+)?(allegations|accusations|charges)(?:\s+against\s+(?:him|her|them|it)|\s+of\s+([^,;:.!?]{3,}))?(?=[\s,;:.!?]|$)/u;
const PRONOUN_SUBJECT = /^(?:he|she|they|it|we|i|you|who|which|that)$/iu;
function deniedQuestion(m: RegExpExecArray, s: string): string | undefined {
  if (m[2]) return `Are the ${m[1]} of ${shorten(m[2])} true?`;
  const subject = subjectBefore(s, m.index);
  return subject && !PRONOUN_SUBJECT.test(subject) ? `Are the ${m[1]} against ${lowerFirst(subject)} true?` : undefined;
}
// "Hale aides dispute Moreno's reported account of that meeting" → "Whose account of that
// meeting is right: Moreno's or Hale aides'?"
const DISPUTED_ACCOUNT = /\s(?:(?:has|have|had)\s+)?(?:dispute[sd]?|dismisse[sd]|dismiss|rejecte?d?s?|challenge[sd]?|contradict(?:s|ed)?|denie[sd]|deny)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['’]s?\s+(?:\p{Ll}+\s+)?(account|version|claim|description|story|characterization)s?(?:\s+of\s+([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)(?=\s+(?:that|which|who|revealed|reported|described|in|on|at|by|after|before|from)\b|[,;:.!?]|$))?/u;
function accountQuestion(m: RegExpExecArray, s: string): string | undefined {
  const subject = subjectBefore(s, m.index);
  if (!subject) return undefined;
  const owner = (name: string) => (/s$/.test(name) ? `${name}’` : `${name}’s`);
  const about = m[3] ? ` of ${shorten(m[3])}` : '';
  return `Whose ${m[2]}${about} is right: ${owner(m[1])} or ${owner(lowerFirst(subject))}?`;
}

// A claim told with a hedge leaves open whether it is so; it is asked plainly, in the tense the
// hedge told it (data/open-questions.json "hedges").
const HEDGES = words.hedges;
// "The gunman is believed to have acted alone", "The hackers are thought to be based in China".
const HEDGE_RAISED = new RegExp(String.raw`\s(is|are|was|were)\s+(?:(?:also|still|now|widely|generally|largely)\s+)?(?:${phrases(HEDGES.raised)})\s+to\s+(?=\p{Ll})`, 'u');
// "The fire appears to have started in the kitchen", "The driver appeared to lose control".
const HEDGE_SEEMS = new RegExp(String.raw`\s(${phrases(HEDGES.seeming)})\s+to\s+(?=\p{Ll})`, 'u');
// "The company reportedly paid $1 million", "The chapel was possibly built by monks".
const HEDGE_ADVERB = new RegExp(String.raw`\s(?:(is|are|was|were|has|have|had|will)\s+)?(?:${phrases(HEDGES.adverbs)})\s+(?!to\b)(\p{Ll}+)\s+(?=\S)`, 'u');
// "The virus may have spread through the ventilation system" (not "could have", which weighs
// what might have been).
// (The hedge before its "have", read alike by hedged-perfect and hedged-deed.)
const HEDGED_HAVE = String.raw`\s(?:${phrases(HEDGES.perfect)})\s+(?:well\s+|also\s+|even\s+)?`;
const HEDGE_PERFECT = new RegExp(String.raw`${HEDGED_HAVE}(?=have\s+\p{Ll})`, 'u');
// "The leak may have caused the blackout", "Her row with the landlord might have been behind her
// eviction": a hedged perfect that tells a cause or a wrong (data/open-questions.json "hedgedDeeds").
const HEDGE_DEED = new RegExp(String.raw`${HEDGED_HAVE}(?=have\s+(?:been\s+)?(?:${phrases(words.hedgedDeeds.participles)})\b)`, 'u');
// As with a modal, a hedged clause that is the subject of another verb ("the crimes he may have
// committed are punishable …") or that describes a noun asks nothing.
// (`at`: where the hedge stands in `s`, `end`: where the claim's predicate starts.)
function hedgedClaim(s: string, at: number, end: number, past: boolean): string | undefined {
  const predicate = s.slice(end);
  if (OUTER_VERB.test(predicate.replace(/^(?:have|be)\s+\S+/, ''))) return undefined;
  const subject = subjectBefore(s, at);
  return subject && !describesNoun(s.slice(0, s.lastIndexOf(subject, at))) ? plainQuestion(subject, predicate, past) : undefined;
}
const hedged = (past: (m: RegExpExecArray) => boolean) => (m: RegExpExecArray, s: string) => hedgedClaim(s, m.index, m.index + m[0].length, past(m));
// "fuelling speculation the clerk may have obstructed the audit": the claim's clause, with "that"
// left out, starts after the noun that names it; "…, and thus be owed to the town" tells what
// would follow from the claim, not the claim.
const CLAIM_BEFORE = new RegExp(String.raw`\b(?:${phrases(words.hedgedDeeds.claimNouns)})\s+(?:that\s+)?(?=\S)`, 'giu');
// (From a run's start only, where the leftmost match starts anyway: tried from each space of a
// long run, each read the rest of the run again.)
const CONSEQUENCE = /,?(?<!\s)\s+and\s+(?:thus|so|therefore|hence)\s.*$/u;
function deedQuestion(m: RegExpExecArray, s: string): string | undefined {
  const claim = [...s.slice(0, m.index).matchAll(CLAIM_BEFORE)].at(-1);
  const at = claim ? claim.index! + claim[0].length : 0;
  const clause = s.slice(at).replace(CONSEQUENCE, '');
  return hedgedClaim(clause, m.index - at, m.index - at + m[0].length, true);
}
function adverbHedged(m: RegExpExecArray, s: string): string | undefined {
  const subject = subjectBefore(s, m.index);
  if (!subject) return undefined;
  const [, aux, verb] = m;
  const rest = shorten(s.slice(m.index + m[0].length));
  if (aux) return /^ha/.test(aux) && !isPerfect(`have ${verb}`) ? undefined : `${cap(aux)} ${lowerFirst(subject)} ${verb} ${rest}?`;
  // Without an auxiliary the hedged word is the clause's verb: "reportedly paid", "apparently drowned";
  // not a participle that describes a noun ("the horses allegedly stolen and sold by the trainer").
  if (/^(?:(?:and|or)\s+\p{Ll}+\s+)?by\s/u.test(s.slice(m.index + m[0].length))) return undefined;
  // "reportedly was limping": the copula after the hedge asks itself.
  if (/^(?:is|are|was|were)$/.test(verb)) return `${cap(verb)} ${lowerFirst(subject)} ${rest}?`;
  const tags = tagged(`they ${verb}`)[1]?.tags ?? [];
  if (tags.includes('PastTense')) return `Did ${lowerFirst(subject)} ${infinitive(verb)} ${rest}?`;
  return tags.includes('PresentTense') && /[^s]s$/.test(verb) ? `Does ${lowerFirst(subject)} ${infinitive(verb)} ${rest}?` : undefined;
}

// The decision a condition waits on, asked of whom or what it decides: "If convicted, Reyes and
// Lowell could face …" → "Will Reyes and Lowell be convicted?"; "The finding, if confirmed,
// could be …" → "Will the finding be confirmed?". The subject is the clause's after the comma, or,
// where the condition stands inside the clause, the one before it.
const SUBJECT_THEN_VERB = /^((?:[^,;:.!?]|(?<=\b\p{Lu}\p{Ll}{0,3})\.(?=\s\p{Lu})){2,60}?)\s+(?:could|would|will|may|might|can|should|must|faces?|is|are|was|were|has|have|had)\b/u;
const decidedTail = (tail: string | undefined) => (tail ? ` ${shorten(tail.trim())}` : '');
function decidedQuestion(m: RegExpExecArray, s: string): string | undefined {
  const after = SUBJECT_THEN_VERB.exec(s.slice(m.index + m[0].length));
  const subject = (after && isSubject(after[1], true) ? after[1] : undefined) ?? (/^,/.test(m[0]) ? subjectBefore(s, m.index) : undefined);
  return subject && `Will ${lowerFirst(subject)} be ${m[1].toLowerCase()}${decidedTail(m[2])}?`;
}
function decidedClauseQuestion(m: RegExpExecArray): string | undefined {
  const subject = m[1] ?? m[4];
  if (!isSubject(subject)) return undefined;
  return m[5] ? `Will ${lowerFirst(subject)} ${infinitive(m[5].toLowerCase())}?` : `Will ${lowerFirst(subject)} be ${m[2].toLowerCase()}${decidedTail(m[3])}?`;
}

// "The tenants have retained a lawyer to sue the landlord" → "Will the tenants sue the landlord?";
// "growers were weighing legal action against the supplier" → "Will growers take legal action
// against the supplier?"; "he plans to file charges against a neighbour" → "Will he …".
function legalActionQuestion(m: RegExpExecArray, s: string): string | undefined {
  const subject = subjectBefore(s, m.index);
  if (!subject) return undefined;
  const action = m[1].toLowerCase().replace(/^(?:a\s+)?(?=legal action|lawsuit)/, (_a, at: number, all: string) => (all.startsWith('lawsuit', at) ? 'file a ' : 'take '));
  // ("against the driver of the van where the goods were found": the relative clause stays out.)
  const object = m[2].replace(/(?<!\s)\s+(?:where|who|whom|which|that|when|after|because)\s.*$/u, '').trim();
  const rest = object ? ` ${shorten(object)}` : '';
  return `Will ${lowerFirst(subject)} ${action.replace(/^take take/, 'take')}${rest}?`;
}

// What a promise is told of, where the clause grammar finds no subject: a noun phrase with its
// determiner right before the modal ("Engineers think this coating could …", "Such trials
// may …"), or, where the modal's clause joins another ("… works in mice but may …", "The survey
// covers …, and could …"), the noun phrase before that clause's first verb.
const PROMISED_NP = String.raw`((?:the|this|these|such|its|their|a|an)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2})`;
const PROMISED_BY = new RegExp(String.raw`(?:^|,\s+|\b(?:believe|believes|believed|think|thinks|say|says|said|that)\s+)${PROMISED_NP}\s*$`, 'iu');
// From a run's start only (the leftmost match starts there anyway), not from each space of a long run.
const JOINED = /,?(?<!\s)\s+(?:and|but)\s*$/u;
const FIRST_VERBS = /\s(?:is|are|was|were|has|have|had|\p{Ll}+s|\p{Ll}+ed)\s/gu;
function promisedBy(head: string): string | undefined {
  const np = PROMISED_BY.exec(head)?.[1];
  if (np && !/\b(?:is|are|was|were)$/u.test(np)) return np;
  if (!JOINED.test(head)) return undefined;
  for (const v of head.matchAll(FIRST_VERBS)) {
    const before = PROMISED_BY.exec(head.slice(0, v.index))?.[1];
    if (before) return before;
  }
  return undefined;
}

/** A way of writing a question from a sentence: `match` finds the words, `build` writes the question. */
export interface AskRule {
  name: string;
  kind: QuestionKind | ((m: RegExpExecArray) => QuestionKind);
  match: RegExp;
  build: (m: RegExpExecArray, s: string) => string | undefined;
}

// "the traits he thought the senator should possess": a clause missing its object asks nothing.
const objectless = (q: string) => {
  const words = tagged(q.slice(0, -1));
  return !!words.at(-1)?.tags.includes('Infinitive') && words.at(-2)?.text !== 'to';
};

const REPORTED_BEFORE = new RegExp(`\\b(?:${phrases(ASKS.reportingVerbs)})\\b`, 'iu');
const NOT_FUTURE_AFTER_WOULD = new RegExp(`^(?:${phrases(ASKS.notFutureAfterWould)})$`);

// "unpublished stories that her demanding editor could turn into front-page news": a clause that describes
// the noun before it tells what the noun is, not what will happen.
const COMPLEMENT_NOUNS = new Set(words.complementNouns.words);
export const RELATIVE_HEAD = /(?<!\p{L})(\p{L}+)\s+(?:that|which)\s+$/u;
// "Lindgren said in a conference call with reporters that the mayor may meet …": the 'that' clause is
// what was said, whoever it was said to.
const SAID_TO = new RegExp(String.raw`\b(?:${SPEECH_VERB_ALTERNATION}|${phrases(ASKS.tellingVerbs)})\b[^.;]{0,80}$`, 'iu');
function describesNoun(head: string): boolean {
  const relative = RELATIVE_HEAD.exec(head);
  const noun = relative?.[1];
  if (!noun || COMPLEMENT_NOUNS.has(noun.toLowerCase()) || SAID_TO.test(head.slice(0, relative!.index))) return false;
  const tags = tagged(noun)[0]?.tags ?? [];
  return tags.includes('Noun') && !tags.some((t) => /Verb|Adjective|Pronoun/.test(t));
}

// A modal question that cannot be built whole is not asked. `subject` is the subject read before
// the modal, `rest` the clause after its verb, `object` what the question keeps of it.
const CLAUSE_WORD = /^(?:how|why|whether|what|where)$/i;
const CONTRACTION = /^(?:\p{L}+['’](?:re|ll|ve|m|d)|\p{L}+n['’]t|(?:he|she|it|that|there|what|who)['’]s)$/iu;
const LINKING = new RegExp(`^(?:${phrases(grammar.linkingVerbs.words)})$`, 'i');
// (generic-subject) Who is told of as a kind, not anyone the story follows. (Not "a" or "more":
// "a new cart will be sold in May", "more of the talk will air" tell of one thing.)
const GENERIC_SUBJECT = new RegExp(String.raw`^(?:(?:many|most|some|few|all|several)\s|(?:${phrases(grammar.genericSubjects.words)})$)`, 'iu');
// (concessive) What follows "but" says the guess is still unproven.
const STILL_UNPROVEN = /,\s+but\b[^.;:]*?\b(?:needed|unclear|unknown|uncertain|unproven|remains\s+to\s+be\s+seen|not\s+(?:yet\s+)?(?:known|clear|confirmed|proven))\b/iu;
/** Modal sentences asked of nothing the story leaves open, given the subject, the words after
 * the verb, their shortened object, the modal, its verb and the sentence before the subject. */
export const MODAL_UNBUILT: readonly { name: string; match: (subject: string, rest: string, object: string, modal: string, verb: string, before: string) => boolean }[] = [
  // "while they're driving could keep …": a pronoun and its verb are a clause, not a subject.
  { name: 'contraction-subject', match: (subject) => subject.split(/\s+/).some((w) => CONTRACTION.test(w)) },
  // "could give no further details", "will face no charges": what the sentence says will not
  // happen is no open question.
  { name: 'no-object', match: (_s, rest) => /^\s*no\s/u.test(rest) },
  // "Asked how she would vote …": a wh-word makes the words before the modal a clause.
  { name: 'clause-subject', match: (subject) => subject.split(/\s+/).some((w) => CLAUSE_WORD.test(w)) },
  // "could still be standing if the engineers had listened", "could be avoided if drivers did not":
  // a condition told in the past is what might have been, no open question.
  { name: 'counterfactual-if', match: (_s, rest) => /^[^.;:]*?\bif\s+(?:[^,.;:]*?\s)?(?:were|weren['’]t|did|didn['’]t|had|hadn['’]t)\b/iu.test(rest) },
  // "the sale of a synthetic [or blended honey]", "to build functional …": an
  // adjective after "a", "such" or a verb other than a linking one lost its noun.
  // "could help doctors build better hearts, ...": a sentence the page cut short leaves the
  // clause unfinished.
  {
    name: 'cut-short',
    match: (_s, rest, object) => {
      const tail = rest.trim().replace(/(?<![\s,;:])[\s,;:]*(?:\.{3}|…)$/u, '');
      return tail !== rest.trim() && tail.endsWith(object.replace(/(?<![\s.…,;:])[\s.…,;:]+$/u, ''));
    },
  },
  {
    name: 'dangling-modifier',
    match: (_s, _r, object) => {
      // ("the brave", "three dead", "much longer" end on an adjective that needs no noun.)
      const terms = tagged(object.replace(/(?<![\s.…"”’])[\s.…"”’]+$/u, ''));
      const before = terms.at(-2);
      // (The last word read alone: after "a" the tagger makes any word a noun. "have their
      // accounts frozen": a participle is the verb's.)
      const last = tagged(terms.at(-1)?.text ?? '')[0];
      if (!before || !last || /(?:ed|en|wn)$/.test(last.text) || !last.tags.includes('Adjective') || last.tags.some((t) => /Noun|Verb|Participle/.test(t))) return false;
      return /^(?:a|an|such|another)$/i.test(before.text) || (before.tags.includes('Verb') && !LINKING.test(before.text));
    },
  },
  // "The town may be small, but its fair draws thousands": a "may" or "might" granted before a
  // "but" concedes a point to make another; nothing is left open. (A "but" that goes on to say
  // the guess is unproven, "but more tests are needed", keeps it open.)
  { name: 'concessive', match: (_s, rest, _o, modal) => /^(?:may|might)$/i.test(modal) && /^[^.;:]*?,\s+but\b/iu.test(rest) && !STILL_UNPROVEN.test(rest) },
  // "Most shoppers will pay more", "a patient may feel dizzy", "women will need …": a
  // statement about a kind of people or things, true of the story's world, not a step in it.
  { name: 'generic-subject', match: (subject) => GENERIC_SUBJECT.test(subject) },
  // "doctors can tell when a child will walk", "a map shows where the road will run": a modal
  // inside a clause another verb governs is part of what that verb tells.
  { name: 'governed-clause', match: (_s, _r, _o, _m, _v, before) => /\b(?:when|where|how|whether|what|why)\s+$/iu.test(before) },
];

function modalQuestion(m: RegExpExecArray, s: string): string | undefined {
  let verb = m[2];
  let rest = s.slice(m.index + m[0].length);
  let adverb = /\bsoon\b/.test(m[0]) ? 'soon ' : '';
  // "may finally have gone", "will legally purchase" (but "will rely"): the adverb stays with its verb.
  const next = /^\s+(\p{Ll}+)\b/u.exec(rest);
  if (next && /ly$/.test(verb) && tagged(verb)[0]?.tags.includes('Adverb')) {
    adverb += `${verb} `;
    verb = next[1];
    rest = rest.slice(next[0].length);
  } else if (next && verb === 'never') {
    // "may never make" is asked neutrally: "Will … make …?"
    verb = next[1];
    rest = rest.slice(next[0].length);
  }
  // "would not confirm" reports a refusal, not an open question; "shooting could be heard"
  // reports what was heard; a clause that is the subject of another verb ("permits needed
  // before the works could start weren't granted") asks nothing.
  // "would" tells a future only as reported ("stating the bridge would be repainted"), and
  // never a refusal ("would not confirm") nor what might have been ("would have …").
  const reported = m[1] === 'would' && REPORTED_BEFORE.test(s.slice(0, m.index)) && !NOT_FUTURE_AFTER_WOULD.test(verb);
  if ((m[1] === 'would' && !reported) || m[1] === 'can' || verb === 'not' || (verb === 'be' && PERCEIVED.test(rest)) || OUTER_VERB.test(rest)) return undefined;
  const subject = subjectBefore(s, m.index);
  if (!subject) return undefined;
  const before = s.slice(0, s.lastIndexOf(subject, m.index));
  if (describesNoun(before)) return undefined;
  if (MODAL_UNBUILT.some((row) => row.match(subject, rest, shorten(rest), m[1], verb, before))) return undefined;
  // "may be staging them" asks about now: "Is the company staging them …?"
  if (m[1] !== 'will' && verb === 'be' && /^\s*\p{Ll}+ing\b/u.test(rest)) {
    return `${isPluralPhrase(subject) ? 'Are' : 'Is'} ${lowerFirst(subject)} ${adverb}${shorten(rest)}?`;
  }
  // "could have left" speculates about the past: "Could … have left …?"
  const ask = verb === 'have' && isPerfect(`have${rest}`) ? 'Could' : 'Will';
  return `${ask} ${lowerFirst(subject)} ${adverb}${verb} ${shorten(rest)}?`.replace(/(?<!\s)\s+\?$/, '?');
}

// (held-on-suspicion) "Vance, 30, was arrested Sunday on suspicion of arson", "Ruiz is still in
// custody on suspicion of fraud" → "Will Vance be charged with arson?": an arrest names the offence
// before any charge, so the charge is still to come (not when the sentence tells it was brought
// or how it ended). m[1] the offence, up to its first comma, "and" or clause.
// A run of whitespace is read one way only: the words between the arrest and "on suspicion" open on
// one, or are none.
const ON_SUSPICION = new RegExp(
  String.raw`\s(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|remained)\s+)?(?:(?:also|later|then|now|still)\s+)?(?:${phrases(ASKS.heldOnSuspicion)})\b(?:\s+(?!\s)[^,;:.!?]{0,40}?)?\s+on\s+suspicion\s+of\s+([^,;:.!?]{3,}?)(?=\s+(?:in|for|after|on|at|over|and|but|following|because|when|while)\s|[,;:.!?–—]|$)`,
  'u',
);
const CHARGE_BROUGHT = /\bcharged\s+with\b|\bcharges?\s+(?:were|was|have\s+been|has\s+been)\s+filed\b/iu;
function suspicionQuestion(m: RegExpExecArray, s: string): string | undefined {
  if (CHARGE_DECIDED.test(s) || CHARGE_BROUGHT.test(s)) return undefined;
  const subject = subjectBefore(s, m.index);
  return subject && `Will ${lowerFirst(subject)} be charged with ${shorten(m[1])}?`;
}

// (charges-filed) "Arson charges were filed Monday against the two brothers" → "Will the two
// brothers be convicted of arson?": a charge brought in the passive names its defendant after
// "against" and its offence before "charges". m[1] the words before "charges", m[2] the defendant.
// ("No charges have been filed against the driver" asks whether any will be: see buildFiled.)
const CHARGES_FILED = new RegExp(
  String.raw`(?:\b([\p{L}-]+(?:\s+[\p{L}-]+){0,2})\s+)?\bcharges?\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\p{Lu}\p{Ll}+day\s+)?filed\s+(?:\p{Lu}\p{Ll}+day\s+)?against\s+([^,;:.!?]{2,50}?)(?=\s+(?:suspected|accused|who|in|for|after|on|over|and|but|by|following|because|when)\b|[,;:.!?]|$)`,
  'u',
);
const CHARGE_QUALIFIER = new RegExp(`^(?:${phrases(ASKS.chargeQualifiers)})$`, 'iu');
const OBJECT_PRONOUN = /^(?:him|her|them|us|me|it|you|himself|herself|themselves)$/iu;
function chargesFiledQuestion(m: RegExpExecArray): string | undefined {
  const who = m[2].trim();
  if (OBJECT_PRONOUN.test(who) || !isSubject(who)) return undefined;
  const before = (m[1] ?? '').trim().split(/\s+/).filter(Boolean);
  if (before.some((w) => /^no$/i.test(w))) return `Will ${lowerFirst(who)} be charged?`;
  // The offence is the nouns and adjectives right before "charges" ("Murder", "gang enhancement"),
  // not the words of the clause before them ("Police said murder") nor how many or how formal they are.
  const read = tagged(`${before.join(' ')} charges`).slice(0, -1);
  const offence: string[] = [];
  for (let i = read.length - 1; i >= 0 && read.length === before.length; i--) {
    const tags = read[i].tags;
    // ("murder" may read as a verb even there; a past verb, "said", ends the offence.)
    if (tags.some((t) => /^(?:PastTense|Determiner|Value|Pronoun|Preposition|Copula|Adverb|Modal|Conjunction|Auxiliary)$/.test(t))) break;
    offence.unshift(before[i]);
  }
  const kept = offence.filter((w) => !CHARGE_QUALIFIER.test(w));
  const of = kept.length ? ` of ${kept.map((w) => (/^\p{Lu}\p{Ll}+$/u.test(w) ? w.toLowerCase() : w)).join(' ')}` : '';
  return `Will ${lowerFirst(who)} be convicted${of}?`;
}

// (indicted-perfect) "Two former aides have been indicted on three counts of bribery", "… has been
// formally indicted in connection with the leak" → "Will two former aides be convicted of
// bribery?": an indictment told in the perfect (the charged row reads "was indicted … on charges of")
// leaves the trial to come. m[1] the charge, m[2] what it is brought in connection with.
const INDICTED_PERFECT = new RegExp(
  String.raw`\s(?:has|have|had)\s+been\s+(?:\p{Ll}+ly\s+)?indicted\s+(?:by\s+(?:a|the)\s+[\p{L} ]{3,30}?\s+)?(?:on\s+(?:\p{Ll}+\s+)?(?:charges?|counts?)\s+(?:of|including)\s+([^,;:.!?]{3,}?)(?=\s+(?:in|for|after|on|at|over|and|but|stemming|from|following|because|when|while)\s|[,;:.!?–—]|$)|(in\s+connection\s+with\s+[^,;:.!?]{3,60}?)(?=\s+(?:after|because|when|while)\s|[,;:.!?–—]|$))`,
  'u',
);
function indictedQuestion(m: RegExpExecArray, s: string): string | undefined {
  if (CHARGE_DECIDED.test(s)) return undefined;
  const subject = subjectBefore(s, m.index);
  return subject && `Will ${lowerFirst(subject)} be convicted ${m[1] ? `of ${shorten(m[1])}` : shorten(m[2])}?`;
}

// (plans-made-public) "The club has unveiled plans to contest the fine" → "Will the club
// contest the fine?": a plan made public is an intention still to be carried out.
// (The intends-to row reads "plans to" only where its subject stands right before it.)
const PLANS_MADE_PUBLIC = new RegExp(String.raw`\s(?:(?:has|have|had)\s+)?(?:(?:already|also|now|recently)\s+)?(?:${phrases(ASKS.plansMadePublic)})\s+(?:(?:its|their|his|her)\s+)?plans?\s+to\s+(\p{Ll}+)\b`, 'u');

// (whether-to) "The board voted on whether to close the library", "The council has scheduled a
// vote for May on whether to raise fares" → "Will the council raise fares?": a course weighed,
// asked whether its weigher takes it. After "a vote" or "a decision" the weigher is the sentence's
// subject; a noun that only names the weighing ("the debate about whether to …") names no one.
const WHETHER_TO = new RegExp(String.raw`(?<![\p{L}-])(?:${phrases(ASKS.weighingWhether)})\s+(?:[^,;:.!?]{0,30}?\s)?(?:(?:on|about|over)\s+)?whether\s+(?:or\s+not\s+)?to\s+(\p{Ll}+)\s+([^,;:.!?]{3,})`, 'iu');
function whetherToQuestion(m: RegExpExecArray, s: string): string | undefined {
  const noun = /^an?\s/iu.test(m[0]);
  const first = noun ? FIRST_VERB.exec(s) : null;
  const subject = noun ? (first && first.index < m.index ? subjectBefore(s, first.index) : undefined) : subjectBefore(s, m.index);
  return subject && `Will ${lowerFirst(subject)} ${m[1]} ${shorten(m[2])}?`;
}

// (still-to-be-set) "Tickets go on sale on a date to be announced" → "When will the date be
// announced?": what the sentence says is still to be fixed.
const STILL_TO_BE_SET = new RegExp(
  String.raw`\b(?:a|an|the)\s+((?:[\p{L}\d-]+\s+){0,2}?(?:${phrases(ASKS.stillToBeSet.nouns)}))\s+(?:(?:is|are|was|were)\s+)?(?:still\s+|yet\s+)?to\s+be\s+(${phrases(ASKS.stillToBeSet.participles)})\b`,
  'iu',
);

// (time-not-set) "The two were freed, and no date has been set for their trial" → "When will their
// trial take place?": an event whose time is not fixed. (Where the sentence opens on "No date …"
// the no-subject row asks first: "Has any date been set for …?")
const TIME_NOT_SET = new RegExp(
  String.raw`\bno\s+(?:[\p{Ll}-]+\s+)?(?:${phrases(ASKS.timeNotSet)})\s+(?:has|have|had|was|is)\s+(?:yet\s+)?(?:been\s+)?(?:set|scheduled|fixed|announced)\s+for\s+((?:the|an?|his|her|their|its)\s+[^,;:.!?]{3,60}|\p{Lu}[\p{L}'’.-]*['’]s\s+[^,;:.!?]{3,60})`,
  'iu',
);

// (re-election) "Vale, who is seeking re-election in the spring, …", "Ines Vale is running for
// re-election in May" → "Will Ines Vale win re-election?": an officeholder's race still to come,
// asked of the named person (a bare "the re-election" asks nothing). Only in the present: "was up
// for re-election" tells a race the story most often ends.
// (The name starts at the first capital of its word: a later capital of the word gives nothing
// the first does not, and from each capital of a long run it read the rest of the run.)
const RE_ELECTION = /((?=\p{Lu})(?<!\p{Lu}[\p{L}.'’-]*?)\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2})(?:,\s+who)?\s+is\s+(?:(?:also|now)\s+)?(?:up\s+for|seeking|running\s+for|facing)\s+re-?election\b/u;

/** The ask rules, most specific first. */
export const ASK_RULES: readonly AskRule[] = [
  { name: 'unclear-noun-phrase', kind: 'unresolved', match: UNCLEAR_NP, build: (m) => `What ${/^(?:are|were)$/i.test(m[2] ?? m[3] ?? m[4] ?? m[5]) ? 'are' : 'is'} ${lowerFirst(m[1])}?` },
  { name: 'mystery', kind: 'unresolved', match: MYSTERY_NP, build: (m) => `What ${isPluralPhrase(m[1]) ? 'are' : 'is'} ${lowerFirst(m[1])}?` },
  { name: 'unclear-wh-clause', kind: 'unresolved', match: UNCLEAR_WH, build: (m) => whQuestion(m[1], m[2].replace(APPOSITION, '')) },
  { name: 'unclear-wh-subject', kind: 'unresolved', match: UNCLEAR_WH_SUBJECT, build: (m) => whQuestion(m[1], m[2]) },
  { name: 'unclear-if', kind: 'unresolved', match: UNCLEAR_IF, build: (m) => yesNo(m[1].replace(APPOSITION, '')) },
  {
    name: 'doubt-over',
    kind: 'unresolved',
    match: DOUBT_OVER_CLAUSE,
    build: (m) => (/^whether$/i.test(m[1]) ? yesNo(m[2].replace(APPOSITION, '').replace(OUTER_PREDICATE, '')) : whQuestion(m[1], m[2].replace(APPOSITION, ''))),
  },
  { name: 'seeking-to-learn', kind: 'unresolved', match: SEEKING_TO_LEARN, build: seekingQuestion },
  { name: 'no-evidence', kind: 'unresolved', match: NO_EVIDENCE, build: (m) => (m[1] ? yesNo(m[1]) : `Was there ${shorten(m[2])}?`) },
  { name: 'no-subject', kind: 'unresolved', match: NO_SUBJECT, build: noSubjectQuestion },
  { name: 'no-explanation', kind: 'unresolved', match: NO_EXPLANATION, build: (m) => `What explains ${lowerFirst(shorten(m[1]))}?` },
  { name: 'unnamed-person', kind: 'unresolved', match: UNNAMED, build: (m) => `Who ${m[1]} ${shorten(m[2])}?` },
  { name: 'someone', kind: 'unresolved', match: SOMEONE, build: (m) => `Who ${shorten(m[1])}?` },
  { name: 'body-of', kind: 'unresolved', match: BODY_OF, build: (m) => `Who was the ${(m[1] ?? m[4]).toLowerCase()} whose ${m[2] ?? m[3]} ${/remains/i.test(m[2] ?? m[3]) ? 'were' : 'was'} found?` },
  { name: 'rumored-that', kind: 'unresolved', match: RUMORED_THAT, build: (m) => yesNo(m[1]) },
  {
    name: 'accused-of',
    kind: 'disputed',
    match: ACCUSED_OF,
    build: (m, s) => {
      const subject = subjectBefore(s, m.index);
      if (!subject) return undefined;
      // "accused of robbing and beating Smith", "of taking it and then spraying it": each
      // deed joined to the first is asked in the same form.
      const deeds = shorten(m[2]).replace(COORDINATED_GERUND, (_g, and: string, adverb: string | undefined, verb: string) => `${and} ${adverb ?? ''}${infinitive(verb)}`);
      // "accused of being unfair to …" asks whether the subject was.
      if (m[1] === 'being') return `${isPluralPhrase(subject) ? 'Were' : 'Was'} ${lowerFirst(subject)} ${deeds}?`;
      return `Did ${lowerFirst(subject)} ${infinitive(m[1])} ${deeds}?`;
    },
  },
  { name: 'denied-allegations', kind: 'disputed', match: DENIED_ALLEGATIONS, build: deniedQuestion },
  { name: 'disputed-account', kind: 'disputed', match: DISPUTED_ACCOUNT, build: (m, s) => accountQuestion(m, s) },
  {
    name: 'delayed',
    kind: 'unresolved',
    match: DELAYED,
    build: (m, s) => {
      const subject = subjectBefore(s, m.index);
      return subject && `Why did ${lowerFirst(subject)} wait until ${m[3]} to ${m[1]} ${shorten(m[2])}?`;
    },
  },
  // ("would not reveal the names of the donors": the head before "of" decides the number.)
  { name: 'unconfirmed-noun-phrase', kind: 'unresolved', match: UNCONFIRMED_NP, build: (m) => `What ${isPluralPhrase(headPhrase(m[1])) ? 'are' : 'is'} ${lowerFirst(m[1].trim())}?` },
  {
    name: 'no-comment-on',
    kind: 'unresolved',
    match: NO_COMMENT_ON,
    build: (m, s) => {
      // "The group's leader, Col. Ali Hassan, refused …": the name in apposition stays out.
      const head = s.slice(0, m.index);
      const unnamed = head.replace(/,\s+[^,]{2,40},?\s*$/u, '');
      const subject = subjectBefore(s, m.index) ?? (unnamed !== head ? subjectBefore(unnamed, unnamed.length) : undefined);
      return subject && `What will ${lowerFirst(subject)} say about ${shorten(m[1])}?`;
    },
  },
  // ("before the vote weekly until …": how often or how long, said after the event, is not its name.)
  { name: 'ahead-of-event', kind: 'upcoming', match: AHEAD_OF, build: (m) => outcomeQuestion(`the ${shorten(m[1].replace(EVENT_END, ''))}`) },
  { name: 'inquiry-asked', kind: 'upcoming', match: INQUIRY_ASKED, build: inquiryAskedQuestion },
  {
    // "The collapse of the pier is now under criminal investigation" → "What will the investigation
    // into the collapse of the pier find?"; "state officials are investigating the loss of the
    // barge" → "What will the investigation into the loss of the barge find?"
    name: 'under-inquiry',
    kind: 'upcoming',
    match: UNDER_INQUIRY,
    build: (m, s) => {
      const subject = subjectBefore(s, m.index);
      const noun = (m[1] ?? INQUIRY_OF[m[2].toLowerCase() as keyof typeof INQUIRY_OF]).toLowerCase() as keyof typeof INQUIRY_INTO;
      if (subject) return `What will the ${noun} ${INQUIRY_INTO[noun]} ${lowerFirst(subject)} find?`;
      // (vague-subject) "Police say this whole affair is under investigation", "It is being investigated":
      // the story's own event, told by a pronoun or a vague noun, is under inquiry, and the
      // question asks what the inquiry finds without naming its matter.
      return VAGUE_INQUIRED.test(s.slice(0, m.index)) ? `What will the ${noun} find?` : undefined;
    },
  },
  { name: 'inquiring', kind: 'upcoming', match: INQUIRING, build: (m) => `What will the investigation into ${shorten(m[1].replace(/(?<!\s)\s+(?:as|whose|who|which|that)\s.*$/u, ''))} find?` },
  {
    name: 'considering',
    kind: (m) => (INQUIRING_INTO[m.groups!.verb.toLowerCase()] && !/^(?:whether|if)\b/iu.test(m[2]) ? 'upcoming' : 'unresolved'),
    match: CONSIDERING,
    build: (m, s) => {
      // "are investigating whether the drug is safe" asks the clause itself; a "whether" whose
      // clause the sentence does not give ("are investigating whether…") asks nothing.
      const clause = /^(?:whether|if)\b\s*(.*)$/iu.exec(m[2]);
      if (clause) return clause[1].length >= 8 ? yesNo(clause[1].replace(OUTER_PREDICATE, '')) : undefined;
      // (Only where the subject is read: who inquires is what makes the clause an inquiry told.)
      const subject = subjectBefore(s, m.index);
      const inquiry = INQUIRING_INTO[m.groups!.verb.toLowerCase()];
      if (subject && inquiry) return `What will the ${inquiry} ${shorten(m[2]).replace(DURATION_END, '')} find?`;
      return subject && `What will ${lowerFirst(subject)} decide about ${shorten(m[2])}?`;
    },
  },
  // (After considering, which asks the plain "are investigating whether" alike.)
  // "Detectives are checking to see if the two fires are linked" → "Are the two fires linked?"
  { name: 'inquiring-whether', kind: 'unresolved', match: INQUIRING_WHETHER, build: (m) => yesNo(m[1].replace(/^or\s+not\s+/iu, '').replace(OUTER_PREDICATE, '')) },
  {
    name: 'yet-to',
    kind: 'unresolved',
    match: YET_TO,
    build: willDoRest,
  },
  { name: 'doubt', kind: 'disputed', match: DOUBT, build: (m) => yesNo(m[1]) },
  // (A claim opening on a bare "its" or "his" would not say whose: "Are its prices fair?")
  { name: 'insists', kind: 'disputed', match: INSISTS, build: (m) => (/^(?:its|his|her|their)\s/iu.test(m[1]) ? undefined : yesNo(m[1].replace(/(?<!\s)\s+and\s+that\b.*$/u, ''))) },
  { name: 'cause-of', kind: 'unresolved', match: CAUSE_OF, build: causeQuestion },
  { name: 'whether-to', kind: 'unresolved', match: WHETHER_TO, build: whetherToQuestion },
  { name: 'whether', kind: 'unresolved', match: WHETHER, build: (m) => yesNo(m[1].replace(OUTER_PREDICATE, '')) },
  { name: 'asked-if', kind: 'unresolved', match: ASKED_IF, build: (m) => yesNo(m[1].replace(OUTER_PREDICATE, '')) },
  {
    // "The method may one day pave the way for …" → "Will the method one day pave the way
    // for …?"; "… works in mice but could help explain …": the subject is the first verb's.
    name: 'promise',
    kind: 'unresolved',
    match: PROMISE,
    build: (m, s) => {
      const head = s.slice(0, m.index);
      // ("A nap before a test could help …": a noun after a preposition is none.)
      const found = subjectBefore(s, m.index);
      const object = found !== undefined && /\b(?:after|before|amid)\s+$/u.test(head.slice(0, head.lastIndexOf(found)));
      const subject = (object ? undefined : found) ?? promisedBy(head);
      return subject && `Will ${lowerFirst(subject)} ${m[2] ? `${m[2]} ` : ''}${m[3]} ${shorten(m[4])}?`;
    },
  },
  {
    // "The drug has the potential to cut deaths by half" → "Will the drug cut deaths by half?"
    name: 'potential',
    kind: 'unresolved',
    match: POTENTIAL,
    build: (m, s) => {
      const head = s.slice(0, m.index);
      const subject = subjectBefore(s, m.index) ?? promisedBy(head);
      const rest = shorten(m[3]);
      // ("A choir formed by boys and men has …": a noun joined by "and" is no subject alone.)
      if (!subject || /(?<!,)\s(?:and|or)\s+$/u.test(head.slice(0, head.lastIndexOf(subject)))) return undefined;
      return `Will ${lowerFirst(subject)} ${m[1] ?? infinitive(m[2])}${rest ? ` ${rest}` : ''}?`;
    },
  },
  // (hedged-deed) "The leak may have caused the blackout" → "Did the leak cause the blackout?":
  // whether someone or something caused a harm or did a wrong is what the story leaves open, and it
  // is asked as any rule's question is; the other hedged rows read details of an account and are
  // held back (index.ts GENERIC_RULES, NOT_SHOWN 'hedged-report'). Read first, so that an earlier
  // "allegedly" does not take the sentence: "Ruiz allegedly hid the files, fuelling speculation
  // the clerk may have obstructed the audit" asks of the audit.
  { name: 'hedged-deed', kind: 'unresolved', match: HEDGE_DEED, build: deedQuestion },
  { name: 'hedged-belief', kind: 'unresolved', match: HEDGE_RAISED, build: hedged((m) => /^w/.test(m[1])) },
  { name: 'hedged-seeming', kind: 'unresolved', match: HEDGE_SEEMS, build: hedged((m) => /ed$/.test(m[1])) },
  { name: 'hedged-adverb', kind: 'unresolved', match: HEDGE_ADVERB, build: adverbHedged },
  { name: 'hedged-perfect', kind: 'unresolved', match: HEDGE_PERFECT, build: hedged(() => true) },
  {
    name: 'belief',
    kind: 'unresolved',
    match: BELIEF,
    build: (m) => {
      const q = yesNo(m[1]);
      return q && !objectless(q) ? q : undefined;
    },
  },
  {
    name: 'expects-will',
    kind: 'unresolved',
    match: EXPECTS_WILL,
    build: (m) => {
      const q = yesNo(m[1]);
      return q && !LOST_OBJECT.test(q) ? q : undefined;
    },
  },
  {
    name: 'not-until',
    kind: 'unresolved',
    match: UNTIL,
    build: (m, s) => {
      const subject = subjectBefore(s, m.index);
      return subject && `${/^should$/i.test(m[1]) ? 'Will' : 'When will'} ${lowerFirst(subject)} be ${m[2]}?`;
    },
  },
  {
    name: 'not-for',
    kind: 'unresolved',
    match: NOT_FOR,
    build: (m, s) => {
      const subject = subjectBefore(s, m.index);
      return subject && `When will ${lowerFirst(subject)} be ${m[1]}?`;
    },
  },
  {
    name: 'would-if',
    kind: 'unresolved',
    match: WOULD_IF,
    build: (m, s) => {
      const subject = subjectBefore(s, m.index);
      return subject && `Will ${lowerFirst(subject)} be ${m[1]}?`;
    },
  },
  {
    name: 'said-would',
    kind: 'upcoming',
    match: WOULD_PROMISE,
    build: (m) => {
      // "For weeks, Hensley calmly said he would not start …": the speaker is the noun phrase
      // after the last comma, without its adverb.
      const speaker = m[1].split(/,\s*/).pop()!.replace(/(?<!\s)\s+\p{Ll}+ly$/u, '');
      return speaker && wordCount(speaker) <= 4 && /^\p{Lu}/u.test(speaker) ? `Will ${lowerFirst(speaker)} ${m[2]} ${shorten(m[3])}?` : undefined;
    },
  },
  { name: 'hopes-for', kind: 'upcoming', match: HOPES_FOR, build: (m) => `Will there be ${shorten(m[1])}?` },
  // "The union has called on the mayor to resign" → "Will the mayor resign?": whether a demand is met.
  { name: 'demanded', kind: 'unresolved', match: DEMANDED, build: (m) => `Will ${lowerFirst(m[1])} ${m[2]} ${shorten(m[3])}?`.replace(/(?<!\s)\s+\?$/u, '?') },
  { name: 'court-date', kind: 'upcoming', match: COURT_DATE, build: courtDateQuestion },
  {
    name: 'set-to',
    kind: 'upcoming',
    match: SET_TO,
    build: willDoRest,
  },
  {
    // "Divers are still searching for the second boy" → "Will divers find the second boy?"
    name: 'searching-for',
    kind: 'unresolved',
    match: SEARCHING,
    build: (m, s) => {
      const subject = subjectBefore(s, m.index);
      return subject && `Will ${lowerFirst(subject)} find ${shorten(m[1])}?`;
    },
  },
  // "The hearing for Ruiz is scheduled for May 9" → "What will come of the hearing for Ruiz?"
  { name: 'scheduled-for', kind: 'upcoming', match: SCHEDULED_FOR, build: (m) => outcomeQuestion(lowerFirst(m[1])) },
  {
    // "The fare is also likely to rise" → "Will the fare rise?"
    name: 'forecast',
    kind: 'upcoming',
    match: new RegExp(FORECAST, 'u'),
    build: (m, s) => {
      // ("… the rules that most members are likely to back": a clause that describes a noun left
      // its object before it; "… and wants a new job", "…, but the mayor said …": another clause.)
      const rest = shorten(s.slice(m.index + m[0].length).replace(FORECAST_TAIL, ''));
      const subject = subjectBefore(s, m.index);
      if (!subject || /^[,;:]/u.test(rest) || describesNoun(s.slice(0, s.lastIndexOf(subject, m.index)))) return undefined;
      return `Will ${lowerFirst(subject)} ${m[1]}${rest ? ` ${rest}` : ''}?`;
    },
  },
  { name: 'in-condition', kind: 'unresolved', match: IN_CONDITION, build: unsettledQuestion((x) => `Will ${x} recover?`) },
  { name: 'at-large', kind: 'unresolved', match: AT_LARGE, build: (m, s) => unsettledQuestion((x) => `Will ${x} be ${m[1] === 'missing' ? 'found' : 'caught'}?`)(m, s) },
  { name: 'postponed', kind: 'upcoming', match: POSTPONED, build: unsettledQuestion((x) => `When will ${x} go ahead?`) },
  { name: 'still-to-be-set', kind: 'upcoming', match: STILL_TO_BE_SET, build: (m) => `When will the ${m[1]} be ${m[2].toLowerCase()}?` },
  { name: 'time-not-set', kind: 'upcoming', match: TIME_NOT_SET, build: (m) => `When will ${lowerFirst(shorten(m[1]))} take place?` },
  { name: 'no-noun-found', kind: 'unresolved', match: NO_NOUN_FOUND, build: (m) => `What is the ${shorten(m[1])}?` },
  {
    name: 'not-yet-done',
    kind: 'unresolved',
    match: NOT_YET_DONE,
    build: (m, s) => {
      const subject = subjectBefore(s, m.index);
      // ("… has not looked at the matter, and there is little money left": the next clause is not the deed's.)
      const rest = shorten(s.slice(m.index + m[0].length).replace(/^\s*(?:yet|so far)\b/, '').replace(/^\s*(?:and|but|or)\s.*$/, '').replace(/,\s+(?:and|but)\s+(?:there|it|this|that|the|a|an|he|she|they|we|\p{Lu})\b.*$/u, '')).replace(/(?<!\s)\s+(?:yet|so far)$/, '');
      if (!subject || /^(?:been)$/.test(m[2])) return undefined;
      // (adverb-not-participle) "has not even signed the lease": the word in -en the pattern took
      // is an adverb, and the participle is the next word ("Will Ruiz even sign the lease?").
      const [next, ...after] = rest.split(/\s+/);
      if (tagged(`has not ${m[2]} ${next ?? ''}`)[2]?.tags.includes('Adverb')) return next ? `Will ${lowerFirst(subject)} ${m[2]} ${infinitive(next)}${after.length ? ` ${after.join(' ')}` : ''}?` : undefined;
      const verb = m[1] ? `be ${m[2]}` : infinitive(m[2]);
      return `Will ${lowerFirst(subject)} ${verb}${rest ? ` ${rest}` : ''}?`;
    },
  },
  { name: 'held-on-suspicion', kind: 'upcoming', match: ON_SUSPICION, build: suspicionQuestion },
  { name: 'indicted-perfect', kind: 'upcoming', match: INDICTED_PERFECT, build: indictedQuestion },
  { name: 'charges-filed', kind: 'upcoming', match: CHARGES_FILED, build: chargesFiledQuestion },
  {
    name: 'charged',
    kind: 'upcoming',
    match: CHARGED,
    build: (m, s) => {
      if (CHARGE_DECIDED.test(s)) return undefined;
      const subject = subjectBefore(s, m.index);
      return subject && `Will ${lowerFirst(subject)} be convicted of ${shorten(m[1])}?`;
    },
  },
  { name: 'faces-charges', kind: 'upcoming', match: FACES_CHARGES, build: facesChargesQuestion },
  { name: 'legal-action', kind: 'upcoming', match: LEGAL_ACTION, build: legalActionQuestion },
  { name: 'if-decided', kind: 'upcoming', match: IF_DECIDED_ELLIPTICAL, build: decidedQuestion },
  { name: 'if-decided-clause', kind: 'upcoming', match: IF_DECIDED_CLAUSE, build: decidedClauseQuestion },
  {
    name: 'sent-for',
    kind: 'unresolved',
    match: SENT_FOR,
    build: (m, s) => {
      const subject = subjectBefore(s, m.index);
      return subject && `What will ${m[1] === 'tests' ? 'the tests' : `the ${m[1]}`} of ${lowerFirst(subject)} ${m[1] === 'questioning' ? 'reveal' : 'show'}?`;
    },
  },
  { name: 'plans-made-public', kind: 'upcoming', match: PLANS_MADE_PUBLIC, build: willDoRest },
  {
    name: 'attempt',
    kind: 'unresolved',
    match: ATTEMPT,
    build: (m, s) => {
      const before = s.slice(0, m.index);
      if (ATTEMPT_NOT_OPEN.some((row) => row.match.test(before))) return undefined;
      // What the attempt is to show is asked itself; any other attempt, whether it will succeed.
      if (SHOWS.test(m[2])) return yesNo(m[3]);
      return ATTEMPT_TOLD.test(m[3]) ? undefined : `Will the ${m[1].toLowerCase()} to ${m[2]} ${shorten(m[3])} ${PLANS.has(m[1].toLowerCase()) ? 'go ahead' : 'succeed'}?`;
    },
  },
  {
    name: 'effort',
    kind: 'unresolved',
    match: EFFORT_TO,
    build: (m, s) => {
      const subject = subjectBefore(s, m.index);
      return subject && `Will ${lowerFirst(subject)} ${m[1]} ${shorten(m[2])}?`;
    },
  },
  {
    name: 'intends-to',
    kind: 'upcoming',
    match: INTENDS_TO,
    build: willDoRest,
  },
  {
    name: 'elliptical-wh',
    kind: 'unresolved',
    match: ELLIPTICAL_WH,
    build: (m) => {
      const q = yesNo(m[1]);
      return q && `${cap(m[2].toLowerCase())} ${q.charAt(0).toLowerCase()}${q.slice(1)}`;
    },
  },
  { name: 're-election', kind: 'upcoming', match: RE_ELECTION, build: (m) => `Will ${m[1]} win re-election?` },
  {
    name: 'process-result',
    kind: 'upcoming',
    match: PROCESS_PHRASE,
    // Read again where no process word names something else ("that's the case", "a case worker").
    build: (_m, s) => {
      const t = withoutOtherSenses(s);
      const m = PROCESS_PHRASE.exec(t);
      return m && PENDING_PROCESS.test(t) ? processQuestion(m[1], m[2], t.slice(m.index + m[0].length)) : undefined;
    },
  },
  { name: 'asked-in-text', kind: 'unresolved', match: ASKED_IN_TEXT, build: (m) => (wordCount(m[1]) <= 25 ? `${cap(m[1])}?` : undefined) },
  { name: 'modal', kind: (m) => (m[1] === 'will' ? 'upcoming' : 'unresolved'), match: MODAL, build: modalQuestion },
];

// The noun phrase's head and what stands before it, without the phrase after it: "the names of the donors" → "the names".
const headPhrase = (np: string) => np.trim().split(/(?<!\s)\s+(?:of|for|in|on|at|from|with|about|to|by|over)\s/u)[0];

// "Officials said (that) …", "According to police, …": who reports it is not what is asked.
// The reporter's words end where a run of spaces starts (or at the second character, the shortest
// they may be), and the run is read to its end before the lookbehind: tried from every space of a
// long run, each try reading the rest of it, the pattern stalled a build.
export const LEADING_REPORT = new RegExp(String.raw`^(?:according\s+to\s+[^,]{2,60},\s+|(?:[^;:]{2,120}?)(?:(?<!\s)|(?<=^[^;:]{2}))\s+(?!\s)${AFTER_DETERMINER}(?:${SPEECH_VERB_ALTERNATION})\s+(?:on\s+\p{Lu}\p{Ll}+day\s+|\p{Lu}\p{Ll}+day\s+)?(?:that\s+)?)`, 'iu');

/**
 * The question a sentence with a strong signal raises when no ask rule reads it: its reported
 * statement asked as yes or no ("Police said the man was armed" → "Was the man armed?").
 */
export function statementQuestion(sentence: string): string | undefined {
  const s = masked(withoutAsides(sentence));
  const clause = s.replace(LEADING_REPORT, '').replace(/^(?:but|and|so|yet|still|instead|meanwhile|however),?\s+/i, '');
  // "said that figure was wrong": "that" was the noun's own, and the clause points back.
  if (/\bthat\s+$/i.test(s.slice(0, s.length - clause.length)) && /^\p{Ll}+\s+(?:is|are|was|were|has|had)\b/u.test(clause)) return undefined;
  const q = yesNo(clause.trim());
  return q && !PERSONAL.test(q) && !isBroken(q) ? finished(q) : undefined;
}

// A yes/no question's auxiliary, then its subject and what stands before the adverb, in its main
// clause ("… because the name probably came from …" tells the clause's own guess).
const SUBORDINATE = String.raw`(?:because|that|which|who|when|while|if|although|since|after|before|as)`;
const CERTAINTY = new RegExp(String.raw`^((?:Will|Would|Is|Are|Was|Were|Could|Can|Did|Does|Do|Has|Have|Had)\s(?:(?!${SUBORDINATE}\s)[^?\s]+\s)*?)(?:${phrases(grammar.writerCertainty.words)})\s`, 'u');
// "Had the clerk burned …?" → "Did the clerk burn …?", "Had any arrests been made?" → "Were any
// arrests made?": the subject is the words before the first that reads as the perfect's participle.
const JOINED_PARTICIPLE = new RegExp(String.raw`(\sand\s+)(\p{Ll}+ed)(?=\s+(?:${phrases(grammar.joinedVerb.objects)})(?:\s|$))`, 'gu');
function unshiftedPerfect(q: string): string | undefined {
  const words = q.slice(4, -1).split(/\s+/);
  for (let k = 1; k < Math.min(words.length, 9); k++) {
    const subject = words.slice(0, k).join(' ');
    const participle = words[k];
    if (!isPerfect(`have ${participle}`) || !isSubject(subject, true)) continue;
    const rest = words.slice(k + 1).join(' ');
    const head = headPhrase(subject).split(/\s+/).pop()!;
    const plural = isPluralPhrase(subject) || !!tagged(`the ${head}`)[1]?.tags.includes('Plural');
    if (participle === 'been') return rest ? `${plural ? 'Were' : 'Was'} ${subject} ${rest}?` : undefined;
    // ("… and stored the data": a second participle joined to the first is asked bare as well.)
    return `Did ${subject} ${infinitive(participle)}${rest ? ` ${rest.replace(JOINED_PARTICIPLE, (_all, and: string, verb: string) => `${and}${infinitive(verb)}`)}` : ''}?`;
  }
  return undefined;
}
const DEMONSTRATIVE = /(?<![\p{L}'’-])(this|these|those)\s+(\p{Ll}[\p{L}\d'’-]*)/u;
const DEMONSTRATIVES = new RegExp(DEMONSTRATIVE.source, 'gu');
const KEPT_AFTER = new Set(grammar.demonstrativeKept.words);
// The demonstrative opens a noun phrase, as compromise reads the word after it in the question: a
// noun, an adjective or a number; after "those", not a participle or an adverb ("those wrongly
// convicted": the people it stands for).
function demonstrativeOfNoun(q: string, demonstrative: string, next: string): boolean {
  if (KEPT_AFTER.has(next.toLowerCase()) || (demonstrative === 'those' && /(?:ed|ly)$/u.test(next))) return false;
  const tags = tagged(q.slice(0, -1)).find((w) => w.text === next.toLowerCase())?.tags ?? [];
  return tags.some((t) => /^(?:Noun|Adjective|Value)$/.test(t)) && !tags.includes('Verb') && !tags.includes('Preposition');
}
/** Words of a built question a reader is better without, in order: each row names the kind and
 * rewrites the question where `match` finds it. */
export const WORDING_REPAIRS: readonly { name: string; match: RegExp; build: (q: string) => string }[] = [
  // "The ferry will surely draw crowds" → "Will the ferry draw crowds?", not "Will the ferry surely
  // draw crowds?": how sure the writer or speaker is of a claim is no part of asking whether it holds.
  { name: 'writer-certainty', match: CERTAINTY, build: (q) => q.replace(CERTAINTY, '$1') },
  // (backshifted-perfect) "Police said no arrests had been made", "she insisted the clerk had
  // burned the files": the past perfect is the report's tense, set back from the time of the
  // saying; asked alone, "Had any arrests been made?" waits for a time the reader is not told. It
  // is asked in the past, as a hedged perfect is: "Were any arrests made?", "Did the clerk burn
  // the files?".
  { name: 'backshifted-perfect', match: /^Had\s/u, build: (q) => unshiftedPerfect(q) ?? q },
  // (demonstrative-noun) "Will this technology reach patients?", "What is the status of those
  // films?": "this" or "those" points at a sentence the reader of a question list does not have;
  // the question names the thing with "the", as an editor writes it. (A time, "this year", is the
  // reader's own; "those wrongly convicted", "try this in Lisbon" stand for no noun after them.)
  { name: 'demonstrative-noun', match: DEMONSTRATIVE, build: (q) => q.replace(DEMONSTRATIVES, (all, d: string, next: string) => (demonstrativeOfNoun(q, d, next) ? `the ${next}` : all)) },
];
/** The question with its wording repaired (each WORDING_REPAIRS row in turn). */
export const repaired = (q: string) => WORDING_REPAIRS.reduce((text, row) => (row.match.test(text) ? row.build(text) : text), q);
/** A built question as a reader gets it: its masked words back, its verbs agreeing, its wording repaired. */
const finished = (q: string) => repaired(agreeingVerbs(unmasked(q)));

/** The open question a sentence raises, if any, and the rule that wrote it. */
export function questionOf(sentence: string): (Pick<QuestionDraft, 'text' | 'kind'> & { rule: string }) | undefined {
  // Quotation marks, an inserted relative clause or a participle's phrase stand between a subject and its verb.
  const s = masked(withoutAsides(sentence));
  // A question put for effect asks nothing open, whichever rule would read its words.
  if (askedForEffect(s)) return undefined;
  for (const rule of ASK_RULES) {
    const m = rule.match.exec(s);
    const built = m ? rule.build(m, s) : undefined;
    const text = built && finished(built);
    // (A question built from a clause the rule misread leaves the sentence to the next rule.)
    if (!m || !text || isBroken(text)) continue;
    // "than you think", "because we really do know": the writer's voice, not the story's question.
    if (PERSONAL.test(text)) return undefined;
    return { text, kind: typeof rule.kind === 'function' ? rule.kind(m) : rule.kind, rule: rule.name };
  }
  return undefined;
}
