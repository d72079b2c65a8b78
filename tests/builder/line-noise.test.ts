// Stage 01: which lines of a scraped page are furniture (captions, link lines, share and
// comment blocks, headlines) rather than article text.
import { describe, expect, it } from 'vitest';
import { furnitureLine, furnitureSentence, lineNoise, notHeadline, paragraphs } from '../../src/builder/stages/01-paragraphs.js';
import type { Context } from '../../src/builder/types.js';

describe('lineNoise', () => {
  it.each([
    // Photo captions: "(R)"/"(L)" positions and an agency credit at the end.
    ["U.S. Secretary of State Rex Tillerson (R), Britain's Foreign Secretary Boris Johnson (C) attend talks in Lucca, Italy April 11, 2017. Reuters"],
    ['Rescue workers search the rubble of a collapsed building in Amatrice, central Italy, August 24, 2016. Reuters'],
    ['Protesters gather outside parliament in Caracas, Venezuela, on Tuesday. AFP'],
    ['Opposition leader Juan Guaido (L) speaks to supporters during a rally in Caracas, January 23, 2019'],
    ['Harbour master Ann Lee (R) and the mayor open the new quay.'],
    ['Jane Roe, left, and Tom Reyes, right, cut the ribbon at the ferry landing.'],
    ['Firefighters battle the blaze near the old town of Mati, east of Athens, July 23, 2018. Getty Images'],
    ['A wounded sailor is helped by Navy medics, left, and coast guard officers upon arriving Sunday at the harbor.'],
    ['Senator Jane Doe, second from left, is joined by colleagues at a news conference in the Capitol.'],
    ["For the full list of tonight's award winners, click here."],
    ["The Daily Courier's Morning Edition: the day's top stories before breakfast Free Sign Up"],
    ['Skipping breakfast may not be so bad after all (Image: Jane Roe/Getty)'],
    // A wire caption closes on the place and the full date.
    ['General view of the north gate of the old harbour in Lyon June 3, 2016.'],
    ['Stewards stand outside the stadium ahead of the cup final in Lyon, June 3, 2016.'],
    ['The two leaders meet in Monte Verde Saturday, April 6, 2013.'],
    // A photo or video caption closes on its credit: a name and the outlet, parted by a slash.
    ['The mayor is weighing a run for governor. Here is her take on taxes, in her own words. (Jane Doe/The Daily Courier)'],
    ['The minister speaks during a news conference at the ministry last week. (Photo by John Roe/Getty Images)'],
    ['Firefighters work at the scene of the collapse on Main Street on July 29. (Photo: Ann Lee/Herald Media)'],
  ])('captions are noise: %s', (line) => {
    // Either rule may catch a caption (an agency credit is also a boilerplate pattern).
    expect(lineNoise(line)).toMatch(/^(?:caption|boilerplate)$/);
  });

  it.each([
    ["Read: Will Russia Side With US Or Iran After Tillerson's Ultimatum?"],
    ['Read more: Five things to know about the Brexit talks'],
    ['Related: EU leaders meet in Brussels to discuss migration'],
    ['Comments'],
    ['Comments (12)'],
    ['Tweet with a location'],
    ['You can add location information to your Tweets, such as your city or precise location, from the web.'],
    ['Advertisement'],
    ['Share this article'],
    ['Photo: Firefighters at the scene of the blaze on Sunday.'],
    ['Photograph from the dig in 2004, with the jaw bones beside the skull of a second animal.'],
    // A caption opens on its photo.
    ['A photo from the dig in 2004, with the jaw bones beside the skull.'],
    ['A 1998 photo of the harbour master on the old quay.'],
    ['Photo taken by a ferry passenger as the bridge gave way.'],
    ['More: Five things to know about the Brexit talks'],
    ['More from the series on climate and health'],
    ['Chancellor Angela Merkel greets French President Emmanuel Macron in Berlin, May 15, 2017. REUTERS/Fabrizio Bensch'],
    ['© 2017 Cable News Network. All Rights Reserved.'],
    // A web archive's notice about the crawl that captured the page.
    ['These crawls save web pages as they are published, so that links to them can be kept alive.'],
    ['Since 2001, a search company has given its crawl data to the archive every day.'],
    // A video or image player's furniture.
    ['Media playback is unsupported on your device Media caption The mayor explains the new parking rules'],
    ['Image copyright Getty Images Image caption The singer retired from touring in 2011'],
    ['Skip in Skip x Embed x Share The ferry will run again on Monday, the port said.'],
    // A teaser of a linked story: its headline and first sentence, then the link.
    ['Bridge reopens after repairs A bridge closed for a month after a barge struck it reopened to traffic on Monday. More'],
    ['How far has the vaccine rollout reached this year? Read more'],
    // A prompt to follow a topic, a video player's notice, an editor's note on an update.
    ['Interested in this? Follow the topic to stay up to date with the latest reports and comment.'],
    ['Rating is available when the video has been rented.'],
    ['This story has been updated to include a statement from the mayor.'],
    ['Updated at 10:05 a.m. to correct the spelling of a name.'],
    // A caption that ends with its credit.
    ["A dig near the harbour found traces of a wooden boat beneath a school yard. Credit: Dr. Nora K. L. Castell"],
  ])('boilerplate: %s', (line) => {
    expect(lineNoise(line)).toBe('boilerplate');
  });

  it.each([
    ['Rex Tillerson'],
    ['Republicans hold onto congressional seat in 4th District'],
    ['Markets slide as oil prices tumble'],
    ['By Jane Doe and Ahmed Ali'],
    ['World News | Asia'],
  ])('short unpunctuated lines are headlines: %s', (line) => {
    expect(lineNoise(line)).toBe('headline');
  });

  it.each([
    ['The Federal Reserve raised interest rates by a quarter of a percentage point on Wednesday, its third increase in six months.'],
    ['Lavrov said the meeting with Tillerson was important for both nations.'],
    ['"We are not going into Syria," Trump said.'],
    ['“Your visit is very timely,” Lavrov told Tillerson on Wednesday.'],
    ['The death toll rose to 29.'],
    ['The attack took place in Lyon on June 3, 2016.'],
    ['She was born in Lyon, and moved to Paris on June 3, 2016.'],
    ['Voters on the left, and many in the centre, rejected the plan, the survey found.'],
    ['Is the ceasefire going to hold?'],
    ['Readers of the report were not convinced by its conclusions, the committee chairman said.'],
    // "More" opens news sentences as often as link lines.
    ['More than 400 trains were canceled across the region on Monday.'],
    ['More farmers have openly asked for a delay to the new water rules.'],
    ['The council wants to hear more.'],
    ['The city updated its flood maps to include the new estates.'],
    // Brackets with a slash inside a sentence, or not closing the line.
    ['The band (AC/DC) played the stadium on Friday night.'],
    ['Officials at the agency (NOAA/NWS) said the storm would strengthen.'],
    ['Residents who want to stay up to date should call the hotline.'],
    ['Survivors crawled out of the wreckage after the bridge collapsed on Monday.'],
    ['Thousands joined the annual pub crawl through the old town on Saturday night.'],
    // A photo inside a sentence is the story's.
    ['On the third day of the strike she posted a photo of the empty ward on her blog. The hospital took it down.'],
    ['The club fined him for painting over a photo of the mayor at the dinner, the rowing club said.'],
    ['Beside the note lay a photo taken at the pier, showing the skipper asleep at the helm.'],
    ['A blurry photo of the van was all the police had to go on.'],
    ['The bank extended its credit: loans to farmers rose by a third this year.'],
    // "(R)" after a politician's title is the party; "left, right" in a list are the wings or sides.
    ['Harbour board chairman Sen. Jane Roe (R) said the seawall would be paid for by the state.'],
    ['Then on Monday, Assembly Speaker Tom Reyes (R) blamed the mayor for the delay.'],
    ['Unlike every council before it, of the left, right and centre, this one has no plan for the quay.'],
    ['No link was found between the dose, left, or right hand use in the second group.'],
    // A long line without final punctuation is text cut by the scraper, not a headline.
    ['Volunteers stacked sandbags along the river bank all evening to protect the houses, officials said, while the water rose another metre and more rain was forecast'],
  ])('article text is not noise: %s', (line) => {
    expect(lineNoise(line)).toBeUndefined();
  });
});

