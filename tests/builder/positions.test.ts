// Stage 07: a position's one-line claim.
import { describe, expect, it } from 'vitest';
import { claimLine, positions, quoteSentences } from '../../src/builder/stages/07-positions/index.js';
import { runThrough } from './run-stages.js';

describe('claimLine', () => {
  it.each([
    // A trailing comma before the closing quote goes; the first letter is capitalised.
    ['We are always in favor of collective steps,', 'We are always in favor of collective steps'],
    ['that the central bank would hold rates steady until the end of the year.', 'The central bank would hold rates steady until the end of the year.'],
    ['but the ceasefire was holding in most of the province;', 'The ceasefire was holding in most of the province'],
    // Only the first sentence of a longer quote.
    ['Most recently, we saw rather alarming steps. Russia’s leadership has already voiced its assessments.', 'Most recently, we saw rather alarming steps.'],
    ['We will not be intimidated by anyone. Not now, not ever.', 'We will not be intimidated by anyone.'],
    // The sentence splitter's abbreviations: "Mr." and "U.S." end no sentence.
    ['We expect Mr. Putin to keep his word. Nothing else matters.', 'We expect Mr. Putin to keep his word.'],
    // Whitespace is normalised.
    ['and   the  talks were\n productive,', 'The talks were productive'],
    // Long claims are cut at a word, with an ellipsis.
    [
      'We will not accept any deal that leaves farmers worse off and we will fight it in parliament, in the courts and on the streets for as long as it takes to win',
      'We will not accept any deal that leaves farmers worse off and we will fight it in parliament, in the courts and on the streets for as long…',
    ],
    ['No.', 'No.'],
  ])('%j → %j', (input, expected) => {
    expect(claimLine(input)).toBe(expected);
  });

  it.each([
    ['The government said on Tuesday that the new budget, which includes deep cuts to health and education spending and a freeze on public sector wages, will be presented to parliament next month after weeks of talks.'],
    ['one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four twenty-five twenty-six twenty-seven twenty-eight twenty-nine thirty'],
  ])('never longer than 28 words: %s', (input) => {
    const out = claimLine(input);
    expect(out.split(' ').length).toBeLessThanOrEqual(28);
    expect(out.endsWith('…')).toBe(true);
    // The words kept are the opening words of the input.
    expect(input.slice(1).startsWith(out.slice(1, -1))).toBe(true);
  });
});

describe('quoteSentences', () => {
  it.each([
    [
      'We do not consider any closed alliances productive. It’s very important for us to understand the US position. I hope to achieve progress on this path today',
      ['We do not consider any closed alliances productive.', 'It’s very important for us to understand the US position.', 'I hope to achieve progress on this path today'],
    ],
    // A short sentence stays with its neighbour: "Not now, not ever." is no claim on its own.
    ['We will not be intimidated by anyone at all. Not now, not ever.', ['We will not be intimidated by anyone at all. Not now, not ever.']],
    ['No. We will not pay for the wall under any circumstances.', ['No. We will not pay for the wall under any circumstances.']],
    ['One sentence only, with U.S. officials in it.', ['One sentence only, with U.S. officials in it.']],
    ['We told Sen. Elizabeth Warren about it on Monday. She did not answer our letter at all.', ['We told Sen. Elizabeth Warren about it on Monday.', 'She did not answer our letter at all.']],
  ])('%j', (quote, expected) => {
    expect(quoteSentences(quote)).toEqual(expected);
  });
});

/** Runs the stages up to positions; returns each card holding `words` as "actor: claim" (with "via" for a body's copy). */
function cards(docs: string[], words: string) {
  const ctx = runThrough(docs, positions);
  return ctx.positions
    .filter((p) => p.evidence.some((e) => e.text.includes(words)))
    .map((p) => `${ctx.actors[p.actor].name}${p.voice === undefined ? '' : ` via ${ctx.actors[p.voice].name}`}: ${p.text}`);
}

const harbour = 'The Harbour Safety Board met on Monday about the ferry fire. The Harbour Safety Board has closed the pier.';

