// Different figures for the same count: "four fighters were killed" in one account, "three" in
// another. The question names both figures and, where the articles say, who gives each.
import lists from '../../data/open-questions.json';
import type { Context, QuestionDraft, Sentence } from '../../types.js';
import { contentTerms, wordCount } from '../../text/tokens.js';
import { isPluralPhrase, taggedWords } from '../../lexicon.js';
import { mentionsOf } from '../../mentions-of.js';
import { phrases } from '../../text/phrases.js';
import { AGE_AFTER, AGE_BEFORE } from '../../roles.js';
import { lowerFirst, subjectBefore } from './clause.js';
import { MAX_QUESTION_WORDS, called } from './disputes.js';

const NUMBER_WORDS = lists.counts.numbers.words;
const NUMBER = String.raw`(\d[\d,]*|${NUMBER_WORDS.join('|')})`;
const NOUN = String.raw`(${lists.counts.nouns.join('|')})`;
const VERB = String.raw`(${lists.counts.verbs.join('|')})`;
// The name right before its speech verb, or before an apposition and the verb.
const SAID = new RegExp(String.raw`^(?:,[^,]{0,80},)?\s+(?:also\s+)?(?:${phrases(lists.counts.givenBy.words)})\b`, 'u');
const OUTCOME_OF = new Map(Object.entries(lists.counts.outcomes));

const GERUND = new Map(Object.entries(lists.counts.gerunds));
// "at least 27", "as many as 125": how sure a figure is told stays out of the count.
const ABOUT = String.raw`(?:(?:${phrases(lists.counts.about.words)})\s+)?`;

/** The count rules: "four fighters were killed", "killed 12 people", "the death toll rose to 90". */
export const COUNT_RULES: readonly { name: string; match: RegExp; read: (m: RegExpExecArray) => { n: string; noun: string; verb: string } }[] = [
  {
    name: 'number-noun-verb',
    // ("five of the nurses": a part, not the count. "Five people, including two nurses,
    // were hurt": the part named inside the count is no count of its own.)
    match: new RegExp(String.raw`\b${NUMBER}\s+(?:(?!of\s)[\p{Ll}-]+\s+){0,2}?${NOUN}(?:\s+and\s+[^,.;]{3,40}?|,?\s+including\s+[^,.;]{3,40}?,?)?\s+(?:were|was|have\s+been|had\s+been|has\s+been|have|had|are|is|reportedly|also)?\s*${VERB}\b`, 'iu'),
    read: (m) => ({ n: m[1], noun: m[2], verb: m[3] }),
  },
  {
    name: 'verb-number-noun',
    match: new RegExp(String.raw`\b${VERB}\s+${ABOUT}${NUMBER}\s+(?:[\p{Ll}-]+\s+){0,2}?${NOUN}\b`, 'iu'),
    read: (m) => ({ n: m[2], noun: m[3], verb: m[1] }),
  },
  {
    // "two car bombs tore through the market, killing 14 people".
    name: 'gerund-number-noun',
    match: new RegExp(String.raw`\b(${[...GERUND.keys()].join('|')})\s+${ABOUT}${NUMBER}\s+(?:[\p{Ll}-]+\s+){0,2}?${NOUN}\b`, 'iu'),
    read: (m) => ({ n: m[2], noun: m[3], verb: GERUND.get(m[1].toLowerCase())! }),
  },
  {
    // "the blast left 12 people dead", "leaving at least 40 injured".
    name: 'left-number-verb',
    match: new RegExp(String.raw`\b(?:left|leaving)\s+${ABOUT}${NUMBER}\s+(?:${NOUN}\s+)?${VERB}\b`, 'iu'),
    read: (m) => ({ n: m[1], noun: m[2] ?? 'people', verb: m[3] }),
  },
  {
    name: 'death-toll',
    match: new RegExp(String.raw`\bdeath\s+toll\s+(?:[\p{Ll}]+\s+){0,3}?(?:to|at|of)\s+${ABOUT}${NUMBER}\b`, 'iu'),
    read: (m) => ({ n: m[1], noun: 'people', verb: 'killed' }),
  },
];

