// Stage 04: names in a sentence, with titles and roles split off and places resolved to countries.
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../src/builder/index.js';
import { GROUP_RULES, NAME_RULES, actingTitles, findMentions, inTitleCase } from '../../src/builder/stages/04-entities.js';

const names = (text: string) => findMentions(text).map((f) => f.name);
const find = (text: string, name: string) => findMentions(text).find((f) => f.name === name);

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
    const f = find(text, name);
    expect(f, `mentions: ${JSON.stringify(names(text))}`).toBeDefined();
    expect(f!.role).toBe(role);
    expect(f!.type).toBe('person');
    expect(text.slice(f!.start, f!.end)).toBe(name);
  });

  it.each([
    ['"The use of force is illegal", said Hina Shamsi, the director of the National Security Project at the American Civil Liberties Union.', 'Hina Shamsi', 'director of the National Security Project at the American Civil Liberties Union'],
    ['Jens Stoltenberg, the secretary general of NATO, called for calm.', 'Jens Stoltenberg', 'secretary general of NATO'],
    ['The plan was drafted by Maria Lopez, a spokeswoman for the city council, last year.', 'Maria Lopez', 'spokeswoman for the city council'],
  ])('an apposition after the name is its role: %s', (text, name, role) => {
    const f = find(text, name);
    expect(f, `mentions: ${JSON.stringify(names(text))}`).toBeDefined();
    expect(f!.role).toBe(role);
    expect(f!.type).toBe('person');
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
    expect(find("'Dancing With The Stars' would love to have Betty White next season, an insider said.", 'Dancing With The Stars')?.type).toBe('organization');
    expect(find('“Good Morning Valley” said it would not air the tape.', 'Good Morning Valley')?.type).toBe('organization');
    expect(names("The band released 'Keys to the Highway' and 'Whole Lotta Love' on Tuesday.")).toEqual([]);
    expect(names("She was recruited by another show: 'Dancing With the Stars.' Betty White declined.")).toEqual(['Betty White']);
    // The sentence splitter may leave the opening quotation mark with the sentence before.
    expect(find("Dancing With The Stars' would love to have Betty White next season, an insider said.", 'Dancing With The Stars')?.type).toBe('organization');
    expect(find("Chris Jones' will was read on Monday.", 'Chris Jones')?.type).toBe('person');
  });

  it.each([
    ['a show that wants someone is that show where else it is quoted', ["'River Town Nights' would love to have Dana Ruiz next season.", "Ruiz has been asked onto a popular show: 'River Town Nights.'"], true],
    ['a film that only "will" something stays a work elsewhere', ['The new “Nightfall Again” will rely on its fans.', 'Critics panned “Nightfall Again.”'], false],
    ['a title closed on a comma is an aside, not a speaker', ['The remake of “Nightfall Again,” boasts better effects.', 'Critics panned “Nightfall Again.”'], false],
  ])('a quoted title across the cluster: %s', (_, sentences, body) => {
    const titles = actingTitles(sentences);
    expect(findMentions(sentences[1], undefined, {}, titles).some((f) => f.type === 'organization')).toBe(body);
  });

  it.each([
    ['County Environmental Health Supervisor Jim Henry said the county had asked.', 'Jim Henry', 'County Environmental Health Supervisor'],
    ['Tory MP Karen Vecchio said she would vote against it.', 'Karen Vecchio', 'Tory MP'],
    ['Alderman Tom Christie voted no.', 'Tom Christie', 'Alderman'],
  ])('a capitalised role noun before a first name is a title: %s', (text, name, role) => {
    expect(find(text, name)?.role, `mentions: ${JSON.stringify(names(text))}`).toBe(role);
  });

  it.each([
    ['GOP Sen. Dean Heller of Nevada called them patriots.', 'Dean Heller', 'GOP Senator of Nevada'],
    ['Dean Heller said no.', 'Dean Heller', undefined],
    ['The Jesuit Rev. Gianfranco Ghirlanda said it.', 'Gianfranco Ghirlanda', undefined],
    ['Pope Emeritus Benedict XVI will live there.', 'Benedict XVI', 'Pope Emeritus'],
  ])('a title word that is also a first name opens the name; an abbreviated honorific or "Emeritus" belongs to the title: %s', (text, name, role) => {
    expect(find(text, name), `mentions: ${JSON.stringify(names(text))}`).toBeDefined();
    expect(find(text, name)!.role).toBe(role);
  });

  it('a ticker after a company\'s name is no part of it', () => {
    expect(names('Michael Kors agreed to buy luxury shoemaker Jimmy Choo CHOO.L for $1.2 billion.')).toEqual(['Michael Kors', 'Jimmy Choo']);
  });

  it('a capitalised role noun after a word that may be a first name is part of the name', () => {
    expect(names('The house of Yves Saint Laurent said no.')).toEqual(['Yves Saint Laurent']);
  });

  it.each([
    ['It has been a century since a New Yorker was speaker of the House.', 'Yorker'],
    ['He wrote in The New Yorker that the plan failed.', 'Yorker'],
  ])('a capitalised "New" before a capitalised word opens the name: %s', (text, fragment) => {
    expect(names(text)).not.toContain(fragment);
  });

  it.each([
    ['LFO singer Devin Lima has died after a yearlong battle with cancer.', 'Devin Lima', 'LFO singer'],
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
    ['The chairman of the Senate Intelligence Committee promised a total review.', 'Senate Intelligence Committee', 'organization'],
    ['A deputy director of the National Security Agency testified on Tuesday.', 'National Security Agency', 'organization'],
    ['Peter Ohr, regional director of the National Labor Relations Board, ruled on Wednesday.', 'National Labor Relations Board', 'organization'],
    ['Hania Zlotnik, director of the UN Population Division, said the figure was a guess.', 'UN Population Division', 'organization'],
    ['According to the Whitley County Sheriff’s Office, the crime was never solved.', 'Whitley County Sheriff’s Office', 'organization'],
    ["The U.S. Attorney's Office declined to comment.", "U.S. Attorney's Office", 'organization'],
    ['Mr. Monahan, now 58, was given antibiotics and recovered.', 'Monahan', 'person'],
    ['Dr. Okafor examined the boy.', 'Okafor', 'person'],
    ['The band Led Zeppelin released two previously unheard recordings.', 'Led Zeppelin', 'person'],
    ['Sources told Bethenny Frankel the show wanted her.', 'Bethenny Frankel', 'person'],
  ])('a name among title words (after a title\'s "of", an office named for its holder, after an honorific) or opening with a verb\'s form or a first name: %s', (text, name, type) => {
    expect(find(text, name)?.type).toBe(type);
  });

  it.each([
    ['Water the U.S. Army Corps of Engineers has released keeps the river high.', 'U.S. Army Corps of Engineers'],
    ['Both senators work on immigration reform in Congress, a sign of its weight.', 'Congress'],
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
    ['Democratic Congresswoman Kyrsten Sinema of Arizona told leaders.', 'Kyrsten Sinema', 'Democratic Congresswoman of Arizona'],
    ['Last week students rallied outside Arizona Gov. Jan Brewer’s office.', 'Jan Brewer', 'Arizona Governor'],
    ['Rep. Bennie Thompson, the top Democrat on the House Homeland Security Committee, disputed it.', 'Bennie Thompson', 'top Democrat on the House Homeland Security Committee'],
  ])('titles before a name with an "of" after it, and spelt-out honorifics: %s', (text, name, role) => {
    expect(find(text, name)?.role, `mentions: ${JSON.stringify(names(text))}`).toBe(role);
  });

  it.each([
    ['Davis, whom The New York Times has described as an icon, smiled.', ['Davis']],
    ['The march went down Martin Luther King Boulevard.', []],
    ['Survivors of World War II gathered.', []],
    ['German Nazis killed millions.', []],
    ['“I’m not running,” she said.', []],
  ])('streets, events, descriptions and contractions are not actors: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Reports based on leaks from former NSA systems analyst Edward Snowden indicate it.', 'Edward Snowden', 'former NSA systems analyst'],
    ['Kushner met Russian banker Sergey Gorkov last year.', 'Sergey Gorkov', 'Russian banker'],
    ['Gorkov is chairman of VneshEconomBank, a state bank.', 'Gorkov', 'chairman of VneshEconomBank'],
    ['Conditions were clear, though Yutaka Saito of the coast guard said the area is busy.', 'Yutaka Saito', 'coast guard'],
    ['But Democratic Congresswoman Kyrsten Sinema of Arizona told leaders.', 'Kyrsten Sinema', 'Democratic Congresswoman of Arizona'],
    ['Rep. Bennie Thompson of Mississippi, the top Democrat on the committee, disputed it.', 'Bennie Thompson', 'top Democrat on the committee'],
  ])('roles from the noun phrase before a name, "of …", a copula and an apposition: %s', (text, name, role) => {
    expect(find(text, name)?.role, `mentions: ${JSON.stringify(findMentions(text))}`).toBe(role);
  });

  it('a surname that is also a place stays a person after a first name or a title', () => {
    expect(find('Rep. Marsha Blackburn (R-Tenn.), another critic, said it.', 'Marsha Blackburn')?.type).toBe('person');
    expect(names('The town hall met in Sun Lakes on Tuesday.')).not.toContain('Sun Lakes');
  });

  it.each([
    ['The ship is operated by the Japanese shipping company Nippon Yusen K.K. of Tokyo.', 'Nippon Yusen K.K.', 'Japanese shipping company'],
    ['It is chartered by Japanese shipping company Nippon Yusen Kabushiki Kaisha.', 'Nippon Yusen Kabushiki Kaisha', 'Japanese shipping company'],
  ])('what an organisation is, written before its name: %s', (text, name, role) => {
    const f = find(text, name);
    expect(f?.type).toBe('organization');
    expect(f?.role).toBe(role);
  });

  it.each([
    ['Jason Chaffetz, who said last week he was ready, spoke.', 'Jason Chaffetz'],
    ['Comey was sworn in as FBI director in 2013.', 'Comey'],
  ])('relative clauses and passives are not roles: %s', (text, name) => {
    expect(find(text, name)?.role).toBeUndefined();
  });

  it.each([
    ['Alice Hoagland, whose son Mark Bingham was another leader of the revolt, spoke.', 'Alice Hoagland', 'mother of Mark Bingham, another leader of the revolt'],
    ['"I\'m flabbergasted," said Sally Regenhard, whose firefighter son was killed at the World Trade Center.', 'Sally Regenhard', 'mother of a firefighter killed at the World Trade Center'],
    ['"What is the difference?" asked David Beamer, whose son Todd led the revolt.', 'David Beamer', 'father of Todd, who led the revolt'],
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
    expect(names('Senators including Arizona Republicans McCain and Jeff Flake want it.')).toEqual(expect.arrayContaining(['McCain', 'Jeff Flake']));
  });

  it.each([
    ['The meeting took place on Wednesday in April.', []],
    ['Reuters reported the talks had ended.', []],
    ['They met for three hours and agreed on nothing.', []],
  ])('dates, media and ordinary words are not names: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('a possessive closes the name', () => {
    const text = "Putin's decision to host Tillerson signaled Moscow's intent.";
    expect(names(text)).toEqual(['Putin', 'Tillerson', 'Russia']);
    const putin = find(text, 'Putin')!;
    expect(text.slice(putin.start, putin.end)).toBe('Putin');
  });

  it.each([
    ['Christopher Miller, a spokesman for the New York City Department of Health and Mental Hygiene, spoke.', 'New York City Department of Health and Mental Hygiene'],
    ["It is part of the Administration for Children's Services' program.", "Administration for Children's Services"],
    ['The Bank of Japan said rates would rise.', 'Bank of Japan'],
  ])('an organisation\'s name runs through "and", a possessive and a country: %s', (text, name) => {
    expect(find(text, name)?.type, JSON.stringify(names(text))).toBe('organization');
  });

  it('a country after a name particle is part of the name', () => {
    expect(names('Starring Matt Damon and Cecile De France.')).toEqual(['Matt Damon', 'Cecile De France']);
  });

  it('a surname that is also a month or a modal stays in the name', () => {
    expect(find('Reading the statement, Prime Minister Theresa May said Britain would leave.', 'Theresa May')?.role).toBe('Prime Minister');
  });

  it('a two-word demonym is not a person', () => {
    expect(names('Japanese and South Korean officials held talks in Seoul.')).toEqual(['South Korea']);
  });

  it.each([
    ['Kellenberger heads the International Committee of the Red Cross.', 'International Committee of the Red Cross', 'organization'],
    ['Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, said four rebels were killed.', 'Syrian Observatory for Human Rights', 'organization'],
    ['The Britain-based Syrian Observatory for Human Rights said 18 troops were wounded.', 'Syrian Observatory for Human Rights', 'organization'],
    ['Todd Landfried, executive director of Arizona Employers for Immigration Reform, disagreed.', 'Arizona Employers for Immigration Reform', 'organization'],
    ['The Omaha Public Power District has said the complex will not be reactivated.', 'Omaha Public Power District', 'organization'],
    ['The collision damaged the USS Fitzgerald badly.', 'USS Fitzgerald', 'organization'],
  ])('organisation names run through "of the" and lose their modifiers: %s', (text, name, type) => {
    expect(find(text, name)?.type, `mentions: ${JSON.stringify(names(text))}`).toBe(type);
  });

  it.each([
    ['Bill Seekins of the North Dakota National Guard said the levees held.', 'Bill Seekins'],
    ['Kyrsten Sinema of Arizona voted against it.', 'Kyrsten Sinema'],
  ])('a person\'s name ends before "of": %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    ['Feinstein, a California Democrat, defended the program.', 'California Democrat'],
    ['Mica, a former House Transportation chairman, criticised the agency.', 'House Transportation'],
    ['Troops were sent to Fort Calhoun on Monday.', 'Fort Calhoun'],
    ['The footage aired on state TV last night.', 'TV'],
    ['Al Jazeera reported heavy gunfire.', 'Jazeera'],
    ['The fossil consists of an astragalus, metatarsals I to V, and four phalanges.', 'V'],
    ['Among the guests was Martin Luther King Jr., when he was 10 years old.', 'Jr'],
  ])('descriptions, places and abbreviations are not names: %s', (text, notName) => {
    expect(names(text)).not.toContain(notName);
  });

  it.each([
    ['Scott Swift, commander of the U.S. Pacific Fleet, said the search went on.', 'Scott Swift', 'commander of the U.S. Pacific Fleet'],
    ['German Chancellor Angela Merkel protested.', 'Angela Merkel', 'German Chancellor'],
    ['The NSA monitored the communications of German Chancellor Angela Merkel.', 'Angela Merkel', 'German Chancellor'],
  ])('roles keep abbreviations and lose what is not a title: %s', (text, name, role) => {
    expect(find(text, name)?.role).toBe(role);
  });

  it('a clause after the name is not its role', () => {
    expect(find('"We are searching," Yokosuka, said Cmdr. Ron Flanders.', 'Yokosuka')?.role).toBeUndefined();
  });
});