describe('spokespersons speak for their body (speaks-for)', () => {
  it.each<[string, string[], string, string[]]>([
    [
      'a role naming the body: the body holds the claim too',
      [`${harbour} Harbour Safety Board spokeswoman Ellen Marsh said the ferry had passed its last inspection in May`],
      'last inspection',
      ['Ellen Marsh: The ferry had passed its last inspection in May', 'Harbour Safety Board via Ellen Marsh: The ferry had passed its last inspection in May'],
    ],
    [
      '"spokesman for the <body>", the claim in a later sentence',
      [`${harbour} Tom Reyes, a spokesman for the Harbour Safety Board, spoke to reporters. "We will publish every finding of the review before the winter," Reyes said.`],
      'every finding',
      ['Tom Reyes: We will publish every finding of the review before the winter', 'Harbour Safety Board via Tom Reyes: We will publish every finding of the review before the winter'],
    ],
    [
      'a role naming no body: the body named before the spokesperson in the sentence',
      [`${harbour} Asked why the Harbour Safety Board waited, spokeswoman Ellen Marsh said the crew had reported no smoke until noon`],
      'no smoke',
      ['Ellen Marsh: The crew had reported no smoke until noon', 'Harbour Safety Board via Ellen Marsh: The crew had reported no smoke until noon'],
    ],
    [
      'a person of another role speaks for no one but themself',
      [`${harbour} Harbour Safety Board engineer Ellen Marsh said the ferry had passed its last inspection in May`],
      'last inspection',
      ['Ellen Marsh: The ferry had passed its last inspection in May'],
    ],
    [
      'a head whose role names the body speaks for it (heads)',
      [`${harbour} Ellen Marsh, deputy director of the Harbour Safety Board, said the ferry had passed its last inspection in May`],
      'last inspection',
      ['Ellen Marsh: The ferry had passed its last inspection in May', 'Harbour Safety Board via Ellen Marsh: The ferry had passed its last inspection in May'],
    ],
    [
      'a head titled after the body\'s name speaks for it (heads)',
      [`${harbour} Harbour Safety Board director Ellen Marsh said the ferry had passed its last inspection in May`],
      'last inspection',
      ['Ellen Marsh: The ferry had passed its last inspection in May', 'Harbour Safety Board via Ellen Marsh: The ferry had passed its last inspection in May'],
    ],
    [
      'a role that holds more than a head of the body speaks for no one but themself',
      [`${harbour} Ellen Marsh, a daughter of the Harbour Safety Board chairman, said the ferry had passed its last inspection in May`],
      'last inspection',
      ['Ellen Marsh: The ferry had passed its last inspection in May'],
    ],
    [
      'a former head speaks for no one but themself',
      [`${harbour} Ellen Marsh, former director of the Harbour Safety Board, said the ferry had passed its last inspection in May`],
      'last inspection',
      ['Ellen Marsh: The ferry had passed its last inspection in May'],
    ],
    [
      'a head of a role naming no body speaks for no one but themself',
      [`${harbour} Asked why the Harbour Safety Board waited, director Ellen Marsh said the crew had reported no smoke until noon`],
      'no smoke',
      ['Ellen Marsh: The crew had reported no smoke until noon'],
    ],
    [
      'a role naming no body: a body named in the quoted words is whom they speak of, not for',
      [`${harbour} "The Harbour Safety Board should publish the inspection logs before the pier reopens," spokeswoman Ellen Marsh said.`],
      'inspection logs',
      ['Ellen Marsh: The Harbour Safety Board should publish the inspection logs before the pier reopens'],
    ],
    [
      'a body named only in the title is not given a card',
      ['Divers searched the harbour on Monday after the ferry fire. Coast Patrol spokeswoman Ellen Marsh said the ferry had passed its last inspection in May'],
      'last inspection',
      ['Ellen Marsh: The ferry had passed its last inspection in May'],
    ],
  ])('%s', (_name, docs, words, expected) => {
    expect(cards(docs, words)).toEqual(expected);
  });
});

