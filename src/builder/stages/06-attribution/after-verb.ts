// Speakers named after their verb: "…,” said Ann Lowell, the director of …", "said the president".
import { UNNAMED_SOURCES, isRoleNoun } from '../../lexicon.js';
import type { Clause } from './clause.js';
import { describedSpeaker } from './pronouns.js';
import { SPEAKS_FOR, SPOKESPERSON_OF_DESCRIBED, speakingForDescribed } from './speaks-for.js';
import { textAfter } from '../../text/window.js';

// Inverted order: "…,” said Hina Shamsi, the director of …
export function speakerAfterVerb(c: Clause): number | undefined {
  const after = c.inSentence.find((m) => m.start >= c.verb.end && m.start - c.verb.end < 40 && /^\s+(?:the\s+)?(?:[\p{L}.]+\s+){0,3}$/u.test(c.text.slice(c.verb.end, m.start)));
  return after && SPEAKER_CLOSES.test(textAfter(c.text, after, 30)) ? after.actor : undefined;
}
// "…,” said Channel 9 senior legal analyst Ann Lowell.", "…,” said Brandt's lawyer, Tom Marsh.",
// "…,” said Sen. Ann Lowell outside the chamber on Tuesday.": a person named after the verb past a
// longer title, one that may hold a body's name, a possessive or a comma; after the name, what
// says where, when, how or who they are. Not a participle: "saying Tom Marsh …" opens a claim.
const TITLE_BEFORE_NAME = /^\s+(?:(?:[\p{L}.&-]+(?:['’]s?)?|\([^()]{1,20}\))\s+){0,8}?(?:[\p{L}.&-]+,\s+)?$/u;
// …or a second speaker ("wrote Ann Lowell and Tom Marsh in their paper"): the first speaks for both.
const AFTER_TITLED_NAME = /^(?:\s*\([^()]{1,20}\))?\s+(?:(?:in|on|at|from|with|outside|before|after|during|last|this|earlier|later|who|whose)\s|\d{4}\b|and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*\s*(?:[,.;:!?]|$|(?:in|on|at)\s))/u;
export function titledSpeakerAfterVerb(c: Clause): number | undefined {
  if (/ing$/.test(c.text.slice(c.verb.start, c.verb.end))) return undefined;
  // The speaker of a quote too ("…,” said lead researcher Dr. Ann Lowell on Tuesday."): the
  // attribution is quiet, since the summary letting the quotes that run on from it stand alone
  // cost the 250 validation summaries 0.07 R1 (0.11 on the even half).
  const named = c.inSentence.find((m) => {
    if (m.start < c.verb.end || m.start - c.verb.end >= 100 || c.ctx.actors[m.actor!].type !== 'person') return false;
    const title = c.text.slice(c.verb.end, m.start);
    const rest = c.text.slice(m.end, Math.min(c.s.end, m.end + 40));
    // No one else named in the title but whose it is ("Brandt's lawyer"): "wrote Ann Lowell and Tom Marsh" is not Marsh alone.
    if (c.inSentence.some((o) => o !== m && o.start >= c.verb.end && o.end <= m.start && c.ctx.actors[o.actor!].type === 'person' && !/^['’]/u.test(textAfter(c.text, o, 1)))) return false;
    // The title ends in a capitalised word or a role ("Sgt.", "lead researcher", "his spokesman,"):
    // not "said her office would appeal the ruling against Brandt", "said a friend close to Ms. Lowell".
    const lastWord = /(\S+?),?\s*$/u.exec(title)?.[1] ?? '';
    const endsInTitle = !title.trim() || /^\p{Lu}/u.test(lastWord) || isRoleNoun(lastWord);
    const unnamed = title.split(/\s+/).some((w) => UNNAMED_SOURCES.has(w.toLowerCase()) || /^(?:close|familiar|near)$/i.test(w));
    return TITLE_BEFORE_NAME.test(title) && endsInTitle && !unnamed && !/\b(?:that|whether|if)\b/i.test(title) && (SPEAKER_CLOSES.test(rest) || AFTER_TITLED_NAME.test(rest));
  });
  return named?.actor;
}
// What may follow the speaker named after the verb: the end of the clause, the body they are of
// ("said Petty Officer Ann Lowell of the Coast Guard"), or their party and state before the clause
// ends ("added Rep. Tom Marsh (R-Ohio), chairman of …", "said Sen. Ann Lowell (Maine).").
const SPEAKER_CLOSES = /^\s*(?:[,.;:!?]|$)|^\s+of\s+(?:the\s+)?\p{Lu}|^\s*\([^()]{1,20}\)\s*(?:[,.;:!?]|$)/u;
// "…,” said the president.": a description right after the verb, closing the clause.
// …or one speaking for it: "according to the sheriff's office", "said the mayor's spokesman".
export const ACCORDING_DESCRIPTION = new RegExp(String.raw`^([Tt]he\s+(?:[\p{L}-]+\s+){0,2}?\p{L}+${SPEAKS_FOR})\s*(?:[,.;:!?]|$)`, 'u');
const DESCRIPTION_AFTER = new RegExp(String.raw`^\s+(the\s+(?:[\p{L}-]+\s+){0,2}?\p{L}+${SPEAKS_FOR})\s*(?:[,.;:!?]|$)`, 'u');
/** The one a description stands for, or whom the one it names speaks for. */
export const describedOrSpokenFor = (c: Clause) => (SPOKESPERSON_OF_DESCRIBED.test(c.gap) ? speakingForDescribed(c) : describedSpeaker(c));
export const describedAfterVerb = (c: Clause) => {
  const d = DESCRIPTION_AFTER.exec(c.text.slice(c.verb.end, Math.min(c.s.end, c.verb.end + 60)));
  return d ? describedOrSpokenFor({ ...c, gap: d[1], from: c.verb.start }) : undefined;
};
