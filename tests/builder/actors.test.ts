// Stage 05: mentions grouped into actors.
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../src/builder/index.js';
import { ALIAS_RULES, BODY_RULES, DESCRIBED_ACTOR_RULES, PEOPLE_RULES, FULL_NAME_RULES, MERGE_RULES, NOT_ACTOR_RULES, SALIENCE_TERMS, SHORTER_FORMS, bestRole, clusterMentions, describedBeforeFullName, editDistance, lendFromAsides } from '../../src/builder/stages/05-actors/index.js';
import type { Mention } from '../../src/builder/types.js';
import { runThrough } from './run-stages.js';
import { actors } from '../../src/builder/stages/05-actors/index.js';

type M = [name: string, type?: Mention['type'], role?: string];
const mentions = (list: M[]): Mention[] => list.map(([name, type, role], i) => ({ sentence: i, start: 0, end: name.length, name, type, role }));
const cluster = (list: M[]) =>
  clusterMentions(mentions(list)).map((a) => ({ name: a.name, aliases: [...a.aliases].sort(), mentions: a.mentions.length }));

describe('editDistance', () => {
  it.each([
    ['sergei', 'sergey', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['same', 'same', 0],
    ['dmitry', 'dmitri', 1],
  ])('%s → %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('clusterMentions', () => {
  it.each<[string, M[], { name: string; aliases: string[]; mentions: number }[]]>([
    [
      'transliterations of a first name are one person',
      [['Sergei Lavrov', 'person', 'Foreign Minister'], ['Sergey Lavrov', 'person'], ['Lavrov']],
      [{ name: 'Sergei Lavrov', aliases: ['Lavrov', 'Sergei Lavrov', 'Sergey Lavrov'], mentions: 3 }],
    ],
    [
      'Dmitry/Dmitri',
      [['Dmitry Peskov', 'person'], ['Dmitri Peskov', 'person']],
      [{ name: 'Dmitry Peskov', aliases: ['Dmitri Peskov', 'Dmitry Peskov'], mentions: 2 }],
    ],
    [
      'transliterations with the same consonants are one person, the article before a surname aside',
      [['Walid al-Hamdan', 'person'], ['Waleed Hamdan', 'person'], ['Mohammed Morsi', 'person'], ['Muhammad Morsi', 'person'], ['Mark Hill', 'person'], ['Mike Hill', 'person']],
      [
        { name: 'Walid al-Hamdan', aliases: ['Waleed Hamdan', 'Walid al-Hamdan'], mentions: 2 },
        { name: 'Mohammed Morsi', aliases: ['Mohammed Morsi', 'Muhammad Morsi'], mentions: 2 },
        { name: 'Mark Hill', aliases: ['Mark Hill'], mentions: 1 },
        { name: 'Mike Hill', aliases: ['Mike Hill'], mentions: 1 },
      ],
    ],
    [
      'a misspelt surname is looked for under every surname written alike, not only the first',
      [['Rita Conyers', 'person'], ['Dana Conyer', 'person'], ['Dana Conyers', 'person']],
      [
        { name: 'Rita Conyers', aliases: ['Rita Conyers'], mentions: 1 },
        { name: 'Dana Conyer', aliases: ['Dana Conyer', 'Dana Conyers'], mentions: 2 },
      ],
    ],
    [
      'a lone surname joins the full name, whichever comes first',
      [['Lavrov'], ['Sergei Lavrov', 'person']],
      [{ name: 'Sergei Lavrov', aliases: ['Lavrov', 'Sergei Lavrov'], mentions: 2 }],
    ],
    [
      'a surname after a particle',
      [['Abu Bakr al-Baghdadi', 'person'], ['Baghdadi']],
      [{ name: 'Abu Bakr al-Baghdadi', aliases: ['Abu Bakr al-Baghdadi', 'Baghdadi'], mentions: 2 }],
    ],
    [
      'a surname that opens with its particle joins the full name, however the particle is written',
      [['Nadia de Vries', 'person', 'Mayor'], ['De Vries', 'person'], ['Paul Le Gall', 'person'], ['Le Gall', 'person']],
      [
        { name: 'Nadia de Vries', aliases: ['De Vries', 'Nadia de Vries'], mentions: 2 },
        { name: 'Paul Le Gall', aliases: ['Le Gall', 'Paul Le Gall'], mentions: 2 },
      ],
    ],
    [
      'different first names with one surname are different people',
      [['Sergei Lavrov', 'person'], ['Sergei Volkov', 'person'], ['Volkov']],
      [
        { name: 'Sergei Lavrov', aliases: ['Sergei Lavrov'], mentions: 1 },
        { name: 'Sergei Volkov', aliases: ['Sergei Volkov', 'Volkov'], mentions: 2 },
      ],
    ],
    [
      'a shared surname goes to the most mentioned person, and is an alias of neither',
      [['Boris Johnson', 'person'], ['Lyle Johnson', 'person'], ['Lyle Johnson', 'person'], ['Johnson']],
      [
        { name: 'Boris Johnson', aliases: ['Boris Johnson'], mentions: 1 },
        { name: 'Lyle Johnson', aliases: ['Lyle Johnson'], mentions: 3 },
      ],
    ],
    [
      'a short form of a first name, and a misspelt surname, are the same person',
      [['Jonathan Pryor', 'person'], ['Jon Pryor', 'person'], ['Randall Moffat', 'person'], ['Randy Moffat', 'person'], ['Rene Kowalczyk', 'person'], ['Rene Kowalcyzk', 'person'], ['Rene Castillo', 'person']],
      [
        { name: 'Jonathan Pryor', aliases: ['Jon Pryor', 'Jonathan Pryor'], mentions: 2 },
        { name: 'Randall Moffat', aliases: ['Randall Moffat', 'Randy Moffat'], mentions: 2 },
        { name: 'Rene Kowalczyk', aliases: ['Rene Kowalcyzk', 'Rene Kowalczyk'], mentions: 2 },
        { name: 'Rene Castillo', aliases: ['Rene Castillo'], mentions: 1 },
      ],
    ],
    [
      'a surname a letter short, a surname of several words, a name hyphenated or written apart: one person each',
      [['Nora Vales', 'person'], ['Nora Vale', 'person'], ['Nora'], ['Vales'], ['Holloway Brandt', 'person'], ['Debra Holloway Brandt', 'person'], ['Tess Orlan-Li', 'person'], ['Tess Orlan Li', 'person']],
      [
        { name: 'Nora Vales', aliases: ['Nora', 'Nora Vale', 'Nora Vales', 'Vales'], mentions: 4 },
        { name: 'Holloway Brandt', aliases: ['Debra Holloway Brandt', 'Holloway Brandt'], mentions: 2 },
        { name: 'Tess Orlan-Li', aliases: ['Tess Orlan Li', 'Tess Orlan-Li'], mentions: 2 },
      ],
    ],
    [
      'a lone surname read as a body, that the articles also write as the one person of that surname, is that person',
      [['Dana Okafor', 'person', 'Representative'], ['Okafor'], ['Okafor', 'organization'], ['Boeing', 'organization'], ['Lena Boeing', 'person'], ['Boeing']],
      [
        { name: 'Dana Okafor', aliases: ['Dana Okafor', 'Okafor'], mentions: 3 },
        { name: 'Lena Boeing', aliases: ['Boeing', 'Lena Boeing'], mentions: 2 },
        { name: 'Boeing', aliases: ['Boeing'], mentions: 1 },
      ],
    ],
    [
      'two surnames that rhyme, opening on other letters, are two people of one first name',
      [['Nadia Pelanski', 'person'], ['Nadia Kolanski', 'person'], ['Ivan Haidak', 'person'], ['Ivan Gaidak', 'person']],
      [
        { name: 'Nadia Pelanski', aliases: ['Nadia Pelanski'], mentions: 1 },
        { name: 'Nadia Kolanski', aliases: ['Nadia Kolanski'], mentions: 1 },
        { name: 'Ivan Haidak', aliases: ['Ivan Gaidak', 'Ivan Haidak'], mentions: 2 },
      ],
    ],
    [
      'a surname misspelt goes with a first name transliterated, not with another first name',
      [['Rustam Nazirov', 'person'], ['Rostam Nazyrov', 'person'], ['Maria Nazirov', 'person'], ['Mark Nazyrov', 'person']],
      [
        { name: 'Rustam Nazirov', aliases: ['Rostam Nazyrov', 'Rustam Nazirov'], mentions: 2 },
        { name: 'Maria Nazirov', aliases: ['Maria Nazirov'], mentions: 1 },
        { name: 'Mark Nazyrov', aliases: ['Mark Nazyrov'], mentions: 1 },
      ],
    ],
    [
      'an acronym and its expansion are one organisation',
      [['American Civil Liberties Union', 'organization'], ['ACLU', 'organization']],
      [{ name: 'American Civil Liberties Union', aliases: ['ACLU', 'American Civil Liberties Union'], mentions: 2 }],
    ],
    [
      'countries found under several names were already normalised: one actor',
      [['Russia', 'country'], ['Russia', 'country'], ['Syria', 'country']],
      [
        { name: 'Russia', aliases: ['Russia'], mentions: 2 },
        { name: 'Syria', aliases: ['Syria'], mentions: 1 },
      ],
    ],
    [
      'an acronym of the name without its country',
      [['U.S. Nuclear Regulatory Commission', 'organization'], ['NRC', 'organization']],
      [{ name: 'U.S. Nuclear Regulatory Commission', aliases: ['NRC', 'U.S. Nuclear Regulatory Commission'], mentions: 2 }],
    ],
    [
      'a shortened organisation name is the organisation',
      [['Taiyo Kaiun K.K.', 'organization'], ['Taiyo Kaiun', 'person'], ['Nuclear Regulatory Commission', 'organization'], ['U.S. Nuclear Regulatory Commission', 'organization']],
      [
        { name: 'Taiyo Kaiun K.K.', aliases: ['Taiyo Kaiun', 'Taiyo Kaiun K.K.'], mentions: 2 },
        { name: 'U.S. Nuclear Regulatory Commission', aliases: ['Nuclear Regulatory Commission', 'U.S. Nuclear Regulatory Commission'], mentions: 2 },
      ],
    ],
    [
      'a well-known company written with its legal suffix is the company; a county written "Co." is no company',
      [['Boeing', 'organization'], ['Boeing Co', 'organization'], ['Tarrow Co', 'organization'], ['Tarrow', 'organization']],
      [
        { name: 'Boeing Co', aliases: ['Boeing', 'Boeing Co'], mentions: 2 },
        { name: 'Tarrow Co', aliases: ['Tarrow Co'], mentions: 1 },
        { name: 'Tarrow', aliases: ['Tarrow'], mentions: 1 },
      ],
    ],
    [
      'a lone word that ends a ship\'s name is the ship; a person with a role is not an organisation\'s short name',
      [['USS Fitzgerald', 'organization'], ['Fitzgerald'], ['Fitzgerald'], ['John Smith', 'person', 'Senator'], ['John Smith Foundation', 'organization']],
      [
        { name: 'John Smith', aliases: ['John Smith'], mentions: 1 },
        { name: 'USS Fitzgerald', aliases: ['Fitzgerald', 'USS Fitzgerald'], mentions: 3 },
        { name: 'John Smith Foundation', aliases: ['John Smith Foundation'], mentions: 1 },
      ],
    ],
    [
      'an organisation named with and without the place before it',
      [['New York City Fire Department', 'organization'], ['Fire Department', 'organization'], ['Center for Youth Services', 'organization'], ['Fourth Street Center for Youth Services', 'organization']],
      [
        { name: 'New York City Fire Department', aliases: ['Fire Department', 'New York City Fire Department'], mentions: 2 },
        { name: 'Fourth Street Center for Youth Services', aliases: ['Center for Youth Services', 'Fourth Street Center for Youth Services'], mentions: 2 },
      ],
    ],
    [
      'an acronym written with dots',
      [['United Nations', 'organization'], ['U.N.', 'organization'], ['UN', 'organization']],
      [{ name: 'United Nations', aliases: ['U.N.', 'UN', 'United Nations'], mentions: 3 }],
    ],
    [
      'a lone first name goes to the one person who has it',
      [['Milo Rose', 'person'], ['Milo', 'person'], ['Tony Holt', 'person'], ['Tony Blair', 'person'], ['Tony', 'person']],
      [
        { name: 'Milo Rose', aliases: ['Milo', 'Milo Rose'], mentions: 2 },
        { name: 'Tony Holt', aliases: ['Tony Holt'], mentions: 1 },
        { name: 'Tony Blair', aliases: ['Tony Blair'], mentions: 1 },
        { name: 'Tony', aliases: ['Tony'], mentions: 1 },
      ],
    ],
    [
      'a short form that shares no first letters with the full name is the same person, alone too when one person has that name',
      [['Abigail Reyes', 'person'], ['Abby Reyes', 'person'], ['Willard Dorn', 'person'], ['Bill Dorn', 'person'], ['Timothy Vance', 'person'], ['Tim', 'person'], ['Abby', 'person']],
      [
        { name: 'Abigail Reyes', aliases: ['Abby', 'Abby Reyes', 'Abigail Reyes'], mentions: 3 },
        { name: 'Willard Dorn', aliases: ['Willard Dorn'], mentions: 1 },
        { name: 'Bill Dorn', aliases: ['Bill Dorn'], mentions: 1 },
        { name: 'Timothy Vance', aliases: ['Tim', 'Timothy Vance'], mentions: 2 },
      ],
    ],
    [
      'a lone short form shared by two people is neither\'s',
      [['Timothy Vance', 'person'], ['Timon Lake', 'person'], ['Tim', 'person']],
      [
        { name: 'Timothy Vance', aliases: ['Timothy Vance'], mentions: 1 },
        { name: 'Timon Lake', aliases: ['Timon Lake'], mentions: 1 },
        { name: 'Tim', aliases: ['Tim'], mentions: 1 },
      ],
    ],
    [
      'a lone surname goes to the one person who has it before a generation\'s suffix',
      [['Dana Orlick Jr', 'person'], ['Orlick', 'person']],
      [{ name: 'Dana Orlick Jr', aliases: ['Dana Orlick Jr', 'Orlick'], mentions: 2 }],
    ],
    [
      'a lone first name goes to the person written with it, whichever spelling came first',
      [['Conard Abbot', 'person'], ['Conrad Abbot', 'person'], ['Conrad', 'person']],
      [{ name: 'Conard Abbot', aliases: ['Conard Abbot', 'Conrad', 'Conrad Abbot'], mentions: 3 }],
    ],
    [
      'a lone word with no evidence of being a person is dropped',
      [['Tuesday']],
      [],
    ],
    [
      'a word that is one person\'s surname and the first name of another, of a family the story names, is the one named last before it',
      [['Stan Burke', 'person'], ['Burke Tallis', 'person'], ['Rita Tallis', 'person'], ['Burke'], ['Stan Burke', 'person'], ['Burke']],
      [
        { name: 'Stan Burke', aliases: ['Stan Burke'], mentions: 3 },
        { name: 'Burke Tallis', aliases: ['Burke Tallis'], mentions: 2 },
        { name: 'Rita Tallis', aliases: ['Rita Tallis'], mentions: 1 },
      ],
    ],
    [
      'a surname that is the first name of someone whose family the story does not name is the surname',
      [['Stan Burke', 'person'], ['Burke Hale', 'person'], ['Burke']],
      [
        { name: 'Stan Burke', aliases: ['Burke', 'Stan Burke'], mentions: 2 },
        { name: 'Burke Hale', aliases: ['Burke Hale'], mentions: 1 },
      ],
    ],
    [
      'a country whose name opens a body\'s is no name of that body',
      [['United States Harbor Panel', 'organization'], ['United States', 'country'], ['Tarrow Harbor Panel', 'organization'], ['Tarrow Harbor', 'organization']],
      [
        { name: 'United States Harbor Panel', aliases: ['United States Harbor Panel'], mentions: 1 },
        { name: 'United States', aliases: ['United States'], mentions: 1 },
        { name: 'Tarrow Harbor Panel', aliases: ['Tarrow Harbor', 'Tarrow Harbor Panel'], mentions: 2 },
      ],
    ],
  ])('%s', (_, list, expected) => {
    expect(cluster(list)).toEqual(expected);
  });

  // A lone word met once or twice is no one without evidence; one the lexicon holds as a
  // company's, a brand's or a team's is that body.
  it('a lone name the lexicon knows as a company is an organisation, however seldom written', () => {
    expect(clusterMentions(mentions([['Nike']])).map((a) => [a.name, a.type, a.mentions.length])).toEqual([['Nike', 'organization', 1]]);
  });
  it('a lone word the lexicon does not know, met once, is no one', () => {
    expect(clusterMentions(mentions([['Tarrowmede']]))).toEqual([]);
  });

  it('an acronym introduced in parentheses joins the name before it', () => {
    const actors = clusterMentions(mentions([['Hoshino Bussan Kogyo', 'organization'], ['HBK', 'organization']]), new Set(), new Map([['HBK', 'Hoshino Bussan Kogyo']]));
    expect(actors.map((a) => [...a.aliases].sort())).toEqual([['HBK', 'Hoshino Bussan Kogyo']]);
  });

  it.each<[string, [string, boolean?][], string[][]]>([
    ['joins the one organisation built on it', [['House of Representatives'], ['House', true], ['White House'], ['House', true]], [['House', 'House of Representatives'], ['White House']]],
    ['is dropped when two are built on it (the word before "for" too)', [['Eastside Hospital Center'], ['Fourth Street Center for Youth Services'], ['Center', true]], [['Eastside Hospital Center'], ['Fourth Street Center for Youth Services']]],
    ['is dropped when no organisation is built on it', [['European Commission'], ['Agency', true]], [['European Commission']]],
  ])('an organisation\'s head word after "the" %s', (_, list, expected) => {
    const ms: Mention[] = list.map(([name, short], i) => ({ sentence: i, start: 0, end: name.length, name, type: 'organization', ...(short ? { short } : {}) }));
    expect(clusterMentions(ms).map((a) => [...a.aliases].sort())).toEqual(expected);
  });

  it.each<[string, M[], string[]]>([
    ['a description before the full name of a person of the story is cut off', [['Montana Rancher Dale Ames', 'person'], ['Dale Ames', 'person']], ['Dale Ames', 'Dale Ames']],
    ['a rank before it is no first name', [['Marshal Hamish Doyle', 'person'], ['Hamish Doyle', 'person']], ['Hamish Doyle', 'Hamish Doyle']],
    ['a first name before it may be another person\'s', [['Mary Ann Smith', 'person'], ['Ann Smith', 'person']], ['Mary Ann Smith', 'Ann Smith']],
    ['a first name the lexicon does not know before a surname opened by its particle stays', [['Anouk Le Gall', 'person'], ['Le Gall', 'person']], ['Anouk Le Gall', 'Le Gall']],
    ['a first name the lexicon does not know before a surname and its generation\'s suffix stays', [['Tavo Brennick Sr', 'person'], ['Brennick Sr', 'person']], ['Tavo Brennick Sr', 'Brennick Sr']],
  ])('%s', (_, list, expected) => {
    const ms = mentions(list);
    describedBeforeFullName(ms);
    expect(ms.map((m) => m.name)).toEqual(expected);
    expect(ms.every((m) => m.end - m.start === m.name.length)).toBe(true);
  });

  it('a surname with its generation\'s suffix is the one person named in full with it, never the father and the son alike', () => {
    const found = clusterMentions(mentions([['Tavo Brennick Sr', 'person'], ['Tavo Brennick Jr', 'person'], ['Brennick Sr', 'person'], ['Brennick Jr', 'person'], ['Brennick Sr', 'person']]));
    expect(found.map((a) => [a.name, a.mentions.length])).toEqual([['Tavo Brennick Sr', 3], ['Tavo Brennick Jr', 2]]);
  });

  it('a full name met once opening a sentence, with no known first name, cuts nothing off', () => {
    const ms = mentions([['Big Red Tarrow', 'person'], ['Red Tarrow', 'person']]);
    describedBeforeFullName(ms, (m) => m.name === 'Red Tarrow');
    expect(ms.map((m) => m.name)).toEqual(['Big Red Tarrow', 'Red Tarrow']);
  });

  it('keeps the roles written beside each mention', () => {
    const [a] = clusterMentions(mentions([['Sergei Lavrov', 'person', 'Russian Foreign Minister'], ['Sergey Lavrov', 'person', 'Foreign Minister'], ['Lavrov']]));
    expect([...a.roles.keys()].sort()).toEqual(['Foreign Minister', 'Russian Foreign Minister']);
    expect(a.type).toBe('person');
  });

  it('a second role one mention gives is a candidate too: "Governor" elsewhere supports the office with its place', () => {
    const ms = mentions([['Dale Hunt', 'person', 'likely contender for the nomination'], ['Dale Hunt', 'person', 'Governor'], ['Hunt', 'person', 'Governor']]);
    ms[0].alsoRole = 'Oregon Governor';
    const [a] = clusterMentions(ms);
    expect([...a.roles.keys()].sort()).toEqual(['Governor', 'Oregon Governor', 'likely contender for the nomination']);
    expect(bestRole(a)).toBe('Oregon Governor');
  });

  it('the role that holds another role\'s words says more of the same, however long', () => {
    const [a] = clusterMentions(
      mentions([
        ['Mara Lind', 'person', 'deputy director for rural roads and bridges at the Transport Agency'],
        ['Mara Lind', 'person', 'deputy director at the Transport Agency'],
      ]),
    );
    expect(bestRole(a)).toBe('deputy director for rural roads and bridges at the Transport Agency');
  });

  it('a long role as often written that names the same post says it whole; one about something else stays behind', () => {
    const [a] = clusterMentions(
      mentions([
        ['Lena Moss', 'person', 'club’s treasurer from the harbor side'],
        ['Lena Moss', 'person', 'Volunteer, unpaid treasurer of the rowing club from the harbor side of town'],
      ]),
    );
    expect(bestRole(a)).toBe('Volunteer, unpaid treasurer of the rowing club from the harbor side of town');
    const [b] = clusterMentions(mentions([['Tom Reyes', 'person', 'President'], ['Tom Reyes', 'person', 'shipping magnate who sold his whole fleet to a rival in 1990']]));
    expect(bestRole(b)).toBe('President');
  });

  it('a role as often written that names no post and no body yields to one that names a post in its body', () => {
    const [a] = clusterMentions(mentions([['Ana Ruiz', 'person', 'one of the two auditors'], ['Ana Ruiz', 'person', 'Harbor Ledger Partner']]));
    expect(bestRole(a)).toBe('Harbor Ledger Partner');
    const [b] = clusterMentions(mentions([['Tom Reyes', 'person', 'pianist'], ['Tom Reyes', 'person', 'keyboardist, frequent player with the Harbor Lights in the 1980s']]));
    expect(bestRole(b)).toBe('keyboardist, frequent player with the Harbor Lights in the 1980s');
    // A role that names the body already keeps its place.
    const [c] = clusterMentions(mentions([['Dan Hale', 'person', 'senior clerk at the Harbor Bank office'], ['Dan Hale', 'person', 'Harbor Fund Democrat']]));
    expect(bestRole(c)).toBe('senior clerk at the Harbor Bank office');
  });

  it('a long role as often written that names the same body as the short one says what the person is of it in full', () => {
    const [a] = clusterMentions(
      mentions([
        ['Ines Varga', 'person', 'Harbor University botanist'],
        ['Ines Varga', 'person', 'associate professor of botany at Harbor who led the survey'],
        ['Ines Varga', 'person', 'assistant professor of botany at Harbor and the author of the survey report'],
      ]),
    );
    expect(bestRole(a)).toBe('associate professor of botany at Harbor who led the survey');
    // Another body, a bare "University" or a sentence's worth of words: the short role keeps its place.
    const [b] = clusterMentions(mentions([['Tom Reyes', 'person', 'Harbor University botanist'], ['Tom Reyes', 'person', 'associate professor of botany at Oakfield University who led the survey']]));
    expect(bestRole(b)).toBe('Harbor University botanist');
    const [c] = clusterMentions(
      mentions([
        ['Ana Lund', 'person', 'Harbor University botanist'],
        ['Ana Lund', 'person', 'researcher at Harbor who spent the last twenty years of her working life walking the coast in search of rare ferns'],
      ]),
    );
    expect(bestRole(c)).toBe('Harbor University botanist');
    // A place the two share is where the person lives, not what body the person is of.
    const [d] = clusterMentions(mentions([['Rui Sato', 'person', 'Boston web designer'], ['Rui Sato', 'person', 'former bank clerk who lives in a small flat in central Boston']]));
    expect(bestRole(d)).toBe('Boston web designer');
  });

  it('"fellow" alone is no role; "research fellow" is one', () => {
    const [a] = clusterMentions(mentions([['Harbor Greens', 'organization', 'fellow'], ['Harbor Greens', 'organization', 'fellow']]));
    expect(bestRole(a)).toBe('');
    const [b] = clusterMentions(mentions([['Ines Varga', 'person', 'fellow'], ['Ines Varga', 'person', 'research fellow']]));
    expect(bestRole(b)).toBe('research fellow');
  });

  it('a body\'s name alone is no role: any role that says what the person is comes first', () => {
    const [a] = clusterMentions(mentions([['Ines Varga', 'person', 'Harbor Water Agency'], ['Ines Varga', 'person', 'Harbor Water Agency'], ['Ines Varga', 'person', 'head of the regional water agency']]));
    expect(bestRole(a)).toBe('head of the regional water agency');
    // A post written with its body's name keeps its place; so does a body's name that is all there is.
    const [b] = clusterMentions(mentions([['Tom Reyes', 'person', 'Harbor Water Agency Director'], ['Tom Reyes', 'person', 'Harbor Water Agency Director'], ['Tom Reyes', 'person', 'engineer']]));
    expect(bestRole(b)).toBe('Harbor Water Agency Director');
    const [c] = clusterMentions(mentions([['Ana Lund', 'person', 'Harbor Water Agency']]));
    expect(bestRole(c)).toBe('Harbor Water Agency');
  });

  it('a title alone gives way to a role that names the body the person is of, at or for, however less often written', () => {
    const [a] = clusterMentions(mentions([['Mira Pascoe', 'person', 'Professor'], ['Mira Pascoe', 'person', 'Professor'], ['Mira Pascoe', 'person', 'disease ecologist at Harbor University']]));
    expect(bestRole(a)).toBe('disease ecologist at Harbor University');
    // Kin of someone is another kind of role; a title with words of its own keeps its place.
    const [b] = clusterMentions(mentions([['Tom Reyes', 'person', 'Senator'], ['Tom Reyes', 'person', 'Senator'], ['Tom Reyes', 'person', 'father of Ana Reyes']]));
    expect(bestRole(b)).toBe('Senator');
    const [c] = clusterMentions(mentions([['Ana Lund', 'person', 'Harbor Clinic nurse'], ['Ana Lund', 'person', 'Harbor Clinic nurse'], ['Ana Lund', 'person', 'volunteer at the Harbor Food Bank']]));
    expect(bestRole(c)).toBe('Harbor Clinic nurse');
  });

  it('between two roles as often written, the one that names the post says more than a chief or a head', () => {
    const [a] = clusterMentions(
      mentions([
        ['Mara Lind', 'person', 'Northern Water Board chief'],
        ['Mara Lind', 'person', 'NWB President'],
      ]),
    );
    expect(bestRole(a)).toBe('NWB President');
    const [b] = clusterMentions(mentions([['Tom Reyes', 'person', 'head of the Harbor Trust'], ['Tom Reyes', 'person', 'Harbor Trust Director']]));
    expect(bestRole(b)).toBe('Harbor Trust Director');
    // A leader is no post's title either: "head of …" keeps its place.
    const [c] = clusterMentions(mentions([['Ana Ruiz', 'person', 'head of the Harbor Trust'], ['Ana Ruiz', 'person', 'group’s leader']]));
    expect(bestRole(c)).toBe('head of the Harbor Trust');
  });

  it('postHeldNow: a post held before or a description yields to the post held now, as well supported', () => {
    const [a] = clusterMentions(mentions([['Lena Moss', 'person', 'former Navy helicopter pilot'], ['Lena Moss', 'person', 'GOP Representative']]));
    expect(bestRole(a)).toBe('GOP Representative');
    const [b] = clusterMentions(mentions([['Tom Reyes', 'person', 'longtime critic of rival ferry lines'], ['Tom Reyes', 'person', 'Harbor Ferries CEO']]));
    expect(bestRole(b)).toBe('Harbor Ferries CEO');
    // A post written more often, a role in lower case or another former post keeps its place.
    const [c] = clusterMentions(mentions([['Ana Ruiz', 'person', 'former Harbor Trust chair'], ['Ana Ruiz', 'person', 'former Harbor Trust chair'], ['Ana Ruiz', 'person', 'Senator']]));
    expect(bestRole(c)).toBe('former Harbor Trust chair');
    const [d] = clusterMentions(mentions([['Dan Hale', 'person', 'former bank clerk'], ['Dan Hale', 'person', 'brother']]));
    expect(bestRole(d)).toBe('former bank clerk');
    const [e] = clusterMentions(mentions([['Ida Lund', 'person', 'former Harbor Trust chair'], ['Ida Lund', 'person', 'former Senator']]));
    expect(bestRole(e)).toBe('former Harbor Trust chair');
    // A job at a body is a post already; a title with a clause of its own is a description too.
    const [f] = clusterMentions(mentions([['Ray Lund', 'person', 'senior clerk at Harbor Fund'], ['Ray Lund', 'person', 'Democrat who is a strong backer of the new harbor plan']]));
    expect(bestRole(f)).toBe('senior clerk at Harbor Fund');
    const [g] = clusterMentions(mentions([['Kim Berg', 'person', 'tireless fixer of deals'], ['Kim Berg', 'person', 'Democrat who is a strong backer of the new harbor plan']]));
    expect(bestRole(g)).toBe('tireless fixer of deals');
  });

  it('a person named in full with a role in a sentence never shown lends an actor of the story that name and role', () => {
    const drafts = clusterMentions(mentions([['Okafor', 'person'], ['Okafor', 'person'], ['Dana Ruiz', 'person', 'Mayor']]));
    lendFromAsides(drafts, mentions([['Grace Okafor', 'person', 'mother of a lifeguard'], ['Tom Reyes', 'person', 'fire chief']]));
    expect(drafts.map((a) => [a.name, [...a.roles.keys()]]).sort()).toEqual([
      ['Dana Ruiz', ['Mayor']],
      ['Grace Okafor', ['mother of a lifeguard']],
    ]);
    expect([...drafts.find((a) => a.name === 'Grace Okafor')!.aliases]).toContain('Okafor');
  });

  it('a person named in full without a role in a sentence never shown lends only the name', () => {
    const drafts = clusterMentions(mentions([['Okafor', 'person'], ['Dana Ruiz', 'person', 'Mayor']]));
    lendFromAsides(drafts, mentions([['Grace Okafor', 'person']]));
    expect(drafts.map((a) => [a.name, [...a.roles.keys()]]).sort()).toEqual([
      ['Dana Ruiz', ['Mayor']],
      ['Grace Okafor', []],
    ]);
  });

  it('a caption that names in full, without a role, someone the text calls only by surname lends that name', () => {
    const text = 'Mayor Dana Ruiz said on Monday that the river would crest near the levee by Friday morning.\n\nMs. Okafor, a lifeguard, pulled two boys from the river on Sunday. Ms. Okafor said the current was strong. The mayor thanked Ms. Okafor at a meeting.\n\nGrace Okafor, left, stands beside the river on Monday.\n\nThe levee held overnight, the mayor said.';
    expect(buildBriefing([{ text }], { id: 't' }).actors.map((a) => a.name)).toContain('Grace Okafor');
  });

  it('a person named in a sentence never shown lends the office with its place the mention gives beside its description', () => {
    const drafts = clusterMentions(mentions([['Ana Ruiz', 'person', 'Governor'], ['Ana Ruiz', 'person', 'Governor']]));
    lendFromAsides(drafts, [{ ...mentions([['Ana Ruiz', 'person', 'likely contender for president']])[0], alsoRole: 'Harbor Governor' }]);
    expect(bestRole(drafts[0])).toBe('Harbor Governor');
  });

  it('a photo caption among the page furniture lends the body it writes before a title a sentence shown gives', () => {
    const ctx = runThrough(['Judge Tom Reyes denied the motion on Monday. Reyes said the law was clear. Lawyers for the port said they would appeal.\n\nHarbor County Superior Court Judge Tom Reyes is seen in this file photo.'], actors);
    expect(ctx.actors.find((a) => a.name === 'Tom Reyes')?.role).toBe('Harbor County Superior Court Judge');
  });

  it('a photo caption among the page furniture lends no role a sentence shown does not give', () => {
    const ctx = runThrough(['Judge Tom Reyes denied the motion on Monday. Reyes said the law was clear. Lawyers for the port said they would appeal.\n\nHarbor Rotary Club treasurer Tom Reyes is seen in this file photo.'], actors);
    expect(ctx.actors.find((a) => a.name === 'Tom Reyes')?.role).toBe('Judge');
  });

  it('a surname two people of the story share borrows nothing', () => {
    const drafts = clusterMentions(mentions([['Okafor'], ['Ben Okafor', 'person']]));
    lendFromAsides(drafts, mentions([['Grace Okafor', 'person', 'mother of a lifeguard']]));
    expect(drafts.every((a) => a.roles.size === 0)).toBe(true);
  });

  it('assigns every kept mention its actor index', () => {
    const ms = mentions([['Vladimir Putin', 'person'], ['Putin'], ['Russia', 'country']]);
    const actors = clusterMentions(ms);
    for (const a of actors) for (const m of a.mentions) expect(m.actor).toBe(a.index);
    expect(ms[0].actor).toBe(ms[1].actor);
    expect(ms[0].actor).not.toBe(ms[2].actor);
  });
});

describe('actors across a cluster', () => {
  // (Whether someone is named before a pronoun's role was looked for from every capital of a run
  // of capitals, each reading the rest of the run: about 1 s for each sentence of 9,000 capitals,
  // which a long article can hold many of. The timeout is a hang guard, not a measure.)
  it('a pronoun\'s role after a run of 3,000 capitals is owned by the person named before', { timeout: 5_000 }, () => {
    const text = `Mayor Tom Reyes opened the dam on Monday.\n\n${'A'.repeat(3_000)} and his wife Ann Reyes said the dam held.`;
    const b = buildBriefing([{ text }], { id: 't' });
    expect(b.actors.find((a) => a.name === 'Ann Reyes')?.role).toBe('Tom Reyes’s wife');
  });
  const names = (docs: string[]) => buildBriefing(docs.map((text) => ({ text })), { id: 't' }).actors.map((a) => a.name);
  const lead = 'Mayor Dana Ruiz said on Monday that the river would crest near the levee by Friday morning.';

  it.each([
    ['Forecasters said the storms would move east of the basin by the evening.', 'Forecasters'],
    ['Similarly, the levee held through the night as the water rose.', 'Similarly'],
    ['Passengers on United Flight 415 waited four hours at the gate.', 'United Flight'],
  ])('a capitalised word that opens a sentence, or a flight number, is no actor: %s', (sentence, junk) => {
    expect(names([`${lead}\n\n${sentence}`, `${lead}\n\nThe levee held.`])).not.toContain(junk);
  });

  // "X and Y Council" once, each body written alone more often: two bodies listed together, not
  // one actor; a pair written as often as its parts acts as one and stays one.
  it('a pair of bodies joined by "and" is neither body\'s name when each is written apart more often', () => {
    const actors = buildBriefing(
      [
        { text: 'Vale GPS and Tarrow Council signed the deal on Monday. Vale GPS said fares would fall.' },
        { text: 'Tarrow Council voted for the deal. Since 1990 Vale GPS, an advocacy group, has run the ferry, and Tarrow Council owns the pier.' },
      ],
      { id: 't' },
    ).actors;
    expect(actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Vale GPS', 'Tarrow Council']));
    expect(actors.find((a) => a.name === 'Tarrow Council')?.aliases).not.toContain('Vale GPS');
  });
  it('a pair of bodies written as often as each body stays one actor', () => {
    expect(names(['Vale GPS and Tarrow Council signed the deal on Monday, and Vale GPS said fares would fall.', 'Tarrow Council voted for the deal.'])).toEqual(['Vale GPS and Tarrow Council']);
  });

  // A numeral after a surname is no part of it: the bare surname is the numbered person's, unless
  // someone else has it (a namesake stays apart).
  it.each([
    ['the only one with the surname', 'The inquiry led by special counsel Tom Reyes III drew scrutiny. Reyes declined to comment, and Reyes left.', ['Tom Reyes III'], ['Reyes']],
    ['a namesake', 'Gen. Tom Reyes led the march in 1860. The Rev. Tom Ortiz Reyes IV, a descendant of Reyes, spoke. Reyes said so.', ['Tom Reyes', 'Tom Ortiz Reyes IV'], []],
  ])('a numbered name: %s', (_, sentence, people, aliases) => {
    const actors = buildBriefing([{ text: `${lead}\n\n${sentence}` }, { text: `${lead}\n\nThe levee held.` }], { id: 't' }).actors;
    for (const name of people) expect(actors.map((a) => a.name)).toContain(name);
    expect(actors.find((a) => a.name === people[people.length - 1])?.aliases).toEqual(aliases);
  });

  // A lone word with no title nor first name: a plural mostly written after "the" is a family or a
  // people, a plural or an adjective written often is nobody, and a surname with one "the" is a person.
  it.each([
    ['a family named by its plural after "the" is a group', 'The Marlowes said they would rebuild the house. Neighbours helped the Marlowes on Monday, and the Marlowes thanked them.', 'Marlowes', 'group'],
    ['an adjective written often is no person', 'Ruiz called the plan too Jewish, too Democratic and too local. Critics called it Democratic. It was Democratic, and it was Jewish and Jewish, they said.', 'Jewish', undefined],
    ['a plural written often without "the" is no person', 'Masses gathered near the levee. Masses sang through the night, and Masses left at dawn.', 'Masses', undefined],
    ['a word written after "the" and after a place, that acts, is a team', 'The Boston Storm beat Dover on Saturday. The Storm led by ten points at the half, and the Storm won the cup for the Storm fans.', 'Storm', 'organization'],
    ['a word written after "the" and after a place, that only is or has something, is no team', 'Crowds filled the Boston Tunnel on Saturday. The Tunnel is old, and the Tunnel has two lanes, with lamps in the Tunnel at night.', 'Tunnel', undefined],
    ['a word written after "the" that acts, never after a place, is no team', 'The Storm led by ten points at the half, and the Storm won the cup for the Storm fans.', 'Storm', undefined],
    ['a surname written once after "the" stays a person', 'Banks said the water came fast. "I was scared," Banks said. Crews visited the Banks home, and Banks thanked them.', 'Banks', 'person'],
  ])('a lone capitalised word: %s', (_, sentence, name, type) => {
    const actors = buildBriefing([{ text: `${lead}\n\n${sentence}` }, { text: `${lead}\n\nThe levee held.` }], { id: 't' }).actors;
    expect(actors.find((a) => a.name === name)?.type).toBe(type);
  });

  it('an age the articles give goes with the role', () => {
    const actors = buildBriefing([{ text: `${lead}\n\nSinger Robert Plant, 65, said the band would not reunite.` }, { text: `${lead}\n\nPlant said no.` }], { id: 't' }).actors;
    expect(actors.find((a) => a.name === 'Robert Plant')?.role).toBe('Singer, 65');
  });

  it('a role that tells an age of its own takes no second one', () => {
    const actors = buildBriefing([{ text: `${lead}\n\nThe film blamed the fire on Tomas Ruiz, Ana Ruiz's then eight-year-old nephew. Tomas Ruiz, now 31, said he was asleep.` }, { text: `${lead}\n\nTomas Ruiz said no.` }], { id: 't' }).actors;
    expect(actors.find((a) => a.name === 'Tomas Ruiz')?.role).toBe("Ana Ruiz's then eight-year-old nephew");
  });

  it('a team written most often without its place is named with it', () => {
    const actors = buildBriefing([{ text: `${lead}\n\nThe Oregon Herons gave caps to the crews. The Herons said the game would go on. The Herons handed out caps.` }, { text: `${lead}\n\nThe Herons said no.` }], { id: 't' }).actors;
    expect(actors.find((a) => /Herons/.test(a.name))?.name).toBe('Oregon Herons');
  });

  it('an organisation cited with "according to" is a source, not a place', () => {
    const cited = 'The swimmer was found at 9 p.m., according to the Milford Police Department.';
    expect(names([`${lead}\n\n${cited}`, `${lead}\n\n${cited.replace('9 p.m.', 'night')}`])).toContain('Milford Police Department');
  });

  it('an organisation\'s first word alone, when it acts, is that organisation; a place before its name is not', () => {
    const actors = buildBriefing(
      [
        { text: `${lead}\n\nA survey by the Pew Research Center found that most residents trust the levee. Pew found the same in 2010.` },
        { text: `${lead}\n\nPew said the survey was small. Officers of the Dunmore Police Department patrolled the levee in Dunmore, and the Dunmore Police Department closed roads.` },
      ],
      { id: 't' },
    ).actors;
    const pew = actors.filter((a) => /Pew/.test(a.name));
    expect(pew.map((a) => a.name)).toEqual(['Pew Research Center']);
    expect(pew[0].aliases).toContain('Pew');
    expect(actors.find((a) => a.name === 'Dunmore Police Department')?.aliases ?? []).not.toContain('Dunmore');
  });

  it.each([
    [
      'an organisation\'s first word alone with a capital inside it',
      ['Officials at the McAllum Medical Center tested the water.', 'McAllum hired an engineer to find the leak.'],
      'McAllum Medical Center',
      'McAllum',
    ],
    [
      'what an organisation is "of", two words or more',
      ['Crews from the International Committee of the Vardan Tessel reached the levee.', 'The Vardan Tessel said it had sent food to the levee.'],
      'International Committee of the Vardan Tessel',
      'Vardan Tessel',
    ],
    [
      'a public body\'s name with its head word last',
      ['Inspectors of the Department of Parks closed the levee path.', 'The Parks Department said the path would reopen on Friday.'],
      'Department of Parks',
      'Parks Department',
    ],
    [
      'a public body\'s initials taken with its "of"',
      ['Inspectors of the Department of Parks closed the levee path.', 'DOP inspectors said the path would reopen on Friday.'],
      'Department of Parks',
      'DOP',
    ],
    [
      'an ordinary word capitalised after the full name in its article',
      ['A report by Shelter International said the levee failed. Her family told Shelter that she would stay, the Boston-based Shelter reported.', 'A report by Shelter International said the city knew, and the Boston-based Shelter said so.'],
      'Shelter International',
      'Shelter',
    ],
  ])('one organisation: %s', (_, [first, second], full, short) => {
    const actors = buildBriefing([{ text: `${lead}\n\n${first}` }, { text: `${lead}\n\n${second}` }], { id: 't' }).actors;
    expect(actors.find((a) => a.name === full)?.aliases).toContain(short);
    expect(actors.map((a) => a.name)).not.toContain(short);
  });

  it('an organisation\'s first word after the initials of the body that owns it is that organisation', () => {
    const actors = buildBriefing([{ text: `${lead}\n\nThe EPA said the levee air was tested. The EPA BioRay Program was set up in 2003 to test the air.` }, { text: `${lead}\n\nBioRay said the levee air was clean, and BioRay found nothing.` }], { id: 't' }).actors;
    const program = actors.filter((a) => [a.name, ...a.aliases].some((n) => n.includes('BioRay')));
    expect(program).toHaveLength(1);
    expect([program[0].name, ...program[0].aliases]).toEqual(expect.arrayContaining(['BioRay', 'EPA BioRay Program']));
  });

  it('a ticker given in parentheses with its exchange stands for the company', () => {
    const actors = buildBriefing([{ text: `${lead}\n\nHarbor Coffee (NASDAQ:HBRC) said its sales fell near the levee.` }, { text: `${lead}\n\nHBRC said it would recover, and HBRC cut jobs.` }], { id: 't' }).actors;
    expect(actors.find((a) => a.name === 'Harbor Coffee')?.aliases).toContain('HBRC');
  });

  it('an ordinary word capitalised before an organisation of that word is named is not the organisation', () => {
    const actors = buildBriefing(
      [{ text: `${lead}\n\nThe river is the oldest on Earth, and Earth has few like it. The Earth Study Center said the levee failed.` }, { text: `${lead}\n\nThe Earth Study Center warned the city.` }],
      { id: 't' },
    ).actors;
    expect(actors.find((a) => a.name === 'Earth Study Center')?.aliases ?? []).not.toContain('Earth');
  });

  it('two first names alike are two people where the articles write one as the other\'s kin', () => {
    const actors = buildBriefing(
      [{ text: `${lead}\n\nBobby Tarrant, the son of Rep. Bob Tarrant, said the levee failed. Bob Tarrant said nothing.` }, { text: `${lead}\n\nTarrant's son Bobby Tarrant sued the city, and Rep. Bob Tarrant said the suit was his.` }],
      { id: 't' },
    ).actors;
    expect(actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Bobby Tarrant', 'Bob Tarrant']));
  });

  it('what an organisation is "of" joins it when it goes by an acronym too', () => {
    const actors = buildBriefing(
      [{ text: `${lead}\n\nICVT crews reached the levee. The International Committee of the Vardan Tessel (ICVT) said food was sent. ICVT said more would come.` }, { text: `${lead}\n\nThe Vardan Tessel said it had sent food to the levee.` }],
      { id: 't' },
    ).actors;
    const body = actors.filter((a) => [a.name, ...a.aliases].some((n) => /Vardan Tessel|ICVT/.test(n)));
    expect(body).toHaveLength(1);
    expect([body[0].name, ...body[0].aliases]).toContain('Vardan Tessel');
  });

  it.each([
    ['its initials', 'TPD officers closed the levee road. Tarrow police said the road would reopen on Friday.', 'TPD'],
    ['its full name', 'The Tarrow City Police Department closed the levee road. Tarrow police said the road would reopen on Friday.', 'Tarrow City Police Department'],
  ])('a force described by its place is the force the articles name by %s', (_, text, full) => {
    const actors = buildBriefing([{ text: `${lead}\n\n${text}` }, { text: `${lead}\n\nTarrow police said the levee held.` }], { id: 't' }).actors;
    const forces = actors.filter((a) => [a.name, ...a.aliases].some((n) => /Tarrow|TPD/.test(n)));
    expect(forces).toHaveLength(1);
    expect([forces[0].name, ...forces[0].aliases]).toEqual(expect.arrayContaining([full, 'Tarrow police']));
  });

  it('"police said" is the force the story names most, and no actor where it names none', () => {
    const story = (first: string) => buildBriefing([{ text: `${lead}\n\n${first} Police said the van was stolen.` }, { text: `${lead}\n\nPolice said the levee held.` }], { id: 't' }).actors;
    const force = story('The Tarrow Police Department closed the levee road on Monday.').find((a) => a.name === 'Tarrow Police Department');
    expect(force?.aliases).toContain('police');
    expect(story('Crews closed the levee road on Monday.').flatMap((a) => [a.name, ...a.aliases])).not.toContain('police');
  });

  it('"police" alone is an actor where the story names no force but has the police act in three sentences of two articles', () => {
    const actors = buildBriefing(
      [
        { text: `${lead}\n\nPolice said the van was stolen. The driver fled on foot, police said.` },
        { text: `${lead}\n\nPolice said the levee held overnight.` },
      ],
      { id: 't' },
    ).actors;
    expect(actors.map((a) => a.name)).toContain('police');
  });

  it('"police said" is the force the story writes by its initials ("TPD"), which need no place before "police"', () => {
    const actors = buildBriefing([{ text: `${lead}\n\nTPD officers closed the levee road. Police said the van was stolen.` }, { text: `${lead}\n\nPolice said the levee held.` }], { id: 't' }).actors;
    const force = actors.find((a) => a.name === 'TPD');
    expect(force?.aliases).toContain('police');
    expect(actors.filter((a) => a.name === 'police')).toHaveLength(0);
  });

  it('"prosecutors said" is the prosecuting office the story names, and the prosecution itself where it names none', () => {
    const story = (first: string) =>
      buildBriefing([{ text: `${lead}\n\n${first} The van was stolen, prosecutors said.` }, { text: `${lead}\n\nThe driver, prosecutors say, fled on foot.` }], { id: 't' }).actors;
    const office = story("The Brisco County District Attorney's Office charged the driver on Monday.").find((a) => a.name === "Brisco County District Attorney's Office");
    expect(office?.aliases).toContain('prosecutors');
    expect(story('Crews closed the levee road on Monday.').map((a) => a.name)).toContain('prosecutors');
  });

  it('investigators are the one police force that investigates, unless a sheriff investigates too', () => {
    const story = (extra: string) =>
      buildBriefing([{ text: `${lead}\n\nTarrow police said the van was stolen. Investigators said the driver fled on foot.${extra}` }, { text: `${lead}\n\nTarrow police said the levee held.` }], { id: 't' }).actors;
    const police = story('').find((a) => a.name === 'Tarrow police');
    expect(police?.aliases).toContain('investigators');
    const beside = story(' The Brisco County Sheriff\'s Office said its deputies searched the woods.').find((a) => a.name === 'Tarrow police');
    expect(beside).toBeDefined();
    expect(beside?.aliases).not.toContain('investigators');
  });

  it('"the DA\'s office" is the District Attorney\'s Office the story names in full', () => {
    const found = names([`${lead}\n\nThe Tarrow County District Attorney's Office charged two men on Monday. The DA's office declined to say more.`, `${lead}\n\nBail was set at $1 million, the DA's office said.`]);
    expect(found).toContain("Tarrow County District Attorney's Office");
    expect(found).not.toContain('DA');
  });

  it('"Customs and Border Protection" is one organisation', () => {
    const b = names([`${lead}\n\nA spokesman for U.S. Customs and Border Protection said the ferry dock would stay open.`, `${lead}\n\nThe levee held.`]);
    expect(b.some((n) => /Customs and Border Protection/.test(n))).toBe(true);
    expect(b).not.toContain('Border Protection');
  });
});

describe('NOT_ACTOR_RULES', () => {
  const lead = 'Mayor Dana Ruiz said on Monday that the river would crest near the levee by Friday morning.';
  const names = (docs: string[]) => buildBriefing(docs.map((text) => ({ text })), { id: 't' }).actors.map((a) => a.name);
  // [rule, the second paragraph of each of two articles, the name that is no actor]
  const rows: [string, [string, string], string][] = [
    ['commentators-outside-the-story', ['Experts said the levee could not hold another spring flood.', 'The levee held, though some analysts say the repairs came late.'], 'experts'],
    ['commentators-outside-the-story', ['Experts said the levee could not hold another spring flood.', 'The levee held, though some analysts say the repairs came late.'], 'analysts'],
    ['public-in-passing', ['Some residents said the water came fast. Later, residents filled the school gym.', 'The levee held.'], 'residents'],
    ['public-of-named-people', ['Pilots Ana Velk and Tomas Brill left the valley at dawn. The pilots have said the balloon will cross the levee.', 'The pilots had waited a week. Brill said the pilots were ready.'], 'pilots'],
    ['setting', ['Water reached the streets of Omaha by noon.', 'Crews in Omaha stacked sandbags, and schools in Omaha closed.'], 'Omaha'],
    ['setting', ['The bus had left Queluz Verde at dawn.', 'Crews in Queluz Verde stacked sandbags, and schools in Queluz Verde closed.'], 'Queluz Verde'],
    ['setting', ['Marek Tolvan drove the van to the Tarrow Police Department on Monday.', 'The van was towed to the Tarrow Police Department, and Tolvan pointed to the Tarrow Police Department.'], 'Tarrow Police Department'],
    ['ordinary-word', ['Forecasters said the storms would move east of the basin by the evening.', 'The levee held.'], 'Forecasters'],
    ['disease-or-germ', ['Cases of Pontiac fever rose as Legionella bacteria spread through the pipes.', 'Legionella was found in the cooling towers. Legionella thrives in warm water. Ruiz said Legionella would be tested for.'], 'Legionella'],
    ['initials-of-a-disease', ['Harlow Valley Fever (HVF) spread along the levee. HVF kills one patient in ten.', 'Ruiz said HVF cases rose, and HVF worried the crews.'], 'HVF'],
    ['initials-that-never-act', ['Crews read the VRX gauges at the levee, in VRX units.', 'Ruiz checked the VRX readings at dawn, and the VRX numbers rose.'], 'VRX'],
    ['initials-that-never-act', ['The levee was first built in 310 BC by farmers.', 'A second wall followed in 290 BC.'], 'BC'],
    ['initials-that-seldom-act', ['Crews measured the VRX at dawn, and with a short VRX, the levee holds.', 'When the VRX is very long, Ruiz logs each VRX by hand.'], 'VRX'],
    ['work-title', ['The new film, "Nightfall," opens on Friday. Critics said "Nightfall" runs long.', '“Nightfall” was shot in Spain, and Ruiz said she liked it.'], 'Nightfall'],
    ['work-title', ['The new show, "River Town Nights," opens on Friday, and "River Town Nights" runs long.', 'Ruiz said she liked "River Town Nights."'], 'River Town Nights'],
    ['outlet-journalist', ['Reporting from the levee, Al Jazeera\'s Lena Haddad said: "The water is still rising."', 'The levee held, KTVO reporter Ellen Marsh said.'], 'Lena Haddad'],
    ['outlet-journalist', ['Reporting from the levee, Al Jazeera\'s Lena Haddad said: "The water is still rising."', 'The levee held, KTVO reporter Ellen Marsh said.'], 'Ellen Marsh'],
    ['outlet-journalist', ['NewsCenter 5\'s John Ashby tweeted a clip of the rescue.', 'The levee held.'], 'John Ashby'],
    ['cited-as-a-report', ['Crews and volunteers eventually rescued the swimmer, RiverLocal reported.', 'The levee held.'], 'RiverLocal'],
    ['cited-as-a-report', ['The dog was found in 2011, when it was four months old. From Valley & River Watch: \n\nAround noon the dog stopped near the levee.', 'Valley & River Watch reports that the dog was rescued.'], 'River Watch'],
    ['cited-as-a-source', ['The levee cost $500,000, according to the Valley Sun.', 'But a source tells Riverside Life that the levee leaked.'], 'Valley Sun'],
    ['cited-as-a-source', ['The levee was rebuilt in the spring, Floodwatch confirms.', 'The levee held.'], 'Floodwatch'],
    ['cited-in-full-as-a-source', ['The levee cost $500,000, according to the Harlow Lantern. Crews in Harlow stacked sandbags, and Harlow thanked them.', 'The levee held, according to the Harlow Lantern. Harlow reopened its schools on Friday, and Harlow cheered.'], 'Harlow Lantern'],
    ['named-as-an-outlet', ['A study in the journal Harlow Letters found the levee was too low.', 'The levee held.'], 'Harlow Letters'],
    ['named-as-an-outlet', ['The levee leaked twice, the local news site Velmo said.', 'The levee held.'], 'Velmo'],
    ['cited-as-a-source', ['The levee cost twice the estimate, as Levee Insider points out.', 'The levee held.'], 'Levee Insider'],
    ['cited-as-a-source', ['The levee cost $500,000, according to the Valley Sun.', 'But a source tells Riverside Life that the levee leaked.'], 'Riverside Life'],
    ['cited-as-a-source', ['Crews worked through the night, Levee Insider reported on Monday.', 'The levee held.'], 'Levee Insider'],
    ['cited-as-a-source', ['The mayor will resign, Levee Insider has learned.', 'A spokesperson told Levee Insider the levee held, and an engineer told the Levee Insider it leaked.'], 'Levee Insider'],
    ['never-acts', ['Hikers tried to cross Tarkhang in May.', 'Guides left Tarkhang early, before the storm hit the slopes of Tarkhang.'], 'Tarkhang'],
    ['name-that-never-acts', ['Crews streamed Velmora Tessic on the radio at the levee.', 'Sales of Velmora Tessic rose after the flood.'], 'Velmora Tessic'],
    ['name-that-never-acts', ['The team beat the Cleveland Harriers at the levee.', 'Fans of the Cleveland Harriers cheered the crews.'], 'Cleveland Harriers'],
    ['name-that-never-acts', ['Vandals sprayed paint on homes in Spring Hollow and La Verna overnight.', 'The La Verna and Spring Hollow homes were cleaned by Friday.'], 'La Verna'],
    ['town-of-a-state', ['Crews from Dellwick, Conn., stacked sandbags before dawn.', 'Dellwick was spared. Dellwick reopened its schools, and Dellwick thanked the crews.'], 'Dellwick'],
    ['after-an-ampersand', ['The levee was designed by Harlan & Vossberg in 1990.', 'Harlan & Vossberg said the levee would hold. Harlan & Vossberg built it.'], 'Vossberg'],
    ['name-cut-as-a-role', ['Lee Marsh, a senior fellow of the National Flood Archive, said the levee was old.', 'The levee held.'], 'Archive'],
    ['name-of-a-thing-cut-short', ['Shares fell as the Marrow Tessel industrial average slid after the flood. Marrow Tessel erased its gains.', 'The Marrow Tessel industrial average rose again on Friday.'], 'Marrow Tessel'],
    ['platform', ['Volunteers posted photos of the levee on Zorbly, and Zorbly spread them.', 'Ruiz said her Zorbly account was flooded with messages. Zorbly grew.'], 'Zorbly'],
    ['written-on-a-platform', ['Ruiz wrote on Twitter that the levee would hold.', 'A Twitter post by the crews showed the water, and volunteers shared it via Twitter.'], 'Twitter'],
    ['written-on-a-platform', ['On Zorbly, the mayor\'s longtime deputy, Tom Reyes, wrote that the levee held.', 'Volunteers posted photos on Zorbly.'], 'Zorbly'],
    ['network-cited-as-an-outlet', ['Ruiz told CBS on Monday that the levee would hold.', "The levee leaked twice, according to footage aired on CBS's Evening Report."], 'CBS'],
    ['broadcast-station', ['Water reached the levee by noon, according to KTVO 3.', 'Ruiz told KTVO 3 the levee would hold, and KTVO aired the interview.'], 'KTVO'],
    ['place-by-its-preposition', ['Houses in Thornwick were flooded, and Thornwick lost power.', 'Thornwick was mostly flattened. Thornwick reopened its school.'], 'Thornwick'],
    ['what-a-body-is-for', ['The House Select Subcommittee on the Floodplains heard Ruiz on Monday.', 'The levee held.'], 'Floodplains'],
    ['character-of-a-player', ['The film opens on Friday. Dana Pell, who plays Mirela, is superb. Mirela finds a boat.', 'Pell carries the film; Pell said she loved it.'], 'Mirela'],
    ['only-qualifies-a-noun', ['Crews said radical Zentorist groups had cut the levee.', 'Ruiz blamed Zentorist extremists for the breach.'], 'Zentorist'],
    ['fellow-of-a-kind', ['Ruiz, a fellow Valdorian, said the levee would hold.', 'The levee held.'], 'Valdorian'],
    ['said-to-be-a-thing', ['Divers found the wreck of the battleship Corvanne near the levee.', "The Corvanne carried 900 sailors, and the Corvanne's guns were huge."], 'Corvanne'],
    ['said-to-be-a-thing', ['Probes may land on Velmora, a frozen moon of Tarnis, by 2030.', 'Water under Velmora could hold life, and Velmora is cold.'], 'Velmora'],
    ['said-to-be-a-thing', ['Crews wore the Quellon Strap™ on the levee.', 'The Quellon Strap counted their steps, and the Quellon Strap beeped.'], 'Quellon Strap'],
    ['said-to-be-a-thing', ['Nurses at the levee handed out Harlan Quill, the other main drug used for the fever.', 'Harlan Quill causes headaches, and Harlan Quill costs a lot, doctors warned.'], 'Harlan Quill'],
    ['named-as-kin', ['Ana Pryce, whose son Peter Lund drowned in the 1993 flood, called the plan "far too late."', 'Pryce said the city had not learned.'], 'Peter Lund'],
    ['unnamed-subject-not-about', ['Crews found the girl near the levee at dawn.', 'The levee held.'], 'the girl'],
    ['unnamed-subject-not-about', ['Crews found 4-year-old Lena Marsh near the levee. The girl was cold.', 'The girl was taken to a hospital, and the girl is recovering.'], 'the girl'],
    ['kin-of-the-unnamed-not-about', ["The girl's mother found the messages on Monday.", 'The levee held.'], "the girl's mother"],
    ['kin-of-the-unnamed-not-about', ["The girl's mother found the messages. The girl's mother called police.", 'The levee held.'], "the girl's mother"],
    ['unnamed-child-written-two-ways', ['Crews found the girl near the levee. The girl was cold, and the child was taken to a hospital.', 'The girl is recovering, and the child will go home on Friday.'], 'the child'],
    ['thing-after-an-article', ['Donors paid with my Zalvio for the repairs, but the Zalvio was down.', "Zalvio's fees rose. Ruiz said the Zalvio took a cut."], 'Zalvio'],
    ['thing-after-an-article', ['The boat was struck by a Vondel Tahoe near the levee, and the Vondel Tahoe sank.', 'Ruiz said the Vondel Tahoe driven by a deputy had no lights.'], 'Vondel Tahoe'],
    ['thing-after-an-article', ["A camera filmed Kerr's Marvane Rover on the bridge.", 'The Marvane Rover then drove into the water.'], 'Marvane Rover'],
    ['name-cut-short', ['Marchers crossed the Edmund Tarrow Bridge at dawn.', 'The Edmund Tarrow Bridge was closed, and police guarded the Edmund Tarrow Bridge.'], 'Edmund Tarrow'],
    ['name-cut-short', ['A report by the Northern Association for the Protection of Rivers said the levee was old.', 'The Northern Association for the Protection of Rivers asked for a new wall.'], 'Northern Association'],
    ['setting', ['Bones were found in the ancient Kerrow Hollin by a farmer.', 'Crews reached the remote Kerrow Hollin, and wells across the dry Kerrow Hollin ran low.'], 'Kerrow Hollin'],    ['place-by-its-kind', ['Mount Korvel Tarn shook the levee.', 'Crews watched Korvel Tarn, and Korvel Tarn was quiet by noon.'], 'Korvel Tarn'],
    ['drug-by-its-dose', ['Crews ordered a refill of Zentrovil at the levee.', 'Zentrovil ran short, and Ruiz said Zentrovil would come by boat.'], 'Zentrovil'],
    ['product-by-its-kind', ['Crews wore the Korvath Band trackers on the levee.', 'Ruiz said Korvath Band worked, and Korvath Band lasted all night.'], 'Korvath Band'],
    ['product-of-a-known-company', ['Crews mapped the levee with Google Tarnlight on Monday.', 'Google Tarnlight says the breach is wide, and Google Tarnlight was slow.'], 'Google Tarnlight'],
    ['place-travelled-to', ['The bishop travelled to Velmo Tarn on Monday.', 'Crews reached Velmo Tarn, and Velmo Tarn was quiet by noon.'], 'Velmo Tarn'],
    ['quoted-as-a-title', ['Critics say “Velmor” changed the levee debate. Velmor won the top prize.', 'Velmor beat the rest, and “Velmor” will open in May. Velmor drew crowds.'], 'Velmor'],
    ['work-by-its-kind', ['Ruiz has seen the Velmor Reach films twice.', 'Ruiz said Velmor Reach was her favourite, and Velmor Reach drew a crowd.'], 'Velmor Reach'],
  ];

  it.each(rows)('%s: %s', (rule, [a, b], junk) => {
    const found = names([`${lead}\n\n${a}`, `${lead}\n\n${b}`]);
    expect(found).not.toContain(junk);
    expect(found).toContain('Dana Ruiz');
    expect(NOT_ACTOR_RULES.find((r) => r.name === rule)).toBeDefined();
  });

  it.each([
    ['a person named by an organisation that is no outlet', "At a later hearing, the EPA's Miguel Del Rio added that testing could show growth.", 'Miguel Del Rio'],
    ['an organisation met "at" a place whose spokeswoman speaks', 'The boy was taken to Eastside Hospital Center on Monday. He died at Eastside Hospital Center that night, said a spokeswoman for Eastside Hospital Center, Ana Lee.', 'Eastside Hospital Center'],
    ['an organisation met "at" a place whose crews act', 'Boats left Harlow Rescue Station at dawn. Crews from Harlow Rescue Station and the fire department pulled a man from the water.', 'Harlow Rescue Station'],
    ['an organisation met "at" a place that also acts', 'The boy was taken to Eastside Medical Center on Monday. He died at Eastside Medical Center that night. Eastside Medical Center also did not return calls.', 'Eastside Medical Center'],
    ['a person named in full without a known first name, met "in" a place once', 'Jarell Hayden was charged on Monday. Police found a gun in Jarell Hayden\'s car. Hayden said he was sorry.', 'Jarell Hayden'],
    ['initials-that-never-act: initials that say something', 'The TRB warned that the levee was old. Crews met the TRB on Monday.', 'TRB'],
    ['initials-that-never-act: initials cited as the source', 'The water will rise again, according to the TRB. Crews met the TRB on Monday.', 'TRB'],
    ['initials-that-never-act: initials spelt out as a named body', 'The Tarrow River Board (TRB) inspected the levee. Crews met the TRB on Monday.', 'TRB'],
    ['initials-that-seldom-act: initials spelt out after a named body', 'The Tarrow River Board (TRB) inspected the levee. Crews met the TRB at dawn, and a report from the TRB came late.', 'TRB'],
    ['initials-that-seldom-act: initials that are the agent of a passive', 'The dog was adopted by the TRB. Crews met the TRB at dawn. The TRB was visiting the levee, and Ruiz thanked the TRB.', 'TRB'],
    ['commentators-outside-the-story: experts gathered into a panel of the story', 'At the end of the inquiry, a panel of flood experts said the levee had been built too low.', 'experts'],
    ['network-cited-as-an-outlet: a network that airs the show the story is about', 'The flood drama was a boon for CBS. The show transformed CBS into the top network, and CBS renewed it.', 'CBS'],
    ['a quoted show that wants someone', '"Skating With The Champions" hopes to sign Dana Ruiz for its spring tour, a producer said. "Skating With The Champions" wants her soon.', 'Skating With The Champions'],
    ['a reporter the story is about', 'Freelance reporter Ellen Marsh was detained near the levee. Marsh said she was held for hours.', 'Ellen Marsh'],
    ['a lone name that does something', 'Eirvald built the mound. The mound was the seat of Eirvald. Eirvald was in control of the region.', 'Eirvald'],
    ['a person named in full after a band\'s possessive', "Singers remembered Silver Coast's Aaron Delmont. Delmont's voice filled the hall, and an Aaron Delmont song closed it.", 'Aaron Delmont'],
    ['a group named after "a" where it qualifies a noun', 'Two people were hurt at a Riders For Hale rally. Riders For Hale said the rally would go on, and a Riders For Hale leader agreed.', 'Riders For Hale'],
    ['a name with no known first name that a "who" clause describes', 'Tavish Orleck, who lost his home in the flood, joined the crews at the levee. Crews thanked Tavish Orleck on Monday.', 'Tavish Orleck'],
    ['name-that-never-acts: a name with no known first name whose death the articles tell', 'Marek Tolvan faces charges in the shooting death of Tavish Orleck. Crews found Tavish Orleck near the levee.', 'Tavish Orleck'],
    ['a name with no known first name after a verb of speech', '"The levee will hold," said Tavish Orleck on Monday. Crews thanked Tavish Orleck.', 'Tavish Orleck'],
    ['a character named more often than the player who plays it', 'The film opens on Friday. Dana Pell, who plays Mirela, is superb. Mirela finds a boat, and Mirela rows it to the levee. Mirela survives.', 'Mirela'],
    ['named-as-kin: a relative named once who speaks', 'The boy\'s aunt, Ana Pryce, recalled "his laugh, his games." Crews searched the levee for the boy.', 'Ana Pryce'],
    ['a son named with a generation\'s suffix, who never acts', 'Tavo Brennick Sr. said the bakery would pass to Tavo Brennick Jr. next year. Staff cheered for Brennick Jr. at the party. "He has earned it," said Brennick Sr.', 'Tavo Brennick Jr'],
    ['a father named with a generation\'s suffix', 'Tavo Brennick Sr. said the bakery would pass to Tavo Brennick Jr. next year. Staff cheered for Brennick Jr. at the party. "He has earned it," said Brennick Sr.', 'Tavo Brennick Sr'],
    ['ordinary-word: a body named with its kind before it, whatever its lower-case twin in a quoted title', 'Art supply company Zelvora warned against the trend. A video titled "how to use zelvora pencils as eyeliner" spread, and Zelvora said the pencils were not safe.', 'Zelvora'],
    ['written-on-a-platform: a platform that acts', 'Ruiz wrote on Twitter that the levee would hold. Twitter removed the post on Tuesday, and Twitter said it broke no rule.', 'Twitter'],
    ['a relative with a role of their own', 'Ana Pryce, whose son Peter Lund drowned, called it a mistake. Peter Lund, a city engineer, had warned of the flood.', 'Peter Lund'],
    ['an unnamed child the story is about', 'Crews found the girl at dawn. The girl was cold. The girl was taken to a hospital.', 'the girl'],
    ['name-cut-short: a person named before "of" and a place', 'Senator Bill Tarrow of Ohio visited the levee, and crews thanked Bill Tarrow of Ohio.', 'Bill Tarrow'],
    ['name-cut-short: a person named before a weekday', 'Crews thanked Tavish Orleck Monday for the sandbags. Police praised Tavish Orleck Tuesday.', 'Tavish Orleck'],
    ['cited-in-full-as-a-source: an office of a county cited as the source', 'The boy drowned, according to the Clay County coroner. The Clay County coroner ruled it an accident.', 'Clay County coroner'],
    ['cited-in-full-as-a-source: a person with a first name cited as the source', 'The levee held, according to Dana Voss. Dana Voss said so again on Friday.', 'Dana Voss'],
    ['said-to-be-a-thing: a person named right after a kind of thing, who does something there', 'Crews watched the film Tavish Orleck made about the levee. Tavish Orleck filmed the crews at dawn.', 'Tavish Orleck'],
    ['said-to-be-a-thing: a person whose apposition joins a kind of thing to a role', 'Tavish Orleck, a film and music lover from the valley, filmed the levee. Crews thanked Tavish Orleck.', 'Tavish Orleck'],
    ['said-to-be-a-thing: a body whose shorter name is a film', 'Velmor Productions shot the film Velmor at the levee. Velmor Productions paid the crews, and Velmor Productions thanked them.', 'Velmor Productions'],
    ['quoted-as-a-title: a body whose shorter name is a quoted film', 'Velmor Productions shot “Velmor” at the levee. Fans loved “Velmor,” and Velmor Productions paid the crews.', 'Velmor Productions'],
    ['quoted-as-a-title: a name called out as a question', 'The foreman squinted at Korla Venn. “Korla Venn?” he asked. “Korla Venn!” Korla Venn waved from the levee.', 'Korla Venn'],
    ['setting: a body met "to" a place that someone confesses to', 'Marek Tolvan drove the van to the Tarrow Police Department on Monday. He later confessed to Tarrow police that he had opened the floodgate.', 'Tarrow Police Department'],
    ['setting: a body met "to" a place that someone gives a speech to', 'Ruiz flew to the Harlow Assembly on Monday. In a speech to the Harlow Assembly, she asked for money for the levee.', 'Harlow Assembly'],
  ])('stays an actor: %s', (_, sentence, name) => {
    expect(names([`${lead}\n\n${sentence}`, `${lead}\n\nThe levee held.`])).toContain(name);
  });

  it('commentators-outside-the-story: experts the story is about, in three sentences of two articles, stay an actor', () => {
    const found = names([`${lead}\n\nExperts said the levee was too low. Experts warned of a breach.`, `${lead}\n\nExperts say the river will crest again.`]);
    expect(found).toContain('experts');
  });

  it('public-in-passing: a public the story is about, acting in two sentences of the two articles that write it, stays an actor', () => {
    const found = names([`${lead}\n\nValley residents filled the town hall on Monday. Later, residents have said the levee is too low.`, `${lead}\n\nOn Monday, residents of the valley said the levee is old.`]);
    expect(found).toContain('Valley residents');
  });

  it('kin-of-the-unnamed-not-about: an unnamed relative the story is about, in three sentences of two articles, stays an actor', () => {
    const found = names([`${lead}\n\nThe victim's husband drove to the bank on Friday. The victim's husband said the clerk was rude.`, `${lead}\n\nThe victim's husband called police in April.`]);
    expect(found).toContain("the victim's husband");
  });

  it.each([
    ['the subject of a verb', 'The Valley Water Authority is testing the wells.', 'Valley Water Authority', true],
    ['the subject of a verb with its negation joined', "The Valley Water Authority hasn't commented on the wells.", 'Valley Water Authority', true],
    ['the subject of a verb, joined to another name', 'The Oregon Law Enforcement Agency and the FBI are investigating.', 'Oregon Law Enforcement Agency', true],
    ['the subject of a verb the lexicon lacks, met once "at" a place too', 'Ruiz met officials at the Harbor Commission. The Harbor Commission suspended ferry service on Tuesday.', 'Harbor Commission', true],
    ['the agent of a passive verb', 'Ruiz asked for an audit like the review being done by the FBI.', 'FBI', true],
    ['told to do something', 'Ruiz instructed the Valley Water Authority to conduct a review.', 'Valley Water Authority', true],
    ['the body whose scientists do the work, met "at" it', 'In a study out on Monday, scientists at Brackton University, Oregon, have shown how the levee failed.', 'Brackton University', true],
    ['the subject of a verb after an aside', "The Granite Realty Corporation, which runs the marina, sent a letter to tenants on Monday.", 'Granite Realty Corporation', true],
    ['the subject of a verb after a description', "The Valley Water Authority, the county's water supplier, posted a notice on Monday.", 'Valley Water Authority', true],
    ['only owning something', "The dig was the culmination of Westfold Council's participation.", 'Westfold Council', false],
    ['only a place', 'The boy was taken to the Valley Water Authority building on Monday.', 'Valley Water Authority', false],
    ['its people, not the institution', 'Members of Congress visited the levee on Monday.', 'Members of Congress', false],
    ['a news outlet', 'The Valley News reported the flood on Monday.', 'Valley News', false],
  ])('an institution named once is shown when it acts: %s', (_, sentence, name, shown) => {
    expect(names([`${lead}\n\n${sentence}`, `${lead}\n\nThe levee held.`]).includes(name)).toBe(shown);
  });

  it.each([
    ['addressed as its government', 'Ruiz wrote to the government of Peru about the trade fair. "We thank the government of Peru for its help," she said.', true],
    ['a setting', 'The river rises in Peru. Ruiz once lived in Peru.', false],
  ])('a country: %s', (_, sentence, shown) => {
    expect(names([`${lead}\n\n${sentence}`, `${lead}\n\nThe levee held.`]).includes('Peru')).toBe(shown);
  });

  it('a country written as the surname of a person named in full is that person', () => {
    const found = names([`${lead}\n\nBTX singer Marco Lima died on Monday. Lima was 41.`, `${lead}\n\nLima's bandmates said he fought to the end.`]);
    expect(found).toContain('Marco Lima');
    expect(found).not.toContain('Peru');
  });

  it('a country written as the given name of a person named in full is that person', () => {
    const found = names([`${lead}\n\nJordan Velliver, 5, was last seen on Saturday. Police said Jordan was wearing a red coat.`, `${lead}\n\nJordan's foster mother said he was a happy boy. "Jordan loved the river," she said.`]);
    expect(found).toContain('Jordan Velliver');
    expect(found).not.toContain('Jordan');
  });

  it('a name whose first name only the wider list of given names knows stays an actor', () => {
    expect(names([`${lead}\n\nThe film stars Vin Tarrow, Kim Pell and Jon Sadd.`, `${lead}\n\nThe sequel again stars Vin Tarrow and Kim Pell.`])).toContain('Vin Tarrow');
  });

  it.each([
    ['cited-as-a-source', 'The levee held, Dana Ruiz said, according to Keller Pryce.', 'Keller Pryce'],
    ['named-as-an-outlet', 'The levee held, Dana Ruiz wrote in the magazine Keller Pryce edits.', 'Keller Pryce'],
  ])('a person is no source: %s', (_, sentence, name) => {
    expect(names([`${lead}\n\n${sentence} Keller Pryce said the water fell.`, `${lead}\n\nThe levee held.`])).toContain(name);
  });

  it('every rule has a test row', () => {
    expect(NOT_ACTOR_RULES.map((r) => r.name).sort()).toEqual([...new Set(rows.map(([rule]) => rule))].sort());
  });
});

describe('BODY_RULES', () => {
  const lead = 'Mayor Dana Ruiz said on Monday that the river would crest near the levee by Friday morning.';
  const typeOf = (text: string, name: string) => buildBriefing([{ text: `${lead}\n\n${text}` }, { text: `${lead}\n\nThe levee held.` }], { id: 't' }).actors.find((a) => a.name === name)?.type;
  // [rule, paragraph, the name written as a body]
  const rows: [string, string, string][] = [
    ['kind-before-the-name', 'The rap duo Corvane played at the levee. Corvane said the crowd was huge.', 'Corvane'],
    ['kind-before-the-name', 'Shoe company Velta gave boots to the crews. Velta said the repairs were done.', 'Velta'],
    ['which-speaks-or-acts', 'Velta, which owns the levee, was flooded. Velta said the repairs were done.', 'Velta'],
    ['which-speaks-or-acts', 'Velta, which said the levee was safe, was flooded. Velta said the repairs were done.', 'Velta'],
    ['shares-of', 'Shares of Velta fell on Monday. Velta said the repairs were done.', 'Velta'],
    ["shares-of", "Velta's shares fell on Monday. Velta said the repairs were done.", 'Velta'],
    ['verb-then-its', 'Velta raised its prices on Monday. Velta said the repairs were done.', 'Velta'],
    ['member-of-the-body', "Velta's chief executive toured the levee. Velta said the repairs were done.", 'Velta'],
    ['member-of-the-body', "Corvane's lead singer thanked the crowd at the levee. Corvane said the crowd was huge.", 'Corvane'],
    ['member-of-the-body', "Corvane's touring drummer played at the levee. Corvane said the crowd was huge.", 'Corvane'],
    ['member-of-the-body', "Velta's founder toured the levee. Velta said the repairs were done.", 'Velta'],
    ['the-name-acts', 'The Corvane handed out caps at the levee. Corvane said the crowd was huge.', 'Corvane'],
    ['place-then-plural', 'Fans cheered for Oregon Herons at the levee. Oregon Herons said the crowd was huge.', 'Oregon Herons'],
  ];
  it.each(rows)('%s: %s', (rule, text, name) => {
    expect(typeOf(text, name)).toBe('organization');
    expect(BODY_RULES.find((r) => r.name === rule)).toBeDefined();
  });

  it.each([
    ['a name with no sign of a body', 'The crowd cheered Corvane at the levee. Corvane said the crowd was huge.', 'Corvane'],
    ['"which" about what is done to the name', 'Velta, which sits by the levee, was flooded. Velta said the repairs were done.', 'Velta'],
    ['"its" after no verb', 'Velta and its crews were flooded. Velta said the repairs were done.', 'Velta'],
    ['a person with a given name, whatever is written around it', 'Shares of Velta fell on Monday. Kim Velta said the repairs were done.', 'Kim Velta'],
    ['a post a person has too', 'Corvane spokesman Ned Pyle toured the levee. Corvane said the crowd was huge.', 'Corvane'],
    ['a plural of no place after "the" that acts (a family or a people)', 'The Tallises thanked the crews at the levee. Tallises said the water was gone.', 'Tallises'],
    ['"the" before a name the articles give a role', 'The singer Corvane played at the levee. Fans said the Corvane sang well.', 'Corvane'],
    ['a plural surname after a given name, the first word a place too', 'Fans cheered for Dallas Brooks at the levee. Dallas Brooks said the crowd was huge.', 'Dallas Brooks'],
  ])('stays a person: %s', (_, text, name) => {
    expect(typeOf(text, name)).toBe('person');
  });

  it.each([
    ['plural-demonym', 'Enslaved Velmo Islanders rose up near the levee. Velmo Islanders marched on the fort.', 'Velmo Islanders'],
  ])('%s: %s is a people', (rule, text, name) => {
    expect(typeOf(text, name)).toBe('group');
    expect(PEOPLE_RULES.find((r) => r.name === rule)).toBeDefined();
  });

  it('a family written in the plural after "the" that acts stays a family', () => {
    expect(typeOf('The Harlows thanked the crews at the levee. The Harlows said the water was gone.', 'Harlows')).toBe('group');
  });

  it('every rule has a test row', () => {
    expect(BODY_RULES.map((r) => r.name).sort()).toEqual([...new Set(rows.map(([rule]) => rule))].sort());
  });
});

describe('SHORTER_FORMS', () => {
  const lead = 'Mayor Dana Ruiz said on Monday that the river would crest near the levee by Friday morning.';
  const actorsOf = (docs: string[]) => buildBriefing(docs.map((text) => ({ text })), { id: 't' }).actors;
  // [rule, the second paragraph of each of two articles, the actor's name, its longer name among its aliases]
  const rows: [string, [string, string], string, string][] = [
    ['without-country', ['The U.S. Senate will vote on the levee money.', 'The Senate met on Friday, and the Senate passed the bill.'], 'Senate', 'U.S. Senate'],
    ['schools-of-a-district', ['The Tarrow Public School District closed its schools for the flood.', 'Tarrow Public Schools said the buses would run again, and Tarrow Public Schools hired two more drivers.'], 'Tarrow Public Schools', 'Tarrow Public School District'],
  ];
  it.each(rows)('%s: %s', (rule, [a, b], name, longer) => {
    const actors = actorsOf([`${lead}\n\n${a}`, `${lead}\n\n${b}`]);
    expect(actors.find((x) => x.name === name)?.aliases).toContain(longer);
    expect(actors.map((x) => x.name)).not.toContain(longer);
    expect(SHORTER_FORMS.find((r) => r.name === rule)).toBeDefined();
  });

  it('a company joined to its first word is named without its legal suffix', () => {
    const actors = actorsOf([`${lead}\n\nTarrow Inc. said it would lend pumps to the town.`, `${lead}\n\nTarrow sent four pumps to the levee. Tarrow paid the crews, Tarrow said.`]);
    expect(actors.find((x) => x.aliases.includes('Tarrow Inc'))?.name).toBe('Tarrow');
  });

  it('stays apart: a body of the same name after a place that is no country', () => {
    const actors = actorsOf([`${lead}\n\nThe U.S. Senate will vote on the levee money. The Ohio Senate met too.`, `${lead}\n\nThe Senate met on Friday, and the Senate passed the bill.`]);
    expect(actors.find((x) => x.name === 'Senate')?.aliases ?? []).not.toContain('U.S. Senate');
  });

  it('every rule has a test row', () => {
    expect(SHORTER_FORMS.map((r) => r.name).sort()).toEqual([...new Set(rows.map(([rule]) => rule))].sort());
  });
});

describe('nameHouseholds', () => {
  const lead = 'Mayor Dana Ruiz said on Monday that the river would crest near the levee by Friday morning.';
  const names = (docs: string[]) => buildBriefing(docs.map((text) => ({ text })), { id: 't' }).actors.map((a) => [a.name, ...a.aliases]);
  it('a household with no named owner is that of the one person named last before it', () => {
    const found = names([`${lead}\n\nTom Lowell went missing at the levee on Monday. Crews found Lowell on Tuesday, and he was back home with his family. The family said they were grateful.`, `${lead}\n\nTom Lowell was found alive, and the family thanked the crews.`]);
    expect(found).toContainEqual(["Lowell's family", 'family']);
  });
  it('"their family" follows no one person', () => {
    const found = names([`${lead}\n\nTom Lowell and Ann Pryce went missing at the levee on Monday. Their family called the police that night. Crews found them, and their family thanked the crews.`, `${lead}\n\nThe levee held.`]);
    expect(found.flat().some((n) => /'s? family$/.test(n))).toBe(false);
  });
});

describe('ALIAS_RULES', () => {
  const lead = 'Mayor Dana Ruiz said on Monday that the river would crest near the levee by Friday morning.';
  const actorsOf = (docs: string[]) => buildBriefing(docs.map((text) => ({ text })), { id: 't' }).actors;
  // [rule, a paragraph naming one person twice, the names that are one actor]
  const rows: [string, string, [string, string]][] = [
    ['real-name', 'Stella Vance, whose real name is Martha Keel, sued the city on Monday. Keel said the levee failed. Vance has a show.', ['Stella Vance', 'Martha Keel']],
    ['real-name', 'The rapper Prodigal (real name Albert Tonks) sued the city. Tonks said the levee failed. Prodigal has a show.', ['Prodigal', 'Albert Tonks']],
    ['also-known-as', 'Martha Keel (aka Stella Vance) sued the city on Monday. Keel said the levee failed. Vance has a show.', ['Stella Vance', 'Martha Keel']],
    ['also-known-as', 'Martha Keel, better known as Stella Vance, sued the city. Keel said the levee failed. Vance has a show.', ['Stella Vance', 'Martha Keel']],
    ['former-name', 'Martha Keel, formerly known as Stella Vance, sued the city. Keel said the levee failed. Vance has a show.', ['Stella Vance', 'Martha Keel']],
    ['stage-name', 'Martha Keel (stage name Stella Vance) sued the city. Keel said the levee failed. Vance has a show.', ['Stella Vance', 'Martha Keel']],
    ['born-opening-a-sentence', 'Stella Vance sued the city on Monday. Born Martha Keel, Vance grew up near the levee. Vance has a show.', ['Stella Vance', 'Martha Keel']],
  ];

  it.each(rows)('%s: %s', (rule, paragraph, [one, other]) => {
    const actors = actorsOf([`${lead}\n\n${paragraph}`, `${lead}\n\nKeel and Vance were not reached.`]);
    const a = actors.find((x) => [x.name, ...x.aliases].includes(one));
    expect(a).toBeDefined();
    expect([a!.name, ...a!.aliases]).toContain(other);
    expect(ALIAS_RULES.find((r) => r.name === rule)).toBeDefined();
  });

  it('the actor keeps the name the articles use most', () => {
    const actors = actorsOf([`${lead}\n\nStella Vance sued the city on Monday. Born Martha Ann Keel, Vance grew up near the levee. Vance has a show.`, `${lead}\n\nVance was not reached.`]);
    expect(actors.map((a) => a.name)).toContain('Stella Vance');
    expect(actors.map((a) => a.name)).not.toContain('Martha Ann Keel');
  });

  it('a name after "born" inside a sentence is no birth name of the next one', () => {
    const actors = actorsOf([`${lead}\n\nStella Vance, who was born Tuesday, Martha Keel said, sued the city. Keel said the levee failed. Vance has a show.`, `${lead}\n\nKeel and Vance were not reached.`]);
    expect(actors.find((x) => x.name === 'Martha Keel')?.aliases ?? []).not.toContain('Stella Vance');
  });

  it('two people named side by side stay two', () => {
    const actors = actorsOf([`${lead}\n\nMartha Keel, Stella Vance and Tom Ames sued the city. Keel said the levee failed. Vance has a show.`, `${lead}\n\nKeel and Vance were not reached.`]);
    const a = actors.find((x) => x.name === 'Martha Keel');
    expect(a?.aliases ?? []).not.toContain('Stella Vance');
  });

  it('every rule has a test row', () => {
    expect(ALIAS_RULES.map((r) => r.name).sort()).toEqual([...new Set(rows.map(([rule]) => rule))].sort());
  });
});

describe('MERGE_RULES', () => {
  const lead = 'Mayor Dana Ruiz said on Monday that the river would crest near the levee by Friday morning.';
  const actorsOf = (docs: string[]) => buildBriefing(docs.map((text) => ({ text })), { id: 't' }).actors;
  // [rule, the second paragraph of each of two articles, the actor's name, the other name that is one of its aliases]
  const rows: [string, [string, string], string, string][] = [
    ['unnamed-suspect-named', ['Police said the suspect fled on foot. The suspect was caught near the levee.', 'The gunman, Corin Orlec, 31, was charged on Tuesday. Orlec said nothing, and the suspect is in jail.'], 'Corin Orlec', 'the suspect'],
    ['first-names-of-a-longer-name', ['Mary Ellen Quarles said her son was swept away. Mary Ellen has searched every day.', 'Mary Ellen said the crews were kind. "We will find him," Mary Ellen said.'], 'Mary Ellen Quarles', 'Mary Ellen'],
    ['surname-letters-swapped', ['Governor Tom Brenner visited the levee on Monday.', 'Brenner promised money, and Gov. Bernner said the state would pay.'], 'Tom Brenner', 'Bernner'],
    ['members-of-the-legislature', ['Congress passed the levee bill on Monday. Congress will fund it.', 'Lawmakers said the bill would pass, and lawmakers praised the crews. Congress adjourned.'], 'Congress', 'lawmakers'],
    ['organisation-written-in-the-plural', ['The Federal Levee Commission said the levee would hold. The Federal Levee Commission inspected it.', 'The Federal Levees Commission did not respond.'], 'Federal Levee Commission', 'Federal Levees Commission'],
    ['short-form-of-a-numbered-name', ['"The levee failed," said the engineer, Robert T. Tarrant III. Tarrant said the city knew.', 'The engineer Bob Tarrant said the city had been warned.'], 'Robert T. Tarrant III', 'Bob Tarrant'],
    ['initials-of-a-person', ['A memo on the dock was signed by "Inspector R.K." Inspector Rhona Keld wrote the memo, and she said the dock was unsafe.', 'Rhona Keld sued the city, and R.K. won the case.'], 'Rhona Keld', 'R.K.'],
    ['members-named-for-their-body', ['The National Guard arrived at the levee on Monday. The Guardsmen filled sandbags, and the Guardsmen stayed the night.', 'The National Guard said the water would fall. The Guardsmen left on Friday.'], 'National Guard', 'Guardsmen'],
  ];

  it.each(rows)('%s: %s', (rule, [a, b], name, other) => {
    const actors = actorsOf([`${lead}\n\n${a}`, `${lead}\n\n${b}`]);
    const x = actors.find((y) => y.name === name);
    expect(x).toBeDefined();
    expect(x!.aliases).toContain(other);
    expect(actors.map((y) => y.name)).not.toContain(other);
    expect(MERGE_RULES.find((r) => r.name === rule)).toBeDefined();
  });

  it.each([
    ['a suspect where the story names no one as one', 'Police said the suspect fled on foot. The suspect was caught near the levee, and Corin Orlec saw the suspect run.', 'the suspect'],
    ['a full name that opens a longer name', 'Dana Pell wrote the plan. The Dana Pell Archive holds her papers, and Dana Pell said the levee would hold.', 'Dana Pell'],
    ['a band named like a person, and the band with its head word', 'Larkin Airplane played the levee benefit. Larkin Airplane Band fans came, and Larkin Airplane sang.', 'Larkin Airplane'],
    ['the namesake of a numbered name', 'Joseph Tarrant built the levee in 1860, and Joseph Tarrant said it would hold. Joseph Tarrant III, his descendant, said the levee failed.', 'Joseph Tarrant'],
    ['lawmakers where the articles write of a state legislature', 'Congress passed the levee bill on Monday. Lawmakers said the bill would pass, and lawmakers praised the crews, as state legislators did.', 'Lawmakers'],
  ])('stays apart: %s', (_, sentence, name) => {
    expect(actorsOf([`${lead}\n\n${sentence}`, `${lead}\n\n${sentence}`]).map((y) => y.name)).toContain(name);
  });

  it('initials that are a body\'s too are no person\'s', () => {
    const actors = actorsOf([`${lead}\n\nThe Redcliff Kilns said the levee failed. R.K. said the city knew. Rhona Keld agreed, and Rhona Keld left.`, `${lead}\n\nThe Redcliff Kilns warned the city.`]);
    expect(actors.find((a) => a.name === 'Rhona Keld')?.aliases ?? []).not.toContain('R.K.');
  });

  it('every rule has a test row', () => {
    expect(MERGE_RULES.map((r) => r.name).sort()).toEqual([...new Set(rows.map(([rule]) => rule))].sort());
  });
});

describe('SALIENCE_TERMS', () => {
  const plain = { mentions: 2, sources: 1, early: 0, roles: 0 };
  const score = (name: string, w: typeof plain) => SALIENCE_TERMS.find((t) => t.name === name)!.score(w);
  // Each row: the term, an actor it weighs more than a plain one, and whether it counts the plain one at all.
  const rows: [string, typeof plain, boolean][] = [
    ['mentions', { ...plain, mentions: 5 }, true],
    ['sources', { ...plain, sources: 3 }, false],
    ['early', { ...plain, early: 1 }, false],
    ['role', { ...plain, roles: 2 }, false],
  ];
  it.each(rows)('%s', (name, more, countsPlain) => {
    expect(score(name, more)).toBeGreaterThan(score(name, plain));
    expect(score(name, plain) > 0).toBe(countsPlain);
  });
  it('every term has a row', () => {
    expect(SALIENCE_TERMS.map((t) => t.name).sort()).toEqual(rows.map((r) => r[0]).sort());
  });
  it('a source counts at most three mentions', () => {
    expect(score('sources', { ...plain, mentions: 9, sources: 2 })).toBe(score('sources', { ...plain, mentions: 3, sources: 2 }));
  });
});

describe('the salience floor', () => {
  const names = (docs: string[]) => buildBriefing(docs.map((text) => ({ text })), { id: 't' }).actors.map((a) => a.name);
  // One name fills a long story: every other actor named once weighs under the floor.
  const long = Array.from({ length: 40 }, (_, i) => `Ruiz inspected levee ${i + 1} on the east bank.`).join(' ');
  const docs = (sentence: string) => [`Mayor Dana Ruiz said the river would crest by Friday. ${long}`, `Ruiz said the levee held. ${long}`, `Ruiz thanked the crews. ${long} ${sentence}`];

  it('a person named in full with a role is shown below it', () => {
    expect(names(docs('The plan was drafted by state engineer Tomas Ashgrove last spring.'))).toContain('Tomas Ashgrove');
  });

  it('a lone name with a role is not', () => {
    expect(names(docs('The plan was drafted by state engineer Ashgrove last spring.'))).not.toContain('Ashgrove');
  });
});

describe('a person named once', () => {
  const names = (docs: string[]) => buildBriefing(docs.map((text) => ({ text })), { id: 't' }).actors.map((a) => a.name);
  const lead = 'Mayor Dana Ruiz said on Monday that the river would crest near the levee by Friday morning.';

  it('is shown named in full with an age', () => {
    expect(names([`${lead}\n\nPolice named the driver as 22-year-old Tomas Ashgrove, from the valley.`, `${lead}\n\nThe levee held.`])).toContain('Tomas Ashgrove');
  });

  it('is not shown with a name alone', () => {
    expect(names([`${lead}\n\nPolice named the driver as Tomas Ashgrove, from the valley.`, `${lead}\n\nThe levee held.`])).not.toContain('Tomas Ashgrove');
  });
});

describe('FULL_NAME_RULES', () => {
  const lead = 'Mayor Dana Ruiz said on Monday that the river would crest near the levee by Friday morning.';
  const actorsOf = (docs: string[]) => buildBriefing(docs.map((text) => ({ text })), { id: 't' }).actors;
  // [rule, the second paragraph of each of two articles, the full name, the surname the other article writes alone]
  const rows: [string, [string, string], string, string][] = [
    ['full-name-after-a-long-title', ['The Tarrow Ledger reported that Tarrow County Recorder of Deeds Ann Velloso warned the levee would fail.', 'Velloso said the city had known for years. Velloso added that the crews were tired.'], 'Ann Velloso', 'Velloso'],
  ];

  it.each(rows)('%s: %s', (rule, [a, b], name, other) => {
    const actors = actorsOf([`${lead}\n\n${a}`, `${lead}\n\n${b}`]);
    const x = actors.find((y) => y.name === name);
    expect(x).toBeDefined();
    expect(x!.aliases).toContain(other);
    expect(actors.map((y) => y.name)).not.toContain(other);
    expect(FULL_NAME_RULES.find((r) => r.name === rule)).toBeDefined();
  });

  it('two first names before one surname are a family: neither is read', () => {
    const actors = actorsOf([
      `${lead}\n\nThe Tarrow Ledger reported that Tarrow County Recorder of Deeds Ann Velloso warned the levee would fail. Senior Airman Marta Velloso, with the 12th Rescue Wing at the levee, explains how the crews worked.`,
      `${lead}\n\nVelloso said the city had known for years. Velloso added that the crews were tired.`,
    ]);
    expect(actors.map((y) => y.name)).not.toContain('Ann Velloso');
    expect(actors.map((y) => y.name)).not.toContain('Marta Velloso');
  });

  it('every rule has a test row', () => {
    expect(FULL_NAME_RULES.map((r) => r.name).sort()).toEqual([...new Set(rows.map(([rule]) => rule))].sort());
  });
});

describe('a bare surname two people of the story share', () => {
  const lead = 'Mayor Dana Ruiz said on Monday that the river would crest near the levee by Friday morning.';
  const build = (docs: string[]) => buildBriefing(docs.map((text) => ({ text })), { id: 't' });
  it('is the one its article names in full, when it names only one of them', () => {
    const b = build([
      `${lead}\n\nTom Marsh, 9, was swept away at the levee on Monday. Tom Marsh was found alive on Tuesday. Marsh was taken to the county hospital, and Tom Marsh went home on Friday.`,
      `${lead}\n\nRita Marsh wrote a letter to the council about the levee. "The gates were left open all night," Marsh wrote. Marsh asked the council to fence the levee.`,
    ]);
    const rita = b.actors.find((a) => a.name === 'Rita Marsh');
    expect(rita).toBeDefined();
    expect(b.positions.filter((p) => p.actor === rita!.id).map((p) => p.text).join(' ')).toMatch(/gates were left open/);
    // No merge: the son stays his own person.
    expect(b.actors.map((a) => a.name)).toContain('Tom Marsh');
  });
});

describe('DESCRIBED_ACTOR_RULES', () => {
  const lead = 'Former rower Dana Ruiz was sentenced on Monday to six months for the harbour fraud.';
  const actorsOf = (docs: string[]) => buildBriefing(docs.map((text) => ({ text })), { id: 't' }).actors;
  // [rule, first article's paragraph, second article's paragraph, the actor found]
  const rows: [string, string, string, string][] = [
    ['kin-of-a-named-person', "Ruiz's father wrote to the judge that a prison term was too harsh.", "Critics mocked the letter. As Mr. Ruiz's father put it, the fraud was a single slip.", "Ruiz's father"],
  ];
  it.each(rows)('%s: %s', (rule, first, second, name) => {
    const found = actorsOf([`${lead}\n\n${first}`, `${lead}\n\n${second}`]).find((a) => a.name === name);
    expect(found?.type).toBe('person');
    expect(found?.role).toMatch(/Dana Ruiz's father/);
    expect(DESCRIBED_ACTOR_RULES.find((r) => r.name === rule)).toBeDefined();
  });

  it.each([
    ['a relative written once', "Ruiz's father wrote to the judge that a prison term was too harsh.", 'The judge did not reply.'],
    ['a relative the articles name', "Ruiz's father, Tomas Ruiz, wrote to the judge.", "Critics mocked the letter. As Mr. Ruiz's father put it, the fraud was a single slip."],
    ['a relative whose name follows without a comma', "Ruiz's father Tomas wrote to the judge.", "Critics mocked the letter. As Mr. Ruiz's father put it, the fraud was a single slip."],
    ['another person with the surname, who may be the relative', "Ruiz's father wrote to the judge. Carl Ruiz, a retired pilot, was in court.", "Critics mocked the letter. As Mr. Ruiz's father put it, the fraud was a single slip."],
  ])('no described actor: %s', (_, first, second) => {
    expect(actorsOf([`${lead}\n\n${first}`, `${lead}\n\n${second}`]).map((a) => a.name)).not.toContain("Ruiz's father");
  });

  it("the relative's words are the relative's position, not the named person's", () => {
    const docs = [`${lead}\n\nRuiz's father wrote to the judge that a prison term was too harsh.`, `${lead}\n\nCritics mocked the letter. Ruiz's father said the fraud was a single slip.`];
    const b = buildBriefing(docs.map((text) => ({ text })), { id: 't' });
    const father = b.actors.find((a) => a.name === "Ruiz's father");
    const words = (id?: string) => b.positions.filter((p) => p.actor === id).map((p) => p.evidence.map((e) => e.text).join(' ')).join(' ');
    expect(words(father?.id)).toMatch(/single slip/);
    expect(words(b.actors.find((a) => a.name === 'Dana Ruiz')?.id)).not.toMatch(/single slip/);
  });

  it('every rule has a test row', () => {
    expect(DESCRIBED_ACTOR_RULES.map((r) => r.name).sort()).toEqual([...new Set(rows.map(([rule]) => rule))].sort());
  });
});
