import type { Context } from './types.js';

/**
 * `work` done once for each run and key (a document, an actor) and kept for that run's context
 * only: a stage read again with other actors (a second build, a test) works it out anew.
 */
export function oncePerRun<K, V>(work: (ctx: Context, key: K) => V): (ctx: Context, key: K) => V {
  const runs = new WeakMap<Context, Map<K, V>>();
  return (ctx, key) => {
    let byKey = runs.get(ctx);
    if (!byKey) runs.set(ctx, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, work(ctx, key));
    return byKey.get(key) as V;
  };
}
