import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countsHeader, countsOf, parseCounts } from '../../src/format/counts.js';
import type { Briefing } from '../../src/format/schema.js';

const fixture = (): Briefing => JSON.parse(readFileSync(new URL('../widget/fixtures/briefing.json', import.meta.url), 'utf8'));

describe('Briefing-Counts', () => {
  it("counts each list: key points, timeline (0 without one), actors, positions, questions with the answered", () => {
    const b = fixture();
    expect(countsOf(b)).toEqual({
      'key-points': b.keyPoints.length,
      timeline: 0,
      actors: b.actors.length,
      positions: b.positions.length,
      questions: b.questions.length + b.resolved.length,
    });
    b.timeline = [{ id: 't', text: 'It began on Monday.', when: 'on Monday', evidence: [] }];
    expect(countsOf(b).timeline).toBe(1);
  });

  it('writes a structured-field dictionary, and reads it back', () => {
    const b = fixture();
    const header = countsHeader(b);
    expect(header).toMatch(/^key-points=\d+, timeline=\d+, actors=\d+, positions=\d+, questions=\d+$/);
    expect(parseCounts(header)).toEqual(countsOf(b));
  });

  it.each([
    ['', {}],
    ['actors=3', { actors: 3 }],
    ['actors=3,positions=0', { actors: 3, positions: 0 }],
    // What is not a whole number is left out: the skeleton keeps its defaults for it.
    ['actors=-3, positions=two, questions=1.5, timeline, key-points=2', { 'key-points': 2 }],
    ['future=4, Actors=2', { future: 4 }],
  ])('reads %j', (header, counts) => {
    expect(parseCounts(header)).toEqual(counts);
  });
});
