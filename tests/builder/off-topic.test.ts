// Stage 03: repeated sentences and paragraphs about another story.
import { describe, expect, it } from 'vitest';
import { paragraphs } from '../../src/builder/stages/01-paragraphs.js';
import { sentences } from '../../src/builder/stages/02-sentences.js';
import { offTopic } from '../../src/builder/stages/03-off-topic.js';
import type { Context } from '../../src/builder/types.js';
import { contextOf } from './run-stages.js';

function run(docs: string[]): Context {
  const ctx = contextOf(docs);
  paragraphs(ctx);
  sentences(ctx);
  offTopic(ctx);
  return ctx;
}
const noiseOf = (ctx: Context, words: string) => ctx.sentences.find((s) => s.text.includes(words))?.noise;

const story = [
  'The landslide buried the mountain railway on Monday after the retaining wall collapsed near the tunnel entrance.',
  'Geologists said the mountain railway remained stable although the landslide kept moving near the tunnel.',
  'Inspectors from the rail board walked the buried line and checked the drains and the tunnel lining.',
  'The operator said the tunnel would stay shut until the landslide settles and the retaining wall is repaired.',
];
// The same story told by another article, in other sentences.
const retold = [
  'Mud from the moving landslide covered the mountain railway after a retaining wall collapsed on Monday.',
  'The rail board said its inspectors found the tunnel stable and the drains working despite the landslide.',
  'The operator expects the tunnel to stay shut until the slope settles and the retaining wall is rebuilt.',
];
const other = [
  'In Kansas, the special election for the congressional seat drew voters to polls across the state on Tuesday.',
  'The Republican candidate led the Democratic candidate in early returns from rural counties and suburban precincts.',
  'Turnout in the congressional race was higher than in the last midterm, county clerks reported after the polls closed.',
];

// Two articles that name the same people and places, and tell the story in their own words.
const bridge = [
  [
    'The Eastport city council voted on Monday to close the Harbor Bridge after inspectors found cracks in its pillars.',
    'Mayor Jane Roe said the Harbor Bridge would stay shut until engineers finish the repairs, which could take a year.',
    'Commuters lined up for the ferry on Tuesday morning as police turned cars away from the approach roads.',
  ].join('\n\n'),
  [
    'Eastport shut the Harbor Bridge on Monday after an inspection found cracked pillars, Mayor Jane Roe said.',
    'Drivers will take the ferry while engineers repair the bridge, a job the council expects to cost millions.',
    'Shop owners near the bridge said they feared losing customers during the long closure.',
  ].join('\n\n'),
];

// A long paragraph that shares no word with the landslide story, about the person it names.
const brennanCareer = (name: string) =>
  `${name} grew up on a dairy farm in Vermont, studied mechanical engineering at a state college, coached a youth soccer team for a decade and sang in a choir before she joined the company, where colleagues describe her as patient, exacting and fond of long walks.`;

// A page whose items run together with no space after the full stop: the bridge story in three
// items, then a singer's news in three; `coda` closes the page.
const columnPage = (coda: string) =>
  [
    'The Eastport city council voted on Monday to close the Harbor Bridge after inspectors found cracks in its pillars. Mayor Jane Roe said the Harbor Bridge would stay shut for a year.',
    'Commuters lined up for the ferry on Tuesday morning as police turned cars away from the approach roads.',
    'Engineers from the council will inspect the pillars of the Harbor Bridge again next week, the mayor said.',
    'Last month, pop singer Dana Whitfield announced a concert tour of small towns.',
    '"Dana loves the road and the small towns," a friend of Dana tells me. The tour tickets sold out within an hour.',
    'Whitfield will open the tour in a barn, and fans of the singer camped outside for tickets.',
    coda,
  ].join('');