describe('NAME_RULES', () => {
  // [rule, sentence, the name the rule decides on]
  const rows: [string, string, string][] = [
    ['place-of-a-local-force', 'Tarrow police found the van on Monday.', 'Tarrow'],
    ['lone-date-or-function-word', 'Negotiators met in January and again in May.', 'January'],
    ['lone-date-or-function-word', 'They met on Christmas Eve and again at Thanksgiving.', 'Christmas Eve'],
    ['organisation-by-its-head', 'Republicans may gain control of the House in November.', 'House'],
    ['month', 'In March 2015, the state Department of Environmental Quality considered taking samples.', 'March'],
    ['shouted-headline', 'ABA’S KEATING RIPS OBAMA over the bank rules.', 'ABA’S KEATING RIPS OBAMA'],
    ['shouted-label', '[VIDEO: Coffee in America, by the numbers]', 'VIDEO'],
    ['shouted-label', 'LEE: I kept telling family and friends that wanted to do it.', 'LEE'],
    ['dateline', 'NEW YORK, May 18 (UPI) -- Crayola is warning parents.', 'NEW YORK'],
    ['dateline', 'DINGWALL, Scotland — The mound is older than thought.', 'Scotland'],
    ['dateline', 'BEIJING (AP) — Dennis Rodman arrived on Monday.', 'BEIJING'],
    ['state-after-a-town', 'Dellwick, Mo., Mayor Ann Dale said the levee held.', 'Mo'],
    ['stock-ticker', 'Three months ago rival handbag maker Coach COH.N struck a deal.', 'COH.N'],
    ['code-or-formula', 'CO2 levels rose for the third year.', 'CO2'],
    ['model-code', 'He drove a Hummer H2 into the parked Mercedes G63 SUV.', 'Hummer H2'],
    ['model-code', 'The gunman carried a Bushmaster AR-15 rifle.', 'Bushmaster AR-15'],
    ['lone-initial-or-suffix', 'The fossil consists of an astragalus, metatarsals I to V, and four phalanges.', 'V'],
    ['contraction', '“They’ll never stop,” she said, and I’m sure.', 'I’m'],
    ['party-and-state', 'Rep. Marsha Blackburn (R-Tenn.), another critic, said it.', 'R-Tenn'],
    ['place-or-event', 'Officials in Sun Lakes voted on Tuesday.', 'Sun Lakes'],
    ['place-or-event', 'She was held at the Marion County Jail overnight.', 'Marion County Jail'],
    ['place-or-event', 'Police issued an Amber Alert for the boy.', 'Amber Alert'],
    ['place-or-event', 'Officers from Stafford Township searched the woods.', 'Stafford Township'],
    ['not-a-name', 'The footage aired on state TV last night.', 'TV'],
    ['not-a-name', 'The feed went dark at 3:15 a.m. PDT on Sunday.', 'PDT'],
    ['not-a-name', 'Veterans with PTSD waited longest.', 'PTSD'],
    ['place-prefix', 'Troops were sent to Fort Calhoun on Monday.', 'Fort Calhoun'],
    ['place-with-country', 'The plane landed in Air China late.', 'Air China'],
    ['news-outlet', 'Reuters reported the talks had ended.', 'Reuters'],
    ['news-outlet', 'The case will be revisited, the Kokomo Tribune reports.', 'Kokomo Tribune'],
    ['news-outlet', 'The case was reopened, the Logansport Pharos-Tribune reports.', 'Logansport Pharos-Tribune'],
    ['news-outlet', 'The singer was unwell, HuffPost reported.', 'HuffPost'],
    ['qualified-group', 'House Democrats walked out before the vote.', 'House Democrats'],
    ['description', 'Feinstein, a California Democrat, defended the program.', 'California Democrat'],
    ['government-speaks-for-country', 'The Russian Ministry of Foreign Affairs said the strike was illegal.', 'Russian Ministry of Foreign Affairs'],
    ['qualifies-a-role', 'Mica, a former House Transportation chairman, criticised the agency.', 'House Transportation'],
    ['numbered-thing', 'The new Galaxy Note 7 phones caught fire.', 'Galaxy Note'],
    ['numbered-thing', 'Passengers on Pacific Flight 302 were delayed.', 'Pacific Flight'],
    ['demonym', 'The rest of the team were Spanish, and one Canadian joined later.', 'Canadian'],
    ['place', 'The town hall met in Phoenix on Tuesday.', 'Phoenix'],
    ['unknown-phrase', 'Officials said Kentucky Fried Chicken Works opened.', 'Kentucky Fried Chicken Works'],
    ['unknown-phrase', 'Funded by the EU, the Thing Sites GeoTour involves five countries.', 'Thing Sites GeoTour'],
    ['unknown-phrase', 'The center is a Universal Preschool provider in Harlem.', 'Universal Preschool'],
    ['unknown-phrase', 'Excavations confirmed the site of the long lost Moothill of Dingwall.', 'Moothill of Dingwall'],
    ['opens-with-country', 'They were stopped by U.S. Customs at the border.', 'U.S. Customs'],
    ['common-word', 'They waited, and Hope said no.', 'Hope'],
    ['opens-with-demonym', 'German Nazis killed millions.', 'German Nazis'],
  ];

  it.each(rows)('%s: %s', (rule, text, name) => {
    const trace: { name: string; rule: string }[] = [];
    findMentions(text, trace);
    expect(trace).toContainEqual({ name, rule });
  });

  it('every rule has a test row', () => {
    expect(NAME_RULES.map((r) => r.name).sort()).toEqual([...new Set(rows.map(([rule]) => rule))].sort());
  });
});

