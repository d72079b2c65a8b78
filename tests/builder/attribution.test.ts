// Stage 06: who says what.
import { describe, expect, it } from 'vitest';
import { DOCUMENT_OWNER_RULES, HOLDER_RULES, KIND_OWNER_RULES, NOT_SPEECH, QUOTE_RULES, SPEAKER_RULES, TIME_OF_SPEECH, TRANSCRIPT_RULES, TURN_STANCES, WHERE_SAID, turnStance, attribution, reportedSpan } from '../../src/builder/stages/06-attribution/index.js';
import { ACTIONS, UNNAMED_SPEAKERS } from '../../src/builder/lexicon.js';
import { UNNAMED_SAID } from '../../src/builder/stages/06-attribution/clause.js';
import { runThrough } from './run-stages.js';

/** Runs the stages up to attribution; returns, for the sentence holding `words`, who says what. */
function said(docs: string[], words: string) {
  const ctx = runThrough(docs, attribution);
  const s = ctx.sentences.find((x) => x.text.includes(words));
  return ctx.attributions
    .filter((a) => a.sentence === s?.index)
    .map((a) => ({ speaker: ctx.actors[a.actor].name, kind: a.kind, words: ctx.docs[s!.doc].text.slice(a.start, a.end) }));
}

const background = 'Officials met in the capital on Monday to discuss the border, the budget and the talks with the unions.';

