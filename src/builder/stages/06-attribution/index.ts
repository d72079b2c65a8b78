// Finds who says what: direct quotes with their speaker, reported speech after a speech verb,
// "according to" phrases; speakers resolved through names, pronouns and descriptions
// ("he said", "the minister added", "the bureau said").
import type { Attribution, Context } from '../../types.js';
import { FOCUS_SPAN } from './common.js';
import type { QuoteCase } from './quote-rules.js';
import { attributeSentence } from './sentence.js';
export { genderOfActor } from './mentions.js';
export { TIME_OF_SPEECH } from './clause.js';
export { SPEAKER_RULES, speakerOf } from './speaker-rules.js';
export type { SpeakerRule } from './speaker-rules.js';
export { NOT_SPEECH } from './speech-verbs.js';
export { QUOTE_RULES } from './quote-rules.js';
export type { QuoteCase, QuoteRule } from './quote-rules.js';
export { HOLDER_RULES } from './holders.js';
export type { HolderRule } from './holders.js';
export { WHERE_SAID, reportedSpan } from './reported.js';

/** `trace`, when given, gets for each sentence the names of the rules that decided who speaks in it. */
export function attribution(ctx: Context, trace?: Map<number, string[]>): void {
  const out: Attribution[] = [];
  let spoke = new Set<number>();
  let prior: QuoteCase['prior'];
  // (A second run over the same context reads only its own marks.)
  ctx.spokenByUnnamed = new Set();
  for (const s of ctx.sentences) {
    if (s.noise) continue;
    const last = out[out.length - 1];
    if (last && ctx.sentences[last.sentence].doc !== s.doc) spoke = new Set();
    if (prior && prior.sentence.doc !== s.doc) prior = undefined;
    // Walking back from the end keeps this linear: attributions are in sentence order.
    const recent: Attribution[] = [];
    for (let i = out.length - 1; i >= 0 && out[i].sentence >= s.index - FOCUS_SPAN; i--) if (ctx.sentences[out[i].sentence].doc === s.doc) recent.unshift(out[i]);
    const rules: string[] = [];
    const found = attributeSentence(ctx, s, last && last.sentence >= s.index - 1 ? last : undefined, recent, spoke, trace && rules, prior);
    if (rules.length) trace?.set(s.index, rules);
    for (const a of found) spoke.add(a.actor);
    out.push(...found);
    prior = { sentence: s, attributions: found };
  }
  ctx.attributions = out;
}
