/**
 * Briefings arrive as untrusted JSON. The embed does not bundle the schema validator; instead this
 * makes the shape safe to render: every list is an array of objects, every field a card shows or
 * follows (texts, ids, references) is of its type, so a malformed file degrades to missing items
 * instead of throwing mid-render. Fields no card reads (aliases, salience, dates, evidence offsets,
 * the generator, fields of a newer minor version) are passed through as they are.
 */
import type {
  Actor,
  Briefing,
  Evidence,
  Position,
  Question,
  ResolvedQuestion,
  Source,
  TimelineEntry,
} from '../../format/schema.js';
import { BriefingLoadError } from './fetch-briefing.js';

type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const str = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

const optStr = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

const objects = (value: unknown): Obj[] => (Array.isArray(value) ? value.filter(isObject) : []);

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

const evidence = (value: unknown): Evidence[] =>
  objects(value).map((e) => ({ ...e, source: str(e.source), text: str(e.text) }) as Evidence);

const grounded = (value: unknown) => {
  const o = isObject(value) ? value : {};
  return { ...o, text: str(o.text), evidence: evidence(o.evidence) };
};

/** A position, question, answered question or event: grounded, with an id. */
const item = (o: Obj) => ({ ...grounded(o), id: str(o.id) });

/** Briefings this module made: handed on (by <story-briefing> to its sections), they are not normalised again. */
const normalised = new WeakSet<object>();

/** Actors and sources by id, made once per normalised briefing. */
interface Index {
  actors: Map<string, Actor>;
  sources: Map<string, Source>;
}
const indexes = new WeakMap<Briefing, Index>();

export function normalizeBriefing(value: unknown): Briefing {
  if (isObject(value) && normalised.has(value)) return value as unknown as Briefing;
  const briefing = normalize(value);
  normalised.add(briefing);
  indexes.set(briefing, {
    actors: new Map(briefing.actors.map((a) => [a.id, a])),
    sources: new Map(briefing.sources.map((s) => [s.id, s])),
  });
  return briefing;
}

export const indexOf = (briefing: Briefing): Index => indexes.get(briefing) ?? indexes.get(normalizeBriefing(briefing))!;

function normalize(value: unknown): Briefing {
  if (!isObject(value)) throw new BriefingLoadError('invalid', 'Not an object');
  // A newer minor version (1.1, "1.2") renders: the fields known here are read, the rest pass through.
  if (value.version !== undefined && Math.floor(Number(value.version)) !== 1) {
    throw new BriefingLoadError('version', `Version ${str(value.version)}`);
  }
  return {
    ...(value as Briefing),
    version: 1,
    id: str(value.id),
    title: str(value.title),
    language: optStr(value.language),
    summary: grounded(value.summary),
    keyPoints: objects(value.keyPoints).map(grounded).filter((k) => k.text),
    sources: objects(value.sources).map(
      (s): Source => ({
        ...s,
        id: str(s.id),
        title: str(s.title),
        url: optStr(s.url),
        publisher: optStr(s.publisher),
      }),
    ),
    actors: objects(value.actors).map(
      (a) => ({
        ...(a as Actor),
        id: str(a.id),
        name: str(a.name),
        type: str(a.type) as Actor['type'],
        role: str(a.role),
        sources: strings(a.sources),
      }),
    ),
    positions: objects(value.positions).map(
      (p): Position => ({
        ...item(p),
        actor: str(p.actor),
        quote: optStr(p.quote),
        kind: p.kind === 'reported' ? 'reported' : 'direct',
      }),
    ),
    questions: objects(value.questions).map(
      (q): Question => ({
        ...item(q),
        kind: str(q.kind) as Question['kind'],
        actors: strings(q.actors),
      }),
    ),
    resolved: objects(value.resolved).map(
      (r): ResolvedQuestion => ({
        ...item(r),
        answer: str(r.answer),
        actors: strings(r.actors),
      }),
    ),
    timeline: objects(value.timeline).map(
      (t): TimelineEntry => ({
        ...item(t),
        when: str(t.when),
        date: optStr(t.date),
      }),
    ),
    updatedAt: optStr(value.updatedAt),
  };
}

/**
 * The URL to link to, or `undefined` when it must stay plain text. Only an absolute http(s) URL
 * (after trimming; the scheme in any case) is ever linked: `javascript:`, `data:`, relative and
 * malformed URLs from an untrusted file are never turned into links.
 */
export function safeHref(url: unknown): string | undefined {
  try {
    const parsed = new URL(String(url).trim());
    if (typeof url === 'string' && /^https?:$/.test(parsed.protocol)) return parsed.href;
  } catch {
    // Not an absolute URL.
  }
  return undefined;
}

/** Display name of a source: its publisher, else its title, else its id. */
export const sourceName = (source: Source): string => source.publisher || source.title || source.id;

/** Sources referenced by a list of evidence spans, unique and in first-seen order. */
export const sourcesOf = (briefing: Briefing, spans: readonly Evidence[]): Source[] =>
  [...new Set(spans.map((span) => span.source))].map((id) => sourceById(briefing, id));

export const sourceById = (briefing: Briefing, id: string): Source => indexOf(briefing).sources.get(id) ?? { id, title: id };

export const actorById = (briefing: Briefing, id: string): Actor | undefined => indexOf(briefing).actors.get(id);

/** Name of an actor by id, falling back to the id itself. */
export const actorName = (briefing: Briefing, id: string): string => actorById(briefing, id)?.name || id;
