// The role rules, read through the entity stage that applies them: a title before a name, an
// apposition, "who is", a party and state, an affiliation.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/builder/stages/04-entities.js';
import { ROLE_RULES, SECOND_ROLES, namesTheBodyOf, pronounOwning, storyKind, type StoryKind } from '../../src/builder/roles.js';

const screen: StoryKind = { screen: true };

describe('ROLE_RULES', () => {
  // [rule, sentence, name, role, what the whole story is]
  const rows: [string, string, string, string, StoryKind?][] = [
    ['title-the-speaker-owns', '“We will miss our dear friend Tom Reyes, the town’s mayor,” she said.', 'Tom Reyes', 'town’s mayor'],
    // An office or kin a speaker owns is the person's role still.
    ['title-before-name', '“We trust our former Governor Tom Reyes,” she said.', 'Tom Reyes', 'former Governor'],
    ['title-before-name', '“I love my little brother Tom Reyes,” she said.', 'Tom Reyes', 'little brother'],
    ['apposition-names-the-post', 'Colonel Ana Ruiz, head of the Northern Brigade, said the road was open.', 'Ana Ruiz', 'head of the Northern Brigade'],
    // A place's name after a title's head word is a first name.
    ['apposition-names-the-post', 'Shells hit the farm of rebel Colonel Paris Mendez, head of the Free Lowland Army, on Monday.', 'Paris Mendez', 'head of the Free Lowland Army'],
    ['then-title', 'Then-party chairman Lee Moreno signed the order.', 'Lee Moreno', 'former party chairman'],
    ['then-title', 'The order was signed by then-Deputy Mayor Lee Moreno.', 'Lee Moreno', 'former Deputy Mayor'],
    ['posted-title-in-place', 'Hunt wrote to Consul General Amir Rao in Denver.', 'Amir Rao', 'Consul General in Denver'],
    ['posted-title-in-place', 'The protest was filed by Ambassador Lena Ortiz in Geneva, officials said.', 'Lena Ortiz', 'Ambassador in Geneva'],
    ['title-and-apposition', 'The hospital hired University of Leeds microbiologist Ann Price, one of the nation’s leading experts on the disease, to test the water.', 'Ann Price', 'University of Leeds microbiologist, one of the nation’s leading experts on the disease'],
    ['title-and-apposition', 'Senator Tom Reed, the chairman of the Finance Committee, opposed the bill.', 'Tom Reed', 'Senator, chairman of the Finance Committee'],
    ['title-before-name', 'He denied rumours about guitar and keyboard player Ian Paul Marsh on vocals.', 'Ian Paul Marsh', 'guitar and keyboard player'],
    // …and two role nouns joined by "and", which the lexicon tags as people rather than nouns.
    ['title-before-name', 'Film editor and director Ana Ruiz tells us the cut took a week.', 'Ana Ruiz', 'Film editor and director'],
    ['title-before-name', 'The crowd grew, the noted poet and translator Tom Reyes said.', 'Tom Reyes', 'poet and translator'],
    // An organisation's "of" stays in the title.
    ['title-before-name', 'The clinic hired University of Leeds virologist Maria Costa to test the wells.', 'Maria Costa', 'University of Leeds virologist'],
    // …and when the body's head word before the "of" is one the lexicon reads as a name's word.
    ['title-before-name', 'The case was weak, said University of Dover law professor Stephen Vale.', 'Stephen Vale', 'University of Dover law professor'],
    // A bare title keeps its place when the apposition names no body.
    ['title-before-name', 'Colonel Ana Ruiz, a veteran of two wars, said the road was open.', 'Ana Ruiz', 'Colonel'],
    ['title-before-name', 'Guitarist Ray Lund, 68, has spent two years on the reissues.', 'Ray Lund', 'Guitarist'],
    // Role nouns compromise does not tag as people (titles.json roleNouns).
    ['title-before-name', 'The standoff ended when Montana rancher Dale Ames agreed to talk.', 'Dale Ames', 'Montana rancher'],
    // Titles of rank and rule.
    ['title-before-name', 'Members of pro-Moscow strongman Tom Reyes’s guard were seen.', 'Tom Reyes', 'pro-Moscow strongman'],
    ['title-before-name', 'The town fell to Islamist warlord Ana Ruiz on Monday.', 'Ana Ruiz', 'Islamist warlord'],
    // The body or state "of" which the titled person is, before a parenthesis or the verb the sentence goes on to.
    ['title-before-name', 'The chief told reporter Ana Ruiz of KXRV-TV (Channel 9) outside the court that it was over.', 'Ana Ruiz', 'reporter of KXRV-TV'],
    // A lawmaker is from the state that elects them; a governor is the state's own, and a place no state is what the post is of.
    ['title-before-name', 'Some groups called for Senator Tom Reyes of Vermont to consider running.', 'Tom Reyes', 'Senator from Vermont'],
    ['title-before-name', 'House Minority Leader Ana Ruiz of Oregon said the bill would pass.', 'Ana Ruiz', 'House Minority Leader from Oregon'],
    ['title-before-name', 'Governor Tom Reyes of Vermont signed the plan.', 'Tom Reyes', 'Governor of Vermont'],
    // …its state abbreviated, spelt out.
    ['title-before-name', 'Senate Minority Leader Ana Ruiz of Ore., flanked by aides, spoke first.', 'Ana Ruiz', 'Senate Minority Leader from Oregon'],
    ['title-before-name', 'The vote was called by Representative Ana Ruiz of Dover, the district’s first.', 'Ana Ruiz', 'Representative of Dover'],
    // "counsel" is a post as well as advice: "White House counsel", "special counsel".
    ['title-before-name', 'The memo was written by White House counsel Ana Ruiz last year.', 'Ana Ruiz', 'White House counsel'],
    ['title-before-name', 'The award went to presenter Ann Hale on Sunday.', 'Ann Hale', 'presenter'],
    // A role noun in lower case with its "co-" is a title, not a compound modifier ("Dover-based").
    ['title-before-name', 'The result surprised study co-author Ann Hale, who ran the tests.', 'Ann Hale', 'study co-author'],
    ['title-before-name', 'He handed the card to co-presenter Ann Hale on stage.', 'Ann Hale', 'co-presenter'],
    // A work's title quoted right before the role noun is what the role is of…
    ['title-before-name', 'Moments later “Harbor Lights” producer Dana Kell took the microphone.', 'Dana Kell', '“Harbor Lights” producer'],
    ['title-before-name', "The panel included 'Night at the Docks' host Ben Ward and two critics.", 'Ben Ward', "'Night at the Docks' host"],
    // …not the end of a quotation, whose words make a sentence.
    ['title-before-name', '"Where did it go?" usher Dana Kell asked a guard.', 'Dana Kell', 'usher'],
    ['title-before-name', '“We will stay open,” spokesman Ben Ward said.', 'Ben Ward', 'spokesman'],
    // A number in a team's or a channel's name goes on with the name before it; a date's does not.
    ['title-before-name', 'Fans cheered Harbor City 76ers quarterback Leo Brandt at the parade.', 'Leo Brandt', 'Harbor City 76ers quarterback'],
    ['title-before-name', 'The clip was aired by KXRV 9 reporter Ana Ruiz on Monday.', 'Ana Ruiz', 'KXRV 9 reporter'],
    ['title-before-name', 'On March 8 attorney Tom Reyes filed the motion.', 'Tom Reyes', 'attorney'],
    ['title-before-name', 'In 2009 chairman Tom Reyes resigned.', 'Tom Reyes', 'chairman'],
    ['title-before-name', 'Fans cheered Game 5 Captain Leo Brandt.', 'Leo Brandt', 'Captain'],
    // An owner's name of several words owns the role whole: a place's, a person's…
    ['title-before-name', "He met New York's deputy governor Tom Reyes on Monday.", 'Tom Reyes', "New York's deputy governor"],
    ['title-before-name', "On Monday Dana Kell's daughter Ana Kell will speak.", 'Ana Kell', "Dana Kell's daughter"],
    // …not a day, a word that opens the sentence, nor a title before the name.
    ['title-before-name', "He said Monday Harbor's chief executive Ana Ruiz would stay.", 'Ana Ruiz', "Harbor's chief executive"],
    ['title-before-name', "He met President Tom Reyes's spokesman Ana Ruiz there.", 'Ana Ruiz', "Tom Reyes's spokesman"],
    ['title-before-name', 'Noah’s father Daniel said the family was grateful.', 'Daniel', 'Noah’s father'],
    ['title-before-name', '"Our teams drill every week," said Petty Officer Laura Brandt of the Coast Guard.', 'Laura Brandt', 'Petty Officer of the Coast Guard'],
    // A verb form right before the role noun qualifies it after a determiner, an owner or a name…
    ['role-before-comma', 'Its marketing coordinator, Paul Denning, said orders were brisk.', 'Paul Denning', 'marketing coordinator'],
    // After a final "s" the possessive is the apostrophe alone.
    ['role-before-comma', "Moses' attorney, Neil Foster, said his client was hit first.", 'Neil Foster', "Moses' attorney"],
    ['role-before-comma', 'The Careys’ lawyer, Glen Hartley, said the couple would be paid.', 'Glen Hartley', 'Careys’ lawyer'],
    // An owner's whole name before it: the name with its apostrophe owns the role.
    ['role-before-comma', "Police said Tom Moss' girlfriend, Ana Ruiz, saw him leave.", 'Ana Ruiz', "Tom Moss' girlfriend"],
    ['role-before-comma', "Nobody knows whether South Sudan's oil minister, Tom Reyes, is ill.", 'Tom Reyes', "South Sudan's oil minister"],
    ['title-before-name', "He hired Moses' attorney Neil Foster last week.", 'Neil Foster', "Moses' attorney"],
    // An honorific after the words that qualify it is spelt out after them; after a title's own head it adds nothing.
    ['title-before-name', 'Republican former U.S. Rep. Tom Reyes won the race.', 'Tom Reyes', 'Republican former U.S. Representative'],
    ['title-before-name', 'Republican Rep. Tom Reyes won the race.', 'Tom Reyes', 'Republican Representative'],
    ['title-before-name', 'House Minority Leader Rep. Tom Reyes said so.', 'Tom Reyes', 'House Minority Leader'],
    // The words that qualify a role noun go with it past the honorific it leaves out.
    ['title-before-name', 'The inquiry heard from marine acoustics expert Dr. Lena Ostrow on Friday.', 'Lena Ostrow', 'marine acoustics expert'],
    ['title-before-name', 'Critics included former mayoral candidate Sen. Dale Hunt.', 'Dale Hunt', 'former mayoral candidate'],
    // A prize's winner is a role; the time of a possessive goes with it.
    ['title-before-name', 'Oscar winner Ana Ruiz thanked her mother.', 'Ana Ruiz', 'Oscar winner'],
    ['title-before-name', "As the show began, last year's winner Ana Ruiz watched.", 'Ana Ruiz', "last year's winner"],
    ['title-before-name', "The parents of Norway's best pole vaulter Kira Lenz were watching.", 'Kira Lenz', "Norway's best pole vaulter"],
    ['title-before-name', 'Democratic frontrunner Tom Reyes led the poll.', 'Tom Reyes', 'Democratic frontrunner'],
    // A past participle between an article and the role noun describes the person.
    ['title-before-name', 'The film follows friends of the jailed preacher Tom Reyes across the city.', 'Tom Reyes', 'jailed preacher'],
    ['title-before-name', 'She met a retired teacher Ana Ruiz had taught with.', 'Ana Ruiz', 'retired teacher'],
    ['role-before-comma', 'The trio’s lead singer, Rob Kellan, died in 2012.', 'Rob Kellan', 'trio’s lead singer'],
    ['title-before-name', 'The memo was written by Stanford Law grad Martin Edley.', 'Martin Edley', 'Stanford Law grad'],
    // …not after a verb, nor after a comma, where it is the clause going on.
    ['title-before-name', 'Police were questioning suspect John Moss on Monday.', 'John Moss', 'suspect'],
    // Nouns the lexicon reads as verbs qualify the role noun when their run opens the phrase…
    ['title-before-name', 'Later, hedge fund manager Ana Ruiz said so.', 'Ana Ruiz', 'hedge fund manager'],
    ['title-before-name', 'He hired travel writer Ana Ruiz last year.', 'Ana Ruiz', 'travel writer'],
    // …after a preposition or a verb's particle, whose object the noun phrase is.
    ['title-before-name', 'The hall fell silent after civil rights leader Tom Reyes stood up.', 'Tom Reyes', 'civil rights leader'],
    ['title-before-name', 'She brought up hedge fund manager Ana Ruiz twice.', 'Ana Ruiz', 'hedge fund manager'],
    // A word the lexicon reads as a verb where it stands ends the run, though no list knows it.
    ['title-before-name', 'The jury invited marine acoustics expert Lena Ostrow to testify.', 'Lena Ostrow', 'marine acoustics expert'],
    ['title-before-name', 'The board includes civil rights leader Dale Hunt and two bankers.', 'Dale Hunt', 'civil rights leader'],
    ['title-before-name', 'The choir includes civil rights leader the Rev. Dale Hunt this year.', 'Dale Hunt', 'civil rights leader'],
    // …and a noun the lexicon knows only as a kind of person ("population", "human"), after a verb of saying.
    ['title-before-name', 'The count was too low, writes population geneticist Ann Hale in her new book.', 'Ann Hale', 'population geneticist'],
    // An "-ing" qualifier is the role's after a verb of saying too, whose object the noun phrase is.
    ['title-before-name', 'The labels will confuse shoppers, says packaging consultant Ann Hale.', 'Ann Hale', 'packaging consultant'],
    // A title's own word in lower case opens a qualifier run, and an owner before it goes with it.
    ['title-before-name', 'The search was called off by Norland’s acting transport minister Tom Reyes on Monday.', 'Tom Reyes', 'Norland’s acting transport minister'],
    ['title-before-name', 'Critics said animal rights activist Ana Ruiz was right.', 'Ana Ruiz', 'animal rights activist'],
    // …not when the word is the sentence's verb, after its subject or before a capitalised title.
    ['title-before-name', 'Police arrest suspect Ana Ruiz in Dover.', 'Ana Ruiz', 'suspect'],
    ['title-before-name', 'The cut marks President Ana Ruiz as weak.', 'Ana Ruiz', 'President'],
    // A capitalised word inside the sentence is a name's, whatever verb the lexicon reads in it…
    ['title-before-name', 'Officials said Ashby Park public information officer Tom Reyes found the boat.', 'Tom Reyes', 'Ashby Park public information officer'],
    ['title-before-name', 'Later, Ashby Park public safety officer Tom Reyes said so.', 'Tom Reyes', 'Ashby Park public safety officer'],
    // …but the sentence's first word may be its verb.
    ['title-before-name', 'Reign coach Tom Reyes quit.', 'Tom Reyes', 'coach'],
    ['title-before-name', 'Many writers, including novelist Ann Hale, objected.', 'Ann Hale', 'novelist'],
    // A body's name joined by "and" goes with the title; two people joined by "and" do not.
    ['title-before-name', 'Critics blamed Harbor Works Committee Chairman Tom Reyes for the delay.', 'Tom Reyes', 'Harbor Works Committee Chairman'],
    ['title-before-name', 'She met farm leaders and President Ana Ruiz on Monday.', 'Ana Ruiz', 'President'],
    ['title-before-name', 'He met Tom Reyes and Vice President Ana Ruiz on Monday.', 'Ana Ruiz', 'Vice President'],
    // A dateline's place in capitals is no part of the title.
    ['title-before-name', 'OSLO/BERLIN Flamboyant former chess champion Tom Reyes arrived on Monday.', 'Tom Reyes', 'Flamboyant former chess champion'],
    ['title-before-name', 'BERLIN Former Prime Minister Tom Reyes said so.', 'Tom Reyes', 'Former Prime Minister'],
    ['title-before-name', 'NASA Administrator Tom Reyes said so.', 'Tom Reyes', 'NASA Administrator'],
    // A role of someone else joined to the name's own title by "of", "for" or "to" is not the name's.
    ['title-before-name', 'The son of U.S. Rep. Tom Reyes was found in the car.', 'Tom Reyes', 'U.S. Representative'],
    ['title-before-name', 'The plan was backed by Ana Ruiz, spokeswoman for House Speaker Tom Reyes, on Monday.', 'Tom Reyes', 'House Speaker'],
    ['title-before-name', 'Chief of Staff Ana Ruiz said so.', 'Ana Ruiz', 'Chief of Staff'],
    // A capitalised article after a comma opens the next sentence, its full stop lost.
    ['title-before-name', 'They include Deputy Mayor Tom Reyes, The longer list includes two advisers to the governor.', 'Tom Reyes', 'Deputy Mayor'],
    // After a modal the word before the title is a verb; after "to" it may be the role's.
    ['title-before-name', 'The vote could force Speaker Tom Reyes to act.', 'Tom Reyes', 'Speaker'],
    ['title-before-name', 'She is engaged to baseball pitcher Tom Reyes.', 'Tom Reyes', 'baseball pitcher'],
    // Two roles of one person joined by "and"; a plural before "and" is other people.
    ['title-before-name', 'He said radio pundit and Fox News host Ana Ruiz was there.', 'Ana Ruiz', 'radio pundit and Fox News host'],
    // "co-" before a role noun is a role noun.
    ['apposition', 'It will help, said Paul Nadler, co-chair of the river cleanup group.', 'Paul Nadler', 'co-chair of the river cleanup group'],
    // An elected office written as an abbreviated honorific goes with the apposition…
    ['elected-honorific-and-apposition', 'Rep. Ana Ruiz, a member of the Harbor Caucus, voted no.', 'Ana Ruiz', 'Representative, member of the Harbor Caucus'],
    ['elected-honorific-and-apposition', 'Oregon Gov. Tom Reyes, a Democrat, signed the bill.', 'Tom Reyes', 'Oregon Governor, Democrat'],
    // …but not beside the head of a body, the post that body's words are credited to; nor does a rank.
    ['apposition', 'Sen. Ana Ruiz, chairwoman of the Harbor Committee, voted no.', 'Ana Ruiz', 'chairwoman of the Harbor Committee'],
    ['apposition', 'Lt. Tom Reyes, a spokesman for the harbor police, said so.', 'Tom Reyes', 'spokesman for the harbor police'],
    // The abbreviated "St." of a place's name does not end the apposition.
    ['apposition', 'Ana Ruiz, a teacher from St. Louis, said so.', 'Ana Ruiz', 'teacher from St. Louis'],
    // An officer's initials are a title as "CEO" is (titles.json heads).
    ['apposition', 'Dana Kerr, COO of Harbor Foods, spoke first.', 'Dana Kerr', 'COO of Harbor Foods'],
    ['apposition', 'Jens Stoltenberg, the secretary general of NATO, called for calm.', 'Jens Stoltenberg', 'secretary general of NATO'],
    ['apposition', 'The samples came late, according to Ruth Calder, part of a team of Leeds University chemists testing the river.', 'Ruth Calder', 'part of a team of Leeds University chemists testing the river'],
    // A verb form before a role noun qualifies it.
    ['apposition', '“It works,” says Omar Haddad, an associate professor of physics at Lund who led the study.', 'Omar Haddad', 'associate professor of physics at Lund who led the study'],
    // A name opens the apposition; an adverb of time may come before it.
    ['elected-honorific-and-apposition', 'Sen. Ray Dunn, a New York Democrat, said the bill would pass.', 'Ray Dunn', 'Senator, New York Democrat'],
    ['apposition', 'Ana Ruiz, now a professor at Yale, said the data were sound.', 'Ana Ruiz', 'professor at Yale'],
    // Capitalised words that qualify a noun after them, not the next person of a list.
    ['apposition', 'Tom Reyes, chief White House budget adviser under President Ann Lee, said so.', 'Tom Reyes', 'chief White House budget adviser under President Ann Lee'],
    // A speech verb in a name is no next clause.
    ['apposition', 'It failed, said Tom Reyes, director of the Economic Think Tank, after the vote.', 'Tom Reyes', 'director of the Economic Think Tank'],
    ['apposition', 'Ana Ruiz, a member of the Northern Council in Leeds, a civic network, told reporters.', 'Ana Ruiz', 'member of the Northern Council in Leeds'],
    ['then-apposition', 'The panel heard Ruth Cole, then head of the National Water Board, in 2009.', 'Ruth Cole', 'former head of the National Water Board'],
    ['role-in-parentheses', 'I spoke to Tom Reyes (family attorney) on Monday.', 'Tom Reyes', 'family attorney'],
    ['affiliation-after-comma', 'Nils Hauer, from the Bergen Trust Genome Institute, said the bones held DNA.', 'Nils Hauer', 'Bergen Trust Genome Institute'],
    ['role-before-comma', 'One resident of the street, Diane Moss, said the noise went on all night.', 'Diane Moss', 'resident of the street'],
    ['role-before-comma', 'Another witness, Tom Reyes, said the car sped away.', 'Tom Reyes', 'witness'],
    ['role-with-its-complement-before-comma', 'The crowd cheered when the director of that film, Paul Vance, sent a note.', 'Paul Vance', 'director of that film'],
    ['role-with-its-complement-before-comma', 'As you heard, the Republican leader in the Senate, Ana Ruiz, said no.', 'Ana Ruiz', 'Republican leader in the Senate'],
    ['role-with-its-complement-before-comma', 'An attorney representing the college, Alex Morrow, noted the rate.', 'Alex Morrow', 'attorney representing the college'],
    ['role-with-its-complement-before-comma', 'The union hired a lawyer for the dock workers, Ana Ruiz, to argue the case.', 'Ana Ruiz', 'lawyer for the dock workers'],
    ['one-of-a-plural-before-comma', "One of Lund's sons, Erik Lund, has vowed to fight on.", 'Erik Lund', "Lund's son"],
    ['copula-after-age', 'Hollis, then 29, was an accomplished climber.', 'Hollis', 'accomplished climber'],
    ['apposition-after-age', 'Ray Hollis, now 61, a retired nurse, said the clinic closed.', 'Ray Hollis', 'retired nurse'],
    // Role nouns compromise does not tag as people (titles.json roleNouns).
    ['role-named', 'In the novel, a neurosurgeon named Ada Finch falls ill.', 'Ada Finch', 'neurosurgeon'],
    ['plural-after-a-list', 'The study was done by Ann Lee and Tom Reyes, scientists at Leeds University.', 'Ann Lee', 'scientist at Leeds University'],
    ['plural-after-a-list', 'The study was done by Ann Lee and Tom Reyes, scientists at Leeds University.', 'Tom Reyes', 'scientist at Leeds University'],
    ['plural-title-before-a-list', 'The shows are the last for drummers Ann Lee and Tom Reyes, the band said.', 'Tom Reyes', 'drummer'],
    ['plural-title-before-a-list', 'Pilots Ann Lee of Leeds and Tom Reyes of Hull set off at dawn.', 'Ann Lee', 'Pilot'],
    ['title-before-the-honorific', 'He prayed, according to the harbor chaplain the Rev. Tom Reyes.', 'Tom Reyes', 'harbor chaplain'],
    ['title-before-the-honorific', 'Its longtime pastor, the Rev. Tom Reyes, died.', 'Tom Reyes', 'longtime pastor'],
    ['plural-title-before-a-list', 'The subpoenas went to former Senate aides Tom Reyes and Ana Ruiz.', 'Ana Ruiz', 'former Senate aide'],
    // An outlet's possessive written with the apostrophe alone.
    ['organisation-possessive', 'The interview began with ABC News’ Lena Ruiz, who asked first.', 'Lena Ruiz', 'ABC News'],
    ['affiliation-with', 'Ann Lee from the Red Cross said the roads were closed.', 'Ann Lee', 'Red Cross'],
    // The kin word without a modifier, and a verb of its own: "who" joins it.
    ['whose-kin', 'Paul Moss, whose son died in the attack, spoke first.', 'Paul Moss', 'father of a son who died in the attack'],
    ['apposition-after-age', 'Police arrested Jane Moss, 34, a nurse from Ohio, on Monday.', 'Jane Moss', 'nurse from Ohio'],
    ['identified-as', 'The 23-year-old nurse, identified by police as Ana Ruiz, survived the crash.', 'Ana Ruiz', '23-year-old nurse'],
    ['identified-as', 'Police said the victim was identified as Tom Reyes, 34, of Leeds.', 'Tom Reyes', 'victim'],
    ['described-as', 'Ana Ruiz, described by the paper as a senior political reporter, was absent.', 'Ana Ruiz', 'senior political reporter'],
    ['role-of-the-one-named-before', 'Moss, 41, said her two children, 12-year-old Clara Diaz and 9-year-old Paul Diaz, won the spelling bee.', 'Clara Diaz', 'Moss’s daughter'],
    ['role-of-the-one-named-before', 'Moss, 41, said her two children, 12-year-old Clara Diaz and 9-year-old Paul Diaz, won the spelling bee.', 'Paul Diaz', 'Moss’s son'],
    ['role-of-the-one-named-before', 'Omar leaves behind his grieving mother, Ana, and his uncle, Tom Reyes.', 'Ana', 'Omar’s mother'],
    ['role-of-the-one-named-before', 'Omar leaves behind his grieving mother, Ana, and his uncle, Tom Reyes.', 'Tom Reyes', 'Omar’s uncle'],
    ['role-of-the-one-named-before', 'But Ray Cole said his attorney, Mia Tran, would appeal.', 'Mia Tran', 'Ray Cole’s attorney'],
    // The owner is the name the pronoun is joined to by "and", before the sentence's subject.
    ['role-of-the-one-named-before', 'Ana Ruiz sued Tom Reyes and his attorney, Mia Tran, on Monday.', 'Mia Tran', 'Tom Reyes’s attorney'],
    ['title-owned-by-the-one-named-before', 'Ana Ruiz met Tom Reyes and his lawyer Jane Moss in Leeds.', 'Jane Moss', 'Tom Reyes’s lawyer'],
    ['title-owned-by-the-one-named-before', 'But Ray Cole said his attorney Mia Tran would appeal.', 'Mia Tran', 'Ray Cole’s attorney'],
    // "her" is no man's, and the one told is not the owner: the title stays without one.
    ['title-before-name', 'Police told Ray Cole her sister Mia Tran was safe.', 'Mia Tran', 'sister'],
    // The owner is the sentence's subject, and "her" is no man's: the role stays without one.
    ['role-before-comma', 'Police told Ray Cole that her sister, Mia Tran, was safe.', 'Mia Tran', 'sister'],
    ['role-before-comma', 'John Cole said her sister, Mia Tran, was safe.', 'Mia Tran', 'sister'],
    ['apposition-after-age', 'Tom Lee, 70, the town’s former mayor, died on Sunday.', 'Tom Lee', 'town’s former mayor'],
    ['apposition-after-age', 'It works, said Ana Ruiz, PhD, assistant professor of biology at Leeds.', 'Ana Ruiz', 'assistant professor of biology at Leeds'],
    // A work's title inside the apposition, with the comma inside its quotation marks.
    ['apposition', 'Tom Reyes, the anchor of “Leeds Evening News,” joked about it.', 'Tom Reyes', 'anchor of Leeds Evening News'],
    // Nouns for what a person is that compromise does not tag as people (titles.json roleNouns).
    ['apposition', 'Ana Ruiz, an advocate for victims of fraud, spoke at the hearing.', 'Ana Ruiz', 'advocate for victims of fraud'],
    ['apposition', '"It was a mistake," said Jane Moss, a public defender in Leeds.', 'Jane Moss', 'public defender in Leeds'],
    ['apposition', 'Dale Ames, a retiree from Ohio, lost his savings.', 'Dale Ames', 'retiree from Ohio'],
    ['apposition', 'Ana Ruiz, another resident, said the stairs were steep.', 'Ana Ruiz', 'resident'],
    // An adjective that is also a common word, or a participle, before the role noun.
    ['apposition', 'Tom Reyes, the new board chair, said the vote was close.', 'Tom Reyes', 'new board chair'],
    ['apposition', 'Lena Ortiz, the oldest living member of the rowing club, turned 100 on Monday.', 'Lena Ortiz', 'oldest living member of the rowing club'],
    ['apposition', 'Tom Reyes, the retired Army general who led the mission, spoke on Sunday.', 'Tom Reyes', 'retired Army general who led the mission'],
    // A capitalised word that is also a verb opens a body's name.
    ['apposition', '"The risk is rising," said Ian Moss, Control Data\'s chief analyst.', 'Ian Moss', "Control Data's chief analyst"],
    // After "of", a titled name is whom the role is of, not the next person of a list.
    ['apposition', 'Ann Price, daughter of steel magnate Victor Price, will marry in June.', 'Ann Price', 'daughter of steel magnate Victor Price'],
    // A space before the comma, a mark of no width after the article.
    ['apposition', '"It is rare," said Tom Reyes , the county coroner.', 'Tom Reyes', 'county coroner'],
    ['apposition', 'Ann Lee, an\u200e assistant professor of law, said so.', 'Ann Lee', 'assistant professor of law'],
    ['title-before-name', 'In 1970, statistician Tom Reyes published an analysis.', 'Tom Reyes', 'statistician'],
    // A sentence's opening "-ing" verb, a plural or a past form in lower case before a capitalised
    // title are the sentence's words, not the title's.
    ['title-before-name', 'Watching President Tom Reyes dodge the question reminded me of his gifts.', 'Tom Reyes', 'President'],
    ['title-before-name', 'Acting President Tom Reyes left early.', 'Tom Reyes', 'Acting President'],
    ['title-before-name', 'Outgoing Harbor quarterback Tom Reyes left early.', 'Tom Reyes', 'Outgoing Harbor quarterback'],
    ['title-before-name', 'Building manager Ana Ruiz, 33, said the lift was old.', 'Ana Ruiz', 'Building manager'],
    ['title-before-name', 'Two senators both praised Pope Tom Reyes for his speech.', 'Tom Reyes', 'Pope'],
    ['title-before-name', 'The rise matches the cases seen in these districts Professor Ana Ruiz said.', 'Ana Ruiz', 'Professor'],
    // After an infinitive's "to", a lower-case word before a capitalised title is the verb, not the title's.
    ['title-before-name', 'His lawyers filed a motion to subpoena President Tom Reyes at the trial.', 'Tom Reyes', 'President'],
    ['title-before-name', 'The council voted to censure Deputy Mayor Ana Ruiz on Monday.', 'Ana Ruiz', 'Deputy Mayor'],
    // …but a title word after "to" goes with the title ("to former President"), and a lower-case title keeps its words.
    ['title-before-name', 'The letter went to former President Tom Reyes last week.', 'Tom Reyes', 'former President'],
    ['title-before-name', 'She got engaged to baseball pitcher Tom Reyes in May.', 'Tom Reyes', 'baseball pitcher'],
    ['apposition-after-age', 'Jane Moss, 45, of Springfield, a mother of three, was arrested.', 'Jane Moss', 'mother of three'],
    ['person-from-a-place', 'The letters were sorted by Tove Lindqvist, a Swedish woman who runs a small archive.', 'Tove Lindqvist', 'Swedish woman who runs a small archive'],
    ['person-from-a-place', 'The body was later named as Ana Ruiz, a 31-year-old Harbor County native.', 'Ana Ruiz', '31-year-old Harbor County native'],
    ['person-from-a-place', 'The pastor, Tom Reyes, a Chilean American, led the march.', 'Tom Reyes', 'Chilean American'],
    ['animal-apposition', 'The hikers were found by Pip Marlow, a rescue dog trained to find climbers, on Sunday.', 'Pip Marlow', 'rescue dog trained to find climbers'],
    ['animal-apposition', 'Tamsin Greave, 6, a grey mare, won the race.', 'Tamsin Greave', 'grey mare'],
    ['animal-apposition', 'Ruby Calder, one of the ranch’s rescued horses, ran off.', 'Ruby Calder', 'one of the ranch’s rescued horses'],
    ['animal-named-with-its-kind', 'Neighbours searched for Pip the dog this week.', 'Pip', 'dog'],
    ['animal-named-with-its-kind', 'On Monday, Tamsin the mare escaped from her stall.', 'Tamsin', 'mare'],
    ['apposition-between-dashes-or-parentheses', 'Jane Moss — a spokeswoman for the FBI — said it was rare.', 'Jane Moss', 'spokeswoman for the FBI'],
    ['apposition-between-dashes-or-parentheses', 'Jane Moss (the chief executive of Acme) said it was rare.', 'Jane Moss', 'chief executive of Acme'],
    ['role-named', 'The victim, a 34-year-old nurse named Jane Moss, died on Monday.', 'Jane Moss', '34-year-old nurse'],
    // An honorific's dot inside the apposition.
    ['apposition', 'Jane Moss, a spokeswoman for Rep. John Hale, said it was rare.', 'Jane Moss', 'spokeswoman for Rep. John Hale'],
    ['copula', 'Vos is chairman of FloraHaven, a flower market.', 'Vos', 'chairman of FloraHaven'],
    // After an article the head is a noun, though the tagger reads it as a verb; an initial's dot goes on; a body's name past "and".
    ['copula', 'Ana Ruiz is a nurse at the county clinic.', 'Ana Ruiz', 'nurse at the county clinic'],
    ['copula-after-age', 'Ida Lund, 88, is a retired nurse in Dover.', 'Ida Lund', 'retired nurse in Dover'],
    ['copula-after-age', 'Omar Vance, 41, was the head of the Millbrook rowing club.', 'Omar Vance', 'head of the Millbrook rowing club'],
    ['copula', 'Tom Reyes is the John F. Hale Professor of Law at Marsh and Vale Law School.', 'Tom Reyes', 'John F. Hale Professor of Law at Marsh and Vale Law School'],
    ['who-is', 'John Jones, who is the band’s bassist, declined to comment.', 'John Jones', 'band’s bassist'],
    ['who-holds-post', 'Sales rose, said Ruth Cole, who heads the regional bank.', 'Ruth Cole', 'head of the regional bank'],
    ['who-holds-post', 'Ruth Cole, who founded the company in 1999, declined to comment.', 'Ruth Cole', 'founder of the company'],
    ['who-holds-post', 'Ruth Cole, who teaches at Leeds University, disagreed.', 'Ruth Cole', 'teacher at Leeds University'],
    // A subject studied makes a researcher; a place studied at, a student.
    ['who-holds-post', 'Ruth Cole, who studies sleep at Leeds University, disagreed.', 'Ruth Cole', 'researcher who studies sleep at Leeds University'],
    ['who-holds-post', 'Ruth Cole, who studies at Leeds University, disagreed.', 'Ruth Cole', 'student at Leeds University'],
    ['who-holds-post', 'Ruth Cole, who chaired the panel until 2010, disagreed.', 'Ruth Cole', 'former chair of the panel'],
    ['role-before-comma', 'The mother of the victim, Jane Moss, said the school never called.', 'Jane Moss', 'mother of the victim'],
    ['role-before-comma', 'On Monday the chair of the Eastport Harbour board, Tom Reyes, stepped down.', 'Tom Reyes', 'chair of the Eastport Harbour board'],
    ['role-before-comma', 'Acme’s CEO, Jane Moss, said sales rose.', 'Jane Moss', 'Acme’s CEO'],
    ['role-before-comma', 'She admitted shooting her neighbor, 58-year-old Carl Weston, in a barn.', 'Carl Weston', 'neighbor'],
    // A list of roles, each before its name: Rita is not "father".
    ['role-before-comma', 'He leaves his mother, Rita, father, Daniel, and a brother.', 'Rita', 'mother'],
    ['role-before-comma', 'The helicopter pilot, Lt. Adam Ford, and copilot, Lt. Sam Porter, took him ashore.', 'Sam Porter', 'copilot'],
    ['role-before-comma', 'He went sailing with his 19-year-old nephew, Victor Lindqvist, on Sunday.', 'Victor Lindqvist', '19-year-old nephew'],
    // A phrase joined by "and the" after the name is someone else's: the role is the one before it.
    ['role-before-comma', 'The blast left the nurse, 40-year-old Tom Reyes, dead and the driver badly hurt.', 'Tom Reyes', 'nurse'],
    // A noun the tagger reads as a verb, between an article or an owner and the role noun.
    ['role-before-comma', 'The state attorney, Lena Ortiz, said she would appeal.', 'Lena Ortiz', 'state attorney'],
    ['title-before-name', 'She spoke after his campaign manager Tom Reyes quit.', 'Tom Reyes', 'campaign manager'],
    ['title-before-name', 'Prosecutors said former Harbor & Pier owner Tom Reyes pleaded guilty.', 'Tom Reyes', 'former Harbor & Pier owner'],
    ['role-before-comma', 'The Hale & Moss spokesman, Ana Ruiz, declined to comment.', 'Ana Ruiz', 'Hale & Moss spokesman'],
    ['one-of-a-plural-before-comma', 'One of the attackers, Tom Reyes, was known to police.', 'Tom Reyes', 'attacker'],
    ['one-of-a-plural-before-comma', 'Lawyers for one of the defendants, Ana Ruiz, asked for bail.', 'Ana Ruiz', 'defendant'],
    ['person-described-by-a-deed-before-comma', 'The vigil was held for a drowned Harbor County teenager, Ana Ruiz, on the pier.', 'Ana Ruiz', 'drowned Harbor County teenager'],
    ['person-described-by-a-deed-before-comma', 'Another man charged in the robbery, Dan Varga, was freed on bail.', 'Dan Varga', 'man charged in the robbery'],
    ['person-described-by-a-deed-before-comma', 'A second person who was injured in the blast, Tom Reyes, is still in hospital.', 'Tom Reyes', 'person who was injured in the blast'],
    ['description-opens-the-sentence', 'A former Navy pilot, Reyes joined the airline in 1990.', 'Reyes', 'former Navy pilot'],
    ['description-opens-the-sentence', 'A lawyer in Leeds, Ana Ruiz has argued the case for years.', 'Ana Ruiz', 'lawyer in Leeds'],
    ['whose-kin', 'Helen Marsh, whose son Peter Lund was another founder of the rowing club, spoke.', 'Helen Marsh', 'mother of Peter Lund, another founder of the rowing club'],
    ['party-and-state', '“It is shameful,” Tom Keller (R-Fla.) told reporters.', 'Tom Keller', 'Republican from Florida'],
    ['party-and-state', 'Rep. Laura Whitcomb (R-Tenn.), another critic, said it.', 'Laura Whitcomb', 'Republican Representative from Tennessee'],
    ['party-and-state-between-commas', 'Sen. Paul Dwyer, D-N.Y., said it would pass.', 'Paul Dwyer', 'Democratic Senator from New York'],
    ['party-and-state-between-commas', 'It would pass, Ted Lusk, R-Texas, said on Monday.', 'Ted Lusk', 'Republican from Texas'],
    // With no title the party is a noun: a Democrat from Texas.
    ['party-and-state-between-commas', 'It would fail, Ana Ruiz, D-Texas, said on Monday.', 'Ana Ruiz', 'Democrat from Texas'],
    ['honorific-of-affiliation', 'Sen. Jon Marek of Arizona said he would vote against it.', 'Jon Marek', 'Senator from Arizona'],
    ['lawmaker-state-in-parentheses', 'The vote can wait, said Sen. Ana Ruiz (Ore.), one of two Democrats.', 'Ana Ruiz', 'Senator from Oregon'],
    ['lawmaker-state-in-parentheses', 'Critics included Sens. Tom Reyes (Nev.) and Ana Ruiz (Maine), who left him.', 'Ana Ruiz', 'Senator from Maine'],
    ['affiliation-after-comma', 'Ian Moss, of the Harbour Trust, said the pier would close.', 'Ian Moss', 'Harbour Trust'],
    ['affiliation', 'The ferry sailed at noon, though Ana Ruddle of the coast guard warned of fog.', 'Ana Ruddle', 'coast guard'],
    ['affiliation-with', 'It is not simple, Ana Ruiz with the Yes on 12 campaign, which held no party, told us.', 'Ana Ruiz', 'Yes on 12 campaign'],
    ['affiliation-with', 'Tom Reyes with the Red Cross said aid arrived.', 'Tom Reyes', 'Red Cross'],
    ['affiliation', 'The shift was cultural, says Ana Ruiz of the National Institute for Family Studies in Lyon.', 'Ana Ruiz', 'National Institute for Family Studies in Lyon'],
    ['affiliation', 'Tom Reyes of the Alliance for Fair Trade emailed reporters.', 'Tom Reyes', 'Alliance for Fair Trade'],
    ['affiliation-at-when-quoted', 'Fares will rise twice, writes Kate Lund at The Harbor Review.', 'Kate Lund', 'The Harbor Review'],
    ['affiliation-at-when-quoted', 'The vote was close, says Ana Ruiz at Columbia University.', 'Ana Ruiz', 'Columbia University'],
    ['affiliation-at-when-quoted', 'Ian Moss at the Harbor Institute argues that the deal came late.', 'Ian Moss', 'Harbor Institute'],
    ['honorific', 'Gov. Robert Hale apologized on Monday.', 'Robert Hale', 'Governor'],
    // Each honorific of a rank is spelt out.
    ['honorific', 'Retired Lt. Gen. Tom Reyes said the base would close.', 'Tom Reyes', 'Retired Lieutenant General'],
    ['organisation-possessive', 'At a later hearing, the EPA’s Miguel Torres added that testing could help.', 'Miguel Torres', 'EPA'],
    ['organisation-possessive', 'The Red Cross’s Anna Berg said the convoy had arrived.', 'Anna Berg', 'Red Cross'],
    // A body the lexicon does not know, and each name of a list it owns.
    ['body-possessive', 'As Quillpoint’s Dana Kell points out, the chorus is borrowed.', 'Dana Kell', 'Quillpoint'],
    ['body-possessive', 'The figures, Quillpoint’s Dana Kell and Omar Haddad wrote, were wrong.', 'Omar Haddad', 'Quillpoint'],
    ['body-possessive', 'The raw data went to WKTV9’s Lena Moss on Friday.', 'Lena Moss', 'WKTV9'],
    ['made-by', 'The film was directed by Rhys Walden.', 'Rhys Walden', 'director'],
    ['made-by', 'Her new film started as a screenplay by Owen Hartley.', 'Owen Hartley', 'screenwriter'],
    ['made-by', 'The film, directed with quiet skill by Rhys Walden, opens Friday.', 'Rhys Walden', 'director'],
    ['cast-in-parentheses', 'Meanwhile, in Dublin, a shy schoolgirl named Nora (Katie Hale) is shaken.', 'Katie Hale', 'plays shy schoolgirl named Nora', screen],
    ['cast-in-parentheses', 'When her older sister, Maeve, (Ellen Hale) is killed, Nora withdraws.', 'Ellen Hale', 'plays Maeve', screen],
    ['cast-in-parentheses', 'There is a gentle subplot involving Clara (Gordon), who she meets in class.', 'Gordon', 'plays Clara', screen],
    ['stars-as-character', '"Low Tide" stars Sam Archer as Owen, a fisherman; Irene Vale as Lotte, a schoolteacher.', 'Irene Vale', 'plays Lotte', screen],
    ['stars-as-description', '"Low Tide" stars Sam Archer as Owen, a fisherman; Irene Vale as a woman who lost her dog; and Tom Reyes as Ben.', 'Irene Vale', 'plays a woman who lost her dog', screen],
    ['plays-character', 'In the sequel, Nora Kell plays Tess, a retired pilot.', 'Nora Kell', 'plays Tess', screen],
    ['organisation-kind', 'It is leased from Japanese trading company Hoshino Bussan Kogyo.', 'Hoshino Bussan Kogyo', 'Japanese trading company'],
    // The kind starts at a word, not inside a decade's "'90s".
    ['organisation-kind', "He was one half of the '90s rap group Qorvex Crew, his label said.", 'Qorvex Crew', 'rap group'],
    // A title joined by "in" to the word the name's run starts on.
    ['title-before-name', 'Harbor Post Editor in Chief Ana Ruiz said the poll was sound.', 'Ana Ruiz', 'Harbor Post Editor in Chief'],
    ['title-before-name', 'He called Editor in Chief Ana Ruiz, who agreed.', 'Ana Ruiz', 'Editor in Chief'],
    // "New" opens an outlet's name before the role noun it qualifies.
    ['title-before-name', 'He went to New Harbor media writer Ana Ruiz for advice.', 'Ana Ruiz', 'New Harbor media writer'],
    // A verb with its object after a relative pronoun is the role's own clause.
    ['apposition', 'Ana Ruiz, a lawyer who signed the deal, spoke first.', 'Ana Ruiz', 'lawyer who signed the deal'],
    // A titled name after "for" or "of" is whom the role is of.
    ['apposition', 'Lena Cole, a spokeswoman for Deputy Mayor Ana Ruiz, said the road was shut.', 'Lena Cole', 'spokeswoman for Deputy Mayor Ana Ruiz'],
    ['apposition-closed-by-speech', 'Ana Ruiz, Harbor Trust’s chief executive said the plan would work.', 'Ana Ruiz', 'Harbor Trust’s chief executive'],
    ['apposition-closed-by-speech', 'Tom Reyes, a neighbor told reporters he heard two shots.', 'Tom Reyes', 'neighbor'],
    // An epithet between the name and its apposition; a title of rank and rule.
    ['apposition-after-epithet', 'The hall was raised for Ivar Lund the Bold, a Norse jarl who died in 1040.', 'Ivar Lund', 'Norse jarl who died in 1040'],
    // A participle before lower-case qualifiers of the role noun describes the person.
    ['copula-after-age', 'Ana Ruiz, then 29, was an accomplished deep-sea diver and photographer.', 'Ana Ruiz', 'accomplished deep-sea diver'],
    // Between dashes a label may go without its article.
    ['apposition-between-dashes-or-parentheses', 'Dan Cole — owner of the bakery that made the cake — spoke first.', 'Dan Cole', 'owner of the bakery'],
    // "VP" is a title's head, as "president" is.
    ['apposition', "Ana Ruiz, Harbor Bank's senior VP of lending, said so.", 'Ana Ruiz', "Harbor Bank's senior VP of lending"],
    // A former partner is kin as a partner is.
    ['role-of-the-one-named-before', 'Tom Reyes met his ex-girlfriend, Ana Ruiz, in Dover.', 'Ana Ruiz', 'Tom Reyes’s ex-girlfriend'],
    // A sentence that reports another's clause: its subject does not own the pronoun, whose owner the actors stage reads.
    ['role-of-the-one-named-before', 'Dan Cole says that Tom Reyes called his ex-wife, Ana Ruiz.', 'Ana Ruiz', 'ex-wife'],
    ['role-named', 'Meanwhile a shy schoolgirl named Nora Lund is hurt.', 'Nora Lund', 'shy schoolgirl'],
    // A word opening the sentence before a capitalised title, which the story writes as a name's
    // inside its sentences, is the team's, though the lexicon reads a verb in it.
    ['title-after-its-town-and-state', 'Millbrook, Del., Mayor Ana Ruiz said the pier would reopen.', 'Ana Ruiz', 'Mayor of Millbrook, Del.'],
    // (Not the words that open the sentence's clause.)
    ['title-after-its-town-and-state', 'In Millbrook, Ore., Police Chief Tom Reyes asked for calm.', 'Tom Reyes', 'Police Chief of Millbrook, Ore.'],
    ['title-before-name', 'Surge Coach Ana Ruiz praised the defense.', 'Ana Ruiz', 'Surge Coach', { names: new Set(['Surge']) }],
    // "Lady" is the head of "First Lady", lower case too; a country after the name is hers, as a mayor's town is.
    ['title-before-name', 'First Lady Mara Quell opened the new library.', 'Mara Quell', 'First Lady'],
    ['title-before-name', 'The governor met first lady Mara Quell at the port.', 'Mara Quell', 'first lady'],
    ['title-before-name', 'First Lady Mara Quell of Veldonia toured the port.', 'Mara Quell', 'First Lady of Veldonia'],
  ];

  it.each(rows)('%s: %s', (_, text, name, role, story) => {
    expect(findMentions(text, { story }).find((f) => f.name === name)?.role, JSON.stringify(findMentions(text, { story }))).toBe(role);
  });

  it.each([
    ['a name in parentheses', 'The company’s founder (John Smith) declined to comment.', 'John Smith'],
    // A person's noun with nothing done to the person beside it says nothing (person-described-by-a-deed-before-comma).
    ['a man counted', 'The second man, Tom Reyes, had not aroused any suspicion.', 'Tom Reyes'],
    ['a man named', 'The man, named Tom Reyes, drove off.', 'Tom Reyes'],

    ['"X plays Y"', 'In the final, Rafael Costa plays Roger Hale, the champion.', 'Rafael Costa'],
  ])('outside a story about a film or a show, no part from %s', (_, text, name) => {
    expect(findMentions(text).find((f) => f.name === name)?.role).toBeUndefined();
  });

  it.each([
    ['a review: film words in every article', ['The film opens Friday. The movie is long.', 'It is a film about grief, from the screenplay by Owen Hartley, starring Sam Archer.'], true],
    ['a news story that names a film once', ['The senator saw a film on Friday. He voted on Monday.', 'The vote was close.'], false],
  ])('a story about a film or a show: %s', (_, docs, screen) => {
    expect(storyKind(docs).screen).toBe(screen);
  });

  it.each([
    ['the sentence going on after a comma', 'The missing man, Dennis Hollis, had gone out for a walk with his nephew.', 'Dennis Hollis'],
    ['an age alone', 'But time has given Dorsey, who is now 67, a different view.', 'Dorsey'],
    ['a circumstance', 'The family raised money for Noah, in particular for his 4-year-old sister Lily.', 'Noah'],
    ['a role that opens the clause before a subject', 'When the crews find a survivor, Ana Ruiz calls the medics.', 'Ana Ruiz'],
    ['the next clause with its own speaker', 'The shelling hit Tel Hamra, local activist Omar Haddad told reporters.', 'Tel Hamra'],
    ['a place described as what it is of someone', 'Troops shelled Tel Hamra, home village of rebel commander Omar Haddad, on Monday.', 'Tel Hamra'],
    ['a place after a comma and "of"', 'Ian Moss, of Leeds, said the pier would close.', 'Ian Moss'],
    ['a man with no place or people said', 'The gate was opened by Ben Hale, a tall man with a cane.', 'Ben Hale'],
    ['a place after a comma and "from"', 'Ann Lee, from the Bronx, said so.', 'Ann Lee'],
    ['a plural after one name', 'The prize went to Tom Reyes, scientists at Leeds said.', 'Tom Reyes'],
    ['the next person of a list, with their title', 'The film stars Jane Moss, cinematographer Paul Lasko and others.', 'Jane Moss'],
    ['the next person, with their title, and the clause going on', "The crowd cheered Tom Reyes, last year's winner Ana Ruiz watching from her seat.", 'Tom Reyes'],
    ['a country\'s possessive', 'Russia’s Ivan Petrov said the talks would go on.', 'Ivan Petrov'],
    ['a person\'s possessive', 'He met Obama’s Ivan Petrov at the talks.', 'Ivan Petrov'],
    ['a place after the age', 'Jane Moss, 34, of Springfield, was arrested.', 'Jane Moss'],
    ['a town named for a body, with its state', '“It never stops,” said Tom Reyes of Lake Center, N.Y., on Monday.', 'Tom Reyes'],
    ['a verb that names no post', 'Ruth Cole, who lives in the town, disagreed.', 'Ruth Cole'],
    ['a title cut short before someone else’s name', 'Jane Moss, a spokeswoman for Rep. John Hale, said it was rare.', 'John Hale'],
    ['a name that qualifies the next title', 'It was written by Stanford Law grad Martin Edley.', 'Stanford Law'],
    ['a passive that names no work', 'The convoy was stopped by Ivan Petrov on Monday.', 'Ivan Petrov'],
    ['a note in parentheses', 'The deal was signed by Tom Reyes (left) and Ana Ruiz (pictured).', 'Tom Reyes'],
    ['a time, not a post, after "then"', 'We met Ana Ruiz, then in her twenties, in Leeds.', 'Ana Ruiz'],
    ['a plural before "of" and a comma', 'He spoke to reporters of the Leeds Herald, Tom Reyes said.', 'Tom Reyes'],
    ['a description that is no role, identified', 'The man was identified as Tom Reyes, 34.', 'Tom Reyes'],
    ['a person met with', 'Tom Reyes met with the Dalai Lama on Friday.', 'Tom Reyes'],
    ['a phrase joined by "and the" after words that make no role', 'The crash left Tom Reyes, dead and the pilot badly hurt.', 'Tom Reyes'],
    ['a time that opens the sentence', 'A day after the vote, Ana Ruiz resigned.', 'Ana Ruiz'],
    ['a role with its complement in an opening clause', 'After a talk with the mayor in Leeds, Ana Ruiz, 34, went home.', 'Ana Ruiz'],
    ['a state after a role with its complement', 'The lead author, Tom Reyes, a psychologist at Harbor University in Dover, N.C., said so.', 'N.C.'],
    ['the next name of a list after a role with its complement', 'Lund is the senior member on the Panel on the Coast, Forests, and Water.', 'Forests'],
    ['a place described by what someone did there', 'Nurses at Harbor Clinic in Florence, a clinic where she trained as a surgeon, went on strike.', 'Florence'],
    ['a participle that takes an object', 'The council backed the choice of Tom Reyes, describing the acting fire chief as able.', 'Tom Reyes'],
    ['a participle that takes an infinitive', 'Ana Ruiz, trying to get the mayor to act, walked to the capital.', 'Ana Ruiz'],
    ['a quotation after a name', 'Ana Ruiz, “a true hero,” was hurt.', 'Ana Ruiz'],
    ['a question asked of the person', 'Many are asking whether Ana Ruiz is a serial killer.', 'Ana Ruiz'],
    ['a name that ends a longer one before the copula', 'Breakfast with Ana Ruiz is the premier cooking show on cable.', 'Ana Ruiz'],
    // An apposition whose comma the page lost goes on as the sentence's clause.
    ['an apposition that goes on with a death', '“Farewell Tom Reyes, old bandmate and dear friend passed away on Sunday,” the singer wrote.', 'Tom Reyes'],
    ['an apposition that goes on with a verb and its object', 'By saying he could be Ana Ruiz, Mayor Tom Reyes dodged the question.', 'Ana Ruiz'],
    ['an apposition that goes on with "has" and its object', 'In the Harbor Church, the bishop has the right to name an heir.', 'Harbor Church'],
    ['an adjective before no role noun', 'The list named Ana Ruiz, the first to finish the race.', 'Ana Ruiz'],
    ['a plural outside "one of"', 'Kobe, after floods killed more than 30 residents, asked for help.', 'Kobe'],
    ['a clause with its own subject and verb', 'The film was shot by Tom Reyes, George is a former psychic who quit.', 'Tom Reyes'],
    ['a plural after "one of" that the name does not close', 'One of the attackers, Tom Reyes said, was known to police.', 'Tom Reyes'],
    // A plural title before one name only, or before a name after a comma, is no one's.
    ['a plural before one name', 'He thanked the drummers Tom Reyes said were loud.', 'Tom Reyes'],
    ['members before a list', 'Lee and team members Tom Reyes and Ana Ruiz used scans.', 'Tom Reyes'],
    // The next people of a list: "his wife" is someone else.
    ['the next person of a list, a relative named', 'The plan called for Reyes, his wife Ana, other relatives and friends to be guarded.', 'Reyes'],
    ['a title and the next people of a list', 'The storm stranded Tom Reyes, his sister and a film crew on Saturday.', 'Tom Reyes'],
    // A title cut short by the name of a body it goes on into.
    ['a title cut short by an article', '"Guests are fewer," said Ana Ruiz, Editor in Chief of The Harbor.', 'Harbor'],
    ['a title cut short by a team named for a place', 'In a move, the owner of the Boston Gulls, veteran Tom Reyes, ordered it.', 'Gulls'],
    // A place a person is at, or a body they are at when nobody is quoted, is no affiliation.
    ['a place a speaker is at', 'Tom Reyes at Heathrow said he was tired.', 'Tom Reyes'],
    ['a body someone is seen at', 'We saw Dan Cole at Harbor Bank on Monday.', 'Dan Cole'],
    ['an owner before the body', 'The plan will fail, says Ana Ruiz at Tom Reyes’s site The Harbor.', 'Ana Ruiz'],
    // After an age, the copula says what befell the person or where they were, not what they are.
    ['an age, then a passive', 'Tom Reyes, 26, was arrested at the pier on Sunday.', 'Tom Reyes'],
    ['an age, then a place', 'Ana Ruiz, 3, was at the Harbor Center for Families on Monday.', 'Ana Ruiz'],
    // A capitalised title with a name to the end is the next person of a list.
    ['the next titled name of a list', 'The guests were Tom Reyes, Lund Bank CEO Dan Cole, and Ana Ruiz.', 'Tom Reyes'],
    ['the next titled name after a comma', 'At the table sat Tom Reyes, Deputy Mayor Ana Ruiz, and the judge.', 'Tom Reyes'],
    // A relation the speaker owns is what the person is to the speaker.
    ['a relation the speaker owns', '“I miss my old colleague Tom Reyes,” she said.', 'Tom Reyes'],
    ['a relation the speaker owns, capitalised', 'My good friend Ana Ruiz writes well.', 'Ana Ruiz'],
    // A name inside the clause before the subject: the title after the comma is the subject's.
    ['a name before the subject and its speech verb', 'After meeting Tom Reyes, the mayor said the plan would work.', 'Tom Reyes'],
    // A kind of animal that qualifies the head noun is no animal's.
    ['an animal word qualifying the head', 'She bought Greyfield Acres, a horse farm near Dover, in 2009.', 'Greyfield Acres'],
    ['an animal apposition that goes on past a parenthesis', 'Writing in Harbor Ecology, the grey wolf (Canis lupus) numbers fell.', 'Harbor Ecology'],
    ['a kind of animal that qualifies the noun after the name', 'Tom Reyes the dog walker said so.', 'Tom Reyes'],
    // A possessive on a place, a person's full name or "That" owns no one by a body.
    ['a place’s possessive', 'Fans cheered Dover’s Dana Kell in the second half.', 'Dana Kell'],
    ['a compound modifier before the name', 'The Dover-based Ann Hale won the bid.', 'Ann Hale'],
    ['a person’s possessive', 'The claim came from Tom Reyes’s Dana Kell on Friday.', 'Dana Kell'],
    ['a contraction of "that is"', 'MARTIN: That’s Dana Kell.', 'Dana Kell'],
    // An epithet after a name is no name of its own.
    ['an epithet read as a name', 'The hall was raised for Ivar Lund the Bold, a Norse jarl.', 'Bold'],
    // A title set off by a comma that does not open the sentence ends a clause of its own.
    ['an opening clause before "the Rev."', 'When he met the president, the Rev. Tom Reyes said no.', 'Tom Reyes'],
    // A capitalised abbreviation after a name that opens on no first name is the name's short form.
    ['an abbreviation in parentheses', 'Two pilots assigned to Harbor Squadron (VP) 16 flew north.', 'Harbor Squadron'],
    // (title-before-name: a British peeress's "Lady" alone is an honorific, no post.)
    ['"Lady" alone', 'Lady Mara Quell opened the summer fete.', 'Mara Quell'],
  ])('no role from %s', (_, text, name) => {
    expect(findMentions(text).find((f) => f.name === name)?.role).toBeUndefined();
  });

  it.each([
    ['Guitarist Ray Lund, 68, has spent two years on the reissues.', 'Ray Lund', 68],
    ['But time has given Dorsey, who is now 67, a different view.', 'Dorsey', 67],
    ['Mr. Dorsey, now 67, was sent home on Friday.', 'Dorsey', 67],
    ['She admitted shooting her neighbor, 58-year-old Carl Weston, in a barn.', 'Carl Weston', 58],
    ['The report said Smith, 12 people were hurt.', 'Smith', undefined],
  ])('an age written beside a name: %s', (text, name, age) => {
    expect(findMentions(text).find((f) => f.name === name)?.age).toBe(age);
  });

  // (The spaces after the article, the label and the spaces before the closing dash could share a
  // run of spaces in every way: 5,000 spaces took 5 s. The timeout is a hang guard, not a measure.)
  it('apposition-between-dashes-or-parentheses: an article before a run of 10,000 spaces gives no role', { timeout: 5_000 }, () => {
    expect(findMentions(`Jane Moss — a${' '.repeat(10_000)}said it was rare.`).find((f) => f.name === 'Jane Moss')?.role).toBeUndefined();
  });

  it('reads no body in the possessive of a surname the story writes after a first name', () => {
    const story = storyKind(['Tom Quorvik paid the fee. Later Quorvik’s Dana Kell signed it.']);
    expect(story.surnames?.has('Quorvik')).toBe(true);
    expect(findMentions('Later Quorvik’s Dana Kell signed it.', { story }).find((f) => f.name === 'Dana Kell')?.role).toBeUndefined();
  });

  it.each([
    ['a team named inside a sentence', ['The Dover Surge lost twice.', 'Surge Coach Ana Ruiz praised the defense.'], 'Surge Coach'],
    // …not a word the story also writes in lower case, a verb that may open a sentence.
    ['a word also written in lower case', ['Fans surge onto the field. The Dover Surge lost twice.', 'Surge Coach Ana Ruiz praised the defense.'], 'Coach'],
  ])('reads the title opening a sentence after %s', (_, docs, role) => {
    expect(findMentions(docs[1], { story: storyKind(docs) }).find((f) => f.name === 'Ana Ruiz')?.role).toBe(role);
  });

  it.each([
    ['Harbor County Superior Court Judge', 'Judge', true],
    ['captain of Harbor Air flight 9', 'Captain', true],
    ['sailor from Norway', 'sailor', true],
    // A title or an honorific added is no body; a clause or a long description is no label.
    ['Chief Judge', 'Judge', false],
    ['sailor who crossed from Norway', 'sailor', false],
    ['Democratic Representative from Ohio', 'Republican Representative from Ohio', false],
    ['Judge', 'Judge', false],
  ])('namesTheBodyOf(%s, %s)', (role, shown, expected) => {
    expect(namesTheBodyOf(role, shown)).toBe(expected);
  });

  it('every rule has a test row', () => {
    expect(ROLE_RULES.map((r) => r.name).sort()).toEqual([...new Set(rows.map(([rule]) => rule))].sort());
  });
});

