// Disputes: two actors, not on one side, who give different accounts of the same matter.
import lists from '../../data/open-questions.json';
import { type ActorDraft, type Context, type QuestionDraft, type Sentence } from '../../types.js';
import { namesOf } from '../../../format/names.js';
import { DISPUTE_VERBS, GROUP_NOUNS, KIN, OFFICES, ORG_HEADS, PERSON_NOUNS, TITLE_HEADS, UNNAMED_PERSONS, countryOf, countryOfDemonym, nounPhrases } from '../../lexicon.js';
import { containment } from '../../text/similarity.js';
import { contentTerms, wordCount, words } from '../../text/tokens.js';
import { mentionsOf } from '../../mentions-of.js';
import { infinitive, lowerFirst, shorten, subjectBefore, yesNo } from './clause.js';
import { patternWith, phrases } from '../../text/phrases.js';

// One-word denials: "maintains", "instead", "vetoed".
const DENIALS = new Set([...lists.denial, ...lists.contested].filter((w) => !w.includes(' ')));

function sharesTwo(terms: string[], other: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const t of terms) if (other.has(t) && ++shared === 2) return true;
  return false;
}

// Two actors whose positions share their subject and one of them contests ("maintains", "instead").
export function disputes(ctx: Context): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const pairs = new Set<string>();
  // A body's copy of its spokesperson's claim is no second account.
  const positions = ctx.positions.filter((p) => p.voice === undefined);
  const contested = positions.filter((p) => p.evidence.some((e) => contestsUnhedged(e.text)));
  // Computed once: each position's terms and each actor's name terms.
  const termsOf = new Map(positions.map((p) => [p, p.sentences.flatMap((i) => ctx.sentences[i].terms)]));
  const termSetOf = new Map([...termsOf].map(([p, t]) => [p, new Set(t)]));
  const nameTerms = new Map<number, string[]>();
  const nameTermsOf = (a: number) => {
    if (!nameTerms.has(a)) nameTerms.set(a, namesOf(ctx.actors[a]).flatMap((n) => contentTerms(n)));
    return nameTerms.get(a)!;
  };
  // An actor set against one side is asked once: set against several, it is the story's centre,
  // whose words share terms with everyone's ("Who is right about the organizations: the chairman or
  // the group?" beside "… the chairman or his own committee?").
  const asked = new Set<number>();
  for (const p of contested) {
    if (asked.has(p.actor)) continue;
    const pTerms = termsOf.get(p)!;
    const pDistinct = [...termSetOf.get(p)!];
    for (const o of positions) {
      if (o === p || o.actor === p.actor || asked.has(o.actor)) continue;
      const oSet = termSetOf.get(o)!;
      // Cheap test first: most pairs share fewer than two terms (read up to the second).
      if (!sharesTwo(pDistinct, oSet)) continue;
      const pair = `${Math.min(p.actor, o.actor)}-${Math.max(p.actor, o.actor)}`;
      if (pairs.has(pair) || affiliated(ctx, p.actor, o.actor)) continue;
      const oTerms = termsOf.get(o)!;
      const names = new Set([...nameTermsOf(p.actor), ...nameTermsOf(o.actor)]);
      const shared = pDistinct.filter((t) => oSet.has(t) && !names.has(t));
      if (shared.length < 2 || containment(pTerms, oTerms) < 0.2) continue;
      const a = called(ctx.actors[p.actor]);
      const b = called(ctx.actors[o.actor]);
      // Cited by the sentence that holds the dispute ("… a claim the firm denies"), not the
      // position's first sentence, which may tell the same side's view without contesting anything.
      const contesting = contestedSentence(ctx, p);
      const sentences = [contesting, answeringSentence(ctx, o, contesting)];
      if (!setAgainst(sentences.map((i) => ctx.sentences[i].text))) continue;
      // The matter as the contested sentence names it: the shortest noun phrase holding a shared
      // word ("chemical weapons", "the short-term bill"), not a bag of words.
      const matter = matterOf(ctx.sentences[sentences[0]].text, shared, names);
      if (matter === undefined) continue;
      pairs.add(pair);
      asked.add(p.actor).add(o.actor);
      out.push({ text: matter ? `Who is right about ${matter}: ${a} or ${b}?` : `Who is right: ${a} or ${b}?`, kind: 'disputed', actors: [p.actor, o.actor], sentences });
      break;
    }
  }
  return out;
}

/** What sets two accounts of one matter against each other, one row each: one of them says no. A
 * word of claiming ("claimed", "insisted", "maintained") tells that a side holds a view, not that
 * the other holds its contrary: two sides that each claim the same thing agree. */
export const AGAINST_RULES: readonly { name: string; match: RegExp }[] = [
  // "he never passed the offer on", "the union is not a party to it", "didn't".
  { name: 'negation', match: new RegExp(String.raw`\b(?:${phrases(lists.disputes.against.negations)})\b|\p{L}n['’]t\b`, 'iu') },
  // "the firm denies it", "an untrue claim".
  { name: 'denial', match: new RegExp(String.raw`\b(?:${phrases([...lists.denial, ...lists.disputes.denyVerbs, ...lists.disputes.untrue])})\b`, 'iu') },
  // "should test the wells instead", "an erroneous claim", "doubted the rebels could".
  { name: 'contrary', match: new RegExp(String.raw`\b(?:${phrases(lists.disputes.against.contrary)})\b`, 'iu') },
];

/** Whether one of a pair's sentences says no to the other's account. */
export const setAgainst = (texts: readonly string[]) => texts.some((t) => AGAINST_RULES.some((rule) => rule.match.test(t)));

// The other side's sentence that answers the contesting one: of its position's sentences, the one
// that shares the most terms with it (the first, on a tie), not its first, which may tell another matter.
function answeringSentence(ctx: Context, o: Context['positions'][number], contesting: number): number {
  const terms = new Set(ctx.sentences[contesting].terms);
  const shared = o.sentences.map((i) => new Set(ctx.sentences[i].terms.filter((t) => terms.has(t))).size);
  return o.sentences[shared.indexOf(Math.max(...shared))];
}

// The sentence of a contested position that contests: its first with a word of denial or dispute.
const contestedSentence = (ctx: Context, p: Context['positions'][number]) => p.sentences.find((i) => contestsUnhedged(ctx.sentences[i].text)) ?? p.sentences[0];

export interface HedgeRule {
  name: string;
  match: RegExp;
}

/** The writer's hedges on an accusation, and denials nobody gives, one row each: they tell that a
 * claim is made, or that a denial is wanted, not that a side of the story contests another's, so two
 * actors whose words share terms beside one are no dispute.
 * (Not "allegedly" before a verb: there the writer often tells one side's account of the deed, whose
 * other side is a real dispute.) */