describe('attribution', () => {
  it.each<[string, string[], string, { speaker: string; kind: string; words: string }[]]>([
    [
      'a reported claim after "said that" is the clause, not the sentence',
      [`${background} Senator Maria Lopez said on Tuesday that the budget would pass before the summer recess.`],
      'would pass',
      [{ speaker: 'Maria Lopez', kind: 'reported', words: 'the budget would pass before the summer recess' }],
    ],
    [
      'a finding after "found that" is the claim of who found it (findings, speech-verbs.json)',
      [`${background} In the experiment, Dr. Maria Lopez found that the coated seeds sprouted two days earlier than the others.`],
      'sprouted',
      [{ speaker: 'Maria Lopez', kind: 'reported', words: 'the coated seeds sprouted two days earlier than the others' }],
    ],
    [
      'a claim after "indicated that" is the speaker\'s (verbs, speech-verbs.json)',
      [`${background} Senator Maria Lopez indicated that the ferries would not sail again before the spring.`],
      'would not sail',
      [{ speaker: 'Maria Lopez', kind: 'reported', words: 'the ferries would not sail again before the spring' }],
    ],
    [
      'what a speaker "touted" keeps the verb: the claim is the praise (objectVerbs, speech-verbs.json)',
      [`${background} Senator Maria Lopez touted the harbour plan as the best use of public money in a decade.`],
      'best use of public',
      [{ speaker: 'Maria Lopez', kind: 'reported', words: 'touted the harbour plan as the best use of public money in a decade' }],
    ],
    [
      'what a speaker "lauded" keeps the verb: the claim is the praise (verbs, objectVerbs, speech-verbs.json)',
      [`${background} Senator Maria Lopez lauded the harbour plan for its low cost and its quiet engines.`],
      'quiet engines',
      [{ speaker: 'Maria Lopez', kind: 'reported', words: 'lauded the harbour plan for its low cost and its quiet engines' }],
    ],
    [
      'what a speaker "denounced" keeps the verb: the claim is the attack (verbs, objectVerbs, speech-verbs.json)',
      [`${background} Mayor Tom Reyes denounced the ferry fare rise as a tax on the island families.`],
      'island families',
      [{ speaker: 'Tom Reyes', kind: 'reported', words: 'denounced the ferry fare rise as a tax on the island families' }],
    ],
    [
      'a claim after "bragged … that" is the clause (verbs, speech-verbs.json)',
      [`${background} Senator Maria Lopez bragged to the fishermen that the new harbour wall had cost the town nothing.`],
      'cost the town nothing',
      [{ speaker: 'Maria Lopez', kind: 'reported', words: 'the new harbour wall had cost the town nothing' }],
    ],
    [
      'a claim after "said that" that opens on a preposition is the claim, not when or where it was said (CIRCUMSTANCE)',
      [`${background} Mayor Tom Reyes said that during the storm the old pier gave way under the weight of the boats.`],
      'old pier gave way',
      [{ speaker: 'Tom Reyes', kind: 'reported', words: 'during the storm the old pier gave way under the weight of the boats' }],
    ],
    [
      '"at least" after the verb opens a number, not a place: the claim stands (CIRCUMSTANCE)',
      [`${background} Mayor Tom Reyes said at least 40 homes on the east bank were flooded overnight.`],
      'east bank',
      [{ speaker: 'Tom Reyes', kind: 'reported', words: 'at least 40 homes on the east bank were flooded overnight' }],
    ],
    [
      'a claim after "by saying", the means of the main verb, is the subject\'s (BY_MEANS, speaker-rules.ts)',
      [`${background} Mayor Tom Reyes closed the hearing by saying the ferry would keep its winter timetable.`],
      'winter timetable',
      [{ speaker: 'Tom Reyes', kind: 'reported', words: 'the ferry would keep its winter timetable' }],
    ],
    [
      'what someone got done "by telling" another is no claim of theirs (BY_MEANS, speaker-rules.ts)',
      [`${background} Mayor Tom Reyes cleared the quay by telling the crowd to walk back to the square.`],
      'back to the square',
      [],
    ],
    [
      'an adverb of degree between the auxiliary and the verb ("has even said") leaves the subject speaking (AUXILIARY, clause.ts)',
      [`${background} Tom Reyes, the chairman of the harbour board, has even said that the old pier will be rebuilt in stone.`],
      'rebuilt in stone',
      [{ speaker: 'Tom Reyes', kind: 'reported', words: 'the old pier will be rebuilt in stone' }],
    ],
    [
      '"even" before a verb of belief or wish ("even asked") is no adverb the subject speaks past (AUXILIARY, clause.ts)',
      [`${background} Harbour chief Tom Reyes spoke at the quay on Monday. He even asked the fishermen for a new boat for the harbour.`],
      'new boat',
      [],
    ],
    [
      'a quote "someone yells" is that someone\'s, not the speaker before (verbs, speech-verbs.json)',
      [`${background}\n\n"The ferry will run again in May," Mayor Tom Reyes said on the quay. "Get off the quay right now, all of you," someone yells from the back of the crowd.`],
      'Get off the quay',
      [],
    ],
    [
      'what a person found, with no "that", is no claim',
      [`${background} Dr. Maria Lopez found the coated seeds in a drawer of the old laboratory on Friday.`],
      'in a drawer',
      [],
    ],
    [
      'a claim before ", <speaker> said" is the part before the comma',
      [`${background} The budget will pass before the summer recess, Senator Maria Lopez said after the meeting.`],
      'summer recess',
      [{ speaker: 'Maria Lopez', kind: 'reported', words: 'The budget will pass before the summer recess' }],
    ],
    [
      'a claim before ", <speaker> said, but …" is the part before the speaker, not the clause the conjunction adds',
      [`${background} The ferry will run again in May, Mayor Tom Reyes said, but the fares will rise in the summer.`],
      'fares will rise',
      [{ speaker: 'Tom Reyes', kind: 'reported', words: 'The ferry will run again in May' }],
    ],
    [
      'a speaker who opens the sentence, with party and state and a "who" clause, speaks after the verb',
      [`${background} Sen. Tom Marsh (R-Ohio), who opposes the ferry bill, said he would not block a swift vote on the final text.`],
      'swift vote',
      [{ speaker: 'Tom Marsh', kind: 'reported', words: 'he would not block a swift vote on the final text' }],
    ],
    [
      'a person an "according to" phrase names past a long title is the source',
      ['The mill burned down on Sunday night. The fire was set on purpose, according to Harlow County District Attorney Ann Lowell.'],
      'set on purpose',
      [{ speaker: 'Ann Lowell', kind: 'reported', words: 'The fire was set on purpose' }],
    ],
    [
      'the claim after "According to <source>, who …," starts past the clause about the source',
      ['The old hall was dug up in 2009. According to University of Harlow archaeologist Tom Marsh, who dug the site in 2009, the hall was built before the wall.'],
      'built before the wall',
      [{ speaker: 'Tom Marsh', kind: 'reported', words: 'the hall was built before the wall' }],
    ],
    [
      'the words before a closing mark whose opening mark stood a sentence before are the claim of the speaker after it',
      ['The dig ran for two years. Ann Lowell led it. We are thankful to the whole village for its help over the years," her uncle Tom Lowell said in a written release.'],
      'thankful to the whole',
      [{ speaker: 'Tom Lowell', kind: 'reported', words: 'We are thankful to the whole village for its help over the years' }],
    ],
    [
      'a speaker whose words stand in the sentence before, with only where they were reported after the verb, says nothing here',
      ['Tom Marsh was charged in May. The tapes were played in court. Marsh was heard saying, according to the complaint.'],
      'was heard saying',
      [],
    ],
    [
      'a speaker described in a "whose" clause between commas speaks after it',
      [`${background} Nora Whitfield, whose sister was the captain of the ferry that sank, said a loose rope can be as dangerous as a storm.`],
      'loose rope',
      [{ speaker: 'Nora Whitfield', kind: 'reported', words: 'a loose rope can be as dangerous as a storm' }],
    ],
    [
      'a second claim after ", and he noted" is the same speaker: a name after its title opens the sentence',
      [`${background} School Board Chair Paul Hensley said on local radio that the board would keep the library open, and he noted that the board does not plan to close the pool.`],
      'library open',
      [
        { speaker: 'Paul Hensley', kind: 'reported', words: 'the board would keep the library open' },
        { speaker: 'Paul Hensley', kind: 'reported', words: 'the board does not plan to close the pool' },
      ],
    ],
    [
      '"according to" names its source before its first comma: not the person the claim is about',
      ['Nora Oberlin runs NBC News. According to two sources, Oberlin was angry about the story.'],
      'angry about the story',
      [],
    ],
    [
      '"according to" past an owner names the one the owner\'s role names, not the owner',
      ['Mayor Ann Lowell toured the harbour on Monday. The ferry will run again in May, according to Lowell\'s deputy harbour master Tom Reyes.'],
      'ferry will run',
      [{ speaker: 'Tom Reyes', kind: 'reported', words: 'The ferry will run again in May' }],
    ],
    [
      '"according to" past an owner names the role\'s holder named right after the phrase',
      ['Mayor Ann Lowell toured the harbour on Monday. The ferry will run again in May, according to Lowell\'s deputy, Tom Reyes.'],
      'ferry will run',
      [{ speaker: 'Tom Reyes', kind: 'reported', words: 'The ferry will run again in May' }],
    ],
    [
      '"according to" an owner\'s kin or aide the story leaves unnamed is nobody, not the owner',
      ['Mayor Ann Lowell toured the harbour on Monday. The ferry will run again in May, according to Lowell\'s longtime press aide.'],
      'ferry will run',
      [],
    ],
    [
      '"according to" a phrase that opens with a speaker left unnamed is nobody, whoever it goes on to name',
      ['Mayor Ann Lowell toured the harbour on Monday. The ferry will run again in May, according to a person told of Lowell\'s plans.'],
      'ferry will run',
      [],
    ],
    [
      '"according to" a person the phrase leaves unnamed is nobody, not the body named in it',
      ['Robert Vance worked at IBM for years. IBM hired him in 1975 and IBM paid him well. According to a former IBM colleague, Vance was obsessive about his work.'],
      'obsessive',
      [],
    ],
    [
      'a subject in apposition, then "said": the claim follows the verb',
      [`${background} House Oversight Committee Chairman Darren Hale, a California Republican, said the hearing would resume next week.`],
      'hearing would resume',
      [{ speaker: 'Darren Hale', kind: 'reported', words: 'the hearing would resume next week' }],
    ],
    [
      'a description, then the name between commas, then "said": the claim follows the verb',
      [`${background} Reyes' attorney, Tom Marsh, said the van was parked outside the school all night.`],
      'parked outside',
      [{ speaker: 'Tom Marsh', kind: 'reported', words: 'the van was parked outside the school all night' }],
    ],
    [
      'a claim, then a description and the name between commas: the claim ends before the description',
      [`${background} Dan Lowell drove his wife to the station. The train was stuck for an hour outside the tunnel in the snow, her husband, Dan Lowell, told Radio Kestrel on Friday.`],
      'outside the tunnel',
      [{ speaker: 'Dan Lowell', kind: 'reported', words: 'The train was stuck for an hour outside the tunnel in the snow' }],
    ],
    [
      'a pronoun opening what an unnamed subject said is that subject: no one the story names',
      ['The Marsh Water Board said on Monday that the lake was safe. A local swimming club has said it plans to fund a second test of the water.'],
      'second test',
      [],
    ],
    [
      'a pronoun opening what a described subject said, when no one is found for the description',
      ['Senator Ann Lowell met the family on Friday. The witness has said she wants to stay unnamed until the trial is over.'],
      'stay unnamed',
      [],
    ],
    [
      'a pronoun opening what a named subject said is still that person',
      ['Senator Ann Lowell met the family on Friday. Council member Tom Marsh, who chairs the committee, said he expects the new budget to pass in June.'],
      'budget to pass',
      [{ speaker: 'Tom Marsh', kind: 'reported', words: 'he expects the new budget to pass in June' }],
    ],
    [
      'a speaker "of <place>" is the person, and a long addressee does not hide the "that"',
      [`${background} Congresswoman Laura Whitcomb of Oregon told community leaders at a Salem luncheon on Tuesday that the port has grown much safer.`],
      'much safer',
      [{ speaker: 'Laura Whitcomb', kind: 'reported', words: 'the port has grown much safer' }],
    ],
    [
      'a claim before ", <speaker> told <outlet> <when>" is the part before the comma',
      [`${background} Once the door is shut, steering the rover is much like a board game, Senator Maria Lopez told The Associated Press in May.`],
      'board game',
      [{ speaker: 'Maria Lopez', kind: 'reported', words: 'Once the door is shut, steering the rover is much like a board game' }],
    ],
    [
      'an outlet told, no actor, before a pronoun opening the claim, is left out of it',
      [`${background} Senator Maria Lopez told KTVO 3 she expects the budget to pass in June.`],
      'budget to pass',
      [{ speaker: 'Maria Lopez', kind: 'reported', words: 'she expects the budget to pass in June' }],
    ],
    [
      'a claim before ", <speaker> told reporters <when>" is the part before the comma',
      [`${background} The budget will pass before the summer recess, Senator Maria Lopez told reporters on Monday.`],
      'summer recess',
      [{ speaker: 'Maria Lopez', kind: 'reported', words: 'The budget will pass before the summer recess' }],
    ],
    [
      'an apposition that opens with a role noun is no clause, though a name word in it reads as a verb ("Rights")',
      [`${background} Omar Haddad, head of the Lakeland League for Tenant Rights, said two ferries were delayed.`],
      'two ferries',
      [{ speaker: 'Omar Haddad', kind: 'reported', words: 'two ferries were delayed' }],
    ],
    [
      'a quoted title in the apposition between a name and its verb does not open a clause',
      [`${background} Nadia Oyelaran, author of the guide "Ferries and Old Debts," says most harbour pensions run dry within a decade.`],
      'harbour pensions',
      [{ speaker: 'Nadia Oyelaran', kind: 'reported', words: 'most harbour pensions run dry within a decade' }],
    ],
    [
      'an apposition of two descriptions between the name and its verb',
      [`${background} Mira Haddad, a member of the Harbour Street Committee, a tenants' network, told Radio Kestrel that residents began hearing drilling at dawn.`],
      'drilling',
      [{ speaker: 'Mira Haddad', kind: 'reported', words: 'residents began hearing drilling at dawn' }],
    ],
    [
      'a claim before ", <name>, <apposition>, told <outlet>" ends before the name',
      [`${background} The pool has been drained and a review is under way, Chris Mahler, a spokesman for the Harlow Leisure Trust, told Radio Kestrel today.`],
      'review is under way',
      [{ speaker: 'Chris Mahler', kind: 'reported', words: 'The pool has been drained and a review is under way' }],
    ],
    [
      '"according to police" is the police force the story names',
      ['The Milford Police Department searched the harbour on Tuesday. Hours later, a ferry crew spotted the lost dinghy near the harbour wall, according to police.'],
      'harbour wall',
      [{ speaker: 'Milford Police Department', kind: 'reported', words: 'Hours later, a ferry crew spotted the lost dinghy near the harbour wall' }],
    ],
    [
      '"According to police," opening the sentence: the claim starts past the source',
      ['The Milford Police Department searched the harbour on Tuesday. According to police, a ferry crew spotted the lost dinghy near the harbour wall.'],
      'harbour wall',
      [{ speaker: 'Milford Police Department', kind: 'reported', words: 'a ferry crew spotted the lost dinghy near the harbour wall' }],
    ],
    [
      '"According to a police report," opening the sentence: the claim starts past the paper',
      ['The Milford Police Department searched the harbour on Tuesday. According to a police report, a ferry crew spotted the lost dinghy near the harbour wall.'],
      'harbour wall',
      [{ speaker: 'Milford Police Department', kind: 'reported', words: 'a ferry crew spotted the lost dinghy near the harbour wall' }],
    ],
    [
      '"according to" closing a sentence after a quote: the claim is the clause before it, not the source',
      ['The Milford Police Department searched the harbour on Tuesday. The crew found "two oars, a torn sail and a flare gun, still loaded," according to the police report.'],
      'two oars',
      [{ speaker: 'Milford Police Department', kind: 'reported', words: 'The crew found "two oars, a torn sail and a flare gun, still loaded,"' }],
    ],
    [
      '"according to" with a clause about the source after it: the claim is the clause before "according to"',
      ['The Milford Police Department searched the harbour on Tuesday. The dinghy was empty according to police, who added that the crew was safe.'],
      'dinghy was empty',
      [{ speaker: 'Milford Police Department', kind: 'reported', words: 'The dinghy was empty' }],
    ],
    [
      '"according to" opening a clause of its own mid-sentence: the claim is after the source',
      ['The Milford Police Department searched the harbour on Tuesday. The search went on all night; according to police, a ferry crew spotted the lost dinghy near the harbour wall.'],
      'harbour wall',
      [{ speaker: 'Milford Police Department', kind: 'reported', words: 'a ferry crew spotted the lost dinghy near the harbour wall' }],
    ],
    [
      '"told me" before a name: the claim starts past the one told',
      [`${background} Senator Maria Lopez told me Morgan will vote against the budget in the spring.`],
      'vote against',
      [{ speaker: 'Maria Lopez', kind: 'reported', words: 'Morgan will vote against the budget in the spring' }],
    ],
    [
      'commentators the story names by what they do speak as one group',
      [`${background} Critics say that building homes on the marsh wastes money and takes up huge areas of grazing land.`],
      'huge areas',
      [{ speaker: 'critics', kind: 'reported', words: 'building homes on the marsh wastes money and takes up huge areas of grazing land' }],
    ],
    [
      'a "that" past a clause of the claim\'s own does not open the claim',
      [`${background} Senator Maria Lopez said it is unlikely that her party would lose the vote before the spring.`],
      'it is unlikely that',
      [{ speaker: 'Maria Lopez', kind: 'reported', words: 'it is unlikely that her party would lose the vote before the spring' }],
    ],
    [
      'when and where after "told <someone>" is no claim',
      [`${background} "The fire line will hold," Chief Bill Harlan said.\n\nChief Bill Harlan of the County Fire Service told Radio Kestrel during a tour of the burned hills.`],
      'during a tour',
      [],
    ],
    [
      'a speaker described by a "who" clause without commas speaks after it',
      [`${background} Brantwood Ferry Company officials who are in Leith to meet the council said the new fees could hurt the summer timetable.`],
      'summer timetable',
      [{ speaker: 'Brantwood Ferry Company', kind: 'reported', words: 'the new fees could hurt the summer timetable' }],
    ],
    [
      'a spokesman of a named organisation speaks for it',
      [`${background} Asked to respond, a Brantwood Ferry Company spokesman reiterated that "the night crossing was dropped after a review of the whole timetable."`],
      'night crossing was dropped',
      [{ speaker: 'Brantwood Ferry Company', kind: 'direct', words: 'the night crossing was dropped after a review of the whole timetable.' }],
    ],
    [
      'a verb that takes an object keeps it in the claim',
      [`${background} Senator Maria Lopez accused the unions of stalling the talks for a month.`],
      'accused',
      [{ speaker: 'Maria Lopez', kind: 'reported', words: 'accused the unions of stalling the talks for a month' }],
    ],
    [
      'the verb introducing "that" outranks a later "said"',
      [`${background} As a condition for the deal, Mayor Maria Lopez insisted that the builders had to finish the bridge, officials at the town hall said.`],
      'finish the bridge',
      [{ speaker: 'Maria Lopez', kind: 'reported', words: 'the builders had to finish the bridge' }],
    ],
    [
      'an inverted speaker after the claim: ", said <name>, <role>"',
      [`${background} The council was treating the flooding as a case of poor upkeep, said Hiroshi Tanabe, a regional water board official.`],
      'poor upkeep',
      [{ speaker: 'Hiroshi Tanabe', kind: 'reported', words: 'The council was treating the flooding as a case of poor upkeep' }],
    ],
    [
      'the subject of a relative clause speaks, past the quotes inside it',
      [`${background} Jason Pryor, who said on Monday he had his "best boots" ready, told Andrew Keane that "the club has a duty and a right to keep the path open."`],
      'duty and a right',
      [{ speaker: 'Jason Pryor', kind: 'direct', words: 'the club has a duty and a right to keep the path open.' }],
    ],
    [
      '"she said" skips a man named last',
      [`Janet Morrow toured the new bakery on Tuesday. She travelled with Mayor Tom Ridley and two inspectors. She said in a statement that bread sales are up 30 percent since the spring.`],
      'bread sales',
      [{ speaker: 'Janet Morrow', kind: 'reported', words: 'bread sales are up 30 percent since the spring' }],
    ],
    [
      '"he" may stand for a man whose first name is given to both sexes (eitherSex, first-names.json)',
      [`Sergeant Kim Tolliver of the county police closed the harbour road on Monday. He said the bridge would stay shut until the divers had checked its piers.`],
      'stay shut',
      [{ speaker: 'Kim Tolliver', kind: 'reported', words: 'the bridge would stay shut until the divers had checked its piers' }],
    ],
    [
      '"X described … and said" is X, not someone met in a phrase before',
      [`${background} In an interview with host Maria Benton, President Donald Trump described the plan as "a disaster" and said the unions are "backing a very bad deal for everyone".`],
      'very bad deal',
      [{ speaker: 'Donald Trump', kind: 'direct', words: 'backing a very bad deal for everyone' }],
    ],
    [
      'a claim inside a fronted clause ends with it',
      [`${background} A day after Senator Maria Lopez said she believed the unions would strike again, the talks resumed in the capital.`],
      'strike again',
      [{ speaker: 'Maria Lopez', kind: 'reported', words: 'the unions would strike again' }],
    ],
    [
      'a claim inside a fronted clause ends with it, a few words into the sentence too (FRONTED)',
      [`${background} Only hours after Senator Maria Lopez said she believed the unions would strike again, the talks resumed in the capital.`],
      'strike again',
      [{ speaker: 'Maria Lopez', kind: 'reported', words: 'the unions would strike again' }],
    ],
    [
      'a fronted clause too short to hold a claim is no one\'s claim: the sentence past its comma is not the speaker\'s (inFrontedClause)',
      [`${background} Just hours after Mayor Tom Reyes announced his retirement, the race to lead the harbour council was wide open.`],
      'wide open',
      [],
    ],
    [
      '"As <speaker> notes, <claim>" closes its fronted clause on the verb: the claim after it is the speaker\'s (AS_SAYS)',
      [`${background} As Senator Maria Lopez notes, the harbour fund has not grown in ten years.`],
      'harbour fund',
      [{ speaker: 'Maria Lopez', kind: 'reported', words: 'As Senator Maria Lopez notes, the harbour fund has not grown in ten years.' }],
    ],
    [
      '"he" is the last speaker, not a name met in a phrase since',
      [`${background} Senator Tom Lopez said the unions would strike again. Speaking after talks with visiting minister John Carter, he said the deal was dead.`],
      'deal was dead',
      [{ speaker: 'Tom Lopez', kind: 'reported', words: 'the deal was dead' }],
    ],
    [
      '"he" is a new subject introduced since the last speaker',
      [`${background} Senator Tom Lopez said the unions would strike again. John Carter is the union leader. He said the strike would go ahead.`],
      'go ahead',
      [{ speaker: 'John Carter', kind: 'reported', words: 'the strike would go ahead' }],
    ],
    [
      '"the shipping firm said" is the organisation described as a shipping company',
      [`${background} The ferry is chartered by the Scottish shipping company Brora Kesh and owned by Kestrel Holdings. The passengers were all safe and no cars were damaged, the shipping firm said.`],
      'no cars were damaged',
      [{ speaker: 'Brora Kesh', kind: 'reported', words: 'The passengers were all safe and no cars were damaged' }],
    ],
    [
      '"the California Democrat said" is a person who has spoken, not one merely named since',
      [`Senator Alma Whitcomb said the review of the port would be complete. The agency inspected the boats of Mayor Greta Vogel. In a statement, the Oregon Democrat said the harbour board had promised to pay.`],
      'promised to pay',
      [{ speaker: 'Alma Whitcomb', kind: 'reported', words: 'the harbour board had promised to pay' }],
    ],
    [
      'a party label in parentheses does not hide the apposition after the name',
      [`${background} Rep. Maria Lopez (D-Calif.), another critic of the agency, said in a statement that “the contract is a waste of money at a time of cuts.”`],
      'waste of money',
      [{ speaker: 'Maria Lopez', kind: 'direct', words: 'the contract is a waste of money at a time of cuts.' }],
    ],
    [
      'a spaced en dash closes a clause: the name before it is no subject of what follows',
      ['Carys Lowell was arrested in June. Lowell faces two counts of theft for the loss of paintings owned by John Carter – charges she said she is guilty of.'],
      'guilty of',
      [{ speaker: 'Carys Lowell', kind: 'reported', words: 'she is guilty of' }],
    ],
    [
      'a quote may open with one kind of mark and close with the other',
      ['Governor Ann Lowell spoke on Monday. She said: “The levees will hold through the night and the town is safe."'],
      'levees',
      [{ speaker: 'Ann Lowell', kind: 'direct', words: 'The levees will hold through the night and the town is safe.' }],
    ],
    [
      '"he" is no group named like a person ("House Democrats")',
      ['President Tom Carter spoke to House Democrats about the budget. House Democrats said they would vote for the bill. "Something made you want to serve your town in the first place," he said.'],
      'made you want',
      [{ speaker: 'Tom Carter', kind: 'direct', words: 'Something made you want to serve your town in the first place,' }],
    ],
    [
      '"she" is a speaker the article names by surname only',
      [`${background} Brandt said her umbrella was taken from her at the concert hall door last week. "I'd like to know how an umbrella can hurt anyone at a concert," she said.`],
      'like to know how',
      [{ speaker: 'Brandt', kind: 'direct', words: "I'd like to know how an umbrella can hurt anyone at a concert," }],
    ],
    [
      'an age between commas is an apposition, and "pleaded" keeps its plea',
      [`${background} Former officer Eric Lowell, 26, pleaded not guilty on Monday to a charge of assault.`],
      'not guilty',
      [{ speaker: 'Eric Lowell', kind: 'reported', words: 'pleaded not guilty on Monday to a charge of assault' }],
    ],
    [
      'a surname that is also a common word names the person where it opens a sentence',
      ['Librarian Ellen Baker spent two years in the town archives. Baker says the old maps deserve to be seen by everyone.'],
      'deserve',
      [{ speaker: 'Ellen Baker', kind: 'reported', words: 'the old maps deserve to be seen by everyone' }],
    ],
    [
      'a description that opens the sentence speaks: "The agency denied …"',
      ['The Federal Emergency Management Agency sent teams to the valley on Monday. The agency denied that it had ignored warnings about the levee for two years.'],
      'ignored warnings',
      [{ speaker: 'Federal Emergency Management Agency', kind: 'reported', words: 'it had ignored warnings about the levee for two years' }],
    ],
    [
      '"according to" a description is the person it describes',
      ['Governor Ann Lowell toured the flooded towns of the valley on Monday. Every road will be open again by the spring, according to the governor.'],
      'open again',
      [{ speaker: 'Ann Lowell', kind: 'reported', words: 'Every road will be open again by the spring' }],
    ],
    [
      '"according to" a description\'s office is the holder',
      ['Governor Ann Lowell toured the flooded towns of the valley on Monday. Every road will be open again by the spring, according to the governor\'s office.'],
      'open again',
      [{ speaker: 'Ann Lowell', kind: 'reported', words: 'Every road will be open again by the spring' }],
    ],
    [
      'a phrase of where or how between commas does not hide the speaker',
      ['Governor Ann Lowell toured the flooded towns of the valley on Monday. The governor, speaking at a news conference, said every road would be open again by the spring.'],
      'open again',
      [{ speaker: 'Ann Lowell', kind: 'reported', words: 'every road would be open again by the spring' }],
    ],
    [
      '"has long maintained" is the subject\'s claim',
      [`${background} Senator Maria Lopez has long maintained that the unions would strike again before the summer.`],
      'strike again',
      [{ speaker: 'Maria Lopez', kind: 'reported', words: 'the unions would strike again before the summer' }],
    ],
    [
      'a claim stops where an unnamed speaker\'s clause opens, and that speaker\'s "that" is not its own',
      ['Iceland has faced a year of strikes, and Iceland says it is fighting smugglers. The government blames "students" for the broken windows but the opposition says that hired guards may have broken them.'],
      'broken them',
      [{ speaker: 'Iceland', kind: 'reported', words: 'blames "students" for the broken windows' }],
    ],
    [
      '"the opposition" an article names nowhere is the one actor of the cluster named so, each speaker with a clause of the sentence',
      [
        'Crowds blocked the port on Monday, opposition activists said. Forty boats were stuck in the harbour, opposition activists said.',
        'Iceland has faced a year of strikes, and Iceland says it is fighting smugglers. The government blames "students" for the broken windows but the opposition says that hired guards may have broken them.',
      ],
      'broken them',
      [
        { speaker: 'Iceland', kind: 'reported', words: 'blames "students" for the broken windows' },
        { speaker: 'opposition activists', kind: 'reported', words: 'hired guards may have broken them' },
      ],
    ],
    [
      '"he" after "…the son-in-law …, and" is the person described so',
      ['Owen Fairley drove to the county fair with his son-in-law, Marco Bellini, on Saturday. Owen Fairley was found asleep in his van. Stewards saw the son-in-law at the gate, and he said that they had lost each other in the crowd.'],
      'in the crowd',
      [{ speaker: 'Marco Bellini', kind: 'reported', words: 'they had lost each other in the crowd' }],
    ],
    [
      '"He added" after an unnamed speaker is that speaker, not a man named long before',
      ['President Tom Carter spoke on Monday about the clashes. Troops were deployed across the capital. A resident of the old quarter said rifles were used in the fight. He added that the fight was near the station and the house of a judge.'],
      'near the station',
      [],
    ],
    [
      'a claim stops at ", while <another speaker> warned"',
      ['Governor Ann Lowell toured the valley with Senator Tom Carter on Monday. Lowell insisted the roads would be open by spring, while Carter warned that the levee could fail again.'],
      'could fail again',
      [
        { speaker: 'Ann Lowell', kind: 'reported', words: 'the roads would be open by spring' },
        { speaker: 'Tom Carter', kind: 'reported', words: 'the levee could fail again' },
      ],
    ],
    [
      'two appositions between commas, an age and a party, do not hide the speaker',
      ['Governor Ann Lowell toured the valley on Monday. Lowell, 54, a Republican, said every road would be open again by the spring.'],
      'open again',
      [{ speaker: 'Ann Lowell', kind: 'reported', words: 'every road would be open again by the spring' }],
    ],
    [
      'what follows "told" or "said of" after a quote too short to stand is no claim',
      ['Governor Ann Lowell toured the valley on Monday. "We will rebuild," Lowell told the Associated Press. "It\'s a disgrace," Lowell said of the response.'],
      'Associated Press',
      [],
    ],
    [
      '"According to <name>, <claim>": the claim starts past the name',
      ['Senator Tom Carter toured the valley on Monday. According to Carter, the agency ignored every warning about the levee for two years.'],
      'every warning',
      [{ speaker: 'Tom Carter', kind: 'reported', words: 'the agency ignored every warning about the levee for two years' }],
    ],
    [
      '"According to the lawsuit, <claim>": whoever filed it, the claim past the description',
      ['Grocer Ann Lowell is named in a lawsuit filed by Mercy Hospital on Tuesday. According to the lawsuit, the porters were moving a bed when Lowell\'s van hit them.'],
      'were moving',
      [{ speaker: 'Mercy Hospital', kind: 'reported', words: "the porters were moving a bed when Lowell's van hit them" }],
    ],
    [
      'a subject ending in "-ly" that is no adverb ("The family") is kept before the verb',
      ['Amir Lowell fell ill on the ferry on Monday. Her family said she was resting at the home of her sister after the trip.'],
      'home of her sister',
      [{ speaker: "Lowell's family", kind: 'reported', words: 'she was resting at the home of her sister after the trip' }],
    ],
    [
      '"she" is no man the story describes as one ("her son, Darel Lowell"), though his first name does not tell',
      ["Helen Moss thanked the rescuers of her 20-year-old son, Darel Lowell, on Monday.\n\nDarel Lowell was lost on the hills above the town on June 3. He had just left the car park when the fog came down, police said.\n\nLowell did not answer his phone that night. A shepherd found Lowell at dawn, police said.\n\nLowell's mother, who had waited at the farm all night, said she wants to thank the shepherd who found her son."],
      'waited at the farm',
      [{ speaker: 'Helen Moss', kind: 'reported', words: 'to thank the shepherd who found her son' }],
    ],
    [
      'a title the story gives no one ("the witness") is nobody, not whoever spoke last',
      ['Senator Tom Carter spoke about the crash on Monday. "The roads must be safer," Carter said. "The car hit him twice and then drove off," the witness said.'],
      'drove off',
      [],
    ],
    [
      '"the Maine Democrat" is a lawmaker of no other state, not the Democrat from Nevada named last',
      ['Rep. Nils Lindahl and Rep. Paul Okoro, D-Nev., met the president on Monday. "We will not vote for cuts to the ferry fund," Okoro said. "The question is how long he will hold out for it," the Maine Democrat said.'],
      'how long',
      [{ speaker: 'Nils Lindahl', kind: 'direct', words: 'The question is how long he will hold out for it,' }],
    ],
    [
      '"was never told": the subject is who was told, nobody speaks',
      ['Ann Lowell left the village choir in 1994. For years, nobody in the choir asked about her, and Lowell was never told of the reunion.'],
      'never told',
      [],
    ],
    [
      '"he" is the person a sentence too short to show is about',
      ['Drummer Kevin Ashdown and singer Marcus Valdez met reporters in Leeds on Monday. Ashdown said: "I think the fans would enjoy one more tour." Valdez, however, is firm. The odds of the group touring again are, he says, close to nothing at all.'],
      'touring again',
      [{ speaker: 'Marcus Valdez', kind: 'reported', words: 'close to nothing at all' }],
    ],
    [
      '"the monitoring group said" is the organisation that spoke a sentence before, not one named since',
      ['The Lakeland Birdwatch Group said hunters raided the marsh at Kestrel Fen on Monday. Inspectors from the Wildlife Trust are visiting the region. Hunters also shot four geese near Harlow, the monitoring group said.'],
      'four geese',
      [{ speaker: 'Lakeland Birdwatch Group', kind: 'reported', words: 'Hunters also shot four geese near Harlow' }],
    ],
    [
      'a weak verb of guessing, "speculated that", is a claim of its subject (weak, speech-verbs.json)',
      [`${background} Dr. Maria Lopez speculated that the flood had washed the seeds far downstream.`],
      'washed the seeds',
      [{ speaker: 'Maria Lopez', kind: 'reported', words: 'the flood had washed the seeds far downstream' }],
    ],
    [
      '"was tweeting that" is a claim of its subject (verbs, speech-verbs.json)',
      [`${background} By Friday, Senator Maria Lopez was tweeting that the budget would never get through the House.`],
      'never get through',
      [{ speaker: 'Maria Lopez', kind: 'reported', words: 'the budget would never get through the House' }],
    ],
    [
      'a quote too short for the quote rules, then "said <name>, whose …": the claim is the quote and who said it, not the relative clause',
      [`${background} "Not again," said Ann Lowell, whose shop on the river flooded twice this year.`],
      'Not again',
      [{ speaker: 'Ann Lowell', kind: 'reported', words: '"Not again," said Ann Lowell' }],
    ],
    [
      'a short quote before "said <name>, <apposition>": the words said are the quote, not the apposition',
      [`${background} "Not this year," said Mayor Ann Lowell, a member of the harbour board.`],
      'Not this year',
      [{ speaker: 'Ann Lowell', kind: 'reported', words: '"Not this year," said Mayor Ann Lowell' }],
    ],
    [
      '"said <name>, who noted that …" after a quote: the nearer "said" brings in the quote',
      [`${background} "We will rebuild the bridge before the winter comes," said Ann Lowell, who noted that the county had set the money aside.`],
      'rebuild the bridge',
      [{ speaker: 'Ann Lowell', kind: 'direct', words: 'We will rebuild the bridge before the winter comes,' }],
    ],
    [
      '"the statement read" after a quote: the one who issued the statement (documentReads, speech-verbs.json)',
      ['The Harlow Rowing Club issued a statement on Sunday. "We are saddened by the loss of a great coach and friend," the statement read.'],
      'saddened by the loss',
      [{ speaker: 'Harlow Rowing Club', kind: 'direct', words: 'We are saddened by the loss of a great coach and friend,' }],
    ],
    [
      '"read" after no document is someone reading, not speaking (documentReads, speech-verbs.json)',
      ['The Harlow Rowing Club issued a statement on Sunday. Coach Ann Lowell read the statement aloud to the crowd at the boathouse.'],
      'aloud to the crowd',
      [],
    ],
    [
      'a speech verb inside an "after …" clause gives way to the main clause\'s: the spokesman speaks, not the mayor',
      [`${background} After Mayor Ann Lowell announced her support for the ferry plan, spokesman Tom Marsh said the campaign would open an office in Harlow.`],
      'open an office',
      [{ speaker: 'Tom Marsh', kind: 'reported', words: 'the campaign would open an office in Harlow' }],
    ],
    [
      'a speech verb inside a "when … that" clause gives way to the main clause\'s that follows it',
      [`${background} When Ann Lowell told the board that the roof would leak again, Tom Marsh said the repairs had been done twice.`],
      'repairs had been done',
      [{ speaker: 'Tom Marsh', kind: 'reported', words: 'the repairs had been done twice' }],
    ],
    [
      'a speech verb inside an "after …" clause still speaks where the sentence has no other',
      [`${background} After Ann Lowell said the roof would leak again, the board closed the hall for the winter.`],
      'roof would leak',
      [{ speaker: 'Ann Lowell', kind: 'reported', words: 'the roof would leak again' }],
    ],
  ])('%s', (_, docs, words, expected) => {
    expect(said(docs, words)).toEqual(expected);
  });
});

