// Stage 09: which sentences can stand alone in a summary.
import { describe, expect, it } from 'vitest';
import { backReferenceRule, consensusLede, expectedWords, narrativeOpeningRule, needsPrevious, openingLede, pleasantry, readable, referenceWords, selectionUnits, shownFrom, trimRule } from '../../src/builder/stages/09-summary.js';
import { support } from '../../src/builder/support.js';
import { pageVoiceRule } from '../../src/builder/text/page-voice.js';
import type { Sentence } from '../../src/builder/types.js';
import { buildBriefing } from '../../src/builder/index.js';
import { contentTerms } from '../../src/builder/text/tokens.js';

const sentence = (text: string, noise?: string): Sentence => ({ index: 0, doc: 0, start: 0, end: text.length, text, position: 0, paragraph: 0, terms: [], ...(noise ? { noise } : {}) });

describe('pageVoiceRule', () => {
  it.each([
    ['the reader told to click, scroll or look', 'Click through the gallery below for the best looks from the red carpet.'],
    ['the reader told to click, scroll or look', 'Check out the full list of winners on the festival website.'],
    ['the reader told to click, scroll or look', 'Scroll down to watch the video of the rescue at sea.'],
    ["the page's note on its own changes", 'This story has been updated to include a statement from the city council.'],
    ["the page's note on its own changes", 'Update: The article has been corrected to show the mayor lives in Springfield.'],
    ["the page's correction notice", 'Correction: An earlier version of this story misspelled the name of the harbour master.'],
    ["the page's correction notice", "Editor's note: the name of the victim has been withheld at the family's request."],
    ['the page pointing at what it shows', 'The video shown here explains how the new tram line will run through the old town.'],
    ['the page pointing at what it shows', 'Below is the full text of the letter the mayor sent to the council.'],
    ['the page pointing at what it shows', "Here's what you need to know about the candidate before Tuesday's vote."],
    ['the page pointing at what it shows', 'The lists below were drawn up by two of the country’s health agencies.'],
    ['the page introducing the list it gives', 'Here are 12 of the oddest things left behind on the night buses this winter.'],
    ['the page introducing the list it gives', 'From the opening gala to the closing parade, here are five moments the festival will be remembered for.'],
    ['the page introducing the list it gives', 'Here are some tips to keep the garden alive through a dry summer.'],
    ['the page telling its reader what else it holds', "You'll also find interviews with the cast and more clips from the tour on our site."],
    ['the page telling its reader what else it holds', "Don't miss our full coverage of the harbour festival this weekend."],
  ])('%s: %s', (name, text) => {
    expect(pageVoiceRule(text)).toBe(name);
    expect(readable(sentence(text))).toBe(false);
  });

  it.each([
    // An update that brings news, a report the story is about, a noun that opens a sentence.
    ['Update: Firefighters found the missing kayaker alive near the weir on Sunday evening.'],
    ['The report was revised in March to show the economy grew faster than first thought.'],
    ['Check fraud cost the bank more than two million dollars last year, auditors said.'],
    ['Clicks on the ministry website tripled after the announcement on Monday.'],
    // Media the story is about, and "here" as a place.
    ['The video shows the moment the bridge gave way under the lorry.'],
    ['Here is where the two rivers meet, and where the town was founded in 1450.'],
    ['The footage was posted online by a witness on Monday evening.'],
    // A count the news gives ("there are", "here" inside a quote), not a list the page gives.
    ['Officials said there are five ways the old dam could give way in a flood.'],
    ['"We are here, and there are 40 of us," one of the striking drivers told reporters.'],
    ['Here is the ferry that ran aground off the cape on Sunday night.'],
    ['Inspectors will find the cracks only after the bridge is closed, engineers said.'],
    ["Don't miss a payment, the bank warned its customers after the rate rise."],
  ])('news, not the page: %s', (text) => {
    expect(pageVoiceRule(text)).toBeUndefined();
  });
});