export const HEDGE_RULES: readonly HedgeRule[] = [
  // "the alleged theft", "their alleged meetings": a participle before a noun, not a verb.
  { name: 'hedged-noun', match: new RegExp(String.raw`\b(?:the|a|an|his|her|their|its|our|this|that|these|those)\s+(?:${phrases(lists.hedges.raised)})\b`, 'giu') },
  // "asked the agency to publicly deny it", "a bill against any attempt to deny the crimes",
  // "pushed to deny the group's application": a denial asked for, planned or outlawed, or a
  // refusal of something, not one side's answer to another's account.
  { name: 'infinitive-denial', match: new RegExp(String.raw`\bto\s+(?:\p{Ll}+ly\s+)?(?:${phrases(lists.disputes.denyInfinitives)})\b`, 'giu') },
];

/** A word of denial or dispute, once the writer's hedges are set aside. */
export const contestsUnhedged = (text: string) => CONTESTS(HEDGE_RULES.reduce((t, rule) => t.replace(rule.match, ' '), text));

// "the attack was carried out and planned by the regime forces": a claim about who did it, and
// (m[3]) the doer it names, up to what qualifies it ("… at the direction of …").
const AGENCY = new RegExp(
  String.raw`\b(the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${phrases(lists.agency.deeds)}))\s+(?:was|were|had been|has been)\s+(${phrases(lists.agency.doneBy)})(?:\s+and\s+\p{Ll}+)?\s+by\b(?:\s+((?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)(?=\s+(?:at|in|on|with|under|from|for|during|after|before|and|who|which|that|to)\b|\s*[,.;:!?"”]|$))?`,
  'iu',
);
// (Not a word that only holds a view: "insisted", "maintained".)
const HOLDS_VIEW = new Set(lists.disputes.holdsView);
const CONTEST_WORDS = new Set([...DISPUTE_VERBS, ...DENIALS].filter((w) => !HOLDS_VIEW.has(w)));
const CONTESTS = (text: string) => words(text).some((w) => CONTEST_WORDS.has(w));

// One actor says who did it; another, not on its side, contests the account of the same event
// (in its sentence or the one before): "Did the army carry out the attack, as Berg says, or not, as Karistan says?"
export function agencyDisputes(ctx: Context): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const positions = ctx.positions.filter((p) => p.voice === undefined);
  for (const p of positions) {
    const claim = p.sentences.map((i) => AGENCY.exec(ctx.sentences[i].text)).find(Boolean);
    if (!claim) continue;
    const event = claim[1].split(/\s+/).pop()!.toLowerCase();
    const namesEvent = patternWith([event], () => `\\b${event}\\b`, 'i');
    const rivals = positions.filter((o) => {
      if (o.actor === p.actor || affiliated(ctx, p.actor, o.actor)) return false;
      return o.sentences.some((i) => {
        const s = ctx.sentences[i];
        const before = ctx.sentences[i - 1];
        const context = s.text + (before && before.paragraph === s.paragraph ? ` ${before.text}` : '');
        return CONTESTS(s.text) && namesEvent.test(context);
      });
    });
    const rival = rivals.sort((x, y) => ctx.actors[y.actor].salience - ctx.actors[x.actor].salience)[0];
    if (!rival) continue;
    // Both sides named, as the other disputes name theirs: "Did the army carry out the attack, as
    // Berg says, or not, as Karistan says?" (A doer the sentence does not name leaves "Who …?".)
    const [verb, ...particle] = claim[2].toLowerCase().split(/\s+/);
    const sided = claim[3] && `Did ${lowerFirst(claim[3])} ${[infinitive(verb), ...particle].join(' ')} ${lowerFirst(claim[1])}, ${sides(sideOf(ctx.actors[p.actor]), sideOf(ctx.actors[rival.actor]))}?`;
    const text = sided && wordCount(sided) <= MAX_QUESTION_WORDS ? sided : `Who ${claim[2].toLowerCase()} ${lowerFirst(claim[1])}?`;
    out.push({ text, kind: 'disputed', actors: [p.actor, rival.actor], sentences: [p.sentences[0], rival.sentences[0]] });
  }
  return out;
}