describe('marks of speakers the story does not name', () => {
  // A sentence marked as spoken by someone unnamed hands its "she" to no one the story names; the
  // marks live in the context and each run of the stage starts them afresh, so a mark left by an
  // earlier run (here: every sentence marked) changes nothing.
  const text = 'Mayor Ann Lowell said the harbour road would open by spring. The crowd at the pier cheered for a long time after the speech. She said the bridge would follow in the summer.';
  const speakers = (ctx: ReturnType<typeof runThrough>) => ctx.attributions.map((a) => ctx.actors[a.actor].name);
  it('a second run over the same context reads only its own marks', () => {
    const ctx = runThrough([text], attribution, false);
    ctx.spokenByUnnamed = new Set(ctx.sentences.map((s) => s.index));
    attribution(ctx);
    expect(speakers(ctx)).toEqual(['Ann Lowell', 'Ann Lowell']);
  });
  it('every word of unnamedSpeakers after a speech verb reads as an unnamed speaker', () => {
    for (const w of UNNAMED_SPEAKERS) expect(UNNAMED_SAID.test(`"The lane floods every spring," said a ${w} on the quay.`)).toBe(true);
    expect(UNNAMED_SAID.test('"The lane floods every spring," said the harbourmaster on the quay.')).toBe(false);
  });
  it('the walk marks a sentence an unnamed speaker spoke', () => {
    const ctx = runThrough(['Mayor Ann Lowell opened the harbour road on Monday. A fisherman said the road was too narrow for the vans.'], attribution);
    expect([...ctx.spokenByUnnamed!]).toEqual([1]);
  });
});

describe('quiet attributions', () => {
  // The summary does not let these quotes stand alone for having a speaker.
  const quiet = (docs: string[], words: string) => {
    const ctx = runThrough(docs, attribution);
    const s = ctx.sentences.find((x) => x.text.includes(words))!;
    return ctx.attributions.filter((a) => a.sentence === s.index).map((a) => [ctx.actors[a.actor].name, !!a.quiet]);
  };
  const text = `${background} "The new lift lets every reader reach the top floor for the first time," said head librarian Dr. Ann Lowell on Tuesday. "It is a big day for the families who use the library."`;
  it('a quote whose speaker is named past a title after the verb is quiet', () => {
    expect(quiet([text], 'top floor')).toEqual([['Ann Lowell', true]]);
  });
  it('so is the quote that goes on from it', () => {
    expect(quiet([text], 'big day')).toEqual([['Ann Lowell', true]]);
  });
  it('a quote whose speaker follows the verb alone is not', () => {
    expect(quiet([`${background} "The new lift lets every reader reach the top floor," said Ann Lowell. "It is a big day for the families who use the library."`], 'big day')).toEqual([['Ann Lowell', false]]);
  });
});

describe('a speech verb in another sense', () => {
  // [row of NOT_SPEECH, articles, words of the sentence]
  const rows: [string, string, string][] = [
    ['charged-with', 'Darnell Lowell crashed a stolen car on Saturday night. Lowell waited for the police and was then charged with reckless driving.', 'reckless driving'],
    ['charged-with', 'Kenneth Lowell was stopped on Monday. Authorities have arrested Kenneth Lowell and charged him with theft of a bicycle.', 'theft of a bicycle'],
    ['charged-ones', 'Ann Lowell, a lawyer in Harlow, was arrested on Friday with two clerks of her firm. The lawyer charged was released on bail the next morning at the county court.', 'released on bail'],
    ['added-a-number', 'The Gulls won the title on Thursday. Point guard Tony Marsh, the hero of Game 3, added 12 points and Sam Danner had 9.', '12 points'],
    ['in-a-wh-clause', 'Timothy Lowell won the village baking contest on Monday. Lowell was away at a wedding, so it is unclear what Timothy Lowell plans to bake next year.', 'bake next year'],
    ['in-a-wh-clause', 'Mark Lowell spoke to the radio on Monday. We asked him whether he thought Mayor Tom Carter would back the ferry plan.', 'ferry plan'],
    ['in-a-wh-clause', 'Senator Ann Lowell will testify next week. She will be asked about what Donald Trump actually said in the meeting.', 'actually said'],
    ['in-a-wh-clause', 'Senator Ann Lowell met voters on Monday. If Lowell believes that the banks should be left alone, she will lose the vote.', 'left alone'],
    ['in-a-question', 'President Barack Obama spoke about profits on Monday. Was the President saying Washington decides which wages are too low?', 'which wages'],
    ['after-a-determiner', 'Brian Lowell reads the news on NBC. Brian Lowell, the anchor of the show, used the reported rumble to make a joke.', 'reported rumble'],
    ['continued-a-course', 'Ann Lowell took over the bridge project in May. Ann Lowell continued the repairs on the bridge through the whole winter.', 'through the whole winter'],
    ['passive-by', 'The Harlow Town Council met on Friday to plan the vote. The harbour plan could pass the council backed by the fishermen and some shop owners.', 'backed by'],
    ['declined-to-speak', 'Coach Ruth Amsel lost the final on Sunday. Ruth Amsel declined to comment on the refereeing after the match.', 'refereeing'],
    ['it-feels-like', 'The Harlow Radio Club began a new show in May. The show runs every Friday night. It just feels like the old shows are being played again with new hosts.', 'old shows'],
    ['declined-to-speak', 'Coach Ruth Amsel lost the final on Sunday. Ruth Amsel refused to give her full name to the reporters at the gate.', 'full name'],
    ['blasted-through', 'Fire crews reached the mill on Sunday. Fire chief Ann Lowell blasted through the locked gate with her truck to reach the flames.', 'locked gate'],
  ];
  it.each(rows)('%s: %s', (_, text, words) => {
    const ctx = runThrough([text], attribution);
    const s = ctx.sentences.find((x) => x.text.includes(words))!;
    expect(ctx.attributions.filter((a) => a.sentence === s.index)).toEqual([]);
  });

  it('every sense has a test row', () => {
    expect(NOT_SPEECH.map((n) => n.name).sort()).toEqual([...new Set(rows.map(([name]) => name))].sort());
  });
});

describe('acts that state what an actor wants', () => {
  // [row of ACTIONS, articles, words of the sentence, actor, the claim]
  const rows: [string, string, string, string, string][] = [
    ['intent', 'The Colorado Gulls printed the wrong date on the match tickets. The Gulls plan to reprint the tickets with the right date before the season.', 'reprint', 'Colorado Gulls', 'plan to reprint the tickets with the right date before the season'],
    ['legal-action', 'Ramesh Lowell slipped on the ice at the skating rink in March. The family has hired a lawyer in Harlow to take the Harlow Leisure Trust to court.', 'lawyer in Harlow', "Lowell's family", 'hired a lawyer in Harlow to take the Harlow Leisure Trust to court'],
    ['legal-action', 'Carla Lowell met the governor in May. Carla Lowell filed a lawsuit against the county over the ballots on Tuesday.', 'the ballots', 'Carla Lowell', 'filed a lawsuit against the county over the ballots on Tuesday'],
    ['agreement', 'Paul Andre owns a chain of bakeries in the north. Paul Andre agreed to buy the flour mill Kestrel Mills for $4 million.', 'flour mill', 'Paul Andre', 'agreed to buy the flour mill Kestrel Mills for $4 million'],
    ['call', 'Attorney General Ellen Hart spoke in Harlow on Monday. Hart called for a full audit of the accounts of the harbour board.', 'full audit', 'Ellen Hart', 'called for a full audit of the accounts of the harbour board'],
    ['seeking', 'Marta Olsen owns a bakery in Dover. Marta Olsen is seeking to overturn the new zoning rules for the harbour district.', 'zoning rules', 'Marta Olsen', 'is seeking to overturn the new zoning rules for the harbour district'],
    ['push', 'Senator Gina Moraes chairs the transport panel. Moraes has pushed for a new rail tunnel under the bay since 2019.', 'rail tunnel', 'Gina Moraes', 'pushed for a new rail tunnel under the bay since 2019'],
    ['refusal', 'District Attorney Nils Varga reviewed the crash report in May. Varga declined to file charges against the driver of the truck.', 'file charges', 'Nils Varga', 'declined to file charges against the driver of the truck'],
    ['ruling', 'Judge Petra Lind heard the case in June. Lind ruled that the county had broken its own rules on the ballots.', 'own rules', 'Petra Lind', 'the county had broken its own rules on the ballots'],
    ['apology', 'Mayor Tomas Rey toured the flooded streets. Rey apologized for the slow response of the city crews on Sunday.', 'slow response', 'Tomas Rey', 'apologized for the slow response of the city crews on Sunday'],
  ];
  it.each(rows)('%s: %s', (act, text, words, actor, claim) => {
    const ctx = runThrough([text], attribution, false);
    const trace = new Map<number, string[]>();
    attribution(ctx, trace);
    const s = ctx.sentences.find((x) => x.text.includes(words))!;
    const found = ctx.attributions.filter((a) => a.sentence === s.index).map((a) => ({ actor: ctx.actors[a.actor].name, claim: text.slice(a.start, a.end) }));
    expect(found).toEqual([{ actor, claim }]);
    expect(trace.get(s.index)).toContain(act);
  });

  it('an act stated in speech is the speech', () => {
    const text = 'Governor Ann Lowell toured the valley. Lowell said the state plans to rebuild every road by the spring.';
    const ctx = runThrough([text], attribution);
    expect(ctx.attributions.map((a) => [ctx.actors[a.actor].name, text.slice(a.start, a.end)])).toEqual([['Ann Lowell', 'the state plans to rebuild every road by the spring']]);
  });

  it('seeking, not: a past aim is the story of what happened, not an act', () => {
    const text = 'Ann Lowell ran the harbour board for ten years. The board grew when Ann Lowell was seeking to widen the harbour channel.';
    const ctx = runThrough([text], attribution);
    expect(ctx.attributions).toEqual([]);
  });

  it('every act has a test row', () => {
    expect(ACTIONS.map((a) => a.name).sort()).toEqual([...new Set(rows.map(([act]) => act))].sort());
  });
});

