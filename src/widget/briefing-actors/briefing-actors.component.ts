import { html, nothing, type PropertyDeclarations } from 'lit';
import type { Actor, Briefing } from '../../format/schema.js';
import { BriefingElement, positive } from '../common/briefing-element.js';
import { newBadge } from '../common/changes.js';
import { heading } from '../common/heading.js';
import { count, label } from '../common/labels.js';
import { sectionSkeleton } from '../common/skeleton.js';

/**
 * @tagname briefing-actors
 * @summary Cards for the people, organizations, countries and groups in a story.
 *
 * @attr src - URL of a briefing JSON file, fetched when set (near the viewport unless `loading="eager"`).
 * @attr heading-level - Level of the top heading, 1–6 (default 2); headings inside sit below it. Invalid values fall back to 2.
 * @attr heading - Text of the top heading, instead of the default.
 * @attr lang - Language of the labels: `en` (default) or `fr`; unset, the nearest ancestor's `lang`. Unknown languages fall back to English.
 * @attr theme - `auto` (default: the host page's colours), `light` or `dark` (own background). Invalid values mean `auto`.
 * @attr layout - `grid` (default: cards side by side), `list` (one column) or `compact` (one column, half the spacing). Invalid values mean `grid`.
 * @attr show-evidence - Boolean: show each card's evidence expanded (default: collapsed).
 * @attr loading - `lazy` (default: fetch and render only within half a viewport of being visible) or `eager`.
 * @attr max-actors - Actor cards shown before "Show more" (default 6; invalid values mean 6).
 * @attr actor - Id of the chosen actor (its name button is pressed). Choosing one fires `change` and `briefing-select`.
 *
 * @fires briefing-load - `{briefing, src?}`: the briefing was loaded from `src` or inline JSON (`src` absent) and rendered. Not fired for `data` set from JavaScript.
 * @fires briefing-error - `{message, reason, error, src?}`: the briefing could not be fetched, parsed or understood; `message` is the text the element shows, `reason` one of `network`, `http`, `timeout`, `too-large`, `not-json`, `version`, `invalid`.
 * @fires briefing-select - `{kind, id}`: a reader chose an actor (`kind` `actor`) or opened a position's or question's evidence (`position`, `question`).
 *
 * @slot - Nothing is slotted; an optional `<script type="application/json">` child holds an inline briefing.
 * @fires change - The chosen actor changed (`actor`); not composed.
 *
 * @csspart card - One actor's card.
 * @csspart header - A card's header.
 * @csspart title - An actor's name.
 * @csspart body - A card's details (role, type, sources).
 * @csspart new - The "New" badge of an item new in the latest update.
 * @csspart more - The "Show more" button.
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
export class BriefingActors extends BriefingElement {
  static override properties: PropertyDeclarations = {
    maxActors: { type: Number, attribute: 'max-actors' },
    actor: {},
  };

  /** How many actor cards to show before "Show more" (default 6). */
  declare maxActors: number | undefined;
  /** Id of the chosen actor (its button is pressed), or empty. */
  declare actor: string | undefined;

  protected override renderSkeleton() {
    return sectionSkeleton('actors', positive(this.maxActors, 6));
  }

  protected override renderBriefing(briefing: Briefing) {
    const level = this.level;
    const labels = this.labels;
    const { actors } = briefing;
    const [shown, more] = this.capped(actors, positive(this.maxActors, 6), 'actors-title');
    return html`<section class="section" aria-labelledby="actors-title">
      ${heading(level, this.heading || labels.actors, 'section-title', 'actors-title')}
      ${actors.length
        ? html`<ul class="cards" role="list">
              ${shown.map((actor) => this.renderActor(actor, level + 1))}
            </ul>
            ${more}`
        : html`<p class="empty">${labels.noActors}</p>`}
    </section>`;
  }

  private renderActor(actor: Actor, level: number) {
    const labels = this.labels;
    const name = html`<button
      class="pick"
      type="button"
      aria-pressed=${this.actor === actor.id}
      @click=${() => this.#pick(actor.id)}
    >
      ${actor.name || actor.id}
    </button>`;
    return html`<li class="card" part="card">
      <header class="card-header" part="header">
        ${heading(level, name, 'card-title', undefined, 'title')}
        ${newBadge(actor, labels)}
      </header>
      <dl class="facts card-body" part="body">
        ${actor.role ? html`<div><dt>${labels.role}</dt><dd class="role">${actor.role}</dd></div>` : nothing}
        ${actor.type ? html`<div><dt>${labels.type}</dt><dd class="type">${label(labels, actor.type)}</dd></div>` : nothing}
        <div>
          <dt>${labels.mentionedIn}</dt>
          <dd class="source-count">${count(this.lang_, new Set(actor.sources).size, labels.source)}</dd>
        </div>
      </dl>
    </li>`;
  }

  /** Choose an actor, or unchoose the chosen one; `change` lets a page (or story-briefing) filter. */
  #pick(id: string): void {
    this.actor = this.actor === id ? '' : id;
    if (this.actor) this.select('actor', id);
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