describe('narrativeOpeningRule', () => {
  it.each([
    ['a time reckoned from an event told before', 'Two days later, the ferry company cancelled every crossing to the island.'],
    ['a time reckoned from an event told before', 'Less than a week later, the council voted to close the branch library.'],
    ['a time reckoned from an event told before', 'Hours later, rescuers pulled a second climber from the crevasse.'],
    ['a time reckoned from an event told before', 'A month earlier, the same bridge had been closed for repairs to its deck.'],
    ['a time reckoned from an event told before', 'Shortly after, the airline grounded its remaining fleet of regional jets.'],
    ['a time reckoned from an event told before', 'Then, the crowd moved toward the square outside the parliament building.'],
    ['a step in a sequence told before', 'Finally, the committee asked the regulator to publish its inspection reports.'],
    ['a step in a sequence told before', 'Second, the plan raises the tax on imported steel by ten percent.'],
  ])('%s: %s', (name, text) => {
    expect(narrativeOpeningRule(text)).toBe(name);
    expect(readable(sentence(text))).toBe(false);
  });

  it.each([
    // A time the reader can place alone, a word that is not a step, a later event told in full.
    ['Earlier this week, the ferry company cancelled every crossing to the island.'],
    ['Later this year, the council will vote on closing the branch library.'],
    ['First responders pulled a second climber from the crevasse on Sunday.'],
    ['Producers later moved the shoot to a house across the street.'],
    ['Two days after the storm, the ferry company cancelled every crossing to the island.'],
  ])('stands alone: %s', (text) => {
    expect(narrativeOpeningRule(text)).toBeUndefined();
  });
});

describe('backReferenceRule', () => {
  it.each([
    ['someone told before, by a common noun', 'The actress recently signed on to star in a second season of the drama.'],
    ['someone told before, by a common noun', 'The young couple moved into the lighthouse keeper’s cottage last spring.'],
    ['someone told before, by a common noun', 'The researchers found the same pattern in three other colonies of ants.'],
    ['something told before, by what it was', 'The move comes a week after the ferry company cut its winter timetable.'],
    ['something told before, by what it was', 'The video, which aired on Monday night, shows the barge drifting toward the weir.'],
    ['something told before, by what it was', 'The new findings suggest the glacier is melting faster than thought.'],
    ['the ones told before, counted or ordered', 'Both were treated at the county hospital for smoke inhalation.'],
    ['the ones told before, counted or ordered', 'The two had not spoken since the trial ended in the spring.'],
  ])('%s: %s', (name, text) => {
    expect(backReferenceRule(text)).toBe(name);
    // It may still be shown, after what it leans on.
    expect(readable(sentence(text))).toBe(true);
  });

  it.each([
    // A name after "The", a noun phrase that says which one, a name in apposition, a count that is the news.
    ['The Senate voted on Tuesday to extend the fishing ban for another year.'],
    ['The man who stole the tram was arrested at the depot on Sunday.'],
    ['The study of 4,000 nurses found that night shifts raise the risk of diabetes.'],
    ['The patient, Ana Lowell, is in intensive care at the city hospital.'],
    ['The video of the crash shows the barge drifting toward the weir.'],
    ['Two climbers were rescued from the north face of the mountain on Sunday.'],
    // The noun is a modifier of the phrase's head, not its head.
    ['The old paper mill at Kestrel Falls closed on Tuesday after 120 years.'],
    ['The news conference was moved to the town hall because of the rain.'],
  ])('stands alone: %s', (text) => {
    expect(backReferenceRule(text)).toBeUndefined();
  });

  const article = (texts: string[][]) =>
    texts.flatMap((doc, d) => doc.map((text) => ({ ...sentence(text), doc: d, terms: contentTerms(text) }))).map((s, index) => ({ ...s, index, position: texts[s.doc].indexOf(s.text) }));
  it('a lede that names its subject as told before opens with the sentence it leans on, and follows it', () => {
    const sentences = article([['Harbour Freight Lines said on Monday it would close its depot in Port Selwyn.', 'The move will cost 200 jobs at the depot in Port Selwyn.'], ['About 200 jobs at the Port Selwyn depot will go.']]);
    const follows = sentences.map(() => false);
    // The third article's lede is kept from opening, so that the second sentence is the lede agreed on.
    expect(openingLede({ sentences }, sentences.map((s) => s.position), (i) => i !== 2, follows)).toBe(0);
    expect(follows).toEqual([false, true, false]);
  });

  it('when the sentence leaned on may not open, a lede that names its subject does', () => {
    const sentences = article([['“We had no choice,” a spokesman said on Monday.', 'The move will cost 200 jobs at the depot in Port Selwyn.'], ['About 200 jobs at the Port Selwyn depot will go.']]);
    const follows = sentences.map(() => false);
    expect(openingLede({ sentences }, sentences.map((s) => s.position), (i) => i !== 0, follows)).toBe(2);
    expect(follows).toEqual([false, false, false]);
  });
});