// Named rows of data/boilerplate.json: each row's name, a line it catches, and story text beside
// it that it must leave alone.
describe('furniture lines', () => {
  it.each([
    ["an author's bio line", 'Nora Castell covers city hall and the schools for the Daily Courier.'],
    ["an author's bio line", 'Ann Lee Ann Lee covers science and health for The Herald.'],
    ["an author's bio line", 'Tom Reyes is a Daily Courier staff writer. E-mail: treyes@example.com'],
    ["an author's bio line", 'Reyes is a special correspondent.'],
    ['a video caption dated by its publication', 'Firefighters battled a blaze at a warehouse by the river. Jane Roe reports. (Published Monday, March 4, 2019)'],
    ['a caption credited to a web address', 'The senator says she will vote against the harbour bill. (senate.example.org)'],
    ['a caption opening with a web address in capitals', "HARBORNEWS.COM 'We never saw it coming' was how the captain put it to the inquiry."],
    ['a photo caption pointing at its picture', 'Two swans on the mill pond, in this photograph provided by Eastport Parks on May 2, 2016.'],
    ['a photo caption pointing at its picture', 'In this undated photo, the old lighthouse stands above the bay.'],
    ['a video caption opening with its station', 'WXYZ-TV A video shows the moment the bridge gave way over the river.'],
    ['a video caption opening with its station', 'KTLA Video shows smoke over the hills above the town.'],
    ['a link or credit in square brackets', '[Harbor officials promise a new seawall by spring]'],
    ['a link or credit in square brackets', '[photo via Flickr user harborwatch]'],
    ['a link or credit in square brackets', '[What is a king tide? Our explainer.]'],
    ['a headline closing on its source in square brackets', 'Town votes to close the old ferry landing [Daily Courier]'],
    ['a headline closing on its source in square brackets', 'Mayor says seawall money is coming [Twitter]'],
    ['a link to another story in round brackets', '(WATCH: The harbour floods again)'],
    ['a link to another story in round brackets', '(Also on COURIER: Five things to know about the seawall vote)'],
    ['a link to another story in round brackets', '(MORNING LINE: Can the council pay for the seawall?)'],
    ["a wire story's reporting and editing credits", '(Reporting by Jane Roe; Editing by Tom Reyes)'],
    ["a wire story's reporting and editing credits", '(Additional reporting by Ann Lee in Lyon; Writing by Jane Roe; Editing by Tom Reyes)'],
    ["a video blurb opening on its player's close button", 'CLOSE Crews clear the quay after the storm. Jane Doe, Daily Courier'],
    ["a video blurb opening on its player's close button", 'CLOSE The ferry runs again after a week of closures, and riders are glad of it.'],
    ["a video or gallery player's controls", 'Embed Harbour Floods Again: The View From the Quay 3:07 autoplay autoplay Copy this code to your website or blog'],
    ["a video or gallery player's controls", '1 of 12 Full Screen Autoplay Close Skip Ad × The harbour in pictures View Photos The old quay floods at high tide. Jane Doe/AP Buy Photo Wait 1 second to continue.'],
    ["a name card's links run into the sentence", 'Mayor Jane Roe Jane Ann RoeRoe opens new ferry line Council backs harbour plan MORE told reporters on Monday that the bridge would reopen.'],
    ['a caption credited as a courtesy', 'The old ferry landing, where the council plans its seawall. (Courtesy of the Harbour Board)'],
    ['a caption credited as a courtesy', 'Harbour master Ann Lee (Courtesy photo)'],
    // A clip's title may quote a speaker: it is still the player's list, no sentence of the story.
    ["a video player's list of other clips", 'JUST WATCHED Roe: The quay will not flood again Replay More Videos ...'],
    ["a video player's list of other clips", 'MUST WATCH Ferry crews clear the harbour mouth 02:41'],
    ["a video player's list of other clips", 'The tide comes in over the quay Replay More Videos ...'],
  ])('%s: %s', (name, line) => {
    expect(furnitureLine(line)).toBe(name);
    expect(lineNoise(line)).toBe('boilerplate');
  });

  it.each([
    // The story's own people and outlets.
    ['The Affordable Care Act covers preventive care for children.'],
    ['The policy covers damage from floods for homeowners on the coast.'],
    ['Jane Roe, a reporter for the Daily Courier, was detained at the border on Monday.'],
    ['Tom Reyes is a former reporter who now runs the food bank, and he says demand has doubled.'],
    ['The site (example.com) went offline on Monday after the attack.'],
    ['Shares of Amazon.com fell 3 percent on Monday.'],
    ['The Mannequin Challenge video shows several people holding guns.'],
    ['BRISTOL The council approved the parking plan late on Tuesday.'],
    ['The dog was spotted in a photo posted to a neighbour’s account, running along the beach.'],
    ['Police released a photograph of the man on Monday and asked the public for help.'],
    ['The family lent the old maps to the museum (courtesy of the town archive) for the summer show.'],
    ['The report was published in the journal on Monday, March 4, 2019.'],
    ['"We have been waiting [for the repairs] since the storm," she said.'],
    ['The crowd cheered as the mayor finished. [Applause]'],
    ['(The council later voted 5-2 to build the wall: work starts in May.)'],
    ['(Reporters were kept outside the hall until the vote.)'],
    ['The council wants MORE housing and less traffic, the banner said.'],
    ['Residents want more ferries and fewer cars, the survey found.'],
    ['The harbour poll by the Courier/Herald found the mayor ahead. The Courier/Herald poll was taken on Monday.'],
    ['The vote was close. It split the council 5/4 in the end.'],
    ['She said the ferry will run again soon. Jane Doe/Reuters reported it first.'],
    ['Close to the quay, crews cleared the road after the storm.'],
    ['Fans who just watched the replay said the referee got it wrong.'],
    ['She said she must watch the tide tables before every crossing.'],
  ])('story text is no furniture line: %s', (line) => {
    expect(furnitureLine(line)).toBeUndefined();
  });
});

