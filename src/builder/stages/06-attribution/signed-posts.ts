// A post reproduced in an article, signed at its end as the platforms print an embedded post:
// "Ferries run on time again. I thank our crews. — Ann Lowell (@annlowell) May 4, 2021". The
// words before the signature are the signer's own, in the first person, with no quote marks and
// no speech verb: the author named in the document itself.
import type { Context, Sentence } from '../../types.js';
import { JOURNALISTS, MONTH_NAMES, isOutletName } from '../../lexicon.js';
import { mentionsOf } from '../../mentions-of.js';
import { docOf } from './common.js';
import { oncePerRun } from '../../per-run.js';

const MONTH = String.raw`(?:${MONTH_NAMES})\.?`;
// A dash, the display name, the handle in brackets, the date: the whole signature line of a post.
// The name opens and closes on a non-space, so the spaces around it are read one way only (split
// three ways, a long run of spaces after a dash took minutes).
export const SIGNATURE = new RegExp(String.raw`(?:^|\s)(?:—|–|--|-)\s*(?!\s)([^—–()\n]{1,60}?)(?<!\s)\s*\(@\w{1,30}\)\s+(?:on\s+)?${MONTH}\s+\d{1,2},\s+\d{4}`, 'gu');
// The same, to ask of one sentence whether it holds a signature (a global pattern's test would
// carry its lastIndex from one sentence to the next).
const HAS_SIGNATURE = new RegExp(SIGNATURE.source, 'u');
// Links a post ends with ("https://t.co/…", "pic.twitter.com/…") are no words of its author.
const TRAILING_LINKS = /(?<!\s)(?:\s*(?:https?:\/\/\S+|pic\.twitter\.com\/\S+))+\s*$/u;

export interface SignedWords {
  /** The actor who signs the post. */
  signer: number;
  /** The words of the post in the sentence, from its start: the signature and links left out. */
  body: string;
}

/** Who signs the post the sentence belongs to: the first signature of its paragraph at or after it. */
function signatureOf(ctx: Context, s: Sentence): { start: number; nameStart: number; nameEnd: number } | undefined {
  const paragraph = ctx.paragraphs[s.paragraph];
  const text = docOf(ctx, s);
  for (const m of text.slice(paragraph.start, paragraph.end).matchAll(SIGNATURE)) {
    const start = paragraph.start + m.index + (m[0].length - m[0].trimStart().length);
    if (start < s.start) continue;
    const nameStart = paragraph.start + m.index + m[0].indexOf(m[1]);
    return { start, nameStart, nameEnd: nameStart + m[1].length };
  }
  return undefined;
}

// A reporter's or an outlet's post passes on the news, as the articles do: its words are no
// position of theirs ("— Ann Lowell, WXYZ reporter", "— Harbor Daily News").
export function reportsNews(ctx: Context, actor: number): boolean {
  const a = ctx.actors[actor];
  if (a.type === 'organization') return isOutletName(a.name);
  return [...a.roles.keys()].some((r) => JOURNALISTS.has(r.toLowerCase().split(/\s+/).at(-1) ?? ''));
}

// A signer the articles name only in signatures is someone whose post a page embeds among many
// reactions, not an actor of the story: the post must be by one the story names elsewhere.
function namedOutsideSignatures(ctx: Context, actor: number): boolean {
  return ctx.actors[actor].mentions.some((m) => {
    const s = ctx.sentences[m.sentence];
    return !s.noise && !HAS_SIGNATURE.test(s.text);
  });
}

// Words a post quotes from someone else ("Source: “The harbour is closed.”") stay theirs: no
// sentence with a quote mark, nor one a quote opened before in the post runs on into.
function insideQuote(ctx: Context, s: Sentence): boolean {
  const before = docOf(ctx, s).slice(ctx.paragraphs[s.paragraph].start, s.start);
  return /["“”]/.test(s.text) || (before.match(/["“”]/g) ?? []).length % 2 === 1;
}

/**
 * The sentence that holds the span, looked for from `from` on: the signature stands at or after
 * it in its paragraph, and sentences stand in document order, so none before it can.
 */
function sentenceHolding(ctx: Context, from: Sentence, start: number, end: number): Sentence | undefined {
  for (let i = from.index; i < ctx.sentences.length && ctx.sentences[i].doc === from.doc && ctx.sentences[i].start <= start; i++) {
    if (ctx.sentences[i].end >= end) return ctx.sentences[i];
  }
  return undefined;
}

/**
 * The sentence's words as part of a post signed by an actor of the story, or undefined. Read once
 * per sentence: the quote rules, their `names` test and the run-on of brought-in words all ask.
 */
export const signedWords = (ctx: Context, s: Sentence): SignedWords | undefined => signedWordsOf(ctx, s.index);
const signedWordsOf = oncePerRun((ctx: Context, index: number) => readSignedWords(ctx, ctx.sentences[index]));

function readSignedWords(ctx: Context, s: Sentence): SignedWords | undefined {
  const signature = signatureOf(ctx, s);
  if (!signature || insideQuote(ctx, s)) return undefined;
  const line = sentenceHolding(ctx, s, signature.nameStart, signature.nameEnd);
  const named = line && mentionsOf(ctx, line.index).find((m) => m.start >= signature.nameStart && m.end <= signature.nameEnd);
  if (!named) return undefined;
  const signer = named.actor!;
  const type = ctx.actors[signer].type;
  if ((type !== 'person' && type !== 'organization') || reportsNews(ctx, signer) || !namedOutsideSignatures(ctx, signer)) return undefined;
  const body = s.text.slice(0, Math.max(0, Math.min(s.end, signature.start) - s.start)).replace(TRAILING_LINKS, '').trimEnd();
  return body ? { signer, body } : undefined;
}