describe('trimRule', () => {
  it.each([
    // [row, sentence, what a summary shows of it]
    ['a day named alone', 'On Tuesday, Harbour Freight Lines said it would close its depot in Port Selwyn.', 'Harbour Freight Lines said it would close its depot in Port Selwyn.'],
    ['a day named alone', 'Late Friday night, Governor Ilse Marren signed the water bill into law in the capital.', 'Governor Ilse Marren signed the water bill into law in the capital.'],
    ['a day named alone', 'Earlier this week, Brightwell Bank raised its savings rate for the second time this year.', 'Brightwell Bank raised its savings rate for the second time this year.'],
    ['a day named alone', 'Yesterday Coach Aldo Ferri named a new captain for the opening match of the season.', 'Coach Aldo Ferri named a new captain for the opening match of the season.'],
  ])('%s: %s', (name, text, shown) => {
    expect(trimRule(text)).toBe(name);
    expect(text.slice(shownFrom(text))).toBe(shown);
  });

  it.each([
    // What is left would open in lower case, or be too short to state something whole; a date
    // the reader can place, a deadline, a quote: shown whole.
    ['On Tuesday, the depot in Port Selwyn closed its gates for the last time.'],
    ['On Tuesday, Harbour Freight Lines closed.'],
    ['In March, Harbour Freight Lines said it would close its depot in Port Selwyn.'],
    ['By Friday, Governor Ilse Marren must sign the water bill or let it lapse.'],
    ['"On Tuesday, Governor Ilse Marren will sign the water bill," an aide said.'],
    ['Mondays are when Harbour Freight Lines sends its trucks down the coast road.'],
  ])('shown whole: %s', (text) => {
    expect(trimRule(text)).toBeUndefined();
    expect(shownFrom(text)).toBe(0);
  });

  it('the summary shows the trimmed sentence, and its evidence is the text shown', () => {
    const text = 'On Tuesday, Harbour Freight Lines said it would close its depot in Port Selwyn after forty years.';
    const briefing = buildBriefing([{ text }], { id: 't', summaryWords: 300 });
    const shown = 'Harbour Freight Lines said it would close its depot in Port Selwyn after forty years.';
    expect(briefing.summary.text).toBe(shown);
    expect(briefing.summary.evidence).toEqual([expect.objectContaining({ start: text.indexOf('Harbour'), end: text.length, text: shown })]);
  });
});