describe('speaker and quote rules', () => {
  /** Who speaks in the sentence holding `words`, and the rules that decided. */
  function traced(docs: string[], words: string) {
    const ctx = runThrough(docs, attribution, false);
    const trace = new Map<number, string[]>();
    attribution(ctx, trace);
    const s = ctx.sentences.find((x) => x.text.includes(words))!;
    return { speakers: ctx.attributions.filter((a) => a.sentence === s.index).map((a) => ctx.actors[a.actor].name), rules: trace.get(s.index) ?? [] };
  }

  // [rule, articles, words of the sentence, speaker]
  const rows: [string, string, string, string][] = [
    ['subject-of-relative-clause', `${background} Jason Pryor, who said on Monday he had his "best boots" ready, told Andrew Keane that "the club has a duty and a right to keep the path open."`, 'duty and a right', 'Jason Pryor'],
    ['subject-of-relative-clause', 'The Lakeland Birdwatch Group, which counts birds on every lake in the county, said 12 geese were shot on the marsh on Monday.', '12 geese', 'Lakeland Birdwatch Group'],
    // …past the party and state after the name; the claim follows the verb.
    ['subject-of-relative-clause', `${background} Sen. Tom Marsh (R-Ohio), who opposes the ferry bill, said he would not block a swift vote on the final text.`, 'swift vote', 'Tom Marsh'],
    // A speech verb that hangs on a verb of its own: that verb's subject speaks.
    ['subject-quoted-as-saying', `${background} Tom Marsh was charged in May. "The tapes were made without a warrant and cannot be used at trial," Marsh was quoted as saying.`, 'without a warrant', 'Tom Marsh'],
    ['subject-quoted-as-saying', `${background} Tom Marsh was charged in May. "We can settle the whole dispute before the harvest," Marsh was heard saying, according to the complaint.`, 'settle the whole dispute', 'Tom Marsh'],
    ['subject-went-on-to-say', `${background} The zoo kept its penguins inside on Sunday. Ann Lowell, the curator, spoke to reporters. Lowell went on to say that "these birds can stand the cold but not the ice on the paths."`, 'stand the cold', 'Ann Lowell'],
    ['member-of-relative-clause-body', `${background} David Cole, of the Kent Canal Society, which ran the clean-up, said that a lock and a towpath were rebuilt when the mill reopened.`, 'a towpath', 'David Cole'],
    // A participle after a main verb of no speech speaks with the sentence's subject, past an opening phrase.
    ['subject-of-participle-after-act', `${background} In a long interview on Friday with the Harbour Courier, Tom Marsh stood by his crew, saying the younger rowers had earned their seats.`, 'earned their seats', 'Tom Marsh'],
    ['subject-speaks-again', `${background} In an interview with host Maria Benton, President Donald Trump described the plan as "a disaster" and said the unions are "backing a very bad deal for everyone".`, 'very bad deal', 'Donald Trump'],
    // …not one named after a preposition, whatever verb follows the name.
    // Not one named only in the quoted words of a sentence before.
    ['pronoun', `${background}\n\nPaul Hensley spoke on the radio. The host asked about the polls. “It has been this way ever since Dr. Tom Marsh first ran the survey in 1950,” the pollster said.\n\n“Our method is very solid and very open,” he added.`, 'very solid', 'Paul Hensley'],
    ['subject-speaks-again', `${background} Tom Marsh doubts the letters to Ann Lowell were threats, but says the sender wrote forty of them in a month.`, 'forty of them', 'Tom Marsh'],
    // …past an apposition or an adverb; and within a clause of when, the one who opens it.
    ['subject-speaks-again', `${background} Ann Lowell, the head of the rowing club, toured the flooded boathouse on Monday and said the crews would row again in the spring.`, 'row again', 'Ann Lowell'],
    ['subject-speaks-again', `${background} Tom Marsh quietly toured the flooded boathouse and said the crews would row again in the spring.`, 'row again', 'Tom Marsh'],
    ['subject-speaks-again', `${background} The rowers cheered on Monday when coach Ann Lowell opened the new boathouse and said the crews would row again in the spring.`, 'row again', 'Ann Lowell'],
    ['subject-of-participle', `${background} Senator Maria Lopez rounded on the unions, saying they had stalled the talks for a month.`, 'stalled the talks', 'Maria Lopez'],
    // …with no comma after a document the subject issued: the one who issued it.
    ['subject-of-participle', `${background} The Harlow Port Authority, which runs the docks, issued a statement saying the cranes would be repaired by June.`, 'cranes would be repaired', 'Harlow Port Authority'],
    ['subject-of-participle', `${background} Ann Lowell could not attend the hearing, but she released a statement that night, saying the cranes would be repaired by June.`, 'cranes would be repaired', 'Ann Lowell'],
    ['subject-of-participle', 'The Harlow County Department of Health inspected the bakery in May. The Harlow Jobs Office will help the staff find other work, a county health official said, adding that the law bars any further comment.', 'bars any further comment', 'Harlow County Department of Health'],
    ['name-after-description', `${background} Tom Marsh was charged in May. Marsh's attorney, Ann Lowell, said Monday that her client was at home that night.`, 'at home that night', 'Ann Lowell'],
    ['name-after-description', `${background} Dana Reyes was found on Friday. Tom Reyes had searched for her for years. "We are grateful that she is home at last," her father, Tom Reyes, said in a statement.`, 'grateful that she', 'Tom Reyes'],
    ['name-after-description', `${background} Mia Tran led a team of lawyers for the families. One of the lawyers, Mia Tran, told reporters the families would sue the county.`, 'sue the county', 'Mia Tran'],
    ['description-after-verb', 'Governor Ann Lowell toured the flooded towns on Monday.\n\n"We will rebuild every house and every road in this valley," said the governor.', 'every road', 'Ann Lowell'],
    // A longer title after the verb, one that names a body or holds a possessive; after the name, when, where or a second speaker.
    ['titled-speaker-after-verb', `${background} The two injured deputies were in good condition at the hospital, said Orne County Chief Deputy Pete Brandt.`, 'good condition', 'Pete Brandt'],
    ['titled-speaker-after-verb', `${background} Dale Keller was charged on Friday. Keller was at home with his children that night, said Keller's lawyer, Nina Ortiz.`, 'with his children', 'Nina Ortiz'],
    ['titled-speaker-after-verb', `${background} The bridge will stay closed until the spring, said Rep. Ann Lowell (R-Ohio) outside the chamber on Tuesday.`, 'stay closed', 'Ann Lowell'],
    // …of a quote too.
    ['titled-speaker-after-verb', `${background} "The new lift lets every reader reach the top floor for the first time," said head librarian Dr. Ann Lowell on Tuesday.`, 'top floor', 'Ann Lowell'],
    ['titled-speaker-after-verb', `${background} Ann Lowell and Tom Marsh studied the levee for a year. The levee had never been inspected, wrote Lowell and Marsh in their report.`, 'never been inspected', 'Ann Lowell'],
    ['speaker-after-verb', `${background} The council was treating the flooding as a case of poor upkeep, said Hiroshi Tanabe, a regional water board official.`, 'poor upkeep', 'Hiroshi Tanabe'],
    ['speaker-after-verb', `${background} "Our ferry crews drill every month and know the harbour," said Captain Ann Lowell of the Harbour Board.`, 'ferry crews', 'Ann Lowell'],
    // …then the speaker's party and state.
    ['speaker-after-verb', `${background} "We will not give up on the bridge," said Rep. Tom Marsh (R-Ohio), chairman of the transport committee.`, 'give up on the bridge', 'Tom Marsh'],
    ['speaker-after-verb', `${background} "The river rose faster than anyone expected," said Sen. Ann Lowell (Maine).`, 'river rose faster', 'Ann Lowell'],
    ['spokesperson-of-named', 'Governor Ann Lowell toured the flooded valley on Monday. Lowell\'s office said in a statement that every road would be open again by the spring.', 'open again', 'Ann Lowell'],
    ['spokesperson-of-named', 'Governor Ann Lowell toured the flooded valley on Monday. A spokesman for Ann Lowell said every road would be open again by the spring.', 'open again', 'Ann Lowell'],
    // A description with a possessive: the body named for the office, else its holder.
    ['spokesperson-of-described', 'Senator Ann Lowell toured the flooded valley on Monday. The senator\'s office said in a statement that every road would be open again by the spring.', 'open again', 'Ann Lowell'],
    ['spokesperson-of-described', 'The Marsh County Sheriff\'s Office searched the lake on Tuesday. Divers found the boat near the dam. The sheriff\'s office said the search would resume at dawn.', 'resume at dawn', "Marsh County Sheriff's Office"],
    ['description-after-verb', 'Governor Ann Lowell toured the flooded towns on Monday.\n\n"We will rebuild every house and every road in this valley," said the governor\'s spokesman.', 'every road', 'Ann Lowell'],
    ['sender-of-one-sent-to-named', `${background} The Norwegian government held talks with Chile in May. Norway\'s special envoy to Chile said on Thursday that the talks would resume in the autumn. Chile said the talks were useful.`, 'talks would resume', 'Norway'],
    ['sender-of-one-sent-to-named', `${background} The Norwegian government held talks with Chile in May. An adviser to Chile said on Thursday that the talks would resume in the autumn. Chile said the talks were useful.`, 'talks would resume', ''],
    ['named-subject', 'Tom Marsh Sr. and his wife drove to the market on Friday. Tom Marsh Sr. says the sale of the farm was put off because no buyer was found.', 'sale of the farm', 'Tom Marsh Sr'],
    ['named-subject', `${background} Senator Maria Lopez said on Tuesday that the budget would pass before the summer recess.`, 'would pass', 'Maria Lopez'],
    // An aside between two dashes before the verb drops out, as a parenthesis does.
    ['named-subject', `${background} The old mill closed in 1990. But Prof Ann Lowell - who ran the survey of the river for the county - said the water was cleaner than it had been in fifty years.`, 'fifty years', 'Ann Lowell'],
    ['named-subject', `${background} Senator Ann Lowell — who voted for the dam in 2004 — said the lake should now be drained.`, 'lake should now be drained', 'Ann Lowell'],
    // An emphatic or modal auxiliary between the subject and its verb.
    ['named-subject', `${background} Tom Marsh, the head of the roads panel, would only say Friday that the bridge will reopen in May.`, 'reopen in May', 'Tom Marsh'],
    // A word that may be a verb ("state", "campaign") modifies the role after it.
    ['name-after-description', `${background} The state auditor, Ann Lowell, has said her team will appeal the ruling.`, 'appeal the ruling', 'Ann Lowell'],
    // A surname the entity stage does not read alone (a title or a common word): the one person whose full name ends with it.
    ['surname-before-verb', 'Dana King opened her bakery on Harlow Street on Sunday morning. "The line reached the corner long before the doors even opened," King said.', 'reached the corner', 'Dana King'],
    ['surname-after-verb', 'Dana King opened her bakery on Harlow Street on Sunday morning. "The line reached the corner long before the doors even opened," said King, who ran the shop for ten years.', 'reached the corner', 'Dana King'],
    ['person-of-place', `${background} Congresswoman Laura Whitcomb of Oregon told community leaders on Tuesday that the port has grown much safer.`, 'much safer', 'Laura Whitcomb'],
    ['official-of-country', 'Norway summoned the Danish ambassador over the cod quota on Monday. Norway wants a reply within a week, and Norway may leave the fishing pact. A top Norwegian official said the pact should be put on hold until the stocks are counted again.', 'put on hold', 'Norway'],
    ['spokesperson-of-organisation', `${background} The Harlow Rowing Club hired a new coach in May. Harlow Rowing Club leaders said the regatta would move to the northern lake next summer.`, 'northern lake', 'Harlow Rowing Club'],
    ['spokesperson-of-organisation', `${background} Asked to respond, a Brantwood Ferry Company spokesman reiterated that "the night crossing was dropped after a review of the whole timetable."`, 'night crossing was dropped', 'Brantwood Ferry Company'],
    ['organisation-by-noun', 'The Milford Police Department closed the park on Tuesday.\n\nA fallen oak had blocked the main path since the storm, police later wrote in a Facebook post.', 'main path', 'Milford Police Department'],
    ['authorities-of-the-force', 'The Milford Police Department searched the beach on Tuesday.\n\nThe two men had left the harbor before dawn, authorities said.', 'before dawn', 'Milford Police Department'],
    // Two bodies that could be meant: nobody.
    ['authorities-of-the-force', 'The Milford Police Department and the State Department closed the fake clinic on Tuesday.\n\nThe clinic had sold forged papers for years, authorities said.', 'forged papers', ''],
    ['authorities-of-the-force', 'The Milford Police Department and the Kent County Sheriff\'s Office searched the beach on Tuesday.\n\nThe two men had left the harbor before dawn, authorities said.', 'before dawn', ''],
    ['pronoun', 'Janet Morrow toured the new bakery on Tuesday. She travelled with Mayor Tom Ridley and two inspectors. She said in a statement that bread sales are up 30 percent since the spring.', 'bread sales', 'Janet Morrow'],
    ['pronoun', 'The museum opened in May. Curator Helen Osei said the museum was too small. Under the last mayor, she said, the museum doubled its staff.', 'doubled its staff', 'Helen Osei'],
    ['pronoun', 'Quinn Lowell sued her landlord on Tuesday, saying her lease with him is void. Her lawyer is Michael Danforth. Lowell said the lease was never signed. He said there was no question the landlord knew about the leak in the roof.', 'no question', 'Michael Danforth'],
    ['named-subject', 'Rubbish was found dumped in a field near Harlow on Monday. Ann Lowell, an inspector with the Kent County Council says she plans to fine the owner of the field.', 'fine the owner', 'Ann Lowell'],
    // A person the story does not name, located by the body or place named after "in" or "at": nobody, not the body.
    ['one-located-at-named-body', 'The Harlow Savings Bank opened a branch in Kilbride in May. Tom Marsh ran the branch for a year. Marsh\'s manager at the Harlow Savings Bank once told him the branch would never turn a profit.', 'never turn a profit', ''],
    ['one-located-at-named-body', `${background} The Norwegian government held talks with Chile in May. Chile said the talks were useful. The regional fisheries officer in Chile reports that the catch fell by half during the winter months.`, 'fell by half', ''],
    // One named in the sentence's own quoted words is spoken of, not speaking.
    ['pronoun', 'Tom Lowell, a historian in London, said the protests would spread to the capital. "But I think General Omar Haddad will put up a fight to the end," he said.', 'put up a fight', 'Tom Lowell'],
    ['pronoun', 'Her lawyer Tom Lowell spoke to reporters on Monday. "President Mark Lopez has not won anything in this case," he added.', 'not won anything', 'Tom Lowell'],
    // The person the sentence before opens with, not one it names later; not an owner.
    ['pronoun', 'Tom Marsh, a former harbour pilot who now teaches sailing, doubted at first that the new lighthouse would help Mayor Peter Lowell. But he said this week that the crowds at the lighthouse have made him change his mind.', 'change his mind', 'Tom Marsh'],
    ['pronoun', 'Senator Peter Lowell\'s post on Sunday drew more than $25,000 for the campaign by Monday, according to its manager, Tom Marsh. He said most of the gifts were small ones from other states.', 'gifts were small', 'Tom Marsh'],
    ['pronoun', 'Carys Lowell was arrested in June. Carys Lowell faces two charges over the theft of boats from Paul Marsh and Lucia Perez, charges she said she is guilty of.', 'faces two charges', 'Carys Lowell'],
    // A pronoun is never the one its own verb goes on to name: not the speaker before, whom the claim is about.
    ['pronoun-names-its-own-object', `${background}\n\n"We will row together," Coach Ann Lowell told the crew, according to the club secretary, Tom Marsh. She said Lowell would put every rower in the boat by dawn.`, 'every rower in the boat', ''],
    ['pronoun-names-its-own-object', `${background}\n\nOwen Hartley met the caretaker Ben Ruiz at the gate. "The boathouse was empty," Ruiz said. Later he told Ruiz the keys had been lost for a week.`, 'keys had been lost', ''],
    // A body that opens the sentence right before, after the last one that spoke.
    // "He" after a speaker the sentence before describes and leaves unnamed: that speaker, not the one named before; and so on down the chain.
    ['pronoun-goes-on-with-unnamed-speaker', 'Harbour master Tom Lowell said on Monday the pier would reopen in May. The fisherman, who lives by the pier, told reporters the tide came in fast. He said the boats were lost within an hour.', 'boats were lost', ''],
    ['pronoun-goes-on-with-unnamed-speaker', 'Harbour master Tom Lowell said on Monday the pier would reopen in May. The fisherman, who lives by the pier, told reporters the tide came in fast. He said the boats were lost within an hour. He said the nets were found on the rocks.', 'nets were found', ''],
    // "He" in a sentence that names a man before it, not as its subject: not the man who spoke before.
    ['pronoun-after-person-named-before-it', 'Coach Peter Lowell said on Monday the club would keep its boathouse. The storm may have pushed Mayor Tom Marsh to shut the pier early, after he said the repairs would cost too much.', 'repairs would cost', ''],
    // …but the same pronoun before the name is the subject the sentence goes on with.
    ['pronoun', 'Ann Lowell told the coastguard she had been robbed on Monday. When she got back to the quay, Robin Hale had gone, she said.', 'got back to the quay', 'Ann Lowell'],
    ['organisation-pronoun', 'Officials met in the capital on Monday. The Harlow Port Authority said on Monday that the cranes were safe. The dockers met the next day. The Kestrel Dockers Union is seeking a shorter week. It also wants a new contract for the night crews.', 'new contract', 'Kestrel Dockers Union'],
    ['organisation-pronoun', 'The Leeds-based Lakeland Birdwatch Group said 12 geese were shot on the marsh. It described the shooting "as the worst of its kind since the group began counting."', 'worst of its kind', 'Lakeland Birdwatch Group'],
    ['group-pronoun', 'The estate plan was published in May. Critics say that building homes on the marsh takes up huge areas of grazing land. They also say draining the marsh raises the risk of floods.', 'risk of floods', 'critics'],
    // Two people named as one subject spoke in the sentence before: "they" is the one read there.
    ['group-pronoun', 'The dig ran for two years. Dr. Ann Lowell and Tom Marsh told the Courier that the hall was older than the wall. They added that the site would be open to visitors in May.', 'open to visitors', 'Tom Marsh'],
    ['group-pronoun', 'The dig ran for two years. "The hall is older than the wall," wrote Ann Lowell and Dr. Tom Marsh in their paper. "The dates leave no doubt about the order of the building," they wrote.', 'leave no doubt', 'Ann Lowell'],
    ['group-pronoun', 'The estate plan was published in May. Building homes on the marsh takes up huge areas of grazing land, a critic of the plan said. They also say draining the marsh raises the risk of floods.', 'risk of floods', ''],
    ['official-of-described-organisation', 'The Federal Aviation Administration grounded the jets on Monday. The jets will stay on the ground until the inspections end, a senior administration official said.', 'inspections end', 'Federal Aviation Administration'],
    // A party's members in one chamber: the caucus the story names, not the chamber.
    ['party-in-chamber', 'House Republicans met behind closed doors on Tuesday. The House passed the farm bill a day later. The jobs bill will not reach the floor this year, House GOP leaders said.', 'reach the floor', 'House Republicans'],
    ['party-in-chamber', 'Senate Democrats met the governors on Monday. The Senate adjourned for the recess on Friday. Senate Democratic leaders said the farm bill would die in committee.', 'die in committee', 'Senate Democrats'],
    // No article before the voices: the one body whose name holds the words before them.
    ['officials-of-the-one-body', 'The Harlow County Lottery paid out a record prize in May. The winner took the prize in one payment, lottery officials said.', 'one payment', 'Harlow County Lottery'],
    ['officials-of-the-one-body', 'Nurses at Saint Brigid Hospital treated nine people on Friday. Two of them were sent home that night, hospital officials said.', 'sent home', 'Saint Brigid Hospital'],
    ['officials-of-the-one-body', 'The Carraway Public School District closed for the storm on Monday. Carraway school district officials said the classes would resume on Thursday.', 'resume on Thursday', 'Carraway Public School District'],
    ['government-of-country', 'The Lakeland Birdwatch Group counted 40 dead geese on Monday. Finland backs the fishing plan, and Finland has pressed its neighbours to accept it. "Both fleets must agree to a weekly pause to let the stocks recover," the foreign ministry said.', 'weekly pause', 'Finland'],
    ['official-of-described-organisation', 'The Harlow County Department of Health inspected the bakery in May. The bakery broke its written cleaning plan twice this year, a county health official told reporters.', 'written cleaning plan', 'Harlow County Department of Health'],
    ['government-of-country', 'Iceland relies on Finland for ferries, and Finland has long backed Iceland at the fishing talks. In Finland, the fleet chief met Foreign Minister Aino Laine, whose country has long been a friend of Reykjavik. "Both fleets must agree to a weekly pause to let the stocks recover," the foreign ministry said.', 'weekly pause', 'Finland'],
    ['official-introduced-before', 'The Harlow County Department of Health inspected the bakery in May. A county health official told reporters the bakery had mice in its store room. The bakery must stay shut until two checks in a row find no mice, the official said.', 'two checks in a row', 'Harlow County Department of Health'],
    // …a body's initials, or its name after "for", speaking in a clause between.
    ['official-introduced-before', 'Ann Lowell says the HBC network buried her story about the port. HBC aired a different report in May and said it stood by it. An HBC spokesperson said the story had been checked twice. It was never buried and it was never changed, the spokesperson told reporters.', 'never changed', 'HBC'],
    ['official-introduced-before', 'Ann Lowell says the network buried her story about the port. Northwind Broadcasting aired a different report in May and said it stood by it. A spokesperson for Northwind Broadcasting, speaking on condition of anonymity, denied her account. The story was never buried and the report was checked twice, the spokesperson told reporters.', 'checked twice', 'Northwind Broadcasting'],
    ['country-official-introduced-before', 'France and Norway met in Geneva on Monday to talk about the fishing deal. France wants larger quotas for its boats, and Norway wants smaller ones. A French official told reporters the talks had stalled over the quotas. The official said the boats would stay in port until the spring.', 'stay in port', 'France'],
    ['unnamed-speaker-described', 'Lorna Okafor, the deputy commissioner, said the bakery would be reviewed. A county health official told reporters the bakery had mice in its store room. The bakery must stay shut until two checks in a row find no mice, the official said.', 'two checks in a row', ''],
    ['passive-report', 'Carys Lowell moved to Harlow in June. At the start of the month, Lowell was said to be behind on her rent and was asked to leave the flat.', 'behind on her rent', ''],
    ['passive-report', 'The mill stands beside the old road out of town. Abbot Anselm is thought to have built the mill from the stones of an older bridge.', 'stones of an older bridge', ''],
    ['unnamed-source', 'Marla Lowell has run the family farm for ten years. Sources tell me that a cheese shop will open on the farm when the harvest is over.', 'cheese shop', ''],
    ['unnamed-source', 'Marla Lowell wants to stop the sale of the family farm. "Marla knows farming better than anyone in the valley," a friend of Marla tells me.', 'knows farming', ''],
    ['unnamed-source', 'Senator Maria Lopez spoke on Monday. People close to Maria Lopez said the senator would resign before the summer recess.', 'would resign', ''],
    ['unnamed-speaker-after-verb', 'Beth Lowell will open her café this month. "She shares every cake she bakes online, so why would her opening day stay private?" asked a friend.', 'every cake she bakes', ''],
    ['description', 'James Lowell, a lifelong Republican, left the port board on Tuesday. Representative Mark Danvers of Vermont said the audit must be released. "I really think the treasurer would have warned us about the debt," the Vermont Republican told reporters.', 'warned us about the debt', 'Mark Danvers'],
    // The officeholder the sentence before opens with, not a man who spoke earlier.
    ['description', 'Tom Lowell, a retired harbour master, spoke to the board on Monday. "We never saw the new charts," Lowell said. State Senator Richard Marsh raised doubts on Tuesday. "I expect the harbour master knew the channel had moved," the Ohio Republican told reporters.', 'channel had moved', 'Richard Marsh'],
    // No one named before fits: the one person of the story whose role the description heads.
    ['description', 'The bakery sold out on its first day. "We never expected the line to reach the corner," the Harlow founder said. Harlow founder Ann Lowell opened a second shop in May.', 'reach the corner', 'Ann Lowell'],
    // A longer description (a phrase after its head, an age), right after the one person who spoke.
    ['long-description', 'The pier has been closed since May, and Okafor wants it back. Tom Okafor said on Monday that the pier must be rebuilt before the winter storms. "We cannot wait for the council to act again," the former harbour pilot from Harlow said.', 'council to act again', 'Tom Okafor'],
    ['long-description', 'The pier has been closed since May, and Okafor wants it back. Tom Okafor said on Monday that the pier must be rebuilt before the winter storms. "We cannot wait for the council to act again," the 67-year-old added.', 'council to act again', 'Tom Okafor'],
    // A description no role holds, right after the one person who spoke: that person, named another way.
    ['description', 'The pier has been closed since May, and Okafor wants it back. Tom Okafor said on Monday that the pier must be rebuilt before the winter storms. "We cannot wait for the council to act again," the former harbour pilot said.', 'council to act again', 'Tom Okafor'],
    ['description', 'Senate Democratic leader Clara Alder was in Vermont on Monday. Senate Republican leader Tom Carver spoke in Ohio. When the Senate Democratic leader said that she would back the rail plan, Paul Denby thanked her.', 'back the rail plan', 'Clara Alder'],
    ['description', 'The park service said on Monday that its rangers keep the trails safe. President Donald Trump cut its funding in May. Last week the Trump administration vowed to sell two of the parks.', 'sell two of the parks', 'Donald Trump'],
    ['description', `${background} The ferry is chartered by the Scottish shipping company Brora Kesh. The passengers were all safe and no cars were damaged, the shipping firm said.`, 'no cars were damaged', 'Brora Kesh'],
    ['body-introduced-as-noun', 'Brightwater Analytics was paid by the campaign in June. Ann Lowell spent ten million dollars on the campaign. According to Tallyway, which counts page visits, her site drew two million visitors in May. Lowell also paid Brightwater Analytics, a firm that sorts voter lists for campaigns. The company has said its lists come only from public records kept by the counties.', 'public records', 'Brightwater Analytics'],
    ['description', 'Kestrel Print Ltd printed the posters for the campaign. The Harlow Family Foundation paid for them. The company has since said that it uses recycled paper for every poster it prints.', 'recycled paper', 'Kestrel Print Ltd'],
    // A description its owner opens: the relative whose role is that noun, the country whose government it is, the owner a rep speaks for.
    ['owned-description', 'Nora Vance fell ill after a hike in May. Nora Vance has been in the clinic since June with a fever, her husband, Karl Brandt, told reporters. "The fever came back every night for a week," her husband said. Brandt visits her every day.', 'fever came back', 'Karl Brandt'],
    ['owned-description', 'Tom Marsh sued the harbour board in May. Lena Ortiz, Marsh\'s lawyer, filed the papers. Marsh\'s lawyer said the board had ignored three warnings about the pier.', 'three warnings', 'Lena Ortiz'],
    ['owned-description', 'Norway and Denmark met in Oslo on Monday to discuss the ferry line. Norway wants a second ship, and Denmark backs the plan. Norway\'s foreign ministry said the ferry line would stay open through the winter.', 'stay open', 'Norway'],
    ['owned-description', 'The singer Dara Quill cancelled her tour in June. Quill\'s rep said the singer would return to the stage next spring.', 'return to the stage', 'Dara Quill'],
    ['speaker-after-quote', `${background} "The levees will hold through the night," Gen. Bill Harlan said.`, 'levees', 'Bill Harlan'],
    ['speaker-after-quote', `Heath Lowell is 17 and a lawyer. "We didn't have some grand plan,'' mom Mary Jo Lowell told Tom Reyes.`, 'grand plan', 'Mary Jo Lowell'],
    // "continued" next to a quote: someone goes on speaking.
    ['speaker-after-quote', `${background} "The bridge will be open to cars by the end of June," Ann Lowell continued.`, 'end of June', 'Ann Lowell'],
    // An op-ed: its first-person sentences are the writer's its tag line names at the end.
    ['words-of-op-ed-writer', `Our harbour needs a new pier. I have asked the state for it for ten years. We will not wait any longer. I will not sign a budget without it.\n\nThe old pier was built in 1931.\n\nMs. Lowell is the mayor of Harlow.`, 'not sign a budget', 'Lowell'],
    // A post reproduced with its platform signature: each sentence before it is the signer's.
    ['words-of-signed-post', `Senator Ann Lowell posted about the ferry on Monday.\n\nThe ferries will run on time again by June. I thank our crews for their patience. — Ann Lowell (@annlowell) May 4, 2021`, 'run on time again', 'Ann Lowell'],
    ['words-of-signed-post', `Senator Ann Lowell posted about the ferry on Monday.\n\nThe ferries will run on time again by June. I thank our crews for their patience. https://t.co/abc123 — Ann Lowell (@annlowell) May 4, 2021`, 'thank our crews', 'Ann Lowell'],
    ['speaker-after-dash', `${background}\n\n“I was sure the other loaf would win. I had no apron on at all.” — Ann Lowell, on her prize for best rye bread`, 'no apron on', 'Ann Lowell'],
    ['antecedent-of-who', `${background} The crews on the river spoke with Tom Marsh, who told them: “The bridge will not open to trucks before June.”`, 'before June', 'Tom Marsh'],
    ['quote-closes-in-next-sentence', `${background}\n\nDr. Ann Lowell said the council will rebuild the bridge “with the money the county set aside in May. No one will pay a new toll for it."`, 'pay a new toll', 'Ann Lowell'],
    // …and the sentences between the one that opens the quote and the one that closes it, which bear no mark.
    // The quote runs on into the next paragraph, which opens with a mark.
    ['quote-closes-in-next-sentence', `${background}\n\nTom Marsh said: "The river rose a foot an hour. We moved the cars first. Then the school buses went up the hill to the church.\n\n"Nobody slept that night."`, 'school buses', 'Tom Marsh'],
    ['speaker-before-quote', `${background} Ann Lowell continued, "The bridge will be open to cars by the end of June."`, 'end of June', 'Ann Lowell'],
    // The speaker's name and what they are, between commas, before the verb; the quote after it goes on in their voice.
    ['speaker-apposed-after-quote', `${background} "The levees held through the night and not one street flooded," Ann Lowell, the head of the county's flood control office, told the Daily Courier.`, 'not one street', 'Ann Lowell'],
    ['continues-quote-in-paragraph', `${background} "The levees held through the night and not one street flooded," Ann Lowell, the head of the county's flood control office, told the Daily Courier. "We had pumps on every corner of the old town."`, 'pumps on every corner', 'Ann Lowell'],
    // The sentence opens with its speaker, then what they are or do, between commas.
    ['subject-before-apposition', `${background} But Deputy Mayor Tomas Ekberg, responding to a question about the ferries, said the talks would go on in May.`, 'go on in May', 'Tomas Ekberg'],
    ['subject-before-apposition', `${background} Ann Lowell, the historian who leads the Hale Trust, where Tom Marsh is the gardener, told me the trust would fund the library.`, 'fund the library', 'Ann Lowell'],
    // …what they are to an owner the apposition names first, a word of the post a verb elsewhere.
    ['subject-before-owned-apposition', `${background} On Monday Tomas Ekberg, Norway's deputy transport chief, said the ferries would run again in May.`, 'run again in May', 'Tomas Ekberg'],
    // …their body between the name and the apposition.
    ['subject-of-body-before-apposition', `${background} Ann Lowell of the Trust for Marsh Birds, who has led the fight for the wetland, said the geese would stay all winter.`, 'stay all winter', 'Ann Lowell'],
    // …named after the title an owner holds, the owner no subject.
    ['subject-after-owned-title', `${background} Norway sent its fleet north in March. But Norway's Deputy Fisheries Minister Tomas Ekberg, responding to a question about the quotas, said the talks would go on in May.`, 'go on in May', 'Tomas Ekberg'],
    ['speaker-before-quote', `${background} Foreign Minister Sergei Lavrov said: "We do not consider any closed alliances productive at all."`, 'closed alliances', 'Sergei Lavrov'],
    // …not a quote left open that the next sentence closes with a speaker of its own (marks of two kinds, as scraped: the quote is cut in two): theirs.
    ['quote-closed-by-speaker-after-it', `${background} "The pier sale was rushed," Ann Lowell said. “The council sold the pier without asking anyone. We will fight the sale in court," Tom Marsh added.`, 'without asking anyone', 'Tom Marsh'],
    ['continues-quote-in-paragraph', `${background} "Our ferry crews drill every month," said Captain Ann Lowell of the Harbour Board. "They can clear the deck in two minutes in any weather."`, 'clear the deck', 'Ann Lowell'],
    ['continues-after-closed-quote', `${background} "Someone took it," Tom Marsh said. "The van never stopped and the driver went off toward the harbour."`, 'never stopped', 'Tom Marsh'],
    // …in the paragraph after.
    ['continues-after-closed-quote', `${background}\n\n"That is false," Ann Lowell added on Friday.\n\n"As a teacher I am sorry that my pupils were caught up in this."`, 'caught up in', 'Ann Lowell'],
    ['quote-paragraph-continues', `${background}\n\n"We put the town ahead of the club tonight," said Mayor Tom Reyes.\n\n"I know this was a hard choice for many of you, but it was the fair one."`, 'fair one', 'Tom Reyes'],
    ['quote-after-reported-speech', `${background}\n\nHistorian Ann Lowell said the old letters had shown the mill was built by monks.\n\n"The dates in the ledgers suggest it was running by the twelfth century."`, 'dates in the ledgers', 'Ann Lowell'],
    // A line of page furniture between the paragraphs parts no one from their words.
    ['quote-after-reported-speech', `${background}\n\nHistorian Ann Lowell said the old letters had shown the mill was built by monks.\n\nRead more about the letters from the mill\n\n"The dates in the ledgers suggest it was running by the twelfth century."`, 'dates in the ledgers', 'Ann Lowell'],
    // In the same paragraph, a quote running on after reported words, and one closed.
    ['quote-after-reported-in-paragraph', `${background}\n\nCurator Ann Lowell said the old mill had been rebuilt with care. "Every beam was taken down and numbered. The roof went back on in May."`, 'taken down and numbered', 'Ann Lowell'],
    ['quote-after-reported-in-paragraph', `${background}\n\nThe boats were back in the harbour by noon, Tom Marsh said. "Nobody was hurt on the water today."`, 'Nobody was hurt', 'Tom Marsh'],
    ['quote-runs-on', `${background}\n\nAccording to historian Dr Ann Lowell, who read the letters: “The letters have shown the mill was built by monks.\n\n“The dates in the ledgers suggest it was running by the 12th century.\n\n“The lack of any house nearby is more evidence that it was only a workplace.”`, 'dates in the ledgers', 'Ann Lowell'],
    ['quote-after-sentence-about-speaker', `${background}\n\nMaria Lopez, the mayor's daughter, was wary of the new tenant from the start.\n\n“We kept asking him to fix the fence and to keep the dog inside. He never did.”`, 'He never did', 'Maria Lopez'],
    ['quote-after-colon', 'Potter Robert Lowell has mixed feelings about his first bowls. But his pride in the craft still comes through: "It was a hard year, and I learned every mistake twice."', 'hard year', 'Robert Lowell'],
    ['document-author', 'The Harbour Board closed the fake ticket office in June, the Harbour Board said in a statement on Friday. "For about six months it sold tickets to nowhere," the statement said.', 'six months', 'Harbour Board'],
    ['document-author', 'The Eastport Town Council issued a statement on Sunday about the fire. "We are shocked and saddened that the old library was burned by a young man of our town," the statement said.', 'shocked and saddened', 'Eastport Town Council'],
    // After a speaker the story does not name, in the sentence right before, "he" or "she" goes on
    // with that speaker: nobody, not whoever spoke earlier.
    ['pronoun', `${background}\n\nAnn Lowell said the ferry would run again in May. Another witness who lives near the pier said the crowd had waited since dawn. “The gates were shut and nobody told us why,” she said.`, 'gates were shut', ''],
    ['pronoun', `${background}\n\nMayor Tom Reyes said the bridge would reopen in May. “The repairs will cost less than the last ones,” the Lakeside Courier quoted a harbour official as saying. “The crews start on Monday,” he added.`, 'crews start', ''],
    // …unless the one meant is named in that sentence.
    ['pronoun', `${background}\n\nMayor Tom Reyes said the bridge would reopen in May. “The crowd was calm all morning,” said a man who gave his name as Owen Hartley. He said the gates opened at noon.`, 'gates opened', 'Owen Hartley'],
    // …nor after a group ("…, police said"), whom no "he" or "she" goes on with.
    ['pronoun', `${background}\n\nAnn Lowell said the ferry would run again in May. The gates were shut at dawn, police said. “Nobody told us why,” she added.`, 'Nobody told us', 'Ann Lowell'],
    ['document-author', 'Carla Lowell filed a lawsuit against the county on Monday. The lawsuit says the county failed to count the ballots left in three precincts.', 'failed to count', 'Carla Lowell'],
    // The one the document's phrase names: "the <name> proposal", "<name>'s lawsuit".
    ['document-author', 'Mayor Ann Halvorsen spoke to the council on Monday. The Halvorsen proposal includes a tax on empty homes and two more buses for the east side.', 'empty homes', 'Ann Halvorsen'],
    ['document-author', 'Carla Lowell met the county clerk in May. Carla Lowell\'s lawsuit alleges the county failed to count the ballots left in three precincts.', 'failed to count', 'Carla Lowell'],
    // …where it first entered the article, many sentences before.
    ['document-author', 'Carla Lowell filed a lawsuit against the county on Monday. The county clerk declined to comment. The ballots were counted twice in May. Three precincts reported late. The board meets again in June. The lawsuit alleges the county failed to count the ballots left in three precincts.', 'failed to count', 'Carla Lowell'],
    // A verb only a document speaks with (documentVerbs): the report's issuer.
    ['document-author', 'The Marsh Water Board released a report on Tuesday about the lake. The report found that the lake had lost a third of its fish since 2010.', 'a third of its fish', 'Marsh Water Board'],
    // A study's team speaks through the one lead its article names (studyTeams, speech-verbs.json).
    ['lead-of-study-team', 'A study of river otters, led by Dr. Ingrid Halvorsen of the Marsh Lake Institute, counted the pups born each spring. The otters raised more pups in cold years, the researchers said.', 'more pups', 'Ingrid Halvorsen'],
    ['lead-of-study-team', 'The otters raised more pups in cold years, the team wrote in the journal. "We did not expect the cold to help them," said lead author Ingrid Halvorsen, a biologist at the Marsh Lake Institute.', 'more pups', 'Ingrid Halvorsen'],
    ['lead-of-study-team', '"The pups were everywhere," said Ingrid Halvorsen, a biologist at the Marsh Lake Institute who led the research team. The otters raised more pups in cold years, the team suggests.', 'more pups', 'Ingrid Halvorsen'],
    ['lead-of-study-team', 'Researchers led by Ingrid Halvorsen counted the otter pups born on three lakes. The otters raised more pups in cold years, the scientists say.', 'more pups', 'Ingrid Halvorsen'],
    ['lead-of-study-team', 'Ingrid Halvorsen and her colleagues counted the otter pups born on three lakes. The scientists found that the otters raised more pups in cold years.', 'more pups', 'Ingrid Halvorsen'],
    // …and so does the study it wrote, where no one is found beside it (studies, speech-verbs.json).
    ['document-author', 'Ingrid Halvorsen, the lead author, counted the otter pups born on three lakes. The boats were out early. The lakes froze in March. The pups were weighed twice. The new study found that the otters raised more pups in cold years.', 'more pups', 'Ingrid Halvorsen'],
    ['quoted-as-saying', `${background} The Lakeside Courier quoted Mayor Ann Lowell as saying that the bridge would reopen in May.`, 'reopen in May', 'Ann Lowell'],
    ['quoted-as-saying', `${background}\n\nMayor Tom Reyes spoke to the paper on Monday. "We will keep the ferry running until the spring," the paper quoted him as saying.`, 'keep the ferry', 'Tom Reyes'],
    // …and the same in someone the story leaves unnamed: no one, not the outlet.
    ['quoted-as-saying', `${background} The Lakeside Courier quoted officials as saying that the bridge would reopen in May.`, 'reopen in May', ''],
    ['stance-holder', 'Chef Tom Lowell opened the café with baker Owen Hartley. Lowell told me Hartley does not believe in recipes at all.', 'recipes', 'Owen Hartley'],
    ['stance-holder', 'Mayor Karl Brandt met Ferry Union President Piet Vollmer on Monday. Harlow Mayor Karl Brandt "fully agreed to and supported" a weekly two-hour pause to let the night crews rest between crossings, Vollmer told the Daily Post after the talks.', 'two-hour pause', 'Karl Brandt'],
    ['stance-holder', 'Chef Greta Lowell has been offered a stall at the market. Sources tell me Greta has not agreed to the terms and is unsure about the early starts.', 'early starts', 'Greta Lowell'],
    // What a speaker passes on from the one who told it is the teller's claim.
    ['teller-of-claim', 'Harbour master Tom Reyes met ferry captain Ann Lowell at the quay. Reyes said Lowell told him that the night ferry had left an hour early.', 'an hour early', 'Ann Lowell'],
    ['teller-of-claim', 'Harbour master Tom Reyes met ferry captain Ann Lowell at the quay. During the strike, Reyes recalled, Lowell insisted at a crew meeting that the owners had sold the boats.', 'sold the boats', 'Ann Lowell'],
    // A line that brings in a statement with a colon: the paragraph after it, in quote marks or none, is the issuer's.
    ['words-after-colon-line', `${background}\n\nThe Harlow Rowing Club, which runs the summer regatta on the river, released the following statement on Monday:\n\n"The Harlow Rowing Club is saddened by the loss of a great coach and friend."`, 'saddened by the loss', 'Harlow Rowing Club'],
    ['words-after-colon-line', `${background}\n\nCoach Ann Lowell, who led the club for twenty years, wrote on the club's page on Sunday night:\n\nWe will row again next spring and we will row for him. The boathouse stays open all winter.`, 'row again next spring', 'Ann Lowell'],
    // …and each sentence of that paragraph after the first.
    ['quote-closes-in-next-sentence', `${background}\n\nCoach Ann Lowell, who led the club for twenty years, wrote on the club's page on Sunday night:\n\nWe will row again next spring and we will row for him. The boathouse stays open all winter.`, 'boathouse stays open', 'Ann Lowell'],
    ['quote-after-colon', `${background} Counting the promises lawmakers make, President Barack Obama named one worth keeping: "Each one of you made that vow to your voters."`, 'vow to your voters', 'Barack Obama'],
    // A colon line with no verb of speech, then a paragraph in the first person: the words of the one the line is about.
    ['words-after-colon-line', `${background} Coach Ann Lowell met the rowers at the boathouse on the river that night.\n\nLowell's answer to the club's critics:\n\nI have coached on this river for twenty years and I will coach here next spring.`, 'coach here next spring', 'Ann Lowell'],
    // Words brought in run on in the paragraphs after, in the same first-person voice.
    // A quote a naming verb opens is the namer's label, not the words of the one who speaks after it.
    ['quote-after-naming-verb', 'Mayor Ann Lowell met the dock workers on Monday. In what Lowell called "a day of shame for the port," union leader Tom Marsh said the cranes would stop at noon.', 'day of shame', 'Ann Lowell'],
    ['quote-after-naming-verb', 'Mayor Ann Lowell met the dock workers on Monday. Union leader Tom Marsh walked out of the talks, calling the offer "an insult to every crane driver," Lowell told reporters.', 'insult to every crane', 'Tom Marsh'],
    // A title in quote marks is no one's words: the claim around it is read as reported speech.
    ['quoted-title', 'Harbour master Tom Reyes opened the old chest on Monday. Reyes told the Courier that a coin stamped with the words "Long Live The Harbour King" lay at the bottom.', 'Long Live The Harbour King', 'Tom Reyes'],
    ['brought-in-words-run-on', `${background}\n\nCoach Ann Lowell, who led the club for twenty years, wrote on the club's page on Sunday night:\n\nWe will row again next spring and we will row for him.\n\nOur boathouse stays open all winter for every rower who needs it.`, 'boathouse stays open', 'Ann Lowell'],
  ];

  it.each(rows)('%s: %s', (rule, text, words, speaker) => {
    const { speakers, rules } = traced([text], words);
    // '': the rule decides that nobody the story names speaks.
    if (speaker) expect(speakers).toContain(speaker);
    else expect(speakers).toEqual([]);
    expect(rules).toContain(rule);
  });

  // Whose a quote is, by the quote's own words: [rule, articles, quoted words, its speaker or '' for nobody].
  const quoteRows: [string, string, string, string][] = [
    // Words each capitalised name a work or a slogan: no one's words, the claim around them the speaker's.
    ['quoted-title', 'Harbour master Tom Reyes opened the old chest on Monday. Reyes told the Courier that a coin stamped with the words "Long Live The Harbour King" lay at the bottom.', 'Long Live The Harbour King', ''],
    ['quoted-title', 'Harbour master Tom Reyes met the press on Monday. "We will dredge the channel before the spring," Reyes said on the radio show "Morning at the Harbour Gate."', 'Morning at the Harbour Gate', ''],
    // A namer the story does not know (a paper): nobody's label, not the words of the one who speaks after it.
    ['quote-after-naming-verb', 'Mayor Ann Lowell met the dock workers on Monday. In what one local paper called "a slow collapse of the harbour trade," Lowell said the port would lose its ferries by spring.', 'slow collapse', ''],
    ['quote-after-naming-verb', 'Mayor Ann Lowell met the dock workers on Monday. In what union leader Tom Marsh dubbed "the last winter of the cranes," Lowell said the port would lose its ferries by spring.', 'last winter', 'Tom Marsh'],
  ];
  // What the naming rule leaves to the rules after it: [rule, articles, quoted words].
  const quoteNotRows: [string, string, string][] = [
    // A pronoun namer in a relative clause, nobody speaking after the quote: not read as the sentence's speaker.
    ['quote-after-naming-verb', 'Mayor Ann Lowell met the dock workers on Monday. Lowell said she was not hurt by the critics, led by Tom Marsh, who has mocked what he called "the mayor\'s paper harbour."', "paper harbour"],
  ];
  it.each(quoteNotRows)('%s leaves alone, by the quote: %s', (rule, text, words) => {
    const ctx = runThrough([text], attribution, false);
    const trace = new Map<number, string[]>();
    attribution(ctx, trace);
    const s = ctx.sentences.find((x) => x.text.includes(words))!;
    expect(trace.get(s.index) ?? []).not.toContain(rule);
  });
  it.each(quoteRows)('%s, by the quote: %s', (rule, text, words, speaker) => {
    const ctx = runThrough([text], attribution, false);
    const trace = new Map<number, string[]>();
    attribution(ctx, trace);
    const at = ctx.docs[0].text.indexOf(words);
    const quoted = ctx.attributions.filter((a) => a.kind === 'direct' && a.start <= at && a.end > at).map((a) => ctx.actors[a.actor].name);
    expect(quoted).toEqual(speaker ? [speaker] : []);
    // Nobody found leaves no rule in the trace.
    const s = ctx.sentences.find((x) => x.text.includes(words))!;
    if (speaker) expect(trace.get(s.index) ?? []).toContain(rule);
  });

  // What a rule must leave alone: [rule, articles, words of the sentence, the one who must not be read as speaking].
  const notRows: [string, string, string, string][] = [
    // An order given, or what the teller wrote, is no claim told: the speaker's.
    ['teller-of-claim', 'Harbour master Tom Reyes met ferry captain Ann Lowell at the quay. Reyes said Lowell told her crew to leave the quay before dawn.', 'before dawn', 'Ann Lowell'],
    ['teller-of-claim', 'Harbour master Tom Reyes met ferry captain Ann Lowell at the quay. Reyes said the memos Lowell wrote to the board that winter were lost.', 'were lost', 'Ann Lowell'],
    // A name in an opening phrase is not the subject of the participle's main verb.
    ['subject-of-participle-after-act', `${background} In a letter to Ann Lowell on Friday, the younger rowers stood by their crew, saying they had earned their seats.`, 'earned their seats', 'Ann Lowell'],
    // …nor one named in an opening clause of time or cause: the verb there is not the main one.
    ['subject-of-participle', `${background} After Ann Lowell resigned as coach, the younger rowers knelt on the dock, saying they would miss her.`, 'miss her', 'Ann Lowell'],
    // …nor is the owner of the subject: the lawyer argues, not the client.
    ['subject-of-participle-after-act', `${background} Tom Marsh's lawyer knelt beside the boat, saying the younger rowers had earned their seats.`, 'earned their seats', 'Tom Marsh'],
    // The object of the verb before the conjunction, not its subject.
    ['subject-speaks-again', `${background} Harbour police named the driver as Tom Marsh, and said that he had left the quay before dawn.`, 'left the quay', 'Tom Marsh'],
    // One in a clause of whether, or in a clause of when or why a comma has closed.
    ['subject-speaks-again', `${background} Officials have not found out whether Ann Lowell had seen the letters but said the post office had lost a sack of mail in May.`, 'lost a sack', 'Ann Lowell'],
    ['subject-speaks-again', `${background} The club's board heard of the complaint before Tom Marsh was hired as coach, but felt sure that the crews would row again in the spring.`, 'row again', 'Tom Marsh'],
  ];
  it.each(notRows)('%s leaves alone: %s', (rule, text, words, speaker) => {
    const { speakers, rules } = traced([text], words);
    expect(speakers).not.toContain(speaker);
    expect(rules).not.toContain(rule);
  });

  it.each([
    // A statement issued by a group a name only describes is not the named body's.
    ['A group of Marsh County officers issued a statement on Monday. The mayor declined to comment. The roads were closed twice in May. Three bridges were shut. The board meets again in June. "The toll is likely to rise in the coming days," the statement said.', 'toll is likely'],
    // A name before a comma that does not open the sentence is what the claim is about: the speaker follows the verb.
    ['Tom Marsh met the coach in May. Tom Marsh beat Ann Lowell, said the coach of the rowing team.', 'beat Ann Lowell'],
    // A quote mark left open that nothing closes, neither in its paragraph nor by the next one opening with a mark, holds the sentences after it in no one's voice.
    ['Tom Marsh said: "The river rose a foot an hour. The town council met on Friday to count the damage.\n\nThe roads reopened on Monday.', 'count the damage'],
    // titled-speaker-after-verb finds no one the title leaves unnamed: someone close to the senator speaks, not the senator.
    ['Senator Tom Reyes met the mayors. Mr. Reyes put the bridge plan aside for a year, said someone close to Mr. Reyes.', 'bridge plan aside'],
    // A question after someone's reported words is more often the other side of the exchange.
    ['Tom Reyes phoned his daughter on Sunday.\n\nTom Reyes told her that the letter had reached the paper.\n\n"Will they print it this week?"', 'print it this week'],
    // A name after a participle opens the claim: the speaker is the subject before the comma.
    ['Officials met on Monday. The sheriff issued a statement on Tuesday, saying Deputy Pete Brandt was hurt in the crash.', 'was hurt in the crash'],
    // The site of a document is not its author.
    ['Carla Lowell runs a bakery on Main Street. A photo on her Facebook page shows the bakery covered in snow last winter.', 'covered in snow'],
    // "an email": one the article has not spoken of, not the documents released before.
    ['The Marsh Water Board released the emails on Tuesday. An email suggested the clerk might be leaving for a job in another county.', 'another county'],
    // A verb of documents with no document as its subject states no one's claim (but a finding, "found that", see findings).
    ['Carla Lowell visited the lake on Tuesday. Carla Lowell found the lake had lost a third of its fish since 2010.', 'a third of its fish'],
    // A quote signed with a name the story does not know is not the signer's of the blurb before.
    [`${background}\n\n“A brave and funny book about the town we grew up in. Read it twice.” — Tom Marsh\n\n“The best memoir of the year, and the most honest one.” — Weekly Reader`, 'most honest'],
    // "does" before a verb of belief: the writer's voice.
    ['Officials met in the capital on Monday. When the Harlow Trust does think a bridge is needed, it pays for the study.', 'pays for the study'],
    // People of a place are no body of it (unnamedSources): not the council the place's name opens.
    ['Harlow is a fishing town on the coast. The Harlow Town Board met on Monday. Some residents of Harlow said that Tom Marsh had only wanted to frighten the skaters.', 'frighten the skaters'],
    // "would" alone is the writer's guess of what someone will say, not their claim.
    ['Officials met in the capital on Monday. If Tom Marsh would testify next month, the hearing could run on into June.', 'run on into June'],
    // A headline quoted before its byline states no one's claim: it ends in no sentence mark.
    ['Officials met in the capital on Monday.\n\n“Council backs the new bridge plan over the tunnel” — Tom Marsh, Daily Courier', 'backs the new bridge'],
    // A question right after someone's reported words in the same paragraph: more often the other side of the exchange.
    ['Tom Reyes phoned his daughter on Sunday.\n\nTom Reyes told her that the letter had reached the paper. "Will they print it this week?"', 'print it this week'],
    // A line that ends in a colon names the document it brings in: the words said are after it.
    ['Officials met in the capital on Monday.\n\nThe Harlow Rowing Club posted a statement to its page on Sunday night:\n\nThe boathouse will stay closed until the spring.', 'posted a statement'],
    // A line that ends in a colon brings in someone else's words, even one read as furniture.
    ['Officials met in the capital on Monday.\n\nAnn Lowell said the old letters had shown the mill was built by monks.\n\nShe shared part of a letter a miller wrote to her:\n\n"The wheel turned every day of the year when I was a boy."', 'wheel turned'],
    // description: two people whose roles the description heads.
    ['The bakery sold out on its first day. "We never expected the line to reach the corner," the founder said. Harlow founder Ann Lowell and Marsh founder Tom Keller opened a second shop in May.', 'reach the corner'],
    // description: a party or a level of government before the noun that the one named contradicts.
    ['Senate Republican leader Tom Carver spoke in Ohio on Monday. When the Senate Democratic leader said the caucus would block the farm bill, the hall fell silent.', 'block the farm bill'],
    ['The Harlow County Health Department tested the wells in May. The water was safe to drink, the state health department said.', 'safe to drink'],
    // description: a lower-case noun that is a person's surname is no description of them.
    ['Senator Tom Banner spoke to the farmers on Monday. The banner says the market will open on Sunday and close at noon.', 'close at noon'],
    ['The banner says the market will open on Sunday and close at noon. Senator Tom Banner spoke to the farmers on Monday.', 'close at noon'],
    // party-in-chamber: a story that names no caucus gives the words to no one, not the chamber.
    ['The House passed the farm bill on Tuesday. The jobs bill will not reach the floor this year, House GOP leaders said.', 'reach the floor'],
    // officials-of-the-one-body: two bodies whose names hold the word, or a body named by the word alone.
    ['The Orne County Health Department and the Marsh State Health Department tested the wells in May. The water was safe to drink, health officials said.', 'safe to drink'],
    ['The State closed the bridge for repairs in May. The bridge will reopen in the autumn, state officials said.', 'reopen in the autumn'],
    // A line with a colon that no one speaks and whose subject issues nothing: the paragraph after it is the writer's.
    ['Officials met in the capital on Monday.\n\nMayor Ann Lowell has a plan for the bridge, and it has three parts:\n\nThe bridge will be rebuilt by the spring and the ferry will run until then.', 'ferry will run'],
    // brought-in-words-run-on: the article's own voice resumes in a paragraph not in the first person.
    ["Officials met in the capital on Monday.\n\nCoach Ann Lowell, who led the club for twenty years, wrote on the club's page on Sunday night:\n\nWe will row again next spring and we will row for him.\n\nThe boathouse was built in 1920 and stays open all winter.", 'boathouse was built'],
    // words-after-colon-line: a name after an article in the colon line names a kind of person, not whose the words are.
    ['Officials met in the capital on Monday. Mayor Ann Lowell spoke to the council on Monday about the bridge and the ferry.\n\nAt the hearing on Tuesday night, a Lowell associate read out a page from the plans:\n\nI have seen the plans and the bridge will cost twice the estimate.', 'cost twice the estimate'],
    // A pronoun that opens what a speaker the story does not name told someone is no one the story names either.
    ['Tom Marsh rode home with friends on Friday. A cab driver told the county deputies that he believed the riders had been drinking.', 'had been drinking'],
    // organisation-pronoun: "it" after a sentence that opens with a document no one was found to issue is the document, not the body that spoke last.
    ['Officials met in the capital on Monday. The Harlow Port Authority said on Monday that the cranes were safe. The audit report looks hard at the costs of the port. It says the cranes cost twice what was planned.', 'cost twice'],
    // surname-before-verb: two people whose names end with the surname; a title after "the".
    ['Dana King and her brother Tom King opened their bakery on Harlow Street on Sunday morning. "The line reached the corner long before the doors even opened," King said.', 'reached the corner'],
    ['Dana King opened her bakery on Harlow Street on Sunday morning. "The line reached the corner long before the doors even opened," the King said.', 'reached the corner'],
    // quote-after-colon: one whose relative opens the sentence is not its subject; one asked is not who asks.
    ['Ann Lowell died in the flood in May. Lowell\'s mother then took the stage, telling the crowd: "Only a month ago my daughter stood here with all of you."', 'Only a month ago'],
    ['Senator Tom Marsh met the board on Monday. Senator Tom Marsh was asked: "Did the harbour board ever ask you for a vote on the pier?"', 'harbour board ever ask'],
    // organisation-pronoun: a body's name that modifies the noun after it ("The Harlow Council budget") is not what "it" stands for.
    ['Officials met in the capital on Monday. The Harlow Council budget seeks to close the gap by 2030 through cuts to the bus routes. It also proposes to raise the pay of the park rangers by a tenth.', 'pay of the park rangers'],
    // organisation-pronoun: a body met as a sentence's subject more than two sentences back, none speaking since.
    ['The Harlow Music Company opened a studio in May. Its first record was a hit. The second record came out in June. The title song is dark and slow. It adds a touch of the cinema to the old tunes, the drums keep it simple.', 'touch of the cinema'],
    // owned-description: a relative the story names with no such role, or a role that names someone else.
    ['Nora Vance fell ill after a hike in May. "The fever came back every night for a week," her husband said.', 'fever came back'],
    ['Rosa Quill runs the bakery on Harlow Street. Her daughter, Mia Quill, bakes the bread, Rosa Quill said on Monday. Dara Vey sang at the fair on Monday. Her daughter told reporters the song was far too long for the fair.', 'far too long'],
    ['Rosa Quill and Tom Quill run the bakery. Rosa Quill met the board on Monday. Both she and her husband say the rent has doubled since the new owner took over the building.', 'rent has doubled'],
    ['Tom Marsh sued the harbour board in May. Lena Ortiz, Ann Lowell\'s lawyer, filed other papers. Marsh\'s lawyer said the board had ignored three warnings about the pier.', 'three warnings'],
    // long-description: a noun that may stand for anyone, whatever phrase follows it.
    ['The pier has been closed since May, and Okafor wants it back. Tom Okafor said on Monday that the pier must be rebuilt before the winter storms. "We cannot wait for the council to act again," the man from the ferry office said.', 'council to act again'],
    // description: right after the one who spoke, a noun that may stand for anyone, or one of the other sex.
    ['The pier has been closed since May, and Okafor wants it back. Tom Okafor said on Monday that the pier must be rebuilt before the winter storms. "We cannot wait for the council to act again," the lawyer said.', 'council to act again'],
    ['The pier has been closed since May, and Okafor wants it back. Tom Okafor said on Monday that the pier must be rebuilt before the winter storms. "We cannot wait for the council to act again," the grandmother said.', 'council to act again'],
    // description: a word of the phrase after a role's head is no description of its holder.
    ['Tom Keller, a champion rower convicted of robbing a woman in 2015, was freed on Monday. "He should have stayed in prison," the woman said.', 'stayed in prison'],
    ['Ann Lowell, the former acting attorney general, testified on Monday. Tom Marsh hired a lawyer on Tuesday. "It was just a poor choice," the attorney said.', 'poor choice'],
    // lead-of-study-team: a team whose article names two leads, or none, is no one's.
    ['Ingrid Halvorsen, the study\'s lead author, counted the otters; Tomas Ekberg, its senior author, counted the pups. The otters raised more pups in cold years, the researchers said.', 'more pups'],
    ['Coach Ingrid Halvorsen took the rowing club to the final in May. The crew will race again in the autumn, the team said.', 'race again'],
    // document-author: a study the article names as another one than its own is not its lead's.
    ['Ingrid Halvorsen, the lead author, counted the otter pups born on three lakes. The boats were out early. The lakes froze in March. An earlier study of seals came to other conclusions. The study found that the seals raised more pups in warm years.', 'more pups'],
    // words-of-signed-post: a reporter's post passes on the news; it is no position of theirs.
    ['Ann Lowell, a WXYZ reporter, covered the storm. Mayor Tom Marsh closed the bridge.\n\nThe bridge will stay closed to trucks until Friday, city crews say. — Ann Lowell (@annlowellwxyz) May 4, 2021', 'stay closed to trucks'],
    // …nor one by someone the articles name only in signatures, a reaction among many embedded.
    ['Mayor Tom Marsh closed the bridge on Monday.\n\nThe bridge should have closed a week ago, frankly. — Ann Lowell (@annlowell) May 4, 2021', 'a week ago'],
    // …nor words the post quotes from someone else.
    ['Senator Ann Lowell posted about the ferry on Monday.\n\nWow, the radio is reporting: “The ferry company has run out of money. Its boats will stop in June and the crews will lose their jobs. — Ann Lowell (@annlowell) May 4, 2021', 'crews will lose'],
    // words-of-op-ed-writer: a sentence of the op-ed that is not in the first person,
    ['Our harbour needs a new pier. I have asked the state for it for ten years. We will not wait any longer. I will not sign a budget without it.\n\nThe old pier was built in 1931 by a shipping firm.\n\nMs. Lowell is the mayor of Harlow.', 'built in 1931'],
    // …nor a story whose last paragraphs tell what its subject did ("was asked"), not who wrote it.
    ['Our harbour needs a new pier. I have asked the state for it for ten years. We will not wait any longer. I will not sign a budget without it.\n\nLowell was asked about the pier on Monday and said nothing.', 'not sign a budget'],
    // …nor a news story that ends on what someone is, with one first-person line.
    ['The council met on Monday. Mayor Ann Lowell spoke. We will rebuild the pier by May, the council wrote to residents on Friday. The old pier was built in 1931.\n\nLowell is the mayor of Harlow.', 'rebuild the pier'],
    // A description whose head is no person: the charity speaks, not the widow named in it.
    ['Tom Marsh drowned off the harbour in 1999. A charity run by his widow, Ann Marsh, announced that the lifeboat station would open in June.', 'lifeboat station'],
  ])('no author: %s', (text, words) => {
    expect(traced([text], words).speakers).toEqual([]);
  });

  it('every rule has a test row', () => {
    expect([...SPEAKER_RULES, ...QUOTE_RULES, ...HOLDER_RULES].map((r) => r.name).sort()).toEqual([...new Set(rows.map(([rule]) => rule))].sort());
  });
});

