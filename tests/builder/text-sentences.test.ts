// The one sentence splitter (src/builder/text/sentences.ts) every stage uses.
import { describe, expect, it } from 'vitest';
import { sentenceSpans, sentencesOf, splitSentences } from '../../src/builder/text/sentences.js';

const split = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe('splitSentences', () => {
  it.each([
    // Initialisms and initials inside a sentence.
    ['The U.S. military said the strike was a warning. It did not say more.', ['The U.S. military said the strike was a warning.', 'It did not say more.']],
    ['She moved to the U.S. in 2001 and never left.', ['She moved to the U.S. in 2001 and never left.']],
    ['National Security Adviser H.R. McMaster spoke on Sunday. Others did not.', ['National Security Adviser H.R. McMaster spoke on Sunday.', 'Others did not.']],
    ['The memo was signed by John F. Kennedy in 1961. It was later declassified.', ['The memo was signed by John F. Kennedy in 1961.', 'It was later declassified.']],
    ['Officials from the E.U. Commission met in Brussels.', ['Officials from the E.U. Commission met in Brussels.']],
    // …but an initialism followed by a sentence opener ends the sentence.
    ['Officials in the U.S. He said the talks went well.', ['Officials in the U.S.', 'He said the talks went well.']],
    ['While most immediate, U.S. He added that Moscow and Washington understand each other.', ['While most immediate, U.S.', 'He added that Moscow and Washington understand each other.']],
    // Titles and honorifics.
    ['Mr. Smith met Dr. Jones in Washington. They talked for an hour.', ['Mr. Smith met Dr. Jones in Washington.', 'They talked for an hour.']],
    ['Sen. Elizabeth Warren and Gov. Andrew Cuomo spoke. Reporters listened.', ['Sen. Elizabeth Warren and Gov. Andrew Cuomo spoke.', 'Reporters listened.']],
    ['Mrs. May told Gen. Carter the plan was ready.', ['Mrs. May told Gen. Carter the plan was ready.']],
    ['Sens. Ann Lee and Tom Ruiz wrote to Reps. Joe Park and Kim Shore. Nobody replied.', ['Sens. Ann Lee and Tom Ruiz wrote to Reps. Joe Park and Kim Shore.', 'Nobody replied.']],
    // Numbers with decimal points.
    ['The talks lasted 3.5 hours. Both sides left.', ['The talks lasted 3.5 hours.', 'Both sides left.']],
    // Ellipses.
    ['He paused... Then he walked away.', ['He paused...', 'Then he walked away.']],
    ['The deal … was never signed. Talks collapsed.', ['The deal … was never signed.', 'Talks collapsed.']],
    // Quotes spanning sentences stay whole; the closing quote belongs to the sentence.
    ['“We will respond. We will not wait,” the minister said. Talks resumed later.', ['“We will respond. We will not wait,” the minister said.', 'Talks resumed later.']],
    ['"We are not going into Syria. Our policy is the same," he said. Nothing changed.', ['"We are not going into Syria. Our policy is the same," he said.', 'Nothing changed.']],
    ['"I think it is over." He left.', ['"I think it is over."', 'He left.']],
    // A missing space after the full stop still splits.
    ['The company missed its test.At the same time, shares fell.', ['The company missed its test.', 'At the same time, shares fell.']],
    ['Voting ended at noon.Results are expected tonight.', ['Voting ended at noon.', 'Results are expected tonight.']],
    // Question and exclamation marks.
    ['Is this the end? Nobody knows! The vote is Friday.', ['Is this the end?', 'Nobody knows!', 'The vote is Friday.']],
    // A lower-case continuation is not a new sentence.
    ['The vote passed 52 to 48. and that was that.', ['The vote passed 52 to 48. and that was that.']],
    ['One sentence without a full stop', ['One sentence without a full stop']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it.each([
    ['  Leading space. Two  spaces between.   Trailing space.  '],
    ['A day after Russian President Vladimir Putin spoke, U.S. Secretary of State Rex Tillerson arrived. “Your visit is very timely,” Lavrov said.'],
    ['Line one.\tTabbed second sentence. Third!'],
  ])('spans are ordered, disjoint and lose nothing but whitespace: %j', (text) => {
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    let previousEnd = 0;
    for (const [start, end] of spans) {
      expect(start).toBeGreaterThanOrEqual(previousEnd);
      expect(end).toBeLessThanOrEqual(text.length);
      expect(text.slice(start, end).trim().length).toBeGreaterThan(0);
      previousEnd = end;
    }
    const covered = spans.map(([s, e]) => text.slice(s, e)).join('');
    expect(covered.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
  });

  it.each([
    ['BERGEN, Norway (AP) — U.K. and Danish boats were searching Sunday. They found debris.', ['U.K. and Danish boats were searching Sunday.', 'They found debris.']],
    ['KRAKOW — President Anna Kowal said on Monday she would veto the bill.', ['President Anna Kowal said on Monday she would veto the bill.']],
    ['TOLEDO - A Maumee State College campus guard has died. He was 29.', ['A Maumee State College campus guard has died.', 'He was 29.']],
    ['(CNN) A Toledo woman pleaded guilty Monday to fraud charges.', ['A Toledo woman pleaded guilty Monday to fraud charges.']],
    ['Osaka (CNN) Four fishermen are missing. The search goes on.', ['Four fishermen are missing.', 'The search goes on.']],
    ['Acme Corp (ACME) reported higher profits on Monday.', ['Acme Corp (ACME) reported higher profits on Monday.']],
    ['NATO — the alliance — met on Monday.', ['NATO — the alliance — met on Monday.']],
    ['NATO - the alliance - met on Monday.', ['NATO - the alliance - met on Monday.']],
    ['(The figures were revised.) Prices rose.', ['(The figures were revised.)', 'Prices rose.']],
    // Acronyms in capitals open sentences: only a known place of four letters or more is a bare dateline.
    ['NATO Secretary General Anna Berg spoke on Monday.', ['NATO Secretary General Anna Berg spoke on Monday.']],
    ['UK Prime Minister Anna Berg spoke on Monday.', ['UK Prime Minister Anna Berg spoke on Monday.']],
    ['ACME Holdings reported higher profits on Monday.', ['ACME Holdings reported higher profits on Monday.']],
    // The region's abbreviation ends no sentence of its own.
    ['ERIE, Pa. (AP) — Shelter workers say 40 horses were removed. They were sick.', ['Shelter workers say 40 horses were removed.', 'They were sick.']],
    // The day after the place, after its country too.
    ['NEW YORK, June 4 (UPI) -- Acme is warning against the advice of a fitness blogger.', ['Acme is warning against the advice of a fitness blogger.']],
    ['MODENA, Italy, March 9 (UPI) -- Marco Bellini has stood by his account.', ['Marco Bellini has stood by his account.']],
    // The agency alone, then a dash.
    ['(CNN) -- Dale Ames admits he does not understand the fuss.', ['Dale Ames admits he does not understand the fuss.']],
    ['(CNN) - The wave of public sympathy grew on Friday.', ['The wave of public sympathy grew on Friday.']],
    // An agency of two words.
    ['(Health Wire) -- Toddlers sleep longer after a day outdoors, a study finds.', ['Toddlers sleep longer after a day outdoors, a study finds.']],
    // Neither agency nor dash: the place and its region, or a place alone, or several.
    ['EASTPORT, Me. Parents of the students sued the district on Monday.', ['Parents of the students sued the district on Monday.']],
    ['LONDON The council voted to close the bridge.', ['The council voted to close the bridge.']],
    ['PARIS/BERLIN Ministers from both countries met on Monday.', ['Ministers from both countries met on Monday.']],
  ])('a dateline is no part of the first sentence: %s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it.each([
    ['Updated | The council voted to close the bridge. Repairs start in May.', ['The council voted to close the bridge.', 'Repairs start in May.']],
    ['BREAKING NEWS | Flood waters rose overnight in the valley.', ['Flood waters rose overnight in the valley.']],
    ['Story highlights The council voted to close the bridge after inspectors found cracks', ['The council voted to close the bridge after inspectors found cracks']],
    ['Updated | EASTPORT (AP) — The council voted to close the bridge.', ['The council voted to close the bridge.']],
    ['[Video Clip] The council voted to close the bridge.', ['The council voted to close the bridge.']],
    ['— The ferries run late into the night along the harbour.', ['The ferries run late into the night along the harbour.']],
    ['* The council voted to close the bridge.', ['The council voted to close the bridge.']],
  ])('a page\'s label is no part of the first sentence: %s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it.each([
    // A pipe far into the line, or a label before a lower-case word, is no label.
    ['The mayor, the council and the engineers | all agreed on the plan.', ['The mayor, the council and the engineers | all agreed on the plan.']],
    ['Story highlights of the week are below.', ['Story highlights of the week are below.']],
    ['[The council] voted to close the bridge.', ['[The council] voted to close the bridge.']],
  ])('a page\'s label: what is left alone: %s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it.each([
    ['The ferry left at noon, the captain told reporters. [Photos: the harbour in pictures]', ['The ferry left at noon, the captain told reporters.', '[Photos: the harbour in pictures]']],
    ['"We will rebuild," the mayor said. [Video]', ['"We will rebuild," the mayor said.', '[Video]']],
  ])('a link or credit in square brackets closing the paragraph is a sentence of its own: %s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it.each([
    ['Prices rose 2.5 percent in Jan. The central bank did not react.', ['Prices rose 2.5 percent in Jan.', 'The central bank did not react.']],
    ['The vote is on Jan. 5 in the capital.', ['The vote is on Jan. 5 in the capital.']],
    ['"We are focused on the crew," said Adm. James Corbin, the fleet commander.', ['"We are focused on the crew," said Adm. James Corbin, the fleet commander.']],
    ['He spoke to Cmdr. Ron Pelham on Sunday.', ['He spoke to Cmdr. Ron Pelham on Sunday.']],
  ])('months end a sentence before an opener; honorifics never do: %s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it.each([
    ['“Three weeks of rain and then this!” Okafor said. “Nobody saw it coming.”', ['“Three weeks of rain and then this!” Okafor said.', '“Nobody saw it coming.”']],
    ['"Who pays for the bridge?" Marta Lindqvist asked at the meeting. Nobody answered.', ['"Who pays for the bridge?" Marta Lindqvist asked at the meeting.', 'Nobody answered.']],
    ["He recalled her words: 'Why now?' Sen. Paul Rudd told reporters on Friday.", ["He recalled her words: 'Why now?' Sen. Paul Rudd told reporters on Friday."]],
    // A sentence opener after the quote starts a new sentence; so does a new line.
    ['“Enough is enough!” He said the council would vote again in May.', ['“Enough is enough!”', 'He said the council would vote again in May.']],
    ['“Can the plant reopen?”\nOkafor said it could not.', ['“Can the plant reopen?”', 'Okafor said it could not.']],
    // A title-case headline after a question is not a speaker.
    ['“Is the Drought Over?” Farmers Say Not Yet', ['“Is the Drought Over?”', 'Farmers Say Not Yet']],
    // A full stop inside the quote still ends the sentence.
    ['“The plant is closed.” Okafor said it would stay closed.', ['“The plant is closed.”', 'Okafor said it would stay closed.']],
  ])('speaker-after-exclaimed-quote: %j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
  // (The dateline's place in capitals and the spaces after it could share a run of spaces in
  // every way, and the look back for a parenthesis before a hyphen read the run again at each:
  // 2,500 spaces took about 30 s. The timeout is a hang guard, not a measure.)
  it('a paragraph opening with a capital and a run of 2,500 spaces has no dateline', { timeout: 5_000 }, () => {
    const text = `A${' '.repeat(2_500)}x marks the spot.`;
    expect(split(text)).toEqual([text]);
  });
});

describe('sentencesOf: a quote, a claim, a question', () => {
  it.each([
    // A quote's sentences, with the abbreviations a paragraph's have.
    ['We will respond. We will not wait.', ['We will respond.', 'We will not wait.']],
    ['Mr. Trump has made his choice. The U.S. will not wait.', ['Mr. Trump has made his choice.', 'The U.S. will not wait.']],
    ['Sen. John McCain is wrong about this.', ['Sen. John McCain is wrong about this.']],
    // Nothing is taken for a dateline: a quote that opens with capitals keeps them.
    ['NATO — The alliance will respond. It has to.', ['NATO — The alliance will respond.', 'It has to.']],
    // A question is one sentence, or two.
    ['Will Mr. Smith resign?', ['Will Mr. Smith resign?']],
    ['Will the deal hold? Nobody knows.', ['Will the deal hold?', 'Nobody knows.']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
    expect(sentenceSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(expected);
  });
});