describe('readable', () => {
  it.each([
    ['The Senate is set to vote on the bill next week, leaders said.'],
    ['Heavy rain flooded parts of the city on Monday, officials said.'],
    ['Russian President Vladimir Putin is meeting with U.S. Secretary of State Rex Tillerson at the Kremlin.'],
    ['Turkey had suggested establishing no-fly and safe zones in the war-hit country.'],
    ['Sen. Jane Doe (D-Ore.) was the only declared candidate in the chamber for the address.'],
    ['"We will rebuild every house," the mayor told residents on Monday.'],
    ['The US and Canada signed the agreement in Ottawa on Friday.'],
    ['The mine was closed after the roof of the main shaft collapsed on Monday.'],
    ['So-called sanctuary cities refused to hand the men over to federal agents.'],
    // A name may end on an exclamation mark.
    ['The harbour master confirmed the closure of the quay on Monday in an interview with E!'],
  ])('stands alone: %s', (text) => {
    expect(readable(sentence(text))).toBe(true);
  });

  it.each([
    // Lower-case starts, questions, and very short or very long sentences.
    ['the talks will continue next week in Geneva, officials said.'],
    ['Will the ceasefire hold through the weekend in the north?'],
    // Lines that do not end as a statement: an introduction to what follows, a dek cut from its page.
    ["Here's the Daily Courier report that began the inquiry, in full:"],
    ['A school field in Kent hid the remains of a Tudor barn, new research suggests'],
    // The writer's own voice, outside any quote.
    ["Our heartfelt condolences are offered to the officer's family, friends and colleagues."],
    ['Please keep the family in your thoughts and prayers this week.'],
    ['Buy it today or wait for the sale: the choice is always yours!'],
    ["Here's what you need to know about the new rules for drivers."],
    // The writer exclaims in their own voice.
    ['At ninety-one, the harbour master is still the first on the quay every morning!'],
    ['If the council says yes, who knows what the town will build next!'],
    // Quotation marks around a name or a title do not make the writer's voice someone else's.
    ['When you search "Giants" now, the engine might think you mean the football club.'],
    ['As you may have heard, the mayor asked the council to pass her "clean streets plan" on Monday night.'],
    ['Short sentence here.'],
    [Array.from({ length: 90 }, (_, i) => `word${i}`).join(' ') + '.'],
  ])('rejected: %s', (text) => {
    expect(readable(sentence(text))).toBe(false);
  });

  it.each([
    ['But the mayor said the bridge would stay closed until the inspection.'],
    ['However, the talks ended without an agreement on the border.'],
    ['Meanwhile, the central bank left its interest rates unchanged.'],
    ['Instead, the council voted to delay the library budget until next year.'],
    ['Still, officials said the talks would continue in Geneva next week.'],
    ['Except three of those five boats reached the harbour by the end of the day.'],
  ])('a connective continues the sentence before it, and follows it: %s', (text) => {
    expect(readable(sentence(text))).toBe(true);
    expect(needsPrevious(sentence(text))).toBe(true);
    expect(needsPrevious(sentence(text), true)).toBe(true);
  });

  it.each([
    ['“We will respond,” the minister said after the cabinet meeting on Monday.'],
    ['"Look, prices do rise and fall from week to week," Jane Doe, a deputy press secretary, told reporters.'],
    ['"It\'s about giving readers a quiet place to work," Paul Marchand, the library\'s co-founder, told Radio Kestrel.'],
    ['“The deal is dead,” the senator insisted on Friday.'],
    ['“We will not give up our homes,” the residents told the council on Monday.'],
    // An exclamation inside a quote is the speaker's.
    ['“We will rebuild the quay by spring!” the harbour master told the council on Monday.'],
  ])('a quote that says whose it is stands alone: %s', (text) => {
    expect(readable(sentence(text))).toBe(true);
    expect(needsPrevious(sentence(text))).toBe(false);
  });

  it.each([
    // The middle of a longer quote: its speaker is in the sentence before.
    ['“We will respond to any attack on our territory with all the means we have.”'],
    ['"So we are still trying to work out what happened last night."'],
  ])('a quote that does not say whose it is follows the sentence before it: %s', (text) => {
    expect(needsPrevious(sentence(text))).toBe(true);
  });

  it.each([
    ['“We’re not going into Syria,” he said in an interview with the New York Post.'],
    ['"We will not back down," she told reporters outside the court.'],
  ])('a quote whose speaker is only a pronoun follows the sentence that names them: %s', (text) => {
    expect(needsPrevious(sentence(text))).toBe(true);
    expect(needsPrevious(sentence(text), true)).toBe(true);
  });

  it('a quote whose speaker the builder found stands alone', () => {
    const text = '“I hope you can drop the matter, and I hope you will,” according to the memo.';
    expect(needsPrevious(sentence(text))).toBe(true);
    expect(needsPrevious(sentence(text), true)).toBe(false);
  });

  it.each([
    ['He also said Moscow has reiterated its desire for a constructive dialogue.', true],
    ['She told reporters the plan would be published in the spring.', true],
    ['They said the talks would continue next week in Geneva.', true],
    ['It was the first visit by a member of the cabinet to the region.', true],
    ['This is the worst attack on civilians in years, the monitor said.', true],
    ['His decision to resign surprised members of his own party.', true],
    ['Their offices were searched by police on Thursday morning.', true],
    ['Speaking after several hours of talks with Tillerson, he said Russia had no intention to shield anyone.', true],
    ['That title goes to a short-tailed lizard that lived 90 million years ago.', true],
    ["That's the largest fine the regulator has ever imposed on a bank.", true],
    ['Thatcher-era rules on council housing were repealed on Monday.', false],
    ['Theresa May will travel to Brussels on Thursday for talks.', false],
    ['Italy and France agreed to share the costs of the rescue mission.', false],
  ])('a pronoun needs the sentence before it: %s', (text, needs) => {
    expect(needsPrevious(sentence(text))).toBe(needs);
  });

  it('a noise sentence is never readable', () => {
    const text = 'The Senate is set to vote on the bill next week, leaders said.';
    expect(readable(sentence(text))).toBe(true);
    expect(readable(sentence(text, 'off-topic'))).toBe(false);
    expect(readable(sentence(text, 'caption'))).toBe(false);
  });

  it.each([['Helsinki will host the summit in July, the Finnish foreign ministry said.'], ['Theresa May will travel to Brussels on Thursday for talks.'], ['Italy and France agreed to share the costs of the rescue mission.']])(
    'names that begin like pronouns are fine: %s',
    (text) => {
      expect(readable(sentence(text))).toBe(true);
    },
  );
});

