// Signals: what shows that a sentence leaves something open, and how strongly. One named row per
// kind of signal, built from the word lists in data/open-questions.json; a sentence's weight is
// that of its strongest signal.
import type { QuestionKind } from '../../../format/schema.js';
import words from '../../data/open-questions.json';
import { phrases } from '../../text/phrases.js';

export interface SignalRule {
  name: string;
  kind: QuestionKind;
  /** How surely the signal marks something open: an explicit unknown outweighs a "may". */
  weight: number;
  match: { test(text: string): boolean };
  /** Where the signal stands in the text, for a row whose match is no single expression. */
  find?: (text: string) => Span | undefined;
  /** A cheap test that every text the row matches passes (before any word is blanked out): the
   * row's costly expressions run only on the few sentences that pass it. */
  pre?: { test(text: string): boolean };
}

/** Where a signal stands in its sentence: its first and its last character's end. */
export type Span = readonly [number, number];
const spanOf = (m: RegExpExecArray | null): Span | undefined => (m ? [m.index, m.index + m[0].length] : undefined);
/** The earliest of several expressions' matches. */
const earliest = (text: string, ...res: readonly RegExp[]): Span | undefined =>
  res.map((re) => spanOf(re.exec(text))).filter((x): x is Span => !!x).sort((a, b) => a[0] - b[0])[0];
/** A row's match and find for a signal that any of several expressions tells: one list for both,
 * so that the span is always sought among the expressions the row matched with. */
const eitherOf = (...res: readonly RegExp[]) => ({
  match: { test: (text: string) => res.some((re) => re.test(text)) },
  find: (text: string) => earliest(text, ...res),
});

const anyOf = (list: readonly string[]) => new RegExp(`\\b(?:${phrases(list)})\\b`, 'iu');
// Letters the i and u flags read as an ASCII letter that lower-casing keeps apart ("ſ" as "s",
// the Kelvin sign as "k"): a text that writes one is left to the expression.
const FOLDS_TO_ASCII = /[\u017F\u212A]/u;
/** A cheap test that every text anyOf(list) matches passes: it writes, in either case, the longest
 * run of ASCII letters of one of the phrases (a list without such a run in every phrase: no test). */
const writesOneOf = (list: readonly string[]) => {
  const keys = list.map((p) => (p.toLowerCase().match(/[a-z]+/g) ?? []).reduce<string | undefined>((a, b) => (a && a.length >= b.length ? a : b), undefined));
  if (keys.some((k) => k === undefined)) return undefined;
  const distinct = [...new Set(keys as string[])];
  return {
    test: (text: string) => {
      const lower = text.toLowerCase();
      return distinct.some((k) => lower.includes(k)) || FOLDS_TO_ASCII.test(text);
    },
  };
};

/** What is said not to be known: the listed phrases; a copula denied of "clear" or "known"
 * however it is written ("isn't clear", "weren't immediately known", "was not yet clear"); a
 * record or reason said to be missing ("no historical documents mention …", "no evidence that …");
 * nobody sure ("no one is quite sure how …"); and a fact not made public ("the cause of the fire was
 * not released"). */
// "The cause of the fire was not released": a fact withheld, named by its noun (a short phrase may
// follow it: "the identity of the second driver was not disclosed"). The phrase opens on a word: the
// spaces before it are all the "of"'s, or a run of spaces after "the cause of" was split three ways
// (seconds on 8,000 spaces).
export const NOT_MADE_PUBLIC = `(?:is|are|was|were)(?:n['’]t|\\s+not)\\s+(?:yet\\s+|immediately\\s+)?(?:${phrases(words.withheldFacts.verbs)})`;
export const WITHHELD_FACT = `(?:${phrases(words.withheldFacts.nouns)})(?:\\s+(?:of|for|behind)\\s+(?!\\s)[^,;:.!?]{2,50}?)?\\s+${NOT_MADE_PUBLIC}`;
export const UNKNOWN = `${phrases(words.unknown)}|${WITHHELD_FACT}|(?:is|are|was|were)(?:n['’]t|\\s+not)\\s+(?:yet\\s+|\\p{Ll}+ly\\s+)?(?:clear|known)|no\\s+(?:[\\p{Ll}-]+\\s+)?(?:${phrases(words.absent)})|(?:no\\s+one|nobody)\\s+(?:is|was|seems)\\s+(?:\\p{Ll}+ly\\s+)?(?:sure|certain)`;

export const PROCESS_NOUNS = phrases([...words.processes.find, ...words.processes.outcome, ...words.processes.result]);
const PROCESS = `\\b(?:${PROCESS_NOUNS})\\b`;
const PENDING = `\\b(?:${phrases(words.pending)})\\b`;
const FUTURE = `\\b(?:${phrases(words.future)})\\b`;
// A time named as a phrase ("next week", "tonight"), a date ("on March 3", "by Dec. 15") or a span
// ("within two years", "within the next month"; "within the old walls" is a place).
const WITHIN_TIME = String.raw`within\s+(?:[\p{L}\d-]+\s+){0,3}?(?:${phrases(words.missingObject.times)})`;
export const WHEN = `\\b(?:${phrases(words.when)}|(?:on|by|until|before)\\s+(?:${phrases(words.months)})\\.?\\s+\\d{1,2}|${WITHIN_TIME})\\b`;

