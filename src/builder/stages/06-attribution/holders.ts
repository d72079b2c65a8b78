// Whose claim a reported one is when it is not its speaker's: the HOLDER_RULES table.
import type { Context, Sentence } from '../../types.js';
import { HELD_STANCES, isVerbForm } from '../../lexicon.js';
import { mentionsOf } from '../../mentions-of.js';
import { type Span, docOf } from './common.js';

// What may stand between a claim's subject and its stance verb: "Morgan doesn't believe", "Betty
// hasn't agreed", "Lavrov “clearly agreed to", "X is not supportive of".
const STANCE_AFTER_SUBJECT = /^\s*(?:["“”]?\s*(?:\p{Ll}+ly|not|never|also|still|now|has|have|had|is|are|was|were|does|do|did|would|will|been|be|(?:has|have|had|is|are|was|were|does|do|did|would|wo|ca)n['’]t)\s+)*["“]?(\p{Ll}+)\b/u;
// Up to a few title words between the claim's opening and the name: "Danish foreign Minister Lars Holm".
const BEFORE_SUBJECT = /^\s*(?:that\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/u;

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
      const text = docOf(ctx, s);
      const subject = mentionsOf(ctx, s.index).find((m) => m.start >= span.start && m.end < span.end);
      const before = text.slice(span.start, subject?.start);
      // …not "whether he felt Trump agreed": a clause of its own before the name.
      if (!subject || subject.actor === speaker || ctx.actors[subject.actor!].type !== 'person' || !BEFORE_SUBJECT.test(before) || before.split(/\s+/).some((w) => /^(?:whether|if)$/.test(w) || (/^\p{Ll}/u.test(w) && isVerbForm(w)))) return undefined;
      const verb = STANCE_AFTER_SUBJECT.exec(text.slice(subject.end, span.end))?.[1];
      return verb && HELD_STANCES.has(verb) ? subject.actor : undefined;
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
