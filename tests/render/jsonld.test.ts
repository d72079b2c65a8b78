// The briefing's schema.org structured data: valid against the vocabulary, naming the seed
// story's people with their quotes, and safe inside a <script> element whatever the text.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBriefing } from '../../src/builder/index.js';
import type { Briefing } from '../../src/format/schema.js';
import { briefingJsonLd, jsonLdScript, type JsonLdNode } from '../../src/render/jsonld.js';
import { checkSchemaOrg } from './schema-org.js';

const SEEDS = path.resolve(__dirname, '../../seeds');
const fixture = (): Briefing => JSON.parse(fs.readFileSync(path.resolve(__dirname, '../widget/fixtures/briefing.json'), 'utf8'));

let seeds: Briefing;
let ld: JsonLdNode;
beforeAll(() => {
  const docs = fs.readdirSync(SEEDS).sort().map((f) => ({ text: fs.readFileSync(path.join(SEEDS, f), 'utf8') }));
  seeds = buildBriefing(docs, { id: 'seeds' });
  ld = briefingJsonLd(seeds);
});

const nodes = (value: unknown): JsonLdNode[] =>
  Array.isArray(value) ? value.flatMap(nodes) : value && typeof value === 'object' ? [value as JsonLdNode, ...Object.values(value).flatMap(nodes)] : [];

describe('the schema.org checker', () => {
  // The checker must be able to fail, or passing it says nothing.
  it.each([
    ['an unknown type', { '@context': 'https://schema.org', '@type': 'Storyline', name: 'x' }, /unknown type Storyline/],
    ['an unknown property', { '@context': 'https://schema.org', '@type': 'Article', speaker: 'x' }, /unknown property speaker/],
    ['a property outside its domain', { '@context': 'https://schema.org', '@type': 'Organization', jobTitle: 'x' }, /jobTitle is not a property of Organization/],
    ['a value outside its range', { '@context': 'https://schema.org', '@type': 'Quotation', spokenByCharacter: { '@type': 'Country', name: 'x' } }, /is not a Organization or Person/],
    ['a reference to no node', { '@context': 'https://schema.org', '@type': 'Quotation', spokenByCharacter: { '@id': '#nobody' } }, /names no node/],
    ['a date that is not ISO 8601', { '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: 'April 12, 2017' }, /is not a Date or DateTime/],
    ['a relative URL', { '@context': 'https://schema.org', '@type': 'NewsArticle', url: '/world/x' }, /is not a URL/],
    ['another context', { '@context': 'https://example.com', '@type': 'Article' }, /@context/],
  ])('rejects %s', (_, doc, message) => {
    expect(checkSchemaOrg(doc).join('\n')).toMatch(message);
  });
});

describe('briefing JSON-LD', () => {
  it('is valid schema.org for the seeds and for the widget fixture', () => {
    expect(checkSchemaOrg(ld)).toEqual([]);
    expect(checkSchemaOrg(briefingJsonLd(fixture()))).toEqual([]);
  });

  it('is an Article about the story, with the summary as its description', () => {
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'Article', headline: seeds.title, description: seeds.summary.text, about: { name: seeds.title } });
  });

  it('names Tillerson, Lavrov and Putin as Persons with their roles, each mention once', () => {
    const mentions = ld.mentions as JsonLdNode[];
    expect(mentions).toHaveLength(seeds.actors.length);
    for (const name of ['Rex Tillerson', 'Sergei Lavrov', 'Vladimir Putin']) {
      const actor = seeds.actors.find((a) => a.name === name)!;
      expect(mentions).toContainEqual(expect.objectContaining({ '@type': 'Person', name, jobTitle: actor.role }));
    }
    expect(mentions.filter((m) => m['@type'] === 'Organization').every((m) => !('jobTitle' in m))).toBe(true);
  });

  it("holds every direct quote as a Quotation spoken by its actor and based on its source", () => {
    const quoted = seeds.positions.filter((p) => p.quote);
    const quotations = ld.hasPart as JsonLdNode[];
    expect(quotations).toHaveLength(quoted.length);
    const ids = new Map(nodes(ld).filter((n) => n['@type'] && n['@id']).map((n) => [n['@id'], n]));
    for (const [i, position] of quoted.entries()) {
      const q = quotations[i]!;
      expect(q).toMatchObject({ '@type': 'Quotation', text: position.quote });
      const actor = seeds.actors.find((a) => a.id === position.actor)!;
      const speaker = q.spokenByCharacter as JsonLdNode;
      // A country speaks through its government, which serves the country mentioned.
      const person = actor.type === 'country' ? ids.get((speaker.areaServed as JsonLdNode)['@id']) : ids.get(speaker['@id']);
      expect(person?.name).toBe(actor.name);
      const basedOn = [q.isBasedOn].flat() as JsonLdNode[];
      expect(basedOn.map((ref) => ids.get(ref['@id'])?.['@type'])).toEqual(basedOn.map(() => 'NewsArticle'));
      expect(basedOn.map((ref) => ref['@id'])).toEqual([...new Set(position.evidence.map((e) => `#briefing-seeds-source-${e.source}`))]);
    }
    const speakers = new Set(quotations.map((q) => ids.get((q.spokenByCharacter as JsonLdNode)['@id'])?.name));
    for (const name of ['Rex Tillerson', 'Sergei Lavrov', 'Vladimir Putin']) expect(speakers).toContain(name);
  });

  it('cites every source, by its URL when it has an http(s) one', () => {
    const b: Briefing = {
      ...fixture(),
      sources: [
        { id: 's1', title: 'Talks resume', url: 'https://example.com/a', publisher: 'Example Wire', publishedAt: '2017-04-12T09:30:00Z' },
        { id: 's2', title: 'Second look', url: 'javascript:alert(1)', publishedAt: 'last Tuesday' },
      ],
    };
    b.actors = b.actors.map((a) => ({ ...a, sources: ['s1'] }));
    for (const item of [b.summary, ...b.keyPoints, ...b.positions, ...b.questions, ...b.resolved]) item.evidence = item.evidence.map((e) => ({ ...e, source: 's1' }));
    const out = briefingJsonLd(b);
    expect(checkSchemaOrg(out)).toEqual([]);
    expect(out.citation).toEqual([
      { '@type': 'NewsArticle', '@id': 'https://example.com/a', headline: 'Talks resume', url: 'https://example.com/a', datePublished: '2017-04-12T09:30:00Z', publisher: { '@type': 'Organization', name: 'Example Wire' } },
      // Neither the javascript: URL nor the date that is not ISO 8601 is passed on.
      { '@type': 'NewsArticle', '@id': `#briefing-${b.id}-source-s2`, headline: 'Second look' },
    ]);
    expect((out.hasPart as JsonLdNode[]).every((q) => q.isBasedOn === 'https://example.com/a')).toBe(true);
  });

  it('cannot be ended by the text it carries, and parses back to the same data', () => {
    const hostile = '</script><script>alert(1)</script><!-- </SCRIPT >';
    const b = fixture();
    b.title = hostile;
    b.summary.text = hostile;
    b.actors[0]!.name = hostile;
    b.positions[0]!.quote = hostile;
    const script = jsonLdScript(b);
    const body = script.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(script).toMatch(/^<script type="application\/ld\+json">[^<]*<\/script>$/);
    expect(body.toLowerCase()).not.toContain('</script');
    expect(JSON.parse(body)).toEqual(briefingJsonLd(b));
  });
});
