// Speakers named by a pronoun or a description: "he said", "the minister added", "his wife said".
import { type Context, type Mention } from '../../types.js';
import { namesOf } from '../../../format/names.js';
import { ELECTED_OFFICES, GOVERNMENT_LEVELS, GOVERNMENT_NOUNS, ORG_NOUNS, PARTY_CAUCUSES, PARTY_NOUNS, UNNAMED_SOURCES, US_STATE_NAMES, countryOfDemonym, genderOfWord, isRoleNoun, OWNERS_VOICES, VOICE_MODIFIERS, ANYONE_NOUNS } from '../../lexicon.js';
import { mentionsOf } from '../../mentions-of.js';
import { AGE_WORD } from '../../roles.js';
import { DESCRIPTION, resolveMention, resolve } from './common.js';
import { personSubject, genderOfActor, namedPerson, described, roleWords, organisation, ofKind, sameKind } from './mentions.js';
import { type Clause, DESCRIPTION_IN_CLAUSE, UNNAMED_SAID, inQuote, spokenByUnnamed } from './clause.js';
import { textAfter } from '../../text/window.js';
import { speechVerbs } from './speech-verbs.js';

export function pronounSpeaker(c: Clause): number | undefined {
  const { ctx, s, last, recent } = c;
  // "He added …", "Speaking after talks with Tillerson, he said …": the person who spoke last
  // goes on speaking, before any other name met since.
  // "“But I think the general will fight to the end,” he said", "“President Mark Lopez has won
  // nothing,” he added": one named in the sentence's own quoted words is spoken of, not speaking.
  // …nor one named only in a quote of a sentence before ("“… ever since Dr. Ina Brook first ran the
  // survey …,” Lowell said." then "“…,” he added.").
  const fits = (m: Mention) => namedPerson(ctx, last!.text, c.spoke)(m) && !inQuote(ctx, m);
  // "Kowalczyk faces two charges … – charges she said she is guilty of": the sentence's own subject.
  const subject = c.inSentence.find((m) => m.end <= last!.start && personSubject(ctx, m) && fits(m));
  if (subject) return subject.actor;
  // "Rangers found the caretaker in the boathouse, and he said …": the person the clause before
  // describes.
  const description = DESCRIPTION_IN_CLAUSE.exec(c.text.slice(s.start, last!.start));
  const describedHere = description ? resolve(ctx, s.start, s.doc, (m) => ctx.actors[m.actor!].type === 'person' && described(ctx, description[1].toLowerCase())(m)) : undefined;
  if (describedHere !== undefined) return describedHere;
  // "Another witness said …" then "She added …", "He said …": the unnamed speaker of the sentence
  // right before goes on, not whoever spoke earlier; one named in that sentence may still be meant
  // ("“…,” said a man who gave his name as Tom Marsh." then "He said …").
  const sentenceBefore = previousSentence(ctx, s);
  if (sentenceBefore && spokenByUnnamed(ctx, sentenceBefore)) return ctx.mentions.find((m) => m.sentence === sentenceBefore.index && m.actor !== undefined && fits(m))?.actor;
  const speaker = [...recent].reverse().find((a) => ctx.mentions.some((m) => m.actor === a.actor && fits(m)));
  // "A resident of Kilbride said …" then "He added …": the unnamed speaker goes on. (Not the
  // mark read above: the walk marks a sentence only where it found no named speaker for any of
  // its quotes or speech verbs; this reads the words of the sentence right before, marked or not,
  // and only where no speaker is recent.)
  const before = ctx.sentences[s.index - 1];
  if (!speaker && before?.doc === s.doc && UNNAMED_SAID.test(before.text)) return undefined;
  // "Tom Marsh, a former prosecutor, doubted at first that the firing proved what Mayor Peter
  // Lowell intended. But he said …": the person the sentence before opens with, before one it
  // names later; not an owner ("Lowell's post drew …": the post is the subject).
  const opener = resolveMention(ctx, s.start, s.doc, (m) => m.sentence === s.index - 1 && fits(m) && personSubject(ctx, m) && !/^['’]/u.test(textAfter(c.text, m, 1)));
  const named = opener ?? resolveMention(ctx, last!.start, s.doc, fits);
  // …unless someone else has since become the subject of a sentence ("Tom Brandt is the coach. He said …").
  const newSubject = named && speaker && named.sentence > speaker.sentence && personSubject(ctx, named);
  return speaker && !newSubject ? speaker.actor : named?.actor;
}

// "The man, who spoke from his home, told reporters …" then "He said …": "he" or "she" goes on with
// the person the sentence before opens with, described and not named, who speaks there and whom
// no one the story names was found to be; not with someone named sentences earlier. So do the
// sentences after that open with the same pronoun and speak ("He said …" then "He said …").
const DESCRIBED_OPENER = /^(?:The|A|An|Another|One)\s+(?:[\p{L}\p{N}.'’-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]*)\b/u;
const CHAIN = 4;
const FIRST_WORD = /^(\S+)\s/;
export const goesOnWithUnnamed = (c: Clause) => describedUnnamedBefore(c.ctx, c.s, c.last!.text.toLowerCase(), CHAIN);
function describedUnnamedBefore(ctx: Context, s: Context['sentences'][number], pronoun: string, chain: number): boolean {
  const before = previousSentence(ctx, s);
  // (A sentence the walk marked as spoken by someone unnamed is read by the pronoun rule itself.)
  if (!before || ctx.saidIn?.has(before.index) || spokenByUnnamed(ctx, before)) return false;
  const verb = speechVerbs(before.text, before.start).sort((a, b) => a.start - b.start)[0];
  if (!verb) return false;
  const opener = DESCRIBED_OPENER.exec(before.text);
  if (!opener) return chain > 0 && FIRST_WORD.exec(before.text)?.[1].toLowerCase() === pronoun && describedUnnamedBefore(ctx, before, pronoun, chain - 1);
  const noun = opener[1];
  // One person, singular ("witness" is, "witnesses" is not), that only a person can be, of the pronoun's sex.
  if (/[^s]s$/.test(noun) || !(isRoleNoun(noun) || genderOfWord(noun) || ANYONE_NOUNS.has(noun) || UNNAMED_SOURCES.has(noun))) return false;
  const sex = genderOfWord(noun);
  if (sex && sex !== (pronoun === 'she' ? 'female' : 'male')) return false;
  // …who speaks: the verb follows the description, and no person is named before it.
  return verb.start >= before.start + opener[0].length && !mentionsOf(ctx, before.index).some((m) => m.start < verb.start && m.actor !== undefined && ctx.actors[m.actor].type === 'person');
}

// The pronoun as a word of its own, any case: one pattern a pronoun, built the first time it is read.
const PRONOUN_WORDS = new Map<string, RegExp>();
const pronounWord = (pronoun: string) => {
  const key = pronoun.toLowerCase();
  return PRONOUN_WORDS.get(key) ?? PRONOUN_WORDS.set(key, new RegExp(`\\b${key}\\b`, 'i')).get(key)!;
};

// "The leak may have pushed Lowell to act fast after he called the inquiry a waste of money": a
// pronoun in a sentence that names, before it and not as its subject, one person it may stand for
// is that person more often than one who spoke sentences before; the rules below read only the
// subject and the speakers, so nobody rather than a speaker the sentence does not name.
export function namedBeforeNotSubject(c: Clause): boolean {
  const { ctx, last } = c;
  const fits = namedPerson(ctx, last!.text, c.spoke);
  const before = c.inSentence.filter((m) => m.end <= last!.start && m.actor !== undefined && !inQuote(ctx, m) && fits(m));
  if (!before.length || before.some((m) => personSubject(ctx, m))) return false;
  // "Speaking after talks with Tom Carter, he said": a phrase that opens the sentence sets the scene
  // for the speaker who goes on.
  if (/^[^,;:“”"]*,\s*$/u.test(c.text.slice(c.s.start, last!.start))) return false;
  // "When she reached the quay, Robin Hale had gone, she said": the same pronoun before the name
  // is the subject the sentence goes on with.
  if (pronounWord(last!.text).test(c.text.slice(c.s.start, before[0].start))) return false;
  const speaker = pronounSpeaker(c);
  return speaker !== undefined && !c.inSentence.some((m) => m.actor === speaker);
}

/** Whether `actor` is named after the clause's verb, in its sentence and outside its quoted words. */
export function namedAfterVerb(c: Clause, actor: number | undefined): boolean {
  return actor !== undefined && c.inSentence.some((m) => m.actor === actor && m.start >= c.verb.end && !inQuote(c.ctx, m));
}

/** The sentence before `s` in its article, past noise. */
function previousSentence(ctx: Context, s: Context['sentences'][number]): Context['sentences'][number] | undefined {
  let before = s.index - 1;
  while (before >= 0 && ctx.sentences[before].noise && ctx.sentences[before].doc === s.doc) before--;
  return before >= 0 && ctx.sentences[before].doc === s.doc ? ctx.sentences[before] : undefined;
}

export function describedSpeaker(c: Clause): number | undefined {
  const { ctx, s } = c;
  const description = DESCRIPTION.exec(c.gap)!;
  const noun = description[2].toLowerCase();
  const modifiers = description[1].toLowerCase().split(/\s+/).filter(Boolean);
  const at = c.from + description.index;
  // "the Trump administration", "the Lisbon parliament": the actor the name is of, if any; nobody
  // rather than whichever body spoke last. Not "the Japanese company", "the Britain-based group".
  const names = description[1].split(/\s+/).filter((w) => /^\p{Lu}[\p{L}.'’]*$/u.test(w) && !countryOfDemonym(w) && !US_STATE_NAMES.includes(w));
  if (names.length && ORG_NOUNS.has(noun)) {
    const named = (m: Mention) => {
      const words = [...namesOf(ctx.actors[m.actor!]), m.surface ?? ''].join(' ').split(/\s+/);
      return names.every((w) => words.includes(w));
    };
    return resolve(ctx, c.verb.start, s.doc, named);
  }
  if (ORG_NOUNS.has(noun)) {
    // "the shipping firm": the organisation described as such, else the one last named.
    // …not one the words before the noun contradict ("the state health department" is no county's).
    const fits = (m: Mention) => !contradicted(ctx, m.actor!, modifiers);
    const kind = (m: Mention) => organisation(ctx)(m) && modifiers.some((w) => described(ctx, w)(m)) && fits(m);
    // "the monitoring group said" a sentence after the Observatory spoke: it goes on speaking,
    // before an organisation merely named since.
    const spoke = [...c.recent].reverse().find((a) => ctx.actors[a.actor].type === 'organization' && ofKind(ctx, a.actor, noun) && !contradicted(ctx, a.actor, modifiers))?.actor;
    // "the state health department" in a story whose bodies are of a county and of another field:
    // only a body every other word describes, not whichever spoke or was named last.
    if (modifiers.some((w) => GOVERNMENT_LEVELS.has(w))) return resolve(ctx, at, s.doc, (m) => organisation(ctx)(m) && [noun, ...modifiers.filter((w) => !GOVERNMENT_LEVELS.has(w))].every((w) => described(ctx, w)(m)) && fits(m));
    return resolve(ctx, s.start, s.doc, kind) ?? resolve(ctx, at, s.doc, (m) => described(ctx, noun)(m) && fits(m)) ?? spoke ?? resolve(ctx, s.start, s.doc, (m) => organisation(ctx)(m) && ofKind(ctx, m.actor!, noun) && fits(m));
  }
  // "the California Democrat said": a person with that role, else a lawmaker of that state (one
  // who has spoken already first). Another title a story gives no one ("the judge", "the
  // witness", "the spokesperson") is nobody rather than whoever spoke last.
  const state = PARTY_NOUNS.has(noun) ? US_STATE_NAMES.find((n) => n.toLowerCase() === modifiers.join(' ')) : undefined;
  if (state) {
    // …one whose role names the state first, then a lawmaker who has spoken, before anyone else
    // the party word describes ("the North Carolina Republican" is not the lifelong Republican Comey).
    const lawmaker = (m: Mention) => namedPerson(ctx)(m) && !otherState(ctx, m.actor!, state);
    const roles = (m: Mention) => [...ctx.actors[m.actor!].roles.keys()].join(' ');
    // …then the officeholder the sentence before opens with ("Sen. Ann Lowell … issued a statement.
    // "…," said the Ohio Republican"), before one who spoke earlier.
    const elected = (m: Mention) => [...ctx.actors[m.actor!].roles.keys()].some((r) => r.toLowerCase().replace(/\./g, '').split(/\s+/).some((w) => ELECTED_OFFICES.has(w)));
    const introduced = resolveMention(ctx, s.start, s.doc, (m) => m.sentence >= s.index - 1 && lawmaker(m) && elected(m) && personSubject(ctx, m));
    return (
      resolve(ctx, at, s.doc, (m) => described(ctx, noun)(m) && roles(m).includes(state)) ??
      introduced?.actor ??
      resolve(ctx, at, s.doc, (m) => lawmaker(m) && c.spoke.has(m.actor!)) ??
      resolve(ctx, at, s.doc, (m) => described(ctx, noun)(m) && !otherState(ctx, m.actor!, state)) ??
      resolve(ctx, at, s.doc, lawmaker) ??
      onlyActorDescribed(ctx, noun)
    );
  }
  // "the Senate Democratic leader": one the noun and every word before it describe, else one the noun does.
  return resolve(ctx, at, s.doc, (m) => described(ctx, noun)(m) && modifiers.every((w) => described(ctx, w)(m))) ?? resolve(ctx, at, s.doc, (m) => described(ctx, noun)(m) && !contradicted(ctx, m.actor!, modifiers)) ?? onlyActorDescribed(ctx, noun, modifiers) ?? speakerJustBefore(c, noun);
}

// "Kestrel Print, a firm that makes posters …" then "The company has said …": a bare noun of a
// body stands for the body the article last introduced with a noun of its kind, whatever its
// type (a name so introduced is a body's), unless a body of that kind has spoken since.
export function bodyIntroducedAs(c: Clause): number | undefined {
  const d = DESCRIPTION.exec(c.gap);
  const noun = d?.[2].toLowerCase();
  if (!d || !noun || d[1].trim() || !ORG_NOUNS.has(noun)) return undefined;
  const { ctx, s } = c;
  const introduced = resolveMention(ctx, c.from + d.index, s.doc, (m) => ctx.actors[m.actor!].type !== 'country' && introducedAs(ctx, m, noun));
  const spoke = [...c.recent].reverse().find((a) => ctx.actors[a.actor].type === 'organization' && ofKind(ctx, a.actor, noun));
  return introduced && (!spoke || introduced.sentence > spoke.sentence) ? introduced.actor : undefined;
}
// ", a union run by …", ", or KPL, a printing firm": what follows a body's name to say what it
// is; of the description's kind when its head is the noun or a noun of the same kind.
const INTRODUCED_AS = /^(?:,\s+or\s+[^,;]{1,40})?,\s+(?:a|an|the)\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,3})/u;
function introducedAs(ctx: Context, m: Mention, noun: string): boolean {
  const words = INTRODUCED_AS.exec(ctx.docs[ctx.sentences[m.sentence].doc].text.slice(m.end, m.end + 160))?.[1].toLowerCase().split(/\s+/) ?? [];
  // Its head: the last word before a phrase that says whose or which ("a union run by …").
  const stop = words.findIndex((w, i) => /^(?:that|which|who|whose|of|for|in|at|with|and|or|to|by|on|from)$/.test(w) || (i > 0 && /(?:ed|ing)$/.test(w)));
  const head = (stop < 0 ? words : words.slice(0, stop)).pop();
  return !!head && (head === noun || sameKind(head, noun));
}

// "Ann Lowell said the pier must close." then "“…,” the Harlow founder said": a description no
// role of the cluster holds, right after the sentence in which one person alone spoke, is that
// person, named another way as writers do; not a noun that may stand for anyone ("the man", "the
// official", "the source", "the lawyer"), nor one of the other sex ("the mother" for a man).
// "the 67-year-old added": an age stands for a person too, and no role holds it.
function speakerJustBefore(c: Clause, noun: string): number | undefined {
  const { ctx, s } = c;
  const age = AGE_WORD.test(noun);
  if ((!age && !isRoleNoun(noun)) || ANYONE_NOUNS.has(noun) || UNNAMED_SOURCES.has(noun) || OWNERS_VOICES.has(noun)) return undefined;
  if (!age && ctx.actors.some((a) => a.type === 'person' && [...a.roles.keys()].some((r) => roleWords(r).includes(noun)))) return undefined;
  const before = previousSentence(ctx, s);
  const said = c.recent.filter((a) => a.sentence === before?.index);
  const speakers = new Set(said.map((a) => a.actor));
  const [one] = speakers;
  if (!before || speakers.size !== 1 || ctx.actors[one].type !== 'person') return undefined;
  const sex = genderOfWord(noun);
  const own = genderOfActor(ctx, one);
  return sex && own && sex !== own ? undefined : one;
}

// "the Senate Democratic leader" is no leader whose role or name says Republican; "the state health
// department" is no body named for a county. A word before the noun of a party or of a level of
// government contradicts an actor whose name and roles hold another and not it.
const PARTY_OF_WORD = new Map([...PARTY_CAUCUSES.parties].map(([w, p]) => [w.toLowerCase(), p]));
function contradicted(ctx: Context, actor: number, modifiers: readonly string[]): boolean {
  const a = ctx.actors[actor];
  const words = new Set([...namesOf(a), ...a.roles.keys()].join(' ').toLowerCase().split(/[\s,.'’()-]+/));
  const other = (of: (w: string) => string | undefined) => (w: string) => {
    const own = of(w);
    if (!own) return false;
    const held = new Set([...words].map(of).filter((x) => x !== undefined));
    return held.size > 0 && !held.has(own);
  };
  return modifiers.some((w) => other((x) => PARTY_OF_WORD.get(x))(w) || other((x) => (GOVERNMENT_LEVELS.has(x) ? x : undefined))(w));
}

// "the Oregon Democrat" is no lawmaker whose role names Arizona.
function otherState(ctx: Context, actor: number, state: string): boolean {
  const roles = [...ctx.actors[actor].roles.keys()].join(' ');
  return !roles.includes(state) && US_STATE_NAMES.some((n) => n !== state && roles.includes(n));
}

// "the opposition says" in an article that names no opposition, when another names "opposition
// activists": the one actor of the cluster whose name holds the noun; not a person's name ("the
// banner says" is not a Senator Banner). Where no name does, "the
// Harlow founder said", "the actor wrote" in an article that met the person only later or in
// another article: the one person of the cluster whose roles hold the noun and every word before
// it; none where two do ("the president" of a story of two presidents).
function onlyActorDescribed(ctx: Context, noun: string, modifiers: readonly string[] = []): number | undefined {
  const words = (a: Context['actors'][number], roles: boolean) => [...namesOf(a), ...(roles ? a.roles.keys() : [])].join(' ').toLowerCase().split(/[\s,]+/);
  const fits = ctx.actors.filter((a) => a.type !== 'person' && words(a, false).includes(noun));
  if (fits.length) return fits.length === 1 ? fits[0].index : undefined;
  if (!isRoleNoun(noun)) return undefined;
  const holders = ctx.actors.filter((a) => a.type === 'person' && a.mentions.length && [...a.roles.keys()].some((r) => roleHead(r) === noun && modifiers.every((w) => r.toLowerCase().split(/[\s,]+/).includes(w))));
  return holders.length === 1 ? holders[0].index : undefined;
}
// What a role makes its holder: its last word before a phrase that says of what ("founder" of
// "Harlow founder", "actor" of "actor and activist"'s first part); not "leader" read as "opposition".
const roleHead = (role: string): string | undefined => headWord(role.toLowerCase().split(/[\s,]+/).filter(Boolean));
const HEAD_ENDS = /^(?:of|for|at|with|in|on|from|and|who|whose|to)$/;
// A description's or a role's head among its words: the last before the first word that opens a
// phrase after it or a second role.
function headWord(words: string[]): string | undefined {
  const end = words.findIndex((w) => HEAD_ENDS.test(w));
  return (end < 0 ? words : words.slice(0, end)).pop();
}

// "his wife said", "Lowell's lawyer said", "China's foreign ministry said", "Reyes's rep said": a
// description owned by someone, named right before it or by "his" or "her". A government, a
// ministry or the officials of a country or body are that country or body, and a spokesperson,
// rep or publicist speaks for the one named before it (a rank or "government" at most between:
// "Japan's top government spokesman"; not "Italy's business leaders", who are no one's voice).
// A relative, lawyer or aide is the one person of the cluster whose role is that noun and who was
// given it as the owner's ("her husband, Karl Brandt," beside her name, or "Vance's husband").
// Not one of two subjects ("both he and his wife say"): each speaks for both.
const OWNED_DESCRIPTION = /(?:(?:^|[\s,(])(his|her|their|its|His|Her|Their|Its)|(\p{Lu}[\p{L}.'’-]*?)['’]s?)\s+((?:[\p{Ll}-]+\s+){0,2}?)(\p{Ll}+)\s*$/u;
const JOINED_SUBJECT = /\b(?:and|or|both)\s*$/iu;
// Where the owner (the pronoun or the name) stands in the clause's gap.
const ownerAt = (m: RegExpExecArray) => m.index + m[0].indexOf(m[1] ?? m[2]);
function ownerOfDescription(c: Clause, m: RegExpExecArray): number | undefined {
  const at = c.from + ownerAt(m);
  if (m[2]) {
    const end = at + m[2].length;
    return c.inSentence.find((x) => x.actor !== undefined && x.start < end && x.end >= end - 1 && x.end <= end + 1)?.actor;
  }
  const pronoun = m[1].toLowerCase();
  return pronoun === 'his' || pronoun === 'her' ? resolve(c.ctx, at, c.s.doc, namedPerson(c.ctx, pronoun === 'his' ? 'he' : 'she', c.spoke)) : undefined;
}
/** Whether `holder` was given the role `noun` as the owner's: a role that names the owner, or the noun given beside the owner's name. */
function roleOfOwner(ctx: Context, holder: Context['actors'][number], noun: string, owner: number): boolean {
  const words = new Set(namesOf(ctx.actors[owner]).join(' ').split(/\s+/));
  const namesOwner = (role: string) => role.split(/\s+/).some((w) => words.has(w.replace(/['’]s?$/u, '').replace(/[,.]$/, '')));
  if ([...holder.roles.keys()].some((r) => roleHead(r) === noun && namesOwner(r))) return true;
  return holder.mentions.some((m) => m.role !== undefined && roleHead(m.role) === noun && mentionsOf(ctx, m.sentence).some((o) => o.actor === owner));
}
export function ownedDescription(c: Clause): number | undefined {
  const m = OWNED_DESCRIPTION.exec(c.gap);
  if (!m || JOINED_SUBJECT.test(c.gap.slice(0, ownerAt(m)))) return undefined;
  const { ctx } = c;
  const noun = m[4];
  const modifiers = m[3].trim().split(/\s+/).filter(Boolean);
  const words = [...modifiers, noun];
  const owner = ownerOfDescription(c, m);
  if (owner === undefined) return undefined;
  const body = ctx.actors[owner].type !== 'person';
  const voice = (OWNERS_VOICES.has(noun) || GOVERNMENT_NOUNS.has(noun) || GOVERNMENT_NOUNS.has(words.slice(-2).join(' '))) && modifiers.every((w) => VOICE_MODIFIERS.has(w) || GOVERNMENT_NOUNS.has(w) || GOVERNMENT_NOUNS.has(`${w} ${noun}`));
  // "Ukraine's government", "China's foreign ministry", "Japan's top government spokesman", "Reyes's rep".
  if (voice) return m[2] && (body || OWNERS_VOICES.has(noun)) ? owner : undefined;
  if (!isRoleNoun(noun) || modifiers.length) return undefined;
  const holders = ctx.actors.filter((a) => a.type === 'person' && a.index !== owner && a.mentions.length && roleOfOwner(ctx, a, noun, owner));
  return holders.length === 1 ? holders[0].index : undefined;
}

// "“…,” the Republican mayor from Harlow said", "the former harbour master and party chairman
// said", "the 67-year-old added": a description longer than the description rule reads (a phrase
// after its head, a second role, an age), right after the one person who spoke: that person, as
// speakerJustBefore reads a short one. Its head is the last word before the phrase or the "and".
const LONG_DESCRIPTION = /(?:^|[\s,])[Tt]he\s+([\p{L}\d.'’-]+(?:\s+[\p{L}\d.'’-]+){0,9})\s*$/u;
export function longDescription(c: Clause): number | undefined {
  const m = LONG_DESCRIPTION.exec(c.gap);
  if (!m || DESCRIPTION.test(c.gap)) return undefined;
  // (As written: a capitalised head is a name's word, not a description's.)
  const head = headWord(m[1].split(/\s+/));
  return head && /^[\p{Ll}\d]/u.test(head) ? speakerJustBefore(c, head.toLowerCase()) : undefined;
}
