// Stage tests run the real pipeline on articles they write, up to the stage they test.
import { newContext } from '../../src/builder/index.js';
import { PIPELINE } from '../../src/builder/pipeline.js';
import type { Context, Stage } from '../../src/builder/types.js';

/** A fresh context for articles given as text. */
export const contextOf = (docs: string[]): Context => newContext(docs.map((text) => ({ text })), { id: 't' });

/** The context after every stage up to `stage`, and `stage` itself unless `including` is false. */
export function runThrough(docs: string[], stage: Stage, including = true): Context {
  const ctx = contextOf(docs);
  for (const s of PIPELINE.slice(0, PIPELINE.indexOf(stage) + (including ? 1 : 0))) s(ctx);
  return ctx;
}
