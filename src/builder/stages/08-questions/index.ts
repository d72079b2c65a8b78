// Stage 08: what is still open. Finds sentences that leave something unsettled, writes each as
// the question a reader would ask, adds disputes between actors, and moves the ones the cluster
// itself answers to `resolved`.
import type { Context, QuestionDraft } from '../../types.js';
import { containment, contentTerms, wordCount } from '../../text.js';
import { mentionsOf } from '../../mentions-of.js';
import { hasCue, questionOf } from './asks.js';
import { agencyDisputes, disputes } from './disputes.js';
import { answerOf } from './answers.js';

export { questionOf } from './asks.js';
export { yesNo } from './clause.js';

const MAX_CANDIDATES = 40;

// One question, nothing else: no second sentence run into it, no hashtag, no broken character,
// no bracket left open.
const count = (q: string, c: string) => q.split(c).length - 1;
const tidy = (q: string) => !/[.!?;]\s+\S|#|\uFFFD|\s[,;:]/u.test(q.slice(0, -1).replace(/\b(?:\p{L}\.)+/gu, '')) && count(q, '(') === count(q, ')');

export function questions(ctx: Context): void {
  const drafts: QuestionDraft[] = [];
  const seen = new Set<string>();
  for (const s of ctx.sentences) {
    if (drafts.length >= MAX_CANDIDATES) break;
    if (s.noise || !hasCue(s)) continue;
    const q = questionOf(s.text);
    if (!q || wordCount(q.text) > 25 || seen.has(q.text) || !tidy(q.text)) continue;
    const terms = contentTerms(q.text);
    if (drafts.some((d) => containment(contentTerms(d.text), terms) >= 0.8 || containment(terms, contentTerms(d.text)) >= 0.8)) continue;
    seen.add(q.text);
    const actors = [...new Set(mentionsOf(ctx, s.index).map((m) => m.actor!))];
    drafts.push({ ...q, actors, sentences: [s.index] });
  }
  drafts.push(...agencyDisputes(ctx), ...disputes(ctx));
  for (const q of drafts) q.answer = answerOf(ctx, q);
  ctx.questions = drafts;
}