// A matter is a thing: a phrase ending in a person ("the close former associate", "the victim"),
// a name ("the father John") or a gesture ("the boyfriend dancing") is none.
const isMatter = (np: string, names: Set<string>) => {
  const words = np.split(/\s+/);
  const head = words[words.length - 1];
  const terms = contentTerms(np);
  return (
    wordCount(np) <= 5 &&
    /^\p{Ll}/u.test(np) &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(head) &&
    !/ing$/.test(head) &&
    !/['’]s\b|\b(?:his|her|their|its|in a statement|night|week|day|year)\b/.test(np) &&
    !/^(?:outside|inside|after|before|during|near|over|under|about|around|between)$/.test(words[0]) &&
    // The head, or the noun a phrase qualifies ("the woman in question").
    ![head, words[0]].some((w) => TITLE_HEADS.has(w) || GROUP_NOUNS.has(w) || UNNAMED_PERSONS.has(w) || PERSON_NOUNS.has(w) || KIN.has(w)) &&
    !terms.some((t) => names.has(t)) &&
    // Two content words at least: "the administration" or "the country" names no matter.
    terms.length >= 2
  );
};
/** Phrases that pass as a dispute's matter but name none, in order: each row names the kind, given
 * the phrase (its determiner left off) and the words of its sentence before it. */
export const NOT_A_TOPIC: readonly { name: string; test: (np: string, before: string) => boolean }[] = [
  // "According to several sources, the agent claimed …": whom the sentence cites, not what the
  // sides dispute.
  { name: 'source-cited', test: (_np, before) => /\baccording\s+to\s+(?:the\s+|an?\s+)?$/iu.test(before) },
  // "urged the town to focus on testing wells instead": a verb's -ing form with its object, with no
  // determiner before it, tells a deed ("Who is right about the testing wells?" asks of no thing).
  { name: 'deed-in-ing', test: (np, before) => /^\p{Ll}+ing\s/u.test(np) && !/\b(?:the|a|an|his|her|its|their|our|this|that|these|those)\s+$/iu.test(before) },
];
const DETERMINER_OPENS = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\s+/i;
/** The dispute's matter as "the …", '' where the sentence names none a NOT_A_TOPIC row lets stand
 * (the sides are asked without it), or nothing where it names no matter at all. */
function matterOf(sentence: string, shared: string[], names: Set<string>): string | undefined {
  const text = sentence.replace(/[“”"]/g, '');
  const found = nounPhrases(text)
    .map((np) => np.replace(/[,.;:!?]+$/, '').trim())
    .map((whole) => ({ whole, np: whole.replace(DETERMINER_OPENS, '') }))
    .filter(({ np }) => np && isMatter(np, names) && contentTerms(np).some((t) => shared.includes(t)));
  const topics = found.filter(({ whole, np }) => {
    const at = text.indexOf(whole);
    return !NOT_A_TOPIC.some((r) => r.test(np, at < 0 ? '' : text.slice(0, at)));
  });
  const np = topics.map((t) => t.np).sort((x, y) => wordCount(x) - wordCount(y))[0];
  return np ? `the ${np}` : found.length ? '' : undefined;
}

// Two actors on the same side: a president and his country, a spokesman and his agency.
function affiliated(ctx: Context, x: number, y: number): boolean {
  const [a, b] = [ctx.actors[x], ctx.actors[y]];
  const tied = (p: typeof a, q: typeof b) =>
    [...p.roles.keys()].join(' ').split(/\s+/).some((w) => countryOfDemonym(w) === q.name || countryOf(w) === q.name || (w.length > 2 && q.name.split(' ').includes(w)));
  // "the White House" and the president it speaks for.
  const office = (p: typeof a, q: typeof b) => {
    const title = OFFICES.get(p.name);
    return !!title && [...q.roles.keys()].some((r) => r.toLowerCase().includes(title));
  };
  return tied(a, b) || tied(b, a) || office(a, b) || office(b, a);
}

// An institution named by a common noun takes its article: "the White House", "the State
// Department"; "Russia" and "NYPD" do not.
export const called = (a: { name: string; type: string }) =>
  a.type === 'organization' && /^(?:\p{Lu}\p{Ll}+\s+)+\p{Lu}\p{Ll}+$/u.test(a.name) && (ORG_HEADS.has(a.name.split(' ').pop()!.toLowerCase()) || /\sHouse$/.test(a.name)) ? `the ${a.name}` : a.name;
// A claim and its denial. Each row reads one way a sentence denies what someone else said; the
// claim is the sentence before that the denier did not say (or the denial's own sentence, when it
// tells whose claim it denies).
const D = lists.disputes;
const OWNER = String.raw`(?:the|that|this|these|those|her|his|their|its|such|all(?:\s+(?:of\s+)?the)?)`;
const ACCOUNT = String.raw`(${phrases(D.accounts)})(s?)`;
const DENY = String.raw`(?:${phrases(D.denyVerbs)})`;
// The denier as the subject of the verb: a name right before it ("Danner has denied", "Hale, who
// has denied", "the agency is denying", "Vance emphatically denied", "Vance later denied").
// (apposition) "Ruiz, now 41, denied …": a short aside between the name and the verb.
// (time-before-verb) "Ruiz on Tuesday denied …": the day the denial was given.
const SUBJECT_GAP = /^(?:,\s*who|,[^,;:]{1,40},)?(?:\s+(?:has|have|had|is|are|was|were|been|also|again|long|always|later|since|now|still|(?:on\s+)?\p{Lu}\p{Ll}+day|\p{Ll}+ly))*\s+$/u;
const ACCUSES = new RegExp(String.raw`\b(?:${phrases(D.accusers)})\b`, 'iu');
// The accounts that are charges: "the allegations", "an accusation", "the charges".
const ACCUSATIONS = new Set(D.accusations);

// The verb of a denial told in a clause after its claim: "…, a claim Vance denies".
const RELATIVE_DENY = String.raw`(?:(?:has|have|had|also|\p{Ll}+ly)\s+)*(${DENY})\b`;
const relativeVerbAt = (m: RegExpExecArray) => m.index + m[0].length - m[m.length - 1].length;
// The claim named by its noun: "a claim Vance denies" asks of Ruiz's claim; "rumours Vance denied" of her account.
const RELATIVE_NOUN = String.raw`(?:(?:the|a|an)\s+)?(?:(${phrases(D.accounts)})(s?)|${phrases(D.relative)})`;

export interface DenialRule {
  name: string;
  match: RegExp;
  /** Who denies: the sentence's speaker ("the treasurer said that report was not accurate"), the
   * verb's subject as an actor ("Danner denied the allegations"), or its whole noun phrase ("Taylor
   * and Democrats on the committee disagree"). */
  denier: 'speaker' | 'subject' | 'phrase';
  /** The question, given the claimant, the denier, the match and the claim's sentence; undefined when it cannot be asked. */
  ask: (m: RegExpExecArray, claimant: Side, denier: Side, claim: string) => string | undefined;
  /** Where the claim is told: a sentence before (the default), the denial's own sentence before
   * the match, or the match's object, whose actor is the claimant (m[1]: "disagreed with Lund's plan"). */
  claim?: 'before' | 'same' | 'object';
  /** Where the denying verb stands, when the match opens before it. */
  verbAt?: (m: RegExpExecArray) => number;
  /** Whether what is denied is a charge ("the allegations", "any wrongdoing"): the claim before it
   * is then only a sentence that accuses or names the accused, not the last one someone else said. */
  accusation?: (m: RegExpExecArray) => boolean;
}

/** One side of a dispute: its name, and its actor's type when it is one. */
interface Side {
  name: string;
  type?: string;
  /** Named as several ("Taylor and Democrats"), whatever its type. */
  plural?: boolean;
}
const sideOf = (a: ActorDraft): Side => ({ name: called(a), type: a.type });
// "House Republicans say", "the White House says", "Tom Jones says".
const isPlural = ({ name, type, plural }: Side) => plural ?? (!!type && type !== 'person' && type !== 'country' && /(?:ans|ats|ists|ers|ives|ors|ials)$/.test(name));
const says = (side: Side) => `${side.name} ${isPlural(side) ? 'say' : 'says'}`;
const sides = (claimant: Side, denier: Side) => `as ${says(claimant)}, or not, as ${says({ ...denier, name: lowerFirst(denier.name) })}`;
// "Is Lindqvist’s statement accurate …", "Are Moreau’s allegations accurate …".
const accountAsked = (noun: string, plural: boolean, claimant: Side, denier: Side) =>
  `${plural ? 'Are' : 'Is'} ${claimant.name}${isPlural(claimant) ? '’' : '’s'} ${noun.toLowerCase()}${plural ? 's' : ''} accurate, ${sides(claimant, denier)}?`;

// The clause a denial denies, m[1]: "denied that the club had paid him", "denies there was a deal".
const DENIED_CLAUSE = new RegExp(String.raw`\b(?:denied|denies|denying|disputed|disputes)\s+(?:that\s+)?((?:there|the|a|an|he|she|they|it|\p{Lu}[\p{L}.'’-]+)\s+(?![\p{L}\s]*['’]s\s+${ACCOUNT})[^,;:]{8,120}?)(?=[,;:.]|$)`, 'u');

// The thing its owner holds, in an object "Lund's ruling on the tolls": "ruling".
const POSSESSED = /^[^'’]*['’]s\s+([\p{Ll}-]+)/u;

/** The ways a sentence denies a claim, one row each. */
export const DENIAL_RULES: readonly DenialRule[] = [
  {
    // "The club's treasurer said that report was not accurate."
    name: 'called-untrue',
    match: new RegExp(String.raw`\b(?:said|says|insisted|insists)\s+(?:that\s+)?${OWNER}\s+${ACCOUNT}\s+(?:was|were|is|are)\s+(?:${phrases(D.untrue)})\b`, 'iu'),
    denier: 'speaker',
    ask: (m, claimant, denier) => accountAsked(m[1], !!m[2], claimant, denier),
  },
  {
    // "Danner denied the allegations", "The mayor denies all of these allegations".
    name: 'denied-account',
    match: new RegExp(String.raw`\b${DENY}\s+["“]?${OWNER}\s+(?:[\p{Ll}-]+\s+)?${ACCOUNT}\b`, 'iu'),
    denier: 'subject',
    ask: (m, claimant, denier) => accountAsked(m[1], !!m[2], claimant, denier),
    accusation: (m) => ACCUSATIONS.has(m[1].toLowerCase()),
  },
  {
    // "Hale, who has denied any wrongdoing", "He denied any involvement in the attack".
    name: 'denied-wrongdoing',
    match: new RegExp(String.raw`\b${DENY}\s+(?:any\s+|all\s+)?(?:${phrases(D.deniedThings)})\b`, 'iu'),
    denier: 'subject',
    accusation: () => true,
    ask: (_m, claimant, denier) => accountAsked('account', false, claimant, denier),
  },
  {
    // "Vance has denied there was any deal": the claim is the denied clause, asked as such.
    name: 'denied-that',
    // ("disputed the board’s assertion that …": an account, not the clause denied.)
    match: DENIED_CLAUSE,
    denier: 'subject',
    ask: (m, claimant, denier) => {
      const asked = yesNo(m[1]);
      return asked && `${asked.slice(0, -1)}, ${sides(claimant, denier)}?`;
    },
  },
  {
    // "Ruiz says the minister took bribes, a claim Vance denies", "…, which Vance has denied": the
    // claim is told before the denial in its own sentence, and the claimant is who tells it there.
    name: 'denied-in-relative',
    match: new RegExp(String.raw`,\s+(?:${RELATIVE_NOUN}\s+(?:that\s+)?|which\s+)(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+${RELATIVE_DENY}`, 'u'),
    denier: 'subject',
    claim: 'same',
    verbAt: relativeVerbAt,
    ask: (m, claimant, denier) => accountAsked(m[1] ?? 'account', !!m[2], claimant, denier),
  },
  {
    // "Lund said Ms. Hale had broken the club's rules. Taylor and members of the board
    // disagree.": the denial names no claim, so the claim is the clause the claimant said.
    name: 'disagrees',
    match: new RegExp(String.raw`\s(?:(?:also|still|strongly|sharply|flatly)\s+)?(?:${phrases(D.disagree)})(?:\s+(?:strongly|sharply|completely|entirely))?(?:\s*\([^)]*\))?\s*[.!]?$`, 'u'),
    denier: 'phrase',
    ask: (_m, claimant, denier, claim) => {
      const end = `, ${sides(claimant, denier)}?`;
      const said = CLAIMED.exec(claim);
      const clause = said && fitted(said[1], MAX_QUESTION_WORDS - wordCount(end) - 1);
      const asked = clause && yesNo(clause);
      return asked ? `${asked.slice(0, -1)}${end}` : accountAsked('account', false, claimant, denier);
    },
  },
  {
    // "Okafor disagreed with Lund's ruling": the one disagreed with is the other side, named in
    // the verb's object (a pronoun or a bare thing there names no side, and is left unasked).
    name: 'disagreed-with',
    match: new RegExp(String.raw`\b(?:${phrases(D.disagree)})\s+with\s+([^,;:.!?“”"]{2,80})`, 'u'),
    denier: 'subject',
    claim: 'object',
    ask: (m, claimant, denier) => {
      const thing = POSSESSED.exec(m[1])?.[1];
      return `Who is right${thing ? ` about the ${thing}` : ''}: ${claimant.name} or ${lowerFirst(denier.name)}?`;
    },
  },
];

// What a claimant said, to the end of the sentence: "Lund said [that] Hale had broken the club's rules …".
const CLAIMED = new RegExp(String.raw`\b(?:${phrases(D.claimVerbs)})\s+(?:that\s+)?(\p{L}[^;:“”"]{8,}?)[.!]?$`, 'u');
/** A question's words at most: the limit every question is held to. */
export const MAX_QUESTION_WORDS = 25;
// A clause cut to fit a question: before the last phrase that opens within the limit ("… her
// right to silence | by giving a statement at a hearing").
const PHRASE_OPENS = /^(?:by|at|in|on|for|with|from|after|before|during|over|under|about|into|through|since|until|while|when|because|despite|amid)$/;
function fitted(clause: string, max: number): string | undefined {
  const words = clause.trim().split(/\s+/);
  if (words.length <= max) return words.join(' ');
  for (let i = max; i >= 3; i--) if (PHRASE_OPENS.test(words[i])) return words.slice(0, i).join(' ').replace(/,$/, '');
  return undefined;
}

// The first row of a table of patterns that matches the text, with its match.
function firstMatching<R extends { match: RegExp }>(rules: readonly R[], text: string): { rule: R; m: RegExpExecArray } | undefined {
  for (const rule of rules) {
    const m = rule.match.exec(text);
    if (m) return { rule, m };
  }
  return undefined;
}

/** A claim and the denial that follows it: "Is Feinstein's statement accurate, as she says, or not, as the official says?" */
export const denialDisputes = (ctx: Context) => denialsOf(ctx).sided;
/** A charge its target denies, nobody named as making it: "Are the allegations against Hale true,
 * or not, as Hale says?" Like an excuse, one side's word against a charge, not two sides' accounts,
 * so not among the sides an editor asks of once or twice. */
export const chargeDisputes = (ctx: Context) => denialsOf(ctx).alone;

const DENIALS_OF = new WeakMap<Context, { sided: QuestionDraft[]; alone: QuestionDraft[] }>();
function denialsOf(ctx: Context) {
  if (!DENIALS_OF.has(ctx)) DENIALS_OF.set(ctx, denials(ctx));
  return DENIALS_OF.get(ctx)!;
}
function denials(ctx: Context): { sided: QuestionDraft[]; alone: QuestionDraft[] } {
  const out: QuestionDraft[] = [];
  const lone: QuestionDraft[] = [];
  const speakerOf = (i: number) => ctx.attributions.find((a) => a.sentence === i)?.actor;
  // A sentence no denial row asks of may still be asked by an unclaimed row.
  const askUnclaimed = (s: Sentence) => {
    const alone = unclaimed(ctx, s, speakerOf);
    if (alone) lone.push(alone);
  };
  for (const s of ctx.sentences) {
    if (s.noise) continue;
    const found = firstMatching(DENIAL_RULES, s.text);
    if (!found) {
      askUnclaimed(s);
      continue;
    }
    const { rule, m } = found;
    const at = rule.verbAt?.(m) ?? m.index;
    const denier = rule.denier === 'subject' ? subjectOf(ctx, s, at, speakerOf) : rule.denier === 'phrase' ? phraseOf(ctx, s, m.index) : { actor: speakerOf(s.index), name: subjectBefore(s.text, m.index) };
    const denierSide = denier && (denier.actor !== undefined ? sideOf(ctx.actors[denier.actor]) : denier.name ? { name: denier.name } : undefined);
    // (A denier the row cannot name may still be one an unclaimed row can: "The ushers later denied …".)
    if (!denier || !denierSide) {
      askUnclaimed(s);
      continue;
    }
    const claim = rule.claim === 'object' ? claimInObject(ctx, s, m, denier.actor) : rule.claim === 'same' ? claimIn(ctx, s, m.index, denier.actor, speakerOf) : claimBefore(ctx, s, denier.actor, speakerOf, rule.accusation?.(m) ?? false);
    // A spokesman correcting his own president is no dispute between sides; nor is one the
    // claimant disagrees beside ("Harbor Mills and the union disagree").
    const together: number[] = denier.actors ?? (denier.actor !== undefined ? [denier.actor] : []);
    if (!claim) {
      askUnclaimed(s);
      continue;
    }
    if (together.some((x) => x === claim.actor || affiliated(ctx, claim.actor, x))) continue;
    // (A phrase names the side as the sentence does, not as its first actor's name.)
    const side = rule.denier === 'phrase' && denier.name ? { name: denier.name, type: ctx.actors[denier.actor!].type, plural: together.length > 1 || /\sand\s/.test(denier.name) } : denierSide;
    const text = rule.ask(m, sideOf(ctx.actors[claim.actor]), side, ctx.sentences[claim.sentence].text);
    if (!text) continue;
    out.push({ text, kind: 'disputed', actors: [claim.actor, ...(denier.actor !== undefined ? [denier.actor] : [])], sentences: [...new Set([s.index, claim.sentence])] });
  }
  return { sided: out, alone: lone };
}

// A part in a deed, as a denial names it, and the question that asks the denier (several when
// `plural`) had it: "involvement in" → "Was Okafor involved in …".
const PARTS: Readonly<Record<string, (who: string, plural: boolean) => string>> = {
  'involvement in': (who, plural) => `${plural ? 'Were' : 'Was'} ${who} involved in`,
  'intent to': (who) => `Did ${who} intend to`,
  'intention to': (who) => `Did ${who} intend to`,
  'role in': (who) => `Did ${who} play a role in`,
  'knowledge of': (who) => `Did ${who} know of`,
  'responsibility for': (who, plural) => `${plural ? 'Are' : 'Is'} ${who} responsible for`,
  'ties to': (who, plural) => `${plural ? 'Do' : 'Does'} ${who} have ties to`,
  'links to': (who, plural) => `${plural ? 'Do' : 'Does'} ${who} have links to`,
  'connection to': (who, plural) => `${plural ? 'Do' : 'Does'} ${who} have a connection to`,
};
/** A denial where the articles name no one who makes the claim denied, one row each: the claim
 * is then the other side, named as the sentence names it ("the allegations", "media reports").
 * m: the row's match; denier: who denies. */
export const UNCLAIMED_RULES: readonly { name: string; match: RegExp; ask: (m: RegExpExecArray, denier: Side & { again: string }, person?: string) => string | undefined }[] = [
  {
    // "Okafor denied the allegations", "has denied all accusations of fraud": m[1] the charge, m[2]
    // what it is of, when a short phrase says so. Asked with the one it is against.
    name: 'charges-denied',
    match: new RegExp(String.raw`\b${DENY}\s+(?:${OWNER}\s+)((?:${phrases(D.accusations)})s?)(?:\s+(of\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3}?)(?=[,.;:]|\s+(?:to|and|but|in|on|by)\b|$))?`, 'iu'),
    ask: (m, denier) => denier.type === undefined || denier.type === 'country' ? undefined : `${/s$/i.test(m[1]) ? 'Are' : 'Is'} the ${m[1].toLowerCase()}${m[2] ? ` ${m[2]}` : ''} against ${denier.name} true, or not, as ${says({ ...denier, name: denier.again })}?`,
  },
  {
    // "The club denied media reports that the coach had resigned": m[1] who reports it, m[2] the
    // clause denied, asked with both.
    name: 'reports-denied',
    match: new RegExp(String.raw`\b${DENY}\s+((?:(?:news|media|press)\s+)?(?:reports|rumou?rs|speculation))\s+that\s+((?:there|the|a|an|he|she|they|it|\p{Lu}[\p{L}.'’-]+)\s+[^,;:]{8,100}?)(?=[,;:.]|$)`, 'u'),
    ask: (m, denier, person) => {
      const asked = yesNo(person ? m[2].replace(/^(?:he|she)\b/, person) : m[2]);
      return asked && `${asked.slice(0, -1)}, as ${m[1]} ${/s$/.test(m[1]) ? 'say' : 'says'}, or not, as ${says({ ...denier, name: lowerFirst(denier.again) })}?`;
    },
  },
  {
    // (part-denied) "Okafor denied any involvement in the ticket scheme", "denies any current ties
    // to the cartel": a part in a deed denied, with no one named as claiming it, is asked of the
    // denier, who is the side that says no (m[1] the part, m[2] what it is in). (What it is in
    // opens on a word: a run of spaces is then read once, not tried at each split with \s+.)
    name: 'part-denied',
    match: new RegExp(String.raw`\b${DENY}\s+(?:(?:any|all)\s+)?(?:(?:current|direct|personal|prior|such)\s+)?(${phrases(Object.keys(PARTS))})\s+([^\s,;:.!?“”"()–—][^,;:.!?“”"()–—]{2,79}?)(?=\s*[,;:.!?“”"()–—]|\s+(?:but|and|after|when|while|as|because|saying)\b|$)`, 'iu'),
    ask: (m, denier) => {
      const part = PARTS[m[1].toLowerCase().replace(/\s+/g, ' ')];
      return part && `${part(denier.name, isPlural(denier) || denier.type === 'group')} ${m[2]}, or not, as ${says({ ...denier, name: lowerFirst(denier.again) })}?`;
    },
  },
  {
    // (clause-denied) "Okafor has denied that he kept the ticket money": the clause denied, with no
    // one named as claiming it, asked with the denier as the side that says no.
    name: 'clause-denied',
    match: DENIED_CLAUSE,
    ask: (m, denier, person) => {
      const asked = yesNo(person ? m[1].replace(/^(?:he|she)\b/, person) : m[1]);
      return asked && `${asked.slice(0, -1)}, or not, as ${says({ ...denier, name: lowerFirst(denier.again) })}?`;
    },
  },
];

// "… but said club officials have denied": a plural noun phrase after a word that opens a clause.
// (the-group) "The ushers later denied …": a plural noun with its article, opening the sentence,
// is a side as well as a bare one.
const GROUP_BEFORE = /(?:^|\b(?:said|says|but|and|that|while)\s|,\s)\s*((?:[Tt]he\s)?(?:[\p{Ll}-]+\s)?[\p{Ll}-]+s)(?:\s(?:have|has|had|also|later|since|again|still|now|\p{Ll}+ly))*\s$/u;
// Who denies where no claimant is named: an actor as the verb's subject, else a name or a plural
// noun phrase right before it ("club officials have denied").
function unclaimed(ctx: Context, s: Sentence, speakerOf: (i: number) => number | undefined): QuestionDraft | undefined {
  const found = firstMatching(UNCLAIMED_RULES, s.text);
  if (!found) return undefined;
  const who = subjectOf(ctx, s, found.m.index, speakerOf);
  const actor = who?.actor === undefined ? undefined : ctx.actors[who.actor];
  const group = GROUP_BEFORE.exec(s.text.slice(0, found.m.index))?.[1];
  const named = actor ? undefined : (who?.name ?? (group && lowerFirst(group)));
  const side = actor
    ? { ...sideOf(actor), again: actor.type === 'person' ? actor.name.split(/\s+/).pop()! : called(actor) }
    : named && /^(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*|(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+s)$/u.test(named) && !NO_SOURCE.test(named)
      ? { name: named, again: named, plural: /s$/.test(named) && !/^\p{Lu}/u.test(named) }
      : undefined;
  // "… that he was ill": the last person the sentence names before it, or the sentence before.
  const before = ctx.sentences[s.index - 1];
  const people = [...(before && before.doc === s.doc ? mentionsOf(ctx, before.index) : []), ...mentionsOf(ctx, s.index).filter((x) => x.end - s.start <= found.m.index)];
  const person = people.filter((x) => ctx.actors[x.actor!].type === 'person').pop()?.actor;
  const text = side && found.rule.ask(found.m, side, person === undefined ? undefined : ctx.actors[person].name);
  return text && wordCount(text) <= MAX_QUESTION_WORDS ? { text, kind: 'disputed', actors: actor ? [actor.index] : [], sentences: [s.index] } : undefined;
}

// A sentence opening on a pronoun, after a connective at most: "He has denied", "But she denies".
const PRONOUN_OPENS = /^(?:(?:However|But|Yet|Still|And|Meanwhile),?\s+)?(?:He|She|They)\b/u;
// Who denies, as the subject of the verb at `at`: the actor named right before it ("Danner has
// denied", "Hale, who has denied"); a speaker's "we" is the speaker; else a name the sentence
// gives ("Trump denies") if it reads as one. A "he" the pronoun chain leaves unresolved, or "the workers", is left unasked.
function subjectOf(ctx: Context, s: Sentence, at: number, speakerOf: (i: number) => number | undefined): { actor?: number; actors?: number[]; name?: string } | undefined {
  const named = mentionsOf(ctx, s.index)
    .filter((x) => x.end - s.start <= at && SUBJECT_GAP.test(s.text.slice(x.end - s.start, at) || ' '))
    .pop()?.actor;
  if (named !== undefined) return { actor: named };
  if (/\b(?:we|I)\s+(?:\p{Ll}+ly\s+)?$/u.test(s.text.slice(0, at))) return { actor: speakerOf(s.index) };
  // (pronoun-denier) "He has denied the allegations": the one attribution's pronoun chain makes
  // the sentence's speaker, never a guess; a pronoun it leaves unresolved leaves the denial unasked.
  const pronoun = PRONOUN_OPENS.exec(s.text.slice(0, at));
  if (pronoun && SUBJECT_GAP.test(s.text.slice(pronoun[0].length, at) || ' ')) return { actor: speakerOf(s.index) };
  const subject = subjectBefore(s.text, at);
  if (!subject) return undefined;
  const actor = ctx.actors.find((a) => a.name === subject || a.aliases.has(subject));
  if (actor) return { actor: actor.index };
  return /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s*$/u.test(subject) && !/^(?:he|she|it|they|this|that)$/i.test(subject) ? { name: subject } : undefined;
}

// Who denies, as the whole noun phrase that opens the sentence and ends at the verb, cut before
// what qualifies it ("However, Moreno and Greens on the board" -> "Moreno and Greens");
// its actors are those it names, the first one its own. A pronoun, a clause ("…, but the union"),
// or a phrase that names no one ("The workers") leaves it unasked.
const CONNECTIVE = /^(?:However|But|Yet|Still|And|Meanwhile|Instead),?\s+/u;
const QUALIFIER = /(?<!\s)\s+(?:on|of|in|at|from|for|with)\s.*$/u;
function phraseOf(ctx: Context, s: Sentence, at: number): { actor?: number; actors?: number[]; name?: string } | undefined {
  const head = s.text.slice(0, at);
  const from = CONNECTIVE.exec(head)?.[0].length ?? 0;
  const subject = head.slice(from).trim();
  if (!/^\p{Lu}/u.test(subject) || /[,;:()“”"]/u.test(subject) || wordCount(subject) > 8 || /^(?:he|she|it|they|we|i|this|that|these|those)$/i.test(subject)) return undefined;
  const actors = [...new Set(mentionsOf(ctx, s.index).filter((x) => x.start - s.start >= from && x.end - s.start <= at).map((x) => x.actor!))];
  if (!actors.length) return undefined;
  return { actor: actors[0], actors, name: subject.replace(QUALIFIER, '') };
}

// The claim a denial in its own sentence answers: the sentence's speaker, else the first actor it
// names before the denial as the subject of a verb of claiming ("Ruiz says the minister took
// bribes, a claim …"), not one named inside the claim ("argues that the Acme tracker fails, …").
const CLAIMS_AFTER = new RegExp(String.raw`^(?:,[^,]{1,60},)?(?:\s+(?:has|have|had|also|\p{Ll}+ly))*\s+(?:${phrases([...D.claimVerbs, ...D.accusers])})\b`, 'u');
function claimIn(ctx: Context, s: Sentence, before: number, denier: number | undefined, speakerOf: (i: number) => number | undefined) {
  const who = speakerOf(s.index);
  if (who !== undefined && who !== denier) return { sentence: s.index, actor: who };
  const named = mentionsOf(ctx, s.index).find((x) => x.end - s.start <= before && x.actor !== denier && CLAIMS_AFTER.test(s.text.slice(x.end - s.start, before)))?.actor;
  return named !== undefined ? { sentence: s.index, actor: named } : undefined;
}

// The claim a disagreement answers, told by whom it is with: the first actor its object names
// ("disagreed with Mayor Lund's plan"), the object's own words, not a pronoun's.
function claimInObject(ctx: Context, s: Sentence, m: RegExpExecArray, denier: number | undefined) {
  const from = m.index + m[0].length - m[1].length;
  const named = mentionsOf(ctx, s.index).find((x) => x.start - s.start >= from && x.end - s.start <= from + m[1].length && x.actor !== denier && !/^(?:him|her|them|it|his|their|its)$/i.test(s.text.slice(x.start - s.start, x.end - s.start)))?.actor;
  return named !== undefined ? { sentence: s.index, actor: named } : undefined;
}

// The accuser right before a word of accusing: "Moreau alleges", "Moreau’s lawsuit".
const ACCUSER_GAP = /^(?:['’]s)?(?:\s+(?:has|have|had|also|previously|publicly|first|\p{Ll}+ly))*\s+(?:(?:the|a|an|her|his|their|its)\s+)?$/u;

// Whether a sentence tells of the accused: names him, or calls him by his role's head noun ("the
// minister" for a Minister Vance).
function namesAccused(ctx: Context, i: number, accused: number | undefined): boolean {
  if (accused === undefined) return false;
  if (mentionsOf(ctx, i).some((x) => x.actor === accused)) return true;
  const heads = new Set([...ctx.actors[accused].roles.keys()].map((r) => r.split(/\s+/).pop()!.toLowerCase()));
  return words(ctx.sentences[i].text).some((w) => heads.has(w));
}

// The claim a denial answers: the last sentence before, in the same article, that someone else
// said, or that names someone else as accusing ("Moreau alleges …").
function claimBefore(ctx: Context, s: Sentence, denier: number | undefined, speakerOf: (i: number) => number | undefined, accusation = false) {
  for (let i = s.index - 1; i >= 0 && i >= s.index - 3 && ctx.sentences[i].doc === s.doc; i--) {
    const prior = ctx.sentences[i];
    const accusing = ACCUSES.exec(prior.text);
    // (A charge denied answers one who accuses, or who tells of the accused: what someone said
    // just before about another matter is no claim of it.)
    const who = speakerOf(i);
    const ofCharge = !accusation || !!accusing || namesAccused(ctx, i, denier);
    if (who !== undefined && who !== denier && ofCharge) return { sentence: i, actor: who };
    if (!accusing) continue;
    const accuser = mentionsOf(ctx, i)
      .filter((x) => x.end - prior.start <= accusing.index && ACCUSER_GAP.test(prior.text.slice(x.end - prior.start, accusing.index)))
      .pop()?.actor;
    if (accuser !== undefined && accuser !== denier) return { sentence: i, actor: accuser };
  }
  return undefined;
}

// "Council members on Monday accused Ann Hale of breaking club rules": an accuser, the
// accused, and what the accused is said to have done.
// The accused ends on a word, or is its first two characters, and takes at most three of the
// verb's spaces: a stop inside a run of spaces, or more of the verb's spaces, would give nothing
// the run's start does not, and each read the run again.
const ACCUSES_OF = new RegExp(String.raw`\b(?:${phrases(D.accuseVerbs)})\s+(?=\s{0,3}(?!\s))([^,;:]{2}(?:[^,;:]{0,57}?[^,;:\s])??)\s+of\s+(\p{Ll}+ing)\s+([^,;:.!?]{3,})`, 'u');
const DENIES = new RegExp(String.raw`\b${DENY}\b`, 'iu');
// Between the accuser's name and the verb: "on Wednesday", ", a Democrat,", "also".
const ACCUSER_BEFORE_VERB = /^(?:,[^,]{1,60},|,\s*who(?:['’]ve)?)?(?:\s+(?:on\s+\p{Lu}\p{Ll}+|have|has|had|also|again|previously|repeatedly|publicly|\p{Ll}+ly))*\s+$/u;

/** One side accuses another, who denies it: "Did Ann Hale break club rules, as the trustees say, or not, as Ann Hale says?" An accusation nobody denies is one side's claim, asked (if at all) from its sentence. */
export function accusationDisputes(ctx: Context): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const asked = new Set<string>();
  const denials = ctx.sentences.filter((s) => !s.noise && DENIES.test(s.text));
  for (const s of ctx.sentences) {
    const m = s.noise ? null : ACCUSES_OF.exec(s.text);
    if (!m) continue;
    const mentions = mentionsOf(ctx, s.index).map((x) => ({ ...x, at: x.start - s.start, to: x.end - s.start }));
    const accuser = mentions.filter((x) => x.to <= m.index && ACCUSER_BEFORE_VERB.test(s.text.slice(x.to, m.index))).pop()?.actor;
    const from = m.index + m[0].indexOf(m[1]);
    const accused = mentions.find((x) => x.at >= from && x.to <= from + m[1].length)?.actor;
    if (accuser === undefined || accused === undefined || accuser === accused || affiliated(ctx, accuser, accused)) continue;
    const key = `${accuser}-${accused}`;
    if (asked.has(key)) continue;
    // The accused's own word against it: a sentence where the accused is the one denying.
    const denial = denials.find((d) => mentionsOf(ctx, d.index).some((x) => x.actor === accused && SUBJECT_GAP.test(d.text.slice(x.end - d.start).split(DENIES)[0] || ' ')));
    if (!denial) continue;
    const b = sideOf(ctx.actors[accused]);
    // "of being petty": asked with "was".
    const did = m[2] === 'being' ? `Was ${b.name}` : `Did ${b.name} ${infinitive(m[2])}`;
    asked.add(key);
    out.push({ text: `${did} ${shorten(m[3])}, ${sides(sideOf(ctx.actors[accuser]), b)}?`, kind: 'disputed', actors: [accuser, accused], sentences: [s.index, denial.index] });
  }
  return out;
}

// Two sources set against each other in one sentence: "The ferry left at noon, according to the harbour
// master, though a ticket clerk says it sailed at one"; "The club said it sent the form, while
// the league says it never came".
const C = D.contrary;
// The second source, a name or a noun phrase of up to six words, and its verb: ", though a court
// filing says", ", but which privacy groups say", ", while the league still says".
const JOINED = String.raw`,?\s+(?:${phrases(C.joins)})\s+`;
// After a lazy run of words, JOINED is tried only where a run of spaces starts (or at its comma):
// its leftmost match starts there anyway, and tried from each space of a long run it read the
// rest of the run each time.
const FROM_RUN_START = String.raw`(?:(?=,)|(?<![\s,]))`;
const SOURCE = String.raw`(?:the|an?|\p{Lu}[\p{L}.'’-]*)(?:\s+[\p{L}\d.'’-]+){0,5}?`;
const SECOND_SAYS = String.raw`\s+(?:(?:still|also|now|has|have|had|\p{Ll}+ly)\s+)*(?:${phrases(C.secondSays)})\b`;
const SECOND = String.raw`${JOINED}(?:which\s+)?(${SOURCE})${SECOND_SAYS}`;
// The second source as a bare plural, no article or name before it: "hunting clubs", "some users"
// (not "his lawyers": whose, the question cannot say).
const GROUP = String.raw`(?!(?:his|her|their|its|our|my|your|this|these|those)\s)(?:(?:${phrases(C.groupDeterminers)})\s+)?(?:[\p{Ll}-]+\s+)?\p{Ll}[\p{Ll}-]*s`;
const SECOND_GROUP = String.raw`${JOINED}(${SOURCE}|${GROUP})${SECOND_SAYS}`;
// "The club said …": inside the question its article is lower case.
const article = (name: string) => name.replace(/^(?:The|An?)\b/, (w) => w.toLowerCase());
const NO_SOURCE = /^(?:he|she|it|they|we|i|you|this|that|these|those|there|as|what|if|when|despite)$/i;

export interface ContraryRule {
  name: string;
  /** m[1] the first source ("named") or its verb ("subject", the source its subject); m[2] the second source. */
  match: RegExp;
  first: 'named' | 'subject';
}

/** The ways one sentence tells two sources' contrary accounts, one row each. */
export const CONTRARY_RULES: readonly ContraryRule[] = [
  // "He was 14, according to the prosecutors, though a court filing says he was 18."
  // The first source opens on a word: a run of spaces after "according to" is read one way only.
  { name: 'according-to-but-says', match: new RegExp(String.raw`\baccording\s+to\s+(?!\s)((?:the\s+(?!\s))?[^,;:]{2,60}?)${SECOND}`, 'u'), first: 'named' },
  // "The club said it sent the form, while the league says it never came."
  { name: 'says-but-says', match: new RegExp(String.raw`\b(${phrases(C.firstSays)})\b[^;:]*?${FROM_RUN_START}${SECOND}`, 'u'), first: 'subject' },
  // "Ranchers argue the wolf should stay protected, while hunting clubs say it should be culled":
  // a group's view against another group's, neither named by more than its kind.
  { name: 'group-argues-but-group-says', match: new RegExp(String.raw`\b(${phrases(C.groupSays)})\b[^;:]*?${FROM_RUN_START}${SECOND_GROUP}`, 'u'), first: 'subject' },
];

/** Two sources' contrary accounts in one sentence, asked with both named: "Who is right: the club or the league?" */
export function contraryDisputes(ctx: Context): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const s of ctx.sentences) {
    if (s.noise) continue;
    const found = firstMatching(CONTRARY_RULES, s.text);
    if (!found) continue;
    const { rule, m } = found;
    const mentions = mentionsOf(ctx, s.index).map((x) => ({ actor: x.actor!, at: x.start - s.start, to: x.end - s.start }));
    // A source named as the sentence names it; an actor when a mention is the whole of it ("the
    // league"), not a part ("a court filing in Roe's case" is no Roe).
    const sideAt = (from: number, text: string): { side: Side; actor?: number } => {
      const article = /^(?:the|an?)\s+/i.exec(text)?.[0].length ?? 0;
      const actor = mentions.find((x) => x.at === from + article && x.to === from + text.length)?.actor;
      return { side: { name: text, type: actor !== undefined ? ctx.actors[actor].type : undefined }, actor };
    };
    const secondText = m[2];
    const second = sideAt(m.index + m[0].lastIndexOf(secondText), secondText);
    let first: { side: Side; actor?: number } | undefined;
    if (rule.first === 'named') first = sideAt(m.index + m[0].indexOf(m[1]), m[1]);
    else {
      const subject = subjectBefore(s.text, m.index);
      const at = subject ? s.text.lastIndexOf(subject, m.index) : -1;
      first = subject && at >= 0 ? sideAt(at, subject) : undefined;
    }
    if (!first || [first.side.name, secondText].some((n) => NO_SOURCE.test(n.split(/\s+/)[0]))) continue;
    if (first.side.name === second.side.name || (first.actor !== undefined && first.actor === second.actor)) continue;
    if (first.actor !== undefined && second.actor !== undefined && affiliated(ctx, first.actor, second.actor)) continue;
    const actors = [first.actor, second.actor].filter((x): x is number => x !== undefined);
    out.push({ text: `Who is right: ${lowerFirst(article(first.side.name))} or ${article(second.side.name)}?`, kind: 'disputed', actors, sentences: [s.index] });
  }
  return out;
}

// A defendant's own account of what he did, which the charge against him contests: "the guard
// insists he lashed out in self-defense", "told the deputies that it was self-defense".
const E = D.excuses;
const EXCUSE = String.raw`(${phrases(E.excuses)})`;

/** m[1] the excuse as written. */
export interface ExcuseRule {
  name: string;
  match: RegExp;
}

/** The ways a sentence tells someone's excuse for a deed, one row each. */
// The verb's spaces are the whole run after it: a split inside the run gives the words after the
// verb nothing the whole run does not, and each such split read the run again.
export const EXCUSE_RULES: readonly ExcuseRule[] = [
  // "the clerk told jurors that she pushed him in self-defense", "claims he kicked out in self-defense".
  { name: 'acted-in-self-defense', match: new RegExp(String.raw`\b(?:${phrases(E.says)})\s+(?!\s)(?:[^,.;:]{0,40}?\s+)?(?:that\s+)?(?:he|she|they)\s+(?:\p{Ll}+ed|was\s+\p{Ll}+ing|had\s+\p{Ll}+ed)\s+(?:[\p{Ll}-]+\s+){0,3}?in\s+${EXCUSE}`, 'iu') },
  // "told the deputies that it was self-defense", "has said the stabbing was in self-defense".
  { name: 'it-was-self-defense', match: new RegExp(String.raw`\b(?:${phrases(E.says)})\s+(?!\s)(?:[^,.;:]{0,40}?\s+)?(?:that\s+)?(?:it|the\s+[\p{Ll}-]+(?:ing|ings))\s+was\s+(?:(?:in|an\s+act\s+of)\s+)?${EXCUSE}`, 'iu') },
];

// The one who tells it, when no actor is named before the verb: the noun phrase opening the
// sentence ("The guard admitted …, but told the deputies …").
const OPENING_SUBJECT = /^(?:The|A|An)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:\p{Ll}+ed|has|had|was|is|told|said|says)\b/u;

/** Someone's excuse for his own deed: "Did Martin Okafor act in self-defense, as Okafor says?" */
export function excuseDisputes(ctx: Context): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const asked = new Set<string>();
  for (const s of ctx.sentences) {
    if (s.noise) continue;
    const found = EXCUSE_RULES.map((rule) => rule.match.exec(s.text)).find(Boolean);
    if (!found) continue;
    // Who tells it: the first person or group the sentence names before the verb.
    const actor = mentionsOf(ctx, s.index).find((x) => x.end - s.start <= found.index && ctx.actors[x.actor!].type !== 'organization' && ctx.actors[x.actor!].type !== 'country')?.actor;
    const opening = OPENING_SUBJECT.exec(s.text);
    const name = actor !== undefined ? called(ctx.actors[actor]) : opening && opening.index + opening[0].length <= found.index + 1 ? `the ${opening[1]}` : undefined;
    if (!name || asked.has(name)) continue;
    asked.add(name);
    // A person is named again by surname: "Did Martin Okafor act …, as Okafor says?"
    const again = actor !== undefined && ctx.actors[actor].type === 'person' ? name.split(/\s+/).pop()! : name;
    const side = says({ name: again, type: actor !== undefined ? ctx.actors[actor].type : undefined });
    out.push({ text: `Did ${name} act in ${found[1].toLowerCase()}, as ${side}?`, kind: 'disputed', actors: actor !== undefined ? [actor] : [], sentences: [s.index] });
  }
  return out;
}