describe('a broadcast transcript: a speaker label in capitals opens each turn (TRANSCRIPT_RULES)', () => {
  const show = 'Dana Whitfield has walked from the coast to the capital to save the old ferry line. She spoke to the station on Friday.';
  // [row, articles, words of the sentence, speaker and words]
  const rows: [string, string, string, { speaker: string; kind: string; words: string }][] = [
    ['speaker-label-opens-sentence', `${show}\n\nWHITFIELD: I think the ferry matters to every family on the island.`, 'every family', { speaker: 'Dana Whitfield', kind: 'direct', words: 'I think the ferry matters to every family on the island.' }],
    // A title before the name, the full name: the same person.
    ['speaker-label-opens-sentence', `${show}\n\nMAYOR DANA WHITFIELD: The council has to keep the boats running every winter.`, 'boats running', { speaker: 'Dana Whitfield', kind: 'direct', words: 'The council has to keep the boats running every winter.' }],
    ['speaker-label-opens-paragraph', `${show}\n\nWHITFIELD: I walked every mile of it. The council should publish what the boats cost to run.`, 'boats cost', { speaker: 'Dana Whitfield', kind: 'direct', words: 'The council should publish what the boats cost to run.' }],
  ];
  it.each(rows)('%s: %s', (_, text, words, expected) => {
    expect(said([text], words)).toEqual([expected]);
  });

  it.each([
    // A heading in capitals names no one: the line is the page's.
    [`${show}\n\nUPDATE: The ferry line will run again from the harbour in the spring.`, 'run again'],
    // A label for someone the story does not name: no one.
    [`${show}\n\nTOM KEANE: The old ferry line should never have closed in May.`, 'closed in May'],
    // The paragraph after the turn is not the speaker's.
    [`${show}\n\nWHITFIELD: I walked every mile of it.\n\nThe ferry line will close in May after the council cut its budget for the boats.`, 'close in May'],
    // Courtesy in a turn states nothing.
    [`${show}\n\nWHITFIELD: Thank you so much, it is great to be here.`, 'great to be here'],
    // A question asked in a turn states nothing.
    [`${show}\n\nWHITFIELD: Who will carry the children to school when the boats stop?`, 'carry the children'],
    // A label that only ends with the name is someone else: another Whitfield, or a name joined to another.
    [`${show}\n\nTOM WHITFIELD: The boats will carry the mail across the bay until the spring.`, 'carry the mail'],
    // The show's host asks and links, in the turn the label names them host and in their later ones.
    [`${show}\n\nDANA WHITFIELD, HOST: I think the ferry matters to every family on the island.`, 'every family'],
    [`${show}\n\nDANA WHITFIELD, HOST: Welcome back to the program.\n\nWHITFIELD: I think the ferry matters to every family on the island.`, 'every family'],
  ])('no author: %s', (text, words) => {
    expect(said([text], words)).toEqual([]);
  });

  it('the one whose turns ask the most questions is the host: their own lines are no position, their guest\'s are', () => {
    const text = [
      'Dana Whitfield asked Tom Keane about the old ferry line on her show on Friday.',
      'WHITFIELD: Will the ferry run again this winter?',
      'KEANE: I think the council will find the money for the boats.',
      'WHITFIELD: You said that last year. Who pays for the boats?',
      'KEANE: The harbour board has to pay for the boats it sold.',
      'WHITFIELD: I think the council should keep the pier open all year.',
    ].join('\n\n');
    expect(said([text], 'harbour board has to').map((a) => a.speaker)).toEqual(['Tom Keane']);
    expect(said([text], 'keep the pier open')).toEqual([]);
  });

  it('"he" in the next turn is whom that turn names, not the speaker of the turn before', () => {
    const text = 'Tom Marsh has walked from the coast to the capital to save the old ferry line. He spoke to the station on Friday.\n\nMARSH: I think the ferry matters to every family on the island.\n\nHOST: One of your critics, Paul Keane, the ferry owner, at the council last week. He said the company would sell the last two boats in the spring.';
    expect(said([text], 'last two boats').map((a) => a.speaker)).toEqual(['Paul Keane']);
  });

  it('a claim the turn reports of someone it names stays theirs', () => {
    const text = `${show} Tom Keane runs the ferry company.\n\nWHITFIELD: Tom Keane said the company would sell the last two boats in the spring.`;
    expect(said([text], 'last two boats').map((a) => a.speaker)).toEqual(['Tom Keane']);
  });

  it('every rule has a test row', () => {
    expect(TRANSCRIPT_RULES.map((t) => t.name).sort()).toEqual([...new Set(rows.map(([name]) => name))].sort());
  });
});

