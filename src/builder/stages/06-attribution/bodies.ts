// Speakers who are bodies or speak for one: a country's officials, a police force, "it" and
// "they", a body's officials and voices, a caucus, a government, sources the story does not name.
import { type Attribution, type Context, type Mention } from '../../types.js';
import { namesOf } from '../../../format/names.js';
import { mentionsOf } from '../../mentions-of.js';
import { oncePerRun } from '../../per-run.js';
import { DOCUMENTS, GOVERNMENT_NOUNS, LOCAL_FORCES, ORG_NOUNS, OTHER_INVESTIGATORS, PARTY_CAUCUSES, PREPOSITIONS, BODY_VOICES, SPEECH_VERB_ALTERNATION, UNNAMED_SOURCES, countryOf, countryOfDemonym, isRoleNoun, isVerbForm, readsAsAdverb } from '../../lexicon.js';
import { STOPWORDS } from '../../text/tokens.js';
import { stem } from '../../text/stem.js';
import { patternWith, phrases } from '../../text/phrases.js';
import { DESCRIPTION, docOf, resolveMention, resolve } from './common.js';
import { isSubject, described, organisation, KINDS_OF } from './mentions.js';
import { type Clause, namedAtLast } from './clause.js';

// "a senior Dutch official said", "U.S. officials said": someone speaking for a country the story names.
const COUNTRY_OFFICIAL = /\b(\p{Lu}[\p{L}.]*)\s+(?:government\s+|foreign\s+ministry\s+|defen[cs]e\s+ministry\s+)?(?:officials?|diplomats?|spokes(?:man|woman|person)|sources?|authorities)\s*$/u;
export function countryOfficial(c: Clause): number | undefined {
  const m = COUNTRY_OFFICIAL.exec(c.gap);
  const country = m && (countryOf(m[1]) ?? countryOfDemonym(m[1]));
  return country ? c.ctx.actors.find((a) => a.type === 'country' && a.name === country)?.index : undefined;
}

