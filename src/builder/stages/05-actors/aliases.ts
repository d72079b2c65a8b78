// Aliases (ALIAS_RULES) and households: two names of one actor, and a family named by its surname.
import { type ActorDraft, type Context, type Mention } from '../../types.js';
import { namesOf } from '../../../format/names.js';
import { isGeneration } from '../../name-words.js';
import { COLLECTIVE_NOUNS } from '../../lexicon.js';
import { textBefore } from '../../text/window.js';

/** Words written between two names of one actor: "Roxy Vale, whose real name is Rita Danner". */
interface AliasRule {
  name: string;
  /** Matches the whole text between the end of the first name and the start of the second. */
  between: RegExp;
  /** When given, matches the end of the text before the first name. */
  before?: RegExp;
}

/**
 * The phrases that say two names are one actor's, one named row each. The second name may be a
 * real name, a stage name, a former name or a nickname; either way the mentions are one actor.
 */
export const ALIAS_RULES: readonly AliasRule[] = [
  // "Roxy Vale, whose real name is Rita Danner", "Starlight (real name Ann Hale)".
  { name: 'real-name', between: /^\s*(?:,\s*|\(\s*)?(?:whose\s+)?(?:real|legal|birth|given|full)\s+name(?:\s*(?:is|was|:))?\s+$/iu },
  // "Rita Danner (aka Roxy Vale, aka Peggy Marsh)", "Lena Ortiz, better known as Lady Lena".
  { name: 'also-known-as', between: /^\s*(?:,\s*|\(\s*)?(?:(?:also|better|professionally|widely)\s+known\s+as|known\s+professionally\s+as|a\.k\.a\.?|aka|who\s+(?:goes|went)\s+by|also\s+called)\s+$/iu },
  // "Cassius Clay, who later changed his name to Muhammad Ali", "Puff Daddy, formerly known as Sean Combs".
  { name: 'former-name', between: /^\s*(?:,\s*|\(\s*)?(?:(?:formerly|previously|once)\s+known\s+as|formerly|n[ée]e|born|who\s+(?:later\s+)?changed\s+(?:his|her|their)\s+name\s+to)\s+$/iu },
  // "Vale, whose stage name is …", "Rita Danner (stage name Roxy Vale)".
  { name: 'stage-name', between: /^\s*(?:,\s*|\(\s*)?(?:whose\s+)?(?:stage|pen|ring|screen|professional)\s+name(?:\s*(?:is|was|:))?\s+$/iu },
  // "Born Cassius Clay, Ali was …": a name after a sentence's opening "Born" is the birth name of
  // the subject the comma leads to.
  { name: 'born-opening-a-sentence', before: /Born(?<=(?:^|[.!?]['"”’]?\s+|\n\s*)Born)\s+(?:as\s+)?$/u, between: /^\s*,\s*$/u },
];

/**
 * Joins the actors of two names the articles say are one actor's ("whose real name is",
 * "also known as"), when both are people or both bodies of one type. The actor with more mentions
 * keeps its place and its name. Exported for tests.
 */
export function mergeAliases(drafts: ActorDraft[], mentions: readonly Mention[], docOf: (m: Mention) => string): void {
  const byIndex = new Map(drafts.map((a) => [a.index, a]));
  const live = (a: ActorDraft | undefined): ActorDraft | undefined => a && (a.mentions.length ? a : undefined);
  const sorted = mentions.filter((m) => m.actor !== undefined).sort((x, y) => x.sentence - y.sentence || x.start - y.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [m, n] = [sorted[i], sorted[i + 1]];
    if (docOf(m) !== docOf(n) || n.start < m.end || n.start - m.end > 60) continue;
    const between = docOf(m).slice(m.end, n.start);
    const before = textBefore(docOf(m), m, 20);
    if (!ALIAS_RULES.some((r) => r.between.test(between) && (!r.before || r.before.test(before)))) continue;
    let a = live(byIndex.get(m.actor!));
    let b = live(byIndex.get(n.actor!));
    if (!a || !b || a === b || a.type !== b.type) continue;
    if (b.mentions.length > a.mentions.length) [a, b] = [b, a];
    // The name the articles use most is the actor's name: "Born Cassius Clay" is not Ali's.
    absorb(a, b);
  }
}

/** `from`'s mentions become `to`'s, written as `to`'s name; `from`'s names are its aliases, its roles add to `to`'s. */
export function absorb(to: ActorDraft, from: ActorDraft): void {
  for (const m of from.mentions.splice(0)) {
    m.surface ??= m.name;
    m.name = to.name;
    m.actor = to.index;
    to.mentions.push(m);
  }
  for (const x of namesOf(from)) to.aliases.add(x);
  for (const [r, c] of from.roles) to.roles.set(r, (to.roles.get(r) ?? 0) + c);
}

/**
 * "back home with his family", "the family said": a household written with no named owner is the
 * household of the person the articles name last before it (in its sentence or the two before),
 * when two in three of its mentions follow that one person; it goes by that person's surname
 * ("Lowell's family"), keeping the bare noun as an alias. "their family", "my family" follow no
 * one person. A story of several victims, whose
 * families follow different people, leaves it bare.
 */
export function nameHouseholds(ctx: Context, drafts: readonly ActorDraft[]): void {
  const byIndex = new Map(drafts.map((a) => [a.index, a]));
  const named = ctx.mentions.filter((x) => x.actor !== undefined && byIndex.get(x.actor)?.type === 'person');
  for (const a of drafts) {
    if (a.type !== 'group' || !COLLECTIVE_NOUNS.has(a.name)) continue;
    const votes = new Map<ActorDraft, number>();
    for (const m of a.mentions) {
      const doc = ctx.sentences[m.sentence].doc;
      // "their family", "my family": the owner is several people, or the one speaking.
      if (/\b(?:their|our|my|your)\s+$/i.test(textBefore(ctx.docs[doc].text, m, 8))) continue;
      let last: Mention | undefined;
      for (const x of named)
        if (ctx.sentences[x.sentence].doc === doc && x.sentence >= m.sentence - 2 && (x.sentence < m.sentence || (x.sentence === m.sentence && x.end <= m.start)) && (!last || x.sentence > last.sentence || (x.sentence === last.sentence && x.start > last.start))) last = x;
      const owner = last && byIndex.get(last.actor!);
      if (owner) votes.set(owner, (votes.get(owner) ?? 0) + 1);
    }
    const [owner, n] = [...votes].sort((x, y) => y[1] - x[1])[0] ?? [];
    if (!owner || n! * 3 < a.mentions.length * 2) continue;
    const words = owner.name.split(/\s+/).filter((w) => !isGeneration(w));
    a.aliases.add(a.name);
    const last = words[words.length - 1];
    a.name = `${last}${last.endsWith('s') ? "'" : "'s"} ${a.name}`;
  }
}
