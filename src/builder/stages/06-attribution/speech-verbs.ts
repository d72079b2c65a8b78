// Where speech verbs are, and where a speech verb is not speech: NOT_SPEECH (its other sense)
// and a verb inside a clause that says when or why.
import { ACTIONS, DOCUMENT_VERBS, FINDING_VERBS, SPEECH_VERBS, WEAK_SPEECH_VERBS, DOCUMENT_READS, SILENCES, REFUSALS, SUBORDINATE_OPENERS } from '../../lexicon.js';
import { type Token, tokenize } from '../../text/tokens.js';
import { phrases } from '../../text/phrases.js';
import type { Span } from './common.js';
import { DOCUMENT } from './speaks-for.js';

// An auxiliary or adverb between a clause's opening word and its verb: "what Trump actually said", "why did he think".
const AUX = String.raw`(?:actually|really|ever|once|first|later|just|had|has|have|did|does|do|would|will|might|may|could|should)`;
/** A speech verb's other sense, told by what follows it (`after`) or what stands before it (`before`); `verbs` unset: any speech verb. No one speaks. */
export const NOT_SPEECH: readonly { name: string; verbs?: ReadonlySet<string>; after?: RegExp; before?: RegExp }[] = [
  // "was stopped and charged with careless driving", "charged him with possession of stolen goods".
  { name: 'charged-with', verbs: new Set(['charged', 'charges', 'charge']), after: /^\s+(?:(?:him|her|them|\p{Lu}[\p{L}.'’-]*)\s+){0,3}with\b/u },
  // "The six rowers charged were club members", "one of the men accused is …": those a charge names, a verb of being after them.
  { name: 'charged-ones', verbs: new Set(['charged', 'accused']), before: /\p{Ll}\s+$/u, after: /^\s+(?:were|are|was|is|remain|remained|include|included)\b/u },
  // "Okafor added 20.", "Lindgren added 10 points": a score.
  { name: 'added-a-number', verbs: new Set(['added', 'adds', 'add']), after: /^\s+(?:another\s+)?\d/u },
  // "it is unclear what the board plans for the pier", "grilled on what the mayor actually said", "asked him whether
  // he felt …", "Why did he think …?": the verb stands in a question or what is asked about; its
  // clause states nothing. Not "which is why Acme announced …", a reason.
  {
    name: 'in-a-wh-clause',
    before: new RegExp(String.raw`(?:^|\s)(?<!(?:is|was|['’]s)\s)(?:[Ww]hat|[Ww]hether|[Hh]ow|[Ww]hy|[Ww]hatever|[Ii]f|[Uu]nless)\s+(?:${AUX}\s+)?(?:the\s+)?(?:(?:he|she|they|it|we|you|I|\p{Lu}[\p{L}.'’-]*)\s+){1,3}(?:${AUX}\s+){0,2}$`, 'u'),
  },
  // "Was the President saying Washington decides …?", "Did he claim …": a question asked.
  { name: 'in-a-question', before: /^\s*["“]?(?:Was|Were|Is|Are|Did|Does|Do|Has|Have|Had|Will|Would|Could|Should|Can)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){1,3}$/u },
  // "The search continued into the night", "the row continues: …": a course goes on. Someone goes
  // on speaking where the sentence ends at the verb or a quote follows it ("“…,” she continued.",
  // "Lowell continued, “…”").
  { name: 'continued-a-course', verbs: new Set(['continued', 'continues']), after: /^(?!\s*(?:$|[.!?]|[,:]\s*(?:["“]|$)))/u },
  // "the bulk of reports from the scene", "the reported rumble", "his claims": a noun or
  // an adjective after a determiner.
  { name: 'after-a-determiner', before: /(?:^|\s)(?:[Tt]he|[Aa]n?|of|his|her|its|their|these|those|such|many|some|recent|media|news|press)\s+$/u },
  // "measures backed by Democrats", "a plan endorsed by the UN": done to the words, not said; not
  // "said by phone".
  { name: 'passive-by', after: /^\s+by\s+(?!(?:phone|telephone|e-?mail|text|letter|video|satellite)\b)/u },
  // "It just feels like a rerun", "This felt as if the year would never end": how something
  // seems, with no one who holds it; "It" is no body that speaks.
  { name: 'it-feels-like', verbs: new Set(['feels', 'felt', 'feel']), before: /(?:^|\s)(?:[Ii]t|[Tt]his|[Tt]hat)\s+(?:(?:just|still|almost|really|also|now|often|sometimes|always|never)\s+)?$/u, after: /^\s+(?:like|as\s+if|as\s+though)\b/u },
  // "the truck blasted through the gate", "blasted off at dawn": a force that moves, not a speaker's attack.
  { name: 'blasted-through', verbs: new Set(['blasted']), after: /^\s+(?:through|off|into|open|away|out|past|across)\b/u },
  // "declined to comment", "refused to give his name": a refusal to speak states nothing.
  { name: 'declined-to-speak', verbs: REFUSALS, after: new RegExp(String.raw`^\s+to\s+(?:${phrases(SILENCES)})\b`, 'u') },
];
// What stands before a verb, within reach; a sentence cut short starts with a mark that opens nothing.
const textBefore = (text: string, at: number) => (at > 200 ? `\u0000${text.slice(at - 200, at)}` : text.slice(0, at));
const otherSense = (text: string, t: Token, offset: number) =>
  NOT_SPEECH.some(
    (n) =>
      (!n.verbs || n.verbs.has(t.text.toLowerCase())) &&
      (!n.after || n.after.test(text.slice(t.end - offset, t.end - offset + 40))) &&
      (!n.before || n.before.test(textBefore(text, t.start - offset))),
  );

// "After the mayor announced her support, spokesman Tom Marsh said …", "The vote went ahead when
// Lowell told the board that …": a verb inside a clause opened by "after", "when", "because" …
// says when or why; the sentence's own speech verb, outside it, names who speaks. Only "as" after
// a comma or at the start opens such a clause ("as well as", "such as" do not). The clause runs
// from its opener to the verb with no comma, quote or clause mark between.
const SUBORDINATE_OPENING = new RegExp(String.raw`(?:(?:^|[\s,;:(—–-])(?:${phrases(SUBORDINATE_OPENERS)})|(?:^|[,;:(—–-])\s*as)\s+[^,;:“”"()—–]{1,80}$`, 'iu');
const inSubordinateClause = (before: string) => SUBORDINATE_OPENING.test(before);

// Speech verbs in the text, "said"-like ones before "believes"-like ones.
// A verb followed by "that" introduces the claim itself: "the government insisted that …,
// diplomats said" is the government's.
// With `acts`, the verbs of acts that state what an actor wants ("The Gulls plan to reprint the
// caps", "filed a lawsuit") come last: speech decides first.
export function speechVerbs(text: string, offset: number, acts = false): Span[] {
  const found = tokenize(text, offset).filter((t) => (SPEECH_VERBS.has(t.text) || (t.start === offset && SPEECH_VERBS.has(t.text.toLowerCase()))) && !otherSense(text, t, offset));
  const weak = (t: Token) => (WEAK_SPEECH_VERBS.has(t.text.toLowerCase()) ? 1 : 0);
  // A verb inside a subordinate clause ranks below every "said"-like verb of the sentence, with or
  // without "that", and still above a "believes"-like one outside it.
  const rank = (t: Token) =>
    inSubordinateClause(text.slice(0, t.start - offset)) ? 2.5 + weak(t) : (/^\s+that\b/.test(text.slice(t.end - offset, t.end - offset + 6)) ? 0 : 2) + weak(t);
  const verbs: Span[] = found.sort((a, b) => rank(a) - rank(b)).map((t) => ({ start: t.start, end: t.end }));
  // "“…,” the letter read.", "The note reads: “…”": a document speaks for its author, in quotes
  // and reported claims alike; "read" after anything else is someone reading.
  for (const t of tokenize(text, offset)) if (DOCUMENT_READS.has(t.text) && DOCUMENT.test(text.slice(0, t.start - offset)) && !otherSense(text, t, offset)) verbs.push({ start: t.start, end: t.end, document: true });
  if (!acts) return verbs;
  // "the report found …", "The Halvorsen proposal includes …": what a document holds.
  for (const t of tokenize(text, offset)) {
    if (DOCUMENT_VERBS.has(t.text) && DOCUMENT.test(text.slice(0, t.start - offset))) verbs.push({ start: t.start, end: t.end, document: true });
    // "In the trial, Okafor and Lund found that …": a finding of the subject, stated as a claim.
    else if (FINDING_VERBS.has(t.text) && /^\s+that\s/.test(text.slice(t.end - offset, t.end - offset + 6)) && !otherSense(text, t, offset)) verbs.push({ start: t.start, end: t.end });
  }
  for (const { name, pattern } of ACTIONS) {
    for (const m of text.matchAll(pattern)) {
      const start = offset + m.index!;
      const word = /^\S+/.exec(m[0])![0];
      const act = { start, end: start + word.length, act: name };
      // "what he plans to do", "declined to comment": no act stated either.
      if (otherSense(text, { text: word, start, end: act.end }, offset)) continue;
      // "asked the court to …" is an act, not a question asked.
      const spoken = verbs.findIndex((v) => v.start === start);
      if (spoken >= 0) verbs.splice(spoken, 1);
      verbs.push(act);
    }
  }
  return verbs;
}