// "police wrote", "prosecutors said": the organisation the story names with that word.
export const organisationNamedBy = (c: Clause) =>
  c.last && ORG_NOUNS.has(c.last.text.toLowerCase()) && !/\b(?:the|a|an|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu.test(c.gap.slice(0, c.last.start - c.from))
    ? resolve(c.ctx, c.s.start, c.s.doc, (m) => organisation(c.ctx)(m) && described(c.ctx, c.last!.text.toLowerCase())(m))
    : undefined;

// "authorities said", "Authorities believe …" with no body named: the story's one police force,
// where it names one and no other force, investigating body (a sheriff) or agency that could be meant.
export const BARE_AUTHORITIES = /(?:^|[^\p{L}\s]|\b(?:and|but|while|as|that|because)\s)\s*(?:local\s+)?authorities\s*$/iu;
export function storyForce(ctx: Context): number | undefined {
  const named = (a: Context['actors'][number]) => a.mentions.length > 0;
  const forces = ctx.actors.filter((a) => named(a) && a.type === 'organization' && a.name.split(/\s+/).some((w) => LOCAL_FORCES.has(w.toLowerCase())));
  const others = ctx.actors.some((a) => named(a) && namesOf(a).some((n) => n.split(/[\s'’]+/).some((w) => OTHER_INVESTIGATORS.has(w.toLowerCase()))));
  // "the Harbor Department said", "the Lowell County Attorney's office": another authority the words may be of.
  const agency = (a: Context['actors'][number]) => a.type === 'organization' && a.name.toLowerCase().split(/[\s'’]+/).some((w) => KINDS_OF.get(w)?.includes('agency') || /^(?:attorney|prosecutor)s?$/.test(w));
  const force = forces.length === 1 ? forces[0] : undefined;
  return force && !others && !ctx.actors.some((a) => a !== force && named(a) && agency(a)) ? force.index : undefined;
}

// "It said", "It described the fighting …": the organisation that spoke last, or was last the subject of a sentence.
// …of one of the last few sentences: a body met as a subject further back is no longer what "it"
// stands for ("The firm opened in May. … The song is dark. It adds …" is the song).
const BODY_SUBJECT_SPAN = 2;
export function organisationPronoun(c: Clause): number | undefined {
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

export function groupPronoun(c: Clause): number | undefined {
  const before = c.recent.filter((a) => a.sentence === c.s.index - 1).pop();
  return before && (c.ctx.actors[before.actor].type !== 'person' || spokeAsPair(c, before)) ? before.actor : undefined;
}
// "Reyes and Dr. Lund told reporters …" then "They added …", "…, wrote Lowell and Marsh in their
// paper." then "“…,” they wrote.": two people named as one subject spoke in the sentence before;
// the one read as speaking there speaks for both.
const JOINED = /^\s+and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
function spokeAsPair(c: Clause, before: Attribution): boolean {
  const people = mentionsOf(c.ctx, before.sentence).filter((m) => m.actor !== undefined && c.ctx.actors[m.actor].type === 'person');
  const joined = (a: Mention, b: Mention) => a.end <= b.start && JOINED.test(c.text.slice(a.end, b.start));
  return people.some((m) => m.actor === before.actor && people.some((o) => o.actor !== m.actor && (joined(m, o) || joined(o, m))));
}

// "David Hollis, of the Kent History Society, which ran the dig, said": the person of the body speaks.
export const memberOfBody = (c: Clause) => {
  const body = c.whoSubject;
  return body && c.inSentence.find((m) => m.end < body.start && c.ctx.actors[m.actor!].type === 'person' && /^,\s+of\s+(?:the\s+)?$/.test(c.text.slice(m.end, body.start)));
};

// "a senior administration official said", "the agency spokeswoman said": someone speaking for
// the organisation the noun describes, else for the one last named.
export const ORG_OFFICIAL = /\b(?:the|a|an)\s+(?:(?:senior|top|former|another|other|second|third)\s+)*((?:[\p{L}-]+\s+)?[\p{L}-]+)\s+(?:spokes(?:man|woman|person)|officials?|representatives?|sources?)\s*$/iu;
// "a city health official": the organisation whose name holds one of the words ("New York City
// Department of Health …"), last named before `at`.
// (A short word in capitals is a body's initials: "an HBC spokesperson"; a country's name is the
// country's, not a word of a body named for it: "a French official" is no French Treasury's.)
function organisationWithNameWord(ctx: Context, words: string[], at: number, doc: number): number | undefined {
  const own = words.filter((w) => (w.length > 3 || /^\p{Lu}{2,}$/u.test(w)) && !STOPWORDS.has(w.toLowerCase()) && !countryOf(w) && !countryOfDemonym(w)).map((w) => w.toLowerCase());
  const names = (m: Mention) => namesOf(ctx.actors[m.actor!]).join(' ').toLowerCase().split(/\s+/);
  return own.length ? resolve(ctx, at, doc, (m) => ctx.actors[m.actor!].type === 'organization' && names(m).some((w) => own.includes(w))) : undefined;
}
export function officialOfDescribedOrganisation(c: Clause): number | undefined {
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
export function bodyOfVoices(c: Clause): number | undefined {
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
export function caucusOf(c: Clause): number | undefined {
  const m = CAUCUS.exec(c.gap);
  if (!m) return undefined;
  const name = `${m[1]} ${PARTY_CAUCUSES.parties.get(m[2])}`;
  return c.ctx.actors.find((a) => a.mentions.length && namesOf(a).includes(name))?.index;
}

// "the foreign ministry said", "the government said": the country last named before the sentence.
export function governmentOfCountry(c: Clause): number | undefined {
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

// One pattern per noun and cluster, built once: the speech verbs make it long to compile.
const introductionOf = oncePerRun((_ctx: Context, noun: string) =>
  patternWith([noun], () => `\\b(?:[Aa]|[Aa]n)\\s+(?:((?:[\\p{L}.-]+\\s+){0,3})${noun}\\s+(?:${SPEECH_VERB_ALTERNATION})\\b|${noun}\\s+(?:for|of|at)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.'’&-]*(?:\\s+\\p{Lu}[\\p{L}.'’&-]*){0,3}))`, 'gu'),
);
// "A city parks official told reporters …" then "…, the official said": the description is of
// that unnamed speaker, not of a person named before; the words before the noun, of the
// organisation they speak for, if any.
export function unnamedSpeakerDescribed(c: Clause): { words: string[]; at: number } | undefined {
  const d = DESCRIPTION.exec(c.gap);
  if (!d) return undefined;
  const noun = d[2].toLowerCase();
  const { ctx, s } = c;
  const doc = docOf(ctx, s);
  const named = resolveMention(ctx, c.from + d.index, s.doc, described(ctx, noun));
  const from = Math.max(named?.end ?? 0, s.start - 2000);
  // "a French official told …", "a spokesperson for Harlow Radio, speaking on …, denied …": the words
  // before the noun, or the name after "for".
  // (Both forms write the noun: a text before that never does is not read.)
  const before = doc.slice(from, s.start);
  const found = before.includes(noun) ? [...before.matchAll(introductionOf(ctx, noun))].pop() : undefined;
  // (The body may be named in the introduction itself: up to its end.)
  return found && { words: (found[1] ?? found[2]).trim().split(/\s+/), at: from + found.index! + found[0].length };
}
export const officialIntroducedBefore = (c: Clause) => {
  const u = unnamedSpeakerDescribed(c);
  return u && organisationWithNameWord(c.ctx, u.words, u.at, c.s.doc);
};
// "A French official told reporters …" then "…, the official said": the official speaks for the
// country the words before the noun name, as "French officials said" does.
export const countryOfficialIntroducedBefore = (c: Clause) => {
  const u = unnamedSpeakerDescribed(c);
  const country = u?.words.map((w) => countryOf(w) ?? countryOfDemonym(w)).find((x) => x !== undefined);
  return country ? c.ctx.actors.find((a) => a.type === 'country' && a.name === country)?.index : undefined;
};

// "sources tell me", "a friend of Marla says", "people close to the minister said": someone the
// story does not name speaks, not the person named after them.
const UNNAMED_SOURCE = new RegExp(
  String.raw`(?:^|\s)(?<det>(?:a|an|one|another|two|three|several|some|other)\s+(?:[\p{Ll}-]+\s+){0,2})?(?<noun>${[...UNNAMED_SOURCES].join('|')})(?<of>\s+(?:close\s+to|familiar\s+with|with\s+knowledge\s+of|of|near)\s+[^,;]*)?\s*$`,
  'iu',
);
export function unnamedSource(c: Clause): boolean {
  const m = UNNAMED_SOURCE.exec(c.gap)?.groups;
  // "sources" alone speaks; "friend" needs its article ("a friend", not "Kendra's friend Ann").
  return !!m && (!!m.det || /(?:s|people)$/i.test(m.noun)) && (!!m.of || !namedAtLast(c));
}
