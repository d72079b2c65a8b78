/**
 * A briefing as schema.org structured data, the way search engines and news publishers read it:
 * an `Article` about the story that `mentions` its people and organisations, holds each direct
 * quote as a `Quotation` (`hasPart`) spoken by its actor and based on its source article, and
 * cites the source articles (`citation`). Nodes refer to each other by `@id`, a fragment unique
 * to the briefing, so the markup can sit in any page beside other structured data.
 */
import type { Actor, ActorType, Briefing, Source } from '../format/schema.js';
import { scriptJson } from './script-json.js';

export type JsonLdNode = { [key: string]: unknown };

/** schema.org types of actors. A group acting together (rebels, unions) is an Organization. */
const ACTOR_TYPES: Record<ActorType, string> = {
  person: 'Person',
  organization: 'Organization',
  country: 'Country',
  group: 'Organization',
};

/** An absolute http(s) URL, or undefined: nothing else becomes a link in structured data either. */
function httpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return /^https?:$/.test(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** schema.org `Date`/`DateTime` are ISO 8601: a date written any other way is left out. */
const isoDate = (value: string | undefined): string | undefined =>
  value && /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value))
    ? value
    : undefined;

/** `{key: value}` when value is a non-empty string or list, else nothing: absent beats empty. */
const opt = (key: string, value: unknown): JsonLdNode =>
  value === undefined || value === '' || (Array.isArray(value) && !value.length) ? {} : { [key]: value };

export function briefingJsonLd(briefing: Briefing): JsonLdNode {
  const base = `#briefing-${encodeURIComponent(briefing.id)}`;
  const actorId = (id: string) => `${base}-actor-${encodeURIComponent(id)}`;
  const sourceRef = (source: Source) => httpUrl(source.url) ?? `${base}-source-${encodeURIComponent(source.id)}`;
  const actors = new Map(briefing.actors.map((a) => [a.id, a]));
  const sources = new Map(briefing.sources.map((s) => [s.id, s]));

  const mention = (actor: Actor): JsonLdNode => {
    const type = ACTOR_TYPES[actor.type] ?? 'Thing';
    const aliases = actor.aliases.filter((alias) => alias && alias !== actor.name);
    return {
      '@type': type,
      '@id': actorId(actor.id),
      name: actor.name,
      ...opt('alternateName', aliases),
      // A person's role is a job title ("Secretary of State"); anyone else's describes them.
      ...opt(type === 'Person' ? 'jobTitle' : 'description', actor.role),
    };
  };

  // Quotations are spoken by people and organisations; when a country speaks, it is its government.
  const speaker = (actor: Actor): JsonLdNode =>
    actor.type === 'country'
      ? { '@type': 'GovernmentOrganization', name: actor.name, areaServed: { '@id': actorId(actor.id) } }
      : { '@id': actorId(actor.id) };

  const quotations = briefing.positions.flatMap((position): JsonLdNode[] => {
    const actor = actors.get(position.actor);
    if (!position.quote || !actor) return [];
    const basedOn = [...new Set(position.evidence.map((e) => e.source))]
      .map((id) => sources.get(id))
      .filter((s): s is Source => s !== undefined)
      .map((s) => (httpUrl(s.url) ? sourceRef(s) : { '@id': sourceRef(s) }));
    return [
      {
        '@type': 'Quotation',
        text: position.quote,
        spokenByCharacter: speaker(actor),
        ...opt('isBasedOn', basedOn.length === 1 ? basedOn[0] : basedOn),
      },
    ];
  });

  const citation = briefing.sources.map(
    (source): JsonLdNode => ({
      '@type': 'NewsArticle',
      '@id': sourceRef(source),
      ...opt('headline', source.title),
      ...opt('url', httpUrl(source.url)),
      ...opt('datePublished', isoDate(source.publishedAt)),
      ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
    }),
  );

  const name = briefing.title || briefing.id;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': base,
    headline: name,
    ...opt('description', briefing.summary.text),
    about: { '@type': 'Thing', name },
    ...opt('mentions', briefing.actors.map(mention)),
    ...opt('hasPart', quotations),
    ...opt('citation', citation),
  };
}

/** The `<script type="application/ld+json">` element for a page. */
export const jsonLdScript = (briefing: Briefing): string =>
  `<script type="application/ld+json">${scriptJson(briefingJsonLd(briefing), 2)}</script>`;