const SRC = lists.counts.sources;
// A source named in words, not an actor: "port radio", "the HRC", "wardens" (no pronoun,
// no clause's conjunction).
const SOURCE = String.raw`(?!(?:${phrases(SRC.notSources)})\b)(?:the\s+)?[\p{L}][\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,5}?`;
/** Who gives a figure when the sentence names no actor as its speaker, one row each: m[1] the source as written. */
export const SOURCE_RULES: readonly { name: string; match: RegExp }[] = [
  // "Three fighters were killed in the harbor district, local medics said."
  { name: 'source-said-after', match: new RegExp(String.raw`,\s+(${SOURCE})\s+(?:${phrases(SRC.after)})\s*[.!]?$`, 'iu') },
  // "…, according to local medics."
  { name: 'according-to', match: new RegExp(String.raw`\baccording\s+to\s+(${SOURCE})\s*(?:[,.;]|$)`, 'iu') },
  // "Wardens allege the trawler rammed the buoy …", "By noon, wardens say …".
  // ("The port office later said …": the adverb is no part of the source.)
  { name: 'source-says-before', match: new RegExp(String.raw`(?:^|,\s+)(${SOURCE})\s+(?:(?:${phrases(SRC.adverbs)}|\p{Ll}+ly)\s+)*(?:${phrases(SRC.before)})\s+(?:that\s+)?[\p{L}\d]`, 'iu') },
];
const sourceNamed = (text: string) => {
  for (const rule of SOURCE_RULES) {
    const m = rule.match.exec(text);
    // ("Officials say …": a common noun capitalised only because it opens the sentence.)
    // (The sentence's full stop is no part of it; an abbreviation's is: "the U.N.")
    if (m) return lowerFirst(m[1].replace(/(?<!\.\p{L})\.$/u, ''));
  }
  return undefined;
};

/** One side of a figure: the actor who gives it, or the source the sentence names. */
interface Source {
  actor?: number;
  name: string;
}
// "as police say", "as the HRC says", "as port radio and medics say".
const asSays = ({ name }: Source) => `as ${name} ${/\sand\s/.test(name) || /^(?:the\s+)?police$/i.test(name) || isPluralPhrase(name) ? 'say' : 'says'}`;

interface Count {
  sentence: Sentence;
  n: number;
  figure: string;
  noun: string;
  outcome: string;
}

const valueOf = (figure: string) => {
  const i = NUMBER_WORDS.indexOf(figure.toLowerCase());
  return i >= 0 && i < 20 ? i + 1 : i >= 20 ? -1 : Number(figure.replace(/,/g, ''));
};

function countsIn(s: Sentence): Count[] {
  const out: Count[] = [];
  for (const rule of COUNT_RULES) {
    const m = rule.match.exec(s.text);
    if (!m) continue;
    const { n, noun, verb } = rule.read(m);
    const value = valueOf(n);
    // "dozens", "hundreds": no figure to set against another.
    if (value < 0 || (value > 1900 && value < 2100 && /^\d{4}$/.test(n))) continue;
    out.push({ sentence: s, n: value, figure: n.toLowerCase(), noun: noun.toLowerCase(), outcome: OUTCOME_OF.get(verb.toLowerCase()) ?? verb.toLowerCase() });
  }
  return out;
}

const COMMON = lists.counts.common.words.join(' ');
// Content words two count sentences share besides the count itself.
const shared = (a: Count, b: Count) => {
  const own = new Set(contentTerms(`${a.noun} ${a.outcome} ${b.noun} ${b.outcome} ${COMMON}`));
  const other = new Set(b.sentence.terms);
  return new Set(a.sentence.terms.filter((t) => other.has(t) && !own.has(t))).size;
};

