import { html, nothing, type PropertyDeclarations } from 'lit';
import type { Actor, Briefing } from '../../format/schema.js';
import { BriefingElement, positive } from '../common/briefing-element.js';
import { newBadge } from '../common/changes.js';
import { heading } from '../common/heading.js';
import { actorFacts } from '../common/concise.js';
import { count, label } from '../common/labels.js';
import { sectionSkeleton } from '../common/skeleton.js';

/**
 * @tagname briefing-actors
 * @summary Cards for the people, organizations, countries and groups in a story.
 *
 * @attr src - URL of a briefing JSON file, fetched when set (near the viewport unless `loading="eager"`).
 * @attr heading-level - Level of the top heading, 1–6 (default 2); headings inside sit below it. Invalid values fall back to 2.
 * @attr heading - Text of the top heading, instead of the default.
 * @attr lang - Language of the labels: `en` (default), `fr`, `de`, `es`, `it`, `pt` or `ar`; unset, the nearest ancestor's `lang`. Unknown languages fall back to English. The briefing's own text keeps the briefing's `language`.
 * @attr theme - `auto` (default: the host page's colours), `light` or `dark` (own background). Invalid values mean `auto`.
 * @attr layout - `grid` (default: cards side by side), `list` (one column) or `compact` (one column, half the spacing). Invalid values mean `grid`.
 * @attr show-evidence - Boolean: show each card's evidence expanded (default: collapsed).
 * @attr loading - `lazy` (default: fetch and render only within half a viewport of being visible) or `eager`.
 * @attr errors - `show`: a briefing that cannot be loaded shows a short message (for editors); by default the element collapses to nothing. `briefing-error` fires either way.
 * @attr max-actors - Actor cards shown before "Show more" (default 6; invalid values mean 6).
 * @attr actor - Id of the chosen actor (its name button is pressed). Choosing one fires `change` and `briefing-select`.
 *
 * @fires briefing-load - `{briefing, src?}`: the briefing was loaded from `src` or inline JSON (`src` absent) and rendered. Not fired for `data` set from JavaScript.
 * @fires briefing-error - `{message, reason, error, src?}`: the briefing could not be fetched, parsed or understood; `message` is the text the element shows with `errors="show"`, `reason` one of `network`, `http`, `timeout`, `too-large`, `not-json`, `version`, `invalid`.
 * @fires briefing-select - `{kind, id}`: a reader chose an actor (`kind` `actor`) or opened a position's or question's evidence (`position`, `question`).
 *
 * @slot - Nothing is slotted; an optional `<script type="application/json">` child holds an inline briefing.
 * @fires change - The chosen actor changed (`actor`); not composed.
 *
 * @csspart card - One actor's card.
 * @csspart header - A card's header.
 * @csspart title - A card's title: the actor's name.
 * @csspart actor - An actor's name: a toggle button (dotted underline: `::part(actor) { text-decoration: none }` removes it) when the actor has positions or questions to filter, else plain text.
 * @csspart body - A card's details: role (or type) and, where they differ from actor to actor, counts of positions and sources.
 * @csspart section-title - The section's heading.
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
    const { actors } = briefing;
    const level = this.level;
    const { positions, filterable } = actorFacts(briefing);
    // A count tells readers something only where it differs from actor to actor; "in every
    // source" and "no positions" tell them nothing.
    const varies = new Set(actors.map((a) => positions.get(a.id) ?? 0)).size > 1;
    const sourceCount = (a: Actor) => (a.sources.length < briefing.sources.length ? new Set(a.sources).size : 0);
    return this._section(
      'actors',
      this._labels.actors,
      actors,
      positive(this.maxActors, 6),
      (shown) => html`<ul class="cards actors" role="list">
        ${shown.map((actor) =>
          this._renderActor(actor, level + 1, filterable.has(actor.id), varies ? (positions.get(actor.id) ?? 0) : 0, sourceCount(actor)),
        )}
      </ul>`,
    );
  }

  private _renderActor(actor: Actor, level: number, toggle: boolean, positions: number, sources: number) {
    const labels = this._labels;
    const lang = this._content;
    const name = actor.name || actor.id;
    // Only an actor with positions or questions to show is a toggle; the others are plain names.
    const title = toggle
      ? html`<button class="pick" part="actor" type="button" data-actor=${actor.id} aria-pressed=${this.actor === actor.id} @click=${() => this.#pick(actor.id)}>
          <bdi lang=${lang}>${name}</bdi>
        </button>`
      : html`<bdi part="actor" lang=${lang}>${name}</bdi>`;
    const numbers = [
      positions ? count(this._lang, positions, labels.position) : '',
      sources ? count(this._lang, sources, labels.source) : '',
    ].filter(Boolean);
    return html`<li class="card" part="card" tabindex="-1">
      <header class="card-header" part="header">${heading(level, title, 'card-title', undefined, 'title')}${newBadge(actor, labels)}</header>
      <div class="card-body" part="body">
        <p class="role">
          ${actor.role ? html`<bdi lang=${lang}>${actor.role}</bdi>` : label(labels, actor.type)}${numbers.length
            ? html`<span class="counts muted"> · ${numbers.join(' · ')}</span>`
            : nothing}
        </p>
      </div>
    </li>`;
  }

  /** Choose an actor, or unchoose the chosen one; `change` lets a page (or story-briefing) filter. */
  #pick(id: string): void {
    this.actor = this.actor === id ? '' : id;
    if (this.actor) this.select('actor', id);
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
