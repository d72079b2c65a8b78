import { html, nothing } from 'lit';

/**
 * Placeholders built like the cards they stand for, with invisible text of a typical length
 * (the lengths of a three-article briefing), so they wrap, and take the height, the rendered
 * briefing will at any width, in the same columns. Only the number of cards is known before the
 * briefing: the caps, or fewer where the briefing's own counts are known (BriefingLoader.counts).
 */
const text = (chars: number) => 'xxxxx '.repeat(Math.ceil(chars / 6));
const many = (count: number, item: () => unknown) => Array.from({ length: count }, item);

const cards: Record<string, () => unknown> = {
  actors: () => html`<p class="card-title">${text(14)}</p><p>${text(30)}</p>`,
  positions: () => html`<p class="card-title">${text(20)}</p><p>${text(150)}</p><p class="sources">${text(18)}</p>`,
  questions: () => html`<p class="card-title">${text(60)}</p><p class="sources">${text(36)}</p><p class="sources">${text(18)}</p>`,
};

/**
 * A section's placeholder: its heading and `count` cards (the summary: its text and `count` key
 * points); nothing for a list known to be empty.
 */
export const sectionSkeleton = (kind: string, count: number) =>
  kind === 'summary'
    ? html`<div class="section ph-summary" aria-hidden="true">
        <p class="summary">${text(420)}</p>
        <p class="card-title">${text(10)}</p>
        <ul class="key-points">
          ${many(count, () => html`<li>${text(170)}</li>`)}
        </ul>
      </div>`
    : !count
      ? nothing
      : kind === 'timeline'
        ? html`<div class="section" aria-hidden="true">
            <div class="section-head"><span class="bar"></span></div>
            <ol class="events">
              ${many(count, () => html`<li class="event"><span class="when">${text(12)}</span><div class="what"><p>${text(90)}</p><p class="sources">${text(18)}</p></div></li>`)}
            </ol>
          </div>`
        : html`<div class="section" aria-hidden="true">
            <div class="section-head"><span class="bar"></span></div>
            <ul class="cards ${kind}">
              ${many(count, () => html`<li class="card ph"><div class="card-body">${cards[kind]!()}</div></li>`)}
            </ul>
          </div>`;
