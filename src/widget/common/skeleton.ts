import { html } from 'lit';

/**
 * A section's placeholder while the briefing loads: its heading and as many cards as the default
 * cap shows, in the same grid as the real cards, so the reserved space follows the page's width
 * the way the rendered briefing will. Each kind's card height (`.ph-*` in styles.ts) is that of a
 * typical card.
 */
export const sectionSkeleton = (kind: string, cards: number) =>
  html`<div class="section ph-${kind}" aria-hidden="true">
    <span class="bar"></span>
    <ul class="cards">
      ${Array.from({ length: cards }, () => html`<li class="card ph"></li>`)}
    </ul>
  </div>`;
