// Writes the briefing JSON from what the stages found; every reader-facing item keeps the
// exact source span it came from.
import { FORMAT_VERSION, type Actor, type Briefing, type Evidence } from '../../format/schema.js';
import type { ActorDraft, Context, Sentence } from '../types.js';
import { SUBORDINATORS, TIME_BEFORE } from '../text/grammar.js';
import { GENERATOR } from '../version.js';
import { SPEECH_VERB_ALTERNATION, hasVerb } from '../lexicon.js';
import { actorKeyId, disambiguate, normalizeKey, textKeyId } from '../stable-ids.js';

const MAX_ACTORS = 24;
const MIN_SALIENCE = 0.04;

// "Dana Ruiz", not "Ruiz": a person the articles name by a first name and a surname.
const inFull = (a: ActorDraft) => a.type === 'person' && /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(a.name);
// A person named in full with a role ("Treasury Secretary Dana Ruiz") is shown whatever share of
// the top actor's weight one mention gives: in a long story led by one name, the others the
// articles say who they are are still people a reader meets.
const namedInFull = (a: ActorDraft) => inFull(a) && a.role !== '';
// A person named once in full with an age ("22-year-old Dana Ruiz") is described, as one with a role is.
const aged = (a: ActorDraft) => inFull(a) && a.mentions.some((m) => m.age !== undefined);

const evidenceOf = (ctx: Context, s: Sentence, from = 0): Evidence => ({ source: ctx.docs[s.doc].sourceId, start: s.start + from, end: s.end, text: s.text.slice(from) });

export function assemble(ctx: Context): void {
  // Actors shown: everyone who takes a position, and the salient others. A name met once is
  // shown only when the text says who it is (a role) or, for an institution, when it does
  // something ("the FBI is investigating").
  // The three tests are independent: a speaker is always shown; any other actor must rank among
  // the first MAX_ACTORS of all ranked actors (hidden ones hold a place too), reach MIN_SALIENCE
  // of the top actor, and pass the once-named test. The window only cuts where speakers fill
  // it, so counting shown actors only would change almost no briefing.
  const speaking = new Set(ctx.positions.map((p) => p.actor));
  const shown = ctx.actors.filter(
    (a, rank) => speaking.has(a.index) || (rank < MAX_ACTORS && (a.salience >= MIN_SALIENCE || namedInFull(a)) && (a.mentions.length > 1 || (a.type === 'organization' && a.acts) || (a.type === 'person' && a.role !== '') || aged(a))),
  );
  // Ids name what an item is (see stable-ids.ts), so an editor's corrections survive a rebuild.
  const actorIds = disambiguate(shown, (a) => actorKeyId(a.name), (a) => `${a.type} ${normalizeKey(a.role)} ${[...a.aliases].sort().join(' ')}`);
  const idOf = new Map(shown.map((a, i) => [a.index, actorIds[i]]));

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

  const positionIds = disambiguate(ctx.positions, (p) => textKeyId('p', p.text), (p) => `${normalizeKey(ctx.actors[p.actor].name)} ${normalizeKey(p.quote ?? '')}`);
  // An open question and the same question once answered share an id: a correction follows it.
  const questionIds = disambiguate(ctx.questions, (q) => textKeyId('q', q.text), (q) => normalizeKey(ctx.sentences[q.sentences[0]].text));
  const questionId = new Map(ctx.questions.map((q, i) => [q, questionIds[i]]));
  const keyPointIds = disambiguate(ctx.keyPoints, (i) => textKeyId('k', ctx.sentences[i].text), () => '');
  const open = ctx.questions.filter((q) => !q.answer);
  const answered = ctx.questions.filter((q) => q.answer);
  const ids = (list: number[]) => list.filter((a) => idOf.has(a)).map((a) => idOf.get(a)!);
  // What of each summary sentence is shown: all of it, or from a later start.
  const summaryShown = ctx.summary.map((i) => evidenceOf(ctx, ctx.sentences[i], ctx.summaryFrom?.get(i)));

  const given = ctx.options.title ?? ctx.docs.find((d) => d.title)?.title;
  const headline = given ? undefined : headlineOf(ctx);
  const briefing: Briefing = {
    version: FORMAT_VERSION,
    id: ctx.options.id,
    title: given ?? headline?.title ?? titleFrom(ctx),
    ...(headline ? { titleEvidence: [headline.evidence] } : {}),
    generator: GENERATOR,
    language: 'en', // the builder's rules and word lists read English
    summary: { text: summaryShown.map((e) => e.text).join(' '), evidence: summaryShown },
    keyPoints: ctx.keyPoints.map((i, k) => ({ id: keyPointIds[k], text: ctx.sentences[i].text, evidence: [evidenceOf(ctx, ctx.sentences[i])] })),
    sources: ctx.docs.map((d) => ({
      id: d.sourceId,
      // Without a headline, empty: readers are shown the publisher or "Article 2", not a cut-off sentence.
      title: d.title ?? '',
      ...(d.url ? { url: d.url } : {}),
      ...(d.publisher ? { publisher: d.publisher } : {}),
      ...(d.author ? { author: d.author } : {}),
      ...(d.publishedAt ? { publishedAt: d.publishedAt } : {}),
    })),
    actors,
    positions: ctx.positions.map((p, i) => ({
      id: positionIds[i],
      actor: idOf.get(p.actor)!,
      text: p.text,
      ...(p.quote ? { quote: p.quote } : {}),
      kind: p.kind,
      evidence: p.evidence,
    })),
    questions: open.map((q) => ({ id: questionId.get(q)!, text: q.text, kind: q.kind, actors: ids(q.actors), evidence: q.sentences.map((s) => evidenceOf(ctx, ctx.sentences[s])) })),
    resolved: answered.map((q) => ({
      id: questionId.get(q)!,
      text: q.text,
      answer: q.answer!.text,
      actors: ids(q.actors),
      evidence: [evidenceOf(ctx, ctx.sentences[q.answer!.sentence])],
    })),
    // Editors' corrections (src/edits) turn this into a review.
    review: { status: 'automatic', edits: 0 },
    ...(ctx.timeline?.length ? { timeline: ctx.timeline } : {}),
  };
  ctx.briefing = briefing;
}

