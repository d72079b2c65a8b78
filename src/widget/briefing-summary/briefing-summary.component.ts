import { html, nothing } from 'lit';
import type { Briefing } from '../../format/schema.js';
import { BriefingElement } from '../common/briefing-element.js';
import { heading } from '../common/heading.js';
import { sectionSkeleton } from '../common/skeleton.js';
import styles from './briefing-summary.styles.js';

/**
 * @summary The briefing's one-paragraph summary and its key points.
 *
 * @attr src - URL of a briefing JSON file, fetched when set.
 * @attr heading-level - Level of the "Summary" heading (1–6, default 2).
 *
 * @fires briefing-load - The briefing was loaded from `src` or inline JSON and rendered.
 * @fires briefing-error - The briefing could not be fetched or read.
 *
 * @csspart card - The summary card.
 * @csspart header - The card's header.
 * @csspart title - The "Summary" heading.
 * @csspart body - The summary text and key points.
 *
 * @cssprop [--briefing-color-accent=LinkText mixed with currentColor] - Accent colour (list markers, links).
 * @cssprop [--briefing-color-text=currentColor] - Text colour.
 * @cssprop [--briefing-color-muted] - Secondary text colour.
 * @cssprop [--briefing-card-background=transparent] - Card background.
 * @cssprop [--briefing-border-color] - Card border colour.
 * @cssprop [--briefing-radius=0.5rem] - Card corner radius.
 * @cssprop [--briefing-space=1rem] - Base spacing unit.
 * @cssprop [--briefing-font-family=inherit] - Font family.
 */
export class BriefingSummary extends BriefingElement {
  static override styles = styles;

  protected override renderSkeleton() {
    return sectionSkeleton('summary', 1);
  }

  protected override renderBriefing(briefing: Briefing) {
    const { summary, keyPoints } = briefing;
    const level = this.level;
    const labels = this.labels;
    return html`<section class="card" part="card" aria-labelledby="summary-title">
      <header class="card-header" part="header">
        ${heading(level, this.heading || labels.summary, 'section-title', 'summary-title', 'title')}
      </header>
      <div class="card-body" part="body">
        ${summary.text
          ? html`<p class="summary">${summary.text}</p>`
          : html`<p class="empty">${labels.noSummary}</p>`}
        ${keyPoints.length
          ? html`${heading(level + 1, labels.keyPoints, 'card-title', 'key-points-title')}
              <ul class="key-points" aria-labelledby="key-points-title">
                ${keyPoints.map((point) => html`<li>${point.text}</li>`)}
              </ul>`
          : nothing}
      </div>
    </section>`;
  }
}
