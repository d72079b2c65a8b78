// Reading dates (src/builder/dates.ts): each form against a reference day, ambiguous and missing ones.
import { afterEach, describe, expect, it } from 'vitest';
import { datesIn, newest, referenceDay, startOf } from '../../src/builder/dates.js';

// Wednesday 12 April 2017.
const WEDNESDAY = referenceDay('2017-04-12')!;

/** The phrases and dates read from a sentence, as "phrase → date" ("phrase → ?" for none). */
const read = (sentence: string, reference: Date | null = WEDNESDAY) =>
  datesIn(sentence, reference ?? undefined).map((p) => `${p.text} → ${p.date ?? '?'}`);

describe('relative dates against the day of publication', () => {
  it.each([
    ['They met yesterday.', 'yesterday → 2017-04-11'],
    ['Talks resume today.', 'today → 2017-04-12'],
    ['The rally is planned for tomorrow.', 'tomorrow → 2017-04-13'],
    ['Tonight the council votes.', 'Tonight → 2017-04-12'],
    ['Putin said on Tuesday that rebels were planning attacks.', 'on Tuesday → 2017-04-11'],
    ['The two ministers held talks in Moscow on Wednesday.', 'on Wednesday → 2017-04-12'],
    ['He met Lavrov earlier Wednesday.', 'Wednesday → 2017-04-12'],
    ['In a Tuesday morning interview, Trump described Assad as an animal.', 'Tuesday morning → 2017-04-11'],
    ['The talks were held 3 days ago.', '3 days ago → 2017-04-09'],
    // A week is an ISO week: "last week" is the Monday-to-Sunday week before.
    ['Russia cut the hotline after a strike on an air base last week.', 'last week → 2017-W14'],
    ['He left the party two weeks ago.', 'two weeks ago → 2017-W13'],
    ['The summit takes place next week.', 'next week → 2017-W16'],
    ['Sales fell last month.', 'last month → 2017-03'],
    ['Earlier this month, Turkey suggested no-fly zones.', 'this month → 2017-04'],
    ['Last year he won the race.', 'Last year → 2016'],
    ['He returned last Friday.', 'last Friday → 2017-04-07'],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });

  it.each([
    // The nearest Friday is two days ahead, but a report in the past tense means the last one.
    ['Tillerson spoke to reporters on Friday.', 'on Friday → 2017-04-07'],
    ['The ministers will meet on Friday.', 'on Friday → 2017-04-14'],
    // The nearest Monday is two days back, but a clause that looks ahead means the next one.
    ['The ministers are expected to meet on Monday.', 'on Monday → 2017-04-17'],
    ['On Monday, the council is set to vote on the budget.', 'On Monday → 2017-04-17'],
    // The weekday is the saying's, not the resignation's.
    ['The minister said on Friday that he will resign.', 'on Friday → 2017-04-07'],
    ['The match ended on Sunday.', 'on Sunday → 2017-04-09'],
  ])('a bare weekday is the last one unless its clause looks ahead: %s', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });
});

describe('absolute dates', () => {
  it.each([
    ['Tillerson attended a G7 meeting in Lucca, Italy April 11, 2017.', 'April 11, 2017 → 2017-04-11'],
    ['The party was founded in 2015.', 'in 2015 → 2015'],
    ['He quit in March 2016.', 'March 2016 → 2016-03'],
    ['The chemical attack took place on April 4.', 'April 4 → 2017-04-04'],
    // A date without its year is the one nearest the reference day.
    ['The lawsuit was filed Dec. 21 in state court.', 'Dec. 21 → 2016-12-21'],
    ['The index closed at a record on 2017-04-10.', '2017-04-10 → 2017-04-10'],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });
});