describe('furniture sentences', () => {
  it.each([
    ['an app promotion', 'Download the Daily Courier app in your app store for alerts on every storm.'],
    ['an app promotion', 'Get the Herald app for iPhone & iPad!'],
    ['an app promotion', 'FREE WEATHER APP DOWNLOADED BY SEARCHING WXYZ IN YOUR APP STORE.'],
    ['a phone number to call', 'Anyone with information is asked to call the county sheriff at 555-201-3344.'],
    ['a phone number to call', 'Contact Dana Whitfield at (555) 310-2288 or on Twitter.'],
    ['a phone number to call', 'Police set up a tip line: 555.740.1919.'],
    ['a sentence pointing at what the page shows below or above', 'Below, a timeline of the negotiations since March.'],
    ['a sentence pointing at what the page shows below or above', "You can watch the governor's full remarks below:"],
    ['a sentence pointing at what the page shows below or above', "The agency's new rules are provided below for reference."],
    ['a sentence pointing at what the page shows below or above', 'Above, a shuttered mill outside Dayton.'],
    ['a caption saying what its picture shows', 'This image, released by the port authority, appears to show the damaged hull.'],
    ['a caption saying what its picture shows', 'This undated photo shows the lighthouse keeper with his dog.'],
    ["the page's note on where it first appeared", 'This article was originally published on Harbor Science.'],
    ["the page's note on where it first appeared", 'Originally published in the Weekly Tide.'],
    ["the author's disclaimer", 'The views expressed in this column are those of the author alone.'],
    ["the author's disclaimer", 'Disclosure: The author owns shares of the ferry operator.'],
    ["the author's disclaimer", 'The author has no business relationship with any company named here.'],
    ['a warning about what the page shows', 'Warning: The following video contains scenes some viewers may find upsetting.'],
    ['a warning about what the page shows', '-- Advisory: This film contains strong language.'],
    ['the page sending its reader elsewhere for more', 'For more about king tides, visit the state climate office.'],
    ['the page sending its reader elsewhere for more', 'Stay with WXYZ for the latest on this story.'],
    ['the page sending its reader elsewhere for more', 'Channel 9’s Ana Ruiz has the latest on the ferry strike.'],
    ['the page sending its reader elsewhere for more', 'Sign in to get stories like this delivered straight to your inbox.'],
    ["a newsletter's promise of mail", 'Harbor Briefing The week on the waterfront — every Friday, in your inbox.'],
    ["a newsletter's promise of mail", 'Harbor Alerts The top headlines every morning in your inbox.'],
    ["a newsletter's promise of mail", 'You can unsubscribe at any time.'],
    ['a prompt to comment', 'Tell us in the comments.'],
    ['a prompt to comment', 'Let us know in comments or write to the harbour desk.'],
    ['a prompt to comment', 'Look through the pictures above, then share your own memories of the flood in the comments.'],
    ['a share button opening a new window', 'Share this page with the harbour desk (Opens in new window)'],
    ['a share button opening a new window', 'Send the ferry story to a colleague (opens in a new tab)'],
    ['a call to follow the page elsewhere', 'Follow us on Twitter for the latest from the harbour desk.'],
    ['a call to follow the page elsewhere', 'Join us on Facebook and get every storm warning in your feed.'],
    ['a call to follow the page elsewhere', 'Become a fan of the Harbor Museum on Facebook.'],
    ['a call to follow the page elsewhere', 'Join the conversation and share your photos of the flood.'],
    ['a subscription prompt', 'Already a subscriber?'],
    ['a subscription prompt', 'Not yet a member? Please consider subscribing to the Courier.'],
    ['a subscription prompt', 'Support local journalism with a digital pass.'],
    ['a subscription prompt', 'Thank you for your support.'],
    ["a call for the reader's tips", 'Want to add to this story?'],
    ["a call for the reader's tips", 'Send us your photos of the flooded quay.'],
    ["a call for the reader's tips", 'Got a tip about the ferry strike?'],
  ])('%s: %s', (name, sentence) => {
    expect(furnitureSentence(sentence)).toBe(name);
  });

  it.each([
    ['Millions of users downloaded the weather app in its first year.'],
    ['The company said users could get the app for free until March.'],
    ['Marsh was the lead designer of the weather app.'],
    ['The band played its hit "1-800-555-0199" to close the night.'],
    ['The measure passed 212-201-4 after midnight.'],
    ['Temperatures stayed below freezing for a week, the weather service said.'],
    ['Homes listed above $1 million sold fastest this spring.'],
    ['The rescued hikers were found in a ravine below the ridge.'],
    ['The study was first published in 2009 and cited widely since.'],
    ['The views of residents were split, the survey found.'],
    ['The weather service issued a warning: the storm would reach the coast by noon.'],
    ['For more than a decade, residents have asked the city to visit the site.'],
    ['The author has written four books about the harbor.'],
    ['The photo shows the suspect leaving the store, police said.'],
    ['This image problem shows no sign of going away for the company.'],
    ['Scam emails landing in your inbox may look like they come from the bank, police warned.'],
    ['Members said they would unsubscribe from the club if fees rose again.'],
    ['The mayor took some teasing in the comments section of the video.'],
    ['Residents told us in the meeting that comments on the plan were ignored.'],
    ['The ferry line opens in a new terminal next spring.'],
    ['Thousands follow us, the mayor joked, but few of them vote.'],
    ['"Thank you for your support," the mayor told the crowd at the quay.'],
    ['Residents who already subscribe to the ferry pass will get a refund.'],
    ['Police said anyone who saw the crash should send them photos.'],
  ])('story text is no furniture sentence: %s', (sentence) => {
    expect(furnitureSentence(sentence)).toBeUndefined();
  });
});

