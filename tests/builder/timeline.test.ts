// Stage 10: the timeline, the story's dated events in order, each grounded in its article.
import { describe, expect, it } from 'vitest';
import { buildBriefing, type InputDocument } from '../../src/builder/index.js';
import type { Briefing } from '../../src/format/schema.js';

const FIRST = [
  'Flood waters rose across the Riverton valley on Wednesday as the regional government weighed emergency aid.',
  'Mayor Anna Rossi ordered the evacuation of the old town on Monday.',
  'The Riverton river burst its banks last week and flooded the valley.',
  'Engineers inspected the Riverton dam yesterday and found cracks in its wall.',
].join('\n\n');
const SECOND = [
  'The regional council approved emergency funds for Riverton on Wednesday.',
  'Governor Paolo Neri visited the shelters in the valley on Tuesday.',
].join('\n\n');

const build = (documents: InputDocument[], date?: string): Briefing => buildBriefing(documents, { id: 't', date });
const rows = (b: Briefing) => (b.timeline ?? []).map((t) => `${t.date ?? '?'} ${t.when}: ${t.text}`);

describe('timeline', () => {
  it('orders the events by the dates the articles give, each resolved against its own publication day', () => {
    const b = build([
      { text: FIRST, publishedAt: '2017-04-12' },
      // Published a day later: its "Wednesday" is the same day as the first article's.
      { text: SECOND, publishedAt: '2017-04-13T09:00:00Z' },
    ]);
    expect(rows(b)).toEqual([
      '2017-W14 last week: The Riverton river burst its banks last week and flooded the valley.',
      '2017-04-10 on Monday: Mayor Anna Rossi ordered the evacuation of the old town on Monday.',
      '2017-04-11 yesterday: Engineers inspected the Riverton dam yesterday and found cracks in its wall.',
      '2017-04-11 on Tuesday: Governor Paolo Neri visited the shelters in the valley on Tuesday.',
      '2017-04-12 on Wednesday: Flood waters rose across the Riverton valley on Wednesday as the regional government weighed emergency aid.',
      '2017-04-12 on Wednesday: The regional council approved emergency funds for Riverton on Wednesday.',
    ]);
  });

  it('every entry is one sentence of its article, with its evidence', () => {
    const texts = [FIRST, SECOND];
    const b = build(texts.map((text) => ({ text })), '2017-04-12');
    for (const t of b.timeline!) {
      expect(t.evidence[0]!.text).toBe(t.text);
      for (const e of t.evidence) expect(texts[Number(e.source.slice(1)) - 1]!.slice(e.start, e.end)).toBe(e.text);
      expect(t.text).toContain(t.when);
    }
  });

  it('--date stands in for articles without their own publishedAt, not for those with one', () => {
    const b = build([{ text: FIRST }, { text: SECOND, publishedAt: '2017-04-20' }], '2017-04-12');
    const on = (start: string) => b.timeline!.find((t) => t.text.startsWith(start))?.date;
    expect(on('Mayor Anna Rossi')).toBe('2017-04-10');
    expect(on('Governor Paolo Neri')).toBe('2017-04-18');
  });

  it('without any publication day: the phrases as written, in reading order, and no date made up', () => {
    const b = build([{ text: FIRST }, { text: SECOND }]);
    expect(rows(b)).toEqual([
      '? on Wednesday: Flood waters rose across the Riverton valley on Wednesday as the regional government weighed emergency aid.',
      '? on Monday: Mayor Anna Rossi ordered the evacuation of the old town on Monday.',
      '? last week: The Riverton river burst its banks last week and flooded the valley.',
      '? yesterday: Engineers inspected the Riverton dam yesterday and found cracks in its wall.',
      '? on Wednesday: The regional council approved emergency funds for Riverton on Wednesday.',
      '? on Tuesday: Governor Paolo Neri visited the shelters in the valley on Tuesday.',
    ]);
  });

  it('without a publication day, dates written in full still order themselves among the rest', () => {
    const b = build([
      { text: 'The dam was completed in 1962 after a decade of work.\n\nThe Riverton river burst its banks last week and flooded the valley.\n\nThe dam was last inspected on March 3, 2016.' },
    ]);
    expect(rows(b)).toEqual([
      '1962 in 1962: The dam was completed in 1962 after a decade of work.',
      '? last week: The Riverton river burst its banks last week and flooded the valley.',
      '2016-03-03 March 3, 2016: The dam was last inspected on March 3, 2016.',
    ]);
  });

  it('one speaker’s words on one day are one event, grounded in every sentence that tells them', () => {
    const b = build([
      { text: 'Mayor Anna Rossi said on Tuesday that the dam would hold.\n\nOn Tuesday, Rossi said the town was ready for the worst.\n\nEngineers inspected the dam on Monday.' },
    ], '2017-04-12');
    expect(rows(b)).toEqual([
      '2017-04-10 on Monday: Engineers inspected the dam on Monday.',
      '2017-04-11 on Tuesday: Mayor Anna Rossi said on Tuesday that the dam would hold.',
    ]);
    expect(b.timeline![1]!.evidence.map((e) => e.text)).toEqual(['Mayor Anna Rossi said on Tuesday that the dam would hold.', 'On Tuesday, Rossi said the town was ready for the worst.']);
  });

  it('a photo caption that dates its picture in full is an event; other page furniture and quotes are not', () => {
    const b = build([
      {
        text: [
          'Rescue workers carry sandbags in Riverton, Italy April 11, 2017. Reuters',
          '“We worked through the night on Tuesday,” a rescue worker said.',
          'Share this article on Facebook on Monday',
          'Mayor Anna Rossi ordered the evacuation of the old town on Monday.',
        ].join('\n\n'),
      },
    ], '2017-04-12');
    expect(rows(b)).toEqual([
      '2017-04-10 on Monday: Mayor Anna Rossi ordered the evacuation of the old town on Monday.',
      '2017-04-11 April 11, 2017: Rescue workers carry sandbags in Riverton, Italy April 11, 2017.',
    ]);
  });

  it('a line that ends in a colon brings in what follows: no event of its own', () => {
    const b = build([
      {
        text: [
          'Mayor Anna Rossi ordered the evacuation of the old town on Monday.',
          'The Riverton council posted a long statement to its page on Tuesday:',
          'The valley will be rebuilt, and every family will have a home by the winter.',
        ].join('\n\n'),
      },
    ], '2017-04-12');
    expect(rows(b)).toEqual(['2017-04-10 on Monday: Mayor Anna Rossi ordered the evacuation of the old town on Monday.']);
  });

  it('a cluster with no dated sentence has no timeline field', () => {
    const b = build([{ text: 'Mayor Anna Rossi ordered the evacuation of the old town. Engineers found cracks in the dam wall.' }]);
    expect(b.timeline).toBeUndefined();
  });

  it('ids name the sentence, so an entry keeps its id when other articles join', () => {
    const alone = build([{ text: FIRST }], '2017-04-12');
    const joined = build([{ text: SECOND }, { text: FIRST }], '2017-04-12');
    const idOf = (b: Briefing, start: string) => b.timeline!.find((t) => t.text.startsWith(start))!.id;
    for (const start of ['Mayor Anna Rossi', 'The Riverton river burst', 'Engineers inspected']) expect(idOf(joined, start)).toBe(idOf(alone, start));
  });
});
