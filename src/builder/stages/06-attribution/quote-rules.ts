// Whose words a quote is: the QUOTE_RULES table, tried in order, and what it reads (a colon
// line, a signature, a quote left open, the paragraph after).
import type { Attribution, Context, Mention, Sentence } from '../../types.js';
import { DOCUMENTS, NAMING_VERBS, SPEECH_VERB_ALTERNATION, TITLE_JOINERS, WEAK_SPEECH_VERBS, isRoleNoun, isVerbForm } from '../../lexicon.js';
import { mentionsOf } from '../../mentions-of.js';
import { OPEN_QUOTE, AFTER_QUOTE, BEFORE_QUOTE, type Span, docOf, resolve } from './common.js';
import { isSubject, personSubject, namedPerson } from './mentions.js';
import { ISSUED } from './speaks-for.js';
import { speakerOf } from './speaker-rules.js';
import { speechVerbs } from './speech-verbs.js';
import { signedWords, reportsNews } from './signed-posts.js';
import { opEdWriter, ownVoice } from './op-ed-author.js';
import { textAfter } from '../../text/window.js';
import { phrases } from '../../text/phrases.js';
import { endsInColon } from '../../text/sentences.js';

/** What the quote rules read: one quote of a sentence, and what came before it. */
export interface QuoteCase {
  ctx: Context;
  s: Sentence;
  text: string;
  /** Document offsets of the quoted words, without the marks. */
  start: number;
  end: number;
  /** Offset of the opening mark in the sentence; -1 when the sentence closes a quote it never opened. */
  at: number;
  /** The attribution of the sentence before. */
  previous?: Attribution;
  /** The article's sentence before this one, and what was attributed in it. */
  prior?: { sentence: Sentence; attributions: Attribution[] };
  recent: Attribution[];
  spoke: ReadonlySet<number>;
  trace?: string[];
}

export interface QuoteRule {
  name: string;
  /** The speaker, or undefined when the rule does not find one. */
  find: (q: QuoteCase) => number | undefined;
  /** The quote names its speaker here, so that finding nobody is the verdict: later rules are not tried. */
  names?: (q: QuoteCase) => boolean;
  /** The quote goes on from the speaker's quote or words in a sentence before. */
  continues?: true;
}

// "“…,” the witness said.": a speech verb closes the quote, right after its subject.
const SAID_AFTER_QUOTE = new RegExp(String.raw`^[,.!?]?(?:["”]|'')?\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}.'’-]+\s+){0,3}(?:${SPEECH_VERB_ALTERNATION})\b|^[,.!?]?(?:["”]|'')?\s+(?:${SPEECH_VERB_ALTERNATION})\s`, 'u');

