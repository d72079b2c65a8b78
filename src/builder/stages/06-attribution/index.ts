// Finds who says what: direct quotes with their speaker, reported speech after a speech verb,
// "according to" phrases; speakers resolved through names, pronouns and descriptions
// ("he said", "the minister added", "the bureau said").
import type { Attribution, Context } from '../../types.js';
import { FOCUS_SPAN } from './common.js';
import type { QuoteCase } from './quote-rules.js';
import { attributeSentence } from './sentence.js';
// Who a pronoun, a description or a clause's subject stands for, as attribution reads them: the
// positions stage reads an actor's deeds the same way.
export { described, genderOfActor, namedPerson, personSubject } from './mentions.js';
export { TIME_OF_SPEECH, afterPreposition } from './clause.js';
export { FOCUS_SPAN, resolveMention } from './common.js';
export { SPEAKER_RULES, speakerOf } from './speaker-rules.js';
export type { SpeakerRule } from './speaker-rules.js';
export { NOT_SPEECH } from './speech-verbs.js';
export { QUOTE_RULES } from './quote-rules.js';
export type { QuoteCase, QuoteRule } from './quote-rules.js';
export { HOLDER_RULES } from './holders.js';
export { DOCUMENT_OWNER_RULES, KIND_OWNER_RULES } from './speaks-for.js';
export type { DocumentKindRule, DocumentOwnerRule } from './speaks-for.js';
export type { HolderRule } from './holders.js';
export { WHERE_SAID, reportedSpan } from './reported.js';
export { TRANSCRIPT_RULES, TURN_STANCES, turnStance } from './transcript.js';
import { strongestTurns } from './transcript.js';

/** `trace`, when given, gets for each sentence the names of the rules that decided who speaks in it. */
export function attribution(ctx: Context, trace?: Map<number, string[]>): void {
  const out: Attribution[] = [];
  // What the rules read back (the speaker before, the recent ones, who spoke): not a transcript's
  // turns, whose "he" and "she" are whom the turn names, never the one whose turn it was.
  const heard: Attribution[] = [];
  let spoke = new Set<number>();
  let prior: QuoteCase['prior'];
  // (A second run over the same context reads only its own marks.)
  ctx.spokenByUnnamed = new Set();
  ctx.saidIn = new Map();
  for (const s of ctx.sentences) {
    if (s.noise) continue;
    const last = heard[heard.length - 1];
    if (last && ctx.sentences[last.sentence].doc !== s.doc) spoke = new Set();
    if (prior && prior.sentence.doc !== s.doc) prior = undefined;
    // Walking back from the end keeps this linear: attributions are in sentence order.
    const recent: Attribution[] = [];
    for (let i = heard.length - 1; i >= 0 && heard[i].sentence >= s.index - FOCUS_SPAN; i--) if (ctx.sentences[heard[i].sentence].doc === s.doc) recent.unshift(heard[i]);
    const rules: string[] = [];
    const found = attributeSentence(ctx, s, last && last.sentence >= s.index - 1 ? last : undefined, recent, spoke, trace && rules, prior);
    if (rules.length) trace?.set(s.index, rules);
    out.push(...found);
    const said = found.filter((a) => !a.turn);
    for (const a of said) spoke.add(a.actor);
    for (const a of said) ctx.saidIn.set(a.sentence, a.actor);
    heard.push(...said);
    prior = { sentence: s, attributions: said };
  }
  // A long interview's turns: only the ones the story repeats most.
  ctx.attributions = strongestTurns(ctx, out);
}
