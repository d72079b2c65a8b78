import type { Briefing } from '../../format/schema.js';
import { dateText } from './dates.js';
import { count, type Labels } from './labels.js';

/**
 * What the briefing is, in a few words under its heading: "Generated automatically from 3
 * articles", or "Reviewed by the editors · 12 April 2017" once editors signed it off. `review`
 * is untrusted and may be missing (older briefings are automatic).
 */
export function reviewLabel(briefing: Briefing, labels: Labels, lang: string): string {
  const review = briefing.review as { status?: unknown; reviewedAt?: unknown } | undefined;
  if (review?.status !== 'reviewed') {
    const n = briefing.sources.length;
    return n ? `${labels.generated} ${count(lang, n, labels.article)}` : '';
  }
  const day = typeof review.reviewedAt === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(review.reviewedAt) : null;
  return day ? `${labels.reviewed} · ${dateText(labels, Date.UTC(+day[1]!, +day[2]! - 1, +day[3]!))}` : labels.reviewed;
}