/** Two articles, or two speakers, that give different figures for the same count. */
export function figureDisputes(ctx: Context): QuestionDraft[] {
  const byKey = new Map<string, Count[]>();
  for (const s of ctx.sentences) {
    if (s.noise || !/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\b/i.test(s.text)) continue;
    for (const c of countsIn(s)) {
      const key = `${c.noun}|${c.outcome}`;
      byKey.set(key, [...(byKey.get(key) ?? []), c]);
    }
  }
  const out: QuestionDraft[] = [];
  // Who gives the figure: the sentence's attributed speaker, or the actor it names before "said".
  const speakerOf = (s: Sentence) =>
    ctx.attributions.find((a) => a.sentence === s.index)?.actor ??
    mentionsOf(ctx, s.index).find((m) => SAID.test(s.text.slice(m.end - s.start)))?.actor;
  const sourceOf = (s: Sentence): Source | undefined => {
    const who = speakerOf(s);
    if (who !== undefined) return { actor: who, name: called(ctx.actors[who]) };
    const named = sourceNamed(s.text);
    return named === undefined ? undefined : { name: named };
  };
  // (A source named in words twice, "police said", gives its update, as an actor would.)
  const sameSource = (a: Sentence, b: Sentence) => {
    const [x, y] = [sourceOf(a), sourceOf(b)];
    return !!x && !!y && x.actor === undefined && y.actor === undefined && x.name.toLowerCase() === y.name.toLowerCase();
  };
  for (const list of byKey.values()) {
    const [a] = list;
    // The same count told otherwise, by another article or another speaker.
    // Estimates of one count differ by less than threefold, and their sentences tell of the same
    // place or event: "Seven … killed in the attack" is not "the bombing on June 3 that killed 9".
    const b = list.find(
      (c) =>
        c.n !== a.n &&
        Math.max(c.n, a.n) <= 3 * Math.min(c.n, a.n) &&
        // (One source's figure told again later is its update, not a second account.)
        (speakerOf(c.sentence) !== speakerOf(a.sentence) || (c.sentence.doc !== a.sentence.doc && speakerOf(c.sentence) === undefined)) &&
        !sameSource(a.sentence, c.sentence) &&
        // Who was counted narrows it: "rebels killed" in one story are one count; "people" need more.
        shared(a, c) >= (a.noun === 'people' ? 2 : 0),
    );
    if (!b) continue;
    const side = (c: Count) => {
      const who = speakerOf(c.sentence);
      return who === undefined ? '' : ` (${ctx.actors[who].name})`;
    };
    // Both sides named: each figure with who gives it, as the other disputes name their sides.
    // (Sources too long to name within a question's words leave the shorter form.)
    const [sa, sb] = [sourceOf(a.sentence), sourceOf(b.sentence)];
    const named = sa && sb ? `How many ${a.noun} were ${a.outcome}: ${a.figure}, ${asSays(sa)}, or ${b.figure}, ${asSays(sb)}?` : undefined;
    const text = named && wordCount(named) <= MAX_QUESTION_WORDS ? named : `How many ${a.noun} were ${a.outcome}: ${a.figure}${side(a)} or ${b.figure}${side(b)}?`;
    const actors = [speakerOf(a.sentence), speakerOf(b.sentence)].filter((x): x is number => x !== undefined);
    out.push({ text, kind: 'disputed', actors, sentences: [a.sentence.index, b.sentence.index] });
  }
  // (A share that rose or fell, or a distance, is a figure told two ways too.)
  return [...out, ...changeDisputes(ctx), ...distanceDisputes(ctx)];
}

// A rise or fall told as a share: "Sales rose less than 2% in the spring" in one
// article, "its ticket sales rose 8 percent in the spring" in another.
const CH = lists.counts.changes;
const DIRECTION = new Map(Object.entries(CH.verbs));
/** m[1] the verb, m[2] the figure as written ("less than 1%"), m[3] its number. */
export const CHANGE_RULES: readonly { name: string; match: RegExp }[] = [
  { name: 'changed-by-percent', match: new RegExp(String.raw`\s(${phrases(Object.keys(CH.verbs))})\s+(?:by\s+)?((?:(?:${phrases(CH.about)})\s+)?(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b))`, 'iu') },
];

