// Whose claim a reported one is when it is not its speaker's: the HOLDER_RULES table.
import type { Context, Sentence } from '../../types.js';
import { HELD_STANCES, SPEECH_VERBS, WEAK_SPEECH_VERBS, WRITING_VERBS, isVerbForm } from '../../lexicon.js';
import { mentionsOf } from '../../mentions-of.js';
import { type Span, docOf } from './common.js';

// What may stand between a claim's subject and its stance verb: "Morgan doesn't believe", "Betty
// hasn't agreed", "Lavrov “clearly agreed to", "X is not supportive of".
const STANCE_AFTER_SUBJECT = /^\s*(?:["“”]?\s*(?:\p{Ll}+ly|not|never|also|still|now|has|have|had|is|are|was|were|does|do|did|would|will|been|be|(?:has|have|had|is|are|was|were|does|do|did|would|wo|ca)n['’]t)\s+)*["“]?(\p{Ll}+)\b/u;
// Up to a few title words between the claim's opening and the name: "Danish foreign Minister Lars Holm".
const BEFORE_SUBJECT = /^\s*(?:that\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/u;

// What may stand between a claim's subject and its speech verb: "Lowell later told", "Marsh has
// repeatedly insisted".
const SPEECH_AFTER_SUBJECT = /^\s+(?:(?:had|has|have|also|later|once|then|\p{Ll}+ly)\s+){0,2}(\p{Ll}+)\b/u;
// What the teller's verb says next, for it to state a claim and not an act: "told him that …",
// "told them she …", "insisted at a staff meeting that …": whom they told, then a clause's first
// word; not "the memo Lowell wrote to keep a record" nor "Marsh told her crew to leave". (One bounded run between the verb and "that": a long run
// of spaces is read once.)
const CLAIM_AFTER_TELLER = /^\s(?:(?:him|her|them|me|us)\s+(?:that|he|she|they|it|we|I|you|his|her|their|its|the|a|an|there|\p{Lu}[\p{L}.'’-]*)\s|[^,;:“”"]{0,40}?\bthat\s)/u;

/** The person a reported claim opens with, past a few title words and not past a clause of its own ("whether he felt Lowell …"). */
function openingPerson(ctx: Context, s: Sentence, span: Span, speaker?: number) {
  const subject = mentionsOf(ctx, s.index).find((m) => m.start >= span.start && m.end < span.end);
  const before = docOf(ctx, s).slice(span.start, subject?.start);
  if (!subject || subject.actor === speaker || ctx.actors[subject.actor!].type !== 'person' || !BEFORE_SUBJECT.test(before) || before.split(/\s+/).some((w) => /^(?:whether|if)$/.test(w) || (/^\p{Ll}/u.test(w) && isVerbForm(w)))) return undefined;
  return subject;
}

export interface HolderRule {
  name: string;
  /** The actor whose stance the reported claim `span` states, other than `speaker`, if any. */
  find: (ctx: Context, s: Sentence, span: Span, speaker?: number) => number | undefined;
}

/** Whose claim a reported one is when it is not its speaker's: the first rule that finds someone decides. */
export const HOLDER_RULES: readonly HolderRule[] = [
  // "Lowell told me Hartley doesn't believe in ghosts", "Sources tell me Greta hasn't agreed
  // to anything": the person the claim opens with, when what follows is what they believe, plan or
  // agreed to; the speaker only reports it. Not a body: "Ambassador Lund saying Oslo hopes …"
  // speaks for it.
  {
    name: 'stance-holder',
    find: (ctx, s, span, speaker) => {
      // …not "whether he felt Trump agreed": a clause of its own before the name.
      const subject = openingPerson(ctx, s, span, speaker);
      const verb = subject && STANCE_AFTER_SUBJECT.exec(docOf(ctx, s).slice(subject.end, span.end))?.[1];
      return verb && HELD_STANCES.has(verb) ? subject.actor : undefined;
    },
  },
  // "Hale said Porter told him that the gate was open", "Police say Lund told them she walked
  // home", "Marsh recalled, Lowell insisted at a meeting that …": the claim is what the one it
  // opens with told; the speaker passes it on. Not a belief the speaker ascribes ("Hale said
  // Porter thinks …" is Hale's reading, unless it is a stance above).
  {
    name: 'teller-of-claim',
    find: (ctx, s, span, speaker) => {
      const subject = openingPerson(ctx, s, span, speaker);
      if (!subject) return undefined;
      const text = docOf(ctx, s).slice(subject.end, span.end);
      const verb = SPEECH_AFTER_SUBJECT.exec(text);
      if (!verb || !SPEECH_VERBS.has(verb[1]) || WEAK_SPEECH_VERBS.has(verb[1]) || WRITING_VERBS.has(verb[1])) return undefined;
      return CLAIM_AFTER_TELLER.test(text.slice(verb[0].length)) ? subject.actor : undefined;
    },
  },
];

export function holderOf(ctx: Context, s: Sentence, span: Span, speaker?: number, trace?: string[]): number | undefined {
  for (const rule of HOLDER_RULES) {
    const actor = rule.find(ctx, s, span, speaker);
    if (actor === undefined) continue;
    trace?.push(rule.name);
    return actor;
  }
  return undefined;
}
