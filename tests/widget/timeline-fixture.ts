import type { Briefing } from '../../src/format/schema.js';
import { loadBriefing } from './helpers.js';

/** The fixture briefing with a timeline: a week, two days (one new), a month and an undated phrase. */
export async function withTimeline(): Promise<Briefing> {
  const b = await loadBriefing();
  const span = (source: string, t: string) => [{ source, start: 0, end: t.length, text: t }];
  b.timeline = [
    { id: 't-survey', text: 'The survey was commissioned last month.', when: 'last month', date: '2017-03', evidence: span('s1', 'The survey was commissioned last month.') },
    { id: 't-dredging', text: 'Dredging began last week.', when: 'last week', date: '2017-W14', evidence: span('s1', 'Dredging began last week.') },
    { id: 't-vote', text: 'The board voted on Tuesday.', when: 'on Tuesday', date: '2017-04-11', evidence: span('s2', 'The board voted on Tuesday.') },
    { id: 't-protest', text: 'Fishermen protested at the harbour on Wednesday.', when: 'on Wednesday', date: '2017-04-12', evidence: span('s3', 'Fishermen protested at the harbour on Wednesday.'), new: true },
    { id: 't-later', text: 'The council will meet on Friday.', when: 'on Friday', evidence: span('s3', 'The council will meet on Friday.') },
  ];
  return b;
}