describe('offTopic', () => {
  it.each<[string, string[], string, string | undefined]>([
    [
      'a pasted story over several paragraphs at the end is off-topic',
      [[...story, ...other].join('\n\n'), retold.join('\n\n')],
      'special election',
      'off-topic',
    ],
    [
      'a stretch of short paragraphs about another story is off-topic, each one of them',
      [
        [...story, 'Meanwhile in Eastport, volunteers stacked sandbags.', 'The mayor said the damage may be greater.', 'Families camped in a parking lot.', 'Churches opened their doors to neighbours.', 'A pastor said friends carted his files away.'].join('\n\n'),
        retold.join('\n\n'),
      ],
      'mayor said the damage',
      'off-topic',
    ],
    [
      // The same stretch of short paragraphs, but one of them names a person the story named in full.
      'names-the-story',
      [
        [`${story[0]} Line manager Carla Brennan said the crews had worked through the night.`, ...story.slice(1), 'Meanwhile in Eastport, volunteers stacked sandbags.', 'Brennan said the damage may be greater.', 'Families camped in a parking lot.', 'Churches opened their doors to neighbours.', 'A pastor said friends carted his files away.'].join('\n\n'),
        retold.join('\n\n'),
      ],
      'damage may be greater',
      undefined,
    ],
    [
      'names-the-story: a line pointing the reader elsewhere does not vouch for its paragraph',
      [
        [`${story[0]} Line manager Carla Brennan said the crews had worked through the night.`, ...story.slice(1), 'Meanwhile in Eastport, volunteers stacked sandbags.', 'Documentary: Find out more as Brennan describes the night.', 'Families camped in a parking lot.', 'Churches opened their doors to neighbours.', 'A pastor said friends carted his files away.'].join('\n\n'),
        retold.join('\n\n'),
      ],
      'describes the night',
      'off-topic',
    ],
    [
      'names-the-story: a given name alone ("Carla") is no surname and does not vouch',
      [
        [`${story[0]} Line manager Carla Brennan said the crews had worked through the night.`, ...story.slice(1), 'Meanwhile in Eastport, volunteers stacked sandbags.', 'The mayor told Carla the damage may be greater.', 'Families camped in a parking lot.', 'Churches opened their doors to neighbours.', 'A pastor said friends carted his files away.'].join('\n\n'),
        retold.join('\n\n'),
      ],
      'damage may be greater',
      'off-topic',
    ],
    [
      // The same stretch, but one of them names the rescue dog the story keeps naming, a name no
      // list of people holds.
      'names-a-recurring-name',
      [
        [`${story[0]} A rescue dog, Tovrik, sniffed along the buried track.`, `${story[1]} The handler said Tovrik found a hiker under the mud.`, ...story.slice(2), 'Meanwhile in Eastport, volunteers stacked sandbags.', 'Handlers said Tovrik may search again.', 'Families camped in a parking lot.', 'Churches opened their doors to neighbours.', 'A pastor said friends carted his files away.'].join('\n\n'),
        [...retold, 'The operator praised the rescue dog Tovrik.'].join('\n\n'),
      ],
      'may search again',
      undefined,
    ],
    [
      'names-a-recurring-name: a name the story writes once does not vouch',
      [
        [`${story[0]} A rescue dog, Tovrik, sniffed along the buried track.`, ...story.slice(1), 'Meanwhile in Eastport, volunteers stacked sandbags.', 'Handlers said Tovrik may search again.', 'Families camped in a parking lot.', 'Churches opened their doors to neighbours.', 'A pastor said friends carted his files away.'].join('\n\n'),
        retold.join('\n\n'),
      ],
      'may search again',
      'off-topic',
    ],
    [
      // A long paragraph that strays in wording (a career told in a profile) names the person the
      // whole story turns on: it is the story's.
      'names-a-central-person',
      [
        [`${story[0]} Line manager Carla Brennan said the crews had worked through the night.`, ...story.slice(1), 'Brennan said the drains held.', brennanCareer('Brennan')].join('\n\n'),
        [...retold, 'Brennan told reporters the wall would be rebuilt by spring.'].join('\n\n'),
      ],
      'dairy farm',
      undefined,
    ],
    [
      // The same long paragraph naming a person the story mentions once is judged by its words.
      'names-a-central-person: a person named once is not central, and a long paragraph about them strays',
      [
        [`${story[0]} Line manager Carla Brennan said the crews had worked through the night.`, ...story.slice(1), 'Brennan said the drains held.', 'A neighbour, Tom Okafor, watched from the hill.', brennanCareer('Okafor')].join('\n\n'),
        [...retold, 'Brennan told reporters the wall would be rebuilt by spring.'].join('\n\n'),
      ],
      'dairy farm',
      'off-topic',
    ],
    [
      // A short paragraph at the end of a page shares no word with the story, but its one
      // neighbour is the story's: an aside (who helped), not another story.
      'aside-neighbours: a short paragraph that strays in wording after an on-topic one stays',
      [[...story, 'Volunteers from two churches brought hot soup, woollen blankets, dry socks and warm bread for hikers stranded overnight in the old village hall.'].join('\n\n'), retold.join('\n\n')],
      'woollen blankets',
      undefined,
    ],
    [
      'aside-neighbours: a line pointing the reader elsewhere is no aside',
      [[...story, 'Documentary: Find out more as volunteers from two churches bring hot soup, woollen blankets and warm bread to hikers stranded in the old village hall.'].join('\n\n'), retold.join('\n\n')],
      'woollen blankets',
      'off-topic',
    ],
    [
      // The first paragraph of a pasted story has the story's last paragraph beside it, and the
      // pasted story's next paragraph, which strays too: it opens a stretch, it is no aside.
      'aside-neighbours: a paragraph beside another that strays opens a pasted story',
      [[...story, ...other].join('\n\n'), retold.join('\n\n')],
      'special election',
      'off-topic',
    ],
    [
      'a lone short quote between on-topic paragraphs stays',
      [[story[0], story[1], '"Nobody in this valley has ever seen the river road closed for a whole winter," he said at the meeting.', story[2], story[3]].join('\n\n'), retold.join('\n\n')],
      'whole winter',
      undefined,
    ],
    [
      // The other page is an advert that shares a word with the story's later paragraphs: the
      // lede is judged against the rest of the cluster, its own article included, not the advert.
      'beside an unrelated page, the story\'s own lede stays',
      [
        [
          'Our free booklet on careers is available to download for subscribers this week.',
          'Editors will discuss the booklet in a webinar on Tuesday and take questions from geologists.',
          'This booklet was made possible by the financial support of a utility and its sponsors.',
        ].join('\n\n'),
        [`${story[0]} Mud poured over the track near the old signal box, and the wall gave way in a night.`, ...story.slice(1)].join('\n\n'),
      ],
      'wall collapsed',
      undefined,
    ],
    [
      'a paragraph that opens with a pronoun after an on-topic one goes on from it, however far its words stray',
      [
        [
          ...story.slice(0, 3),
          '“We kept telling him the woman was not right for him. He did not listen.”',
          'Their daughter kept hoping he would come home safe, until the news came.',
          '“If the others were found alive, maybe my brother could be too.”',
          story[3],
        ].join('\n\n'),
        retold.join('\n\n'),
      ],
      'kept hoping',
      undefined,
    ],
    [
      'a paragraph whose first sentence a pronoun speaks after an on-topic one goes on from it',
      [[...story, 'A short while later, she said, nobody in her family had slept or eaten for two whole days, the cousins drove north from the coast with blankets, and her grandmother prayed aloud at the kitchen table until the phone finally rang at dawn.'].join('\n\n'), retold.join('\n\n')],
      'nobody in her family',
      undefined,
    ],
    [
      'a paragraph whose first sentence a pronoun speaks after an on-topic one goes on from it: a sentence that names its speaker does not',
      [[...story, 'A short while later, Ms. Varga said, nobody in her family had slept or eaten for two whole days, the cousins drove north from the coast with blankets, and her grandmother prayed aloud at the kitchen table until the phone finally rang at dawn.'].join('\n\n'), retold.join('\n\n')],
      'nobody in her family',
      'off-topic',
    ],
    [
      // A scraper joined the page's paragraphs with no space between them: each is judged as the
      // paragraph it was.
      'paragraphs joined with no space between them are judged one by one',
      [[...story, ...other].join(''), retold.join('\n\n')],
      'special election',
      'off-topic',
    ],
    [
      // The same sentences joined as one paragraph are one paragraph, mostly the story's.
      'paragraphs joined with no space between them are judged one by one: one paragraph with spaces stays',
      [[...story, ...other].join(' '), retold.join('\n\n')],
      'special election',
      undefined,
    ],
    [
      // A column whose items a scraper joined with no space: the story first, then another person's.
      'column-tail',
      [columnPage(''), bridge[1]],
      'concert tour',
      'off-topic',
    ],
    [
      'column-tail: the items after the newcomer are the other story too',
      [columnPage(''), bridge[1]],
      'camped outside',
      'off-topic',
    ],
    [
      'column-tail: the story\'s own items before it stay',
      [columnPage(''), bridge[1]],
      'lined up for the ferry',
      undefined,
    ],
    [
      'column-tail: a tail that names the story again is the story\'s',
      [columnPage('Mayor Roe said she would not go to the show.'), bridge[1]],
      'concert tour',
      undefined,
    ],
    [
      'column-tail: items with spaces between them are no column',
      [columnPage('').replace(/([.!?"])(?=\p{Lu}|")/gu, '$1 '), bridge[1]],
      'concert tour',
      undefined,
    ],
    [
      'a paragraph that turns to an unrelated story is off-topic',
      [
        bridge[0],
        [
          'In unrelated news, Eastport police arrested a man on Friday for stealing copper wire.',
          'Tom Reyes, 41, is accused of cutting the wire from a rail yard over three nights.',
          'Reyes was released on bail and is due in court next month.',
          'Mayor Jane Roe said the Harbor Bridge repairs would start in the spring.',
        ].join('\n\n'),
      ],
      'cutting the wire',
      'off-topic',
    ],
    [
      'a paragraph that turns to an unrelated story is off-topic: it ends where a paragraph names the story again',
      [
        bridge[0],
        [
          'In unrelated news, Eastport police arrested a man on Friday for stealing copper wire.',
          'Tom Reyes, 41, is accused of cutting the wire from a rail yard over three nights.',
          'Mayor Jane Roe said the Harbor Bridge repairs would start in the spring.',
        ].join('\n\n'),
      ],
      'repairs would start',
      undefined,
    ],
    [
      'a sentence repeated from another article is a duplicate',
      [story.join('\n\n'), [story[1], 'A different sentence about sandbags piled along the levee by volunteers overnight.'].join('\n\n')],
      'Geologists said',
      undefined,
    ],
  ])('%s', (_, docs, words, noise) => {
    expect(noiseOf(run(docs), words)).toBe(noise);
  });

  it('the second copy of a repeated sentence is the one marked', () => {
    const ctx = run([story.join('\n\n'), [story[1], 'Volunteers piled sandbags along the levee overnight to hold back the water.'].join('\n\n')]);
    const copies = ctx.sentences.filter((s) => s.text.startsWith('Geologists said'));
    expect(copies.map((s) => s.noise)).toEqual([undefined, 'duplicate']);
  });
});
