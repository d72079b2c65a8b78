import { html, nothing } from 'lit';
import type { Briefing, Evidence } from '../../format/schema.js';
import type { Labels } from './labels.js';
import { sourceById, sourcesOf } from './normalize.js';
import { renderSource, sourceName } from './sources.js';

/** A span that opens with its own quotation mark is not quoted again (no `““We …`). */
const QUOTED = /^\s*["“”„«»‘’']/;

/**
 * A card's provenance in one line: "Sources: A, B", a disclosure (`<details>`: keyboard-operable
 * and announced as expandable without any script) that opens on the exact spans behind the card,
 * each labelled with its source (a link when it has an http(s) URL). The disclosure is named after
 * its card too (`name`, for screen readers only), so a list of controls tells them apart. `onOpen`
 * runs when the reader opens it — a click on the summary, which Enter and Space also produce — but
 * not when `open` renders it expanded.
 */
export function renderEvidence(
  briefing: Briefing,
  spans: readonly Evidence[],
  labels: Labels,
  lang: string,
  open: boolean,
  name: string,
  onOpen: () => void,
) {
  if (!spans.length) return nothing;
  const sources = sourcesOf(briefing, spans);
  return html`<details class="evidence" part="evidence" ?open=${open}>
    <summary part="sources" @click=${(e: Event) => (e.currentTarget as Element).parentElement!.hasAttribute('open') || onOpen()}>
      ${labels.sourceLabel[sources.length === 1 ? 0 : 1]}${' '}<bdi lang=${lang}>${sources.map((source) => sourceName(briefing, source, labels)).join(', ')}</bdi><span class="visually-hidden"
        >, ${labels.evidence}: <bdi lang=${lang}>${name}</bdi></span
      >
    </summary>
    <ul>
      ${spans.map(
        (span) => html`<li>
          <q class=${QUOTED.test(span.text) ? 'bare' : ''} lang=${lang} dir="auto">${span.text}</q>
          <cite class="muted">— ${renderSource(briefing, sourceById(briefing, span.source), labels, lang)}</cite>
        </li>`,
      )}
    </ul>
  </details>`;
}