/** Two articles that give one rise or fall different shares: "How much did shares fall: less than 1% or 10 percent?" */
export function changeDisputes(ctx: Context): QuestionDraft[] {
  const found: { sentence: Sentence; verb: string; direction: string; n: number; figure: string; subject?: string; when: string[] }[] = [];
  for (const s of ctx.sentences) {
    if (s.noise || !/%|per\s*cent/i.test(s.text)) continue;
    for (const rule of CHANGE_RULES) {
      const m = rule.match.exec(s.text);
      if (!m) continue;
      // What follows the figure tells when or where it changed: "in after-hours trading", "in the quarter".
      const when = contentTerms(s.text.slice(m.index + m[0].length).split(/[,;:.!?]/)[0]);
      found.push({ sentence: s, verb: m[1], direction: DIRECTION.get(m[1].toLowerCase())!, n: Number(m[3]), figure: m[2], subject: subjectBefore(s.text, m.index), when });
    }
  }
  const out: QuestionDraft[] = [];
  for (const a of found) {
    if (!a.subject) continue;
    // The same change told otherwise by another article: the same direction, at the same time
    // or place ("fell 12% on a slow season" and "fell 3% after the recall" are two changes).
    const b = found.find((c) => c.sentence.doc !== a.sentence.doc && c.direction === a.direction && c.n !== a.n && c.when.some((t) => a.when.includes(t)));
    if (!b) continue;
    // ("Shares fell", "Sales of the brewer rose": a plural noun capitalised only because it opens
    // the sentence; "Acme stock" may be a name and keeps it. Tagged with its verb: alone,
    // "Shares" reads as one.)
    const tags = taggedWords(`${a.subject} ${a.verb}`)[0]?.tags ?? [];
    const subject = tags.includes('Plural') && !tags.includes('ProperNoun') ? a.subject.charAt(0).toLowerCase() + a.subject.slice(1) : lowerFirst(a.subject);
    out.push({ text: `How much did ${subject} ${a.direction}: ${a.figure} or ${b.figure}?`, kind: 'disputed', actors: [], sentences: [a.sentence.index, b.sentence.index] });
    break;
  }
  return out;
}

