/**
 * Briefings arrive as untrusted JSON. The embed does not bundle the schema validator; instead this
 * makes the shape safe to render: every list is an array of objects, every field a card shows or
 * follows (texts, ids, references) is of its type, so a malformed file degrades to missing items
 * instead of throwing mid-render. Fields no card reads (aliases, salience, dates, evidence offsets,
 * the generator, fields of a newer minor version) are passed through as they are.
 */
import type { Actor, Briefing, Evidence, Source } from '../../format/schema.js';
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

type Fields = Record<string, (value: unknown) => unknown>;

/** An object with each of `fields` read as its type; what it has besides passes through. */
const typed = (o: Obj, fields: Fields): Obj => {
  const out = { ...o };
  for (const key in fields) out[key] = fields[key]!(o[key]);
  return out;
};

/** A list of objects, each `typed`. */
const list =
  (fields: Fields) =>
  (value: unknown): Obj[] =>
    objects(value).map((o) => typed(o, fields));

const grounding: Fields = { text: str, evidence: list({ source: str, text: str }) };

/** The summary or a key point: text and evidence. */
const grounded = (value: unknown) => typed(isObject(value) ? value : {}, grounding);

/** A position, question, answered question or event: grounded, with an id, and its own fields. */
const items = (fields: Fields) => list({ ...grounding, id: str, ...fields });

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
    ...typed(value, {
      id: str,
      title: str,
      language: optStr,
      summary: grounded,
      keyPoints: (v) => objects(v).map(grounded).filter((k) => k.text),
      sources: list({ id: str, title: str, url: optStr, publisher: optStr }),
      actors: list({ id: str, name: str, type: str, role: str, sources: strings }),
      positions: items({ actor: str, quote: optStr, kind: (kind) => (kind === 'reported' ? kind : 'direct') }),
      questions: items({ kind: str, actors: strings }),
      resolved: items({ answer: str, actors: strings }),
      timeline: items({ when: str, date: optStr }),
      updatedAt: optStr,
    }),
    version: 1,
  } as unknown as Briefing;
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
