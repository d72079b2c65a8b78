import { html, nothing } from 'lit';
import type { Briefing, Evidence } from '../../format/schema.js';
import { safeHref, sourceName, sourcesOf } from './normalize.js';

/**
 * "Sources: A, B" for a list of evidence spans. A source becomes a link only when its URL is
 * http(s); everything else (javascript:, data:, relative, malformed) stays plain text.
 */
export function renderSources(briefing: Briefing, spans: readonly Evidence[]) {
  const sources = sourcesOf(briefing, spans);
  if (!sources.length) return nothing;
  return html`<p class="sources muted">
    ${sources.length === 1 ? 'Source' : 'Sources'}:
    ${sources.map((source, i) => {
      const href = safeHref(source.url);
      const name = sourceName(source);
      const sep = i > 0 ? ', ' : '';
      return href
        ? html`${sep}<a part="source" href=${href} rel="noopener noreferrer">${name}</a>`
        : html`${sep}<span part="source">${name}</span>`;
    })}
  </p>`;
}