describe('SECOND_ROLES', () => {
  // [rule, sentence, name, role, second role (undefined: none)]
  const rows: [string, string, string, string, string | undefined][] = [
    ['placed-honorific-beside-a-description', 'Oregon Gov. Dale Hunt is a likely contender for the party’s nomination.', 'Dale Hunt', 'likely contender for the party’s nomination', 'Oregon Governor'],
    ['placed-honorific-beside-a-description', 'Ohio Rep. Mia Lund, chairwoman of the Harbor Caucus, voted no.', 'Mia Lund', 'chairwoman of the Harbor Caucus', 'Ohio Representative'],
    // (A body's name that holds the office's word in the plural does not name the office.)
    ['placed-honorific-beside-a-description', 'Ohio Gov. Dale Hunt, chairman of the Western Governors Forum, spoke.', 'Dale Hunt', 'chairman of the Western Governors Forum', 'Ohio Governor'],
    // A bare rank or office gives way to the description: it names no place of its own.
    ['placed-honorific-beside-a-description', 'Col. Mia Lund, commander of the 9th Harbor Wing, spoke.', 'Mia Lund', 'commander of the 9th Harbor Wing', undefined],
    // The office already in the role chosen is no second one.
    ['placed-honorific-beside-a-description', 'Oregon Gov. Dale Hunt signed the bill.', 'Dale Hunt', 'Oregon Governor', undefined],
  ];
  it.each(rows)('%s: %s', (_, text, name, role, also) => {
    const found = findMentions(text).find((f) => f.name === name);
    expect([found?.role, found?.alsoRole], JSON.stringify(findMentions(text))).toEqual([role, also]);
  });
  it('every rule has a test row', () => {
    expect(SECOND_ROLES.map((r) => r.name).sort()).toEqual([...new Set(rows.map(([rule]) => rule))].sort());
  });
});

describe('pronounOwning', () => {
  it.each([
    ['Reyes was charged. His wife, ', 'wife', { gender: 'male', at: 19 }],
    ['Reyes was charged. Her coach ', 'coach', { gender: 'female', at: 19 }],
    ['Reyes was charged. This wife, ', 'wife', undefined],
    ['Reyes was charged. His wife', 'wife', undefined],
  ])('the "his" or "her" owning the role before a name: %s', (before, role, expected) => {
    expect(pronounOwning(before, role)).toEqual(expected);
  });

  it('reads a role of any length without building it into a pattern', () => {
    const role = `${'Lund '.repeat(4000)}Mayor`;
    expect(pronounOwning(`Then his ${role}, `, role)).toEqual({ gender: 'male', at: 5 });
  });
});
