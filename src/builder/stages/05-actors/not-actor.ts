// NOT_ACTOR_RULES: grouped mentions that name no actor of the story.
import type { ActorDraft, Context, Mention } from '../../types.js';
import { oncePerRun } from '../../per-run.js';
import { STOPWORDS, occurrences } from '../../text/tokens.js';
import { runsIntoAThingName, speaksAfterTitle } from '../04-entities.js';
import { isGeneration } from '../../name-words.js';
import { BROADCAST_NETWORKS, COMMENTATOR_GROUPS, HONORIFICS, SAME_KIND, NETWORK_REPORTS, PARTY_NOUNS, PUBLICS, PLATFORM_NOUNS, PLATFORM_POSTS, STATE_AFTER_A_TOWN, TITLE_HEADS, DISEASE_NOUNS, UNNAMED_CHILDREN, UNNAMED_SUBJECTS, CHILD_AGE_BEFORE, KIN_WORDS, RANKS, ORG_HEADS, SPEECH_VERBS, SPEAKERS_OF_A_BODY, WORKERS_OF_A_BODY, countryOf, countryOfDemonym, THING_NAME_HEADS, PLACE_KINDS, WORK_KINDS_AFTER, MEASURED_OUT, USED_AS, TRAVELLED_TO, isDateWord, isFirstName, isGivenName, isLastName, isOutletName, isRoleNoun, isVerbForm, knownOrg, readsAsPluralAdverbOrAdjective } from '../../lexicon.js';
import type { Story } from './reading.js';
import { OUTLET_OWNER, PEOPLE_OF, PLAYS, WORKERS_AT, actsOrOwns, isSetting, opensSentence, putInAPlace, reportsForOutlet, saidToBeAThing, speaksNext, spokenBy } from './reading.js';
import { textAfter, textBefore } from '../../text/window.js';
import { escaped, phrases } from '../../text/phrases.js';

interface NotActorRule {
  name: string;
  /** True when the grouped mentions name no actor of the story. */
  match: (a: ActorDraft, story: Story) => boolean;
}


// What a thing is written after, and a person's name is not: "a", "the", "his", "Smith's"; "the"
// alone may open an office or a people ("the Milford Harbormaster", "the Roman Legions"): a
// thing is also had or made ("a", "his", "Smith's"; "driven by").
const OWNERS = 'a|an|his|her|their|its|my|your|our';
const ARTICLE_OR_OWNER = new RegExp(String.raw`(?:\b(?:the|${OWNERS})|\p{L}['’]s?)\s+$`, 'iu');
const OWNED = new RegExp(String.raw`(?:\b(?:${OWNERS})|\p{L}['’]s?)\s+$`, 'iu');
// "a Rotary Club gathering", "her Instagram account": the name may qualify the word after it
// ("rally" may be a noun or a verb).
const qualifiesANoun = (after: string) => {
  const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
  return next !== undefined && !STOPWORDS.has(next);
};
const MADE_OR_USED_BY = /^\s+(?:driven|owned|made|sold|built|manufactured|worn|used|flown)\s+by\b/;