describe('GROUP_RULES', () => {
  // [rule, sentence, the actor found, its type, the words as written when they differ]
  const rows: [string, string, string, string, string | undefined][] = [
    ['unnamed-person', 'Police said the gunman fled on foot.', 'the gunman', 'person', undefined],
    ['office-of-a-place', 'The boy drowned, according to the Clay County coroner.', 'Clay County coroner', 'person', undefined],
    ['office-of-a-place', 'The medical examiner said he died of his injuries.', 'the medical examiner', 'person', undefined],
    ['organisation-through-its-people', 'The bill is dead, congressional aides said.', 'Congress', 'organization', 'congressional aides'],
    ['household', 'The family said he had a documented allergy.', 'family', 'group', undefined],
    ['household', "An attorney for Elijah's family did not respond.", 'family', 'group', "Elijah's family"],
    ['household', 'The family members wrote on the page that they grieve.', 'family', 'group', undefined],
    ['owned-group', "Halvorsen's lawyers said the search was unlawful.", 'lawyers', 'group', "Halvorsen's lawyers"],
    ['owned-group', "Halvorsen's attorneys have argued that the search was unlawful.", 'lawyers', 'group', "Halvorsen's attorneys"],
    ['owned-group', "Tom Reyes's parents say they never lost hope.", 'parents', 'group', "Reyes's parents"],
    ['local-force', 'She later told Tarrow police how the van was stolen.', 'Tarrow police', 'organization', undefined],
    ['local-force', 'New Halden police said the road would reopen.', 'New Halden police', 'organization', undefined],
    ['government-of-a-demonym', 'The Syrian government denied the report.', 'Syria', 'country', 'Syrian government'],
    ['group-noun', 'Syrian rebels said they had lost the town.', 'rebels', 'group', 'Syrian rebels'],
    ['speaking-group', 'Critics say that growing crops for fuel takes up vast tracts of land.', 'critics', 'group', undefined],
    ['speaking-group', 'Some health experts have long warned that the water was unsafe.', 'experts', 'group', 'health experts'],
    ['speaking-group', 'Police said the van was found near the river.', 'police', 'group', undefined],
  ];

  it.each(rows)('%s: %s', (_, text, name, type, surface) => {
    const f = findMentions(text).find((x) => x.name === name);
    expect(f?.type).toBe(type);
    expect(f?.surface).toBe(surface);
  });

  it.each([
    ['The money will pay for family therapy and a second autopsy.'],
    ['He was visiting family in Madison when it happened.'],
    ['The Center for Family Services closed on Monday.'],
  ])('a household noun used as a modifier, without an owner or in a name is no actor: %s', (text) => {
    expect(findMentions(text).filter((f) => f.name === 'family')).toEqual([]);
  });

  it.each([
    ['Riot police fired tear gas into the crowd.'],
    ['When police arrived, the van was gone.'],
    ['Danish police said the submarine sank on purpose.'],
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
    ['a headline with a capitalised function word', 'Pocono Schools Reopen With Heavy Police Presence, Manhunt Continues', true],
    ['a photo credit line', 'The stroller fell when the doors opened. (Todd Maisel/New York Daily News)', false],
    ['a sentence full of names and titles', 'Lt. Gen. Thomas Bergeson, the Air Component Command, South Korea/U.S. Combined Forces Command commander, spoke.', false],
    ['an ordinary sentence', 'Mayor Dana Ruiz said the river would crest on Friday.', false],
    ['three words', 'Manhunt Continues Today', false],
  ])('%s', (_, text, expected) => {
    expect(inTitleCase(text)).toBe(expected);
  });

  const lead = 'Mayor Dana Ruiz said on Monday that the river would crest near the levee by Friday morning.';
  const names = (docs: string[]) => buildBriefing(docs.map((text) => ({ text })), { id: 't' }).actors.map((a) => a.name);
  it('a name written only in a title-case line names no actor; one the articles also write in a sentence does', () => {
    const headline = 'Valley Schools Reopen With Heavy Police Presence As Dana Ruiz Visits';
    const found = names([`${lead}\n\n${headline}\n\nThe levee held.`, `${lead}\n\n${headline}\n\nRuiz thanked the crews.`]);
    expect(found).toContain('Dana Ruiz');
    expect(found.some((n) => /Police Presence|Valley Schools/.test(n))).toBe(false);
  });
});
