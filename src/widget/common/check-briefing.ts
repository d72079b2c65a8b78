/**
 * What the widget requires of a briefing file (`src` and inline JSON) before rendering it. The
 * full schema validator is too large for the embed; this checks what the cards rely on: the
 * format's major version, every list present and made of objects, and every actor and source a
 * card refers to present. Fields it does not know (a newer minor version) are ignored.
 */
import type { Briefing } from '../../format/schema.js';
import { BriefingLoadError } from './fetch-briefing.js';
import { indexOf, normalizeBriefing } from './normalize.js';

const LISTS = ['keyPoints', 'sources', 'actors', 'positions', 'questions', 'resolved'] as const;

/** The normalised briefing; throws a BriefingLoadError when the file is not one. */
export function checkBriefing(value: unknown): Briefing {
  const b = normalizeBriefing(value);
  const raw = value as Record<string, unknown>;
  // The normaliser lets a briefing set from script omit it; a file must say which format it is.
  if (raw.version === undefined) throw new BriefingLoadError('version', 'No version');
  // Normalising makes up a missing list and drops what is not an object: in a file, either means
  // it is not a briefing. (Key points without text are dropped too: the format requires text.)
  const shaped = typeof raw.summary === 'object' && raw.summary && LISTS.every((k) => Array.isArray(raw[k]) && (raw[k] as unknown[]).length === b[k].length);
  // The normaliser's index of actors and sources by id: each reference is looked up there.
  const { actors, sources } = indexOf(b);
  const known = (index: Map<string, unknown>, ids: string[]) => ids.every((id) => index.has(id));
  const grounded = [b.summary, ...b.keyPoints, ...b.positions, ...b.questions, ...b.resolved];
  const resolves =
    b.actors.every((a) => known(sources, a.sources)) &&
    b.positions.every((p) => actors.has(p.actor)) &&
    [...b.questions, ...b.resolved].every((q) => known(actors, q.actors)) &&
    grounded.every((g) => known(sources, g.evidence.map((e) => e.source)));
  if (!shaped || !resolves) throw new BriefingLoadError('invalid', shaped ? 'Unknown actor or source' : 'Not a briefing');
  return b;
}
