// Ask rules: how a sentence that leaves something open is written as a question. One named row
// per pattern of language, tried in order; the first that gives a well-formed question wins.
import nlp from 'compromise';
import type { QuestionKind } from '../../../format/schema.js';
import type { QuestionDraft, Sentence } from '../../types.js';
import cues from '../../data/uncertainty.json';
import { PERSONAL, wordCount } from '../../text.js';
import { isPerfect, lowerFirst, shorten, subjectBefore, tagged, whQuestion, yesNo } from './clause.js';

const MODAL = /\b(may|might|could|will|would|can)\s+(?:soon\s+|still\s+|also\s+|now\s+)?(\p{Ll}+)\b/u;
const SET_TO = /\b(?:is|are|was|were)\s+(?:set|slated|scheduled|expected|due|poised|planning|going)\s+to\s+(\p{Ll}+)\b/u;
const WHETHER = /\bwhether\s+(?:or not\s+)?([^,;:.!?]{8,})/iu;
// "Asked if there was any connection …, Celaya said …"
const ASKED_IF = /\basked\s+if\s+([^,;:.!?]{8,})/iu;
// "officials began questioning the crew about the cause of the crash" → "What caused the crash?"
const CAUSE_OF = /\b(?:investigat\p{Ll}*|questioning|probing|examining|looking into|determine|unclear|unknown|not known|not clear)\b[^.;]{0,60}?\b(?:the\s+)?cause\s+of\s+(the\s+[^,;:.!?]{3,60})/iu;
// A "whether" clause that is the subject ends where its sentence's own verb begins: "Whether the
// plan will pass | depends on …", "… | remains to be seen".
const OUTER_PREDICATE = /\s+(?:(?:may|might|could|will|would|does|did)\s+(?:also\s+|still\s+)?)?(?:depends?|hinges?|rests?|turns?)\s+(?:on|upon)\b.*$|\s+(?:remains?|is|was)\s+(?:still\s+)?(?:to\s+be\s+seen|unclear|uncertain|unknown|not\s+(?:yet\s+)?(?:known|clear)|an\s+open\s+question|up\s+to)\b.*$/iu;
// ", which has been in power since 2015 …," between a subject and its verb.
const INSERTED = /,\s+(?:which|who|whose|where)\s[^,]*,/gu;
const UNCLEAR_NP = /^(?:but\s+|and\s+)?(the\s+[^,;:]{3,80}?)\s+(?:is|are|was|remains?)\s+(?:still\s+|also\s+)?(?:\p{Ll}+ly\s+)?(?:unclear|unknown|uncertain)\b/iu;
const NOT = String.raw`(?:can['’]t|cannot|won['’]t|(?:would|could|did|does|do|will|can)\s*(?:not|n['’]t))`;
const UNCLEAR_WH = new RegExp(
  String.raw`\b(?:unclear|unknown|uncertain|not clear|not known|${NOT}\s+(?:say|confirm|predict|tell|explain|disclose|reveal|determine|know)|(?:declined|refused)\s+to\s+(?:say|confirm|disclose|reveal))\s+(who|what|when|where|why|how(?:\s+\p{Ll}+)?|which)\s+([^,;:.!?]{6,})`,
  'iu',
);
// "the complex will not be reactivated until the flooding subsides" → "When will the complex be reactivated?"
// "… should be suspended until the findings are complete" asks whether, not when.
const UNTIL = /\s(will|would|should|can|could)\s*(?:not\s+|n['’]t\s+)?(?:only\s+)?be\s+(\p{Ll}+(?:ed|en|wn|lt|ut)(?:\s+(?:safe|open|closed|ready|fit|complete|available))?)\s+until\b/iu;
// "Cooper would be shut down if the river rose …" → "Will Cooper be shut down?"
const WOULD_IF = /\swould\s+(?:have\s+to\s+)?be\s+(\p{Ll}+(?:ed|en|wn|lt|ut)(?:\s+(?:down|up|off|out))?)\s+(?:[^,;]{0,30}\s)?if\b/iu;
// "Kushner has said he would voluntarily appear before the committee" → "Will Kushner appear before the committee?"
// "Aides have said they would like to question Kushner" → "Will Aides question Kushner …?"
const WOULD_PROMISE = /^(?:but\s+|and\s+)?(.{3,60}?)\s+(?:has\s+|have\s+|had\s+)?(?:said|says|offered|promised|pledged|vowed)\s+(?:that\s+)?(?:he|she|they|it)\s+would\s+(?:not\s+)?(?:\p{Ll}+ly\s+)?(?:(?:like|want|love)\s+to\s+)?(\p{Ll}+)\s+([^,;:.!?]{4,})/iu;
// "Paris hopes for a vote on Tuesday" → "Will there be a vote on Tuesday?"
const HOPES_FOR = /\b(?:hopes?|hoping|hoped|calls?|calling|called|pushing|pushes|pressing)\s+for\s+(an?\s+(?:vote|decision|deal|agreement|ruling|verdict|ceasefire|truce|meeting|summit)\b[^,;:.!?]{0,50})/iu;
// "Celaya could not confirm the suspect's motivation" → "What is the suspect's motivation?"
const UNCONFIRMED_NP = /\b(?:(?:would|could|did|will|can)\s*(?:not|n't)|declined\s+to|refused\s+to)\s+(?:confirm|disclose|reveal|release|identify)\s+(the\s+[^,;:.!?]{3,80}|[\p{L}]+['’]s\s+[^,;:.!?]{3,80})/iu;
const YET_TO = /\b(?:has|have|had)\s+yet\s+to\s+(\p{Ll}+)\b/u;
const CONSIDERING = /\b(?:is|are|was|were|has been|have been)\s+(?:still\s+)?(?:considering|weighing|evaluating|reviewing|studying|looking into|investigating)\s+([^,;:.!?]{4,})/iu;
const AHEAD_OF = /\b(?:ahead of|before)\s+(?:a|an|the)\s+([^,;:.!?]{0,60}?\b(?:hearing|vote|meeting|summit|trial|election|referendum|decision|ruling|talks|deadline|verdict)\b[^,;:.!?]{0,40})/iu;
const DOUBT = /\b(?:suspects?|doubts?|doubted|questioned|disputes?|disputed|denies|denied)\s+(?:that\s+)?(?:(?:the\s+)?(?:[\p{L}]+['’]s\s+)?(?:assertion|claim|contention|statement|argument|suggestion|view)\s+that\s+)?([^,;:!?]{8,})/iu;

// Right after the clause's verb (or its participle), the verb of the sentence around it.
const OUTER_VERB = /^\s*(?:\p{Ll}+(?:ed|en|wn)\s+)?(?:is|are|was|were|has|have|had|does|do|did)(?:n['’]t)?\s/u;
const PERCEIVED = /^\s*(?:heard|seen|felt|smelled)\b/u;
// "Putin said he believed Washington plans more strikes" → "Does Washington plan more strikes?"
const BELIEF = /\b(?:believes?|believed|thinks|thought|fears?|feared)\s+(?:that\s+)?([^,;:!?]{8,})/iu;

/** A way of writing a question from a sentence: `match` finds the words, `build` writes the question. */
export interface AskRule {
  name: string;
  kind: QuestionKind | ((m: RegExpExecArray) => QuestionKind);
  match: RegExp;
  build: (m: RegExpExecArray, s: string) => string | undefined;
}

// "the traits he thought the senator should possess": a clause missing its object asks nothing.
const objectless = (q: string) => {
  const words = tagged(q.slice(0, -1));
  return !!words.at(-1)?.tags.includes('Infinitive') && words.at(-2)?.text !== 'to';
};

function modalQuestion(m: RegExpExecArray, s: string): string | undefined {
  let verb = m[2];
  let rest = s.slice(m.index + m[0].length);
  let adverb = /\bsoon\b/.test(m[0]) ? 'soon ' : '';
  // "may finally have gone", "will legally purchase" (but "will rely"): the adverb stays with its verb.
  const next = /^\s+(\p{Ll}+)\b/u.exec(rest);
  if (next && /ly$/.test(verb) && tagged(verb)[0]?.tags.includes('Adverb')) {
    adverb += `${verb} `;
    verb = next[1];
    rest = rest.slice(next[0].length);
  } else if (next && verb === 'never') {
    // "may never make" is asked neutrally: "Will … make …?"
    verb = next[1];
    rest = rest.slice(next[0].length);
  }
  // "would not confirm" reports a refusal, not an open question; "shooting could be heard"
  // reports what was heard; a clause that is the subject of another verb ("regulations needed
  // before the sales could start weren't approved") asks nothing.
  if (m[1] === 'would' || m[1] === 'can' || verb === 'not' || (verb === 'be' && PERCEIVED.test(rest)) || OUTER_VERB.test(rest)) return undefined;
  const subject = subjectBefore(s, m.index);
  if (!subject) return undefined;
  // "may be carrying them out" asks about now: "Is the regime carrying them out …?"
  if (m[1] !== 'will' && verb === 'be' && /^\s*\p{Ll}+ing\b/u.test(rest)) {
    return `${nlp(subject).nouns().isPlural().found ? 'Are' : 'Is'} ${lowerFirst(subject)} ${adverb}${shorten(rest)}?`;
  }
  // "could have left" speculates about the past: "Could … have left …?"
  const ask = verb === 'have' && isPerfect(`have${rest}`) ? 'Could' : 'Will';
  return `${ask} ${lowerFirst(subject)} ${adverb}${verb} ${shorten(rest)}?`.replace(/\s+\?$/, '?');
}

/** The ask rules, most specific first. */
export const ASK_RULES: readonly AskRule[] = [
  { name: 'unclear-noun-phrase', kind: 'unresolved', match: UNCLEAR_NP, build: (m) => `What is ${lowerFirst(m[1])}?` },
  { name: 'unclear-wh-clause', kind: 'unresolved', match: UNCLEAR_WH, build: (m) => whQuestion(m[1], m[2]) },
  { name: 'unconfirmed-noun-phrase', kind: 'unresolved', match: UNCONFIRMED_NP, build: (m) => `What is ${lowerFirst(m[1].trim())}?` },
  { name: 'ahead-of-event', kind: 'upcoming', match: AHEAD_OF, build: (m) => `What will come of the ${shorten(m[1])}?` },
  {
    name: 'considering',
    kind: 'unresolved',
    match: CONSIDERING,
    build: (m, s) => {
      const subject = subjectBefore(s, m.index);
      return subject && `What will ${lowerFirst(subject)} decide about ${shorten(m[1])}?`;
    },
  },
  {
    name: 'yet-to',
    kind: 'unresolved',
    match: YET_TO,
    build: (m, s) => {
      const subject = subjectBefore(s, m.index);
      return subject && `Will ${lowerFirst(subject)} ${m[1]} ${shorten(s.slice(m.index + m[0].length))}?`.replace(/\s+\?$/, '?');
    },
  },
  { name: 'doubt', kind: 'disputed', match: DOUBT, build: (m) => yesNo(m[1]) },
  { name: 'cause-of', kind: 'unresolved', match: CAUSE_OF, build: (m) => `What caused ${lowerFirst(shorten(m[1]))}?` },
  { name: 'whether', kind: 'unresolved', match: WHETHER, build: (m) => yesNo(m[1].replace(OUTER_PREDICATE, '')) },
  { name: 'asked-if', kind: 'unresolved', match: ASKED_IF, build: (m) => yesNo(m[1].replace(OUTER_PREDICATE, '')) },
  {
    name: 'belief',
    kind: 'unresolved',
    match: BELIEF,
    build: (m) => {
      const q = yesNo(m[1]);
      return q && !objectless(q) ? q : undefined;
    },
  },
  {
    name: 'not-until',
    kind: 'unresolved',
    match: UNTIL,
    build: (m, s) => {
      const subject = subjectBefore(s, m.index);
      return subject && `${/^should$/i.test(m[1]) ? 'Will' : 'When will'} ${lowerFirst(subject)} be ${m[2]}?`;
    },
  },
  {
    name: 'would-if',
    kind: 'unresolved',
    match: WOULD_IF,
    build: (m, s) => {
      const subject = subjectBefore(s, m.index);
      return subject && `Will ${lowerFirst(subject)} be ${m[1]}?`;
    },
  },
  {
    name: 'said-would',
    kind: 'upcoming',
    match: WOULD_PROMISE,
    build: (m) => {
      // "For months, Walker confidently said he would not launch …": the speaker is the noun phrase
      // after the last comma, without its adverb.
      const speaker = m[1].split(/,\s*/).pop()!.replace(/\s+\p{Ll}+ly$/u, '');
      return speaker && wordCount(speaker) <= 4 && /^\p{Lu}/u.test(speaker) ? `Will ${speaker} ${m[2]} ${shorten(m[3])}?` : undefined;
    },
  },
  { name: 'hopes-for', kind: 'upcoming', match: HOPES_FOR, build: (m) => `Will there be ${shorten(m[1])}?` },
  {
    name: 'set-to',
    kind: 'upcoming',
    match: SET_TO,
    build: (m, s) => {
      const subject = subjectBefore(s, m.index);
      return subject && `Will ${lowerFirst(subject)} ${m[1]} ${shorten(s.slice(m.index + m[0].length))}?`.replace(/\s+\?$/, '?');
    },
  },
  { name: 'modal', kind: (m) => (m[1] === 'will' ? 'upcoming' : 'unresolved'), match: MODAL, build: modalQuestion },
];

/** The open question a sentence raises, if any, and the rule that wrote it. */
export function questionOf(sentence: string): (Pick<QuestionDraft, 'text' | 'kind'> & { rule: string }) | undefined {
  // Quotation marks and an inserted relative clause stand between a subject and its verb.
  const s = sentence.replace(/[“”"]/g, '').replace(INSERTED, '');
  for (const rule of ASK_RULES) {
    const m = rule.match.exec(s);
    const text = m ? rule.build(m, s) : undefined;
    if (!m || !text) continue;
    // "than you think", "because we really do know": the writer's voice, not the story's question.
    if (PERSONAL.test(text)) return undefined;
    return { text, kind: typeof rule.kind === 'function' ? rule.kind(m) : rule.kind, rule: rule.name };
  }
  return undefined;
}
const CUE = new RegExp(`\\b(?:${[...cues.unresolved, ...cues.upcoming, ...cues.disputed].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i');
export const hasCue = (s: Sentence) => CUE.test(s.text);