// Runtime validation derived from the schema, plus the checks a schema cannot express: that
// references resolve and that every evidence span is the exact text of its source.
import { FormatRegistry } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Briefing, FORMAT_VERSION, type Briefing as BriefingT, type Evidence } from './schema.js';

// TypeBox checks formats only once they are registered; the schema's `uri` is any absolute URL
// (the http(s)-only rule for links is a reference check below, with its own message).
if (!FormatRegistry.Has('uri')) FormatRegistry.Set('uri', (v) => URL.canParse(v));

const compiled = TypeCompiler.Compile(Briefing);

export interface ValidationResult {
  ok: boolean;
  errors: string[];
}

export function validateBriefing(value: unknown, documents?: readonly string[]): ValidationResult {
  if (value && typeof value === 'object' && 'version' in value && (value as { version: unknown }).version !== FORMAT_VERSION) {
    return { ok: false, errors: [`unsupported format version ${JSON.stringify((value as { version: unknown }).version)} (expected ${FORMAT_VERSION})`] };
  }
  const errors = [...compiled.Errors(value)].slice(0, 20).map((e) => `${e.path || '/'}: ${e.message}`);
  if (errors.length) return { ok: false, errors };
  errors.push(...referenceErrors(value as BriefingT));
  if (documents) errors.push(...evidenceErrors(value as BriefingT, documents));
  return { ok: errors.length === 0, errors };
}

function referenceErrors(b: BriefingT): string[] {
  const errors: string[] = [];
  const sources = new Set(b.sources.map((s) => s.id));
  const actors = new Set(b.actors.map((a) => a.id));
  const unique = (what: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) errors.push(`duplicate ${what} id "${id}"`);
      seen.add(id);
    }
  };
  unique('source', b.sources.map((s) => s.id));
  unique('actor', b.actors.map((a) => a.id));
  unique('position', b.positions.map((p) => p.id));
  unique('question', [...b.questions, ...b.resolved].map((q) => q.id));
  unique('key point', b.keyPoints.flatMap((k) => (k.id === undefined ? [] : [k.id])));
  unique('timeline entry', (b.timeline ?? []).map((t) => t.id));
  for (const s of b.sources) if (s.url && !/^https?:\/\//i.test(s.url)) errors.push(`source "${s.id}": url must be http(s)`);
  for (const a of b.actors) for (const s of a.sources) if (!sources.has(s)) errors.push(`actor "${a.id}": unknown source "${s}"`);
  for (const p of b.positions) if (!actors.has(p.actor)) errors.push(`position "${p.id}": unknown actor "${p.actor}"`);
  for (const q of [...b.questions, ...b.resolved]) for (const a of q.actors) if (!actors.has(a)) errors.push(`question "${q.id}": unknown actor "${a}"`);
  for (const [where, ev] of allEvidence(b)) {
    if (!sources.has(ev.source)) errors.push(`${where}: unknown source "${ev.source}"`);
    if (ev.end <= ev.start) errors.push(`${where}: empty span ${ev.start}-${ev.end}`);
  }
  return errors;
}

function evidenceErrors(b: BriefingT, documents: readonly string[]): string[] {
  const errors: string[] = [];
  if (documents.length !== b.sources.length) errors.push(`${b.sources.length} sources but ${documents.length} documents`);
  const index = new Map(b.sources.map((s, i) => [s.id, i]));
  for (const [where, ev] of allEvidence(b)) {
    const doc = documents[index.get(ev.source) ?? -1];
    if (doc !== undefined && doc.slice(ev.start, ev.end) !== ev.text) errors.push(`${where}: evidence text differs from source "${ev.source}" at ${ev.start}-${ev.end}`);
  }
  return errors;
}

function* allEvidence(b: BriefingT): Generator<[string, Evidence]> {
  for (const ev of b.titleEvidence ?? []) yield ['title', ev];
  for (const ev of b.summary.evidence) yield ['summary', ev];
  for (const [i, k] of b.keyPoints.entries()) for (const ev of k.evidence) yield [`keyPoints[${i}]`, ev];
  for (const p of b.positions) for (const ev of p.evidence) yield [`position "${p.id}"`, ev];
  for (const q of [...b.questions, ...b.resolved]) for (const ev of q.evidence) yield [`question "${q.id}"`, ev];
  for (const t of b.timeline ?? []) for (const ev of t.evidence) yield [`timeline entry "${t.id}"`, ev];
}
