import { html, nothing } from 'lit';
import type { Actor, Briefing } from '../../format/schema.js';
import { BriefingElement } from '../common/briefing-element.js';
import { heading } from '../common/heading.js';
import { actorTypeLabels, label, plural } from '../common/labels.js';
import styles from './briefing-actors.styles.js';

/**
 * @summary Cards for the people, organizations, countries and groups in a story.
 *
 * @attr src - URL of a briefing JSON file, fetched when set.
 * @attr heading-level - Level of the "Actors" heading (1–6, default 2); card titles sit one below.
 *
 * @fires briefing-load - The briefing was loaded from `src` or inline JSON and rendered.
 * @fires briefing-error - The briefing could not be fetched or read.
 *
 * @csspart card - One actor's card.
 * @csspart header - A card's header.
 * @csspart title - An actor's name.
 * @csspart body - A card's details (role, type, sources).
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
export class BriefingActors extends BriefingElement {
  static override styles = styles;

  protected override renderBriefing(briefing: Briefing) {
    const level = this.level;
    const { actors } = briefing;
    return html`<section class="section" aria-labelledby="actors-title">
      ${heading(level, 'Actors', { id: 'actors-title', className: 'section-title' })}
      ${actors.length
        ? html`<ul class="cards" role="list">
            ${actors.map((actor) => this.renderActor(actor, level + 1))}
          </ul>`
        : html`<p class="empty">No actors identified.</p>`}
    </section>`;
  }

  private renderActor(actor: Actor, level: number) {
    const sourceCount = new Set(actor.sources).size;
    return html`<li class="card" part="card">
      <header class="card-header" part="header">
        ${heading(level, actor.name || actor.id, { part: 'title', className: 'card-title' })}
      </header>
      <dl class="facts card-body" part="body">
        ${actor.role ? html`<div><dt>Role</dt><dd class="role">${actor.role}</dd></div>` : nothing}
        ${actor.type ? html`<div><dt>Type</dt><dd class="type">${label(actorTypeLabels, actor.type)}</dd></div>` : nothing}
        <div>
          <dt>Mentioned in</dt>
          <dd class="source-count">${plural(sourceCount, 'source', 'sources')}</dd>
        </div>
      </dl>
    </li>`;
  }
}
