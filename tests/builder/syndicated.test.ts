// Syndicated and duplicate articles: a wire story republished word for word, or with another
// headline and byline, builds one briefing that cites each copy; a sentence repeated across the
// copies counts once, never zero.
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../src/builder/index.js';
import { offTopic } from '../../src/builder/stages/03-off-topic.js';
import type { Context } from '../../src/builder/types.js';
import { runThrough } from './run-stages.js';

const wire = [
  'The night ferry ran aground on Monday after its steering failed near the harbour mouth.',
  'Coastguard officers said the ferry remained stable although the tide kept falling around the hull.',
  '"Every passenger is ashore and the crew are safe," said Mayor Ann Lowell, who met the passengers at the quay with the rescuers.',
  'Divers from the coastguard checked the hull and the rudder, and found them sound.',
  'The ferry company said the boat would stay in dock until the steering is repaired and the hull is tested.',
].join('\n\n');
// The same story under another outlet's headline and byline.
const republished = `Night ferry runs aground\n\nBy Staff Writer, Riverside Courier\n\n${wire}\n\nRead more: Ferry coverage`;
// A wire story made only of quotes: nothing but a quote may open its summary.
const statement = [
  '"I am very glad to have been asked to run the harbour festival," Jane Moore said in a statement on Sunday night.',
  '"However I think I can help the town more by raising money for the lifeboat crew and the sea school."',
].join(' ');

function cleaned(docs: string[]): Context {
  return runThrough(docs, offTopic);
}

describe('syndicated articles', () => {
  it.each<[string, string[]]>([
    ['an identical pair', [wire, wire]],
    ['a near-identical pair, with another headline and byline', [wire, republished]],
    ['a trio', [wire, republished, wire]],
    ['an identical pair of a statement made only of quotes', [statement, statement]],
  ])('%s builds one briefing', (_, docs) => {
    const b = buildBriefing(docs.map((text) => ({ text })), { id: 't', summaryWords: 80 });
    expect(b.summary.text.length).toBeGreaterThan(0);
    expect(b.sources).toHaveLength(docs.length);
    // Nothing the reader sees is said twice.
    const said = b.summary.evidence.map((e) => e.text);
    expect(new Set(said).size).toBe(said.length);
  });

  it.each<[string, string[]]>([
    ['an identical pair', [wire, wire]],
    ['a near-identical pair, with another headline and byline', [wire, republished]],
    ['a trio', [wire, republished, wire]],
  ])('%s: each sentence is kept once, in the first copy, and no copy is judged off-topic', (_, docs) => {
    const ctx = cleaned(docs);
    for (const line of wire.split('\n\n')) {
      const copies = ctx.sentences.filter((s) => s.text === line);
      expect(copies).toHaveLength(docs.length);
      expect(copies.map((s) => s.noise)).toEqual(copies.map((_, i) => (i ? 'duplicate' : undefined)));
      expect(copies.slice(1).map((s) => s.copyOf)).toEqual(copies.slice(1).map(() => copies[0].index));
    }
  });

  it.each<[string, string[]]>([
    ['an identical pair', [wire, wire]],
    ['a near-identical pair', [wire, republished]],
    ['a trio', [wire, republished, wire]],
  ])('%s: a position cites the claim in each copy, as one card', (_, docs) => {
    const b = buildBriefing(docs.map((text) => ({ text })), { id: 't', summaryWords: 80 });
    const lowell = b.actors.find((a) => a.name === 'Ann Lowell');
    const cards = b.positions.filter((p) => p.actor === lowell?.id);
    expect(cards).toHaveLength(1);
    expect(cards[0].evidence.map((e) => e.source)).toEqual(docs.map((_, i) => `s${i + 1}`));
    for (const e of cards[0].evidence) expect(docs[Number(e.source.slice(1)) - 1].slice(e.start, e.end)).toBe(e.text);
  });
});
