import type { Briefing } from '../format/schema.js';
import { PIPELINE } from './pipeline.js';
import type { BuildOptions, Context, InputDocument } from './types.js';

export type { BuildOptions, InputDocument } from './types.js';

export const DEFAULT_SUMMARY_WORDS = 80;

/** Builds a briefing from a cluster of articles about one story. Deterministic. */
export function buildBriefing(documents: InputDocument[], options: Partial<BuildOptions> & { id: string }): Briefing {
  const ctx: Context = {
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
  for (const stage of PIPELINE) stage(ctx);
  return ctx.briefing!;
}
