// Stage 04: names in a sentence, with titles and roles split off and places resolved to countries.
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../src/builder/index.js';
import { CLUSTER_NAME_RULES, GROUP_RULES, LONGEST_NAME, NAME_RULES, WRITTEN_AS_RULES, actingTitles, findMentions, inTitleCase } from '../../src/builder/stages/04-entities.js';

const names = (text: string) => findMentions(text).map((f) => f.name);
const find = (text: string, name: string) => findMentions(text).find((f) => f.name === name);
/** The mention of `name` in `text`, asserted to be a person with `role`. */
function personWithRole(text: string, name: string, role: string) {
  const f = find(text, name);
  expect(f, `mentions: ${JSON.stringify(names(text))}`).toBeDefined();
  expect(f!.role).toBe(role);
  expect(f!.type).toBe('person');
  return f!;
}

describe('findMentions', () => {
  it.each([
    // [sentence, name, role]
    ['Kremlin spokesman Dmitry Peskov said Putin may meet Tillerson later that day.', 'Dmitry Peskov', 'Kremlin spokesman'],
    ['US Secretary of State Rex Tillerson and his counterpart held talks.', 'Rex Tillerson', 'US Secretary of State'],
    ['Secretary of State Rex Tillerson arrived on Tuesday.', 'Rex Tillerson', 'Secretary of State'],
    ['German Chancellor Angela Merkel met French President Emmanuel Macron on Monday.', 'Angela Merkel', 'German Chancellor'],
    ['German Chancellor Angela Merkel met French President Emmanuel Macron on Monday.', 'Emmanuel Macron', 'French President'],
    ['Health Minister Olivier Veran announced new restrictions.', 'Olivier Veran', 'Health Minister'],
    ['Senator John McCain, the chairman of the Armed Services Committee, criticised the plan.', 'John McCain', 'Senator, chairman of the Armed Services Committee'],
    ['National Security Adviser H.R. McMaster gave conflicting remarks.', 'H.R. McMaster', 'National Security Adviser'],
  ])('a leading title is a role, not part of the name: %s → %s', (text, name, role) => {
    const f = personWithRole(text, name, role);
    expect(text.slice(f.start, f.end)).toBe(name);
  });

  it.each([
    // [sentence, name, role]
    ['The gazette reported that Marlow County Supervisor of Elections Susan Ferrand warned of long queues.', 'Susan Ferrand', 'Marlow County Supervisor of Elections'],
    ['Superintendent of Schools Joseph Tallant closed every campus on Friday.', 'Joseph Tallant', 'Superintendent of Schools'],
    ['State Director of Public Health Mary Okoro asked families to stay home.', 'Mary Okoro', 'State Director of Public Health'],
  ])('name-after-portfolio: a role noun, its "of" or "for" and the capitalised words of its portfolio before a name are the role: %s', (text, name, role) => {
    const f = personWithRole(text, name, role);
    expect(text.slice(f.start, f.end)).toBe(name);
  });

  it.each([
    // [sentence, name, role]
    ['The bulletin said Harbor Trust President and CEO Dana Whitlow stepped down.', 'Dana Whitlow', 'Harbor Trust President and CEO'],
    ['Minister for Fisheries and Coastal Affairs Peter Landry opened the new pier.', 'Peter Landry', 'Minister for Fisheries and Coastal Affairs'],
  ])('title-goes-on-past-and: two titles, or a portfolio of two things, joined by "and" before a name are one role: %s', (text, name, role) => {
    personWithRole(text, name, role);
  });

  it.each([
    ['"The use of force is illegal", said Hina Shamsi, the director of the National Security Project at the American Civil Liberties Union.', 'Hina Shamsi', 'director of the National Security Project at the American Civil Liberties Union'],
    ['Jens Stoltenberg, the secretary general of NATO, called for calm.', 'Jens Stoltenberg', 'secretary general of NATO'],
    ['The plan was drafted by Maria Lopez, a spokeswoman for the city council, last year.', 'Maria Lopez', 'spokeswoman for the city council'],
  ])('an apposition after the name is its role: %s', (text, name, role) => {
    personWithRole(text, name, role);
  });

  it.each([
    ['Moscow believes the strikes must not be repeated.', 'Russia', 'Moscow'],
    ['On Tuesday, Kyiv accused Moscow of shelling the city.', 'Ukraine', 'Kyiv'],
    ['The talks in Beijing ended without a deal, and Tokyo said it was disappointed.', 'China', 'Beijing'],
    ['The talks in Beijing ended without a deal, and Tokyo said it was disappointed.', 'Japan', 'Tokyo'],
    ['Washington plans more missile strikes, officials said.', 'United States', 'Washington'],
    ['Russian Federation vetoed the resolution.', 'Russia', 'Russian Federation'],
    ['Talks between Iran and Iraq resumed.', 'Iran', 'Iran'],
  ])('countries and capitals map to the country: %s → %s', (text, country, written) => {
    const f = find(text, country);
    expect(f, `mentions: ${JSON.stringify(names(text))}`).toBeDefined();
    expect(f!.type).toBe('country');
    // The span is the words as written.
    expect(text.slice(f!.start, f!.end)).toBe(written);
  });

  it('a quoted title that speaks or wants is the show it names; any other quoted title names nobody', () => {
    expect(find("'Skating With The Champions' hopes to sign Greta Lowe for its spring tour, a producer said.", 'Skating With The Champions')?.type).toBe('organization');
    expect(find('“Good Morning Valley” said it would not air the tape.', 'Good Morning Valley')?.type).toBe('organization');
    expect(names("The band released 'Roads to the River' and 'Long Way Home' on Tuesday.")).toEqual([]);
    // An ampersand between a title's words keeps it one title, whose names are no one's.
    expect(names('The magazine spoke to a "Dana & Lee Take Paris" producer on Monday.')).toEqual([]);
    expect(names("She was recruited by another show: 'Skating With the Champions.' Greta Lowe declined.")).toEqual(['Greta Lowe']);
    // The sentence splitter may leave the opening quotation mark with the sentence before.
    expect(find("Skating With The Champions' hopes to sign Greta Lowe for its spring tour, a producer said.", 'Skating With The Champions')?.type).toBe('organization');
    expect(find("Chris Jones' will was read on Monday.", 'Chris Jones')?.type).toBe('person');
  });

  it.each([
    ['a show that wants someone is that show where else it is quoted', ["'River Town Nights' would love to have Dana Ruiz next season.", "Ruiz has been asked onto a popular show: 'River Town Nights.'"], true],
    ['a film that only "will" something stays a work elsewhere', ['The new “Nightfall Again” will rely on its fans.', 'Critics panned “Nightfall Again.”'], false],
    ['a title closed on a comma is an aside, not a speaker', ['The remake of “Nightfall Again,” boasts better effects.', 'Critics panned “Nightfall Again.”'], false],
  ])('a quoted title across the cluster: %s', (_, sentences, body) => {
    const titles = actingTitles(sentences);
    expect(findMentions(sentences[1], { acting: titles }).some((f) => f.type === 'organization')).toBe(body);
  });

  it.each([
    ['County Public Health Supervisor Jim Hollis said the county had asked.', 'Jim Hollis', 'County Public Health Supervisor'],
    ['Tory MP Karen Whitby said she would vote against it.', 'Karen Whitby', 'Tory MP'],
    ['Alderman Tom Christie voted no.', 'Tom Christie', 'Alderman'],
  ])('a capitalised role noun before a first name is a title: %s', (text, name, role) => {
    expect(find(text, name)?.role, `mentions: ${JSON.stringify(names(text))}`).toBe(role);
  });

  it.each([
    ['GOP Sen. Dean Holloway of Nevada called them patriots.', 'Dean Holloway', 'GOP Senator from Nevada'],
    ['Dean Holloway said no.', 'Dean Holloway', undefined],
    ['Sens. Ann Lee and Tom Ruiz wrote to the board.', 'Ann Lee', 'Senator'],
    ['The Jesuit Rev. Paolo Venturi said it.', 'Paolo Venturi', undefined],
    ['Pope Emeritus Benedict XVI will live there.', 'Benedict XVI', 'Pope Emeritus'],
  ])('a title word that is also a first name opens the name; an abbreviated honorific or "Emeritus" belongs to the title: %s', (text, name, role) => {
    expect(find(text, name), `mentions: ${JSON.stringify(names(text))}`).toBeDefined();
    expect(find(text, name)!.role).toBe(role);
  });

  it.each([
    ['plural-title-list', 'Sens. Nell Orvik and Bram Tesh wrote to the board.', 'Bram Tesh', 'Senator'],
    ['plural-title-list', 'Reps. Nell Orvik (R-Ohio), Bram Tesh (D-Iowa) and Cal Dunmore (R-Utah) signed it.', 'Cal Dunmore', 'Republican Representative from Utah'],
    ['plural-title-list', 'Democratic Sens. Nell Orvik, Bram Tesh and Cal Dunmore voted no.', 'Bram Tesh', 'Democratic Senator'],
    ['a singular title is the first name\'s alone', 'Sen. Nell Orvik and Bram Tesh wrote to the board.', 'Bram Tesh', undefined],
  ])('each name of a list a plural honorific opens holds its office: %s (%s)', (_, text, name, role) => {
    expect(find(text, name), `mentions: ${JSON.stringify(names(text))}`).toBeDefined();
    expect(find(text, name)!.role).toBe(role);
  });

  it.each([
    ['Air Chief Marshal Brennick, who leads the search, said so.', 'Brennick', 'Air Chief Marshal'],
    ['Police Chief Marshal Dean said no.', 'Marshal Dean', 'Police Chief'],
  ])('a rank after a title\'s head word goes on with the title, before a surname that is no first name: %s', (text, name, role) => {
    expect(find(text, name), `mentions: ${JSON.stringify(names(text))}`).toBeDefined();
    expect(find(text, name)!.role).toBe(role);
  });

  it('a ticker after a company\'s name is no part of it', () => {
    expect(names('Paul Andre agreed to buy the flour mill Kestrel Mills KSTM.L for $4 million.')).toEqual(['Paul Andre', 'Kestrel Mills']);
  });

  it.each([
    ['"Oh, my God. Tarrow won, Tarrow won," a guard shouted at the levee.', 'Tarrow', 'God. Tarrow'],
    ['"We wrote to Carla Venn. Harlow Fisheries never answered," the mayor said.', 'Carla Venn', 'Carla Venn. Harlow Fisheries'],
  ])('ends-a-sentence: a name stops where a quote kept whole ends a sentence: %s', (text, name, joined) => {
    expect(names(text)).toContain(name);
    expect(names(text)).not.toContain(joined);
  });

  it.each([
    ['"We met Gen. Alma Voss at the levee," the mayor said.', 'Alma Voss'],
    ['"We met J. Alma Voss at the levee," the mayor said.', 'J. Alma Voss'],
  ])('ends-a-sentence: an abbreviation or an initial inside a quote ends no name: %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('a capitalised role noun after a word that may be a first name is part of the name', () => {
    expect(names('The house of Yves Saint Laurent said no.')).toEqual(['Yves Saint Laurent']);
  });

  it.each([
    ['It has been decades since a New Yorker led the Senate.', 'Yorker'],
    ['He wrote in The New Yorker that the plan failed.', 'Yorker'],
  ])('a capitalised "New" before a capitalised word opens the name: %s', (text, fragment) => {
    expect(names(text)).not.toContain(fragment);
  });

  it.each([
    ['KVX drummer Marco Quito has retired after a long tour.', 'Marco Quito', 'KVX drummer'],
    ['Michael Jordan said he would return to the court.', 'Michael Jordan', undefined],
  ])('a country or a capital after a first name is a surname: %s', (text, name, role) => {
    expect(find(text, name)?.type, `mentions: ${JSON.stringify(names(text))}`).toBe('person');
    expect(find(text, name)?.role).toBe(role);
    expect(findMentions(text).some((f) => f.type === 'country')).toBe(false);
  });

  it.each([
    ['Will Russia side with the US or Iran?', 'Russia', 'Will Russia'],
    ['Did Merkel know about the plan?', 'Merkel', 'Did Merkel'],
    ['Should Britain leave the customs union?', 'United Kingdom', 'Should Britain'],
  ])('a capitalised sentence opener is not part of the name: %s', (text, name, fragment) => {
    expect(names(text)).toContain(name);
    expect(names(text)).not.toContain(fragment);
  });

  it.each([
    ['Russian officials dismissed the report.'],
    ['American and British diplomats left the room.'],
    ['The French were not consulted.'],
  ])('demonyms alone are not actors: %s', (text) => {
    expect(findMentions(text).filter((f) => f.type !== 'group')).toEqual([]);
  });

  it.each([
    ['Syrian rebels said they had lost the town.', 'rebels', 'Syrian rebels'],
    ['Republicans blocked the bill in the Senate.', 'republicans', undefined],
    ['Syrian security forces clashed with gunmen.', 'security forces', 'Syrian security forces'],
    ['It was horrible, lawmakers said.', 'lawmakers', undefined],
  ])('collective actors are groups named by their noun: %s', (text, name, surface) => {
    const f = find(text, name);
    expect(f?.type).toBe('group');
    expect(f?.surface).toBe(surface);
  });

  it.each([
    ['The chairwoman of the Senate Transport Committee promised a full review.', 'Senate Transport Committee', 'organization'],
    ['A deputy director of the National Weather Service spoke on Tuesday.', 'National Weather Service', 'organization'],
    ['Paula Reyes, regional director of the State Water Resources Board, ruled on Friday.', 'State Water Resources Board', 'organization'],
    ['Ines Marlow, director of the UN Statistics Division, said the figure was an estimate.', 'UN Statistics Division', 'organization'],
    ['A deputy from the Brenton County Sheriff’s Office found the lost dog on Sunday.', 'Brenton County Sheriff’s Office', 'organization'],
    ["The U.S. Attorney's Office declined to comment.", "U.S. Attorney's Office", 'organization'],
    ['Mr. Dunleavy, now 61, was given fluids and recovered.', 'Dunleavy', 'person'],
    ['Dr. Okafor examined the boy.', 'Okafor', 'person'],
    ['The band Led Astray released two previously unheard songs.', 'Led Astray', 'person'],
    ['Sources told Bethany Corwin the show wanted her.', 'Bethany Corwin', 'person'],
  ])('a name among title words (after a title\'s "of", an office named for its holder, after an honorific) or opening with a verb\'s form or a first name: %s', (text, name, type) => {
    expect(find(text, name)?.type).toBe(type);
  });

  it.each([
    ['The lake stays high because U.S. Army Corps of Engineers crews let water out.', 'U.S. Army Corps of Engineers'],
    ['Three members of the town’s delegation sit on the farm panel in Congress, as they have for years.', 'Congress'],
    ['Keepers at the Brantwood Zoo said the calf was healthy.', 'Brantwood Zoo'],
    ['The herd was tracked by the Olmara Conservancy for a week.', 'Olmara Conservancy'],
    ['The Harlow Lottery paid out the jackpot on Monday.', 'Harlow Lottery'],
    ['On Sunday the Redvale Klan marched through the town.', 'Redvale Klan'],
  ])('an organisation whose head word is its own, or a well-known one, stays itself: %s', (text, name) => {
    expect(find(text, name)?.type).toBe('organization');
    expect(names(text)).not.toContain('United States');
  });

  it.each([
    ['The Syrian government denied the report.', 'Syria', 'Syrian government'],
    ['The Russian Ministry of Foreign Affairs said the strike was illegal.', 'Russia', 'Russian Ministry of Foreign Affairs'],
  ])('a government speaks for its country: %s', (text, country, surface) => {
    const f = find(text, country);
    expect(f?.type).toBe('country');
    expect(f?.surface).toBe(surface);
  });

  it.each([
    ['Democratic Congresswoman Laura Whitcomb of Oregon told leaders.', 'Laura Whitcomb', 'Democratic Congresswoman from Oregon'],
    ['Last week farmers rallied outside Oregon Gov. Jan Holbrook’s office.', 'Jan Holbrook', 'Oregon Governor'],
    ['Rep. Calvin Marsh, the top Democrat on the Senate Water Committee, objected.', 'Calvin Marsh', 'Representative, top Democrat on the Senate Water Committee'],
  ])('titles before a name with an "of" after it, and spelt-out honorifics: %s', (text, name, role) => {
    expect(find(text, name)?.role, `mentions: ${JSON.stringify(names(text))}`).toBe(role);
  });

  it.each([
    ['The crowd cheered for Will Tarrow at the levee.', ['Will Tarrow']],
    ['The crews thanked Will Tarrow on Monday.', ['Will Tarrow']],
    // Opening a sentence, the word may be the modal of a question.
    ['Will Peru act?', ['Peru']],
  ])('a given name that is also a function word opens a name inside a sentence: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Hale, whom The New York Times once called a legend, smiled.', ['Hale']],
    ['The march went down Martin Luther King Boulevard.', []],
    ['Survivors of World War II gathered.', []],
    ['German Nazis killed millions.', []],
    ['“I’m not running,” she said.', []],
  ])('streets, events, descriptions and contractions are not actors: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Reports based on files from former NSA contractor Dale Prentiss indicate it.', 'Dale Prentiss', 'former NSA contractor'],
    ['Hale met Dutch florist Pieter Vos last spring.', 'Pieter Vos', 'Dutch florist'],
    ['Vos is chairman of FloraHaven, a flower market.', 'Vos', 'chairman of FloraHaven'],
    ['The ferry sailed at noon, though Ana Ruddle of the coast guard warned of fog.', 'Ana Ruddle', 'coast guard'],
    ['But Democratic Congresswoman Laura Whitcomb of Oregon told leaders.', 'Laura Whitcomb', 'Democratic Congresswoman from Oregon'],
    ['Rep. Calvin Marsh of Alabama, the top Democrat on the committee, disputed it.', 'Calvin Marsh', 'Representative, top Democrat on the committee'],
  ])('roles from the noun phrase before a name, "of …", a copula and an apposition: %s', (text, name, role) => {
    expect(find(text, name)?.role, `mentions: ${JSON.stringify(findMentions(text))}`).toBe(role);
  });

  it('a surname that is also a place stays a person after a first name or a title', () => {
    expect(find('Rep. Laura Preston (R-Tenn.), another critic, said it.', 'Laura Preston')?.type).toBe('person');
    expect(names('The town hall met in Pine Lakes on Tuesday.')).not.toContain('Pine Lakes');
  });

  it.each([
    ['The tanker belongs to the Japanese trading company Hoshino Bussan K.K. of Osaka.', 'Hoshino Bussan K.K.', 'Japanese trading company'],
    ['It is leased from Japanese trading company Hoshino Bussan Kogyo.', 'Hoshino Bussan Kogyo', 'Japanese trading company'],
  ])('what an organisation is, written before its name: %s', (text, name, role) => {
    const f = find(text, name);
    expect(f?.type).toBe('organization');
    expect(f?.role).toBe(role);
  });

  it.each([
    ['Jason Pryor, who said last week he was ready, spoke.', 'Jason Pryor'],
    ['Hollis was sworn in as fire chief in 2011.', 'Hollis'],
  ])('relative clauses and passives are not roles: %s', (text, name) => {
    expect(find(text, name)?.role).toBeUndefined();
  });

  it.each([
    ['Helen Marsh, whose son Peter Lund was another founder of the rowing club, spoke.', 'Helen Marsh', 'mother of Peter Lund, another founder of the rowing club'],
    ['"I\'m furious," said Nell Garvey, whose lifeguard son was hurt at the Eastport Sailing Club.', 'Nell Garvey', 'mother of a lifeguard hurt at the Eastport Sailing Club'],
    ['"Why now?" asked David Lorne, whose son Todd coached the team.', 'David Lorne', 'father of Todd, who coached the team'],
  ])('"whose son …" says who a person is: %s', (text, name, role) => {
    expect(find(text, name)?.role).toBe(role);
  });

  it.each([
    ['On Monday, Republicans said the bill would fail.', 'Republicans'],
    ['House Democrats walked out before the vote.', 'Democrats'],
  ])('a group noun written with a capital names a group: %s', (text, name) => {
    expect(findMentions(text).find((f) => f.name === name)?.type).toBe('group');
  });

  it('a group noun before a name describes it', () => {
    expect(names('Senators including Oregon Republicans Garrity and Jeff Marek want it.')).toEqual(expect.arrayContaining(['Garrity', 'Jeff Marek']));
  });

  it.each([
    ['The meeting took place on Wednesday in April.', []],
    ['Reuters reported the talks had ended.', []],
    ['They met for three hours and agreed on nothing.', []],
  ])('dates, media and ordinary words are not names: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Reportedly Orvell liked the prototype it was shown.', ['Orvell']],
    ['Naming Dalby would carry risks for the governor.', ['Dalby']],
    ['Welcoming Prime Minister Tessa Varga, the mayor spoke briefly.', ['Tessa Varga']],
    // A given name or a surname in -ly or -ing opens the name.
    ['Ashley Brandt said she would appeal.', ['Ashley Brandt']],
    ['Manning Harwell said the store would close.', ['Manning Harwell']],
    ['Channing Oduya said the store would close.', ['Channing Oduya']],
  ])('an adverb or an -ing form opening the sentence is no part of the name: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('a possessive closes the name', () => {
    const text = "Putin's decision to host Tillerson signaled Moscow's intent.";
    expect(names(text)).toEqual(['Putin', 'Tillerson', 'Russia']);
    const putin = find(text, 'Putin')!;
    expect(text.slice(putin.start, putin.end)).toBe('Putin');
  });

  it.each([
    ['Chris Mahler, a spokesman for the Ohio Department of Health and Human Services, spoke.', 'Ohio Department of Health and Human Services'],
    ["It is part of the Department for Children's Services' program.", "Department for Children's Services"],
    ['The Bank of Japan said rates would rise.', 'Bank of Japan'],
  ])('an organisation\'s name runs through "and", a possessive and a country: %s', (text, name) => {
    expect(find(text, name)?.type, JSON.stringify(names(text))).toBe('organization');
  });

  it.each([
    ['Brand manager at TRB Dana Ruiz said the boxes could be eaten.', 'Dana Ruiz', 'TRB Dana Ruiz'],
    ['Two people were hurt, the office of Fresno Dana Ruiz said in a statement.', 'Dana Ruiz', 'Fresno Dana Ruiz'],
  ])('split-before-a-full-name: a place or initials before a first name and a surname are not the name: %s', (text, name, joined) => {
    expect(names(text)).toContain(name);
    expect(names(text)).not.toContain(joined);
  });

  it('split-before-a-full-name: a body whose name goes on to its kind stays whole', () => {
    expect(names('Pupils at Fresno Christian Academy wrote letters.')).not.toContain('Christian Academy');
  });

  it('a country after a name particle is part of the name', () => {
    expect(names('Starring Sam Archer and Lucie De France.')).toEqual(['Sam Archer', 'Lucie De France']);
  });

  // data/name-particles.json, one row per list.
  it.each([
    ['Maria dos Santos told the council the plan was late.', 'Maria dos Santos'],
    ['Engineer Pieter ter Braak said the dyke would hold.', 'Pieter ter Braak'],
    ['The poet Jorge Ortiz y Lamas read first.', 'Jorge Ortiz y Lamas'],
    ['Dr. Noura bint Rashid spoke at the opening.', 'Noura bint Rashid'],
  ])('joining: a particle in lower case keeps one name: %s', (text, name) => {
    expect(names(text), JSON.stringify(findMentions(text))).toContain(name);
    expect(find(text, name)!.type).toBe('person');
  });

  it.each([
    ['Le Vasseur said the vote had been rigged.', 'Le Vasseur', 'person'],
    ['A spokesman said De Marchi would not run again.', 'De Marchi', 'person'],
    ['Former Vice President Al Brandt lost the recount.', 'Al Brandt', 'person'],
    ['The analyst Al Corwin says the governor can still win.', 'Al Corwin', 'person'],
    ['Did Al Henley, who sought a casino licence, meet the mayor?', 'Al Henley', 'person'],
    ['The minister said Al Qaeda had lost most of its funding.', 'Al Qaeda', 'organization'],
  ])('opening: a capitalised particle before a capitalised word opens the name: %s', (text, name, type) => {
    expect(names(text), JSON.stringify(findMentions(text))).toContain(name);
    expect(find(text, name)!.type).toBe(type);
  });

  it.each([
    ['Ben Halloran said the firm would appeal.', 'Ben Halloran'],
    ['Fed Chairman Ben Okoro said rates would hold.', 'Ben Okoro'],
    ['Des Moines Mayor Anna Brill said the roads were open.', 'Anna Brill'],
  ])('opening: a first name or a town that looks like a particle is not one: %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('opening: a lone capitalised particle names nobody; "Of" in a title-case line still joins no name', () => {
    expect(names('De said nothing more.')).toEqual([]);
    expect(names('For Mr. Halloran it was over.')).toEqual(['Halloran']);
  });

  it('hyphenated: a particle joined by a hyphen is part of the name', () => {
    expect(names('Activist Nabil al-Rashed said the town was shelled.')).toContain('Nabil al-Rashed');
    expect(names('Abd-Rabbo was named envoy.')).toContain('Abd-Rabbo');
  });

  // data/titles.json surnames.
  it.each([
    ['Veteran coach Neil King said his team was struck.', 'Neil King', 'Veteran coach'],
    ['Maria Dean, a historian, said the letters were forged.', 'Maria Dean', 'historian'],
    ['Former Prime Minister Tony Major spoke first.', 'Tony Major', 'Former Prime Minister'],
    ['The statue of Samuel Bishop Jr. was unveiled.', 'Samuel Bishop Jr', undefined],
  ])('surnames: a title word that is also a surname ends the name after a first name: %s', (text, name, role) => {
    const f = find(text, name);
    expect(f, JSON.stringify(names(text))).toBeDefined();
    expect(f!.type).toBe('person');
    expect(f!.role).toBe(role);
  });

  it('surnames: after a place or an ordinary word the title word is still a title', () => {
    expect(names('The Paris Mayor said the roads were closed.')).toEqual([]);
    expect(names('The Ohio Governor said the roads were closed.')).toEqual([]);
    expect(find('Ohio Governor Anna Brill said the roads were closed.', 'Anna Brill')?.role).toBe('Ohio Governor');
  });

  it.each([
    ['At a town meeting, Ana Pryce and Tavo Brennick Sr. said they hope Tavo Brennick Jr. will win the seat.', 'Tavo Brennick Sr'],
    ['At a town meeting, Ana Pryce and Tavo Brennick Sr. said they hope Tavo Brennick Jr. will win the seat.', 'Tavo Brennick Jr'],
    ['Brennick Sr. says the shop will open again in May.', 'Brennick Sr'],
  ])('a generation\'s suffix says a person, whatever the first name: %s → %s', (text, name) => {
    expect(find(text, name)?.type).toBe('person');
  });

  it.each([
    ['He testified before the Senate Committee on Harbour Affairs on Tuesday.', 'Senate Committee on Harbour Affairs'],
    ["The House Committee on Rivers and Harbors's oversight panel met.", 'House Committee on Rivers and Harbors'],
    ['The Council on Foreign Relations said the talks would fail.', 'Council on Foreign Relations'],
    ['The Senate Subcommittee on Rivers and Harbors heard Ruiz.', 'Senate Subcommittee on Rivers and Harbors'],
    ['Ruiz sits on the Levee Subcommittee on the Interior.', 'Levee Subcommittee'],
  ])('a deliberating body\'s name goes on through "on" to what it deliberates: %s', (text, name) => {
    expect(find(text, name)?.type).toBe('organization');
  });

  it('"the Committee on Wednesday" is when the committee met, not its name', () => {
    expect(names('The Levee Committee on Wednesday voted to close the gates.')).toEqual(['Levee Committee']);
  });

  it('a surname that is also a month or a modal stays in the name', () => {
    expect(find('Reading the statement, Prime Minister Theresa May said Britain would leave.', 'Theresa May')?.role).toBe('Prime Minister');
  });

  it('a two-word demonym is not a person', () => {
    expect(names('Japanese and South Korean officials held talks in Seoul.')).toEqual(['South Korea']);
  });

  it.each([
    ['Vollmer heads the International Federation of the Harbour Pilots.', 'International Federation of the Harbour Pilots', 'organization'],
    ['Omar Haddad, head of the Egyptian Society for Rural Schools, said two classrooms were closed.', 'Egyptian Society for Rural Schools', 'organization'],
    ['The Paris-based Egyptian Society for Rural Schools said 12 schools were shut.', 'Egyptian Society for Rural Schools', 'organization'],
    ['Tina Marsh, executive director of Oregon Growers for Water Reform, disagreed.', 'Oregon Growers for Water Reform', 'organization'],
    ['The Tarrow Public Power District said bills would rise in March.', 'Tarrow Public Power District', 'organization'],
    ['The storm damaged the USS Carver badly.', 'USS Carver', 'organization'],
  ])('organisation names run through "of the" and lose their modifiers: %s', (text, name, type) => {
    expect(find(text, name)?.type, `mentions: ${JSON.stringify(names(text))}`).toBe(type);
  });

  it.each([
    ['The film was made by Harlow Pictures last spring.', 'Harlow Pictures'],
    ['Velmo Industries said profits fell.', 'Velmo Industries'],
    ['The teacher was suspended by Tarrow Public Schools in May.', 'Tarrow Public Schools'],
    ['Shares of Ferrin Holdings rose on Monday.', 'Ferrin Holdings'],
  ])('org heads: a company\'s or a school district\'s plural head word makes its name a body: %s', (text, name) => {
    expect(find(text, name)?.type, `mentions: ${JSON.stringify(names(text))}`).toBe('organization');
  });

  it.each([
    ['Bill Harlan of the South Dakota National Guard said the dikes held.', 'Bill Harlan'],
    ['Laura Whitcomb of Oregon voted against it.', 'Laura Whitcomb'],
  ])('a person\'s name ends before "of": %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    ['Whitcomb, a California Democrat, defended the program.', 'California Democrat'],
    ['Danner, a former House Agriculture chairman, criticised the agency.', 'House Agriculture'],
    ['Troops were sent to Fort Ardell on Monday.', 'Fort Ardell'],
    ['The footage aired on state TV last night.', 'TV'],
    ['Al Jazeera reported heavy gunfire.', 'Jazeera'],
    ['The fossil consists of a femur, vertebrae I to V, and two ribs.', 'V'],
    ['Among the guests was Arthur Dale Jr., when he was 12 years old.', 'Jr'],
  ])('descriptions, places and abbreviations are not names: %s', (text, notName) => {
    expect(names(text)).not.toContain(notName);
  });

  it.each([
    ['Ann Tolley, commander of the U.S. Atlantic Fleet, said the drill went well.', 'Ann Tolley', 'commander of the U.S. Atlantic Fleet'],
    ['German Chancellor Angela Merkel protested.', 'Angela Merkel', 'German Chancellor'],
    ['The club read out the letter of Danish Mayor Karen Holm.', 'Karen Holm', 'Danish Mayor'],
  ])('roles keep abbreviations and lose what is not a title: %s', (text, name, role) => {
    expect(find(text, name)?.role).toBe(role);
  });

  it('a clause after the name is not its role', () => {
    expect(find('"We are ready," Kellport, said Cmdr. Ron Pelham.', 'Kellport')?.role).toBeUndefined();
  });

  it.each([
    ['the subject of a verb', 'The Justice Department said it would review the letter.', 'Justice Department'],
    ['after a verb', 'Lawmakers urged the Justice Department to act.', 'Justice Department'],
    ['before a role noun', 'A Justice Ministry spokesman declined to comment.', 'Justice Ministry'],
    ['after the head word and its of', 'Ms. Varne once worked at the Ministry of Justice in Dunmore.', 'Ministry of Justice'],
  ])('title words before an organisation\'s head word are its name: %s', (_, text, name) => {
    expect(find(text, name)?.type).toBe('organization');
  });

  it('a title before a person\'s name is still a title', () => {
    expect(find('Justice Marlowe wrote the opinion.', 'Marlowe')?.role).toBe('Justice');
  });

  it.each([
    ['an age after the name', 'Leeds-born Qadeem Shore, 27, of Dunmore, was fined by the council.', 'Qadeem Shore'],
    ['a speech verb before the name', '"It was scary," said Qadeem Shore of Fenmoor Hills.', 'Qadeem Shore'],
  ])('ordinary words beside what only a person has are a person\'s name: %s', (_, text, name) => {
    expect(find(text, name)?.type).toBe('person');
  });

  it.each([
    ['a weak verb before the name', 'They held an exercise called Iron Tide across the peninsula.', 'Iron Tide'],
    ['a speech verb after the name, which may be a place', 'Neighbours in Lower Marsh said he kept to himself.', 'Lower Marsh'],
  ])('ordinary words are no person\'s name beside: %s', (_, text, name) => {
    expect(find(text, name)?.type).not.toBe('person');
  });

  it('a name made a person\'s by its age is a person in the sentences before it too', () => {
    const b = buildBriefing(
      [{ text: 'Police named the man on Monday. Qadeem Shore was fined in 2015, officers said. "We had no record of a threat," the chief said.\n\nThe man, Qadeem Shore, 27, of Dunmore, lived near the park. Qadeem Shore had sung in a church choir.' }],
      { id: 't' },
    );
    expect(b.actors.find((a) => a.name === 'Qadeem Shore')?.mentions).toBe(3);
  });

  it.each([
    ['opening the sentence', 'Bellmont Housing Corp. put a notice on the door.', 'Bellmont Housing Corp'],
    ['before an aside', "Granite Realty Corp., the building's manager, posted a letter.", 'Granite Realty Corp'],
  ])('a company\'s legal suffix keeps its ordinary first word in its name: %s', (_, text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    ['after a middle initial, an ordinary word is the surname', 'Councilwoman Ada K. Brown said the vote would wait.', 'Ada K. Brown'],
    ['after a middle initial, a plural is the surname', 'Ellen R. Parks said the board agreed.', 'Ellen R. Parks'],
  ])('a name is not cut short: %s', (_, text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('WRITTEN_AS_RULES', () => {
  // [rule, sentence, a name of ordinary words (no type of its own), the type the words beside it give it]
  const rows: [string, string, string, string][] = [
    ['kind-before', 'Reporters asked the advocacy group Silver Lantern about the vote.', 'Silver Lantern', 'organization'],
    ['kind-before', 'Last year its steel company Silver Lantern grew fast.', 'Silver Lantern', 'organization'],
    ['kind-in-apposition', 'He spent ten years at Silver Lantern, a firm that builds ferries.', 'Silver Lantern', 'organization'],
    ['kind-in-apposition', 'The money came from Silver Lantern, an investment group in Ohio.', 'Silver Lantern', 'organization'],
    ['kind-after', 'The strike fund is paid by the Silver Lantern union this year.', 'Silver Lantern', 'organization'],
    ['kind-after', 'The raid was claimed by the Silver Lantern group, officials said.', 'Silver Lantern', 'organization'],
  ];

  it.each(rows)('%s: %s', (_, text, name, type) => {
    expect(find(text, name)?.type).toBe(type);
  });

  it.each([
    // The name with nothing beside it that says what it is names no one.
    'Reporters asked about Silver Lantern before the vote.',
    // A role noun or a function word before the kind makes the kind another's: the spokesman, the friend.
    'He called Silver Lantern, a spokesman for the company said.',
    'He met Silver Lantern, a friend of the band, in May.',
    // A kind noun with no article or owner before it is a modifier ("club DJs").
    'The remix went out to club Silver Lantern fans.',
    // Without "the" before it, the name qualifies the noun after it ("a Silver Lantern company car").
    'She drove a Silver Lantern company car to work.',
  ])('no row types a name beside: %s', (text) => {
    expect(find(text, 'Silver Lantern')).toBeUndefined();
  });

  it('a lone word before a kind noun is no body: a family or a founder may be named so', () => {
    expect(find('The grant came from the Corvane foundation last year.', 'Corvane')?.type).not.toBe('organization');
  });

  it('every row has a test row', () => {
    expect(WRITTEN_AS_RULES.map((r) => r.name).sort()).toEqual([...new Set(rows.map(([rule]) => rule))].sort());
  });

  it('a name written as a body is a body in the cluster\'s other sentences too', () => {
    const b = buildBriefing(
      [{ text: 'In 2009 Silver Lantern bought the mill. Then Silver Lantern hired 300 workers there.\n\nThe town had sold the land to Silver Lantern, a firm that builds ferries. Last week Silver Lantern closed the mill.' }],
      { id: 't' },
    );
    expect(b.actors.find((a) => a.name === 'Silver Lantern')).toMatchObject({ type: 'organization', mentions: 4 });
  });
});

describe('CLUSTER_NAME_RULES', () => {
  const actorOf = (docs: string[], name: string) => buildBriefing(docs.map((text) => ({ text })), { id: 't' }).actors.find((a) => a.name === name);
  // [rule, articles, a name of ordinary words no sentence types, the type the cluster gives it]
  const rows: [string, string[], string, string][] = [
    [
      'given-name-acts-often',
      ['On Friday the band met Brandy Crane in Ohio, and later Brandy Crane thanked her fans.', 'Critics praised the record, and last spring Brandy Crane toured the country.'],
      'Brandy Crane',
      'person',
    ],
    [
      'acts-often',
      ['The rap duo grew up in Queens, and in 1993 Silver Lantern released its first record.', 'Fans cheered as Silver Lantern toured Europe. By then Silver Lantern had fans everywhere.'],
      'Silver Lantern',
      'organization',
    ],
  ];

  it.each(rows)('%s: %s', (_, docs, name, type) => {
    expect(actorOf(docs, name)?.type).toBe(type);
  });

  it.each([
    // Written often, but only as a place or before a noun: it does nothing.
    [['Tourists met at Silver Lantern on Monday. The Silver Lantern stage was closed.', 'Fans left Silver Lantern early, and the night at Silver Lantern is over.']],
    // Acting once is not enough.
    [['Silver Lantern released a record in May. Fans bought Silver Lantern shirts.', 'Critics wrote about Silver Lantern all summer.']],
  ])('no row types a name that does not act often: %j', (docs) => {
    expect(actorOf(docs, 'Silver Lantern')).toBeUndefined();
  });

  it('every row has a test row', () => {
    expect(CLUSTER_NAME_RULES.map((r) => r.name).sort()).toEqual([...new Set(rows.map(([rule]) => rule))].sort());
  });
});

describe('NAME_RULES', () => {
  // [rule, sentence, the name the rule decides on]
  const rows: [string, string, string][] = [
    ['place-of-a-local-force', 'Tarrow police found the van on Monday.', 'Tarrow'],
    ['party-by-its-members', 'Once the Liberals took office, the ferry fares fell.', 'Liberals'],
    ['lone-date-or-function-word', 'Negotiators met in January and again in May.', 'January'],
    ['group-opening-a-sentence', 'Skeptics say the ferry plan will cost twice as much.', 'Skeptics'],
    ['group-opening-a-sentence', 'Fans lined up overnight outside the arena in Tarrow.', 'Fans'],
    ['lone-date-or-function-word', 'They met on Christmas Eve and again at Thanksgiving.', 'Christmas Eve'],
    ['organisation-by-its-head', 'The bill goes to the House next week.', 'House'],
    ['month', 'In March 2012, the state Department of Natural Resources considered closing the lake.', 'March'],
    ['shouted-headline', 'ABA’S HOLLIS RIPS SENATE over the bank rules.', 'ABA’S HOLLIS RIPS SENATE'],
    ['shouted-label', '[VIDEO: Tea in Britain, by the numbers]', 'VIDEO'],
    ['shouted-label', 'LEE: I kept telling my neighbours that I wanted to leave.', 'LEE'],
    ['dateline', 'NEW YORK, June 4 (UPI) -- Acme is warning parents.', 'NEW YORK'],
    ['dateline', 'BRAEMORE, Scotland — The ferry will run again in spring.', 'Scotland'],
    ['dateline', 'BEIJING (AP) — Dennis Hale arrived on Monday.', 'BEIJING'],
    ['stock-ticker', 'Three months ago rival bag maker Pilot PLT.N struck a deal.', 'PLT.N'],
    ['state-after-a-town', 'Dellwick, Mo., Mayor Ann Dale said the levee held.', 'Mo'],
    ['code-or-formula', 'CO2 levels rose for the third year.', 'CO2'],
    ['model-code', 'He drove a Jeep J8 into the parked Volvo XC90 SUV.', 'Jeep J8'],
    ['model-code', 'The gunman carried a Colt AR-15 rifle.', 'Colt AR-15'],
    ['lone-initial-or-suffix', 'The fossil consists of a femur, vertebrae I to V, and two ribs.', 'V'],
    ['contraction', '“They’ll never stop,” she said, and I’m sure.', 'I’m'],
    ['party-and-state', 'Rep. Laura Preston (R-Tenn.), another critic, said it.', 'R-Tenn'],
    ['place-or-event', 'Officials in Pine Lakes voted on Tuesday.', 'Pine Lakes'],
    ['place-or-event', 'She was held at the Marion County Jail overnight.', 'Marion County Jail'],
    ['place-or-event', 'Police issued an Amber Alert for the boy.', 'Amber Alert'],
    ['place-or-event', 'Officers from Milford Township searched the woods.', 'Milford Township'],
    ['place-or-event', 'The Rams lost the Prairie League Finals in six games.', 'Prairie League Finals'],
    ['place-or-event', 'Guests at the Harlow Spring Gala raised money for the levee.', 'Harlow Spring Gala'],
    ['place-or-event', 'Delegates at the Northern Unity Convention cheered the mayor.', 'Northern Unity Convention'],
    ['place-or-event', 'Burials in the Velmor Oasis date back 2,000 years.', 'Velmor Oasis'],
    ['not-a-name', 'The footage aired on state TV last night.', 'TV'],
    ['not-a-name', 'The feed went dark at 3:15 a.m. PDT on Sunday.', 'PDT'],
    ['not-a-name', 'Veterans with PTSD waited longest.', 'PTSD'],
    ['disease-name', 'Doctors said Harlow Valley Fever spread along the river.', 'Harlow Valley Fever'],
    ['product-name', 'Reviewers praised the Nova Desk PC for its screen.', 'Nova Desk PC'],
    ['product-name', 'The Zumo Trackers count steps and sleep.', 'Zumo Trackers'],
    ['head-of-a-thing-name', 'Singers cheered when she accepted the Walter Brennick Video Vanguard Award, telling a story.', 'Walter Brennick Video Vanguard'],
    ['head-of-a-thing-name', 'Ruiz accepted the Lena Marsh Vanguard Award on Friday.', 'Lena Marsh Vanguard'],
    ['model-letter', 'Buyers waited months for the Model K to arrive.', 'Model K'],
    ['place-prefix', 'Troops were sent to Fort Ardell on Monday.', 'Fort Ardell'],
    ['place-with-country', 'The plane landed in Air China late.', 'Air China'],
    ['news-outlet', 'Reuters reported the talks had ended.', 'Reuters'],
    ['news-outlet', 'The case will be revisited, the Millbrook Tribune reports.', 'Millbrook Tribune'],
    ['news-outlet', 'The case was reopened, the Eastport Beacon-Tribune reports.', 'Eastport Beacon-Tribune'],
    ['news-outlet', 'The singer was unwell, HuffPost reported.', 'HuffPost'],
    ['news-outlet', 'Eater ranks the new harbour diner among the best in town.', 'Eater'],
    ['lone-outlet-head', 'The mayor will resign, the Gazette said on Monday.', 'Gazette'],
    ['lone-outlet-head', 'The Weekly confirms the singer has left the band.', 'Weekly'],
    ['qualified-group', 'House Democrats walked out before the vote.', 'House Democrats'],
    ['description', 'Whitcomb, a California Democrat, defended the program.', 'California Democrat'],
    ['government-speaks-for-country', 'The Russian Ministry of Foreign Affairs said the strike was illegal.', 'Russian Ministry of Foreign Affairs'],
    ['qualifies-a-role', 'Danner, a former House Agriculture chairman, criticised the agency.', 'House Agriculture'],
    ['numbered-thing', 'The new Galaxy Note 7 phones caught fire.', 'Galaxy Note'],
    ['numbered-thing', 'Passengers on Pacific Flight 302 were delayed.', 'Pacific Flight'],
    ['demonym', 'The rest of the team were Spanish, and one Canadian joined later.', 'Canadian'],
    ['place', 'The town hall met in Phoenix on Tuesday.', 'Phoenix'],
    ['unknown-phrase', 'Officials said Golden Fried Chicken Works opened.', 'Golden Fried Chicken Works'],
    ['unknown-phrase', 'Backed by the council, the Harbour Lights WalkWay links five villages.', 'Harbour Lights WalkWay'],
    ['unknown-phrase', 'The center is a Universal Daycare provider in Queens.', 'Universal Daycare'],
    ['unknown-phrase', 'Walkers reached the old Stonegate of Ardley by noon.', 'Stonegate of Ardley'],
    ['opens-with-country', 'They were stopped by U.S. Customs at the border.', 'U.S. Customs'],
    ['common-word', 'They waited, and Hope said no.', 'Hope'],
    ['opens-with-demonym', 'German Nazis killed millions.', 'German Nazis'],
  ];

  it.each(rows)('%s: %s', (rule, text, name) => {
    const trace: { name: string; rule: string }[] = [];
    findMentions(text, { trace });
    expect(trace).toContainEqual({ name, rule });
  });

  it('every rule has a test row', () => {
    expect(NAME_RULES.map((r) => r.name).sort()).toEqual([...new Set(rows.map(([rule]) => rule))].sort());
  });

  it('an organisation named for someone keeps its namesake\'s title, which is no role of it', () => {
    const f = find('Officers entered the Sister Mary Lowe Wellness Center on Friday.', 'Sister Mary Lowe Wellness Center');
    expect(f?.type).toBe('organization');
    expect(f?.role).toBeUndefined();
  });

  it.each([
    ['Ned Lane, the lawyer, died on Tuesday.', 'Ned Lane'],
    ['Years later Dora Day founded the paper.', 'Dora Day'],
    // After a person's title, any place head: no title is written before a place.
    ['Rep. Joe Park voted against the bill.', 'Joe Park'],
    ['Mayor Ana Lake opened the new ferry dock.', 'Ana Lake'],
  ])('place-or-event: after a first name, a place head that is also a surname ends a person\'s name: %s', (text, name) => {
    expect(find(text, name)?.type).toBe('person');
  });

  it.each([
    ['The girl was found on Sherman Street.', 'Sherman Street'],
    ['They marched on Sunday to Fenmoor Lane.', 'Fenmoor Lane'],
    ['The girl was found on Jackson Street.', 'Jackson Street'],
  ])('place-or-event: other heads, or no first name, stay a place: %s', (text, name) => {
    const trace: { name: string; rule: string }[] = [];
    findMentions(text, { trace });
    expect(trace).toContainEqual({ name, rule: 'place-or-event' });
  });

  it('party-by-its-members: the party is named in full, its members as written', () => {
    expect(find('Tories voted against the bill.', 'Conservative Party')).toMatchObject({ type: 'organization', surface: 'Tories' });
  });

  it.each([
    ['description', 'Nora Swedes, the lead actress, thanked the crew.', 'Nora Swedes'],
    ['contraction', '“Hi, I’m Dana,” the text began.', 'Dana'],
    ['opens-with-country', 'Jordan Velliver was last seen on Saturday.', 'Jordan Velliver'],
    ['product-name', 'Dana Edition said the vote was close.', 'Dana Edition'],
  ])('%s: a name the rule leaves whole: %s', (rule, text, name) => {
    const trace: { name: string; rule: string }[] = [];
    expect(findMentions(text, { trace }).map((f) => f.name)).toContain(name);
    expect(trace.filter((t) => t.rule === rule)).toEqual([]);
  });
});

describe('GROUP_RULES', () => {
  // [rule, sentence, the actor found, its type, the words as written when they differ]
  const rows: [string, string, string, string, string | undefined][] = [
    ['unnamed-person', 'Police said the gunman fled on foot.', 'the gunman', 'person', undefined],
    ['unnamed-subject', 'Doctors said the patient was sitting up and eating.', 'the patient', 'person', undefined],
    ['unnamed-subject', 'The boy was taken to a hospital in Tarrow.', 'the boy', 'person', undefined],
    ['unnamed-subject', 'The firm said the male patient was resting and stable.', 'the patient', 'person', undefined],
    ['unnamed-subject', 'Police said the 4-year-old girl was found near the levee.', 'the girl', 'person', undefined],
    ['kin-of-the-unnamed', "The victim's husband said he had called the lawyer twice.", "the victim's husband", 'person', undefined],
    ['kin-of-the-unnamed', 'Police said the girl’s mother called them on Monday.', "the girl's mother", 'person', undefined],
    ['office-of-a-place', 'The boy drowned, according to the Clay County coroner.', 'Clay County coroner', 'person', undefined],
    ['office-of-a-place', 'The medical examiner said he died of his injuries.', 'the medical examiner', 'person', undefined],
    ['organisation-through-its-people', 'The bill is dead, congressional aides said.', 'Congress', 'organization', 'congressional aides'],
    ['household', 'The family said he had a documented allergy.', 'family', 'group', undefined],
    ['household', "An attorney for Noah's family did not respond.", 'family', 'group', "Noah's family"],
    ['household', 'The family members posted a note online to thank the nurses.', 'family', 'group', undefined],
    ['owned-group', "Halvorsen's lawyers said the search was unlawful.", 'lawyers', 'group', "Halvorsen's lawyers"],
    ['owned-group', "Halvorsen's attorneys have argued that the search was unlawful.", 'lawyers', 'group', "Halvorsen's attorneys"],
    ['owned-group', "Tom Reyes's parents say they never lost hope.", 'parents', 'group', "Reyes's parents"],
    ['local-force', 'She later told Tarrow police how the van was stolen.', 'Tarrow police', 'organization', undefined],
    ['local-force', 'New Halden police said the road would reopen.', 'New Halden police', 'organization', undefined],
    ['government-of-a-demonym', 'The Syrian government denied the report.', 'Syria', 'country', 'Syrian government'],
    ['hyphenated-group', 'A group of counter-protesters waited at the square.', 'counter-protesters', 'group', undefined],
    ['group-noun', 'Syrian rebels said they had lost the town.', 'rebels', 'group', 'Syrian rebels'],
    ['group-noun', 'Guards tried to stop protesters at the bridge.', 'protesters', 'group', undefined],
    ['group-noun', 'Police said four rebels were held near the bridge.', 'rebels', 'group', undefined],
    ['group-noun', 'The square filled with angry protesters on Monday.', 'protesters', 'group', 'angry protesters'],
    ['speaking-group', 'Critics say that building homes on the marsh takes up huge areas of grazing land.', 'critics', 'group', undefined],
    ['speaking-group', 'Some health experts have long warned that the water was unsafe.', 'experts', 'group', 'health experts'],
    ['speaking-group', 'Police said the van was found near the river.', 'police', 'group', undefined],
    ['public-that-acts', 'Zorbly users complained that the app kept crashing.', 'users', 'group', 'Zorbly users'],
    ['public-that-acts', "Harlow Deep's fans will have to wait for the new album.", 'fans', 'group', 'Harlow Deep fans'],
    ['public-that-acts', 'Many of the viewers have already switched off the stream.', 'viewers', 'group', undefined],
    ['public-that-acts', "Some shoppers didn't bother with the sale.", 'shoppers', 'group', undefined],
  ];

  it.each(rows)('%s: %s', (_, text, name, type, surface) => {
    const f = findMentions(text).find((x) => x.name === name);
    expect(f?.type).toBe(type);
    expect(f?.surface).toBe(surface);
  });

  it.each([
    ['"She was the victim here," her lawyer said.'],
    ['The victim advocacy group met on Monday.'],
    ['The other patient was sent home on Monday.'],
    ['The first victim was found near the levee.'],
  ])('unnamed-subject: the noun as what someone is, or qualifying another, is no actor: %s', (text) => {
    expect(findMentions(text).filter((f) => f.type === 'person')).toEqual([]);
  });

  it.each([
    ['Users can win a prize by answering the quiz.'],
    ['College students take the pills before exams.'],
    ['Relatives of the passengers gathered at the airport.'],
    ['The app lets viewers vote on the songs.'],
    ['A guide for young readers had said the river was safe.'],
    ['The students expelled were members of the rowing club.'],
  ])('public-that-acts: a habit, a chance, someone else\'s public or an object is no act of the public: %s', (text) => {
    expect(findMentions(text).filter((f) => f.type === 'group' && f.name !== 'relatives')).toEqual([]);
  });

  it('hyphenated-group: capitalised where it opens a sentence, the group written inside one', () => {
    expect(findMentions('Counter-protesters had waited at the square since dawn.').find((f) => f.name === 'counter-protesters')?.type).toBe('group');
  });

  it.each([
    ["The victim's husband, Dan Cole, said he had called twice."],
    ["The victim's parents said he had called twice."],
    ["Dana's mother said he had called twice."],
  ])('kin-of-the-unnamed: a relative named beside the relation, several relatives, or a named person\'s relative is no unnamed person: %s', (text) => {
    expect(findMentions(text).filter((f) => /'s /.test(f.name))).toEqual([]);
  });

  it.each([
    ['The money will pay for family counselling and a new roof.'],
    ['He was visiting family in Dover when it happened.'],
    ['The Center for Youth Services closed on Monday.'],
  ])('a household noun used as a modifier, without an owner or in a name is no actor: %s', (text) => {
    expect(findMentions(text).filter((f) => f.name === 'family')).toEqual([]);
  });

  it.each([
    ['Riot police fired tear gas into the crowd.'],
    ['When police arrived, the van was gone.'],
    ['Norwegian police said the ferry sank on purpose.'],
    ['Brackton University police closed the campus.'],
  ])('police after an ordinary word, a country\'s people or an organisation\'s name are no local force of their own: %s', (text) => {
    expect(findMentions(text).filter((f) => / police$/.test(f.name))).toEqual([]);
  });

  it.each([
    ['The critics of the plan met on Monday.'],
    ['He asked experts for advice.'],
  ])('a commentator noun that is no subject of a speech verb is no actor: %s', (text) => {
    expect(findMentions(text).filter((f) => f.type === 'group')).toEqual([]);
  });

  it.each([
    ["Halvorsen's lawyers filed the motion on Monday."],
    ['His lawyers said the search was unlawful.'],
    ['The lawyers said the search was unlawful.'],
  ])('people written after an owner are no group unless a named owner has them speak: %s', (text) => {
    expect(findMentions(text).filter((f) => f.type === 'group')).toEqual([]);
  });

  it.each([
    ["The coroner's office said an autopsy was done."],
    ['Clay County coroner Ann Dale said the boy drowned.'],
    ['The county will hire a coroner next year.'],
  ])("an office's holder named, its office or an office with no article is no unnamed person: %s", (text) => {
    expect(findMentions(text).filter((f) => /coroner/.test(f.name))).toEqual([]);
  });

  it('every rule has a test row', () => {
    expect(GROUP_RULES.map((r) => r.name).sort()).toEqual([...new Set(rows.map(([rule]) => rule))].sort());
  });
});

describe('inTitleCase', () => {
  it.each([
    ['a headline with a capitalised function word', 'Ridge Schools Reopen With Armed Guards, Search Goes On', true],
    ['a photo credit line', 'The cart rolled away when the doors opened. (Tom Reyes/Harbor Daily News)', false],
    ['a sentence full of names and titles', 'Lt. Gen. Paul Brandt, the Air Support Command, Japan/U.S. Joint Forces Command commander, spoke.', false],
    ['an ordinary sentence', 'Mayor Dana Ruiz said the river would crest on Friday.', false],
    ['three words', 'Search Continues Today', false],
  ])('%s', (_, text, expected) => {
    expect(inTitleCase(text)).toBe(expected);
  });

  const lead = 'Mayor Dana Ruiz said on Monday that the river would crest near the levee by Friday morning.';
  const names = (docs: string[]) => buildBriefing(docs.map((text) => ({ text })), { id: 't' }).actors.map((a) => a.name);
  it('a name written only in a title-case line names no actor; one the articles also write in a sentence does', () => {
    const headline = 'Valley Schools Reopen With Armed Guards As Dana Ruiz Visits';
    const found = names([`${lead}\n\n${headline}\n\nThe levee held.`, `${lead}\n\n${headline}\n\nRuiz thanked the crews.`]);
    expect(found).toContain('Dana Ruiz');
    expect(found.some((n) => /Armed Guards|Valley Schools/.test(n))).toBe(false);
  });
});

// LONGEST_NAME: a run of capitalised words longer than any name is page noise, not a name; the
// words around it are still read.
describe('LONGEST_NAME', () => {
  const noise = (n: number) => Array.from({ length: n }, (_, i) => ['Lund', 'Berg', 'Marlow', 'Quint'][i % 4]).join(' ');
  it.each([
    ['a long name of an organisation is kept', 'The Harbour Department of Roads and Bridges and Coastal Works said it was ready.', 'Harbour Department of Roads and Bridges and Coastal Works'],
  ])('%s', (_, text, name) => {
    expect(names(text)).toContain(name);
  });
  it.each([
    ['one word more', `Then ${noise(LONGEST_NAME.words + 1)} said so. Mayor Dana Ruiz agreed.`],
    ['4000 words, as a page of noise gives', `Then ${noise(4000)} said so. Mayor Dana Ruiz agreed.`],
    ['one capitalised word longer than any name', `Then A${'a'.repeat(LONGEST_NAME.chars)} said so. Mayor Dana Ruiz agreed.`],
    ['a quoted title longer than any name', `Then the film '${noise(200)}' opened. Mayor Dana Ruiz agreed.`],
  ])('a longer run names no one (%s); the name after it is read', (_, text) => {
    expect(names(text)).toEqual(['Dana Ruiz']);
  });
  it('a briefing of a page of capitalised noise names no actor of it', () => {
    const b = buildBriefing([{ text: `Mayor Dana Ruiz said the levee would hold on Monday. ${noise(4000)} said the vote was unclear. The ${noise(3000)} Council said its engineers will inspect the levee next week.` }], { id: 't' });
    expect(b.actors.map((a) => a.name)).toEqual(['Dana Ruiz']);
  });
});
