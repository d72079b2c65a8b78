// Salience: an actor's weight in the story, from what its mentions tell.

/** What an actor's mentions tell of its weight in the story, before any is compared with another. */
interface Weighing {
  mentions: number;
  /** Articles that name it. */
  sources: number;
  /** Mentions in the first three sentences of an article. */
  early: number;
  /** Roles written beside its name. */
  roles: number;
}

interface SalienceTerm {
  name: string;
  score: (w: Weighing) => number;
}

/**
 * Salience adds these terms; the stage then divides by the story's highest, ranks the actors
 * by it, and the briefing shows the salient ones (11-assemble.ts). An actor matters when it is
 * mentioned often, by many sources, and early in the articles.
 */
export const SALIENCE_TERMS: readonly SalienceTerm[] = [
  { name: 'mentions', score: (w) => w.mentions },
  // Each further article that names it counts up to three of its mentions twice: a name every
  // source writes is the story's, a name one article dwells on may be that article's aside.
  { name: 'sources', score: (w) => 2 * (w.sources - 1) * Math.min(w.mentions, 3) },
  { name: 'early', score: (w) => w.early },
  // The articles say who it is.
  { name: 'role', score: (w) => (w.roles ? 1 : 0) },
];

export const salienceOf = (w: Weighing): number => SALIENCE_TERMS.reduce((sum, t) => sum + t.score(w), 0);
