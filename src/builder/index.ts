import type { Briefing } from '../format/schema.js';
import { validateBriefing } from '../format/validate.js';
import { InputError } from './errors.js';
import { checkInput } from './limits.js';
import { PIPELINE } from './pipeline.js';
import type { BuildOptions, Context, InputDocument } from './types.js';

export type { BuildOptions, InputDocument } from './types.js';
export { InputError } from './errors.js';
export { LIMITS } from './limits.js';

export const DEFAULT_SUMMARY_WORDS = 80;

/** The context the first stage reads: the articles, numbered as the briefing cites them, and nothing found yet. */
export function newContext(documents: InputDocument[], options: Partial<BuildOptions> & { id: string }): Context {
  return {
    options: { summaryWords: DEFAULT_SUMMARY_WORDS, ...options },
    docs: documents.map((d, index) => ({ ...d, index, sourceId: `s${index + 1}` })),
    paragraphs: [],
    sentences: [],
    mentions: [],
    actors: [],
    attributions: [],
    positions: [],
    questions: [],
    summary: [],
    keyPoints: [],
  };
}

/**
 * Builds a briefing from a cluster of articles about one story. Deterministic. Throws an
 * InputError for input it refuses (empty, over a limit, nothing readable); never returns a
 * briefing that fails validation against its own articles.
 */
export function buildBriefing(documents: InputDocument[], options: Partial<BuildOptions> & { id: string }): Briefing {
  checkInput(documents, options.id);
  const ctx = newContext(documents, options);
  for (const stage of PIPELINE) stage(ctx);
  const briefing = ctx.briefing!;
  if (!briefing.summary.text) {
    throw new InputError(`nothing to summarise: no sentence of ${documents.length === 1 ? 'the article' : 'the articles'} reads as news text (too short, or only page furniture)`);
  }
  // The last line of defence for whoever publishes the file: a bug in a stage must fail the
  // build, not ship a briefing whose evidence points at the wrong words.
  const check = validateBriefing(briefing, documents.map((d) => d.text));
  if (!check.ok) throw new Error(`internal error, the briefing built is invalid: ${check.errors.slice(0, 3).join('; ')}`);
  return briefing;
}