// Named rows of 01-paragraphs.ts NOT_HEADLINES: a short line without closing punctuation that is
// a sentence of the story, and a line beside it that stays a headline or a label.
describe('lines that are not headlines', () => {
  it.each([
    ['a sentence bringing in what follows with a colon', 'The harbour board released the following statement:'],
    ['a sentence bringing in what follows with a colon', 'Several ferry captains on the quay went further:'],
    ['a sentence bringing in what follows with a colon', 'Jane Roe, the mayor, wrote to the council on Monday:'],
  ])('%s: %s', (name, line) => {
    expect(notHeadline(line)).toBe(name);
    expect(lineNoise(line)).toBeUndefined();
  });

  it.each([
    ['a sentence bringing in what follows with a colon', 'Here is the harbour board’s full statement:'],
    ['a sentence bringing in what follows with a colon', "There's a short video of the flood to watch:"],
    ['a sentence bringing in what follows with a colon', 'Get more from the Harbour Morning Show:'],
    ['a sentence bringing in what follows with a colon', 'Ferry Timetable Changes And Other Harbour Notices:'],
    ['a sentence bringing in what follows with a colon', 'Update 9:40 a.m. The council has posted a notice:'],
    ['a sentence bringing in what follows with a colon', 'Those arrested were:'],
    ['a sentence bringing in what follows with a colon', 'First reactions to the new seawall plan:'],
    ['a sentence bringing in what follows with a colon', 'A statement from the harbour board, following the storm:'],
  ])('%s stays a headline: %s', (_name, line) => {
    expect(notHeadline(line)).toBeUndefined();
    expect(lineNoise(line)).toBe('headline');
  });
});

