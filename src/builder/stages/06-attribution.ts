// Finds who says what: direct quotes with their speaker, reported speech after a speech verb,
// "according to" phrases; speakers resolved through names, pronouns and titles
// ("he said", "the minister added").
import type { Attribution, Context, Mention, Sentence } from '../types.js';
import { SPEECH_VERBS, TITLE_HEADS, WEAK_SPEECH_VERBS } from '../lexicon.js';
import { tokenize, wordCount } from '../text.js';

const QUOTE = /“([^“”]+)”|"([^"]+)"/g;
const PRONOUN = /^(?:he|she)$/i;
const NEAR = 45; // characters between a speaker and its verb

interface Span {
  start: number;
  end: number;
}

/** Resolves who "he", "she" or "the minister" is: the latest fitting person before `at` in the document. */
function resolveReference(at: number, doc: number, ctx: Context, roleHead?: string): number | undefined {
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.start >= at || ctx.sentences[m.sentence].doc !== doc || m.actor === undefined) continue;
    const a = ctx.actors[m.actor];
    if (a.type !== 'person') continue;
    if (roleHead && ![...a.roles.keys()].some((r) => r.toLowerCase().includes(roleHead))) continue;
    return a.index;
  }
  return undefined;
}

function mentionsIn(ctx: Context, s: Sentence): Mention[] {
  return ctx.mentions.filter((m) => m.sentence === s.index && m.actor !== undefined);
}

/** The speaker written within `window` (document offsets): a name, a pronoun or "the <title>". */
function speakerIn(ctx: Context, s: Sentence, window: Span, prefer: 'first' | 'last'): number | undefined {
  const ms = mentionsIn(ctx, s).filter((m) => m.start >= window.start && m.end <= window.end);
  if (ms.length) return (prefer === 'first' ? ms[0] : ms[ms.length - 1]).actor;
  const text = ctx.docs[s.doc].text.slice(window.start, window.end);
  for (const t of tokenize(text, window.start)) {
    if (PRONOUN.test(t.text)) return resolveReference(t.start, s.doc, ctx);
  }
  const title = /\bthe\s+(?:[\p{L}.]+\s+){0,3}?(\p{L}+)\b/iu.exec(text);
  if (title && TITLE_HEADS.has(title[1].toLowerCase())) return resolveReference(window.start, s.doc, ctx, title[1].toLowerCase());
  return undefined;
}

// Speech verbs in the text, "said"-like ones before "believes"-like ones.
function speechVerbs(text: string, offset: number): Span[] {
  const found = tokenize(text, offset).filter((t) => SPEECH_VERBS.has(t.text.toLowerCase()));
  const weak = (t: { text: string }) => (WEAK_SPEECH_VERBS.has(t.text.toLowerCase()) ? 1 : 0);
  return found.sort((a, b) => weak(a) - weak(b)).map((t) => ({ start: t.start, end: t.end }));
}

export function attributeSentence(ctx: Context, s: Sentence): Attribution[] {
  const out: Attribution[] = [];
  const quotes: Span[] = [];
  for (const m of s.text.matchAll(QUOTE)) {
    const body = m[1] ?? m[2];
    const start = s.start + m.index! + 1;
    quotes.push({ start: start - 1, end: start + body.length + 1 });
    if (wordCount(body) < 4) continue;
    // Speaker after the quote (", Lavrov said") or before it ("Lavrov said: “…”").
    const after = { start: start + body.length + 1, end: Math.min(s.end, start + body.length + 1 + NEAR) };
    const before = { start: Math.max(s.start, start - 1 - NEAR), end: start - 1 };
    const afterText = ctx.docs[s.doc].text.slice(after.start, after.end);
    const beforeText = ctx.docs[s.doc].text.slice(before.start, before.end);
    let actor: number | undefined;
    if (speechVerbs(afterText, after.start).length) actor = speakerIn(ctx, s, after, 'first');
    if (actor === undefined && speechVerbs(beforeText, before.start).length) actor = speakerIn(ctx, s, before, 'last');
    if (actor !== undefined) out.push({ sentence: s.index, actor, kind: 'direct', start, end: start + body.length });
  }
  if (out.length) return out;

  // Reported speech: "<speaker> said (that) …", "…, <speaker> said", "according to <speaker>".
  const outsideQuotes = (v: Span) => !quotes.some((q) => v.start > q.start && v.end < q.end);
  const according = /\baccording to\s+/i.exec(s.text);
  let actor: number | undefined;
  if (according) {
    const from = s.start + according.index + according[0].length;
    actor = speakerIn(ctx, s, { start: from, end: Math.min(s.end, from + NEAR) }, 'first');
  }
  for (const v of speechVerbs(s.text, s.start).filter(outsideQuotes)) {
    if (actor !== undefined) break;
    actor = speakerIn(ctx, s, { start: Math.max(s.start, v.start - NEAR), end: v.start }, 'last');
    if (actor === undefined) actor = speakerIn(ctx, s, { start: v.end, end: Math.min(s.end, v.end + NEAR) }, 'first');
  }
  if (actor !== undefined) out.push({ sentence: s.index, actor, kind: 'reported', start: s.start, end: s.end });
  return out;
}

export function attribution(ctx: Context): void {
  ctx.attributions = ctx.sentences.filter((s) => !s.noise).flatMap((s) => attributeSentence(ctx, s));
}