describe('pleasantry', () => {
  it.each([
    ['“Your visit is very timely,” Lavrov told Tillerson on Wednesday.', true],
    ['"Thank you for coming, it is a great pleasure to see you again," the president said.', true],
    ['"We are glad to welcome our friends here today," the prime minister told reporters.', true],
    // A quote that says something is news, however warm.
    ['"We will not accept any deal that leaves farmers worse off," the minister said.', false],
    ['“Your visit is timely because the sanctions start on Monday,” Lavrov told Tillerson.', false],
    // A phrase in quotation marks inside a sentence that states something.
    ['The mayor said she would work to sweep the parks “once more” after the fair in the spring.', false],
    ['Reyes told the Evening Ledger on Saturday, after a long meeting with party staff about the post, that it would be “a great honor.”', false],
    // A condolence, reported or standing alone.
    ['"Our thoughts and prayers are with his family," the chief said.', true],
    ['“We ask that you keep her loved ones in your thoughts and prayers.”', true],
    // A quote alone that says something; a quote left open is judged on nothing outside it.
    ['“We ask that the family be allowed to see the police report.”', false],
    ['I have worked this beat for 30 years," he said. "I have never seen a night like this.', false],
    // No quote, no pleasantry.
    ['The two ministers met for three hours at the foreign ministry on Wednesday.', false],
  ])('%s → %s', (text, expected) => {
    expect(pleasantry(text)).toBe(expected);
    if (expected) expect(readable(sentence(text))).toBe(false);
  });
});

