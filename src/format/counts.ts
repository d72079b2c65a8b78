import type { Briefing } from './schema.js';

/**
 * How many items each list of a briefing holds: enough for a page to reserve the height the
 * briefing will take before it arrives. Served as the `Briefing-Counts` response header
 * (`key-points=5, timeline=12, actors=16, positions=43, questions=8`), a structured-field
 * dictionary; `questions` counts the answered ones too.
 */
export const countsOf = (briefing: Briefing): Record<string, number> => ({
  'key-points': briefing.keyPoints.length,
  timeline: briefing.timeline?.length ?? 0,
  actors: briefing.actors.length,
  positions: briefing.positions.length,
  questions: briefing.questions.length + briefing.resolved.length,
});

/** The `Briefing-Counts` header's value for a briefing. */
export const countsHeader = (briefing: Briefing): string =>
  Object.entries(countsOf(briefing))
    .map(([name, n]) => `${name}=${n}`)
    .join(', ');

/** The counts a `Briefing-Counts` header gives: the names it pairs with a whole number, nothing else. */
export const parseCounts = (value: string): Record<string, number> =>
  Object.fromEntries([...value.matchAll(/(?:^|,) *([a-z][a-z-]*)=(\d+) *(?=,|$)/g)].map(([, name, n]) => [name, +n!]));