// What is said of an outlet the articles quote: "according to (the) …", "(a source) told …", "told
// the …" (a person's name takes no article), "… reported", "… has learned", "… reached out",
// "… confirms", "… points out" (what an outlet says of what it reports).
const SOURCE_BEFORE = /\b(?:according\s+to(?:\s+the)?|(?:source|sources|insider|spokesman|spokeswoman|spokesperson)\s+(?:told|tells)(?:\s+the)?|(?:told|tells|telling)\s+the|(?:in\s+an?\s+)?(?:interview|spoke|speaking|talked|talking)\s+(?:with|to)(?:\s+the)?)\s+$/iu;
const SOURCE_AFTER = /^['’]?s?\s+(?:(?:first|previously|originally)\s+)?(?:reported|reports|reporting|has\s+learned|learned|reached\s+out|confirms|confirmed|points\s+out|pointed\s+out)\b/u;

// An outlet's noun written in lower case right before its name, on the same line: "the journal …",
// "the news web site …".
const OUTLET_NOUN_BEFORE = /\b(?:journal|magazine|newspaper|tabloid|website|web[ \t]+site|blog|site)[ \t]+$/u;

// "wrote on Zorbly", "shared via her Zorbly": where a post goes.
const ON_A_PLATFORM = /\b(?:on|via|onto)\s+(?:(?:his|her|their|its|my|our|your|the)\s+)?$/iu;

// An American broadcaster's call letters, and what the articles write of a station: "KTVO 3",
// "KTVO-TV", "television station KTVO", "CBS affiliate KTVO".
const CALL_LETTERS = /^[KW]\p{Lu}{3}$/u;
const STATION_AFTER = /^(?:\s+\d{1,2}\b|-(?:TV|FM|AM|DT)\b)/u;
const STATION_BEFORE = /\b(?:station|stations|affiliate|television|TV|radio)\s+$/iu;

// Where a network is cited as the outlet that ran a report: "obtained by", "told", "said on" it;
// its show or its journalist after it ("NBC's Today", "ABC's legal analyst", "an NBC poll").
const NETWORK_CITED_BEFORE = /\b(?:by|to|on|told|tells|telling)\s+$/iu;
const NETWORK_SHOW_AFTER = /^['’]s?\s+(?:\p{Lu}|["“])/u;
const NETWORK_REPORT_AFTER = /^(?:['’]s?)?\s+(?:(?:legal|political|chief|senior|medical)\s+)?(\p{Ll}+)/u;

// "a panel of experts", "a team of forensic experts": commentators a story gathers into a body.
const GATHERED_INTO_A_BODY = /\b(?:panel|team|group|board|committee|council)\s+of\s+(?:[\p{L}-]+\s+){0,3}$/iu;

// "a TRB spokesman", "TRB officials", "the TRB director", "a spokeswoman for the TRB": a body
// that speaks or works through its people.
const hasItsPeople = (doc: string, m: Mention) => {
  const next = (/^\s+(\p{Ll}+)/u.exec(textAfter(doc, m, 30))?.[1] ?? '');
  const before = textBefore(doc, m, 40);
  return SPEAKERS_OF_A_BODY.has(next) || WORKERS_OF_A_BODY.has(next) || TITLE_HEADS.has(next) || PEOPLE_OF.test(before) || WORKERS_AT.test(before);
};

// A capitalised word right after a name, on the same line: "Edmund Tarrow Bridge".
const CAPITAL_NEXT = /^[ \t]+(\p{Lu}[\p{L}'’-]*)/u;
// A body's name going on past its "for", "of" or "on": "Northern Association for the Protection …".
const BODY_NAME_GOES_ON = /^[ \t]+(?:for|of|on)[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}'’-]*)/u;
// …or in lower case, a thing's noun with at most one word before it: "the Tessa Jones composite
// index"; not one that qualifies a role after it ("a former Tessa computer scientist"), nor a
// verb and its object ("the Harbor Board halted ferry service"), nor a work by a person named in
// full ("an Aaron Delmont song").
const LOWER_NEXT = /^[ \t]+(\p{Ll}+)(?:[ \t]+(\p{Ll}+))?(?:[ \t]+(\p{Ll}+))?/u;
/** Whether the words after a mention close on a thing's noun: "Tessa Jones Composite Index", "the Tessa Jones composite index". */
const runsIntoAThing = (doc: string, m: Mention) => {
  const after = textAfter(doc, m, 60);
  if (runsIntoAThingName(after)) return true;
  const [, first, second, third] = LOWER_NEXT.exec(after) ?? [];
  if (first === undefined || isFirstName(m.name.split(/\s+/)[0]) || /ed$/.test(first) || actsOrOwns(doc, m)) return false;
  if (THING_NAME_HEADS.has(first)) return second === undefined || !isRoleNoun(second);
  return second !== undefined && THING_NAME_HEADS.has(second) && !STOPWORDS.has(first) && !isVerbForm(first) && (third === undefined || !isRoleNoun(third));
};

// "Mount Harlow", "Velmo International Airport", "the Tarrow Stadium": a place's kind written
// with the name, in capitals, before it ("Mount") or closing it (a place noun of things.json).
const MOUNT_BEFORE = /\b(?:Mount|Mt\.)\s+$/u;
const PLACE_KIND_AFTER = /^[ \t]+(?:(\p{Lu}\p{L}+)[ \t]+)?(\p{Lu}\p{Ll}+)\b/u;
const writtenAsAPlace = (doc: string, m: Mention) => {
  if (MOUNT_BEFORE.test(textBefore(doc, m, 12))) return true;
  const [, , kind] = PLACE_KIND_AFTER.exec(textAfter(doc, m, 40)) ?? [];
  return kind !== undefined && PLACE_KINDS.has(kind.toLowerCase());
};
// "a refill of Velmorin", "prescriptions for Velmorin", "a 20-milligram dose of …": what is
// measured out and prescribed is a drug (things.json `measuredOut`).
const DOSED = new RegExp(String.raw`\b(?:${phrases(MEASURED_OUT)})\s+(?:of|for)\s+$`, 'iu');
// "the Velmo films", "the Velmo universe": a work or a franchise, its kind after it in lower case.
const WORK_KIND_AFTER = /^[ \t]+(\p{Ll}+)\b/u;
const writtenAsAWork = (doc: string, m: Mention) => /\bthe\s+$/iu.test(textBefore(doc, m, 8)) && WORK_KINDS_AFTER.has(WORK_KIND_AFTER.exec(textAfter(doc, m, 30))?.[1] ?? '');
// "the Velmo trackers", "Velmo users", "a Velmo-funded film": a product or a service, what it is
// or who uses it after it in lower case (things.json `usedAs`).
const PRODUCT_AFTER = new RegExp(String.raw`^(?:-funded|-backed)?[ \t]+(?:${phrases(USED_AS)})\b`, 'u');
// "the mayor travelled to Velmo": where someone goes is a place (things.json `travelledTo`).
const TRAVELLED = new RegExp(String.raw`\b(?:${phrases(TRAVELLED_TO)})\s+(?:back\s+)?to\s+$`, 'u');
// "the winner was “Velmor Reach,”", "a sequel to “Gone to the Harbor”": a name written whole
// between quotation marks is a title (a film, a book, a song, a scheme), not someone; a name
// quoted as a call ("“Dana?”") ends on "?" or "!" and is a voice's words, not a title. The
// articles' own text is read, since a quoted span often yields no mention.
// (Asked of every person and body: the pattern is built and tried only where an article writes the name.)
const timesQuoted = (docs: readonly { text: string }[], name: string) => {
  const writing = docs.filter((d) => d.text.includes(name));
  if (!writing.length) return 0;
  const quoted = new RegExp(String.raw`["“‘]${escaped(name)}[,.]?["”’]`, 'gu');
  return writing.reduce((n, d) => n + (d.text.match(quoted)?.length ?? 0), 0);
};
// "“Skating With the Champions” would love to have …", "“Tarn Nights” said in a statement": a
// show that wants or says something after its title is the body behind it; a film that
// "continues to draw fans" is still a work, so only these verbs count.
const BODY_AFTER_TITLE = String.raw`(?:would\s+|will\s+)?(?:love|like|want|wants|wanted|hope|hopes|hoped|said|says|told|announced)\b`;
const actsAfterItsTitle = (docs: readonly { text: string }[], name: string) => {
  const acting = new RegExp(String.raw`["“‘]${escaped(name)}["”’]\s+${BODY_AFTER_TITLE}`, 'u');
  return docs.some((d) => acting.test(d.text));
};
// "the Tarrow River Board (TRB)": initials given in parentheses right after a capitalised name
// are that name's, a body's ("I.B.M.", written with full stops, is one too).
const spelledOutBefore = (doc: string, m: Mention) => /\p{Lu}[\p{L}'’-]*\s*\(\s*$/u.test(textBefore(doc, m, 40));
// "the stray was rehomed by the TRB.": the agent of a passive, with no noun after it, does something.
const doneBy = (doc: string, m: Mention) => /\b\p{Ll}+ed\s+by\s+(?:the\s+)?$/u.test(textBefore(doc, m, 40)) && !qualifiesANoun(textAfter(doc, m, 30));
// What the initials rules read alike: capitals of no known body, that no role describes and no
// alias of several words spells out…
const bareInitials = (a: ActorDraft) => a.type === 'organization' && /^\p{Lu}{2,6}$/u.test(a.name) && !knownOrg(a.name) && a.roles.size === 0 && ![...a.aliases].some((x) => x.includes(' '));
// …and a mention that tells a body: it speaks, is cited, or has people who speak or work for it.
const speaksOrIsCited = (doc: string, m: Mention) => speaksNext(doc, m) || spokenBy(doc, m) || SOURCE_BEFORE.test(textBefore(doc, m, 40)) || hasItsPeople(doc, m);
/** A name with no role that opens on no first name: a person's name only by its shape. */
const unnamedByAnyone = (a: ActorDraft) => a.type === 'person' && a.roles.size === 0 && !isFirstName(a.name.split(/\s+/)[0]) && !isGivenName(a.name.split(/\s+/)[0]) && !(!a.name.includes(' ') && isLastName(a.name));
/**
 * The thing rows' match: a name only shaped like a person's, written once with what it is (the cue),
 * that never speaks nor is described with "who".
 */
const thingWrittenAs =
  (cue: (doc: string, m: Mention) => boolean): NotActorRule['match'] =>
  (a, { docOf }) =>
    unnamedByAnyone(a) && a.mentions.some((m) => cue(docOf(m), m)) && !a.mentions.some((m) => speaksNext(docOf(m), m) || describedWithWho(docOf(m), m));

// "the shooting death of Tavish Orleck", "the 2009 killing of …": what befalls only a person.
const A_PERSONS_FATE = /\b(?:death|killing|murder|slaying|funeral|disappearance)\s+of\s+$/iu;
const fateOf = (doc: string, m: Mention) => A_PERSONS_FATE.test(textBefore(doc, m, 30));

// "Ana Ruiz, who ran the shop", "Ana Ruiz, whose son …": a mention a relative clause describes as a person.
const describedWithWho = (doc: string, m: Mention) => /^(?:\s*,)?\s+(?:who|whose)\b/.test(textAfter(doc, m, 12));
/** The number of words of the longest name an actor's mentions write. */
const longest = (a: ActorDraft) => Math.max(...a.mentions.map((m) => m.name.split(/\s+/).length));
/** A person named by one word only: the shape most junk takes (a place, a brand, a piece of a name). */
const lonePerson = (a: ActorDraft) => a.type === 'person' && !a.name.includes(' ');
/** …and that word no first name nor surname the lexicon knows: most rules for such junk start here. */
const loneNonName = (a: ActorDraft) => lonePerson(a) && !isFirstName(a.name) && !isLastName(a.name);

// "fans", "residents": a group named only by the public's noun (public-that-acts).
const isPublic = (a: ActorDraft) => a.type === 'group' && a.mentions.every((m) => PUBLICS.has(m.name.toLowerCase()));
const lowerDoc = oncePerRun((ctx: Context, doc: number) => ctx.docs[doc].text.toLowerCase());
// "pilots ann lee" written as a description of the people, not after "of" ("dean of students ann lee").
function namesThem(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!/\bof\s$/.test(text.slice(Math.max(0, at - 3), at)) && !/\p{L}/u.test(text[at - 1] ?? ' ') && !/\p{L}/u.test(text[at + phrase.length] ?? ' ')) return true;
  }
  return false;
}

/** Grouped mentions that name no actor of the story, one named rule each; any that matches drops them. */
export const NOT_ACTOR_RULES: readonly NotActorRule[] = [
  // "the boy", "the patient": someone the story leaves unnamed is an actor only where the story is
  // about them (written in two articles, or in three sentences), and where it names no child
  // ("4-year-old Ana Ruiz", "Ana, 4,"): there "the girl" is the child it names.
  {
    name: 'unnamed-subject-not-about',
    match: (a, { ctx, docOf, drafts }) => {
      if (a.type !== 'person' || !UNNAMED_SUBJECTS.has(a.name.replace(/^the\s+/i, '').toLowerCase())) return false;
      const sentences = new Set(a.mentions.map((m) => m.sentence)).size;
      const docs = new Set(a.mentions.map((m) => ctx.sentences[m.sentence].doc)).size;
      const child = (m: Mention) => (m.age !== undefined && m.age < 18) || CHILD_AGE_BEFORE.test(textBefore(docOf(m), m, 40));
      return !(sentences >= 3 || (sentences >= 2 && docs >= 2)) || drafts.some((p) => p !== a && p.type === 'person' && p.mentions.some(child));
    },
  },
  // "the victim's husband": an unnamed relative is an actor only where the story is about them,
  // written in three sentences of two articles; written once or twice, the relation is a detail.
  {
    name: 'kin-of-the-unnamed-not-about',
    match: (a, { ctx }) => {
      const owner = /^the (\p{Ll}+)'s \p{Ll}+$/u.exec(a.name)?.[1];
      if (a.type !== 'person' || !owner || !UNNAMED_SUBJECTS.has(owner)) return false;
      return new Set(a.mentions.map((m) => m.sentence)).size < 3 || new Set(a.mentions.map((m) => ctx.sentences[m.sentence].doc)).size < 2;
    },
  },
  // "the girl" and "the child" in one story: its one unnamed child, written two ways; the way it
  // is written most names it, and the other is no second actor.
  {
    name: 'unnamed-child-written-two-ways',
    match: (a, { drafts }) => {
      const child = (x: ActorDraft) => x.type === 'person' && UNNAMED_CHILDREN.has(x.name.replace(/^the\s+/i, '').toLowerCase());
      return child(a) && drafts.some((b) => b !== a && child(b) && (b.mentions.length > a.mentions.length || (b.mentions.length === a.mentions.length && b.index < a.index)));
    },
  },
  // "experts say", "analysts said": people who only comment on the story from outside it, named
  // by no more than their trade, tell a reader no one to know; the story is about them only where
  // it writes them in three sentences of two articles, or gathers them into a body of its own
  // ("a panel of experts said", "a team of soil experts from the college found").
  {
    name: 'commentators-outside-the-story',
    match: (a, { ctx, docOf }) =>
      a.type === 'group' &&
      a.mentions.every((m) => COMMENTATOR_GROUPS.has(m.name.toLowerCase()) && !GATHERED_INTO_A_BODY.test(textBefore(docOf(m), m, 60))) &&
      !(new Set(a.mentions.map((m) => m.sentence)).size >= 3 && new Set(a.mentions.map((m) => ctx.sentences[m.sentence].doc)).size >= 2),
  },
  // "users complained", "fans got there early": the public a story names by what its people do is
  // an actor only where the story is about it: it acts in three sentences of two articles, or in
  // two sentences where two articles write it. Acting once, or in one article's passing lines, it
  // is the story's setting. A sentence repeated word for word (an article run twice) counts once.
  {
    name: 'public-in-passing',
    match: (a, { ctx, docOf }) => {
      if (!isPublic(a)) return false;
      const sentences = new Set(a.mentions.map((m) => textAfter(docOf(m), m, 80))).size;
      const acting = new Set(a.mentions.map((m) => ctx.sentences[m.sentence].doc)).size;
      const written = new Set(a.mentions.map((m) => m.name.toLowerCase())).size === 1 ? ctx.docs.filter((d) => occurrences(d.text.toLowerCase(), a.mentions[0].name.toLowerCase()) > 0).length : acting;
      return !((sentences >= 3 && acting >= 2) || (sentences >= 2 && written >= 2));
    },
  },
  // "pilots Ann Lee and Tom Ruiz … the pilots said": a public the articles write right before the
  // names of the people it is is those people, who are the story's actors already; not an office
  // of them ("dean of students Ann Lee").
  {
    name: 'public-of-named-people',
    match: (a, { ctx, drafts }) => {
      if (!isPublic(a)) return false;
      const noun = a.mentions[0].name.toLowerCase();
      const people = drafts.filter((p) => p.type === 'person' && p.name.includes(' ')).map((p) => `${noun} ${p.name.toLowerCase()}`);
      // (Asked of each public noun: an article that never writes the noun before a space is not read for each person.)
      return ctx.docs.some((_, i) => {
        const text = lowerDoc(ctx, i);
        return text.includes(`${noun} `) && people.some((phrase) => namesThem(text, phrase));
      });
    },
  },
  // "in Dover", "U.S. officials": a place or an adjective, not someone who acts.
  { name: 'setting', match: (a, { ctx }) => isSetting(ctx, a) },
  // A capitalised word the articles also write in lower case is an ordinary word at a sentence
  // start; so is one capitalised only where it opens a sentence when its singular is written in
  // lower case ("a forecaster") or it reads as a plural, an adverb or an adjective
  // ("Forecasters said", "Similarly, …"). A plural read as a group only for its "the" ("the
  // Embassies") is still such a word.
  {
    name: 'ordinary-word',
    match: (a, { ctx, lowerWords }) => {
      // "Paper goods company Larkwell": a word the articles name as a body with its kind written
      // before it is a name, whatever its lower-case twin in a quoted title ("how to fold larkwell paper").
      if (a.name.includes(' ') || a.type === 'country' || (a.type === 'group' && a.mentions.some((m) => m.type)) || knownOrg(a.name) || a.mentions.some((m) => m.role && m.type === 'organization')) return false;
      const word = a.name.toLowerCase();
      return lowerWords.has(word) || (a.mentions.every((m) => opensSentence(ctx, m)) && (lowerWords.has(word.replace(/s$/, '')) || readsAsPluralAdverbOrAdjective(word)));
    },
  },
  // "Zika virus", "Lyme disease": a lone word the articles write once before
  // such a noun names a disease or a germ wherever it stands.
  {
    name: 'disease-or-germ',
    match: (a, { docOf }) =>
      !a.name.includes(' ') &&
      (a.type === 'person' || a.mentions.every((m) => !m.type)) &&
      !knownOrg(a.name) &&
      a.mentions.some((m) => {
        const next = /^['’]?s?['’]?\s+(\p{L}+)/u.exec(textAfter(docOf(m), m, 30))?.[1];
        return next !== undefined && DISEASE_NOUNS.has(next.toLowerCase());
      }),
  },
  // "Cedar Creek Fever (CCF)": initials given in parentheses right after a disease's
  // or a germ's name stand for the illness, wherever else the story writes them.
  {
    name: 'initials-of-a-disease',
    match: (a, { docOf }) =>
      /^\p{Lu}{2,8}$/u.test(a.name) &&
      !knownOrg(a.name) &&
      a.mentions.some((m) => {
        const noun = /(?<!\p{L})(\p{L}+)\s*\(\s*$/u.exec(textBefore(docOf(m), m, 30))?.[1];
        return noun !== undefined && DISEASE_NOUNS.has(noun.toLowerCase());
      }),
  },
  // "SCN neurons fire", "a short ISI", "CT scans": capitals the articles never spell out as a
  // named body (no alias of several words), that no role describes and that never do, say or own
  // anything (no "TRB said", "TRB's", "said TRB", "according to the TRB"), and whose people never
  // speak or work for them ("a TRB spokesman", "engineers at the TRB"), are the shorthand of a
  // term or a thing, not an organisation of the story. A known body ("FBI") is one however it is written.
  {
    name: 'initials-that-never-act',
    match: (a, { docOf }) => bareInitials(a) && !a.mentions.some((m) => actsOrOwns(docOf(m), m) || speaksOrIsCited(docOf(m), m)),
  },
  // "a short VRX", "VRX modules", "the VRX is very short", "on VRX": capitals the articles never spell
  // out as a named body (no alias of several words, no capitalised name right before their
  // parenthesis, no full stops), with no role, that never say anything, are never cited, are no
  // passive's agent ("adopted by the TRB.") and whose people never speak or work for them,
  // written at least three times and doing or being something in fewer than half of those, are a
  // term's shorthand the articles use as a noun ("the VRX is required"), not a body of the story;
  // a body that acts in half its mentions stays ("The TRB warned … met the TRB").
  {
    name: 'initials-that-seldom-act',
    match: (a, { docOf }) =>
      bareInitials(a) &&
      a.mentions.length >= 3 &&
      a.mentions.filter((m) => actsOrOwns(docOf(m), m)).length * 2 < a.mentions.length &&
      !a.mentions.some((m) => /\./.test(m.name) || spelledOutBefore(docOf(m), m) || doneBy(docOf(m), m) || speaksOrIsCited(docOf(m), m)),
  },
  // "Low Tide" is a film, a book or a song: a name only ever written inside quotation marks is a
  // work's title, unless the title speaks or wants somewhere (a show: "'Skating With the Champions'
  // would love to have …").
  {
    name: 'work-title',
    match: (a, { docOf }) =>
      a.roles.size === 0 &&
      a.mentions.every((m) => /["“‘']$/.test(textBefore(docOf(m), m, 1))) &&
      !a.mentions.some((m) => speaksAfterTitle(docOf(m).slice(m.end))),
  },
  // "the summit of Tarkhang", "such as Eirvald", "Rain/Snow": a lone word no title, first
  // name or surname says is a person's, that never does or says anything nor owns anything, is a
  // place, a thing or a stray word the articles name, not someone in the story.
  {
    name: 'never-acts',
    match: (a, { docOf }) => {
      if (a.name.includes(' ') || a.roles.size || a.mentions.some((m) => m.type) || isLastName(a.name) || isFirstName(a.name)) return false;
      return !a.mentions.some((m) => actsOrOwns(docOf(m), m));
    },
  },
  // "in Millbrook, Connecticut", "of Elm Street, Dover, Del.": a lone word the articles write
  // before a state, with no role and never speaking ("said Millbrook's mayor" is the mayor speaking),
  // is a town, whatever first name it may also be.
  {
    name: 'town-of-a-state',
    match: (a, { docOf }) =>
      lonePerson(a) &&
      a.roles.size === 0 &&
      a.mentions.some((m) => STATE_AFTER_A_TOWN.test(textAfter(docOf(m), m, 20))) &&
      !a.mentions.some((m) => (spokenBy(docOf(m), m) && !/^['’]/.test(docOf(m).slice(m.end))) || speaksNext(docOf(m), m)),
  },
  // "Life & Style", "Smith, Jones & Brown": a lone word only ever written after another capitalised
  // word and an ampersand ends the name of a firm, a magazine or a list of authors.
  {
    name: 'after-an-ampersand',
    match: (a, { docOf }) => lonePerson(a) && a.mentions.every((m) => /\p{Lu}[\p{L}.'’-]*\s*&\s*$/u.test(textBefore(docOf(m), m, 30))),
  },
  // "the mayor of the Twin Harbours", "the Republican National Convention", "fellow of the
  // Royal Harbour Society": a lone word whose every role ends on a capitalised word that is no
  // title, written right before it, is the last word of a name the role cut short.
  {
    name: 'name-cut-as-a-role',
    match: (a, { docOf }) =>
      lonePerson(a) &&
      !isFirstName(a.name) &&
      a.mentions.every((m) => {
        const last = m.role?.split(/\s+/).pop();
        if (!last || !/^\p{Lu}\p{Ll}/u.test(last) || !docOf(m).slice(0, m.start).endsWith(`${last} `)) return false;
        const w = last.toLowerCase();
        return !TITLE_HEADS.has(w) && !HONORIFICS.has(w) && !RANKS.has(w) && !PARTY_NOUNS.has(w) && !countryOfDemonym(last) && !countryOf(last);
      }),
  },
  // "the Edmund Tarrow Bridge" read as "Edmund Tarrow", "the Northern Association for the
  // Protection of Rivers" read as "Northern Association": a person's name that every mention
  // writes right before another capitalised word on the same line (not a date: "thanked Orleck
  // Monday"), or a body's name that every mention writes before "for", "of" or "on" and a
  // capitalised word, is the head of a longer name cut short (a bridge, a person named in full,
  // a body whose name goes on), not an actor a reader could look up. A person's "of" names where
  // they are from ("Bill Tarrow of Ohio"); a body's name may stand before its people's titles
  // ("White House Press Secretary …").
  {
    name: 'name-cut-short',
    match: (a, { docOf }) =>
      (a.type === 'person' || a.type === 'organization') &&
      a.mentions.every((m) => {
        const after = textAfter(docOf(m), m, 40);
        const next = (a.type === 'person' ? CAPITAL_NEXT : BODY_NAME_GOES_ON).exec(after)?.[1];
        return next !== undefined && !isDateWord(next);
      }),
  },
  // "the Harlow Vanguard Award" read as "Harlow Vanguard", "the Tessa Jones Composite Index" as
  // "Tessa Jones": a name with no role that the articles write in full at least half the time
  // before capitalised words closing on a thing's noun (an award, an index, an airport, a product),
  // and that never speaks, is the head of that thing's name, not someone of the story.
  {
    name: 'name-of-a-thing-cut-short',
    match: (a, { docOf }) => {
      if ((a.type !== 'person' && a.type !== 'organization') || a.roles.size > 0) return false;
      const full = a.mentions.filter((m) => m.name === a.name);
      return full.length > 0 && full.filter((m) => runsIntoAThing(docOf(m), m)).length * 2 >= full.length && !a.mentions.some((m) => speaksNext(docOf(m), m) || spokenBy(docOf(m), m));
    },
  },
  // "a Hotmail account", "the Coursera website", "her Snapchat account": a lone word written before
  // what only a website, a service or an app has, with no first name nor surname and never
  // speaking, is the platform, not someone of the story.
  {
    name: 'platform',
    match: (a, { docOf }) =>
      loneNonName(a) &&
      a.mentions.some((m) => PLATFORM_NOUNS.has((/^\s+(?:e-?mail\s+)?(\p{Ll}+)/u.exec(textAfter(docOf(m), m, 30))?.[1] ?? ''))) &&
      !a.mentions.some((m) => speaksNext(docOf(m), m)),
  },
  // "wrote on Zorbly", "a Zorbly post", "via Zorbly": a lone word with no role of its own that the
  // articles write at least half the time as where something was posted, and that never does,
  // says or owns anything (what is written before a post is no verb), is the platform, not a
  // voice of the story.
  {
    name: 'written-on-a-platform',
    match: (a, { docOf }) => {
      if (a.name.includes(' ') || (a.type !== 'person' && a.type !== 'organization')) return false;
      const posted = (m: Mention) => {
        const next = /^\s+(\p{Ll}+)/u.exec(textAfter(docOf(m), m, 30))?.[1] ?? '';
        return PLATFORM_POSTS.has(next) || PLATFORM_NOUNS.has(next);
      };
      const venue = (m: Mention) => ON_A_PLATFORM.test(textBefore(docOf(m), m, 20)) || posted(m);
      // "On Zorbly, the singer's bandmate, Ana Lee, wrote …": the words after a platform's comma
      // describe who posts there, not the platform; a role read from any other mention is its own.
      if (a.mentions.some((m) => m.role && !venue(m))) return false;
      return a.mentions.filter(venue).length * 2 >= a.mentions.length && !a.mentions.some((m) => !posted(m) && (actsOrOwns(docOf(m), m) || speaksNext(docOf(m), m)));
    },
  },
  // "in Ashby", "across the Plains": a lone word with no role, no first name nor surname, that
  // the articles put in a place at least once and never name as someone ("Ashby, who") nor
  // have speak, is that place.
  {
    name: 'place-by-its-preposition',
    match: (a, { docOf }) =>
      loneNonName(a) &&
      a.roles.size === 0 &&
      !a.mentions.some((m) => m.type) &&
      !isGivenName(a.name) &&
      a.mentions.some((m) => putInAPlace(docOf(m), m, true) && !/^['’]/.test(docOf(m).slice(m.end))) &&
      !a.mentions.some((m) => speaksNext(docOf(m), m) || describedWithWho(docOf(m), m)),
  },
  // "the Senate Special Committee on Fisheries", "the Department of Corrections": a lone word
  // only ever written after an organisation's head word and its "on", "of" or "for" is what the
  // organisation is for, the end of its name.
  {
    name: 'what-a-body-is-for',
    match: (a, { docOf }) =>
      lonePerson(a) &&
      a.mentions.every((m) => {
        const head = /(?<!\p{L})(\p{L}+)\s+(?:on|of|for)\s+(?:the\s+)?$/u.exec(textBefore(docOf(m), m, 40))?.[1];
        return head !== undefined && /^\p{Lu}/u.test(head) && ORG_HEADS.has(head.toLowerCase());
      }),
  },
  // "a fellow Texan", "fellow Baltic country": "fellow" before a lone capitalised word
  // says the word is a people, a place or a faith shared with someone, not a research fellow's
  // post; with no first name nor surname, the word names nobody.
  {
    name: 'fellow-of-a-kind',
    match: (a) =>
      loneNonName(a) &&
      a.roles.size > 0 &&
      [...a.roles.keys()].every((r) => SAME_KIND.has(r.toLowerCase())),
  },
  // "radical Islamist politics", "a fellow Millbrook resident": a lone word with no first,
  // given nor surname that the articles only ever write before a noun qualifies it (a creed, a
  // place, a brand); the word before it ("radical", "fellow") is no role of a person.
  {
    name: 'only-qualifies-a-noun',
    match: (a, { docOf }) =>
      loneNonName(a) &&
      !isGivenName(a.name) &&
      a.mentions.every((m) => {
        const next = /^\s+(\p{Ll}+)\b/u.exec(textAfter(docOf(m), m, 30))?.[1];
        return next !== undefined && !isVerbForm(next) && !STOPWORDS.has(next) && !/ly$/.test(next);
      }),
  },
  // "Ana Ruiz plays Clara", "Clara (Ruiz)": a character a person of the story plays,
  // named no more often than its player, is a part in the film or the show the articles review,
  // not someone of the story; a character named more often than its player carries the plot the
  // articles tell, and stays.
  {
    name: 'character-of-a-player',
    match: (a, { drafts }) => {
      if (!lonePerson(a)) return false;
      const played = (role: string) => {
        const verb = PLAYS.exec(role);
        return verb !== null && occurrences(role.slice(verb.index), a.name) > 0;
      };
      return drafts.some((p) => p !== a && p.type === 'person' && p.mentions.length >= a.mentions.length && [...p.roles.keys()].some(played));
    },
  },
  // "Al Jazeera's Nora Haddad said", "WXOP reporter Dana Kettering": someone the articles name only as
  // an outlet's journalist reports the story, like the outlet.
  {
    name: 'outlet-journalist',
    match: (a, { docOf }) =>
      a.type === 'person' &&
      a.mentions.every((m) => {
        const owner = OUTLET_OWNER.exec(textBefore(docOf(m), m, 40))?.[1];
        return (owner !== undefined && isOutletName(owner)) || (!!m.role && reportsForOutlet(m.role));
      }),
  },
  // ", HarborLocal reported.", "From Europe & Nordic Watch:": a name the articles cite as the report
  // they quote is an outlet, whatever its name.
  {
    name: 'cited-as-a-report',
    match: (a, { docOf }) =>
      (a.type === 'person' || a.type === 'organization') &&
      a.roles.size === 0 &&
      !knownOrg(a.name) &&
      a.mentions.some((m) => {
        const doc = docOf(m);
        return (/\bFrom\s+(?:[\p{Lu}&][\p{L}&]*\s+){0,3}$/u.test(textBefore(doc, m, 40)) && /^\s*:/.test(textAfter(doc, m, 3))) || (/,\s*$/.test(textBefore(doc, m, 3)) && /^\s+report(?:s|ed)\s*\./.test(textAfter(doc, m, 14)));
      }),
  },
  // "according to the Millbrook Sun", "a source tells Celebrity Weekly", "Techwire reported": a name
  // with no first name nor role that the articles only ever cite as the source of what they
  // report, or as the one told it, is an outlet.
  {
    name: 'cited-as-a-source',
    match: (a, { docOf }) =>
      a.type === 'person' &&
      a.roles.size === 0 &&
      !isFirstName(a.name.split(/\s+/)[0]) &&
      !(a.name.includes(' ') && isLastName(a.name.split(/\s+/).pop()!)) &&
      a.mentions.every((m) => {
        const doc = docOf(m);
        return SOURCE_BEFORE.test(textBefore(doc, m, 40)) || SOURCE_AFTER.test(textAfter(doc, m, 30));
      }),
  },
  // "according to the Tarrow Sun", with "Tarrow" (the town) and "the Sun" grouped into it: a
  // name of two words or more, with no given name first, no role and no title at its end, that
  // the articles cite as the source of what they report wherever they write it in full, and
  // that never speaks under any of its forms, is an outlet; the town its shorter form also
  // names does not make it someone of the story. "According to the Clay County coroner" is
  // someone: the office ends on a title.
  {
    name: 'cited-in-full-as-a-source',
    match: (a, { docOf }) => {
      const full = a.mentions.filter((m) => m.name === a.name);
      const words = a.name.split(/\s+/);
      const last = words[words.length - 1];
      return (
        a.type === 'person' &&
        a.roles.size === 0 &&
        words.length >= 2 &&
        /^\p{Lu}/u.test(last) &&
        !isGivenName(words[0]) &&
        !TITLE_HEADS.has(last.toLowerCase()) &&
        !isRoleNoun(last.toLowerCase()) &&
        full.length > 0 &&
        full.every((m) => {
          const doc = docOf(m);
          return SOURCE_BEFORE.test(textBefore(doc, m, 40)) || SOURCE_AFTER.test(textAfter(doc, m, 30));
        }) &&
        !a.mentions.some((m) => speaksNext(docOf(m), m))
      );
    },
  },
  // "the journal Harlow Letters", "the news site Velmo": a name with no role that the articles only
  // ever write right after an outlet's noun is the outlet that published the report, not an actor.
  {
    name: 'named-as-an-outlet',
    match: (a, { docOf }) =>
      (a.type === 'person' || a.type === 'organization') &&
      a.roles.size === 0 &&
      !knownOrg(a.name) &&
      a.mentions.every((m) => OUTLET_NOUN_BEFORE.test(textBefore(docOf(m), m, 30))),
  },
  // "KTVO 3 reported", "television station WXOP", "according to KTVO": four capitals opening on
  // K or W (the call letters of an American broadcaster), that the articles at least once write as
  // a station (its channel number after it, "-TV", "station" before it) or cite, are the station
  // that reports the story, like any outlet.
  {
    name: 'broadcast-station',
    match: (a, { docOf }) =>
      CALL_LETTERS.test(a.name) &&
      a.roles.size === 0 &&
      a.mentions.some((m) => {
        const doc = docOf(m);
        const before = textBefore(doc, m, 40);
        const after = textAfter(doc, m, 30);
        return STATION_AFTER.test(after) || STATION_BEFORE.test(before) || SOURCE_BEFORE.test(before) || SOURCE_AFTER.test(after) || /\(\s*$/.test(before) && /^\s*\)\s*[-—–]/.test(after);
      }),
  },
  // "NBC News reported", "Trump told CNBC", "said on NBC's Today", "ABC's legal analyst": a
  // television network the articles only ever cite as where a report ran, or as who was told, is
  // an outlet reporting the story; one that airs the show the story is about, or that acts
  // ("the quiz show lifted CBS's ratings", "PBS dropped the series"), stays.
  {
    name: 'network-cited-as-an-outlet',
    match: (a, { docOf }) =>
      a.type === 'organization' &&
      a.roles.size === 0 &&
      BROADCAST_NETWORKS.has(a.name) &&
      a.mentions.every((m) => {
        const doc = docOf(m);
        const before = textBefore(doc, m, 40);
        const after = textAfter(doc, m, 40);
        return SOURCE_BEFORE.test(before) || SOURCE_AFTER.test(after) || NETWORK_CITED_BEFORE.test(before) || NETWORK_SHOW_AFTER.test(after) || NETWORK_REPORTS.has(NETWORK_REPORT_AFTER.exec(after)?.[1] ?? '');
      }),
  },
  // "struck by the Jeep Wrangler driven by …", "a Volvo SUV", "Smith's Volvo SUV": a name of
  // several words, opening with no first name, that the articles write after an article or an
  // owner at least half the time, and had or made by someone, is a thing (a vehicle, a product),
  // not a person ("Silver Coast's Aaron Delmont" is one). A lone word with no first name nor
  // surname is read the same way: "my PayPal", "the Kickstarter" is a service or a product.
  {
    name: 'thing-after-an-article',
    match: (a, { docOf }) =>
      a.type === 'person' &&
      a.roles.size === 0 &&
      (a.name.includes(' ') || (!isGivenName(a.name) && !isLastName(a.name))) &&
      !isFirstName(a.name.split(/\s+/)[0]) &&
      a.mentions.filter((m) => ARTICLE_OR_OWNER.test(textBefore(docOf(m), m, 20))).length * 2 >= a.mentions.length &&
      a.mentions.some((m) => (OWNED.test(textBefore(docOf(m), m, 20)) && !qualifiesANoun(textAfter(docOf(m), m, 30))) || MADE_OR_USED_BY.test(textAfter(docOf(m), m, 30))),
  },
  // "the Jeep Wrangler", "Turbo Boost", "a Starlight VHS": a name of several words with no first
  // name and no role, that never does, says or owns anything in any article (never "X said",
  // "said X", "X's", "X, who"), is a thing, a place or a headline's words the articles mention, not someone
  // of the story.
  // A name with a generation's suffix ("Okafor Jr.") is a person's, the one searched for or spoken of;
  // so is one whose death the articles tell ("the shooting death of Tavish Orleck").
  {
    name: 'name-that-never-acts',
    match: (a, { docOf }) =>
      a.type === 'person' &&
      a.roles.size === 0 &&
      a.mentions.every((m) => /^\p{Lu}/u.test(m.name) && m.name.includes(' ') && !isGivenName(m.name.split(/\s+/)[0]) && !isGeneration(m.name.split(/\s+/).pop()!)) &&
      !a.mentions.some((m) => actsOrOwns(docOf(m), m) || spokenBy(docOf(m), m) || describedWithWho(docOf(m), m) || fateOf(docOf(m), m)),
  },
  // "the battleship Harlow", "Velmo, a moon of Tarn", "the Velmo Pad™": a name the articles say
  // is a thing (a vessel, a work, a product, a drug, an event, a place), with a kind of thing
  // written right before it or heading the apposition after it, or a trade mark after it, is that
  // thing, when no role describes it and it never speaks nor is described with "who". The name
  // said to be a thing is written in full: "the film Harlow" says nothing of "Harlow Productions".
  {
    name: 'said-to-be-a-thing',
    match: (a, { docOf }) =>
      a.type === 'person' &&
      a.roles.size === 0 &&
      a.mentions.some((m) => m.name.split(/\s+/).length === longest(a) && saidToBeAThing(docOf(m), m)) &&
      !a.mentions.some((m) => speaksNext(docOf(m), m) || spokenBy(docOf(m), m) || describedWithWho(docOf(m), m)),
  },
  // "“Velmor Reach” won best picture", "the “Tarn Shield” scheme": a name the articles write
  // whole between quotation marks at least twice, in its longest form, that opens on no first
  // name, is a title the story speaks of (a film, a book, a scheme), when it is quoted more often
  // than it speaks or is described with "who" ("Velmor claimed three awards" is a film's tally);
  // "Velmor Productions", whose shorter "Velmor" alone is quoted, stays, and so does a show
  // that says or wants something after its title (a body behind it).
  {
    name: 'quoted-as-a-title',
    match: (a, { ctx, docOf }) => {
      if ((a.type !== 'person' && a.type !== 'organization') || isFirstName(a.name.split(/\s+/)[0])) return false;
      const names = new Set(a.mentions.filter((m) => m.name.split(/\s+/).length === longest(a)).map((m) => m.name));
      const quoted = Math.max(...[...names].map((n) => timesQuoted(ctx.docs, n)));
      if (quoted < 2) return false;
      return ![...names].some((n) => actsAfterItsTitle(ctx.docs, n)) && quoted > a.mentions.filter((m) => speaksNext(docOf(m), m) || describedWithWho(docOf(m), m)).length;
    },
  },
  // "Mount Harlow erupted", "flights were halted at Velmo International Airport": a name with no
  // role and no first name that the articles write with a place's kind is that place, when it
  // never speaks; a hotel named for a person ("the Ruiz International Hotel") leaves the person,
  // whom a role or a first name describes.
  {
    name: 'place-by-its-kind',
    match: thingWrittenAs(writtenAsAPlace),
  },
  // "ordered a refill of Velmorin", "prescriptions for Velmorin soared": a name with no role and no
  // first name that is measured out or prescribed is a drug, not someone of the story.
  {
    name: 'drug-by-its-dose',
    match: thingWrittenAs((doc, m) => DOSED.test(textBefore(doc, m, 40))),
  },
  // "fans of the Velmo films", "the Velmo universe": a name with no role and no first name written
  // before a work's kind is that work or franchise.
  {
    name: 'work-by-its-kind',
    match: thingWrittenAs(writtenAsAWork),
  },
  // "the Velmo trackers", "Velmo users complained": a name with no role and no first name written
  // before what a product is or who uses it is that product or service.
  {
    name: 'product-by-its-kind',
    match: thingWrittenAs((doc, m) => PRODUCT_AFTER.test(textAfter(doc, m, 30))),
  },
  // "Google Tarnlight", "Apple Support Forums": a name of several words opening on a company the
  // lexicon knows, spelt as it spells it, is that company's product, service or site, even where
  // it "says" something (a translation, a forum's posts); no person's name opens on "Google". One
  // that "who" describes stays.
  {
    name: 'product-of-a-known-company',
    match: (a, { docOf }) => {
      const [first, ...rest] = a.name.split(/\s+/);
      return a.type === 'person' && rest.length > 0 && knownOrg(first) === first && !isFirstName(first) && !a.mentions.some((m) => describedWithWho(docOf(m), m));
    },
  },
  // "the bishop travelled to Velmo Tarn": a name with no role and no first name that someone
  // travels to is a place.
  {
    name: 'place-travelled-to',
    match: thingWrittenAs((doc, m) => TRAVELLED.test(textBefore(doc, m, 30))),
  },
  // "Dana Whitfield, whose brother Tobias was the skipper": a person named once, only as someone's
  // kin, says who another actor is; the other actor's role holds it. Not one who speaks ("The
  // boy's aunt, Rita Lowe, recalled …", "said his sister Rita Lowe"): she is a voice of the story.
  {
    name: 'named-as-kin',
    match: (a, { docOf }) =>
      a.type === 'person' &&
      a.mentions.length === 1 &&
      a.roles.size === 1 &&
      KIN_WORDS.has([...a.roles.keys()][0].toLowerCase()) &&
      !a.mentions.some((m) => spokenBy(docOf(m), m) || SPEECH_VERBS.has((/^\s*,?\s+(\p{L}+)/u.exec(textAfter(docOf(m), m, 30))?.[1] ?? '').toLowerCase())),
  },
];
