// What the text around a mention says: put in a place, acting, speaking, an institution, an outlet.
import type { ActorDraft, Context, Mention } from '../../types.js';
import { STOPWORDS } from '../../text/tokens.js';
import { phrases } from '../../text/phrases.js';
import { ADDRESSED_TO, PLAYS_PART, GOVERNMENT_NOUNS, THING_KINDS, isAdverb, JOURNALISTS, ORG_HEADS, SPEECH_VERBS, SPEAKERS_OF_A_BODY, WORKERS_OF_A_BODY, isFirstName, isOutletName, isPlace, isVerbForm, knownOrg, readsAsAdjectiveOnly, readsAsPastVerb } from '../../lexicon.js';
import { textAfter, textBefore } from '../../text/window.js';

// Where a name is put only in a place: "in Dover", "north of Tel Hamra", "the city of Kafr Tal".
const IN_A_PLACE_WORDS = String.raw`in|near|(?:north|south|east|west)(?:east|west)?\s+of|outside|throughout|across|within|around|inside|(?:province|neighbou?rhood|city|town|village|region|district|suburbs?|state|capital)\s+of`;
// Prepositions of place: "in Dover", "off the Braemore Peninsula". Places are settings, not actors.
const LOCATIVE = new RegExp(String.raw`\b(?:${IN_A_PLACE_WORDS}|at|into|off|to|towards?|from)\s+(?:the\s+)?$`, 'i');
// The prepositions that put someone only in a place, not in an exchange ("spoke to", "a letter
// from") nor at work ("a lawyer at Hale Brandt").
const IN_A_PLACE = new RegExp(String.raw`\b(?:${IN_A_PLACE_WORDS})\s+(?:the\s+)?$`, 'i');
// The same, written in lower case: "Kim In Soo" is a name.
const IN_A_PLACE_CASED = new RegExp(String.raw`\b(?:${IN_A_PLACE_WORDS})\s+(?:the\s+)?$`);
// "in the ancient Varsa Oasis", "across the upper Plains": a place is also put there with an
// adjective before its name, which a person's name does not take after "in the".
const IN_A_PLACE_QUALIFIED = new RegExp(String.raw`\b(?:${IN_A_PLACE_WORDS})\s+the\s+(\p{Ll}+)\s+$`, 'u');
/** Whether the text before a mention puts it in a place: "in Dover", "in the remote Varsa Oasis". */
export const putInAPlace = (doc: string, m: Mention, cased = false) => {
  const before = textBefore(doc, m, 40);
  if ((cased ? IN_A_PLACE_CASED : IN_A_PLACE).test(before)) return true;
  const adjective = IN_A_PLACE_QUALIFIED.exec(before)?.[1];
  return adjective !== undefined && readsAsAdjectiveOnly(adjective);
};