const other = words.notAProcess;
/** Where a process word names something else: a situation, an instance, an argument, a kind of
 * worker or document, a charm. Asked as a process, it raises a question nobody has. */
export const NOT_A_PROCESS: readonly { name: string; match: RegExp }[] = [
  // "if that is the case", "that does not seem to be the case", "as was often the case that winter".
  // Only adverbs stand between: "was prosecutor in the case", "is the case of …" name a case at law.
  { name: 'the-case-as-so', match: /\b(?:is|are|was|were|be|been|being|isn['’]t|wasn['’]t|['’]s)\s+(?:(?:not|\p{Ll}+ly|often|still|always|also|never|just|really|almost|usually|already|even|no\s+longer)\s+){0,3}the\s+case\b(?!\s+(?:of|against|for)\b)/giu },
  // "in case of emergency", "just in case you were wondering".
  { name: 'in-case', match: /\bin\s+case\b/giu },
  // "In Nora's case, the treatment took weeks", "In one case, …": opening a sentence, an instance.
  { name: 'in-ones-case', match: /^\s*In\s+(?:the\s+)?(?:this|that|each|one|either|any|such\s+a|[\p{L}-]+['’]s?)\s+case\b/gu },
  // "There's a case to be made that …", "makes a strong case that …".
  { name: 'case-as-argument', match: /\b(?:an?|the)\s+(?:\p{Ll}+\s+)?case\s+(?:to|can|could)\s+be\s+made\b|\bmak(?:e|es|ing)\s+(?:an?|the|his|her|their|its|our)\s+(?:\p{Ll}+\s+)?case\b/giu },
  // "a case of mistaken identity", "it was simply a case of waiting for the tide".
  { name: 'a-case-of', match: /\ba\s+case\s+of\b/giu },
  // "the case worker", "a case study".
  { name: 'case-compound', match: new RegExp(`\\bcase\\s+(?:${phrases(other.caseNouns)})\\b`, 'giu') },
  // "said in a news release".
  { name: 'press-release', match: new RegExp(`\\b(?:${phrases(other.releaseKinds)})\\s+releases?\\b`, 'giu') },
  // "to add to the kerb appeal".
  { name: 'appeal-as-charm', match: new RegExp(`\\b(?:${phrases(other.appealKinds)})\\s+appeal\\b`, 'giu') },
  // "In a new study, the team ran two trials", "a study in Nature found": a study whose findings the
  // story reports, not one still under way.
  { name: 'published-study', match: /\b(?:new|recent|latest|published|research)\s+stud(?:y|ies)\b|\bstud(?:y|ies)\s+(?:published\s+in|in\s+(?:the\s+)?(?:journal\s+)?\p{Lu})/giu },
  // "decision makers", "decision-making".
  { name: 'decision-compound', match: /\bdecision[\s-](?:makers?|making)\b/giu },
  // "the drummer Bill Ruiz will join them": a first name before a surname, no bill of law.
  { name: 'bill-as-name', match: /\bBill(?=\s+\p{Lu}\p{Ll})/gu },
];
const PROCESS_WORD = new RegExp(PROCESS, 'giu');
/** Words read as no signal, blanked out so that offsets in the text stay where they were. */
const blank = (m: string) => '_'.repeat(m.length);
/** The text with each process word that names something else blanked out. */
export const withoutOtherSenses = (text: string) => NOT_A_PROCESS.reduce((t, { match }) => t.replace(match, (m) => m.replace(PROCESS_WORD, blank)), text);

const PENDING_PROCESS_NEAR = new RegExp(`${PROCESS}[^.;]{0,80}?${PENDING}|${PENDING}[^.;]{0,80}?${PROCESS}`, 'iu');
// Blanking a word out never makes another match: a sentence without both a process and a pending
// word cannot match, and is spared the blanking.
const PENDING_ONE = new RegExp(PENDING, 'iu');
/** A process named near a word that says it is not over: "an investigation … is ongoing". */
export const PENDING_PROCESS = { test: (text: string) => PENDING_PROCESS_NEAR.test(withoutOtherSenses(text)) };
const PROCESS_ONE = new RegExp(PROCESS, 'iu');
const PROCESS_AND_PENDING = { test: (text: string) => PROCESS_ONE.test(text) && PENDING_ONE.test(text) };
/** Where the process stands that a word near it says is not over: the matter is the process. */
function pendingProcessSpan(text: string): Span | undefined {
  const near = PENDING_PROCESS_NEAR.exec(withoutOtherSenses(text));
  const word = near && PROCESS_ONE.exec(near[0]);
  return near && word ? [near.index + word.index, near.index + word.index + word[0].length] : spanOf(near);
}

/** An effort told as under way: "the team is working to reduce the cost". */
export const EFFORT = `\\b(?:is|are)\\s+(?:still\\s+|now\\s+)?(?:${phrases(words.attempt.verbs)})\\s+to\\s+(\\p{Ll}+)`;

const INQUIRY = words.inquiry;
const NOW = String.raw`(?:now\s+|still\s+|also\s+)?`;
/** A matter told as being looked into: "the collapse is now under criminal investigation", "the
 * fire is being investigated". m[1] the inquiry's noun, or
 * m[2] its participle. */
export const UNDER_INQUIRY = new RegExp(
  String.raw`\s(?:is|are|was|were|remains?|remained)\s+${NOW}(?:under\s+(?:\p{Ll}+\s+)?(${phrases(Object.keys(INQUIRY.nouns))})|being\s+(${phrases(Object.keys(INQUIRY.participles))}))\b`,
  'iu',
);
/** Someone told as looking into a matter: "state officials are investigating the loss of the barge",
 * or as going on with it: "the agency continues to examine the other claims". m[1] the matter. */
export const INQUIRING = new RegExp(
  String.raw`\s(?:(?:is|are)\s+${NOW}(?:${phrases(INQUIRY.verbs)})|(?:continues?|will\s+continue)\s+to\s+(?:${phrases(INQUIRY.continued)}))\s+((?:the|a|an|his|her|their|its|this|that)\s+[^,;:.!?]{3,})`,
  'iu',
);

/** A matter handed to an inquiry: "the council has asked the state auditor to look into the grant".
 * m[1] who is to inquire (may be empty), m[2] the inquiring verb, m[3] what follows it. Only in the
 * perfect or the present: "so they asked the county board to step in" tells an episode of an
 * account, whose finding the account most often goes on to tell. */
export const INQUIRY_ASKED = new RegExp(
  String.raw`\b(?:(?:has|have|had)\s+(?:also\s+|now\s+|since\s+)?|['’]ve\s+)(?:${phrases(words.inquiryAsked.verbs)})\s+((?:the\s+)?(?:[\p{L}’'.-]+\s+){0,6}?)to\s+(${phrases(Object.keys(words.inquiryAsked.inquiries))})\b\s*([^,;:.!?]*)`,
  'iu',
);

/** An inquiry under way into whether something is so: "detectives are checking to see if the two
 * fires are linked". m[1] the clause. */
export const INQUIRING_WHETHER = new RegExp(
  String.raw`\s(?:is|are)\s+(?:(?:${phrases(words.inquiryWhether.adverbs)})\s+)?(?:${phrases(words.inquiryWhether.verbs)})\s+(?:whether|if)\s+((?:or\s+not\s+)?[^,;:.!?]{8,})`,
  'iu',
);

/** A doubt named by its noun over what is not known: "questions about whether the dam is safe",
 * "speculation as to why the mill closed". The wh-word and its clause follow. */
export const DOUBT_OVER = String.raw`\b(?:${phrases(words.doubtOver.nouns)})\s+(?:${phrases(words.doubtOver.prepositions)})`;
const DOUBT_OVER_WH = new RegExp(String.raw`${DOUBT_OVER}\s+(?:exactly\s+)?(?:whether|who|what|when|where|why|how)\s+\S+\s+\S+`, 'iu');

/** A thing told as not found or made so far: "no arrests have been made", "no wreckage has been
 * found", "no buyer for the mill is known". Whether and when it comes is open; "no knife was found"
 * tells what a search found, a fact of the account, and is left alone. Only where "no" opens the
 * sentence, as the no-subject ask rule reads it: "…, though no second gunman has been identified"
 * closes another matter, which could only be asked about vaguely. */
const NONE_WORD = String.raw`[\p{L}-]+`;
const NONE_SO_FAR = new RegExp(
  String.raw`^(?:but\s+|and\s+|so\s+far,?\s+|to\s+date,?\s+|yet\s+)?no\s+(?:${NONE_WORD}\s+){0,4}?${NONE_WORD}\s+(?:(?:has|have|had)\s+(?:yet\s+|so\s+far\s+|ever\s+)?been\s+(?:${phrases(words.noneSoFar.participles)})|(?:is|are|was|were)\s+(?:yet\s+|immediately\s+)?known)\b`,
  'iu',
);

/** A person the articles may name only by what they are: "an unidentified man", "a 27-year-old woman". */
export const PERSON = String.raw`(?:\d+-year-old\s+)?(?:${phrases(words.unnamedPersons.words)})`;
// "A hiker found a woman's body in the woods", "the body of a woman was recovered" → "Who was the woman
// whose body was found?": a person the articles name only by what was found.
export const BODY_OF = new RegExp(String.raw`\b(?:an?\s+((?:\d+-year-old\s+|young\s+|elderly\s+)?${PERSON})['’]s\s+(body|remains)|(?:the\s+)?(body|remains)\s+of\s+an?\s+((?:\d+-year-old\s+|young\s+|elderly\s+)?${PERSON}))\b`, 'iu');

// A decision still to come made the condition of what the sentence tells: "If convicted, the two
// men could face …", "The finding, if confirmed, would …", "if the merger is approved by club
// members". Only where the condition opens a clause (after the sentence's start, a comma, "that" or
// "says"), elliptical or with its own subject: "the penalty if convicted" tells a charge's stakes,
// which the charge's own question asks.
const DECIDED = `(${phrases(words.pendingDecision.participles)})\\b(\\s+(?:of|on|by|in)\\s+[^,;:.!?]{2,60})?`;
const IF = String.raw`(?:^(?:but\s+|and\s+)?|,\s+|\bthat\s+|\b(?:says|said)\s+)(?:if|once|unless)\s+`;
/** The condition with no subject of its own, then a comma: m[1] the participle, m[2] what it is of or by. */
export const IF_DECIDED_ELLIPTICAL = new RegExp(String.raw`${IF}${DECIDED},\s+`, 'iu');
// The subject opens on a word after its determiner (the spaces are all the determiner's), so that a
// run of spaces is not split between them and the subject's end.
/** The condition with its own subject: m[1] the subject, m[2] the participle, m[3] by whom; or m[4] the subject of m[5] "passes". */
export const IF_DECIDED_CLAUSE = new RegExp(
  String.raw`\b(?:if|once|unless)\s+((?:the|a|an|his|her|their|its|this|that)\s+(?!\s)[^,;:.!?]{2,50}?|\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2})\s+(?:is|are|gets?|were)\s+(?:\p{Ll}+ly\s+)?${DECIDED}(?=[\s,;:.!?]|$)|\b(?:if|unless)\s+((?:the|a|an|his|her|their|its|this|that)\s+(?!\s)[^,;:.!?]{2,50}?)\s+(${phrases(words.pendingDecision.verbs)})\b`,
  'iu',
);

/** A lawsuit or charge weighed, planned or threatened: m[1] the action, m[2] what follows it
 * ("against the maker", "the police department"). An attorney hired to sue is a plan too. */
export const LEGAL_ACTION = new RegExp(
  String.raw`\s(?:(?:is|are|was|were|has|have|had)\s+)?(?:(?:also|still|now)\s+)?(?:(?:${phrases(words.legalAction.intends)})\s+(?:to\s+)?|(?:hired|retained)\s+(?:an?\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:attorney|lawyer|law\s+firm)s?\s+to\s+)(${phrases(words.legalAction.actions)})\b([^,;:.!?]{0,200})`,
  'iu',
);

const CHARGE = anyOf(words.charged);
/** A charge told with how it ended: "was charged with assault and pleaded guilty", "was convicted
 * in March of two counts of …". No trial is still to come. */
export const CHARGE_DECIDED = anyOf(words.chargeDecided.words);

/** "missing" before its object means lacking ("was missing a part"), not lost: the text without it. */
export const LACKED = String.raw`\s+(?:${phrases(words.missingObject.words)}|\d)\b(?!\s+(?:\p{Ll}+\s+)?(?:${phrases(words.missingObject.times)})\b)`;
export const LACKING = new RegExp(String.raw`\bmissing(?=${LACKED})`, 'giu');
const withoutLacking = (text: string) => text.replace(LACKING, 'lacking');
export const EXPLICIT_UNKNOWN = new RegExp(`\\b(?:${UNKNOWN})\\b`, 'iu');
const UNSETTLED = anyOf([...words.unsettled.condition, ...words.unsettled.sought, ...words.unsettled.postponed]);

/** A search under way: "rangers are still searching for the hiker". m[1] what is sought, opened by
 * a determiner, a number or a name (not "if you are looking for …", whose subject is no searcher). */
export const SEARCHING = new RegExp(
  String.raw`\s(?:is|are|was|were)\s+(?:still\s+|now\s+|also\s+)?(?:${phrases(words.search.verbs)})\s+for\s+((?:(?:${phrases(words.search.objects)})\s|\p{Lu})[^,;:.!?]{3,})`,
  'u',
);
/** An event put at a time still to come: "The hearing for Ruiz is scheduled for May 9". m[1] the event. */
// The event ends on a word, or is its first three characters: ending inside a run of spaces would
// give nothing the run's start does not. Of the spaces after the determiner, the event may take
// at most four (so that three of them still make an event): more would add nothing either.
// Without these each run of spaces was read from every offset in it, for each split before it.
export const SCHEDULED_FOR = new RegExp(
  String.raw`^(?:but\s+|and\s+)?((?:the|his|her|their|its|a|an)\s+(?=\s{0,4}(?!\s))[^,;:.!?]{3}(?:[^,;:.!?]{0,76}?[^\s,;:.!?])??)\s+(?:is|are)\s+(?:now\s+|also\s+|tentatively\s+)?(?:${phrases(words.scheduledFor.participles)})\s+for\s+(?!the\s+(?:same\s+)?day\b)`,
  'iu',
);
/** A defendant's next step in court put at a time still to come: "Ruiz is due in district court
 * next month", "was scheduled to be arraigned May 2". m[1] the step ("arraigned"), none for an
 * appearance; m[2] when and where ("next month"; a month's abbreviation keeps its dot). */
const COURT = String.raw`(?:[\p{L}.-]+\s+){0,2}?court`;
const COURT_WHEN = String.raw`((?:[^,;:.!?]|\.(?=\s\d))*)`;
export const COURT_DATE = new RegExp(
  String.raw`\s(?:is|are|was|were)\s+(?:(?:next|also|now|both|each)\s+)?(?:(?:${phrases(words.courtDate.participles)})\s+(?:back\s+)?in\s+${COURT}|(?:(?:${phrases(words.courtDate.participles)})\s+)?to\s+(?:(?:return|be\s+back)\s+(?:to|in)\s+${COURT}|appear\s+(?:\p{Ll}+\s+){0,2}?in\s+${COURT}|be\s+(${phrases(words.courtDate.steps)})))\b${COURT_WHEN}`,
  'u',
);
/** After a verb of weighing, what makes it a burden or a comment, not a course weighed: "costs are
 * weighing (heavily) on farmers", "the mayor is weighing in". */
export const NOT_A_COURSE = String.raw`(?!(?:\p{Ll}+ly\s+)?(?:on|upon|in|down)\b)`;
/** A course still being weighed: "the board is considering a ban on night flights", "ministers have been
 * mulling whether to raise the tax". */
const WEIGHING = new RegExp(String.raw`\b(?:is|are|has\s+been|have\s+been)\s+(?:still\s+|now\s+|also\s+|already\s+)?(?:${phrases(words.weighing.verbs)})\s+${NOT_A_COURSE}\p{L}`, 'iu');
/** A forecast: "the fare is also likely to rise", "Lund is tipped to win the seat". */
export const FORECAST = String.raw`\b(?:is|are|was|were)\s+(?:(?:${phrases(words.forecast.adverbs)})\s+)?(?:${phrases(words.forecast.words)})\s+to\s+(\p{Ll}+)\b`;

/** What a finding, plan or deal is said it may bring about: "the discovery could help explain
 * …", "may one day pave the way for …". m[1] the modal, m[2] its adverb, m[3] the verb, m[4] the rest. */
export const PROMISE = new RegExp(
  String.raw`\s(${phrases(words.promise.modals)})\s+(?:(${phrases(words.promise.adverbs)})\s+)?(${phrases(words.promise.verbs)})\s+([^,;:.!?]{4,})`,
  'u',
);

/** A promise held: "the drug has the potential to cut deaths", "has the potential of becoming …".
 * m[1] the verb, or m[2] its gerund; m[3] the rest. */
export const POTENTIAL = new RegExp(
  String.raw`[\s"“](?:has|have|had)\s+(?:also\s+|still\s+)?the\s+(?:\p{Ll}+\s+)?(?:${phrases(words.promise.nouns)})\s+(?:to\s+(?!not\b)(\p{Ll}+)|of\s+(\p{Ll}+ing))\b\s*([^,;:.!?]*)`,
  'u',
);

/** A word that names many, as the subject of a plan's verb ("the growers", "Prosecutors"): it ends
 * in "s" but not in "ss" or "us" ("business", "campus"), and is no determiner or verb ("this",
 * "his", "has"). */
export const PLURAL_WORD = String.raw`(?!(?:this|his|its|hers|theirs|ours|yours|is|was|has|does|as)\b)[\p{L}-]+s(?<![su]s)`;
/** A plan told by its plural subject's own verb: "the growers plan to appeal the ruling", "Both
 * crews plan to sail on". (After a determiner and a word that names no many, "a plan to", "the new
 * plan to", "plan" is a noun, which the attempt ask rule reads; after a pronoun, a question would
 * leave the planners unnamed.) */
export const SUBJECT_PLANS = new RegExp(String.raw`(?:\b(?:the|both|all)\s+(?:[\p{L}-]+\s+)?|^(?:[\p{L}-]+\s+)?)${PLURAL_WORD}\s+(?:(?:also|still|now)\s+)?plan\s+to\s+\p{Ll}+`, 'iu');

/** A demand made of a named person or body: "the union has called on the mayor to resign", "calls
 * for the Pellham board to be dissolved". m[1] who is to act (a name, or a phrase opened by "the" or
 * a possessive), m[2] the verb, m[3] the rest. Not after "who", "that" or "which": "it was Ortiz who
 * urged the club to sell" tells who began what the story goes on to tell. Not of a pronoun, nor of
 * all ("urged residents to stay home" is advice), nor where "to" opens no verb ("pressing the cloth
 * to her face"). Nor after a modal, "to" or "keep": "she will keep pressing the council to fund the
 * library" is the speaker's own plan, which the modal rule asks. Nor where a measure makes it ("a
 * draft resolution calling on the regime to withdraw"): what the measure holds, not a demand. */
const DEMAND = words.demand;
// (The ask rule reads the sentence with the dots of "U.S." masked as a middle dot.)
const DEMAND_WORD = String.raw`[\p{L}\d’'.·&-]+`;
const DEMAND_OBJECT = String.raw`(?:the|its|his|her|their)\s+(?:${DEMAND_WORD}\s+){0,5}?${DEMAND_WORD}|\p{Lu}${DEMAND_WORD}(?:\s+\p{Lu}${DEMAND_WORD}){0,3}`;
// The dot of a title or initial, which ends no clause: "urged Mr. Ortiz to …", "the U.S. Senate".
const TITLE_DOT = String.raw`(?<=\b\p{Lu}\p{Ll}{0,2})\.(?=\s*\p{Lu})`;
const NO_VERB = '(?:the|a|an|his|her|their|its|my|our|your|this|that|these|those|him|them|me|us)';
export const DEMANDED = new RegExp(
  String.raw`\b(?<!\b(?:who|that|which)\s+(?:(?:had|has|have|also|repeatedly|once|then|later)\s+)*|\b(?:will|would|could|may|might|to|keep|keeps|kept)\s+|\b(?:${phrases(DEMAND.measures)})\b[^.;:!?]{0,80})(?:${phrases(DEMAND.verbs)})\s+(?!(?:${phrases(DEMAND.advised)})\s+to\b)(${DEMAND_OBJECT})\s+to\s+(?!${NO_VERB}\b)(\p{Ll}+(?:-\p{Ll}+)*)\b((?:[^,;:.!?]|${TITLE_DOT})*)`,
  'u',
);

// Both forms of a pending decision open its condition with one of these.
const CONDITION_WORD = /(?:if|once|unless)\s/iu;
// Every demand names its verb, and no blanking writes one.
const DEMAND_VERB = new RegExp(String.raw`(?:${phrases(DEMAND.verbs)})\s`, 'u');
// Something due at a time still to come names the time.
const WHEN_ONE = new RegExp(WHEN, 'iu');

/** Where a signal row's words say something else: each row names the signal rows it would set
 * off wrongly and the words in that other sense, which those rows read blanked out. */
const NOT_YET_DONE = phrases(words.noneSoFar.participles);
// A sentence that is a question from its start (after a turn word or a lead ending in a colon), as
// the writer asks it: "But will …?", "More to the point: is …?".
const ASKS_FROM_START = String.raw`^\W*(?:[^?:]{0,30}:\s*)?(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Nn]ow|[Yy]et)\b,?\s*)?`;
/** The words a question opens with, for the patterns that read a question the text asks itself. */
export const QUESTION_WORDS = 'who|what|when|where|why|how|which|will|would|can|could|should|is|are|was|were|do|does|did|has|have|had';
// …spelled for a case-sensitive pattern: either case of the first letter only.
const QUESTION_WORD = `(?:${QUESTION_WORDS.split('|').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})\\b`;
export const NOT_A_SIGNAL: readonly { name: string; rows: readonly string[]; match: RegExp }[] = [
  // "the show came back on air in May", "Prime Minister May told MPs": a month or a name, not the modal.
  // "May" first, then what stands before it: looked behind from every space of a long run, the
  // lookbehind read the run back each time.
  { name: 'may-as-name', rows: ['speculation'], match: /May\b(?<=[\p{L}\d,;:)]\s+May)/gu },
  // "so that the crew could reach the roof", "…, so they could talk": what an act was done for,
  // told with the act, not a chance still open.
  { name: 'could-of-purpose', rows: ['speculation'], match: /\bso\s+that\s+(?:[\p{L}’'-]+\s+){1,4}?(?:could|might|may)\b|,\s+so\s+(?:he|she|they|we|I|you)\s+(?:could|might)\b/gu },
  // "chose the train instead", "instead of coal": a choice between courses, no account set against another.
  { name: 'instead-as-choice', rows: ['contested'], match: /\binstead\b/giu },
  // "In fact, most guests spend less": opening a sentence, it adds weight to the last one.
  { name: 'in-fact-opening', rows: ['contested'], match: /^\s*In\s+fact\b/gu },
  // "the board rejected the request", "the judge dismissed the motion": a decision made, not an account denied.
  {
    name: 'rejected-a-request',
    rows: ['denial'],
    match: new RegExp(String.raw`\b(?:rejected|rejects|dismissed|dismisses|denied|denies)(?=\s+(?:the|a|an|his|her|their|its|this|that)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:${phrases(words.notASignal.requests)})\b)`, 'giu'),
  },
  // "the climbers did not return home", "he did not return to the trail": gone and not back,
  // no calls left unanswered.
  { name: 'return-as-going-back', rows: ['withheld'], match: /\bdid\s+not\s+return(?=\s+(?:home|to|from|after|until|with)\b)/giu },
  // "the nurse had not been told of it", "the mill had not been busier since 1990": a state at a past time the
  // account tells, not a deed still to come ("had not been identified" as of the report is kept).
  { name: 'past-perfect-denied', rows: ['not-yet'], match: new RegExp(String.raw`\bhad(?:\s+not|n['’]t)\s+been\b(?!\s+(?:yet\s+|\p{Ll}+ly\s+)?(?:${NOT_YET_DONE})\b)`, 'giu') },
  // "The mayor has not been swayed by the protests", "the board has not been cowed by its donors":
  // a state of mind denied tells a stance held, not a deed still to come.
  { name: 'mind-unmoved', rows: ['not-yet'], match: new RegExp(String.raw`\b(?:has|have)(?:\s+not|n['’]t)\s+been\s+(?:\p{Ll}+ly\s+)?(?:${phrases(words.mindUnmoved.participles)})\s+by\b`, 'giu') },
  // "This is not to say the club hasn't signed anyone", "that doesn't mean the crew hasn't tried":
  // a denial denied says the deed was done; the writer's aside, not a deed still to come.
  { name: 'denial-denied', rows: ['not-yet'], match: new RegExp(String.raw`\b(?:not\s+to\s+say|(?:does|do|did)(?:\s+not|n['’]t)\s+mean)\b(?:[^.;:!?]|${TITLE_DOT}){0,80}?\b(?:has|have|had)(?:\s+not|n['’]t)\b`, 'giu') },
  // "Members had urged the mayor to resign as the row dragged on", "after the 2010 election, aides
  // urged him to run": a demand the account tells as before its news, or at a dated past
  // occasion, was met or let go by the time of the story (both such demands over the 234
  // non-check clusters asked a moot question).
  {
    name: 'demand-told-as-past',
    rows: ['demand'],
    match: new RegExp(String.raw`\bhad\s+(?:(?:also|repeatedly|already|long|once|previously|earlier|first)\s+)?(?:${phrases(DEMAND.verbs)})\b|\b(?:in|after|before|during|since|following)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:19|20)\d\d\b(?:[^.;!?]|${TITLE_DOT}){0,160}?\b(?:${phrases(DEMAND.verbs)})\b`, 'giu'),
  },
  // A question the writer puts is the story's open matter when it asks what will happen or what
  // is not yet known; read over the 234 non-check clusters, most asked in the text were the
  // writer's play instead, in these forms (the words up to its question mark are blanked):
  // "Can the old dog learn new tricks?", "What can a retired miner do for work?": what a thing
  // or anyone at all is able to do, wondered at, not an event still to come. (Whether a person
  // the story names can do what lies ahead of them, "But can she win the final?", is its thread.)
  { name: 'asked-ability', rows: ['asked-in-text'], match: new RegExp(String.raw`${ASKS_FROM_START}(?:(?:[Ww]hat|[Hh]ow|[Ww]here|[Ww]hy)\b[^?]*\b(?:can|could)\b|[Cc](?:an|ould)\s+(?!(?:he|she|they)\b|\p{Lu})|${QUESTION_WORD}[^?]*\b(?:cannot|can['’]t|couldn['’]t)\b)[^?]*\?`, 'gu') },
  // "Who else but the twins would bake it?", "Is there anything the twins will not bake?", "What
  // will everyone wear to the fair?", "Did the chef by any chance taste it?": a question of
  // any-at-all or a tease, whose answer the writer implies.
  { name: 'asked-for-effect', rows: ['asked-in-text'], match: new RegExp(String.raw`${ASKS_FROM_START}${QUESTION_WORD}[^?]*\b(?:by\s+any\s+chance|else\s+but|anything|anyone|anybody|everyone|everybody|ever|possible\s+that)\b[^?]*\?`, 'gu') },
  // "Why would a school need a moat?": the writer sets up the answer the next sentences give.
  { name: 'why-would', rows: ['asked-in-text'], match: new RegExp(String.raw`${ASKS_FROM_START}[Ww]hy\s+(?:would|should|on\s+earth)\b[^?]*\?`, 'gu') },
];

// NOT_A_SIGNAL's forms of a question asked for effect, compiled once without the global flag, so
// that testing a sentence keeps no position between calls.
const FOR_EFFECT = NOT_A_SIGNAL.filter((r) => r.rows.includes('asked-in-text')).map((r) => new RegExp(r.match.source, r.match.flags.replace('g', '')));
/** The question a sentence asks for effect, in one of NOT_A_SIGNAL's forms: no open matter of the story. */
export const askedForEffect = (text: string) => FOR_EFFECT.some((re) => re.test(text));
/** A row that reads the text with the words NOT_A_SIGNAL says are no signal of it blanked out. */
function withoutOtherSignals(rule: SignalRule): SignalRule {
  const others = NOT_A_SIGNAL.filter((r) => r.rows.includes(rule.name));
  if (!others.length) return rule;
  const read = (text: string) => others.reduce((t, { match }) => t.replace(match, blank), text);
  return { ...rule, match: { test: (text) => rule.match.test(read(text)) }, find: (text) => signalSpan(rule, read(text)) };
}

/** The signal rules, strongest first. */
export const SIGNALS: readonly SignalRule[] = ([
  // "It is unclear who …", "No one knows yet who painted the mural", "left many missing".
  { name: 'explicit-unknown', kind: 'unresolved', weight: 3, match: { test: (text) => EXPLICIT_UNKNOWN.test(withoutLacking(text)) }, find: (text) => spanOf(EXPLICIT_UNKNOWN.exec(withoutLacking(text))) },
  // A doubt named by its noun: "the debate over whether the canal should be widened goes on".
  // Below a sure signal: what such a sentence leaves open is its clause, which the doubt-over ask
  // rule reads; where it cannot, a question about the sentence's matter asks nothing ("What is
  // still unknown about the speech?").
  { name: 'doubt-over', kind: 'unresolved', weight: 1.75, match: DOUBT_OVER_WH },
  // A person named only by what was found: "found a woman's body in the woods".
  { name: 'unnamed-body', kind: 'unresolved', weight: 2, match: BODY_OF },
  // Two accounts of one thing: "said that figure was not accurate", "denied …".
  { name: 'denial', kind: 'disputed', weight: 2.5, match: anyOf(words.denial), pre: writesOneOf(words.denial) },
  // A claim someone holds against another account: "accused of …", "insists …", "contrary to …".
  { name: 'contested', kind: 'disputed', weight: 1.5, match: anyOf(words.contested), pre: writesOneOf(words.contested) },
  // "has not been charged", "hasn't signed the lease yet", "no source … has been determined".
  { name: 'not-yet', kind: 'unresolved', weight: 2.5, match: anyOf(words.notYet), pre: writesOneOf(words.notYet) },
  // Nothing found or made so far: "no arrests have been made", "no trace has been found".
  { name: 'none-so-far', kind: 'unresolved', weight: 2.5, match: NONE_SO_FAR },
  // A process under way whose result is not in: "an investigation … is ongoing", "faces two charges".
  { name: 'pending-process', kind: 'upcoming', weight: 2.5, match: PENDING_PROCESS, find: pendingProcessSpan, pre: PROCESS_AND_PENDING },
  // A matter being looked into, whose finding is not in: "the incident is under investigation".
  { name: 'under-inquiry', kind: 'upcoming', weight: 2.25, ...eitherOf(UNDER_INQUIRY, INQUIRING, INQUIRING_WHETHER) },
  // A matter handed to an inquiry: "the mayor has asked state police to look into the fire".
  { name: 'inquiry-asked', kind: 'upcoming', weight: 2.25, match: INQUIRY_ASKED },
  // A charge whose trial is still to come: "pleaded not guilty to assault", "was charged with murder".
  { name: 'charged', kind: 'upcoming', weight: 2.25, match: { test: (text) => CHARGE.test(text) && !CHARGE_DECIDED.test(text) }, find: (text) => spanOf(CHARGE.exec(text)), pre: writesOneOf(words.charged) },
  // A decision still to come that what the sentence tells depends on: "If convicted, they could face …".
  { name: 'pending-decision', kind: 'upcoming', weight: 2.25, ...eitherOf(IF_DECIDED_ELLIPTICAL, IF_DECIDED_CLAUSE), pre: CONDITION_WORD },
  // A lawsuit or charge weighed or threatened: "has hired an attorney to sue the city".
  { name: 'legal-action', kind: 'upcoming', weight: 2, match: LEGAL_ACTION },
  // A defendant's next day in court: "the cousins are due in district court next month".
  { name: 'court-date', kind: 'upcoming', weight: 2.25, match: COURT_DATE },
  // An event put at a time to come: "the band’s next concert is scheduled for June 2".
  { name: 'scheduled-for', kind: 'upcoming', weight: 2.25, match: SCHEDULED_FOR },
  // Something due at a time still to come: "will vote next week", "is expected to rule on Monday".
  { name: 'scheduled', kind: 'upcoming', weight: 2.25, match: new RegExp(`${FUTURE}[^.;]{0,80}?${WHEN}|${WHEN}[^.;]{0,80}?${FUTURE}`, 'iu'), pre: WHEN_ONE },
  // A state not yet resolved: "in critical condition", "remains at large", "the vote was postponed".
  { name: 'unsettled', kind: 'unresolved', weight: 1.75, match: { test: (text) => UNSETTLED.test(withoutLacking(text)) }, find: (text) => spanOf(UNSETTLED.exec(withoutLacking(text))) },
  // A search whose end is not told: "divers are still searching for the second boy".
  { name: 'searching', kind: 'unresolved', weight: 1.75, match: SEARCHING },
  // Someone or something handed to a process not yet done: "taken to a hospital for evaluation".
  { name: 'sent-for', kind: 'unresolved', weight: 2, match: anyOf(words.sentFor), pre: writesOneOf(words.sentFor) },
  // The article asks it itself: "But who paid for the new organ in the chapel?"
  { name: 'asked-in-text', kind: 'unresolved', weight: 0.5, match: /\?["”’']?\s*$/u },
  // Someone would not say: "declined to say whether the pool had a lifeguard".
  { name: 'withheld', kind: 'unresolved', weight: 2, match: anyOf(words.withheld), pre: writesOneOf(words.withheld) },
  // A course being weighed, whose decision is not in: "the council is considering a ban on fireworks".
  { name: 'weighing', kind: 'upcoming', weight: 1.75, match: WEIGHING },
  // A demand whose answer is not told: "the union has called on the mayor to resign".
  { name: 'demand', kind: 'unresolved', weight: 1.75, match: DEMANDED, pre: DEMAND_VERB },
  // An effort under way whose outcome is not told: "the team is working to reduce the cost".
  { name: 'effort', kind: 'unresolved', weight: 1.5, match: new RegExp(EFFORT, 'iu') },
  // A future someone fears, hopes for or weighs: "concern that North Korea could soon …".
  { name: 'possibility', kind: 'unresolved', weight: 1.5, match: anyOf(words.possibility), pre: writesOneOf(words.possibility) },
  // What a finding or a plan may bring about: "the method may one day pave the way for …".
  { name: 'promise', kind: 'unresolved', weight: 1.5, ...eitherOf(PROMISE, POTENTIAL) },
  { name: 'future', kind: 'upcoming', weight: 1, match: new RegExp(FUTURE, 'iu') },
  // A plan told by its subject's own verb, which the future words ("plans to") miss for many
  // planners: "the two clubs plan to replay the match".
  { name: 'subject-plans', kind: 'upcoming', weight: 1, match: SUBJECT_PLANS },
  // What someone or something is forecast to do: "the fare is also likely to rise".
  { name: 'forecast', kind: 'upcoming', weight: 1, match: new RegExp(FORECAST, 'u') },
  { name: 'speculation', kind: 'unresolved', weight: 0.5, match: anyOf(words.speculation), pre: writesOneOf(words.speculation) },
] satisfies SignalRule[]).map(withoutOtherSignals);

/** Where a signal row's match stands in the text (none where it does not match). */
function signalSpan(rule: SignalRule, text: string): Span | undefined {
  return rule.find ? rule.find(text) : rule.match instanceof RegExp ? spanOf(rule.match.exec(text)) : undefined;
}

/** The strongest signal in a sentence, where it stands, and how many signals it holds. */
export function signalOf(text: string): { rule: SignalRule; count: number; span?: Span } | undefined {
  const found = SIGNALS.filter((r) => (!r.pre || r.pre.test(text)) && r.match.test(text));
  return found.length ? { rule: found[0], count: found.length, span: signalSpan(found[0], text) } : undefined;
}
