import { html, nothing, type PropertyDeclarations } from 'lit';
import type { Briefing } from '../../format/schema.js';
import { BriefingElement, positive } from '../common/briefing-element.js';
import { heading } from '../common/heading.js';
import { newKeyPoints } from '../common/concise.js';
import { sectionSkeleton } from '../common/skeleton.js';

/**
 * @tagname briefing-summary
 * @summary The briefing's one-paragraph summary and its key points.
 *
 * @attr src - URL of a briefing JSON file, fetched when set (near the viewport unless `loading="eager"`).
 * @attr heading-level - Level of the top heading, 1–6 (default 2); headings inside sit below it. Invalid values fall back to 2.
 * @attr heading - Text of the top heading, instead of the default.
 * @attr lang - Language of the labels: `en` (default), `fr`, `de`, `es`, `it`, `pt` or `ar`; unset, the nearest ancestor's `lang`. Unknown languages fall back to English. The briefing's own text keeps the briefing's `language`.
 * @attr theme - `auto` (default: the host page's colours), `light` or `dark` (own background). Invalid values mean `auto`.
 * @attr layout - `grid` (default: cards side by side), `list` (one column) or `compact` (one column, half the spacing). Invalid values mean `grid`.
 * @attr show-evidence - Boolean: show each card's evidence expanded (default: collapsed).
 * @attr max-key-points - Key points shown before "Show more" (default 2; invalid values mean 2).
 * @attr loading - `lazy` (default: fetch and render only within half a viewport of being visible) or `eager`.
 * @attr errors - `show`: a briefing that cannot be loaded shows a short message (for editors); by default the element collapses to nothing. `briefing-error` fires either way.
 *
 * @fires briefing-load - `{briefing, src?}`: the briefing was loaded from `src` or inline JSON (`src` absent) and rendered. Not fired for `data` set from JavaScript.
 * @fires briefing-error - `{message, reason, error, src?}`: the briefing could not be fetched, parsed or understood; `message` is the text the element shows with `errors="show"`, `reason` one of `network`, `http`, `timeout`, `too-large`, `not-json`, `version`, `invalid`.
 * @fires briefing-select - `{kind, id}`: a reader chose an actor (`kind` `actor`) or opened a position's or question's evidence (`position`, `question`).
 *
 * @slot - Nothing is slotted; an optional `<script type="application/json">` child holds an inline briefing.
 *
 * @csspart card - The summary card.
 * @csspart header - The card's header.
 * @csspart title - The "Summary" heading.
 * @csspart section-title - The "Summary" heading.
 * @csspart body - The summary text and key points.
 * @csspart key-points - The list of key points: those the summary does not already say, `max-key-points` before "Show more".
 *
 * @cssprop [--briefing-color-accent=LinkText mixed with currentColor] - Accent colour (links, list markers, quote rule, chosen actor, badges).
 * @cssprop [--briefing-color-text=currentColor] - Text colour.
 * @cssprop [--briefing-color-muted=currentColor at 72%] - Secondary text colour.
 * @cssprop [--briefing-card-background=transparent] - Card background.
 * @cssprop [--briefing-border-color=currentColor at 22%] - Card border colour.
 * @cssprop [--briefing-background=Canvas] - The element's background with `theme="light"` or `"dark"`.
 * @cssprop [--briefing-radius=0.5rem] - Card corner radius.
 * @cssprop [--briefing-space=1rem] - Base spacing unit.
 * @cssprop [--briefing-font-family=inherit] - Font family.
 */
export class BriefingSummary extends BriefingElement {
  static override properties: PropertyDeclarations = {
    maxKeyPoints: { type: Number, attribute: 'max-key-points' },
  };

  /** How many key points to show before "Show more" (default 2). */
  declare maxKeyPoints: number | undefined;

  protected override renderSkeleton() {
    return sectionSkeleton('summary', positive(this.maxKeyPoints, 2));
  }

  protected override renderBriefing(briefing: Briefing) {
    const { summary } = briefing;
    const keyPoints = newKeyPoints(briefing);
    if (!summary.text && !keyPoints.length) return nothing;
    const level = this.level;
    const labels = this._labels;
    const lang = this._content;
    const [points, more] = this.capped(keyPoints, positive(this.maxKeyPoints, 2), 'key-points-title');
    return html`<section class="card" part="card" aria-labelledby="summary-title">
      <header class="card-header" part="header">
        ${heading(level, this.heading || labels.summary, 'section-title', 'summary-title', 'title section-title')}
      </header>
      <div class="card-body" part="body">
        ${summary.text ? html`<p class="summary" lang=${lang} dir="auto">${summary.text}</p>` : nothing}
        ${keyPoints.length
          ? html`<div class="section-head">${heading(level + 1, labels.keyPoints, 'card-title', 'key-points-title')}${more}</div>
              <ul class="key-points" part="key-points" aria-labelledby="key-points-title">
                ${points.map((point) => html`<li tabindex="-1" lang=${lang} dir="auto">${point.text}</li>`)}
              </ul>`
          : nothing}
      </div>
    </section>`;
  }
}
