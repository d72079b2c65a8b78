// What every job of the stage reads: the quote marks, how far a subject or a quote reaches, a
// verb's span, and the latest mention before a place that fits.
import type { Context, Mention, Sentence } from '../../types.js';
import { mentionsInDocs } from '../../mentions-of.js';

// Either mark may open or close a quote: scraped text mixes them (“… capabilities.").
// Wire copy may close a quote with two apostrophes ("We didn't have some grand plan,'' mom … told").
export const QUOTE = /[“"]((?:[^“”"']|'(?!'))+)(?:[”"]|'')/g;
// A quote still open at the end of its sentence runs on into the next paragraph (each paragraph
// of a long quote opens with a mark, only the last one closes).
export const OPEN_QUOTE = /(?:^|[\s:(—-])[“"](?=[\p{L}\p{N}‘'])((?:[^“”"']|'(?!'))+)$/u;
// A sentence that only closes a quote: no opening mark, one closing mark at its end.
export const CLOSES_ONLY = /^(?![“"])([^“”"]+)[”"]\s*$/u;
export const PRONOUN = /^(?:he|she)$/i;
/** How far back from its verb a subject may stand, in characters. */
export const SUBJECT_REACH = 200;
export const AFTER_QUOTE = 60;
/** How many sentences back the last speaker still answers to "he" or "she". */
export const FOCUS_SPAN = 3;
export const BEFORE_QUOTE = 100;
// Marks that close a clause: the subject of a verb never stands beyond one; a spaced en dash
// is a dash ("… Tom Brandt – debts she said").
export const CLAUSE_MARK = /[“”";:—]|\s–\s/g;
// "the agency said", and where it opens the sentence, "The agency denied …".
export const DESCRIPTION = /\b[Tt]he\s+((?:[\p{L}-]+\s+){0,2}?)(\p{L}+)\s*$/u;

export interface Span {
  start: number;
  end: number;
  /** The row of `ACTIONS` when the verb opens an act rather than speech ("plans to"): the claim keeps the verb. */
  act?: string;
  /** A verb only a document speaks with ("the report found"): no one else is its subject. */
  document?: true;
  /** The speaker opens the sentence, an apposition between them and the verb: the claim follows the verb. */
  subjectFirst?: true;
}

export const docOf = (ctx: Context, s: Sentence) => ctx.docs[s.doc].text;

/** The latest mention before `at` in the document that fits: a named person for "he", a role or name word for "the X". */
export function resolveMention(ctx: Context, at: number, doc: number, fits: (m: Mention) => boolean): Mention | undefined {
  const inDoc = mentionsInDocs(ctx).get(doc) ?? [];
  for (let i = inDoc.length - 1; i >= 0; i--) {
    const m = inDoc[i];
    if (m.start >= at || m.actor === undefined) continue;
    if (fits(m)) return m;
  }
  return undefined;
}
export const resolve = (ctx: Context, at: number, doc: number, fits: (m: Mention) => boolean) => resolveMention(ctx, at, doc, fits)?.actor;
