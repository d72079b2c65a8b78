// A person's sex as the articles tell it: read by the actors stage (whose a "his" or "her" is) and
// the attribution stage (whom a "he" or "she" may stand for), one reading for both.
import type { ActorDraft, Context, Mention } from './types.js';
import { genderOf, genderOfWord } from './lexicon.js';
import { textBefore } from './text/window.js';

export type Sex = 'female' | 'male';

/**
 * The first name, or else the honorifics and role words, or else the pronouns after the mentions;
 * undefined when unsure. `drafts` are the actors `m.actor` indexes (the actors stage reads them
 * before they are the context's); `named(sentence)` the mentions of actors each sentence holds.
 */
export function sexOfPerson(ctx: Context, a: ActorDraft, drafts: readonly ActorDraft[], named: (sentence: number) => readonly Mention[]): Sex | undefined {
  return genderOf(a.name.split(/\s+/)[0]) ?? sexByTitles(ctx, a) ?? sexByPronouns(ctx, a, drafts, named);
}

// "Ms. Lindqvist", "Tobin's mother, Marla", "a spokeswoman": when the first name does not tell, the
// honorific before a mention or a word of a role; none when they disagree.
const HONORIFIC_BEFORE = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/;
function sexByTitles(ctx: Context, a: ActorDraft): Sex | undefined {
  const said = new Set<string | undefined>();
  for (const m of a.mentions) said.add(genderOfWord(HONORIFIC_BEFORE.exec(textBefore(ctx.docs[ctx.sentences[m.sentence].doc].text, m, 6))?.[1] ?? ''));
  for (const role of a.roles.keys()) for (const w of role.split(/[\s,]+/)) said.add(genderOfWord(w));
  said.delete(undefined);
  return said.size === 1 ? ([...said][0] as Sex) : undefined;
}

// "Moreau sued the club … She alleges", "Lund told Greta he thought …": the pronoun that first
// follows a mention in its sentence, with no other person named between, is the story's own word
// for the person's sex; one sex only, or three to one.
const PERSONAL_PRONOUN = /\b(?:(he|him|his|himself)|(she|her|hers|herself))\b/i;
function sexByPronouns(ctx: Context, a: ActorDraft, drafts: readonly ActorDraft[], named: (sentence: number) => readonly Mention[]): Sex | undefined {
  let male = 0;
  let female = 0;
  for (const m of a.mentions) {
    const s = ctx.sentences[m.sentence];
    const p = PERSONAL_PRONOUN.exec(ctx.docs[s.doc].text.slice(m.end, Math.min(s.end, m.end + 200)));
    if (!p) continue;
    const at = m.end + p.index;
    if (named(m.sentence).some((o) => o.start >= m.end && o.start < at && o.actor !== a.index && drafts[o.actor!]?.type === 'person')) continue;
    if (p[1]) male++;
    else female++;
  }
  if (male > 3 * female) return 'male';
  if (female > 3 * male) return 'female';
  return undefined;
}
