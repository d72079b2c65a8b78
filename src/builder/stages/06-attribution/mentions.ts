// Whom a mention may stand for: a sentence's subject, a person's sex, a named person "he" or
// "she" may be, a description's holder, an organisation of a kind.
import { type Context, type Mention } from '../../types.js';
import { namesOf } from '../../../format/names.js';
import { GROUP_NOUNS, PREPOSITIONS, genderOfWord, isFirstName, isRoleNoun } from '../../lexicon.js';
import { sexOfPerson } from '../../sex-of.js';
import { wordCount } from '../../text/tokens.js';
import { mentionsOf } from '../../mentions-of.js';
import { oncePerRun } from '../../per-run.js';
import { isRomanNumeral } from '../../name-words.js';
import orgKinds from '../../data/org-kinds.json';
import { textAfter } from '../../text/window.js';

/** How far back a title or an opening phrase may reach before a name, in characters. */
const MAX_TITLE = 120;
/** A mention that opens its sentence, within its first few words or after a title ("National Economic Council Director Paul Hensley"). */
export function isSubject(ctx: Context, m: Mention): boolean {
  const s = ctx.sentences[m.sentence];
  const before = ctx.docs[s.doc].text.slice(s.start, m.start);
  return wordCount(before) <= 3 || (before.length <= MAX_TITLE && /^(?:\p{Lu}[\p{L}.'’-]*\s+)+$/u.test(before) && !before.split(/\s+/).some((w) => PREPOSITIONS.has(w.toLowerCase())));
}
// "Under Ann Lee, he said …", "Like Smith, she …": a person named in a phrase that opens the
// sentence is not who "he" or "she" stands for; whose the phrase is ("In Ann Lowell's novel, she …") is.
function inOpeningPhrase(ctx: Context, m: Mention): boolean {
  const text = ctx.docs[ctx.sentences[m.sentence].doc].text;
  const from = ctx.sentences[m.sentence].start;
  if (m.start - from > MAX_TITLE) return false;
  const words = text.slice(from, m.start).split(/\s+/).filter(Boolean);
  // Past the title before the name: "Under President Barack Obama".
  while (words.length && /^\p{Lu}/u.test(words.at(-1)!) && !PREPOSITIONS.has(words.at(-1)!.toLowerCase())) words.pop();
  return !!words.length && PREPOSITIONS.has(words.at(-1)!.toLowerCase()) && !/^['’]s?\b/u.test(textAfter(text, m, 3));
}
export const personSubject = (ctx: Context, m: Mention) => isSubject(ctx, m) && !inOpeningPhrase(ctx, m);
/** "Marsh's lawyer said", "Lowell’s office": a mention a possessive follows owns the noun after it, and is not who that noun names. */
export const ownsNext = (text: string, m: Mention) => /^['’]s?\s/u.test(textAfter(text, m, 3));

/** A person actor's sex as the articles tell it (sex-of.ts), or undefined; read once for each actor of a run. */
export const genderOfActor = oncePerRun((ctx: Context, actor: number) => sexOfPerson(ctx, ctx.actors[actor], ctx.actors, (s) => mentionsOf(ctx, s)));

// A name that ends in a group noun or a numeral is no "he" or "she": "House Democrats", "Harbour Kings III".
// (The numeral is read by name-words' isRomanNumeral, the test that cuts it off a name and keys
// "Reyes" to Carl D. Reyes III.)
const LAST_WORD = /\s(\p{L}+)$/u;
/** A person "he" or "she" may stand for: named in full, with a role, or one who has spoken in the article (`spoke`). */
export const namedPerson = (ctx: Context, pronoun = '', spoke?: ReadonlySet<number>) => (m: Mention) => {
  const a = ctx.actors[m.actor!];
  if (a.type !== 'person' || !(a.name.includes(' ') || [...a.roles.keys()].some(Boolean) || spoke?.has(a.index))) return false;
  const last = LAST_WORD.exec(a.name)?.[1];
  // …but "Thomas R. Brandt III" is one.
  if (last && ((isRomanNumeral(last) && !isFirstName(a.name.split(' ')[0])) || (/.s$/.test(last) && GROUP_NOUNS.has(last.toLowerCase())))) return false;
  // "she said" is not the senator named Tom a line before.
  const gender = genderOfActor(ctx, a.index);
  return !gender || !pronoun || gender === (/^she$/i.test(pronoun) ? 'female' : 'male');
};

// A person by their roles only: "the banner says" is not Senator Banner.
// A noun that names a person ("the woman", "the stylist") describes one by what a role makes its
// holder, not by a word of the phrase after it: "the woman said" is not the "swimmer convicted of
// assaulting a woman". A noun of a thing may stand for the one the role ties to it ("the team
// said" for the "leader of the team").
export const described = (ctx: Context, noun: string) => (m: Mention) => {
  const a = ctx.actors[m.actor!];
  const roleWordsOf = isRoleNoun(noun) || genderOfWord(noun) ? roleWords : (r: string) => r.toLowerCase().split(/\s+/);
  const words = [...(a.type === 'person' ? [] : namesOf(a)).join(' ').toLowerCase().split(/\s+/), ...[...a.roles.keys()].flatMap(roleWordsOf)];
  return words.includes(noun);
};
// The words of a role up to the phrase that says of what, where or who ("of the Harlow club", "who
// ran the dig", "convicted of fraud", ", 54"); not the first word of a compound title ("attorney"
// of "attorney general": "the attorney said" is no attorney general).
const ROLE_PHRASE = /^(?:of|for|at|with|in|on|from|to|by|as|about|under|behind|into|near|since|after|before|during|who|whose|which|that)$/;
const PHRASE_OPENS = /^(?:of|for|at|with|in|on|from|to|by|as|about|under|into|the|a|an|his|her|their|its)$/;
export function roleWords(role: string): string[] {
  const words = role.toLowerCase().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const [i, w] of words.entries()) {
    // "convicted of …", "working with …": a participle that opens a phrase.
    if (ROLE_PHRASE.test(w) || (i > 0 && /^\p{L}+(?:ed|ing)$/u.test(w) && PHRASE_OPENS.test(words[i + 1] ?? ''))) break;
    const word = w.replace(/[,;:]$/, '');
    if (words[i + 1]?.replace(/[,;:.]$/, '') !== 'general') out.push(word);
    if (word !== w) break;
  }
  return out;
}
// "the firm said", "the agency said": the organisation last named before the sentence (one
// named in the claim itself is what the claim is about).
export const organisation = (ctx: Context) => (m: Mention) => ctx.actors[m.actor!].type === 'organization';

const GENERIC_ORG_NOUNS = new Set(orgKinds.generic);
export const KINDS_OF = new Map<string, string[]>();
for (const [kind, words] of Object.entries(orgKinds.kinds)) for (const w of words) KINDS_OF.set(w, [...(KINDS_OF.get(w) ?? []), kind]);
// "the company has said" is not the Lindqvist Family Foundation: an organisation whose name ends in a
// head word of another kind is not what the noun describes; one whose name tells no kind ("Amazon") may
// be, and a noun of no kind listed ("the government concedes") may stand for any.
export function ofKind(ctx: Context, actor: number, noun: string): boolean {
  const head = ctx.actors[actor].name.toLowerCase().split(/\s+/).pop()!;
  const kinds = KINDS_OF.get(head);
  const nounKinds = KINDS_OF.get(noun);
  if (GENERIC_ORG_NOUNS.has(noun) || !kinds || !nounKinds) return true;
  return sameKind(noun, head);
}
/** Two nouns of bodies of one kind ("union", "guild"; "firm", "company"): orgKinds lists both under it. */
export const sameKind = (a: string, b: string) => (KINDS_OF.get(a) ?? []).some((k) => (KINDS_OF.get(b) ?? []).includes(k));