describe('ambiguous and missing dates keep their phrase and get no date', () => {
  it('4/5/2017 is 5 April in one country and 4 May in another', () => {
    expect(read('The vote was held on 4/5/2017.')).toEqual(['4/5/2017 → ?']);
  });

  it.each([
    ['Putin said on Tuesday that rebels were planning attacks.', 'on Tuesday → ?'],
    ['Russia cut the hotline after a strike last week.', 'last week → ?'],
    ['They met yesterday.', 'yesterday → ?'],
    // No year: which April 7 cannot be known.
    ['The attack took place on April 7.', 'April 7 → ?'],
  ])('without a reference day a relative date stays a phrase: %s', (sentence, expected) => {
    expect(read(sentence, null)).toEqual([expected]);
  });

  it.each([
    ['Tillerson attended a G7 meeting in Lucca, Italy April 11, 2017.', 'April 11, 2017 → 2017-04-11'],
    ['The party was founded in 2015.', 'in 2015 → 2015'],
  ])('without a reference day an absolute date still resolves: %s', (sentence, expected) => {
    expect(read(sentence, null)).toEqual([expected]);
  });
});

describe('phrases that do not date the sentence’s event', () => {
  it.each([
    ['Trump has made no statement since last week’s missile attack.'],
    ['The bill must pass by Friday.'],
    ['Over the past week, prices fell.'],
    ['In the last two days, prices fell.'],
    ['He has evaded capture for six weeks.'],
    ['She sent 2,400 texts in just two weeks.'],
    ['A day after Putin spoke, the ministers met in Moscow.'],
    ['Two days later, he resigned.'],
    ['The ministers sat down for talks.'],
    ['Trump has now claimed he has no plans in Syria.'],
    ['“I hope to achieve progress on this path today,” the minister added.'],
    ['He was interviewed on NBC’s TODAY show.'],
  ])('%s', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});

describe('referenceDay', () => {
  it.each([
    ['2017-04-12', '2017-04-12'],
    // The article's own calendar day, not the UTC one.
    ['2017-04-12T23:30:00-04:00', '2017-04-12'],
    ['Wed, 12 Apr 2017 10:00:00 GMT', '2017-04-12'],
    ['April 12, 2017', '2017-04-12'],
  ])('%s is %s', (value, day) => {
    expect(referenceDay(value)?.toISOString().slice(0, 10)).toBe(day);
  });

  it.each([['2017-02-30'], ['sometime in spring'], [''], ['04/05/2017']])('%j names no day', (value) => {
    expect(referenceDay(value)).toBeUndefined();
  });
});

describe('newest', () => {
  it('is the latest time given, as ISO 8601, whatever the order', () => {
    expect(newest(['2017-04-11', undefined, '2017-04-12T08:00:00Z', '2017-04-12'])).toBe('2017-04-12T08:00:00Z');
    expect(newest(['Wed, 12 Apr 2017 10:00:00 GMT', '2017-04-11'])).toBe('2017-04-12');
    expect(newest([undefined, 'not a date'])).toBeUndefined();
  });
});

describe('startOf orders dates of any precision', () => {
  it('a year, a month, a week and a day start where the calendar says', () => {
    const day = (iso: string) => new Date(startOf(iso)).toISOString().slice(0, 10);
    expect(['2015', '2017-04', '2017-W14', '2017-04-11', '2021-W01'].map(day)).toEqual(['2015-01-01', '2017-04-01', '2017-04-03', '2017-04-11', '2021-01-04']);
  });
});

describe('the time zone of the machine changes nothing', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it.each([['America/Los_Angeles'], ['Pacific/Kiritimati'], ['Asia/Kolkata']])('%s', (tz) => {
    const sentences = ['They met yesterday.', 'Putin said on Tuesday that rebels were planning attacks.', 'A strike hit the base last week.', 'The ministers will meet on Friday.'];
    const here = sentences.map((s) => read(s));
    process.env.TZ = tz;
    expect(sentences.map((s) => read(s, referenceDay('2017-04-12')!))).toEqual(here);
  });
});
