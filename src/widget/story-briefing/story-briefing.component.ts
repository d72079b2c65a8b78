import { html, nothing } from 'lit';
import type { Briefing } from '../../format/schema.js';
import { BriefingElement } from '../common/briefing-element.js';
import { heading } from '../common/heading.js';
import { plural } from '../common/labels.js';
import styles from './story-briefing.styles.js';

/** Parts of the section elements re-exported so `story-briefing::part(card)` reaches every card. */
const exported = 'card, header, title, body, quote, source';

/**
 * @summary A complete story briefing: summary and key points, actors, positions and questions.
 * Loads the briefing once and shares it with its section elements (`<briefing-summary>`,
 * `<briefing-actors>`, `<briefing-positions>`, `<briefing-questions>`) through their `data`
 * property.
 *
 * @attr src - URL of a briefing JSON file, fetched when set.
 * @attr heading-level - Level of the briefing's title (1–6, default 2); sections sit one below.
 *
 * @fires briefing-load - The briefing was loaded from `src` or inline JSON and rendered.
 * @fires briefing-error - The briefing could not be fetched or read.
 *
 * @csspart header - The briefing's header (and, re-exported, each card's header).
 * @csspart title - The briefing's title (and, re-exported, each card's title).
 * @csspart card - Every card of every section (re-exported).
 * @csspart body - Every card's body (re-exported).
 * @csspart quote - Every position's quote (re-exported).
 * @csspart source - Every source name or link (re-exported).
 *
 * @cssprop [--briefing-color-accent=LinkText mixed with currentColor] - Accent colour (links, highlights).
 * @cssprop [--briefing-color-text=currentColor] - Text colour.
 * @cssprop [--briefing-color-muted] - Secondary text colour.
 * @cssprop [--briefing-card-background=transparent] - Card background.
 * @cssprop [--briefing-border-color] - Card border colour.
 * @cssprop [--briefing-radius=0.5rem] - Card corner radius.
 * @cssprop [--briefing-space=1rem] - Base spacing unit.
 * @cssprop [--briefing-font-family=inherit] - Font family.
 */
export class StoryBriefing extends BriefingElement {
  static override styles = styles;

  protected override renderBriefing(briefing: Briefing) {
    const level = this.level;
    const empty =
      !briefing.summary.text &&
      !briefing.keyPoints.length &&
      !briefing.actors.length &&
      !briefing.positions.length &&
      !briefing.questions.length &&
      !briefing.resolved.length;
    const sources = briefing.sources.length;
    return html`<article class="briefing" aria-labelledby="briefing-title">
      <header class="briefing-header" part="header">
        ${heading(level, briefing.title || 'Story briefing', {
          id: 'briefing-title',
          part: 'title',
          className: 'briefing-title',
        })}
        ${sources ? html`<p class="muted">Based on ${plural(sources, 'source', 'sources')}</p>` : nothing}
      </header>
      ${empty
        ? html`<p class="empty">This briefing has no content yet.</p>`
        : html`<briefing-summary .data=${briefing} heading-level=${level + 1} exportparts=${exported}></briefing-summary>
            <briefing-actors .data=${briefing} heading-level=${level + 1} exportparts=${exported}></briefing-actors>
            <briefing-positions .data=${briefing} heading-level=${level + 1} exportparts=${exported}></briefing-positions>
            <briefing-questions .data=${briefing} heading-level=${level + 1} exportparts=${exported}></briefing-questions>`}
    </article>`;
  }
}
