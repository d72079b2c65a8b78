import { html } from 'lit';
import type { Briefing, Source } from '../../format/schema.js';
import type { Labels } from './labels.js';
import { safeHref } from './normalize.js';

/**
 * What a source is called: its publisher, else its title, else "Article 2" (its place in the
 * briefing), never its id.
 */
export function sourceName(briefing: Briefing, source: Source, labels: Labels): string {
  return source.publisher || source.title || `${labels.untitled} ${briefing.sources.indexOf(source) + 1}`;
}

/**
 * A source's name, a link only when its URL is http(s); everything else (javascript:, data:,
 * relative, malformed) stays plain text. Names are content: in the briefing's language, isolated.
 */
export function renderSource(briefing: Briefing, source: Source, labels: Labels, lang: string, name = sourceName(briefing, source, labels)) {
  const href = safeHref(source.url);
  return href
    ? html`<a part="source" href=${href} rel="noopener noreferrer" lang=${lang} dir="auto">${name}</a>`
    : html`<bdi part="source" lang=${lang}>${name}</bdi>`;
}