// The subject of a verb, past a quotation mark or an adverb: "Moscow \"underscored\"", "Russia
// strongly denied", "the hospital also did not respond".
// A negation joined to its verb is read as the verb: "the Sheriff's Office hasn't commented".
const VERB_NEXT = /^\s*["“”]?\s*(\p{Ll}+?(?=n['’]t\b)|\p{Ll}+)(?:n['’]t)?(?:\s+(\p{Ll}+))?/u;
export const verbNext = (after: string) => {
  const m = VERB_NEXT.exec(after);
  return m && (/ly$/.test(m[1]) || isAdverb(m[1])) ? m[2] : m?.[1];
};
export const verbAfter = (after: string) => {
  const next = verbNext(after);
  return next !== undefined && (isVerbForm(next) || readsAsPastVerb(next));
};
// "…," said Rand Ortell: the speaker after a verb of speech.
export const spokenBy = (doc: string, m: Mention) => {
  const before = /(?<!\p{L})(\p{L}+)\s+$/u.exec(textBefore(doc, m, 20))?.[1];
  return before !== undefined && SPEECH_VERBS.has(before.toLowerCase());
};
// The verbs by which a person of the story takes a part: no regular expression is built from a name.
export const PLAYS = new RegExp(String.raw`\b(?:${phrases(PLAYS_PART)})\b`, 'u');
// "the battleship Harlow", "Tarn's frozen moon Velmo", "the vessel UC3 Harlow": a kind of thing
// written right before a name on its line (a model's code, or the "The" of its name, may stand
// between: "the website The Velmo") says what it is.
const KIND_BEFORE = /(?:^|[^\p{L}'’])(\p{Ll}+)[ \t]+(?:The[ \t]+)?(?:\p{Lu}[\p{L}-]*\d[\p{L}\d-]*[ \t]+)?$/u;
// "Velmo, a moon of Tarn", "Harlow, a dormitory within the campus": what an apposition after a name says it is.
const APPOSITION_AFTER = /^,[ \t]+(?:a|an|the|its|one)[ \t]+([^,.;:!?()"“”—–\n]{1,80})/u;
// "the other main drug used …": a participle after its head ends the noun it opens.
const PARTICIPLE = /^\p{L}{2,}(?:ed|ing)$/u;
/**
 * The head noun of a noun phrase: its last word before a preposition, a relative or other small
 * word, or a participle ("a second world war battleship that …" → "battleship"). An owner
 * ("the ship's captain") qualifies the head, and "and" joins two qualifiers ("a film and TV company").
 */
function headNoun(phrase: string): string | undefined {
  let head: string | undefined;
  for (const [word] of phrase.matchAll(/[\p{L}\d'’-]+/gu)) {
    const w = word.toLowerCase();
    if (/['’]s?$/.test(w) || w === 'and' || w === 'or') continue;
    if (STOPWORDS.has(w) || PARTICIPLE.test(w)) {
      if (head) break;
      continue;
    }
    head = w;
  }
  return head;
}
/**
 * Whether the articles say, around a mention, that the name is a thing: a kind of thing right
 * before it ("the battleship Harlow"), unless the name goes on to do something ("the videos
 * Harlow has made"); a kind of thing heading the apposition after it ("Velmo, a moon of Tarn");
 * or a trade mark after it ("the Velmo Pad™").
 */
export function saidToBeAThing(doc: string, m: Mention): boolean {
  const after = textAfter(doc, m, 90);
  if (/^[™®]/u.test(after)) return true;
  const before = KIND_BEFORE.exec(textBefore(doc, m, 40))?.[1];
  if (before !== undefined && THING_KINDS.has(before) && !verbAfter(after)) return true;
  const apposition = APPOSITION_AFTER.exec(after)?.[1];
  const head = apposition === undefined ? undefined : headNoun(apposition);
  return head !== undefined && THING_KINDS.has(head);
}
// "Okafor said": a mention followed by a verb of speech.
export const speaksNext = (doc: string, m: Mention) => SPEECH_VERBS.has((/^\s+(\p{L}+)/u.exec(textAfter(doc, m, 30))?.[1] ?? '').toLowerCase());
// "Pew found", "Tesla's": a mention that does, says or owns something.
export const actsOrOwns = (doc: string, m: Mention) => {
  const after = textAfter(doc, m, 40);
  return /^['’]s?\b/.test(after) || verbAfter(after);
};

// "the Oregon Law Enforcement Agency and the FBI are investigating": the verb after the names
// joined to this one.
const COORDINATED = /^\s*,?\s+(?:and|or)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){0,5}\p{Lu}[\p{L}.&'’-]*/u;
// "Dale Corp., which owns it,", "Dale Corp., the building's manager,": what commas set aside.
const ASIDE_AFTER = /^\.?,\s+(?:which|who|that|the|a|an|its)\s[^,;:.!?“”"()]{1,80},/u;
// "an inquiry being carried out by the coast guard": the agent of a passive verb.
const AGENT_BEFORE = /\b(?:been|being|be|is|are|was|were|\p{Ll}+ed|done|made|taken|held|led|run|seen)\s+by\s+(?:the\s+)?$/iu;
// "scientists at Brackton University have shown", "a team from the Vale Institute": the body whose
// people do the work the story reports.
export const WORKERS_AT = new RegExp(String.raw`\b(?:${phrases([...WORKERS_OF_A_BODY])})\s+(?:at|from)\s+(?:the\s+)?$`, 'iu');
// "a spokeswoman for", "colleagues at", "crews from": the people through whom a body speaks or acts.
export const PEOPLE_OF = new RegExp(String.raw`\b(?:${phrases([...SPEAKERS_OF_A_BODY])})\s+(?:at|from|for)\s+(?:the\s+)?$`, 'iu');
// "confessed to Tarrow police", "in a speech to Parliament": the body spoken or written to.
const ADDRESSED = new RegExp(String.raw`\b(?:${phrases([...ADDRESSED_TO])})\s+to\s+(?:the\s+)?$`, 'iu');
// "asked the agency to review the contract": someone told or asked to do something.
const TO_DO = /^\s+to\s+(\p{Ll}+)/u;

// "Westfold Council", "Department of Parks", "FBI": a body whose name is built on a head word
// that says it is one (the word before its "of", or its last) or a well-known one; not its people
// ("Members of Congress") nor a news outlet, which reports the story.
export const isInstitution = (name: string) => {
  const words = name.split(/\s+/);
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  return (!!knownOrg(name) || ORG_HEADS.has(words[(of > 0 ? of : words.length) - 1].toLowerCase())) && !isOutletName(name);
};

/**
 * An institution the articles name once is an actor of the story when that mention does
 * something: the subject of a verb, alone or joined to another name, the agent of a passive verb,
 * the body whose researchers do the work, or someone told to do something; not when it only owns something ("Westfold Council's
 * participation").
 */
export function institutionActs(doc: string, m: Mention): boolean {
  const after = textAfter(doc, m, 120);
  if (verbAfter(after)) return true;
  const joined = COORDINATED.exec(after);
  if (joined && verbAfter(after.slice(joined[0].length))) return true;
  // "Dale Realty Corp., the building's manager, posted …", "Dale Corp., which owns it, said …":
  // the verb comes after what the commas set aside.
  const aside = ASIDE_AFTER.exec(after);
  if (aside && verbAfter(after.slice(aside[0].length))) return true;
  const to = TO_DO.exec(after)?.[1];
  const before = textBefore(doc, m, 30);
  return AGENT_BEFORE.test(before) || WORKERS_AT.test(before) || (to !== undefined && isVerbForm(to));
}

export const BE_OR_HAVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had']);
// The capitalised words right before a position: "Oklahoma City" in "Oklahoma City Thunder".
const CAPITALS_BEFORE = /(?:^|[^\p{L}.'’-])(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})\s$/u;
/** Whether a text writes a name right after a place: capitalised words some of which ("Oklahoma", "New York") the lexicon knows as one. */
export function writtenAfterAPlace(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (/\p{L}/u.test(text[at + name.length] ?? ' ')) continue;
    const words = CAPITALS_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1].split(/\s/);
    if (words?.some((_, i) => words.some((__, j) => j >= i && isPlace(words.slice(i, j + 1).join(' '))))) return true;
  }
  return false;
}

/** Whether a mention opens its sentence. */
export const opensSentence = (ctx: Context, m: Mention) => ctx.sentences[m.sentence].start >= m.start - 1;

/** The text of the article a mention stands in. */
export const textOf = (ctx: Context, m: Mention) => ctx.docs[ctx.sentences[m.sentence].doc].text;

const GOVERNMENT_OF = new RegExp(String.raw`\b(?:${[...GOVERNMENT_NOUNS].join('|')})\s+of\s+(?:the\s+)?$`, 'i');

export function isSetting(ctx: Context, a: ActorDraft): boolean {
  const docOf = (m: Mention) => textOf(ctx, m);
  // "according to the police" names a source, not a place; "scientists at Brackton University", a
  // body at work ("researchers from Denmark" are no country's).
  const isLocative = (m: Mention) => {
    const before = textBefore(docOf(m), m, 24);
    return LOCATIVE.test(before) && !/\baccording\s+to\s+(?:the\s+)?$/i.test(before) && !(a.type === 'organization' && WORKERS_AT.test(before));
  };
  // "U.S. officials", "the Dover sector", "EU rules": the name qualifies a noun.
  const isAttributive = (m: Mention) => {
    const next = /^\s+(\p{L}+)\b/u.exec(textAfter(docOf(m), m, 30))?.[1];
    return next !== undefined && !isVerbForm(next) && !STOPWORDS.has(next.toLowerCase());
  };
  // "wrote to the government of Peru": the country's government, written after it, is who
  // is addressed or acts.
  const governed = (m: Mention) => GOVERNMENT_OF.test(textBefore(docOf(m), m, 30));
  const locative = a.mentions.filter((m) => isLocative(m) && !governed(m)).length;
  const attributive = a.mentions.filter((m) => !isLocative(m) && isAttributive(m)).length;
  const acts = a.mentions.filter((m) => governed(m) || verbAfter(textAfter(docOf(m), m, 40))).length;
  // A country is an actor when it does or says something, not when it is a setting or an
  // adjective ("U.S. officials", "in Damascus").
  if (a.type === 'country') return acts < 1 || a.mentions.length - locative - attributive < 2;
  if (a.type === 'person' && a.mentions.some((m) => m.role)) return false;
  // "Jarell Hayden" is a person; "Pine Lakes" and "Milford Township", two capitalised words with
  // no first name and no role, are a place where the articles put things "in" them.
  if (a.type === 'person' && a.mentions.some((m) => m.name.includes(' ') && m.type === 'person')) {
    if (a.mentions.some((m) => isFirstName(m.name.split(/\s+/)[0]))) return false;
    const inAPlace = a.mentions.filter((m) => putInAPlace(docOf(m), m)).length;
    return inAPlace * 2 >= a.mentions.length;
  }
  // An organisation met "at the United Nations" that also "estimates" is an actor.
  if (a.type === 'organization' && acts > 0) return false;
  // "a spokeswoman for Eastside Hospital Center said", "his colleagues at the Vale Project": a
  // body whose own people speak or work in the story acts through them, and "she confessed to
  // Tarrow police": a body someone speaks or writes to is in the story, wherever else it is a
  // place ("drove to the Tarrow Police Department").
  const inTheStory = (before: string) => PEOPLE_OF.test(before) || ADDRESSED.test(before);
  if (a.type === 'organization' && a.mentions.some((m) => inTheStory(textBefore(docOf(m), m, 40)))) return false;
  if (a.type !== 'group' && a.mentions.length > 1 && attributive === a.mentions.length) return true;
  return (locative + (a.type === 'organization' ? 0 : attributive)) * 2 >= a.mentions.length;
}

/** What the articles say around an actor's mentions, for the rules below. */
export interface Story {
  ctx: Context;
  /** Every word the articles write in lower case. */
  lowerWords: ReadonlySet<string>;
  /** The text of the article a mention stands in. */
  docOf: (m: Mention) => string;
  /** Every actor grouped from the mentions, once they are. */
  drafts: readonly ActorDraft[];
}

export function readStory(ctx: Context): Story {
  const lowerWords = new Set<string>();
  for (const d of ctx.docs) for (const m of d.text.matchAll(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]+/gu)) lowerWords.add(m[0]);
  return { ctx, lowerWords, docOf: (m) => textOf(ctx, m), drafts: [] };
}

// "Al Jazeera's Nora Haddad", "NewsChannel 15's John Ashby": a person named by an outlet's possessive.
export const OUTLET_OWNER = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}.&-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}.&-]*|\d+))*)['’]s?\s+$/u;
// "WANE reporter", "CNN correspondent": a reporter's role, which names the outlet.
export const reportsForOutlet = (role: string) => {
  const words = role.split(/\s+/);
  return JOURNALISTS.has(words[words.length - 1].toLowerCase()) && words.slice(0, -1).some((w) => /^\p{Lu}/u.test(w));
};