describe("a transcript's turn is a position only where the speaker states a stance (TURN_STANCES)", () => {
  const show = 'Dana Whitfield has walked from the coast to the capital to save the old ferry line. She spoke to the station on Friday.';
  // [row, the words of the turn]
  const rows: [string, string][] = [
    ['own-view', "I don't believe the harbour board read our letters."],
    ['own-feeling', "We're not sure the council counted the riders properly."],
    ['what-must-be-done', 'The council should keep the boats running every winter.'],
    ['what-will-be-done', "They're going to close the line before the election."],
    ['a-denial', 'The ferry never lost money in all those years.'],
    ['an-amount', 'The fares went up 40 percent in a single year.'],
  ];
  it.each(rows)('%s: %s', (row, words) => {
    expect(turnStance(words)).toBe(row);
    expect(said([`${show}\n\nWHITFIELD: ${words}`], words.slice(0, 20))).toEqual([{ speaker: 'Dana Whitfield', kind: 'direct', words }]);
  });

  it.each([
    // Small talk: what happened, with no view, duty, plan, denial or figure in it.
    'We walked along the river and the kids had a picnic.',
    // "going to" a place is no plan.
    "On Sundays we're going to the fair with the kids.",
    // "going to" a plural noun is no plan either.
    "On Sundays we're going to concerts with the kids.",
    // A restart after "we'll" is no plan.
    "We'll-- well, we mostly read the paper at breakfast.",
    // A line broken off states nothing whole.
    'The council will-- because the boats--',
    // A bare answer says nothing alone.
    "No-- well-- I wouldn't.",
  ])('no position: %s', (words) => {
    expect(said([`${show}\n\nWHITFIELD: ${words}`], words.slice(0, 12))).toEqual([]);
  });

  describe('a long interview keeps ten turns of its speaker, the ones another article repeats first', () => {
    const turns = [
      'I think the ferry matters to every family on the island.',
      'The council should publish what the boats cost to run.',
      "We're going to collect signatures at every pier this summer.",
      "I don't believe the fares paid for the new offices.",
      'The line has to run in winter when the roads flood.',
      'We will bring the petition to the capital in June.',
      'The mayor never answered the letters we sent.',
      'I hope the new board listens to the fishermen.',
      'The school children must get to class on time.',
      "We're sure the islanders will back the ferry again.",
      'I want the old timetable restored before the autumn.',
      'The harbour board will sell the last two boats to a buyer abroad.',
    ];
    const interview = `${show}\n\n${turns.map((w) => `WHITFIELD: ${w}`).join('\n\n')}`;
    // Another article copies the last turn word for word, or reports most of its words.
    it.each([
      ['copied', 'Dana Whitfield reached the capital on Friday. Whitfield said the harbour board will sell the last two boats to a buyer abroad.'],
      ['reported', 'Dana Whitfield reached the capital on Friday. She warned that the harbour board would quietly sell the last two boats to a buyer abroad this year.'],
    ])('%s', (_, news) => {
      const ctx = runThrough([interview, news], attribution);
      const kept = ctx.attributions.filter((a) => a.turn).map((a) => ctx.docs[0].text.slice(a.start, a.end));
      expect(kept).toHaveLength(10);
      expect(kept).toContain(turns[11]);
      expect(kept).not.toContain(turns[10]);
    });
  });

  it('every row has a test row', () => {
    expect(TURN_STANCES.map((t) => t.name).sort()).toEqual(rows.map(([name]) => name).sort());
  });
});

