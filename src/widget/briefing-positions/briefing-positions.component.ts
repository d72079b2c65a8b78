import { html, nothing } from 'lit';
import type { Briefing, Position } from '../../format/schema.js';
import { BriefingElement } from '../common/briefing-element.js';
import { heading } from '../common/heading.js';
import { actorName } from '../common/normalize.js';
import { renderSources } from '../common/sources.js';
import styles from './briefing-positions.styles.js';

/**
 * @summary Who claims what: one card per position, with the actor's verbatim words and sources.
 *
 * @attr src - URL of a briefing JSON file, fetched when set.
 * @attr heading-level - Level of the "Positions" heading (1–6, default 2); card titles sit one below.
 *
 * @fires briefing-load - The briefing was loaded from `src` or inline JSON and rendered.
 * @fires briefing-error - The briefing could not be fetched or read.
 *
 * @csspart card - One position's card.
 * @csspart header - A card's header (actor and kind).
 * @csspart title - The actor's name.
 * @csspart body - The claim, quote and sources.
 * @csspart quote - The verbatim quote (`<blockquote>`).
 * @csspart source - A source name; an `<a>` when the source has an http(s) URL.
 *
 * @cssprop [--briefing-color-accent=LinkText mixed with currentColor] - Accent colour (links, quote rule).
 * @cssprop [--briefing-color-text=currentColor] - Text colour.
 * @cssprop [--briefing-color-muted] - Secondary text colour.
 * @cssprop [--briefing-card-background=transparent] - Card background.
 * @cssprop [--briefing-border-color] - Card border colour.
 * @cssprop [--briefing-radius=0.5rem] - Card corner radius.
 * @cssprop [--briefing-space=1rem] - Base spacing unit.
 * @cssprop [--briefing-font-family=inherit] - Font family.
 */
export class BriefingPositions extends BriefingElement {
  static override styles = styles;

  protected override renderBriefing(briefing: Briefing) {
    const level = this.level;
    const { positions } = briefing;
    return html`<section class="section" aria-labelledby="positions-title">
      ${heading(level, 'Positions', { id: 'positions-title', className: 'section-title' })}
      ${positions.length
        ? html`<ul class="cards" role="list">
            ${positions.map((position) => this.renderPosition(briefing, position, level + 1))}
          </ul>`
        : html`<p class="empty">No positions recorded.</p>`}
    </section>`;
  }

  private renderPosition(briefing: Briefing, position: Position, level: number) {
    return html`<li class="card" part="card">
      <header class="card-header" part="header">
        ${heading(level, actorName(briefing, position.actor), { part: 'title', className: 'card-title' })}
        <span class="badge">${position.kind === 'reported' ? 'Reported' : 'Stated'}</span>
      </header>
      <div class="card-body" part="body">
        <p class="claim">${position.text}</p>
        ${position.quote ? html`<blockquote part="quote">${position.quote}</blockquote>` : nothing}
        ${renderSources(briefing, position.evidence)}
      </div>
    </li>`;
  }
}
