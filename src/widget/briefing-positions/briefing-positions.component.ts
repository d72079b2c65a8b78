import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Briefing, Position } from '../../format/schema.js';
import { BriefingElement, positive } from '../common/briefing-element.js';
import { newBadge } from '../common/changes.js';
import { renderEvidence } from '../common/evidence.js';
import { heading } from '../common/heading.js';
import { actorName } from '../common/normalize.js';
import { adds, clip, inTurns } from '../common/concise.js';
import { sectionSkeleton } from '../common/skeleton.js';

/**
 * @tagname briefing-positions
 * @summary Who claims what: one card per position, with the actor's verbatim words and sources. Positions come in turns: each actor's first (most central actor first), then each one's second; a direct position's card is its quote, with the claim only when it adds to it.
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
 * @attr max-positions - Position cards shown before "Show more" (default 4; invalid values mean 4).
 * @attr actor - Show only this actor's positions (an actor id).
 *
 * @fires briefing-load - `{briefing, src?}`: the briefing was loaded from `src` or inline JSON (`src` absent) and rendered. Not fired for `data` set from JavaScript.
 * @fires briefing-error - `{message, reason, error, src?}`: the briefing could not be fetched, parsed or understood; `message` is the text the element shows with `errors="show"`, `reason` one of `network`, `http`, `timeout`, `too-large`, `not-json`, `version`, `invalid`.
 * @fires briefing-select - `{kind, id}`: a reader chose an actor (`kind` `actor`) or opened a position's or question's evidence (`position`, `question`).
 *
 * @slot - Nothing is slotted; an optional `<script type="application/json">` child holds an inline briefing.
 *
 * @csspart card - One position's card.
 * @csspart header - A card's header (actor and kind).
 * @csspart title - A card's title: the actor's name.
 * @csspart actor - The actor's name.
 * @csspart kind - The kind label ("Stated", "Reported").
 * @csspart body - The quote, claim and sources.
 * @csspart quote - The verbatim quote (`<blockquote>`): a direct position's card.
 * @csspart claim - The claim, shown when there is no quote or when it says more than the quote.
 * @csspart sources - A card's source line, "Sources: …", which opens on its evidence.
 * @csspart source - A source name; an `<a>` when the source has an http(s) URL.
 * @csspart section-title - The section's heading.
 * @csspart evidence - A card's evidence disclosure (`<details>`): the exact spans, each labelled with its source.
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

  /** How many position cards to show before "Show more" (default 4). */
  declare maxPositions: number | undefined;
  /** Show only this actor's positions (an actor id); empty shows all. */
  declare actor: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('actor')) this._extra = 0;
  }

  protected override renderSkeleton() {
    return sectionSkeleton('positions', positive(this.maxPositions, 4));
  }

  protected override renderBriefing(briefing: Briefing) {
    const actor = this.actor;
    const positions = inTurns(briefing, actor ? briefing.positions.filter((p) => p.actor === actor) : briefing.positions);
    const level = this.level;
    return this._section(
      'positions',
      this._labels.positions,
      positions,
      positive(this.maxPositions, 4),
      (shown) => html`<ul class="cards" role="list">
        ${shown.map((position) => this._renderPosition(briefing, position, level + 1))}
      </ul>`,
    );
  }

  private _renderPosition(briefing: Briefing, position: Position, level: number) {
    const labels = this._labels;
    const lang = this._content;
    const name = actorName(briefing, position.actor);
    // The actor's own words are the card; the claim only when it says more than they do.
    const quote = position.quote?.replace(/[\s,;:]+$/, '');
    return html`<li class="card" part="card" tabindex="-1">
      <header class="card-header" part="header">
        ${heading(level, html`<bdi part="actor" lang=${lang}>${name}</bdi>`, 'card-title', undefined, 'title')}
        <span class="badge" part="kind">${labels[position.kind]}</span>
        ${newBadge(position, labels)}
      </header>
      <div class="card-body" part="body">
        ${quote ? html`<blockquote part="quote" lang=${lang} dir="auto">${quote}</blockquote>` : nothing}
        ${adds(position.text, quote) ? html`<p class="claim" part="claim" lang=${lang} dir="auto">${position.text}</p>` : nothing}
        ${renderEvidence(briefing, position.evidence, labels, lang, this._expanded, `${name}, ${clip(quote || position.text)}`, () =>
          this.select('position', position.id),
        )}
      </div>
    </li>`;
  }
}
