// BODY_RULES: persons the articles write as bodies, typed as organisations.
import type { ActorDraft, Mention } from '../../types.js';
import { phrases } from '../../text/phrases.js';
import { BODY_KINDS_BEFORE, BODY_VERBS_AFTER_WHICH, SPEECH_VERBS, isFirstName, isGivenName, isLastName, isVerbForm } from '../../lexicon.js';
import { textAfter, textBefore } from '../../text/window.js';

/** A sign, in the articles, that what the builder took for a person is a body (a band, a company). */
interface BodyRule {
  name: string;
  /** True when a mention, read with the text before and after it, is written as a body's. */
  match: (before: string, after: string) => boolean;
}

const KIND_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${phrases(BODY_KINDS_BEFORE)})\s+$`, 'u');
const WHICH_DOES = /^\s*,\s+which\s+(?:(?:has|had|have|also|now|then)\s+)?(\p{Ll}+)/u;
const SHARES_OF = /\b(?:shares|stock)\s+(?:of|in)\s+$/iu;
const VERB_THEN_ITS = /^\s+(\p{Ll}+)\s+its\b/u;
const SHARES_AFTER = /^['’]s?\s+(?:shares|stock|share\s+price|stock\s+price)\b/u;

/**
 * The ways the articles write a name as a body's, one named row each. A name with no given name
 * first, grouped as a person because no head word says what it is ("Harlow Deep", "Velta"), is
 * typed as an organisation where any row matches one of its mentions, so that no "he" or "she"
 * is read as it.
 */
export const BODY_RULES: readonly BodyRule[] = [
  // "the rap duo Harlow Deep", "shoe company Velta": what it is, in lower case, right before it.
  { name: 'kind-before-the-name', match: (before) => KIND_BEFORE.test(before) },
  // "Velta, which owns the brand", "Harlow Deep, which said …": a relative "which" that speaks or
  // acts is a body's; a person takes "who".
  {
    name: 'which-speaks-or-acts',
    match: (_, after) => {
      const verb = WHICH_DOES.exec(after)?.[1];
      return verb !== undefined && (SPEECH_VERBS.has(verb) || BODY_VERBS_AFTER_WHICH.has(verb));
    },
  },
  // "shares of Velta", "Velta's shares fell": only a company has shares.
  { name: 'shares-of', match: (before, after) => SHARES_OF.test(before) || SHARES_AFTER.test(after) },
  // "Velta lost its licence", "Velta said its plant …": the name does something to what is its own.
  {
    name: 'verb-then-its',
    match: (_, after) => {
      const verb = VERB_THEN_ITS.exec(after)?.[1];
      return verb !== undefined && isVerbForm(verb);
    },
  },
];

/** Types as organisations the persons that BODY_RULES find written as bodies. */
export function typeBodies(drafts: readonly ActorDraft[], docOf: (m: Mention) => string): void {
  for (const a of drafts) {
    const first = a.name.split(/\s+/)[0];
    if (a.type !== 'person' || isGivenName(first) || isFirstName(first) || (!a.name.includes(' ') && isLastName(a.name))) continue;
    const written = a.mentions.some((m) => {
      const doc = docOf(m);
      const before = textBefore(doc, m, 40);
      const after = textAfter(doc, m, 60);
      return BODY_RULES.some((r) => r.match(before, after));
    });
    if (!written) continue;
    a.type = 'organization';
    for (const m of a.mentions) m.type = 'organization';
  }
}