// Stage 07's deeds: what an actor does, stated as its act, is its position too.
const council = 'The Brantwood Council met on Monday about the ferry levy. Mayor Ann Lowell spoke to the Brantwood Council.';
describe('positions from deeds (07-positions/deeds.ts, deeds.json rows)', () => {
  it.each<[string, string, string, string[]]>([
    ['legal', `${council} The Brantwood Council subpoenaed the ferry operator's records of the missed sailings.`, 'missed sailings', ["Brantwood Council: The Brantwood Council subpoenaed the ferry operator's records of the missed sailings."]],
    ['decision', `${council} The Brantwood Council vetoed the ferry levy by seven votes to two.`, 'seven votes', ['Brantwood Council: The Brantwood Council vetoed the ferry levy by seven votes to two.']],
    ['decision, passive with its agent', `${council} The ferry levy was vetoed by the Brantwood Council in a late session.`, 'late session', ['Brantwood Council: The ferry levy was vetoed by the Brantwood Council in a late session.']],
    ['refusal-or-pledge', `${council} Lowell withdrew from the harbour talks over the morning sailings.`, 'morning sailings', ['Ann Lowell: Lowell withdrew from the harbour talks over the morning sailings.']],
    ['protest', `${council} The Brantwood Council, which rarely meets in summer, boycotted the harbour board's hearing.`, 'rarely meets', ['Brantwood Council: The Brantwood Council, which rarely meets in summer, boycotted the harbour board\'s hearing.']],
    ['hire-or-fire', `${council} On Tuesday, Harbour court Judge Ann Lowell fired the ferry inspector after the audit.`, 'ferry inspector', ['Ann Lowell: Ann Lowell fired the ferry inspector after the audit.']],
    ['launch-or-offer', `${council} Lowell has donated her salary to buy a second ferry for the island route.`, 'second ferry', ['Ann Lowell: Lowell has donated her salary to buy a second ferry for the island route.']],
    ['enforcement', `${council} The Brantwood Council fined the ferry operator for the missed sailings.`, 'missed sailings', ['Brantwood Council: The Brantwood Council fined the ferry operator for the missed sailings.']],
    ['enforcement, passive with its agent', `${council} The ferry operator was fined by the Brantwood Council for the missed sailings.`, 'missed sailings', ['Brantwood Council: The ferry operator was fined by the Brantwood Council for the missed sailings.']],
    ['between: auxiliaries, adverbs and times before the verb', `${council} Lowell last week formally fired the ferry inspector after the audit.`, 'ferry inspector', ['Ann Lowell: Lowell last week formally fired the ferry inspector after the audit.']],
    ['between: a weekday before the verb', `${council} The Brantwood Council on Thursday vetoed the ferry levy by seven votes to two.`, 'seven votes', ['Brantwood Council: The Brantwood Council on Thursday vetoed the ferry levy by seven votes to two.']],
    ['betweenPassive: an adverb before a passive verb', `${council} The ferry levy was unanimously vetoed by the Brantwood Council in a late session.`, 'late session', ['Brantwood Council: The ferry levy was unanimously vetoed by the Brantwood Council in a late session.']],
    ['a pronoun subject: the person named just before', `${council} Lowell met the ferry crews on Friday. She resigned from the harbour board the next morning.`, 'next morning', ['Ann Lowell: She resigned from the harbour board the next morning.']],
    ['a pronoun subject after an opening phrase', `${council} Lowell met the ferry crews on Friday. On Monday, she resigned from the harbour board after the audit.`, 'after the audit', ['Ann Lowell: She resigned from the harbour board after the audit.']],
    // What the rows must leave alone.
    [
      'not a pronoun for one named outside a subject',
      `${council} The inquiry into Lowell began in April, when the board questioned the skipper, Tom Brandt. He resigned from the harbour board the next morning.`,
      'next morning',
      [],
    ],
    [
      'not a pronoun for one the story only describes',
      `${council} The victim was hurt on the pier. Police said the victim was a ferry worker. The victim met the crews on Friday. He resigned from the harbour board the next morning.`,
      'next morning',
      [],
    ],
    ['not a clause inside another', `${council} Residents suspect Lowell vetoed the levy to spare the harbour fund.`, 'harbour fund', []],
    ['not a clause inside another (clauseWords)', `${council} Now that Lowell resigned from the harbour board, the levy is dead.`, 'levy is dead', []],
    ['not background', `${council} In 2009, Lowell fired the harbour master over a similar dispute.`, 'similar dispute', []],
    ['not what had been done before', `${council} Lowell had already approved a smaller levy for the island route.`, 'smaller levy', []],
    ['not another sense (otherSenses)', `${council} A guard fired shots near the pier, and Lowell fired upon no one at all that night.`, 'that night', []],
    ['not those an act was done to (otherSenses)', `${council} Protesters blocked the pier on Friday. The protesters said the levy was unfair. Police arrested nine protesters at the gate. The protesters arrested were ferry workers from the island.`, 'ferry workers', []],
    ['not a refusal to speak', `${council} Lowell refused to comment on the levy when reporters asked on Tuesday.`, 'reporters asked', []],
    ['not a supposition', `${council} Had Lowell vetoed the levy, the island route would have closed in May.`, 'island route', []],
    ['not a sentence that brings in what follows', `${council} The Brantwood Council released the following timetable for the island route:`, 'following timetable', []],
    ['not a present that tells what one usually does', `${council} The Brantwood Council publishes its harbour accounts every spring.`, 'harbour accounts', []],
    ['not a question', `${council} Has the Brantwood Council approved the levy for the island route?`, 'island route', []],
    ['not a noun after a name', `${council} The Brantwood Council votes on the harbour are held in public.`, 'held in public', []],
  ])('%s', (_name, text, words, expected) => {
    expect(cards([text], words)).toEqual(expected);
  });

  it('at most three deeds of one actor, the first ones the article tells', () => {
    const text = `${council} Lowell vetoed the levy in May. Lowell fired the ferry inspector in June. Lowell hired a new harbour master in July. Lowell appointed a new pier warden in August.`;
    expect(cards([text], 'Lowell').filter((c) => c.startsWith('Ann Lowell'))).toEqual([
      'Ann Lowell: Lowell vetoed the levy in May.',
      'Ann Lowell: Lowell fired the ferry inspector in June.',
      'Ann Lowell: Lowell hired a new harbour master in July.',
    ]);
  });

  it('the same act told twice is one card', () => {
    expect(cards([`${council} Lowell vetoed the ferry levy on Monday.`, 'Lowell vetoed the ferry levy on Monday night.'], 'vetoed')).toEqual(['Ann Lowell: Lowell vetoed the ferry levy on Monday.']);
  });
});
