import { html, nothing } from 'lit';
import type { Source } from '../../format/schema.js';
import type { Labels } from './labels.js';
import { safeHref, sourceName } from './normalize.js';

/**
 * "Sources: A, B". A source becomes a link only when its URL is http(s); everything else
 * (javascript:, data:, relative, malformed) stays plain text.
 */
export function renderSources(sources: readonly Source[], labels: Labels) {
  if (!sources.length) return nothing;
  return html`<p class="sources muted">
    ${labels.sourcesLabel[sources.length === 1 ? 0 : 1]}
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
