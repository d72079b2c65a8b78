import { html, nothing } from 'lit';
import type { Evidence } from '../../format/schema.js';
import type { Labels } from './labels.js';

/**
 * The exact source spans behind a card (the card's "Sources" line names their sources), in a disclosure (`<details>`: keyboard-operable and
 * announced as expandable without any script). `onOpen` runs when the reader opens it — a click
 * on the summary, which Enter and Space also produce — but not when `open` renders it expanded.
 */
export function renderEvidence(
  spans: readonly Evidence[],
  labels: Labels,
  open: boolean,
  onOpen: () => void,
) {
  if (!spans.length) return nothing;
  return html`<details class="evidence" part="evidence" ?open=${open}>
    <summary @click=${(e: Event) => (e.currentTarget as Element).parentElement!.hasAttribute('open') || onOpen()}>
      ${labels.evidence} (${spans.length})
    </summary>
    <ul>
      ${spans.map((span) => html`<li><q>${span.text}</q></li>`)}
    </ul>
  </details>`;
}