describe('paragraphs', () => {
  const noiseOf = (text: string) => {
    const ctx = { docs: [{ text, index: 0, sourceId: 's1' }], paragraphs: [] } as unknown as Context;
    paragraphs(ctx);
    return ctx.paragraphs.map((p) => p.noise ?? null);
  };

  it('the short lines under a "RELATED" header are links to other stories, up to the next long line', () => {
    const text = [
      'The bill passed the House by seven votes after a year of debate.',
      'RELATED',
      'Jane Roe on the hidden cost of the tax plan.',
      'Ahmed Ali describes the long retreat of the party.',
      'The Senate will take up the bill next week, where Republicans hope to delay it with amendments and a long series of procedural votes on each of them.',
    ].join('\n');
    expect(noiseOf(text)).toEqual([null, 'boilerplate', 'boilerplate', 'boilerplate', null]);
  });

  it('a header with a "More>>" link opens a column of other stories: every line after it is furniture, however long', () => {
    const text = [
      'Harbour Sports More>>',
      'Bridge Reopens After Repairs Bridge Reopens After Repairs A bridge closed for a month after a barge struck it reopened to traffic on Monday, and the city said the repairs came in under budget.',
      'Jane Roe, the mayor, said the harbour would reopen next week. The council will vote on the budget on Tuesday, and the port authority expects the first ships on Thursday.',
    ].join('\n');
    expect(noiseOf(text)).toEqual(['boilerplate', 'boilerplate', 'boilerplate']);
  });

  it("a header naming a press release's issuer opens its own description: every line after it is furniture", () => {
    const text = [
      'The harbour will reopen next week, the port authority said in a statement on Monday.',
      'About Harbor Freight Lines',
      'Harbor Freight Lines is the leading carrier of the eastern seaboard, with offices in nine ports.',
      'Contact: Jane Roe, jane.roe@example.com',
    ].join('\n');
    expect(noiseOf(text)).toEqual([null, 'boilerplate', 'boilerplate', 'boilerplate']);
  });

  it('a subheading about a common noun opens no press release furniture', () => {
    expect(noiseOf('About the case\nThe harbour will reopen next week, the port authority said in a statement on Monday.')).toEqual(['headline', null]);
  });

  it('a "More" without its link arrows heads nothing', () => {
    expect(noiseOf('Harbour Sports More\nJane Roe, the mayor, said the harbour would reopen next week after the repairs.')).toEqual(['headline', null]);
  });

  it("a short page with a line about the archive's crawl is the archive's notice, every line of it", () => {
    const text = [
      'These files are not publicly accessible.',
      'Crawl of the outlinks from a reference site began in the spring.',
      'Sorry, the page you requested could not be found. If you are looking for an older news story, it may no longer be here.',
    ].join('\n');
    expect(noiseOf(text)).toEqual(['boilerplate', 'boilerplate', 'boilerplate']);
  });

  it('a long article that names the archive keeps its text', () => {
    const story = 'The city council voted on Monday to widen the bridge, and the mayor said the work would start in the spring after a year of delays and two lawsuits. ';
    const text = [story.repeat(25), 'The Internet Archive, a nonprofit library, asked the court to dismiss the case.'].join('\n');
    expect(noiseOf(text)).toEqual([null, null]);
  });

  it('without a header, the same short lines are text', () => {
    expect(noiseOf('The bill passed the House by seven votes.\nAhmed Ali describes the long retreat of the party.')).toEqual([null, null]);
  });
});
