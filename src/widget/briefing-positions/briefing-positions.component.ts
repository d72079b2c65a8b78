import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Briefing, Position } from '../../format/schema.js';
import { BriefingElement, positive } from '../common/briefing-element.js';
import { newBadge } from '../common/changes.js';
import { renderEvidence } from '../common/evidence.js';
import { heading } from '../common/heading.js';
import { count } from '../common/labels.js';
import { actorName, sourcesOf } from '../common/normalize.js';
import { sectionSkeleton } from '../common/skeleton.js';
import { renderSources } from '../common/sources.js';

/**
 * @tagname briefing-positions
 * @summary Who claims what: one card per position, with the actor's verbatim words and sources.
 *
 * @attr src - URL of a briefing JSON file, fetched when set (near the viewport unless `loading="eager"`).
 * @attr heading-level - Level of the top heading, 1–6 (default 2); headings inside sit below it. Invalid values fall back to 2.
 * @attr heading - Text of the top heading, instead of the default.
 * @attr lang - Language of the labels: `en` (default) or `fr`; unset, the nearest ancestor's `lang`. Unknown languages fall back to English.
 * @attr theme - `auto` (default: the host page's colours), `light` or `dark` (own background). Invalid values mean `auto`.
 * @attr layout - `grid` (default: cards side by side), `list` (one column) or `compact` (one column, half the spacing). Invalid values mean `grid`.
 * @attr show-evidence - Boolean: show each card's evidence expanded (default: collapsed).
 * @attr loading - `lazy` (default: fetch and render only within half a viewport of being visible) or `eager`.
 * @attr max-positions - Position cards shown before "Show more" (default 6; invalid values mean 6).
 * @attr actor - Show only this actor's positions (an actor id).
 *
 * @fires briefing-load - `{briefing, src?}`: the briefing was loaded from `src` or inline JSON (`src` absent) and rendered. Not fired for `data` set from JavaScript.
 * @fires briefing-error - `{message, reason, error, src?}`: the briefing could not be fetched, parsed or understood; `message` is the text the element shows, `reason` one of `network`, `http`, `timeout`, `too-large`, `not-json`, `version`, `invalid`.
 * @fires briefing-select - `{kind, id}`: a reader chose an actor (`kind` `actor`) or opened a position's or question's evidence (`position`, `question`).
 *
 * @slot - Nothing is slotted; an optional `<script type="application/json">` child holds an inline briefing.
 *
 * @csspart card - One position's card.
 * @csspart header - A card's header (actor and kind).
 * @csspart title - The actor's name.
 * @csspart body - The claim, quote and sources.
 * @csspart quote - The verbatim quote (`<blockquote>`).
 * @csspart source - A source name; an `<a>` when the source has an http(s) URL.
 * @csspart evidence - A card's evidence disclosure (`<details>`).
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
export class BriefingPositions extends BriefingElement {
  static override properties: PropertyDeclarations = {
    maxPositions: { type: Number, attribute: 'max-positions' },
    actor: {},
  };

  /** How many position cards to show before "Show more" (default 6). */
  declare maxPositions: number | undefined;
  /** Show only this actor's positions (an actor id); empty shows all. */
  declare actor: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('actor')) this._extra = 0;
  }

  protected override renderSkeleton() {
    return sectionSkeleton('positions', positive(this.maxPositions, 6));
  }

  protected override renderBriefing(briefing: Briefing) {
    const level = this.level;
    const labels = this.labels;
    const actor = this.actor;
    const positions = actor ? briefing.positions.filter((p) => p.actor === actor) : briefing.positions;
    const [shown, more] = this.capped(positions, positive(this.maxPositions, 6), 'positions-title');
    return html`<section class="section" aria-labelledby="positions-title">
      ${heading(
        level,
        // Filtered, the heading says by whom: "Positions: Mira Okafor".
        `${this.heading || labels.positions}${actor ? `: ${actorName(briefing, actor)}` : ''}`,
        'section-title',
        'positions-title',
      )}
      ${positions.length
        ? html`<ul class="cards" role="list">
              ${shown.map((position) => this.renderPosition(briefing, position, level + 1))}
            </ul>
            ${more}`
        : html`<p class="empty">${labels.noPositions}</p>`}
    </section>`;
  }

  private renderPosition(briefing: Briefing, position: Position, level: number) {
    const labels = this.labels;
    const sources = sourcesOf(briefing, position.evidence);
    return html`<li class="card" part="card">
      <header class="card-header" part="header">
        ${heading(level, actorName(briefing, position.actor), 'card-title', undefined, 'title')}
        <span class="badge">${labels[position.kind]}</span>
        ${newBadge(position, labels)}
      </header>
      <div class="card-body" part="body">
        <p class="claim">${position.text}</p>
        ${position.quote ? html`<blockquote part="quote">${position.quote}</blockquote>` : nothing}
        ${sources.length > 1
          ? html`<p class="corroboration badge accent">${labels.corroborated} ${count(this.lang_, sources.length, labels.source)}</p>`
          : nothing}
        ${renderSources(sources, labels)}
        ${renderEvidence(position.evidence, labels, this.showEvidence, () => this.select('position', position.id))}
      </div>
    </li>`;
  }
}