describe('when the words were said, between the subject and its verb (TIME_OF_SPEECH)', () => {
  // [row, articles, words of the sentence, speaker and claim]
  const rows: [string, string, string, { speaker: string; words: string }][] = [
    ['weekday', `${background} Governor Ann Lowell on Tuesday said the ferry line would reopen before the end of the month.`, 'ferry line', { speaker: 'Ann Lowell', words: 'the ferry line would reopen before the end of the month' }],
    ['weekday', `${background} The road was closed to lorries all week, Sergeant Tom Marsh late Friday said.`, 'closed to lorries', { speaker: 'Tom Marsh', words: 'The road was closed to lorries all week' }],
    ['weekday', `${background} The Harlow Rowing Club on Sunday morning announced that the regatta would move to the northern lake.`, 'regatta', { speaker: 'Harlow Rowing Club', words: 'the regatta would move to the northern lake' }],
    ['today', `${background} The Brantwood Ferry Company today announced that it has agreed to buy two new boats from a yard in Leith.`, 'two new boats', { speaker: 'Brantwood Ferry Company', words: 'it has agreed to buy two new boats from a yard in Leith' }],
  ];
  it.each(rows)('%s: %s', (_, text, words, expected) => {
    expect(said([text], words).map(({ speaker, words }) => ({ speaker, words }))).toEqual([expected]);
  });

  it.each([
    // The time belongs to what someone else did: the unnamed officers speak, not the man they met.
    [`${background} Officers who stopped Tom Marsh on Monday said the van had no lights.`, 'no lights'],
  ])('no author: %s', (text, words) => {
    expect(said([text], words)).toEqual([]);
  });

  it('every row has a test row', () => {
    expect(TIME_OF_SPEECH.map((t) => t.name).sort()).toEqual([...new Set(rows.map(([name]) => name))].sort());
  });
});