// A place's distance from another told two ways: "the lighthouse, about 12 miles west of
// Kilbride" in one article, "the old light 15 miles southwest of Kilbride" in another.
const DI = lists.counts.distances;
/** m[1] the figure as written ("about 125 miles"), m[2] its number, m[3] the unit, m[4] the place it is measured from. */
export const DISTANCE_RULES: readonly { name: string; match: RegExp }[] = [
  {
    name: 'miles-from-place',
    match: new RegExp(String.raw`((?:(?:${phrases(DI.about)})\s+)?(\d[\d,]*(?:\.\d+)?)\s+(${phrases(DI.units)}))\s+(?:${phrases(DI.ways)})\s+(?:of\s+)?((?:downtown\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})`, 'u'),
  },
];
// What lies that far: a name set off before the figure ("Area 9, about 125 miles …"), else the noun
// phrase right before it ("the desert base 90 miles …").
const PLACED_NAME = /((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:\p{Lu}[\p{L}'’.-]*|\d+)),\s+$/u;
const PLACED_THING = /\b(the\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+),?\s+$/u;

/** Two articles that give one place's distance two ways: "How far from Fairview is Area 9: about 125 miles or 90 miles?" */
export function distanceDisputes(ctx: Context): QuestionDraft[] {
  const found: { sentence: Sentence; n: number; figure: string; unit: string; from: string; placed?: string; named: boolean }[] = [];
  for (const s of ctx.sentences) {
    if (s.noise) continue;
    for (const rule of DISTANCE_RULES) {
      const m = rule.match.exec(s.text);
      if (!m) continue;
      const before = s.text.slice(0, m.index);
      const name = PLACED_NAME.exec(before)?.[1];
      found.push({ sentence: s, n: Number(m[2].replace(/,/g, '')), figure: m[1], unit: m[3], from: m[4], placed: name ?? PLACED_THING.exec(before)?.[1], named: !!name });
    }
  }
  for (const a of found) {
    const b = found.find((c) => c.sentence.doc !== a.sentence.doc && c.unit === a.unit && c.from === a.from && c.n !== a.n && Math.max(c.n, a.n) <= 3 * Math.min(c.n, a.n));
    if (!b) continue;
    const placed = [a, b].find((x) => x.named)?.placed ?? a.placed ?? b.placed;
    if (!placed) continue;
    return [{ text: `How far from ${a.from} is ${placed}: ${a.figure} or ${b.figure}?`, kind: 'disputed', actors: [], sentences: [a.sentence.index, b.sentence.index] }];
  }
  return [];
}

/** A person's age told beside their name: m[1] the age. */
export interface AgeRule {
  name: string;
  /** Read in the text right before the name ("before"), right after it ("after"), or as a whole
   * sentence whose pronoun is the last person the sentence before names ("pronoun"). */
  side: 'before' | 'after' | 'pronoun';
  match: RegExp;
}

/** The ways an article gives a named person's age. */
export const AGE_RULES: readonly AgeRule[] = [
  // "Jane Roe, 28, was charged", "Roe (28) told police": the roles code's reader, which gives the
  // person their age, so that the dispute and the person's card read one age.
  { name: 'age-after-name', side: 'after', match: AGE_AFTER },
  // "29-year-old Jane Roe", "the 66-year-old neighbor John Doe" (the roles code's reader too).
  { name: 'age-before-name', side: 'before', match: AGE_BEFORE },
  // "Okafor was 41.", told alone after his death or his deed.
  { name: 'was-age', side: 'after', match: /^\s+(?:was|is)\s+(\d{1,3})(?:\s+years\s+old)?\s*\.$/u },
  // "… the pilot who steered the ferry, has died. He was 41."
  { name: 'pronoun-was-age', side: 'pronoun', match: /^(?:He|She)\s+(?:was|is)\s+(\d{1,3})(?:\s+years\s+old)?\s*\.$/u },
];

// Two ages of one person are two accounts only when they are close: "Greta Kowalczyk, 41" and
// "9-year-old Tobin Kowalczyk" are two people an actor merged, not a dispute.
const closeAges = (a: number, b: number) => a !== b && Math.abs(a - b) <= Math.max(2, Math.min(a, b) / 4);

/** Two articles (or one, twice) that give one named person different ages: "How old was Jane Roe: 28 or 29?" */
export function ageDisputes(ctx: Context): QuestionDraft[] {
  const agesOf = new Map<number, { age: number; sentence: Sentence; named?: Sentence }[]>();
  for (const s of ctx.sentences) {
    // ("Okafor was 41.": too short to be shown alone, it still tells an age.)
    if ((s.noise && s.noise !== 'fragment') || !/\d/.test(s.text)) continue;
    // "He was 41.": the person is the last one the sentence before names, cited beside it.
    const before = ctx.sentences[s.index - 1];
    for (const rule of AGE_RULES.filter((r) => r.side === 'pronoun')) {
      const found = rule.match.exec(s.text);
      const person = found && before && before.doc === s.doc ? mentionsOf(ctx, before.index).filter((m) => ctx.actors[m.actor!].type === 'person').pop()?.actor : undefined;
      const age = person !== undefined && Number(found![1]);
      if (age && age <= 110) agesOf.set(person!, [...(agesOf.get(person!) ?? []), { age, sentence: s, named: before }]);
    }
    for (const m of mentionsOf(ctx, s.index)) {
      if (ctx.actors[m.actor!].type !== 'person') continue;
      const [from, to] = [m.start - s.start, m.end - s.start];
      for (const rule of AGE_RULES.filter((r) => r.side !== 'pronoun')) {
        const found = rule.match.exec(rule.side === 'after' ? s.text.slice(to) : s.text.slice(0, from));
        const age = found && Number(found[1]);
        if (!age || age > 110) continue;
        agesOf.set(m.actor!, [...(agesOf.get(m.actor!) ?? []), { age, sentence: s }]);
      }
    }
  }
  const out: QuestionDraft[] = [];
  for (const [actor, ages] of agesOf) {
    const [a] = ages;
    const b = ages.find((x) => closeAges(x.age, a.age));
    if (!b) continue;
    const [lo, hi] = [a, b].sort((x, y) => x.age - y.age);
    const cited = [a, b].flatMap((x) => [...(x.named ? [x.named.index] : []), x.sentence.index]);
    out.push({ text: `How old was ${ctx.actors[actor].name}: ${lo.age} or ${hi.age}?`, kind: 'disputed', actors: [actor], sentences: cited });
  }
  return out;
}
