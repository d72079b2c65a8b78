// BODY_RULES: persons the articles write as bodies, typed as organisations.
import type { ActorDraft, Mention } from '../../types.js';
import { phrases } from '../../text/phrases.js';
import { BODY_KINDS_BEFORE, BODY_MEMBERS_AFTER, BODY_VERBS_AFTER_WHICH, SPEECH_VERBS, isFirstName, isGivenName, isLastName, isPlace, isVerbForm, readsAsPlural } from '../../lexicon.js';
import { textAfter, textBefore } from '../../text/window.js';

/** A sign, in the articles, that what the builder took for a person is a body (a band, a company). */
interface BodyRule {
  name: string;
  /** True when a mention of an actor, read with the text before and after it, is written as a body's. */
  match: (before: string, after: string, actor: ActorDraft) => boolean;
}

const KIND_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${phrases(BODY_KINDS_BEFORE)})\s+$`, 'u');
const WHICH_DOES = /^\s*,\s+which\s+(?:(?:has|had|have|also|now|then)\s+)?(\p{Ll}+)/u;
const SHARES_OF = /\b(?:shares|stock)\s+(?:of|in)\s+$/iu;
const VERB_THEN_ITS = /^\s+(\p{Ll}+)\s+its\b/u;
const MEMBER_AFTER = new RegExp(String.raw`^(?:['’]s?)?\s+(?:(?:\p{Ll}+|All-Star)\s+)?(?:${phrases(BODY_MEMBERS_AFTER)})\b`, 'iu');
const THE_BEFORE = /(?:^|[^\p{L}])the\s+$/iu;
const FINITE_VERB_NEXT = /^\s+(\p{Ll}+)\b(?![-'’])/u;
// "Harlows", "Tallises": a plural as the tagger reads it or as it is spelt (a family's name it does not know).
const writtenAsPlural = (name: string) => {
  const last = name.split(/\s+/).pop()!;
  return readsAsPlural(last) || /\p{Ll}[^s'’]s$/u.test(last);
};
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
  // "Velta's chief executive", "Corvane's touring drummer", "Tarrow Hawks shortstop": a post or a
  // part only a body has, right after the name.
  { name: 'member-of-the-body', match: (_, after) => MEMBER_AFTER.test(after) },
  // "The Corvane handed out caps", "the Velta said": a name of no given name with "the" before
  // it that does something is a body's; a person is written "the" only with a word between ("the
  // late …", "the Rev. …"). Not a plural ("the Harlows said", "the Tallises have"): a family or a
  // people, a group; nor a name the articles give a person's role ("the rapper Corvane"), where
  // "the" is a slip.
  {
    name: 'the-name-acts',
    match: (before, after, a) => {
      const verb = FINITE_VERB_NEXT.exec(after)?.[1];
      return THE_BEFORE.test(before) && verb !== undefined && isVerbForm(verb) && !writtenAsPlural(a.name) && a.roles.size === 0;
    },
  },
  // "Tarrow Hawks": a place, then a plural that is no surname, is a team named for its place.
  {
    name: 'place-then-plural',
    match: (_, __, { name }) => {
      const words = name.split(/\s+/);
      const last = words[words.length - 1];
      return words.length >= 2 && isPlace(words.slice(0, -1).join(' ')) && readsAsPlural(last) && !isLastName(last);
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
      return BODY_RULES.some((r) => r.match(before, after, a));
    });
    if (!written) continue;
    a.type = 'organization';
    for (const m of a.mentions) m.type = 'organization';
  }
}

/** A sign that what the builder took for a person is a people, which acts as a group. */
interface PeopleRule {
  name: string;
  match: (actor: ActorDraft) => boolean;
}

// "Tarrowians", "Velmo Islanders", "earlier Harlovines": the plural endings of a people's name
// ("-ians", "-eans", "-ines", "-ites", "-landers"); no person's name among the first ten actors
// of the 234 non-check clusters ends so, where three peoples do.
const DEMONYM_PLURAL = /\p{Ll}(?:ians|eans|ines|ites|landers)$/u;

/** The ways the articles write a people as a name, one named row each. */
export const PEOPLE_RULES: readonly PeopleRule[] = [
  // "enslaved Velmo Islanders rose up", "present-day Tarrowians": a name with no role and no given
  // name first, closing on a people's plural ending, is that people.
  { name: 'plural-demonym', match: (a) => a.roles.size === 0 && DEMONYM_PLURAL.test(a.name.split(/\s+/).pop()!) },
];

/** Types as groups the persons that PEOPLE_RULES find to be a people. */
export function typePeoples(drafts: readonly ActorDraft[]): void {
  for (const a of drafts) {
    const first = a.name.split(/\s+/)[0];
    if (a.type !== 'person' || isGivenName(first) || isFirstName(first) || !PEOPLE_RULES.some((r) => r.match(a))) continue;
    a.type = 'group';
    for (const m of a.mentions) m.type = 'group';
  }
}