describe('choosing the summary', () => {
  const summaryOf = (docs: string[], summaryWords: number) => buildBriefing(docs.map((text) => ({ text })), { id: 't', summaryWords }).summary.text;

  it.each([
    // [sentences as [article, text], share of each sentence's word pairs another article writes]
    [[[0, 'The mayor ordered an evacuation.'], [1, 'The mayor ordered an evacuation.']], [1, 1]],
    [[[0, 'The mayor ordered an evacuation.'], [1, 'Yesterday the mayor ordered buses.']], [1 / 2, 1 / 2]],
    // Pairs repeated within one article are not support.
    [[[0, 'The mayor ordered an evacuation.'], [0, 'The mayor ordered an evacuation.']], [0, 0]],
    [[[0, 'Rain fell.'], [1, 'Snow fell.']], [0, 0]],
    [[[0, 'Alone'], [1, 'Alone']], [0, 0]],
  ] as [[number, string][], number[]][])('support: %j', (rows, expected) => {
    const sentences = rows.map(([doc, text], index) => ({ ...sentence(text), index, doc }));
    expect(support({ sentences })).toEqual(expected);
  });

  it('a noise sentence lends no support', () => {
    const sentences = [sentence('The mayor ordered an evacuation.'), { ...sentence('The mayor ordered an evacuation.', 'boilerplate'), index: 1, doc: 1 }];
    expect(support({ sentences })).toEqual([0, 0]);
  });

  it.each([
    // [name, articles as lists of sentences, the sentence that opens]
    [
      'an angle no other lede echoes does not open',
      [
        ['No reason for the closure has been given yet.', 'The old paper mill at Kestrel Falls closed on Tuesday after 120 years in the valley.'],
        ['The Kestrel Falls paper mill, the last in the valley, has closed after 120 years, a spokesman said.'],
      ],
      'The old paper mill at Kestrel Falls closed on Tuesday after 120 years in the valley.',
    ],
    [
      "a feature's scene-setting does not open",
      [
        ['Rosa lives in Ohio and loves to bake for her grandchildren.', 'A jury awarded Rosa Delgado three million dollars over a faulty hip implant on Friday.'],
        ['Jurors in Dayton awarded three million dollars to a woman who sued over a faulty hip implant.'],
      ],
      'A jury awarded Rosa Delgado three million dollars over a faulty hip implant on Friday.',
    ],
    ['a single article opens with its first sentence', [['The council approved the budget on Tuesday.', 'The budget funds the library and the council pool.']], 'The council approved the budget on Tuesday.'],
    [
      'of two ledes that agree as much, the earlier',
      [['The port reopened on Monday.', 'The port reopened on Monday after the storm.'], ['The port reopened on Monday.']],
      'The port reopened on Monday.',
    ],
    [
      'only an article\'s first three sentences',
      // The fourth sentence says what the other article's lede says word for word.
      [['Storm hits the port.', 'Rain fell.', 'Wind blew.', 'The port reopened on Monday after the storm.'], ['The port reopened on Monday after the storm.']],
      'Storm hits the port.',
    ],
  ] as [string, string[][], string][])('consensusLede: %s', (_, articles, expected) => {
    const sentences = articles.flatMap((texts, doc) => texts.map((text, position) => ({ ...sentence(text), doc, position, terms: contentTerms(text) })));
    sentences.forEach((s, index) => (s.index = index));
    const chosen = consensusLede({ sentences }, sentences.map((s) => s.position), () => true);
    expect(sentences[chosen].text).toBe(expected);
    expect(chosen === sentences.findIndex((s) => s.text === expected)).toBe(true);
  });

  it('no lede opens when none may', () => {
    const sentences = [{ ...sentence('The port reopened on Monday.'), terms: contentTerms('The port reopened on Monday.') }];
    expect(consensusLede({ sentences }, [0], () => false)).toBe(-1);
  });

  it('keeps the opening first, before an earlier sentence of its article', () => {
    const docs = [
      'No reason for the closure has been given yet, the family that owned the business said in a statement on Tuesday night.\n\nThe old paper mill at Kestrel Falls closed on Tuesday after 120 years in the valley.',
      'The Kestrel Falls paper mill, the last in the valley, has closed after 120 years, a spokesman said on Tuesday.',
    ];
    expect(summaryOf(docs, 300)).toMatch(/^The old paper mill at Kestrel Falls closed on Tuesday after 120 years/);
  });

  it('a lede under lines of page furniture is still the lede', () => {
    const furniture = ['Share this article', 'Tweet', 'Email', 'Advertisement', 'Sign up for our newsletter', 'Related: Ten things to know', 'Watch: the debate', 'Photo gallery'].join('\n\n');
    const article = `${furniture}\n\nThe city council approved a new budget for the public library on Tuesday night.\n\nSome residents had asked for longer opening hours at the branch near the station.\n\nThe public library budget vote followed a long debate in the council chamber about the library.`;
    expect(summaryOf([article], 16)).toBe('The city council approved a new budget for the public library on Tuesday night.');
  });

  it('shows a quote that does not name its speaker only after the sentence that does', () => {
    const docs = [
      'The harbour master said on Monday that the port would reopen to cargo ships next week. "We have cleared the channel and checked every buoy twice over the weekend."\n\nShipping firms had asked for a date since the storm.',
    ];
    expect(summaryOf(docs, 300)).toContain('would reopen to cargo ships next week. "We have cleared the channel');
  });

  it.each([
    // [name, articles of the sentences, which may be shown, which run on from the one before, units]
    ['a sentence that runs on is weighed with the one before it', [0, 0, 0], [true, true, true], [false, true, false], [[0], [1], [2], [0, 1]]],
    ['never with the last sentence of another article', [0, 1], [true, true], [false, true], [[0], [1]]],
    ['never with one that may not be shown', [0, 0], [false, true], [false, true], [[1]]],
    ['never with one that runs on itself', [0, 0, 0], [true, true, true], [false, true, true], [[0], [1], [2], [0, 1]]],
    ['a first sentence has nothing before it', [0], [true], [true], [[0]]],
  ] as [string, number[], boolean[], boolean[], number[][]][])('selectionUnits: %s', (_, docs, allowed, follows, expected) => {
    expect(selectionUnits(docs.map((doc) => ({ doc })), (i) => allowed[i], follows)).toEqual(expected);
  });

  it('takes a sentence that runs on together with the one it runs on from', () => {
    // The pronoun sentence tells what the other article tells; the one before it, alone, little.
    const docs = [
      'The Harlow dam in Marrow County will be drained next spring, the county said on Monday.\n\nA bakery on the square sold out of bread rolls by noon on Saturday.\n\nTwo engineers from the state inspected it on Friday.\n\nThey found deep cracks in the wall of the dam that must be repaired before the reservoir is refilled in the autumn.',
      'Marrow County will drain the reservoir behind the Harlow dam next spring to repair deep cracks in the wall of the dam.',
    ];
    const text = summaryOf(docs, 50);
    expect(text).toContain('inspected it on Friday. They found deep cracks');
    expect(text).not.toContain('bakery');
  });

  const words = (text: string) => text.toLowerCase().split(/\W+/).filter(Boolean);
  it.each([
    // [sentences as [article, text], length, expected counts of some words]
    // The profile is scaled to the summary's length.
    [[[0, 'the mayor ordered the evacuation']], 10, { the: 4, mayor: 2, evacuation: 2 }],
    // A word every source writes weighs twice one that only one of two sources writes.
    [[[0, 'rain fell'], [1, 'rain stopped']], 3, { rain: 2, fell: 0.5, stopped: 0.5 }],
    // Noise lends nothing.
    [[[0, 'rain fell'], [1, 'buy now', 'advert']], 2, { rain: 1, fell: 1, buy: undefined }],
  ] as [[number, string, string?][], number, Record<string, number | undefined>][])('expected words: %j', (rows, length, expected) => {
    const sentences = rows.map(([doc, text, noise], index) => ({ ...sentence(text, noise), index, doc }));
    const profile = expectedWords({ sentences }, sentences.map((s) => words(s.text)), length);
    for (const [w, n] of Object.entries(expected)) expect(profile.get(w)).toBe(n);
  });

  it.each([
    // [words in the cluster, summary budget, length of the human summary it stands for]
    // A cluster of the average size: Multi-News' average summary, or three quarters of a longer budget.
    [1500, 80, 230],
    [1500, 400, 308],
    // Sixteen times the words, twice the summary; a quarter, the summary over the square root of two.
    [24000, 80, 460],
    [375, 80, 230 / Math.SQRT2],
  ])('reference length: %d words in the cluster, budget %d', (clusterWords, summaryWords, reference) => {
    const text = Array.from({ length: clusterWords }, () => 'word').join(' ');
    const sentences = [sentence(text), { ...sentence('caption words that count for nothing', 'caption'), index: 1 }];
    expect(referenceWords({ sentences, options: { id: 't', summaryWords } })).toBeCloseTo(reference, 6);
  });

  it('stops well before the budget once what is left would cover less of the story than it costs', () => {
    // A story told in many sentences by three sources, one of which strays once.
    const story = 'council library budget vote mayor branch hours staff books funding residents debate chamber tax plan members approval opening readers children'.split(' ');
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const sentenceOf = () => {
      const w = [...story].sort(() => random() - 0.5).slice(0, 7);
      return `The ${w[0]} and the ${w[1]} of the ${w[2]} met the ${w[3]} over the ${w[4]}, the ${w[5]} and the ${w[6]}.`;
    };
    const article = (n: number) => Array.from({ length: n }, sentenceOf).join(' ');
    const stray = 'A bakery across town handed out free croissants and warm muffins to early shoppers on Saturday morning.';
    const text = summaryOf([`${article(12)} ${stray} ${article(12)}`, article(25), article(25)], 400);
    expect(text.split(/\s+/).length).toBeLessThan(200);
    expect(text).not.toContain('croissants');
  });

  it('opens with a statement of the news, not a quote', () => {
    const docs = [
      '"The channel is clear and the port will reopen," the harbour master said on Monday.',
      'The port will reopen to cargo ships next week after the storm closed the channel, the harbour master said on Monday.',
    ];
    // Its article comes first, whatever the order of the articles.
    expect(summaryOf(docs, 300)).toMatch(/^The port will reopen/);
  });

  it('opens with one of an article\'s first sentences, not a detail from deep inside it', () => {
    const lede = 'The port reopened to cargo ships on Monday after the storm.';
    const filler = [
      'Crews worked through the night on the old harbour wall.',
      'Fishing boats waited outside the breakwater for two days.',
      'The weather office lifted its warning for the coast on Sunday.',
    ];
    const detail =
      'Divers from the port authority checked every buoy in the channel twice, the harbour master said, and the port authority said cargo ships from the storm may reopen the channel, the harbour and the port to cargo on Monday.';
    const docs = [[lede, ...filler, detail].join(' '), 'Cargo ships returned to the port on Monday, the harbour master said.'];
    expect(summaryOf(docs, 300)).toMatch(/^(?:The port reopened|Cargo ships returned)/);
  });

  it('states the facts before the reactions', () => {
    const docs = [
      [
        'The port will reopen to cargo ships next week after the storm closed the channel for ten days.',
        '"We lost millions every day the channel stayed shut," the head of the shipping association said on Monday.',
        '"We hope the repairs hold this time."',
        'Divers checked every buoy and found the channel clear of wrecks over the weekend.',
      ].join(' '),
    ];
    const text = summaryOf(docs, 300);
    expect(text.indexOf('Divers checked')).toBeGreaterThan(-1);
    expect(text.indexOf('Divers checked')).toBeLessThan(text.indexOf('"We lost millions'));
  });

  it('states every article\'s facts before any reaction', () => {
    const docs = [
      [
        'The port will reopen to cargo ships next week after the storm closed the channel for ten days.',
        '"We lost millions every day the channel stayed shut," the head of the shipping association said on Monday.',
      ].join(' '),
      'Divers checked every buoy in the port and found the channel clear of wrecks over the weekend.',
    ];
    const text = summaryOf(docs, 300);
    expect(text.indexOf('Divers checked')).toBeGreaterThan(-1);
    expect(text.indexOf('"We lost millions')).toBeGreaterThan(text.indexOf('Divers checked'));
  });

  it('an article written to its readers still gets a summary of what it states', () => {
    const docs = ["You've seen every goal of the season, but have you seen them all at once? In honour of the final this Sunday, our video team edited every goal of the season into one montage, in order."];
    expect(summaryOf(docs, 80)).toContain('montage');
  });

  it('an article written to its readers: what the page says of itself comes only when it states nothing else', () => {
    const docs = ["Our video team edited every goal of the season into one montage, in order, for the final this Sunday. Here are 12 of the season's best goals, from the opening day to the last match. You'll also find interviews with the players and more clips from the season on our site."];
    const text = summaryOf(docs, 300);
    expect(text).toContain('montage');
    expect(text).not.toContain('Here are 12');
    expect(text).not.toContain("You'll also find");
  });

  it('opens with its statement even when a quote stands before it in the same article', () => {
    const docs = [
      '"Every buoy has been checked twice and the divers found nothing," harbour master Jan Olsen said on Monday.\n\nThe port will reopen to cargo ships next week after the storm closed the channel, officials said on Monday.',
      'Cargo ships will return to the port next week once the channel closed by the storm reopens, officials said.',
    ];
    expect(summaryOf(docs, 300)).toMatch(/^The port will reopen.*"Every buoy/);
  });
});

