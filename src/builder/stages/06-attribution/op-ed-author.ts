// An op-ed or essay an actor of the story wrote, told by its tag line, the short paragraph at its
// end that says who the writer is: "I will not sign the harbour bill. … Ms. Lowell is the governor
// of Harlow." The first-person sentences before it are the writer's own words: the author named
// in the document itself. A column signed by a reporter is no one's position (reportsNews).
import type { Context, Sentence } from '../../types.js';
import { mentionsOf } from '../../mentions-of.js';
import { oncePerRun } from '../../per-run.js';
import { reportsNews } from './signed-posts.js';

// How far from the article's end the tag line stands: page lines may follow it ("A version of
// this article appeared in print …").
const TAG_LINE_FROM_END = 3;
/** First-person sentences the article must hold before its tag line to read as written by its author. */
const MIN_OWN_SENTENCES = 3;
// What stands before the writer's name in a tag line: a courtesy title or an office's short form.
const BEFORE_NAME = /^(?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.?\s+)?$/u;
// …and after it: what the writer is or does ("is the governor of", "represents", "serves on");
// not what the writer did in the story ("Lowell was asked …").
const AFTER_NAME = /^\s+(?:(?:currently|now)\s+)?(?:(?:is|was)\s+(?:a|an|the|his|her|their)\s|represents\s|serves\s+(?:as|on|in)\s|chairs\s|leads\s|heads\s)/u;
// The writer's own voice: "I", "my", "we", "our" as words. Words in quote marks are someone else's.
const FIRST_PERSON = /(?:^|[^\p{L}'’])(?:I|I['’](?:m|ve|ll|d)|me|my|we|we['’](?:re|ve|ll|d)|us|our)(?![\p{L}'’])/iu;
const QUOTE_MARK = /["“”]/;

/** A sentence in someone's own voice: the first person, no quote marks, no page furniture. */
export const ownVoice = (s: Sentence) => !s.noise && !QUOTE_MARK.test(s.text) && FIRST_PERSON.test(s.text);

/** The writer of the article and the paragraph of its tag line, or null. */
function writerOf(ctx: Context, doc: number): { actor: number; paragraph: number } | null {
  const sentences = ctx.sentences.filter((s) => s.doc === doc && !s.noise);
  const paragraphs = [...new Set(sentences.map((s) => s.paragraph))].slice(-TAG_LINE_FROM_END);
  const text = ctx.docs[doc].text;
  for (const p of paragraphs) {
    const first = sentences.find((s) => s.paragraph === p)!;
    // A tag line is the writer's short note, no one's quoted words.
    if (sentences.some((s) => s.paragraph === p && QUOTE_MARK.test(s.text))) continue;
    const named = mentionsOf(ctx, first.index).find((m) => BEFORE_NAME.test(text.slice(first.start, m.start)) && AFTER_NAME.test(text.slice(m.end, first.end)));
    if (!named || ctx.actors[named.actor!].type !== 'person' || reportsNews(ctx, named.actor!)) continue;
    if (sentences.filter((s) => s.paragraph < p && ownVoice(s)).length < MIN_OWN_SENTENCES) continue;
    return { actor: named.actor!, paragraph: p };
  }
  return null;
}

// Read once for each article of a run.
const writerOfDoc = oncePerRun(writerOf);

/** The writer whose own words the sentence is, when its article is their op-ed and it speaks in the first person. */
export function opEdWriter(ctx: Context, s: Sentence): number | undefined {
  const writer = writerOfDoc(ctx, s.doc);
  return writer && s.paragraph < writer.paragraph && ownVoice(s) ? writer.actor : undefined;
}
