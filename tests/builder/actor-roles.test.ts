// The role completions, read through a whole build: what the cluster says of a person that the
// role written beside one of its names leaves out.
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../src/builder/index.js';
import { ROLE_COMPLETIONS, STORY_ROLES, completeRole, roleStory } from '../../src/builder/actor-roles.js';

const roleOf = (docs: string[], name: string) => buildBriefing(docs.map((text) => ({ text })), { id: 't' }).actors.find((a) => a.name === name)?.role;

describe('ROLE_COMPLETIONS', () => {
  // [row, articles, person, role]
  const rows: [string, string[], string, string][] = [
    ['time-in-post-dropped', ['Ana Ruiz, a nurse at Harbor Clinic for eight years, said the ledger was gone. Ruiz called the police.'], 'Ana Ruiz', 'nurse at Harbor Clinic'],
    ['time-in-post-dropped', ['Tom Reyes, 38, has been a lawyer since 2011. Reyes said the appeal was weak.'], 'Tom Reyes', 'lawyer, 38'],
    ['speaker-described-before', ['The talks went on. A Red Cross spokeswoman said the meeting was useful. “We hope to see results,” Ana Ruiz told reporters.', 'Ruiz added that more talks were due.'], 'Ana Ruiz', 'Red Cross spokeswoman'],
    ['introduced-as-one-from-a-place', ['The pier closed early. A Harbor County man who watched the storm said the boats were lost. Tom Reyes, 61, said he ran for his car.', 'Reyes was not hurt.'], 'Tom Reyes', 'Harbor County man, 61'],
    // …a sentence with no name between them.
    ['introduced-as-one-from-a-place', ['A Dover woman thought the letter was a joke. It was not. Ana Ruiz said she read it twice.', 'Ruiz kept it.'], 'Ana Ruiz', 'Dover woman'],
    ['the-work-role-owning-after', ['A fan ran up to Ana Ruiz and grabbed the Harbor Lights star’s scarf on the carpet.', 'Ruiz laughed.'], 'Ana Ruiz', 'Harbor Lights star'],
    ['described-in-the-next-sentence', ['Ana Ruiz is giving the champion a hard time. The 24-year-old singer is near the record.', 'Ruiz said she was thrilled.'], 'Ana Ruiz', '24-year-old singer'],
    ['described-in-the-next-sentence', ['Tom Reyes will appear in court at 2pm. The inventor has been held since May. Reyes denies it.'], 'Tom Reyes', 'inventor'],
    [
      'member-of-the-ensemble',
      ['The rock band Harbor Lights will release a lost album in June, the label said.', 'Drummer Tom Reyes, 61, found the tapes in a barn. Harbor Lights broke up in 1990.'],
      'Tom Reyes',
      'Harbor Lights drummer who found the tapes in a barn, 61',
    ],
    [
      'member-of-the-ensemble',
      ['Fans of Harbor Lights queued all night. Harbor Lights, the folk band, split in 1990.', 'The label said bass and keyboard player Ann Cole would not sing.'],
      'Ann Cole',
      'Harbor Lights bass and keyboard player',
    ],
    // The band named only by what it is said to be, or by its members' titles.
    [
      'member-of-the-ensemble',
      ['Harbor Lights is a folk band from the valley.', 'Drummer Tom Reyes left in 1990. Reyes and the others of Harbor Lights met again.'],
      'Tom Reyes',
      'Harbor Lights drummer',
    ],
    [
      'member-of-the-ensemble',
      ['Harbor Lights bassist Ann Cole and Harbor Lights guitarist Dan Hale played on.', 'Drummer Tom Reyes left in 1990. Reyes said so.'],
      'Tom Reyes',
      'Harbor Lights drummer',
    ],
    [
      'ensemble-named-for-its-kind',
      ['The rock band Harbor Lights will tour again. The quartet’s lead singer, Rob Kellan, moved to Spain.', 'Harbor Lights will play Ohio. Kellan wrote the songs.'],
      'Rob Kellan',
      'Harbor Lights lead singer',
    ],
    [
      'ensemble-named-for-its-kind',
      ['The rock band Harbor Lights played two nights. The band’s manager, Ana Ruiz, sold the tickets.', 'Harbor Lights will rest. Ruiz said so.'],
      'Ana Ruiz',
      'Harbor Lights manager',
    ],
    // A body's name alone: an outlet's journalist, a government body's official.
    ['journalist-of-the-outlet', ['The flood reached the mill on Monday. The Harbor Gazette’s Ana Ruiz reports that the road is shut.', 'Ruiz said the water fell by night.'], 'Ana Ruiz', 'Harbor Gazette journalist'],
    ['journalist-of-the-outlet', ['The talks stalled in Lyon. The BBC’s Tom Reyes says the sides are far apart.', 'Reyes added that a deal was unlikely.'], 'Tom Reyes', 'BBC journalist'],
    ['official-of-the-body', ['The wells failed again. At the meeting, the EPA’s Ana Ruiz warned that the pipes were old.', 'Ruiz asked for new tests.'], 'Ana Ruiz', 'EPA official'],
    ['official-of-the-body', ['The fire spread fast. The Harbor Water Agency’s Tom Reyes said the tanks were empty.', 'Reyes asked for help.'], 'Tom Reyes', 'Harbor Water Agency official'],
    // The noun that owns a role names the one actor it stands for.
    ['whose-the-owner-noun-is', ['Rocco, a four-year-old rescue dog, found the hiker under the snow on Sunday. Tom Reyes, the dog’s handler, said Rocco never stopped.', 'Rocco had been trained for two years. Reyes fed Rocco a biscuit.'], 'Tom Reyes', 'Rocco’s handler who fed Rocco a biscuit'],
    ['whose-the-owner-noun-is', ['Two cubs were born at the Harbor Park Zoo on Friday. “They are doing well,” said Ana Ruiz, the zoo’s curator.', 'The Harbor Park Zoo said the cubs would be named in May. Ruiz agreed.'], 'Ana Ruiz', 'Harbor Park Zoo’s curator'],
    ['whose-full-name', ['Tom Klein was fined on Monday for the fence. Ana Klein, Klein’s wife, said they would appeal.', 'The Kleins live by the river. Klein said the fence was legal.'], 'Ana Klein', 'Tom Klein’s wife'],
    ['whose-full-name', ['Nora Vale, 9, won the spelling prize at Dover school on Friday. Her teachers cheered.', 'Dan Ortiz, Nora’s uncle, drove her home. Ortiz said she studied every night.'], 'Dan Ortiz', 'Nora Vale’s uncle'],
    [
      'what-the-part-is',
      ['The film “Low Tide” opens Friday. The movie stars Sam Archer as Owen; Irene Vale as Lotte.', 'Critics loved the film. Lotte, a schoolteacher who lost her dog, carries the movie. Vale said the film was hard to make.'],
      'Irene Vale',
      'plays Lotte, a schoolteacher who lost her dog',
    ],
    ['nationality-of-the-same-role', ['Freelance journalist Kim Lund, 30, boarded the ferry on Monday.', 'Police said Swedish journalist Kim Lund had not been seen since. Lund was writing a story.'], 'Kim Lund', 'Swedish Freelance journalist who boarded the ferry, 30'],
    ['nationality-of-the-same-role', ['Retired diplomat Ana Ruiz was flown home on Friday.', 'Doctors said the Swedish diplomat Ana Ruiz would recover. Ruiz thanked them.'], 'Ana Ruiz', 'retired Swedish diplomat'],
    ['pronoun-described-in-the-next-sentence', ['Police named the driver as Tom Reyes, 30, of Dover. He was a nurse at the Harbor Inn and lived alone.', 'Reyes had no record.'], 'Tom Reyes', 'nurse at the Harbor Inn, 30'],
    ['pronoun-described-in-the-next-sentence', ['Ana Ruiz has left the school. She is a teacher who won a prize in May.', 'Ruiz said she was tired.'], 'Ana Ruiz', 'teacher'],
    ['post-the-person-took', ['Ana Ruiz, who became the MP for Leeds North last October, will oppose the bill.', 'Ruiz said the change was wrong.'], 'Ana Ruiz', 'MP for Leeds North'],
    [
      'state-of-the-office',
      ['Gov. Dale Hunt apologized on Tuesday for the arrest.', 'Hunt asked the Nebraska State Patrol to investigate. Hunt will visit Omaha, Nebraska, next week.'],
      'Dale Hunt',
      'Nebraska Governor',
    ],
    // A word of time before the office stays before the state.
    [
      'state-of-the-office',
      ['Former governor Dale Hunt went on trial on Tuesday.', 'Hunt was arrested in Omaha, Nebraska, in May. Nebraska voters knew Hunt well.'],
      'Dale Hunt',
      'former Nebraska governor',
    ],
    [
      'work-of-the-maker',
      [
        'The film “Harbor” opens Friday. “Harbor” is the best movie of the fall, partly because it has a fine screenplay by Ana Ruiz (“Lights”).',
        'The movie “Harbor” was shot in Maine. Critics loved the film, and Ruiz said the films of her youth shaped it.',
      ],
      'Ana Ruiz',
      'screenwriter of “Harbor”',
    ],
    [
      'country-of-the-presidency',
      ['President Tom Reyes signed the bill on Tuesday, the White House said.', 'Critics of the Reyes administration said the law would fail. Reyes said it would not.'],
      'Tom Reyes',
      'U.S. President who signed the bill',
    ],
    [
      'president-of-the-story-country',
      ['President Tom Reyes signed the bill in Washington on Tuesday. Critics across America said the law would fail.', 'Reyes said U.S. growth would follow.'],
      'Tom Reyes',
      'U.S. President who signed the bill in Washington',
    ],
    [
      'court-of-the-justice',
      ['The Supreme Court ruled 6-3 on Monday that the tax may stand.', 'Justice Ana Ruiz wrote for the Supreme Court. Ruiz cited a case the Supreme Court heard in 1990.'],
      'Ana Ruiz',
      'Supreme Court Justice',
    ],
    [
      'chamber-of-the-speaker',
      ['The House passed the bill 220-212 on Sunday, a win for the White House.', 'Speaker Ana Ruiz held the vote open. Ruiz said the House had made history.'],
      'Ana Ruiz',
      'House Speaker who held the vote open',
    ],
    [
      'force-of-the-officer',
      ['Dover police found the boat at dawn.', 'Police Sgt. Ana Ruiz set up the command post, and Dover police closed the beach.'],
      'Ana Ruiz',
      'Dover Police Sergeant',
    ],
    ['force-of-the-officer', ['Acting Police Chief Tom Reyes said the Dover Police Department would help. Dover police searched all night.'], 'Tom Reyes', 'Acting Dover Police Chief'],
    ['force-of-the-officer', ['Dover police closed the beach at dawn.', 'Fire Department Lt. Ana Ruiz set up the command post, and Dover police searched the dunes.'], 'Ana Ruiz', 'Dover Fire Department Lieutenant'],
    ['kin-word-written-out', ['The 21-year-old mom Ana Ruiz spoke to reporters on Monday outside the court. Ruiz said she was grateful to the neighbours.'], 'Ana Ruiz', '21-year-old mother'],
    ['one-spelling-of-the-country', ['Officials said US Defense Secretary Tom Reyes would fly to Oslo on Monday for the talks with the allies. Reyes said the talks would go on.'], 'Tom Reyes', 'U.S. Defense Secretary'],
    [
      'charge-faced',
      ['Former Denton bus driver Ray Malden, 31, pleaded not guilty today to grand theft. Malden lost his job in May.'],
      'Ray Malden',
      'Former Denton bus driver, 31, who pleaded not guilty to grand theft',
    ],
    ['charge-faced', ['Police said Lena Ruiz was charged with arson after the fire. Ruiz did not comment.'], 'Lena Ruiz', 'charged with arson'],
    ['charge-faced', ['Prosecutors said Lena Ruiz, who was charged with reckless driving back in June, stayed away.'], 'Lena Ruiz', 'charged with reckless driving'],
    // A charge of many words, up to the time it was committed.
    ['charge-faced', ['Tom Reyes, 31, and Lena Ruiz, 28, are each charged with plotting to flood the Harbor Fishery Act offices during a spree. Ruiz was freed.'], 'Lena Ruiz', '28, charged with plotting to flood the Harbor Fishery Act offices'],
    ['harm-suffered', ['Voss admitted shooting her neighbor, 58-year-old Ray Malden, in a barn.', 'Malden, 57, was found fatally shot near a creek on Friday.'], 'Ray Malden', 'Voss’s neighbor, 58, found fatally shot'],
    ['harm-suffered', ['Lena Ruiz was critically injured when the roof fell. Ruiz is in hospital.'], 'Lena Ruiz', 'critically injured'],
    ['harm-suffered', ['Lena Ruiz, 15, has been missing since the night of May 9. Ruiz was last seen at a mall.'], 'Lena Ruiz', '15, missing'],
    ['charge-faced', ['Hale would not discuss Tom Reyes, who was jailed for 12 years for smuggling. Reyes is ill.'], 'Tom Reyes', 'jailed for 12 years for smuggling'],
    // "and a half" goes on with the term.
    ['charge-faced', ['Tom Reyes was sentenced to two and a half years in prison in 2009. Reyes was freed in 2010.'], 'Tom Reyes', 'sentenced to two and a half years'],
    // Each of a pair of names faces the charge told after both.
    ['what-the-person-did-alone', ['The poems sold out this week.', 'Tom Reyes, who published the poems in 1990, said he was glad.'], 'Tom Reyes', 'who published the poems in 1990'],
    ['what-the-person-did-in-the-story', ['The letters sold for a fortune this week.', 'Tom Reyes, who made the letters public, died in May.'], 'Tom Reyes', 'who made the letters public'],
    ['what-the-person-did-in-the-story', ['The blast shook the street on Monday.', 'Ana Ruiz, 60, who lives two doors away, said the walls shook.'], 'Ana Ruiz', 'who lives two doors away'],
    // With no role written anywhere, a clause too long for a role gives its deed, cut as the lead's is.
    ['deed-cut-from-a-long-clause', ['The ferry sailed again on Sunday.', 'Tom Reyes, who restored the old ferry with his brother over many long summers in the valley, was aboard.'], 'Tom Reyes', 'who restored the old ferry'],
    // A month written whole ends the clause; an abbreviated one is where a dot cut it.
    ['post-the-person-took', ['Lena Cole, who became the member for Harlow last October, voted no. Cole left early.'], 'Lena Cole', 'member for Harlow'],
    // Past an age and a home town: ", 26, of Dover, Del., was …".
    ['charge-faced', ['Tom Reyes, 24, of Dover, Del., was arrested Monday on suspicion of theft. Reyes said he was sorry.'], 'Tom Reyes', '24, arrested on suspicion of theft'],
    ['harm-suffered', ['Police said Tom Reyes, 31, of Salem, was also killed in the crash. Reyes had two children.'], 'Tom Reyes', '31, killed'],
    ['charge-faced', ['Tom Reyes, 22, and Dan Cole, 18, are accused of breaking into a bakery. Reyes and Cole were released.'], 'Tom Reyes', '22, accused of breaking into a bakery'],
    ['charge-faced', ['The fire spread fast. Dan Cole and Tom Reyes are each charged with three counts of vandalism and theft.'], 'Dan Cole', 'charged with three counts of vandalism'],
    ['what-the-person-did', ['Director Ana Ruiz will open the festival.', 'Ruiz, who helmed the last Harbor film, said the crowd was kind.'], 'Ana Ruiz', 'Director who helmed the last Harbor film'],
    ['what-the-person-did', ['Senator Tom Reyes, who also sits on the Finance committee, voted no. Reyes left early.'], 'Tom Reyes', 'Senator who also sits on the Finance committee'],
    ['what-the-person-did', ['Actress Ana Ruiz, 30, who voices the fox, was there. Ruiz smiled.'], 'Ana Ruiz', 'Actress who voices the fox, 30'],
    ['what-the-person-did', ['Senator Tom Reyes, who is now the party chairman, voted no. Reyes left early.'], 'Tom Reyes', 'Senator who is now the party chairman'],
    // A clause of up to eleven words after "who".
    ['what-the-person-did', ['Professor Ana Ruiz, who led the study at the Harlow Sleep and Memory Centre, said so. Ruiz left.'], 'Ana Ruiz', 'Professor who led the study at the Harlow Sleep and Memory Centre'],
    // Between dashes: the clause ends at the closing dash.
    ['what-the-person-did', ['Professor Ana Ruiz - who led the study at the Harlow Clinic - said the bees could count. Ruiz said it was a surprise.'], 'Ana Ruiz', 'Professor who led the study at the Harlow Clinic'],
    ['what-the-person-did', ['Clerk Ana Ruiz — who was the town’s elections official — said the count was right. Ruiz left.'], 'Ana Ruiz', 'Clerk who was the town’s elections official'],
    // A title that says nothing of the story takes the deed the lead has the person do, up to when or why it was done.
    ['deed-in-the-lead', ['Gov. Lena Marsh signed the river bill on Monday. Marsh said the vote was close.'], 'Lena Marsh', 'Governor who signed the river bill'],
    // A verb of saying that tells an act, with a noun phrase after it.
    ['deed-in-the-lead', ['Mayor Ana Ruiz announced the recall on Monday. Ruiz said it was needed.'], 'Ana Ruiz', 'Mayor who announced the recall'],
    // At most three words of content, cut before a preposition.
    ['deed-in-the-lead', ['Coach Ana Ruiz fired the assistant coach over the leaked playbook on Monday. Ruiz said so.'], 'Ana Ruiz', 'Coach who fired the assistant coach'],
    // Past an apposition; a verb that tells a deed alone.
    ['deed-in-the-lead', ['Dale Hunt, the band’s singer, died on Sunday after a long illness. Hunt was loved.'], 'Dale Hunt', 'band’s singer who died'],
    // A title that says nothing of the story takes the deed of the article's own "who" clause, cut as the lead's is.
    ['deed-in-a-who-clause', ['The river bill passed on Monday.', 'Senator Lena Marsh, who drafted the river bill with two aides over the winter, voted yes. Marsh said so.'], 'Lena Marsh', 'Senator who drafted the river bill'],
    ['deed-in-a-who-clause', ['The festival opened late.', 'Mayor Tom Reyes, who restored the ferry dock with his brother in 1990, cut the ribbon. Reyes smiled.'], 'Tom Reyes', 'Mayor who restored the ferry dock'],
    // A clause too long for a role is cut to its deed.
    ['deed-in-a-who-clause', ['Professor Ana Ruiz, who led the study at the Harlow Sleep and Memory Centre in the west, said so. Ruiz left.'], 'Ana Ruiz', 'Professor who led the study'],
    // A bare title takes the second description another mention gives, when it names a body or a deed.
    ['title-and-a-second-description', ['Prince Tom Reyes, the younger brother of the King, said the loan was fair. Prince Tom Reyes said so again.', 'Prince Tom Reyes said the bank lied.'], 'Tom Reyes', 'Prince, younger brother of the King'],
    ['title-and-a-second-description', ['Vice President Ana Ruiz said the vote was close.', 'Ruiz, the author of the Harbor Water Act, said the bill was weak. Vice President Ana Ruiz said so again.'], 'Ana Ruiz', 'Vice President, author of the Harbor Water Act'],
    // A title with its body or kind, up to three words of content, takes one too; of a long
    // description, the part before its first comma: whose mother the person is, not what the son was.
    ['title-and-a-second-description', ['“The rule is unsafe,” said Ana Ruiz, a retired ferry captain. Ruiz spoke at the hearing.', 'Ana Ruiz, whose son Tom Reyes was one of the crew lost on the Harbor Star, wrote to the board.'], 'Ana Ruiz', 'retired ferry captain, mother of Tom Reyes'],
    ['title-and-a-second-description', ['The list names Lena Ortiz, head of the harbor authority, and two bankers.', 'Among them is the mayor’s chief of staff, Lena Ortiz.'], 'Lena Ortiz', 'head of the harbor authority, mayor’s chief of staff'],
    // A "his" or "her" that opens its sentence owns the role of the one person of its sex the sentence before names first.
    ['whose-the-role-is', ['Tom Reyes was charged with arson on Monday. His wife, Ana Lund, said he was at home. Lund said so again.'], 'Ana Lund', 'Tom Reyes’s wife'],
    ['whose-the-role-is', ['Ana Ruiz was last seen on Friday. “She would never just leave,” her best friend Lena Cole said. Cole cried.'], 'Lena Cole', 'Ana Ruiz’s best friend'],
    ['whose-the-role-is', ['Mayor Ana Ruiz lost the race. Her former campaign manager, Tom Reyes, blamed the rain. Reyes said so.'], 'Tom Reyes', 'Ana Ruiz’s former campaign manager'],
    // …or of the one person of its sex its own sentence names before it, when the sentences before name no other.
    ['whose-the-role-is', ['The patient, Ana Ruiz, is in intensive care at the city hospital, where she is being treated for a fever, her husband, Dan Ortiz, told reporters. Ortiz asked for prayers.'], 'Dan Ortiz', 'Ana Ruiz’s husband'],
    // A person whose first name is given to both sexes is of the sex the story tells, as the
    // attribution stage reads it (sex-of.ts): the pronoun after a mention, or an honorific.
    ['whose-the-role-is', ['Tom Reyes sued Kim Hale over the boat on Monday, and she left town. His wife, Ana Lund, said he was at home. Lund said so again.'], 'Ana Lund', 'Tom Reyes’s wife'],
    ['whose-the-role-is', ['Tom Reyes sued Kim Hale over the boat on Monday. His wife, Ana Lund, said he was at home. Lund said so again.', 'Ms. Hale left town in May.'], 'Ana Lund', 'Tom Reyes’s wife'],
  ];

  it.each(rows)('%s: %j', (_, docs, name, role) => {
    expect(roleOf(docs, name)).toBe(role);
  });

  it.each([
    // A clause of what the person likes, or has, tells no deed.
    ['a clause of liking', ['The show was a hit.', 'Tom Reyes, who likes to joke about his height, was there.'], 'Tom Reyes', ''],
    ['a clause of having', ['The team won again.', 'Tom Reyes, who had 19 rebounds, was tired.'], 'Tom Reyes', ''],
    ['a clause of what might be done', ['The plan fell apart.', 'Tom Reyes, who might later carry the bags, was arrested.'], 'Tom Reyes', ''],
    ['a clause of how the person was', ['The hearing was moved.', 'Tom Reyes, who was happy with the result, did not come.'], 'Tom Reyes', ''],
    // The deed in the lead: not what the person said, nor an act of saying with a clause after it,
    // nor what they did not do, nor a deed past the lead, nor one of which the person is no subject,
    // nor a verb alone that tells no deed, nor a deed told by a pronoun.
    // No second description of a post held before, nor one that says the title again.
    ['a post held before', ['Senator Ana Ruiz said the vote was close. Ruiz, a former chair of the water board, said the bill was weak. Senator Ana Ruiz said so again.'], 'Ana Ruiz', 'Senator'],
    ['a description that says the title again', ['Senator Ana Ruiz said the vote was close. Ruiz, a leader of the senate majority, said the bill was weak. Senator Ana Ruiz said so again.'], 'Ana Ruiz', 'Senator'],
    ['a description that names the post by its body', ['HTA Chair Ana Ruiz said the vote was close. Ruiz, the head of the Harbor Trade Agency, said the bill was weak. HTA Chair Ana Ruiz said so again.'], 'Ana Ruiz', 'HTA Chair'],
    ['a description that only counts the person', ['Senator Ana Ruiz said the vote was close. Ruiz, one of the two Harbor delegates, said the bill was weak. Senator Ana Ruiz said so again.'], 'Ana Ruiz', 'Senator'],
    ['a title whose bearer only speaks', ['Senator Tom Reyes said the bill was bad. Reyes left early.'], 'Tom Reyes', 'Senator'],
    ['an announcement of a clause', ['Gov. Ana Ruiz announced the plant will close. Ruiz left early.'], 'Ana Ruiz', 'Governor'],
    ['a deed not done', ['Mayor Tom Reyes did not sign the order on Monday. Reyes left early.'], 'Tom Reyes', 'Mayor'],
    ['a deed past the lead', ['The storm hit the coast on Monday. Roads were closed. Schools shut early. Mayor Tom Reyes signed the order on Tuesday.'], 'Tom Reyes', 'Mayor'],
    ['a deed of others', ['A judge fined Mayor Tom Reyes on Monday for speeding. Reyes left early.'], 'Tom Reyes', 'Mayor'],
    ['a verb alone', ['Mayor Tom Reyes smiled. Reyes left the town hall early on Monday after the long budget meeting.'], 'Tom Reyes', 'Mayor'],
    ['a deed told by a pronoun', ['Speaker Ana Ruiz made it happen. Ruiz left early.'], 'Ana Ruiz', 'Speaker'],
    // Not someone of the other sex, nor past a sentence that names another person.
    ['a woman from a place, then a man named', ['A Dover woman was hurt in the crash. Tom Reyes said he heard it.', 'Reyes called for help.'], 'Tom Reyes', ''],
    ['a man from a place, then another named', ['A Dover man was hurt in the crash. Police Chief Ana Ruiz closed the road. Tom Reyes said he heard it.', 'Reyes called for help.'], 'Tom Reyes', ''],
    // Not past another name, whose the description may be.
    ['an office after a place', ['Reporters met Ana Ruiz outside the Harbor County sheriff’s office on Monday.', 'Ruiz left.'], 'Ana Ruiz', ''],
    ['a work\'s star after another name', ['A fan ran up to Ana Ruiz as Tom Reyes grabbed the Harbor Lights star’s scarf.', 'Ruiz laughed.'], 'Ana Ruiz', ''],
    // "He" after a sentence that names another person may be that person.
    ['a pronoun after another name', ['Ana Ruiz met Tom Reyes at the pier. He is a fisherman from Dover.', 'Ruiz said so.'], 'Ana Ruiz', ''],
    // Two bands: the member's band is not told.
    ['a member when the story names two bands', ['The band Harbor Lights and the band Cold Rivers toured together. Harbor Lights and Cold Rivers sold out.', 'Drummer Tom Reyes, 61, found the tapes.'], 'Tom Reyes', 'Drummer who found the tapes, 61'],
    // A role that names its body keeps it.
    ['a member role that names its body', ['The rock band Harbor Lights will tour. Harbor Lights said so.', 'Tom Reyes, the drummer of Cold Rivers, said he would come.'], 'Tom Reyes', 'drummer of Cold Rivers'],
    // Before a body's name "US" is the body's own.
    ['a pilot of a body named "US …"', ['US Airways pilot Tom Reyes landed the plane on the river on Monday afternoon. Reyes was praised by the passengers.'], 'Tom Reyes', 'US Airways pilot'],
    // "charged on Sunday" is a day, and "charged" said: no charge.
    ['a senator who charged on a day', ['The plan failed, Sen. Ana Ruiz charged on Sunday. Ruiz wants a vote.'], 'Ana Ruiz', 'Senator'],
    // Two states as often: the governor's state is not told.
    ['a governor when two states are named as often', ['Gov. Dale Hunt met officials from Iowa and Nebraska. Iowa and Nebraska share the river.'], 'Dale Hunt', 'Governor who met officials from Iowa'],
    // The title before the name is another work's: "“Lights” producer Ana Ruiz said “Harbor” won"
    // (the role keeps the work it is written with, and gets no other).
    [
      'a maker of another work',
      [
        'The film “Harbor” won. “Lights” producer Ana Ruiz said “Harbor” deserved it.',
        'The movie “Harbor” was shot in Maine. Critics loved the film “Harbor” and the films of the fall.',
      ],
      'Ana Ruiz',
      '“Lights” producer',
    ],
    // A President whose name is never written as a government, or a story that names no country of the presidency.
    ['a President with no government', ['President Tom Reyes signed the bill on Tuesday, the White House said. Reyes said it would work.'], 'Tom Reyes', 'President who signed the bill'],
    ['a President in a story that names no country', ['President Tom Reyes signed the bill. Critics of the Reyes administration said the law would fail.'], 'Tom Reyes', 'President who signed the bill'],
    // Two courts as often, or a court whose judges are no Justices: the Justice's court is not told.
    ['a Justice when two courts are named as often', ['The Court of Appeal upheld the ruling of the High Court.', 'Justice Ana Ruiz said the High Court had erred. The Court of Appeal sat in May.'], 'Ana Ruiz', 'Justice'],
    ['a Justice in a story about a district court', ['The District Court heard the case. The District Court ruled in May.', 'Justice Ana Ruiz said so.'], 'Ana Ruiz', 'Justice'],
    // The Commons is no House of Representatives: the Speaker's chamber is not told.
    ['a Speaker of the Commons', ['The House of Commons voted on Monday. The House of Commons will sit in May, as in the U.S.', 'Speaker Ana Ruiz called the vote.'], 'Ana Ruiz', 'Speaker'],
    // "State Police" is a kind of force, not a place; two towns' police as often tell none.
    ['an officer when the force names no place', ['State Police searched the woods. State Police found the car.', 'Police Sgt. Ana Ruiz set up the post.'], 'Ana Ruiz', 'Police Sergeant'],
    ['an officer when two towns’ police are named', ['Dover police and Salem police searched. Dover police and Salem police found the car.', 'Police Sgt. Ana Ruiz set up the post.'], 'Ana Ruiz', 'Police Sergeant'],
    // A President of a body, or in a story that names another country most, is not the U.S.'s.
    ['a President of a body', ['President Ana Ruiz of the Harbor Trust spoke in Washington. Critics across America said so.', 'Ruiz said U.S. donors would follow.'], 'Ana Ruiz', 'President'],
    ['a President in a story about another country', ['President Ana Ruiz spoke in Syria. Syrian troops left Syria, the U.S. said.', 'Ruiz said Syria would recover.'], 'Ana Ruiz', 'President'],
    // "Ruiz abducted her children": the one who did it suffered nothing.
    ['the one who did the harm', ['Lena Ruiz abducted her children on Monday. Ruiz drove away.'], 'Lena Ruiz', ''],
    // The description follows a sentence the person does not open.
    ['a description after a sentence another opens', ['Police said Tom Reyes will appear in court. The inventor has been held since May. Reyes denies it.'], 'Tom Reyes', ''],
    // The named speaker does not follow the described one's sentence.
    ['a speaker after a sentence without one', ['A Red Cross spokeswoman said the meeting was useful. The convoy left at dawn. “We hope to see results,” Ana Ruiz told reporters.'], 'Ana Ruiz', ''],
    // "accused Smith of lying": the accuser faces no charge.
    ['an accuser', ['Lena Ruiz accused the mayor of lying. Ruiz said the mayor had lied.'], 'Lena Ruiz', ''],
    // What befell the person, what they did not do, a clause that says the role again, a clause cut by a quotation.
    // A clause of no career says nothing of who the person is.
    ['a clause of no career with no role', ['Tom Reyes, who likes to say he is fast, was late. Reyes smiled.'], 'Tom Reyes', ''],
    ['what befell the person', ['Swimmer Tom Reyes, who lost his way, was found at dawn. Reyes is well.'], 'Tom Reyes', 'Swimmer'],
    ['what the person did not do', ['Senator Tom Reyes, who had not led the panel, voted no. Reyes left early.'], 'Tom Reyes', 'Senator'],
    ['a clause that repeats the role', ['Ana Ruiz, the co-founder of Bright Note Records, was there. Ruiz, who co-founded Bright Note Records, smiled.'], 'Ana Ruiz', 'co-founder of Bright Note Records'],
    ['a deed whose object is a clause', ['The vote was lost.', 'Senator Tom Reyes, who struggles to accept that the vote is lost, left early. Reyes was tired.'], 'Tom Reyes', 'Senator'],
    ['a clause of uttering', ['The game went on.', 'Coach Ana Ruiz, who uttered the famous line on the bench, left. Ruiz smiled.'], 'Ana Ruiz', 'Coach'],
    ['a clause cut by a quotation', ['Host Tom Reyes, who hosted the “Late Show,” left. Reyes smiled.'], 'Tom Reyes', 'Host'],
    ['a clause cut at a month\'s abbreviation', ['Lena Cole, who became the member for Harlow on Oct. 3, voted no. Cole left early.'], 'Lena Cole', ''],
    // A name before a member's title once, or a people's, is no band.
    ['a name before a member\'s title once', ['Harbor Lights guitarist Dan Hale played on.', 'Drummer Tom Reyes left in 1990. Reyes said so.'], 'Tom Reyes', 'Drummer'],
    ['a people before a member\'s title', ['British singer Ana Ruiz and British singer Lena Cole sang.', 'Drummer Tom Reyes left in 1990. Reyes said so.'], 'Tom Reyes', 'Drummer'],
    // Whose a "his" is, where the sentence before names two men, or names first a woman, or a man after a "him" that is someone else, is not told.
    ['a "his" after two men', ['Tom Reyes fired at Dan Cole twice. His friend, Sam Hill, ran. Hill said so.'], 'Sam Hill', 'friend'],
    ['a "his" after a sentence a woman opens', ['Mary Cole and Tom Reyes met. His friend, Sam Hill, came. Hill left.'], 'Sam Hill', 'friend'],
    ['a "his" after a "him" before the name', ['I saw him train with Tom Reyes in Madrid. His wife, Ana Lund, waved. Lund left.'], 'Ana Lund', 'wife'],
    // …nor one after a name the sentence names before it.
    ['a "his" after a name in its sentence', ['Tom Reyes was charged. On Monday police told Dan Cole his clerk, Ana Lund, had fled. Lund left.'], 'Ana Lund', 'clerk'],
    // A role the cluster completes says more than whose it is.
    ['a bare role the cluster completes', ['The film “Harbor” opens Friday. Dan Cole made the film in May. In “Harbor” his star, Tom Reyes, sings.', 'The movie “Harbor” was shot in Maine. Critics loved the film, and Reyes said the films of his youth shaped it.'], 'Tom Reyes', 'star of “Harbor”'],
  ])('no completion for %s', (_, docs, name, role) => {
    expect(roleOf(docs, name) ?? '').toBe(role);
  });

  it('reads the story once: one band, the state named most', () => {
    const story = roleStory(['The rock group Harbor Lights played Ohio. Harbor Lights loves Ohio.', 'It rained in Ohio and in Texas.']);
    expect(story.ensembles.get('band')).toBe('Harbor Lights');
    expect(story.state).toBe('Ohio');
    expect(completeRole({ role: 'singer', after: [], story })).toBe('Harbor Lights singer');
  });
  // (The band's name was tried from every capital of a run of capitals, each reading the rest of
  // the run: 30,000 capitals took 4.8 s, 50,000 about 13 s.)
  it('reads the band past a run of 50,000 capitals', { timeout: 5_000 }, () => {
    const story = roleStory([`The rock group Harbor Lights played Ohio. Harbor Lights loves Ohio. ${'A'.repeat(50_000)} left.`]);
    expect(story.ensembles.get('band')).toBe('Harbor Lights');
  });

  // (Another name before the pronoun was looked for by reading a run of spaces back from every
  // position in it: a run of 200,000 took minutes.)
  it('pronoun-described-in-the-next-sentence: the role is read past a run of 200,000 spaces', { timeout: 5_000 }, () => {
    const before = `Police named${' '.repeat(200_000)}the driver as `;
    expect(completeRole({ role: '', after: [', of Dover. He was a nurse at the Harbor Inn.'], before: [before], story: roleStory([]) })).toBe('nurse at the Harbor Inn');
  });

  it('every completion has a test row', () => {
    expect(ROLE_COMPLETIONS.map((r) => r.name).sort()).toEqual([...new Set(rows.map(([row]) => row))].sort());
  });
});

