// Kin: full names written as someone's kin, and roles a "his" or "her" owns.
import type { ActorDraft, Context, Mention } from '../../types.js';
import { phrases } from '../../text/phrases.js';
import { pronounOwning } from '../../roles.js';
import { isGeneration, isRomanNumeral } from '../../name-words.js';
import { KIN_WORDS } from '../../lexicon.js';
import { sexOfPerson, type Sex } from '../../sex-of.js';
import { normKey } from '../../name-compare.js';
import { textOf } from './reading.js';
import { textAfter, textBefore } from '../../text/window.js';

// "Tarrant's son Bobby Tarrant", "Bobby Tarrant, the son of Rep. Bob Tarrant": a full
// name written as the kin of someone with its surname.
const KIN_BEFORE = new RegExp(String.raw`(\p{Lu}[\p{L}'’-]+)['’]s?\s+(?:\p{Ll}+\s+){0,2}(?:${phrases([...KIN_WORDS])})\s*,?\s*$`, 'u');
const KIN_AFTER = new RegExp(String.raw`^\s*,\s+(?:(?:the|a|his|her)\s+)?(?:\p{Ll}+\s+)?(?:${phrases([...KIN_WORDS])})\s+of\s+([^.;!?]{0,80})`, 'u');
/** The full names the articles write as the kin of someone with the same surname. Keys, as normKey writes them. */
export function writtenAsKin(ctx: Context): Set<string> {
  const kin = new Set<string>();
  for (const m of ctx.mentions) {
    if (m.type !== 'person' || !m.name.includes(' ')) continue;
    const last = m.name.split(/\s+/).filter((w) => !isGeneration(w) && !isRomanNumeral(w)).pop()!;
    const doc = textOf(ctx, m);
    const before = KIN_BEFORE.exec(textBefore(doc, m, 60))?.[1];
    const after = KIN_AFTER.exec(textAfter(doc, m, 120))?.[1];
    if ((before && normKey(before) === normKey(last)) || (after && after.split(/[^\p{L}'’-]+/u).some((w) => normKey(w) === normKey(last)))) kin.add(normKey(m.name));
  }
  return kin;
}

// "Tom Reyes was charged on Monday. His wife, Ana Ruiz, said …": a role "his" or "her" owns, with
// no one named before the pronoun in its sentence (else see ownerInSentence), is of the person the sentences before name
// (in the same article, up to three back, the nearest that names anyone): "Tom Reyes’s wife". Only
// when one person of the pronoun's sex is named there, first in its sentence and before any
// "he" or "she" that would be someone else; a role of somebody unsure stays bare. Each person's
// bare roles, with the owner's name.
export function ownersOfPronounRoles(ctx: Context, drafts: readonly ActorDraft[]): Map<ActorDraft, Map<string, string>> {
  // The people each sentence names, gathered in one pass: each pronoun's role reads up to four sentences.
  const named = new Map<number, Mention[]>();
  for (const m of ctx.mentions) if (m.actor !== undefined && drafts[m.actor].type === 'person') (named.get(m.sentence) ?? named.set(m.sentence, []).get(m.sentence)!).push(m);
  const people = (sentence: number) => named.get(sentence) ?? [];
  // Each person's sex, read as the attribution stage reads it (honorifics, role words, the pronouns after a mention), once.
  const sexes = new Map<ActorDraft, Sex | undefined>();
  const sexOf = (p: ActorDraft) => (sexes.has(p) ? sexes.get(p) : sexes.set(p, sexOfPerson(ctx, p, drafts, people)).get(p));
  const owned = new Map<ActorDraft, Map<string, string>>();
  for (const a of drafts) {
    if (a.type !== 'person') continue;
    for (const m of a.mentions) {
      const s = ctx.sentences[m.sentence];
      const before = textOf(ctx, m).slice(s.start, m.start);
      const pronoun = m.role ? pronounOwning(before, m.role) : undefined;
      if (!pronoun) continue;
      const earlier = people(m.sentence).filter((p) => p.end <= s.start + pronoun.at);
      // (A name the entity stage did not read, "… For The Herald Dan Ostrow wears …", is someone named before too.)
      const owner = earlier.length ? ownerInSentence(ctx, m.sentence, earlier, pronoun.gender, a, people, drafts, sexOf) : NAME_BIGRAM.test(before.slice(0, pronoun.at)) ? undefined : ownerBefore(ctx, m.sentence, pronoun.gender, a, people, drafts, sexOf);
      if (owner && !owned.get(a)?.has(m.role!)) (owned.get(a) ?? owned.set(a, new Map()).get(a)!).set(m.role!, `${owner.name}’s ${m.role}`);
    }
  }
  return owned;
}
// Tried at the first capital of a word only: a later capital of the word gives nothing the first
// does not, and from each capital of a long run it read the rest of the run.
const NAME_BIGRAM = /(?=\p{Lu})(?<!\p{Lu}[\p{L}'’.-]*?)\p{Lu}[\p{L}'’.-]*\s+\p{Lu}\p{Ll}/u;
const SAME_SEX_PRONOUN = { male: /\b(?:he|him|his|himself)\b/i, female: /\b(?:she|her|hers|herself)\b/i } as const;
/** The one person of the given sex the nearest sentence before (same article, three back) names first, other than `a`. */
function ownerBefore(ctx: Context, sentence: number, gender: 'female' | 'male', a: ActorDraft, people: (s: number) => Mention[], drafts: readonly ActorDraft[], sexOf: (p: ActorDraft) => Sex | undefined): ActorDraft | undefined {
  const named = nearestNamed(ctx, sentence, people);
  if (!named) return undefined;
  const fit = new Set(named.map((p) => drafts[p.actor!]).filter((p) => p !== a && (sexOf(p) ?? gender) === gender));
  const first = drafts[named[0].actor!];
  const s = ctx.sentences[named[0].sentence];
  // "I watch him return to his roots, having apprenticed with Tom Reyes": a "him" before the name is someone else.
  const pronounFirst = SAME_SEX_PRONOUN[gender].test(textOf(ctx, named[0]).slice(s.start, named[0].start));
  return fit.size === 1 && fit.has(first) && !pronounFirst && !named.some((p) => drafts[p.actor!] === a) ? first : undefined;
}
// "Ana Ruiz arrived with her husband, Dan Ortiz": the one person of the pronoun's sex the sentence
// names before it owns the role (one of unknown sex may be either), unless the sentences before
// name another of that sex, whom the pronoun may be for ("Tom Reyes was charged. Police told Dan
// Cole his clerk had fled").
function ownerInSentence(ctx: Context, sentence: number, earlier: readonly Mention[], gender: 'female' | 'male', a: ActorDraft, people: (s: number) => Mention[], drafts: readonly ActorDraft[], sexOf: (p: ActorDraft) => Sex | undefined): ActorDraft | undefined {
  const named = new Set(earlier.map((p) => drafts[p.actor!]));
  if (named.has(a)) return undefined;
  const fit = [...named].filter((p) => (sexOf(p) ?? gender) === gender);
  if (fit.length !== 1) return undefined;
  const before = (nearestNamed(ctx, sentence, people) ?? []).map((p) => drafts[p.actor!]);
  return before.some((p) => p !== fit[0] && p !== a && (sexOf(p) ?? gender) === gender) ? undefined : fit[0];
}
/** The people the nearest sentence before names (same article, three back, the nearest that names anyone); undefined when none does. */
function nearestNamed(ctx: Context, sentence: number, people: (s: number) => Mention[]): Mention[] | undefined {
  const doc = ctx.sentences[sentence].doc;
  for (let i = sentence - 1; i >= 0 && i >= sentence - 3 && ctx.sentences[i].doc === doc; i--) {
    const named = people(i);
    if (named.length) return named;
  }
  return undefined;
}
