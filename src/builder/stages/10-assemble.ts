// Writes the briefing JSON from what the stages found; every reader-facing item keeps the
// exact source span it came from.
import { FORMAT_VERSION, type Actor, type Briefing, type Evidence } from '../../format/schema.js';
import type { Context, Sentence } from '../types.js';
import { GENERATOR } from '../version.js';

const MAX_ACTORS = 24;
const MIN_SALIENCE = 0.04;

const evidenceOf = (ctx: Context, s: Sentence): Evidence => ({ source: ctx.docs[s.doc].sourceId, start: s.start, end: s.end, text: s.text });

export function assemble(ctx: Context): void {
  // Actors shown: everyone who takes a position, and the salient others. A name met once is
  // shown only when the text says who it is (a role).
  const speaking = new Set(ctx.positions.map((p) => p.actor));
  const shown = ctx.actors.filter(
    (a, rank) => speaking.has(a.index) || (rank < MAX_ACTORS && a.salience >= MIN_SALIENCE && (a.mentions.length > 1 || (a.type === 'person' && a.role !== ''))),
  );
  const idOf = new Map(shown.map((a) => [a.index, `a${a.index + 1}`]));

  const actors: Actor[] = shown.map((a) => ({
    id: idOf.get(a.index)!,
    name: a.name,
    aliases: [...a.aliases].filter((x) => x !== a.name).sort(),
    type: a.type,
    role: a.role,
    salience: Math.round(a.salience * 1000) / 1000,
    mentions: a.mentions.length,
    sources: [...new Set(a.mentions.map((m) => ctx.docs[ctx.sentences[m.sentence].doc].sourceId))],
  }));

  const open = ctx.questions.filter((q) => !q.answer);
  const answered = ctx.questions.filter((q) => q.answer);
  const ids = (list: number[]) => list.filter((a) => idOf.has(a)).map((a) => idOf.get(a)!);
  const summarySentences = ctx.summary.map((i) => ctx.sentences[i]);

  const briefing: Briefing = {
    version: FORMAT_VERSION,
    id: ctx.options.id,
    title: ctx.options.title ?? ctx.docs.find((d) => d.title)?.title ?? titleFrom(ctx),
    generator: GENERATOR,
    summary: { text: summarySentences.map((s) => s.text).join(' '), evidence: summarySentences.map((s) => evidenceOf(ctx, s)) },
    keyPoints: ctx.keyPoints.map((i) => ({ text: ctx.sentences[i].text, evidence: [evidenceOf(ctx, ctx.sentences[i])] })),
    sources: ctx.docs.map((d) => ({
      id: d.sourceId,
      title: d.title ?? leadTitle(ctx, d.index),
      ...(d.url ? { url: d.url } : {}),
      ...(d.publisher ? { publisher: d.publisher } : {}),
      ...(d.publishedAt ? { publishedAt: d.publishedAt } : {}),
    })),
    actors,
    positions: ctx.positions.map((p, i) => ({
      id: `p${i + 1}`,
      actor: idOf.get(p.actor)!,
      text: p.text,
      ...(p.quote ? { quote: p.quote } : {}),
      kind: p.kind,
      evidence: p.evidence,
    })),
    questions: open.map((q, i) => ({ id: `q${i + 1}`, text: q.text, kind: q.kind, actors: ids(q.actors), evidence: q.sentences.map((s) => evidenceOf(ctx, ctx.sentences[s])) })),
    resolved: answered.map((q, i) => ({
      id: `r${i + 1}`,
      text: q.text,
      answer: q.answer!.text,
      actors: ids(q.actors),
      evidence: [evidenceOf(ctx, ctx.sentences[q.answer!.sentence])],
    })),
  };
  ctx.briefing = briefing;
}

// Without a headline, name the story by its most salient people.
function titleFrom(ctx: Context): string {
  const names = ctx.actors.filter((a) => a.type === 'person').slice(0, 3).map((a) => a.name);
  if (!names.length) return ctx.options.id;
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const TITLE_WORDS = 10;

// A source without a title is named by the opening words of its first real sentence.
function leadTitle(ctx: Context, doc: number): string {
  const lead = ctx.sentences.find((s) => s.doc === doc && !s.noise) ?? ctx.sentences.find((s) => s.doc === doc);
  if (!lead) return `Source ${doc + 1}`;
  const words = lead.text.split(/\s+/);
  return words.length > TITLE_WORDS ? `${words.slice(0, TITLE_WORDS).join(' ').replace(/[,;:]$/, '')}…` : lead.text;
}