const HEADLINE_WORDS = 16;
const MIN_HEADLINE_WORDS = 5;
const PHRASE_START = /^(?:on|in|at|after|before|during|for|from|with|without|amid|over|as|to|while|since|until|by)$/i;
// "A day after Putin said …, ": a clause before the main one.
const FRONTED = new RegExp(`^${TIME_BEFORE}(?:${SUBORDINATORS}|amid|despite|in|on|at|for|during|with|without|by)\\b[^,]{0,200},\\s+`, 'i');
// "President Anna Kowal said" is who spoke, not what happened; "… has been confirmed" is what happened.
const SPEECH_END = new RegExp(`(?<!\\b(?:be|been|being|is|are|was|were)\\s)\\b(?:${SPEECH_VERB_ALTERNATION}|according to)$`, 'i');

/**
 * Without a headline, the story is named by the main clause of its summary's first sentence, as
 * written: "US Secretary of State Rex Tillerson and his Russian counterpart Sergei Lavrov held
 * talks in Moscow on Wednesday". The title's evidence is that span.
 */
function headlineOf(ctx: Context): { title: string; evidence: Evidence } | undefined {
  for (const i of ctx.summary) {
    const s = ctx.sentences[i];
    const fronted = FRONTED.exec(s.text)?.[0].length ?? 0;
    const rest = s.text.slice(fronted);
    if (/^["“”'‘’]/.test(rest) || !/^\p{Lu}/u.test(rest)) continue;
    // The main clause ends at the first break after a few words.
    const words = [...rest.matchAll(/\S+/g)];
    let end = rest.search(/[.!?]["”’]?\s*$/);
    if (end < 0) end = rest.length;
    for (const m of rest.matchAll(/,\s|;\s|\s[—–-]{1,2}\s|:\s/g)) {
      if (rest.slice(0, m.index).split(/\s+/).length >= MIN_HEADLINE_WORDS) {
        end = Math.min(end, m.index!);
        break;
      }
    }
    const endOf = (k: number) => words[k].index! + words[k][0].length;
    let cut = words.length > HEADLINE_WORDS && endOf(HEADLINE_WORDS - 1) < end;
    if (cut) {
      // A long clause is cut before a phrase ("… held talks in Moscow | on Wednesday"), whole.
      let k = HEADLINE_WORDS - 1;
      while (k >= MIN_HEADLINE_WORDS && !PHRASE_START.test(words[k + 1][0])) k--;
      cut = k < MIN_HEADLINE_WORDS;
      end = endOf(cut ? HEADLINE_WORDS - 1 : k);
    }
    const text = rest.slice(0, end).replace(/[,;:]+$/, '');
    // A clause a reader can take as a headline: long enough, with a verb, quotes closed, not
    // "President Anna Kowal said".
    const quotes = (text.match(/[“”"]/g) ?? []).length;
    // "President Anna Kowal said, after a long night of talks, …" too.
    if (text.split(/\s+/).length < MIN_HEADLINE_WORDS || SPEECH_END.test(text.split(/,\s/)[0]) || quotes % 2 || !hasVerb(text)) continue;
    const start = s.start + fronted;
    return { title: cut ? `${text}…` : text, evidence: { source: ctx.docs[s.doc].sourceId, start, end: start + text.length, text } };
  }
  return undefined;
}

// Without a summary to take a headline from, name the story by its most salient people.
function titleFrom(ctx: Context): string {
  const names = ctx.actors.filter((a) => a.type === 'person').slice(0, 3).map((a) => a.name);
  if (!names.length) return ctx.options.id;
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