export const QUOTE_BEFORE_VERB = /[”"'’]\s*,?\s*$/;
// The closing mark, a name, then what they are between commas, up to the verb: "…,” Ann Lowell, a
// lawyer for the county, said". The name is capitalised words (a title may open it); the apposition
// holds no quote mark.
const APPOSED_AFTER_QUOTE = /^[,.!?]?(?:["”]|'')\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*),\s+[^,“”"]{3,150},\s+/u;
function apposedSpeakerAfterQuote(q: QuoteCase): number | undefined {
  const m = APPOSED_AFTER_QUOTE.exec(q.text.slice(q.end, q.s.end));
  if (!m) return undefined;
  const nameStart = q.end + m[0].indexOf(m[1]);
  const named = mentionsOf(q.ctx, q.s.index).find((x) => x.start >= nameStart && x.end <= nameStart + m[1].length && x.actor !== undefined);
  const from = q.end + m[0].length;
  // The verb opens what follows the apposition, after an auxiliary at most ("…, has said").
  const verb = speechVerbs(q.text.slice(from, Math.min(q.s.end, from + 20)), from).find((v) => /^(?:(?:has|had|have|also|later)\s+)?$/.test(q.text.slice(from, v.start)));
  if (!named || !verb) return undefined;
  // …and the rules of the speaker read the same name: not someone the apposition names.
  const speaker = speakerOf(q.ctx, q.s, verb, q.end + 1, q.recent, q.spoke, q.trace);
  return speaker === named.actor ? speaker : undefined;
}
// "…,” Fuller said.", "… a fair deal,” Lindgren added on Friday.": a sentence that ends with a
// closed quote and the clause that names its speaker.
const CLOSED_THEN_SAID = new RegExp(String.raw`[,.?!…]\s*["”]\s+(?:[^“”"\s]+\s+){0,6}?(?:${SPEECH_VERB_ALTERNATION})\b[^“”"]{0,60}$`, 'u');

// The verb of the clause that closes a quote: the first one after it that says rather than believes.
// "“…,” said Quintero, who noted that …": "noted that" opens another claim of the speaker, about
// something else; it does not bring in the quote.
function nearestVerbAfterQuote(q: QuoteCase): Span | undefined {
  const verbs = speechVerbs(q.text.slice(q.end + 1, Math.min(q.s.end, q.end + 1 + AFTER_QUOTE)), q.end + 1);
  const says = verbs.filter((v) => !WEAK_SPEECH_VERBS.has(q.text.slice(v.start, v.end).toLowerCase())).sort((a, b) => a.start - b.start)[0];
  return says ?? verbs[0];
}

// A naming verb, what it names (a few words, no mark between) and "as", right before the quote:
// "what the gazette called “…”", "dubbed the deal “…”", "described it as “…”".
const NAMED_BEFORE_QUOTE = new RegExp(String.raw`(?:^|[^\p{L}])(${phrases(NAMING_VERBS)})(?:\s+[^\s“”"‘’,;:.!?()]+){0,4}?(?:\s+as)?\s+$`, 'iu');
// A pronoun right before the naming verb, an auxiliary or adverb at most between.
const PRONOUN_NAMER = /(?:^|[^\p{L}])(?:he|she|it|they|we|I|you)\s+(?:(?:has|have|had|also|once|later|then|often)\s+){0,2}$/iu;
// The naming verb a quote opens after. A namer named is read wherever the quote stands; a pronoun
// ("who has mocked what he called “…”", "awards, which it dubs “…”") stands as often for someone
// inside a relative clause as for the sentence's speaker, so it is read only where a speech verb
// after the quote would otherwise take the label.
function namingVerb(q: QuoteCase): Span | undefined {
  const before = q.text.slice(q.s.start, q.start - 1);
  const m = NAMED_BEFORE_QUOTE.exec(before);
  if (!m) return undefined;
  const start = q.s.start + m.index + m[0].indexOf(m[1]);
  const framed = SAID_AFTER_QUOTE.test(q.text.slice(q.end, Math.min(q.s.end, q.end + AFTER_QUOTE)));
  if (!framed && PRONOUN_NAMER.test(q.text.slice(q.s.start, start))) return undefined;
  return { start, end: start + m[1].length };
}

// "the album “After the Harbour Fire,”", "on CNN's “Meet the Harbour Press.”": quoted words each
// capitalised, only the short words that join a title's between them in lower case, name a work, a
// show or a slogan, not anything said. (Not words in capitals throughout: a shout is said.)
const TITLE_WORD = /^[(‘'“"]?[\p{Lu}\d]/u;
export function readsAsTitle(words: string): boolean {
  const body = words.trim().replace(/[,.]$/, '');
  if (/[.!?;:]/.test(body) || body === body.toUpperCase()) return false;
  const w = body.split(/\s+/);
  return w.every((x, i) => TITLE_WORD.test(x) || (i > 0 && i < w.length - 1 && TITLE_JOINERS.has(x)));
}

const ADDRESSED = /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?(?:asked|told|questioned)\b/u;
/** Whose words a quote is: the rules are tried in order until one finds a speaker. */
export const QUOTE_RULES: readonly QuoteRule[] = [
  // "Marsh said the coin bore the words “Long Live The Harbour King.”": a title in quote marks is
  // no one's words; the sentence's speech, if any, is read as reported around it.
  { name: 'quoted-title', find: () => undefined, names: (q) => q.at >= 0 && readsAsTitle(q.text.slice(q.start, q.end)) },
  // "I thank our crews. — Ann Lowell (@annlowell) May 4, 2021": a post an article reproduces,
  // signed at its end, is its signer's words, each sentence of it (signed-posts.ts).
  // "I will not sign the bill. … Ms. Lowell is the governor of Harlow.": the first-person
  // sentences of an op-ed are its writer's, named by its tag line (op-ed-author.ts).
  { name: 'words-of-op-ed-writer', find: (q) => (q.at === -1 ? opEdWriter(q.ctx, q.s) : undefined), names: (q) => q.at === -1 && opEdWriter(q.ctx, q.s) !== undefined },
  { name: 'words-of-signed-post', find: (q) => (q.at === -1 ? signedWords(q.ctx, q.s)?.signer : undefined), names: (q) => q.at === -1 && signedWords(q.ctx, q.s) !== undefined },
  // "“…. I had no speech ready.” — Ann Lowell, on her award", "“… a brave book.”—Tom Marsh":
  // a line that is a whole quote signed with a dash and a name, as press-room lines and blurbs are.
  // A signature naming no one the story names is still no one else's: not the blurb before's.
  { name: 'speaker-after-dash', find: (q) => signedBy(q), names: (q) => q.at === 0 && SIGNED.test(q.text.slice(q.end, q.s.end)) },
  // "In what the gazette called “a slow collapse,” analysts said …", "Lund, calling it “a farce,”
  // officials said …": a quote a naming verb opens is the namer's label, whoever speaks after it;
  // a namer the story does not know (an outlet) is nobody, not the speaker after the quote.
  {
    name: 'quote-after-naming-verb',
    find: (q) => {
      const verb = namingVerb(q);
      return verb && speakerOf(q.ctx, q.s, verb, q.s.start, q.recent, q.spoke, q.trace);
    },
    names: (q) => namingVerb(q) !== undefined,
  },
  // "“…,” Lavrov said.", "“…,” said Lavrov."
  {
    name: 'speaker-after-quote',
    find: (q) => {
      const verb = nearestVerbAfterQuote(q);
      return verb && speakerOf(q.ctx, q.s, verb, q.end + 1, q.recent, q.spoke, q.trace);
    },
    // "“…,” the witness said." in a story that names no witness is nobody's, not the last speaker's.
    names: (q) => SAID_AFTER_QUOTE.test(q.text.slice(q.end, Math.min(q.s.end, q.end + AFTER_QUOTE))),
  },
  // "“…,” Ann Lowell, the head of the county's flood office, told Reuters.": the speaker's name and
  // what they are, between commas, stand between the quote and the verb, beyond the reach of the
  // rule before; the one named right after the quote speaks.
  { name: 'speaker-apposed-after-quote', find: apposedSpeakerAfterQuote },
  // "Lavrov said: “…”"
  {
    name: 'speaker-before-quote',
    find: (q) => {
      const from = Math.max(q.s.start, q.start - 1 - BEFORE_QUOTE);
      const verb = speechVerbs(q.text.slice(from, q.start - 1), from).sort((a, b) => b.start - a.start)[0];
      return verb && speakerOf(q.ctx, q.s, verb, q.s.start, q.recent, q.spoke, q.trace);
    },
  },
  // "“The council sold the pier. The boats have nowhere to go." then "We will fight it,” Marsh
  // added.": a quote left open at its sentence's end, closed in the next sentence of the paragraph
  // by a verb that names its speaker, is that speaker's, not the voice before it that a rule below
  // would give it. (Only there: a quote no rule below gives anyone stays no one's.)
  {
    name: 'quote-closed-by-speaker-after-it',
    find: (q) => {
      const closer = closedBySpeakerAfter(q);
      return closer !== undefined && givenByRuleAfter(q, 'quote-closed-by-speaker-after-it') ? closer : undefined;
    },
  },
  // "Lowell said the dig was done “by the book." then "We found the hall.”": a sentence
  // that closes the quote the sentence before left open goes on in its voice.
  {
    name: 'quote-closes-in-next-sentence',
    continues: true,
    find: (q) => {
      const p = q.prior;
      const last = p?.attributions.at(-1);
      return q.at < 0 && p && p.sentence.paragraph === q.s.paragraph && p.sentence.index === q.s.index - 1 && last?.kind === 'direct' && leavesQuoteOpen(p) ? last.actor : undefined;
    },
  },
  // A quote that opens a sentence right after another speaker's quote continues it.
  {
    name: 'continues-quote-in-paragraph',
    continues: true,
    find: (q) => (q.previous?.kind === 'direct' && q.at === 0 && q.ctx.sentences[q.previous.sentence].paragraph === q.s.paragraph ? q.previous.actor : undefined),
  },
  // "“The gate was open,” Pruett said." then "“The driver never stopped.”", "… a fair deal,”
  // Lindgren added." then "“As a skipper …": a quote too short to be a claim of its own, or the end
  // of one opened sentences before, was read as reported speech; the quote that opens the next
  // sentence of the paragraph, or the next paragraph, goes on in the same voice.
  {
    name: 'continues-after-closed-quote',
    continues: true,
    find: (q) => {
      const last = q.prior?.attributions.at(-1);
      const p = q.prior?.sentence;
      if (q.at !== 0 || !p || last?.kind !== 'reported' || last.sentence !== p.index || !CLOSED_THEN_SAID.test(p.text)) return undefined;
      return p.paragraph === q.s.paragraph || (opensParagraph(q) && paragraphAfter(q, p)) ? last.actor : undefined;
    },
  },
  // A paragraph that is a quote, after a paragraph that ends with someone's quote: they go on.
  {
    name: 'quote-paragraph-continues',
    continues: true,
    find: (q) => {
      const last = q.prior?.attributions.at(-1);
      return opensParagraph(q) && last?.kind === 'direct' && last.sentence === q.prior!.sentence.index ? last.actor : undefined;
    },
  },
  // "Lowell said the dig was a success." then "“The dates support …”": a sentence that is only a
  // closed quote, opening the paragraph after one that ends with someone's reported words, is
  // their words too. Not a quote left open (its speaker may be named after it: "“…. But …,” said
  // the aide"), nor a question (in a reported exchange, more often the other side's).
  {
    name: 'quote-after-reported-speech',
    continues: true,
    find: (q) => {
      const last = q.prior?.attributions.at(-1);
      const closed = /(?:(?!\s)|(?<!\s))[^?!]\s*["”]\s*$/u.test(q.s.text) && q.end + 1 >= q.s.end - 1;
      return opensParagraph(q) && closed && last?.kind === 'reported' && last.sentence === q.prior!.sentence.index && paragraphAfter(q, q.prior!.sentence) ? last.actor : undefined;
    },
  },
  // "Lowell said the dig was a success. “The dates support …”", "Marsh noted the film was well cast.
  // “Every part went to the right actor. …": in the same paragraph, a sentence that is only a quote
  // (closed, or running on), right after one that reports someone's words, goes on in their voice;
  // not a question (in a reported exchange, more often the other side's).
  {
    name: 'quote-after-reported-in-paragraph',
    continues: true,
    find: (q) => {
      const p = q.prior?.sentence;
      const last = q.prior?.attributions.at(-1);
      const onlyQuote = q.at === 0 && !/\p{L}/u.test(q.text.slice(q.end, q.s.end)) && !/\?\s*$/.test(q.text.slice(q.start, q.end));
      return onlyQuote && p && p.index === q.s.index - 1 && p.paragraph === q.s.paragraph && last?.kind === 'reported' && last.sentence === p.index ? last.actor : undefined;
    },
  },
  // "According to Dr Ann Lowell: “The dig confirmed …" then "“The dates support …": a quote left
  // open at the end of a paragraph goes on in the next, whoever was found to speak it.
  {
    name: 'quote-runs-on',
    continues: true,
    find: (q) => (q.at === 0 && q.prior && OPEN_QUOTE.test(q.prior.sentence.text) ? q.prior.attributions.at(-1)?.actor : undefined),
  },
  // "Greta was wary of the landlord." then "“We told him the roof leaks.”": a sentence that is only a
  // quote, after one about a person that quotes no one, is that person's words.
  {
    name: 'quote-after-sentence-about-speaker',
    find: (q) => {
      const p = q.prior;
      if (!p || !opensParagraph(q) || p.sentence.paragraph !== q.s.paragraph - 1 || p.attributions.length || q.end + 1 < q.s.end - 1 || writtenByAnother(p.sentence.text)) return undefined;
      return subjectOf(q.ctx, p.sentence, p.sentence.end);
    },
  },
  // "Obama named one worth keeping: “…”": a quote after a colon is the words of the
  // person its clause is about.
  // …not one the clause has asked or told ("Lowell was asked: “Did you …?”"): they answer after.
  { name: 'quote-after-colon', find: (q) => (endsInColon(q.text.slice(q.s.start, q.start - 1)) && !ADDRESSED.test(q.text.slice(q.s.start, q.start - 1)) ? subjectOf(q.ctx, q.s, q.start) : undefined) },
  // "The harbour board released the following statement:" then a paragraph of the statement, in
  // quote marks or none: the words of whoever the line has speak or issue them.
  { name: 'words-after-colon-line', find: (q) => (q.at <= 0 && opensParagraphAfterColonLine(q.ctx, q.s, q.prior) ? speakerOfColonLine(q.ctx, q.s, q.prior) : undefined) },
  // "Lowell wrote on the club's page:" then "We will row again. …" then "Our boathouse stays open
  // …": words brought in run on past their first paragraph, each paragraph after in the same
  // first-person voice with no mark, until the article's own voice resumes.
  { name: 'brought-in-words-run-on', continues: true, find: (q) => (q.at === -1 && broughtInRunsOn(q.ctx, q.s, q.prior) ? q.prior!.attributions[0].actor : undefined) },
];

// A line that brings in words with a colon: a document or a verb of speech shortly before it ("released
// the following statement:", "wrote on its page:", "a post, part of which read:").
const BRINGS_IN_WORDS = new RegExp(String.raw`\b(?:${[...DOCUMENTS].join('|')}|${SPEECH_VERB_ALTERNATION}|read|reads)\b[^:“”"]{0,40}:\s*$`, 'u');
// "She shared a letter a miller wrote to her:" then the letter: words that one named after an
// article wrote or sent are that one's, not those of the line's subject, who only passes them on.
const ISSUED_BY_ANOTHER = new RegExp(String.raw`\b(?:a|an|the)\s(?:\p{Ll}[\p{L}-]*\s){0,2}?\p{Ll}[\p{L}-]*\s(?:(?:had|has|have)\s)?${ISSUED.source}[^:]*:\s*$`, 'u');
const writtenByAnother = (line: string) => ISSUED_BY_ANOTHER.test(line);
// The writer's own voice, strictly: "I" as a word (not the letter of "F.B.I."), "we", "our", "my",
// "me"; not "US", the country.
const FIRST_PERSON = /(?:^|[^\p{L}.'’])(?:I(?:['’](?:m|ve|ll|d))?|[Ww]e(?:['’](?:re|ve|ll|d))?|[Mm]y|me|[Oo]ur|us)(?![\p{L}'’]|\.\p{L})/u;
const firstPerson = (s: Sentence) => ownVoice(s) && FIRST_PERSON.test(s.text);
/** The line that ends in a colon right before the paragraph `s` opens, and what was attributed in it. */
function colonLineBefore(ctx: Context, s: Sentence, prior?: QuoteCase['prior']): QuoteCase['prior'] {
  if (ctx.paragraphs[s.paragraph].start !== s.start) return undefined;
  const p = prior?.sentence;
  if (p && p.doc === s.doc && p.paragraph < s.paragraph && endsInColon(p.text)) return prior;
  // A short line that ends in a colon is often read as a headline, and skipped: it still brings in
  // what follows it ("Here's Lowell's reply:").
  const line = ctx.sentences[s.index - 1];
  return line && line.doc === s.doc && line.paragraph < s.paragraph && line.noise === 'headline' && endsInColon(line.text) ? { sentence: line, attributions: [] } : undefined;
}
/**
 * `s` opens the paragraph right after its article's line that brings in words with a colon, or
 * after any line ending in a colon when `s` speaks in the first person ("Marsh had a short
 * reply:", "Lowell took to her page to thank the crews:" then "I …", "We …").
 */
function opensParagraphAfterColonLine(ctx: Context, s: Sentence, prior?: QuoteCase['prior']): boolean {
  const line = colonLineBefore(ctx, s, prior)?.sentence;
  return !!line && (BRINGS_IN_WORDS.test(line.text) || firstPerson(s));
}
// "Lowell's reply:", "Here is Lowell's full statement:": whose the words are, by a possessive
// before a document or an answer.
const OWNS_WORDS = new RegExp(String.raw`^['’]s?\s+(?:[\p{L}-]+\s+){0,2}(?:${[...DOCUMENTS].join('|')}|reply|response|answer|message|note)\b`, 'u');
// Who the line has speak ("Lowell said:"), else the one who opens it and issues the document
// ("The council, which runs the port, issued a statement:"), else, when the words are in the first
// person, the one whose words the line says they are ("Marsh's reply:") or the person it is about
// ("Lowell took to her page:"): not a reporter or an outlet, whose lines pass on the news.
function speakerOfColonLine(ctx: Context, s: Sentence, prior?: QuoteCase['prior']): number | undefined {
  const { sentence: line, attributions } = colonLineBefore(ctx, s, prior)!;
  const said = attributions.at(-1)?.actor;
  if (said !== undefined) return said;
  const text = docOf(ctx, line);
  const mentions = line.noise ? namedInSkippedLine(ctx, line) : mentionsOf(ctx, line.index);
  const speaks = (m: Mention) => ['person', 'organization'].includes(ctx.actors[m.actor!].type) && !reportsNews(ctx, m.actor!);
  if (writtenByAnother(line.text)) return undefined;
  const issuer = mentions.find((m) => isSubject(ctx, m) && ['person', 'organization'].includes(ctx.actors[m.actor!].type) && ISSUED.test(text.slice(m.end, line.end)));
  if (issuer) return issuer.actor;
  if (!firstPerson(s)) return undefined;
  const owner = mentions.find((m) => OWNS_WORDS.test(text.slice(m.end, line.end)));
  if (owner) return speaks(owner) ? owner.actor : undefined;
  const first = mentions.find((m) => m.actor !== undefined);
  const subject = line.noise ? (first && isVerbForm(/^\s*(\p{L}+)/u.exec(text.slice(first.end, line.end))?.[1] ?? '') ? first.actor : undefined) : subjectOf(ctx, line, line.end);
  // A line an outlet opens passes on what it reports ("The Courier has read the memo:"); a name
  // after an article names a kind, not the subject ("a Lowell aide read it out:").
  const modifier = mentions.some((m) => m.actor === subject && /\b(?:a|an|the)\s+$/i.test(text.slice(line.start, m.start)));
  return subject !== undefined && !(first && reportsNews(ctx, first.actor!)) && !modifier && !reportsNews(ctx, subject) ? subject : undefined;
}
// A line read as a headline has no mentions: the names in it that stand for one person or body
// of the story, by the whole name or an alias, or a person's surname.
const CAPITALISED_RUN = /\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*/gu;
function namedInSkippedLine(ctx: Context, line: Sentence): Mention[] {
  const out: Mention[] = [];
  for (const m of line.text.matchAll(CAPITALISED_RUN)) {
    const name = m[0];
    const fits = ctx.actors.filter((a) => ['person', 'organization'].includes(a.type) && (a.name === name || a.aliases.has(name) || (a.type === 'person' && a.name.split(/\s+/).at(-1) === name)));
    if (fits.length === 1) out.push({ sentence: line.index, start: line.start + m.index!, end: line.start + m.index! + name.length, name, actor: fits[0].index });
  }
  return out;
}
// The prior sentence is words brought in, whole and unmarked, in a paragraph of its own (not a
// signed post nor an op-ed, whose own rules read them), and `s` opens the next paragraph in the
// same first-person voice.
function broughtInRunsOn(ctx: Context, s: Sentence, prior?: QuoteCase['prior']): boolean {
  if (!prior || !firstPerson(s) || ctx.paragraphs[s.paragraph].start !== s.start) return false;
  const p = prior.sentence;
  const [only, ...more] = prior.attributions;
  if (p.doc !== s.doc || p.paragraph !== s.paragraph - 1 || more.length || only?.kind !== 'direct' || only.start !== p.start || /["“”]/.test(p.text)) return false;
  return signedWords(ctx, p) === undefined && opEdWriter(ctx, p) === undefined;
}
// The sentences of a paragraph of words brought in with no quote marks: the first, after the line,
// and each one after a sentence of the paragraph read so (a whole sentence in one voice, no mark).
export function unmarkedWordsBroughtIn(ctx: Context, s: Sentence, prior?: QuoteCase['prior']): boolean {
  if (/["“”]/.test(s.text)) return false;
  if (opensParagraphAfterColonLine(ctx, s, prior) || broughtInRunsOn(ctx, s, prior)) return true;
  if (!prior) return false;
  const [only, ...more] = prior.attributions;
  return prior.sentence.paragraph === s.paragraph && !more.length && only?.kind === 'direct' && only.start === prior.sentence.start && !/["“”]/.test(prior.sentence.text);
}

// The quote ends a sentence of its own (a headline quoted before its byline ends in none); the
// name closes the line, or a comma or a phrase of what it was about follows it.
const DASH_SIGNATURE = /^[”"]\s*(?:—|–|--)\s*(?:[Tt]he\s+)?$/u;
const SIGNED = /^[”"]\s*(?:—|–|--)\s*\p{Lu}/u;
const AFTER_SIGNATURE = /^\s*(?:$|[,.;:(]|(?:on|in|at|of|about|after|when|who)\s)/u;
function signedBy(q: QuoteCase): number | undefined {
  // Only a quote that is the whole line: one a speech verb brings in ("… said “…” — Ann Lowell") is
  // another's words the signer passes on.
  if (q.at !== 0 || !/[.!?…]\s*$/u.test(q.text.slice(q.start, q.end))) return undefined;
  const m = mentionsOf(q.ctx, q.s.index).find((x) => x.start > q.end && DASH_SIGNATURE.test(q.text.slice(q.end, x.start)));
  const type = m && q.ctx.actors[m.actor!].type;
  return m && (type === 'person' || type === 'organization') && AFTER_SIGNATURE.test(q.text.slice(m.end, q.s.end)) ? m.actor : undefined;
}

/** Whether a quote rule after the one named gives the quote to someone. */
function givenByRuleAfter(q: QuoteCase, name: string): boolean {
  return QUOTE_RULES.slice(QUOTE_RULES.findIndex((r) => r.name === name) + 1).some((r) => r.find({ ...q, trace: undefined }) !== undefined);
}
// The quote runs to the end of its sentence; the next sentence of the paragraph closes it ("…,”)
// and a speech verb right after the mark names who spoke.
const CLOSES_THEN = /^[^“”"]+[”"]/u;
function closedBySpeakerAfter(q: QuoteCase): number | undefined {
  const next = q.ctx.sentences[q.s.index + 1];
  if (q.at < 0 || q.end < q.s.start + q.s.text.trimEnd().length || !next || next.noise || next.doc !== q.s.doc || next.paragraph !== q.s.paragraph) return undefined;
  const close = CLOSES_THEN.exec(next.text);
  if (!close) return undefined;
  const from = next.start + close[0].length;
  const verb = speechVerbs(q.text.slice(from, Math.min(next.end, from + AFTER_QUOTE)), from).sort((a, b) => a.start - b.start)[0];
  return verb && SAID_AFTER_QUOTE.test(q.text.slice(from - 1, next.end)) ? speakerOf(q.ctx, next, verb, from, q.recent, q.spoke, q.trace) : undefined;
}
// "Lowell said: “The dig is done. We found the hall. It is older than we thought.”": the
// sentences between the one that opens a quote and the one that closes it bear no mark; each
// leaves the quote open for the next, as the opening one does.
export function leavesQuoteOpen(p?: QuoteCase['prior']): p is NonNullable<QuoteCase['prior']> {
  if (!p) return false;
  if (OPEN_QUOTE.test(p.sentence.text)) return true;
  const [only, ...more] = p.attributions;
  return !more.length && only?.kind === 'direct' && only.start === p.sentence.start && !/["“”]/.test(p.sentence.text);
}
// …only when the quote is closed after it: by a closing mark later in its paragraph, or, a long
// quote's convention, by the next paragraph opening with a mark. A stray mark a scraper left
// open closes nothing.
export function quoteClosesLater(ctx: Context, s: Sentence): boolean {
  const text = docOf(ctx, s);
  const paragraph = ctx.paragraphs[s.paragraph];
  const mark = /["“”]/.exec(text.slice(s.end, paragraph.end));
  if (mark) return mark[0] === '”' || (mark[0] === '"' && /\S/.test(text[s.end + mark.index - 1] ?? ''));
  const next = ctx.paragraphs[s.paragraph + 1];
  return !!next && next.doc === paragraph.doc && /^\s*["“]/.test(text.slice(next.start, next.end));
}

// The quote's paragraph follows the one of the article's sentence before (`prior`): only page
// furniture stands between them, a "Read more" link or a caption line, which parts no speaker from
// their words (the sentence before skips noise, so any paragraph between holds only noise). Not a
// line that ends in a colon, whatever was read of it: "She read out a letter Marsh wrote:"
// brings in someone else's words.
const paragraphAfter = (q: QuoteCase, prior: Sentence) =>
  prior.doc === q.s.doc && prior.paragraph < q.s.paragraph && !q.ctx.sentences.slice(prior.index + 1, q.s.index).some((x) => endsInColon(x.text));
// Quotes these rules find are quiet, and so are those that go on from them: they are the middle
// of someone's longer words, reaction rather than news, so the summary does not take them alone
// for having found their speaker (taking them cost summary ROUGE on the validation clusters).
export const QUIET_QUOTE_RULES = new Set(['speaker-apposed-after-quote', 'quote-after-reported-in-paragraph', 'words-after-colon-line', 'words-of-signed-post', 'words-of-op-ed-writer']);
/** The quote rules that read a quote's paragraph with paragraphAfter. */
export const PAST_FURNITURE = new Set(['continues-after-closed-quote', 'quote-after-reported-speech']);
const opensParagraph = (q: QuoteCase) => q.at === 0 && q.ctx.paragraphs[q.s.paragraph].start === q.s.start;

// A possessive, then up to two words and a role or kin noun: "'s mother", "’s former press aide".
const OWNED = /^['’]s?\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u;
const ownsPerson = (after: string) => OWNED.exec(after)?.[1].split(/\s+/).some((w) => isRoleNoun(w)) ?? false;
/** The person a sentence is about: a named person opening it, or "he"/"she" standing for the one last named. */
function subjectOf(ctx: Context, s: Sentence, before: number): number | undefined {
  const text = docOf(ctx, s);
  // …opening it, or the subject of a verb after a fronted clause ("Tallying up …, Obama offered …").
  const verbAfter = (m: Mention) => isVerbForm(/^\s*(\p{L}+)/u.exec(textAfter(text, m, 30))?.[1] ?? '');
  const person = mentionsOf(ctx, s.index).find((m) => m.start < before && (personSubject(ctx, m) || verbAfter(m)) && ctx.actors[m.actor!].type === 'person');
  // "Lowell's mother then took the stage, telling the crowd: “…”": one whose relative or aide
  // opens the sentence is not its subject; the one they own is, unnamed here.
  if (person && ownsPerson(textAfter(text, person, 60))) return undefined;
  if (person) return person.actor;
  // "But his enthusiasm still shines through: “…”": the person whose it is.
  const pronoun = /^\W*(?:\p{Lu}\p{L}*\s+){0,2}?(he|she|his|her)\b/iu.exec(text.slice(s.start, before));
  return pronoun ? resolve(ctx, s.start, s.doc, namedPerson(ctx, /^h(?:e|is)$/i.test(pronoun[1]) ? 'he' : 'she')) : undefined;
}