describe('STORY_ROLES', () => {
  // [row, articles, person, role]: no role is written beside any of the person's names.
  const rows: [string, string[], string, string][] = [
    ['lost-kin', ['Hana Ortiz, who lost her father and stepmother on Flight 12, said the memorial was overdue. Ortiz wept.'], 'Hana Ortiz', 'relative of a victim'],
    ['named-victim', ['Three people died in the blast. The third victim was Lena Ruiz. Ruiz had just moved to town.'], 'Lena Ruiz', 'victim'],
    ['named-victim', ['Leo Brandt and Mia Brandt were victims of a bungled raid, their lawyer says. Brandt wants an apology.'], 'Mia Brandt', 'victim'],
    ['sued', ['Mia Carver sued the county over the flooded road. Carver wants damages.'], 'Mia Carver', 'plaintiff'],
    ['arrested', ['Tom Reyes, 26, was arrested Saturday near the dock. Reyes did not comment.'], 'Tom Reyes', 'suspect, 26'],
    ['arrested', ['Tom Reyes, of Dover, was arrested near the dock. Reyes did not comment.'], 'Tom Reyes', 'suspect'],
    ['arrested', ['The store was robbed twice. Police arrested Tom Reyes at his home. Reyes did not comment.'], 'Tom Reyes', 'suspect'],
    ['witnessed', ['Ana Ruiz, who witnessed the crash, called for help. Ruiz said the truck never slowed.'], 'Ana Ruiz', 'witness'],
    ['arrested', ['The depot was looted twice. Troopers arrested Tom Reyes at his home. Reyes did not comment.'], 'Tom Reyes', 'suspect'],
    ['killed-by-another', ['Dan Cole, who shot and killed Mia Brandt at a gas station, goes on trial today. Brandt had moved to Dover in May.'], 'Mia Brandt', 'victim'],
    ['killed-by-another', ['The trial over the murder of Mia Brandt opened on Monday. Brandt had moved to Dover in May.'], 'Mia Brandt', 'victim'],
    ['surrendered', ['Tom Reyes turned himself in to detectives on Sunday. Reyes had robbed three shops.'], 'Tom Reyes', 'suspect'],
    ['surrendered', ['Tom Reyes, 26, surrendered at a police station in Dover. Reyes had robbed three shops.'], 'Tom Reyes', 'suspect, 26'],
    ['surrendered', ['On Monday, Tom Reyes, Jr. turned himself in to the police. Reyes had taken the van.'], 'Tom Reyes', 'suspect'],
  ];

  it.each(rows)('%s: %j', (_, docs, name, role) => {
    expect(roleOf(docs, name)).toBe(role);
  });

  it.each([
    // A written role wins: the fallback is only for a person no sentence describes.
    ['a role written beside the name', ['Senator Mia Carver sued the county over the flooded road. Carver wants damages.'], 'Mia Carver', 'Senator who sued the county'],
    // "lost his bearings" names no relative.
    ['a loss that is no relative', ['Tom Reyes, who lost his bearings in the fog, was found at dawn. Reyes is well.'], 'Tom Reyes', ''],
    // The one who does the arresting is no suspect.
    ['the one who arrests', ['Tom Reyes arrested the driver at the dock. Reyes said the driver ran.'], 'Tom Reyes', ''],
    // Police said the suspect was not charged: no row reads a denial as a deed.
    ['a denial', ['Police said Ann Lee was not charged after the crash. Lee drove home.'], 'Ann Lee', ''],
    // "whose son was arrested": the arrest is the son's (what she is, another row says).
    ['a relative arrested', ['Ann Lee, whose son was arrested on Friday, spoke to reporters. Lee wept.'], 'Ann Lee', 'mother of a son arrested on Friday'],
    // One the police killed, or one accused of a killing, is no victim the row names.
    ['one the police killed', ['Officers shot and killed Tom Reyes after a chase. Reyes had a rifle in his truck.'], 'Tom Reyes', ''],
    ['one accused of a killing', ['Tom Reyes was accused of killing a neighbor. Reyes denied it.'], 'Tom Reyes', 'accused of killing a neighbor'],
    // The one who kills is named before the verb.
    ['the one who kills', ['Dan Cole shot and killed a neighbor over a fence. Cole fled.'], 'Dan Cole', ''],
    // "surrendered a lead": a thing given up is no surrender of the person.
    ['one who gave up a lead', ['Tom Reyes later surrendered a late lead in the final. Reyes shrugged.'], 'Tom Reyes', ''],
  ])('no story role for %s', (_, docs, name, role) => {
    expect(roleOf(docs, name) ?? '').toBe(role);
  });

  // With no title, the age goes with what the story makes of the person: after a label, before a charge or a harm.
  it.each([
    ['a story role', ['Tom Reyes, 26, was arrested Saturday near the dock. Reyes did not comment.'], 'Tom Reyes', 'suspect, 26'],
    ['a charge', ['Dan Hale, 41, was charged with arson after the fire. Hale did not comment.'], 'Dan Hale', '41, charged with arson'],
    ['a harm', ['Ray Malden, 57, was found fatally shot near a creek. Malden lived alone.'], 'Ray Malden', '57, found fatally shot'],
    // A title has taken the age already; a clause of what the person did takes none.
    ['a title and a charge', ['Nurse Dan Hale, 41, was charged with arson after the fire. Hale did not comment.'], 'Dan Hale', 'Nurse, 41, charged with arson'],
  ])('age with %s', (_, docs, name, role) => {
    expect(roleOf(docs, name)).toBe(role);
  });

  it('every story role has a test row', () => {
    expect(STORY_ROLES.map((r) => r.name).sort()).toEqual([...new Set(rows.map(([row]) => row))].sort());
  });
});