describe('whose a document is, as the sentence that brings it in names them (DOCUMENT_OWNER_RULES)', () => {
  // Four sentences between the two: past the few a "he" reaches, where the article brought it in.
  const between = 'The crews were back on Tuesday. The harbour was calm all week. Ticket prices stay the same. The pier reopened at noon.';
  // [row, articles, words of the sentence, speaker]
  const rows: [string, string, string, string][] = [
    ['spoke-through-document', 'In a statement on Monday, the Harlow Ferry Company said the boats would run again in May. "We thank every passenger for their patience this winter," the statement said.', 'patience this winter', 'Harlow Ferry Company'],
    ['spoke-through-document', 'The Harlow Ferry Company confirmed the closure in a statement to the Courier. "We thank every passenger for their patience this winter," the statement read.', 'patience this winter', 'Harlow Ferry Company'],
    ['document-from-or-by', 'A statement from the Harlow Ferry Company was read to reporters on Monday. "We thank every passenger for their patience this winter," the statement said.', 'patience this winter', 'Harlow Ferry Company'],
    ['owner-of-document', 'Carla Lowell\'s lawsuit reached the county court in May. The lawsuit alleges the county failed to count the ballots left in three precincts.', 'failed to count', 'Carla Lowell'],
    ['issuer-of-document', 'Carla Lowell filed a lawsuit against the county on Monday. The lawsuit alleges the county failed to count the ballots left in three precincts.', 'failed to count', 'Carla Lowell'],
    // …past a sentence that speaks of it again and names no one.
    ['issuer-of-document', 'Carla Lowell filed a lawsuit against the county on Monday. According to the lawsuit, the ballots sat in a van overnight. The lawsuit alleges the county failed to count the ballots left in three precincts.', 'failed to count', 'Carla Lowell'],
    // …under another name the story gives it (documentNames, speech-verbs.json).
    ['issuer-of-document', 'Carla Lowell filed a lawsuit against the county on Monday. The suit alleges the county failed to count the ballots left in three precincts.', 'failed to count', 'Carla Lowell'],
    ['spoke-through-document-before', `The Harlow Ferry Company said in a statement on Monday that the boats would run again in May. ${between} "We thank every passenger for their patience this winter," the statement added.`, 'patience this winter', 'Harlow Ferry Company'],
    ['spoke-through-document-before', `In a statement on Monday, the Harlow Ferry Company said the boats would run again in May. ${between} "We thank every passenger for their patience this winter," the statement added.`, 'patience this winter', 'Harlow Ferry Company'],
  ];
  it.each(rows)('%s: %s', (_, text, words, speaker) => {
    expect(said([text], words).map((a) => a.speaker)).toEqual([speaker]);
  });

  it.each([
    // Not one who speaks in the sentence with the document but through no word of it: "a lawyer
    // for the defendants in the lawsuit", "the flaws identified in the draft report".
    ['Tom Marsh, who is named in the lawsuit, said on Monday that every ballot was safe. The lawsuit alleges the county failed to count the ballots left in three precincts.', 'failed to count'],
    // …nor who a document many sentences before was read as speaking for.
    [`The lawsuit alleges Tom Marsh said the ballots were lost. ${between} The lawsuit alleges the county failed to count the ballots left in three precincts.`, 'failed to count'],
  ])('no owner: %s', (text, words) => {
    expect(said([text], words)).toEqual([]);
  });

  it('every row has a test row', () => {
    expect(DOCUMENT_OWNER_RULES.map((r) => r.name).sort()).toEqual([...new Set(rows.map(([name]) => name))].sort());
  });
});

describe('whose a paper is by its kind, where the article names no author (KIND_OWNER_RULES)', () => {
  const arrest = 'Officers of the Brantwood Police Department arrested Tom Marsh at the marina on Friday.';
  // [row, articles, words of the sentence, speaker]
  const rows: [string, string, string, string][] = [
    ['police-paper', `${arrest} Marsh drove the van to the pier twice that night, according to a police report.`, 'drove the van', 'Brantwood Police Department'],
    // …named by its noun alone after the article named it in full.
    ['police-paper', `${arrest} The arrest affidavit was filed on Monday. The affidavit states that Marsh drove the van to the pier twice that night.`, 'drove the van', 'Brantwood Police Department'],
    // …named by its noun alone twice: the naming in full stands further back.
    ['police-paper', `${arrest} The arrest affidavit was filed on Monday. Marsh took the van, according to the affidavit. The pier was closed. The boats stayed in. The affidavit states that Marsh drove the van to the pier twice that night.`, 'drove the van', 'Brantwood Police Department'],
    ['indictment', "The Lisle County District Attorney's Office brought fraud charges against Tom Marsh in May. The indictment alleges Marsh sold the same boat to three buyers in one week.", 'same boat', "Lisle County District Attorney's Office"],
  ];
  it.each(rows)('%s: %s', (_, text, words, speaker) => {
    expect(said([text], words).map((a) => a.speaker)).toEqual([speaker]);
  });

  it('police-paper: a story that names no force, but its police as a group of their own, has them write it', () => {
    const docs = [
      'Police arrested Tom Marsh at the marina on Friday. Police said Marsh had taken the van from the yard. The criminal complaint says Marsh drove the van to the pier twice that night.',
      'Tom Marsh was held overnight after police found the van. Police say the van was found near the bridge. Police said the keys were still inside.',
    ];
    expect(said(docs, 'twice that night').map((a) => a.speaker)).toEqual(['police']);
  });

  it.each([
    // Two forces: no telling whose the report is.
    ['Officers of the Brantwood Police Department and the Lisle County Sheriff\'s Office arrested Tom Marsh at the marina on Friday. Marsh drove the van to the pier twice that night, according to a police report.', 'drove the van'],
    // A report of no kind the rows know.
    [`${arrest} Marsh drove the van to the pier twice that night, according to a report.`, 'drove the van'],
    // Words someone else speaks: the paper only reports them.
    ["The Lisle County District Attorney's Office brought fraud charges against Tom Marsh in May. \"Sell it twice and nobody checks,\" a dealer told him, according to the indictment.", 'nobody checks'],
  ])('no owner: %s', (text, words) => {
    expect(said([text], words).map((a) => a.speaker)).not.toContain('Brantwood Police Department');
    expect(said([text], words).map((a) => a.speaker)).not.toContain("Lisle County District Attorney's Office");
  });

  it('every row has a test row', () => {
    expect(KIND_OWNER_RULES.map((r) => r.name).sort()).toEqual([...new Set(rows.map(([name]) => name))].sort());
  });
});

describe('where the words were said, between the verb and the words (WHERE_SAID)', () => {
  // [row, articles, words of the sentence, speaker and claim]
  const rows: [string, string, string, { speaker: string; words: string }][] = [
    ['in-a-medium', `${background} The Harlow Rowing Club announced in an Instagram posting the regatta will move to the northern lake this year.`, 'regatta', { speaker: 'Harlow Rowing Club', words: 'the regatta will move to the northern lake this year' }],
    ['in-a-medium', `${background} The Brantwood Ferry Company wrote in a letter posted to its page that it regrets the closure of the night crossing.`, 'night crossing', { speaker: 'Brantwood Ferry Company', words: 'it regrets the closure of the night crossing' }],
    ['at-an-event', `${background} Governor Ann Lowell told reporters at the regional summit there would be more money for rural roads next year.`, 'rural roads', { speaker: 'Ann Lowell', words: 'there would be more money for rural roads next year' }],
  ];
  it.each(rows)('%s: %s', (_, text, words, expected) => {
    expect(said([text], words).map(({ speaker, words }) => ({ speaker, words }))).toEqual([expected]);
  });

  it.each([
    // Where it was said, and nothing after: no claim in the sentence.
    [`${background} Governor Ann Lowell said in a statement on Monday.`, 'in a statement'],
    // "in the summer" is when, not what in: no claim opens after it.
    [`${background} Governor Ann Lowell said in the summer of the flood.`, 'summer of the flood'],
  ])('no claim: %s', (text, words) => {
    expect(said([text], words)).toEqual([]);
  });

  it('every row has a test row', () => {
    expect(WHERE_SAID.map((t) => t.name).sort()).toEqual([...new Set(rows.map(([name]) => name))].sort());
  });
});

describe('long runs of capitals', () => {
  // The patterns for whom a claim was told to once could split a capitalised run at any letter:
  // 40 capitals that fail to match took 2^40 steps, and hung the build.
  it.each([
    [`Tom Reyes told ${'A'.repeat(40)}(b) that the bridge would be rebuilt.`],
    [`The bridge will be rebuilt, Tom Reyes told ${'A'.repeat(40)}:x`],
  ])('a claim told to a long capitalised run is read in linear time: %s', (text) => {
    expect(said([`${background} ${text}`], 'rebuilt').map((a) => a.speaker)).toContain('Tom Reyes');
  });
});

// reportedSpan: the claim after "said … that", read in time linear in the sentence.
describe('reportedSpan', () => {
  const span = (text: string) => {
    const verb = text.indexOf('said');
    const s = { start: 0, end: text.length } as Parameters<typeof reportedSpan>[1];
    const r = reportedSpan(text, s, { start: verb, end: verb + 4 });
    return text.slice(r.start, r.end);
  };
  it.each([
    ['the claim after "said … that"', 'Dana Ruiz said at the meeting that the levee will hold.', 'the levee will hold'],
    ['not a "that" past twelve words', 'Dana Ruiz said one two three four five six seven eight nine ten eleven twelve thirteen that the levee will hold.', 'one two three four five six seven eight nine ten eleven twelve thirteen that the levee will hold'],
    // An adverb and a comma open the sentence, not a subject and its apposition: the claim is the clause before.
    ['the clause before ", said <source>" after an opening adverb', 'Eventually, Dana Ruiz moved the boats to the inner harbour, near the old pier, said the harbourmaster.', 'Eventually, Dana Ruiz moved the boats to the inner harbour, near the old pier'],
  ])('%s', (_, text, claim) => {
    expect(span(text)).toBe(claim);
  });
  // (Before, the words before each "that" were read back from every position of the sentence:
  // a word of 200,000 letters took minutes. The timeout is a hang guard, not a measure of speed,
  // which npm run bench takes: this reads in about 10 ms.)
  it('the claim after "said … that" is found past a 200,000-letter word', { timeout: 5_000 }, () => {
    const word = 'a'.repeat(200_000);
    expect(span(`Dana Ruiz said ${word} that the levee will hold.`)).toBe('the levee will hold');
  });
});
