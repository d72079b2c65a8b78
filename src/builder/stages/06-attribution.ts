// Finds who says what: direct quotes with their speaker, reported speech after a speech verb,
// "according to" phrases; speakers resolved through names, pronouns and descriptions
// ("he said", "the minister added", "the bureau said").
import type { Attribution, Context, Mention, Sentence } from '../types.js';
import { SPEECH_VERBS, WEAK_SPEECH_VERBS } from '../lexicon.js';
import { tokenize, wordCount } from '../text.js';

const QUOTE = /“([^“”]+)”|"([^"]+)"/g;
const PRONOUN = /^(?:he|she)$/i;
/** How far back from its verb a subject may stand, in characters. */
const SUBJECT_REACH = 120;
const AFTER_QUOTE = 60;
const BEFORE_QUOTE = 100;
// Marks that close a clause: the subject of a verb never stands beyond one.
const CLAUSE_MARK = /[“”";:—(]/g;
const DESCRIPTION = /\bthe\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s*(?:,[^,]*,\s*)?$/u;

interface Span {
  start: number;
  end: number;
}

const docOf = (ctx: Context, s: Sentence) => ctx.docs[s.doc].text;

/** The latest actor before `at` in the document that fits: a named person for "he", a role or name word for "the X". */
function resolve(ctx: Context, at: number, doc: number, fits: (m: Mention) => boolean): number | undefined {
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.start >= at || m.actor === undefined || ctx.sentences[m.sentence].doc !== doc) continue;
    if (fits(m)) return m.actor;
  }
  return undefined;
}

const namedPerson = (ctx: Context) => (m: Mention) => {
  const a = ctx.actors[m.actor!];
  return a.type === 'person' && (a.name.includes(' ') || [...a.roles.keys()].some(Boolean));
};

const described = (ctx: Context, noun: string) => (m: Mention) => {
  const a = ctx.actors[m.actor!];
  const words = [a.name, ...a.roles.keys()].join(' ').toLowerCase().split(/\s+/);
  return words.includes(noun);
};

/** Who is the subject of the speech verb at `verb`: the nearest name, pronoun or description before it in the clause, or the name right after it ("said Hina Shamsi"). */
export function speakerOf(ctx: Context, s: Sentence, verb: Span, floor: number): number | undefined {
  const text = docOf(ctx, s);
  let from = Math.max(floor, s.start, verb.start - SUBJECT_REACH);
  for (const m of text.slice(from, verb.start).matchAll(CLAUSE_MARK)) from = Math.max(from, from + m.index! + 1);
  const gap = text.slice(from, verb.start);
  const named = ctx.mentions.filter((m) => m.sentence === s.index && m.actor !== undefined && m.start >= from && m.end <= verb.start);
  const closest = named.length ? named[named.length - 1] : undefined;
  const pronoun = tokenize(gap, from).filter((t) => PRONOUN.test(t.text)).pop();
  if (pronoun && (!closest || pronoun.start > closest.end)) return resolve(ctx, pronoun.start, s.doc, namedPerson(ctx));
  const description = DESCRIPTION.exec(gap);
  if (description && (!closest || from + description.index > closest.end)) {
    const found = resolve(ctx, from + description.index, s.doc, described(ctx, description[1]));
    if (found !== undefined) return found;
  }
  if (closest) return closest.actor;
  // Inverted order: "…,” said Hina Shamsi, the director of …
  const after = ctx.mentions.find((m) => m.sentence === s.index && m.actor !== undefined && m.start >= verb.end && /^\s+(?:the\s+)?(?:[\p{L}.]+\s+){0,3}$/u.test(text.slice(verb.end, m.start)) && m.start - verb.end < 40);
  return after?.actor;
}

// Speech verbs in the text, "said"-like ones before "believes"-like ones.
function speechVerbs(text: string, offset: number): Span[] {
  const found = tokenize(text, offset).filter((t) => SPEECH_VERBS.has(t.text.toLowerCase()));
  const weak = (t: { text: string }) => (WEAK_SPEECH_VERBS.has(t.text.toLowerCase()) ? 1 : 0);
  return found.sort((a, b) => weak(a) - weak(b)).map((t) => ({ start: t.start, end: t.end }));
}

export function attributeSentence(ctx: Context, s: Sentence, previous?: Attribution): Attribution[] {
  const out: Attribution[] = [];
  const text = docOf(ctx, s);
  const quotes: Span[] = [];
  for (const m of s.text.matchAll(QUOTE)) {
    const body = m[1] ?? m[2];
    const start = s.start + m.index! + 1;
    const end = start + body.length;
    quotes.push({ start: start - 1, end: end + 1 });
    if (wordCount(body) < 4) continue;
    // Speaker after the quote (", Lavrov said") or before it ("Lavrov said: “…”").
    const afterVerb = speechVerbs(text.slice(end + 1, Math.min(s.end, end + 1 + AFTER_QUOTE)), end + 1)[0];
    let actor = afterVerb && speakerOf(ctx, s, afterVerb, end + 1);
    if (actor === undefined) {
      const beforeVerbs = speechVerbs(text.slice(Math.max(s.start, start - 1 - BEFORE_QUOTE), start - 1), Math.max(s.start, start - 1 - BEFORE_QUOTE));
      const verb = beforeVerbs.sort((a, b) => b.start - a.start)[0];
      if (verb) actor = speakerOf(ctx, s, verb, s.start);
    }
    // A quote that opens a sentence right after another speaker's quote continues it.
    if (actor === undefined && previous?.kind === 'direct' && m.index === 0 && ctx.sentences[previous.sentence].paragraph === s.paragraph) actor = previous.actor;
    if (actor !== undefined) out.push({ sentence: s.index, actor, kind: 'direct', start, end });
  }
  if (out.length) return out;

  // Reported speech: "<speaker> said (that) …", "…, <speaker> said", "according to <speaker>".
  const outsideQuotes = (v: Span) => !quotes.some((q) => v.start > q.start && v.end < q.end);
  let actor: number | undefined;
  const according = /\baccording to\s+/i.exec(s.text);
  if (according) {
    const from = s.start + according.index + according[0].length;
    actor = ctx.mentions.find((m) => m.sentence === s.index && m.actor !== undefined && m.start >= from && m.start - from < 30)?.actor;
  }
  for (const v of speechVerbs(s.text, s.start).filter(outsideQuotes)) {
    if (actor !== undefined) break;
    actor = speakerOf(ctx, s, v, s.start);
  }
  if (actor !== undefined) out.push({ sentence: s.index, actor, kind: 'reported', start: s.start, end: s.end });
  return out;
}

export function attribution(ctx: Context): void {
  const out: Attribution[] = [];
  for (const s of ctx.sentences) {
    if (s.noise) continue;
    const last = out[out.length - 1];
    out.push(...attributeSentence(ctx, s, last && last.sentence >= s.index - 1 ? last : undefined));
  }
  ctx.attributions = out;
}
