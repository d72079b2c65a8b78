// Word knowledge the stages share: compromise's English lexicon (first names, places, parts of
// speech) plus the project's own gazetteers in data/.
import nlp from 'compromise';
import titles from './data/titles.json';
import countries from './data/countries.json';
import organizations from './data/organizations.json';
import speech from './data/speech-verbs.json';
import deeds from './data/deeds.json';
import firstNames from './data/first-names.json';
import givenNames from './data/given-names.json';
import usStates from './data/us-states.json';
import dates from './data/dates.json';
import diseases from './data/diseases.json';
import products from './data/products.json';
import things from './data/things.json';
import rolePhrases from './data/role-phrases.json';
import orgKinds from './data/org-kinds.json';
import nameParticles from './data/name-particles.json';
import openQuestions from './data/open-questions.json';
import type { ActorType } from '../format/schema.js';
import { phrases } from './text/phrases.js';

const LEX = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one
  .lexicon;

function tags(word: string): string[] {
  const t = LEX[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['City', 'Region', 'Place', 'Country', 'ProperNoun']);
const DATE_TAGS = new Set(['WeekDay', 'Month', 'Date', 'Holiday']);
const PROPER_TAGS = new Set([...NAME_TAGS, ...PLACE_TAGS, 'LastName', 'Organization', 'Person', 'SportsTeam', 'Demonym']);

const FIRST_NAMES = new Set(firstNames.names);
/** Given names that are also function words ("Will"), a first name only inside a sentence before a surname. */
export const GIVEN_FUNCTION_WORDS: ReadonlySet<string> = new Set(firstNames.functionWords);
export const isFirstName = (w: string) => FIRST_NAMES.has(w) || tags(w).some((t) => NAME_TAGS.has(t));
const SHORT_FORMS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(firstNames.shortForms.names).map(([k, v]) => [k.toLowerCase(), v.map((x) => x.toLowerCase())]));
/** "Bill" and "William", "Abby" and "Abigail": a short form and the given name it stands for (lower case). */
export const isShortFormOf = (short: string, full: string) => SHORT_FORMS.get(short)?.includes(full) ?? false;
const NOT_GIVEN = new Set(givenNames.notGiven);
const GIVEN_NAMES = new Set(givenNames.names.filter((n) => !NOT_GIVEN.has(n)));
/**
 * A given name of the wider list ("Rand", "Vin") that is no ordinary word, place or country
 * ("Cleveland", "Bay", "Israel" are in the list too).
 */
export const isGivenName = (w: string) => isFirstName(w) || (GIVEN_NAMES.has(w) && !tags(w).length && !countryOf(w));
/**
 * A word of the given-name list whatever else it is: "Jordan", "Sofia" and "Georgia" name
 * countries and capitals too, and are first names before a surname ("Jordan Velliver").
 */
export const isListedGivenName = (w: string) => GIVEN_NAMES.has(w);
const EITHER_SEX = new Set(firstNames.eitherSex);
/** "female" or "male" when the lexicon knows the first name as one only, and the name is not given to both ("Kim", "Lindsey"). */
export const genderOf = (w: string): 'female' | 'male' | undefined => {
  if (EITHER_SEX.has(w)) return undefined;
  const t = tags(w);
  const f = t.includes('FemaleName');
  const m = t.includes('MaleName');
  return f === m ? undefined : f ? 'female' : 'male';
};
const GENDERED = new Map<string, 'female' | 'male'>([...titles.gendered.female.map((w) => [w, 'female'] as const), ...titles.gendered.male.map((w) => [w, 'male'] as const)]);
/** "female" or "male" for a word that says so of a person: an honorific ("Ms."), kin ("mother"), a role ("spokeswoman"). */
export const genderOfWord = (w: string) => GENDERED.get(w.toLowerCase().replace(/\.$/, ''));
export const isLastName = (w: string) => tags(w).includes('LastName');
/**
 * A lone name compromise's lexicon holds as a company's, a brand's or a team's ("Monsanto",
 * "Starbucks", "Lakers"). (Its people known by one name are no help: cities and states are
 * among them, "Houston", "Austin".)
 */
export const isKnownCompany = (w: string) => tags(w).some((t) => t === 'Organization' || t === 'SportsTeam');
export const isPlace = (w: string) => tags(w).some((t) => t === 'City' || t === 'Region' || t === 'Place' || t === 'Country');
/** Particles written in lower case between the parts of one name ("Ruiz del Campo", "bin Laden"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(nameParticles.joining);
/** The particles, capitalised, that may open a name ("Al Qaeda", "Le Pen said"). */
export const OPENING_PARTICLES: ReadonlySet<string> = new Set(nameParticles.opening);
const HYPHENATED_PARTICLE = new RegExp(String.raw`^(?:${nameParticles.hyphenated.join('|')})-\p{Lu}`, 'u');
/** A capitalised word such as "al-Assad" or "bin Salman" counts as part of a name. */
export const isNameParticle = (w: string) => HYPHENATED_PARTICLE.test(w);
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Modal', 'Copula', 'Auxiliary', 'Verb', 'PhrasalVerb']);
/** A word that can only be read as a verb form here ("says", "warned", "has", "will"). */
export const isVerbForm = (w: string) => tags(w).some((t) => VERB_TAGS.has(t)) || SPEECH_VERBS.has(w.toLowerCase());
/** A word the lexicon knows as an adverb or a negation ("also", "then", "never"). */
export const isAdverb = (w: string) => tags(w).some((t) => t === 'Adverb' || t === 'Negative');
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Adjective', 'Uncountable', 'Comparative', 'Superlative']);
/** A word the lexicon knows as a noun or adjective ("systems", "former"). */
export const isNounOrAdjective = (w: string) => {
  const known = tags(w);
  return known.length ? known.some((t) => NOUN_TAGS.has(t)) : guessedNounOrAdjective(w);
};
/** A word the lexicon knows only as a kind of person, no role ("population", "human"): a noun all the same. */
export const isPersonNounOnly = (w: string) => {
  const known = tags(w);
  return known.length > 0 && known.every((t) => t === 'Actor');
};
// The tagger is slow and the same words come back in every sentence: each reading is asked once.
const cachedReading = (read: (w: string) => boolean) => {
  const seen = new Map<string, boolean>();
  return (w: string): boolean => {
    let is = seen.get(w);
    if (is === undefined) seen.set(w, (is = read(w)));
    return is;
  };
};
/** The words the tagger reads as verbs in a run of text, in context ("Residents suspect" → "suspect"; "city clerk" → none). */
export const verbsReadIn = (text: string): string[] => nlp(text).match('#Verb').out('array');
/** Whether the tagger reads the word as an adverb ("reportedly", not "family" or "ally"). */
export const readsAsAdverb = cachedReading((w) => nlp(w).has('#Adverb'));
/** Whether the tagger reads the word as a verb's past form after a subject ("led", "lauded"), or after "has" ("has taken"). */
export const readsAsPastTense = cachedReading((w) => /^\p{L}+$/u.test(w) && (nlp(`he ${w} it`).has('#PastTense') || nlp(`he has ${w} it`).has('(#PastTense|#Participle)')));
/** "arrested", "fled", "used": a word in lower case ending in "-ed" that readsAsPastTense reads as a past form. */
export const readsAsEdPast = (w: string) => /^\p{Ll}+ed$/u.test(w) && readsAsPastTense(w);
/**
 * "acquitted", "suspended": a regular past form, in lower case and "-ed" after three letters or
 * more (five letters in all), that readsAsPastTense reads as one. Narrower than readsAsEdPast on
 * purpose: callers ask it after isVerbForm, for the past forms the lexicon does not hold, and an
 * irregular or short form ("led", "aged", "bed") is either held there already or no verb.
 */
export const readsAsPastVerb = (w: string) => /^\p{Ll}{5}/u.test(w) && readsAsEdPast(w);
/** "walks", "urges", "turns": a word in lower case ending in "-s" that the tagger reads as a verb's present form after a subject. */
export const readsAsPresentVerb = cachedReading((w) => /^\p{Ll}+s$/u.test(w) && nlp(`he ${w} it`).has('#PresentTense'));
/** "Careys", "Israelites", "Klansmen": a capitalised word the tagger reads as a plural noun. */
export const readsAsPlural = cachedReading((w) => nlp(w).has('#Plural'));
/** "Jewish", "Democratic": a capitalised word the tagger reads only as an adjective. */
export const readsAsAdjectiveOnly = cachedReading((w) => nlp(w).has('#Adjective') && !nlp(w).has('#Noun'));
/**
 * "Reportedly", "Naming": a capitalised word in -ly that the tagger reads as an adverb, or in -ing
 * that it reads as the -ing form of a verb it knows ("name"); the lexicon holds few such derived
 * words, so isCommonWord misses them. A surname in -ing is no verb's form: "Manning" ("man" is
 * read as a noun), "Kipling".
 */
export const readsAsAdverbOrGerund = cachedReading((w) => {
  const l = w.toLowerCase();
  if (/^\p{Lu}\p{Ll}+ly$/u.test(w)) return nlp(l).has('#Adverb');
  return /^\p{Lu}\p{Ll}+ing$/u.test(w) && nlp(l).has('#Gerund') && nlp(nlp(l).verbs().toInfinitive().text()).has('#Infinitive');
});
/** A word compromise's tagger reads as a plural, an adverb or an adjective ("Forecasters", "Similarly"). */
export const readsAsPluralAdverbOrAdjective = (w: string) => nlp(w).has('(#Plural|#Adverb|#Adjective)');
// A word the lexicon does not hold ("keyboard", "swimmer") is read by compromise's tagger.
const guessedNounOrAdjective = cachedReading((w) => nlp(w).has('(#Noun|#Adjective)') && !nlp(w).has('#Verb'));
const MONTHS = new Set(dates.months.map((m) => m.toLowerCase()));
const HOLIDAYS = new Set(dates.holidays.map((h) => h.toLowerCase()));
export const isDateWord = (w: string) => tags(w).some((t) => DATE_TAGS.has(t)) || HOLIDAYS.has(w.toLowerCase().replace(/[’]/g, "'"));
/** A month's name ("March", "Sept."), which is a date only where the text uses it as one. */
export const isMonth = (w: string) => MONTHS.has(w.toLowerCase().replace(/\.$/, ''));
/** The months' names and short forms (data/dates.json) as one alternation, as written: "September", "Sept". */
export const MONTH_NAMES = phrases(dates.months);
/** A dictionary word of ordinary English (verb, adjective, pronoun…), not a name. */
export const isCommonWord = (w: string) => {
  const t = tags(w);
  return t.length > 0 && !t.some((x) => PROPER_TAGS.has(x));
};

const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
export const TITLE_HEADS = lower(titles.heads);
export const TITLE_MODIFIERS = lower(titles.modifiers);
export const HONORIFICS = lower(titles.honorifics);
export const HONORIFIC_HEADS = lower(titles.honorificHeads);
export const RANKS = lower(titles.ranks);
export const SAME_KIND = lower(titles.sameKind);
/** Title words that are also surnames after a first name ("Stephen King", "Howard Dean"). */
export const TITLE_SURNAMES = lower(titles.surnames);
export const HONORIFIC_ROLES = new Map(Object.entries(titles.honorificRoles));
export const KIN = new Map(Object.entries(titles.kin));
/** Every word for a relative: "son", and what its bearer is to him ("mother", "parent"). */
export const KIN_WORDS = new Set([...KIN.keys(), ...[...KIN.values()].flat()]);
/** People who report the news for an outlet ("reporter", "correspondent"). */
export const JOURNALISTS = lower(titles.journalists);
/** "who heads …" → "head", "who headed …" → "former head". */
export const POSITION_VERBS: ReadonlyMap<string, string> = new Map(Object.entries(rolePhrases.positionVerbs));
/** "who studies sleep at …" → "researcher who studies sleep at …". */
export const SUBJECT_VERBS: ReadonlyMap<string, string> = new Map(Object.entries(rolePhrases.subjectVerbs));
/** "who likes to joke …", "who thinks …": a relative clause that says nothing the person did. */
export const NOT_DEEDS = lower(rolePhrases.notDeeds);
/** A town's services whose officers' titles leave the town out (role-phrases.json townServices): "Police Sgt.". */
export const TOWN_SERVICES: readonly string[] = rolePhrases.townServices.services;
/** The words such a title may hold beside its service's name: "Fire Department". */
export const TOWN_SERVICE_WORDS = lower([...rolePhrases.townServices.services, ...rolePhrases.townServices.words]);
/** Modal verbs, "would", "might" (role-phrases.json modals): what may or will be done, not done. */
export const MODALS = lower(rolePhrases.modals.words);
/** The modals with "must" (role-phrases.json modals.obligation): none of them tells a deed. */
export const DEED_MODALS = lower([...rolePhrases.modals.words, ...rolePhrases.modals.obligation]);
/** The forms of "be" (role-phrases.json copulaComplements.copulas): "who is", "George is". */
export const COPULAS = lower(rolePhrases.copulaComplements.copulas);
/** What opens, after such a "be", what the person is or where they were ("part of", "among"). */
export const COPULA_COMPLEMENTS = lower(rolePhrases.copulaComplements.words);
/** "directed by …", "a screenplay by …" → the maker's noun. */
export const MADE_BY: ReadonlyMap<string, string> = new Map(Object.entries(rolePhrases.madeBy));
export const POSTED_TITLES = lower(rolePhrases.postedTitles);
/** Words of a story about a film or a show. */
export const SCREEN_WORDS: readonly string[] = rolePhrases.screenWords;
/** Nouns written right before a body's name to say what it is ("the rap duo …", "shoe company …"). */
export const BODY_KINDS_BEFORE: readonly string[] = orgKinds.writtenBefore;
/** Nouns written right after a body's name, with "the" before it, to say what it is ("the Silver Lantern union"). */
export const BODY_KINDS_AFTER: readonly string[] = orgKinds.writtenAfter;
/** Nouns that say a name is a body's where they stand beside it ("the band …", "…, a group that"): the kinds written before a body's name and the generic ones. */
export const BODY_KIND_NOUNS: readonly string[] = [...orgKinds.writtenBefore, ...orgKinds.generic];
/** Posts and parts only a body has, written right after its name ("Velta's chief executive", "Corvane guitarist"). Lower case. */
export const BODY_MEMBERS_AFTER: readonly string[] = orgKinds.membersAfter;
/** Verbs a body does after ", which" ("…, which owns the brand"). */
export const BODY_VERBS_AFTER_WHICH: ReadonlySet<string> = new Set(orgKinds.actsAfterWhich);
/** Each kind of ensemble ("band"): the words that name it and the roles of its members. */
export const ENSEMBLE_MEMBERS: ReadonlyMap<string, { names: readonly string[]; members: readonly string[] }> = new Map(Object.entries(rolePhrases.ensembles));
/** "charged", "pleaded not guilty": a charge a person faces, before "with", "of", "to". */
export const LEGAL_STATUS_VERBS: readonly string[] = rolePhrases.legalStatus;
/** "children" → what one of them is: [female, male, either] ("daughter", "son", "child"). */
export const KIN_PLURALS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(rolePhrases.kinPlurals));
/** "killed", "found dead": what befell a person, right after the name. */
export const HARM_VERBS: readonly string[] = rolePhrases.harmVerbs;
/** "who helmed the film", "who sits on the committee": what a person does or did in life. */
export const CAREER_VERBS = lower(rolePhrases.careerVerbs);
/** Where a deed read after a person's name ends, and where one too long may be cut (actor-roles.ts deed-in-the-lead). */
export const DEED_ENDS = lower(rolePhrases.deedInTheLead.ends);
export const DEED_JOINTS = lower(rolePhrases.deedInTheLead.joints);
export const SPEECH_DEEDS = lower(rolePhrases.deedInTheLead.speechDeeds);
export const LINKING_VERBS = lower(rolePhrases.deedInTheLead.linkingVerbs);
export const LONE_DEEDS = lower(rolePhrases.deedInTheLead.loneDeeds);
/** After a verb alone, the words that say when, why or how long, and those that open a date: the verb has told its deed ("died | after a long illness", "died | on Monday"). */
export const LONE_DEED_ENDS = lower(rolePhrases.deedInTheLead.loneDeedEnds);
export const DATE_OPENERS = lower(rolePhrases.deedInTheLead.dateOpeners);
/** Between a subject and the verb of its deed: "later resigned", "has since left". */
export const DEED_ADVERBS = lower(rolePhrases.deedInTheLead.adverbs);
/** "made it happen": an object that says nothing without the sentence before. */
export const OBJECT_PRONOUNS = lower(rolePhrases.deedInTheLead.objectPronouns);
/** "On Monday, | Gov. Ana Ruiz …": the words, capitalised, that open a time before a sentence's subject. */
export const OPENING_TIMES: readonly string[] = rolePhrases.deedInTheLead.openingTimes;
/** "Ana Ruiz, Harbor Trust's chief executive | said": the speech verbs that close an apposition left open, and the words that open a clause of its own before one (roles.ts apposition-closed-by-speech). */
export const APPOSITION_SPEECH_VERBS: readonly string[] = rolePhrases.appositionClosedBySpeech.speechVerbs;
export const APPOSITION_CLAUSE_WORDS: readonly string[] = rolePhrases.appositionClosedBySpeech.clauseWords;
/** "chief", "head": a role's head noun that names no post. */
export const GENERIC_HEADS = lower(rolePhrases.genericHeads);
/** The words after which a run of nouns the lexicon reads as verbs opens a role's noun phrase ("including | travel writer"). */
export const QUALIFIER_RUN_AFTER = lower(rolePhrases.qualifierRunAfter.words);
/** What a person is to the story when no role is written, by the row that reads it ("sued" → "plaintiff"). */
export const STORY_ROLE_LABELS: ReadonlyMap<string, string> = new Map(Object.entries(rolePhrases.storyRoles));
/** A President with no country whose name is written as a government ("the Reyes administration"): the country's, when the story names it. */
/** The verbs by which a person of the story takes a part ("plays", "voiced"). */
export const PLAYS_PART: readonly string[] = rolePhrases.playsPart;
export const PRESIDENCY: { country: string; government: readonly string[]; named: readonly string[] } = rolePhrases.presidency;
/** The courts whose judges carry the title Justice ("Supreme Court"). */
export const JUSTICE_COURTS: readonly string[] = rolePhrases.courts;
/** "mom" → "mother": kin as a role writes it (data/role-phrases.json kinWritten). */
export const KIN_WRITTEN: ReadonlyMap<string, string> = new Map(Object.entries(rolePhrases.kinWritten));
/** The people a show, a film or a band is known by (role-phrases.json workPeople). */
export const WORK_PEOPLE = lower(rolePhrases.workPeople);
/** Government bodies whose people, named with the body alone, are its officials (role-phrases.json bodyAlone). */
export const GOVERNMENT_BODY_HEADS = lower(rolePhrases.bodyAlone.heads);
export const GOVERNMENT_BODIES: ReadonlySet<string> = new Set(rolePhrases.bodyAlone.known);
/** The US states by name ("Alabama"). */
export const US_STATE_NAMES: readonly string[] = usStates.states.map((s) => s[0]);
/** The parties a lawmaker is described by ("the California Democrat"), lower case. */
export const PARTY_NOUNS = lower(Object.values(usStates.parties));
/** Words of a role held by a lawmaker or an elected officer ("Senate Minority Leader", "Sen."), lower case, without dots. */
export const ELECTED_OFFICES: ReadonlySet<string> = new Set(usStates.offices.words);
export const PERSON_NOUNS = lower(titles.people);
const ANIMALS = lower(titles.animals);
/** "dog", "rhino": a kind of animal, which a story may name as it names a person (titles.json animals). */
export const isAnimalNoun = (w: string) => ANIMALS.has(w.toLowerCase());
/** "friend", "colleague": what a person is to the speaker who says "my" or "our" before it. */
export const SPEAKER_RELATIONS = lower(titles.speakerRelations);
/** "my", "our": a speaker's own word before a relation ("my friend"), which makes it no role a reader can place. */
export const SPEAKER_OWNERS = lower(titles.speakerOwners);
const ROLE_NOUNS = lower(titles.roleNouns);
const NOT_ROLES = lower(titles.notRoles);
/** Nouns for a person that say who someone is only after the place they are from (titles.json ofPlace). */
export const OF_PLACE_NOUNS = lower(titles.ofPlace);
/** "man", "teenager": a person's noun that a participle beside it ("a murdered teenager") makes a role. */
export const BEFALLEN_NOUNS = lower(titles.befallen);
/** "named", "pictured", "told": participles that name, show or speak to a "man" or "girl", telling nothing that befell them (titles.json befallenNamedBy). */
export const BEFALLEN_NAMED_BY = lower(titles.befallenNamedBy);
/** "second", "other": which one a "man" or "girl" is, no part of a role (titles.json befallenWhichOne). */
export const BEFALLEN_WHICH_ONE = lower(titles.befallenWhichOne);
const roleNounCache = new Map<string, boolean>();
/**
 * A singular noun for what a person is or does ("guitarist", "mother", "epidemiologist"): a
 * title, a word of our own list, or one compromise reads as an actor noun (its lexicon and its
 * suffix rules: "-ist", "-ologist").
 */
export function isRoleNoun(word: string): boolean {
  const w = word.toLowerCase();
  let is = roleNounCache.get(w);
  if (is === undefined) {
    // "co-chair", "co-host": one who holds the role with another.
    const shared = /^co-(\p{Ll}{3,})$/u.exec(w)?.[1];
    is = !NOT_ROLES.has(w) && (TITLE_HEADS.has(w) || ROLE_NOUNS.has(w) || KIN.has(w) || (!!shared && isRoleNoun(shared)) || (/^\p{Ll}[\p{Ll}-]+$/u.test(w) && nlp(w).has('#Actor') && !nlp(w).has('#Plural')));
    roleNounCache.set(w, is);
  }
  return is;
}
/** The singular role noun a plural stands for ("pilots" → "pilot", "spokesmen" → "spokesman"); undefined when it is none. */
export function singularRoleNoun(word: string): string | undefined {
  const w = word.toLowerCase();
  if (/^\d{1,3}-year-olds$/.test(w)) return w.slice(0, -1);
  const forms = [w.replace(/men$/, 'man'), w.replace(/ies$/, 'y'), w.replace(/(?<=(?:s|x|ch|sh))es$/, ''), w.replace(/s$/, '')];
  return forms.find((f) => f !== w && isRoleNoun(f));
}
export const GOVERNMENT_NOUNS = lower(organizations.governmentNouns);
/** "disease", "virus": after a name, they make it a disease's or a germ's. */
export const DISEASE_NOUNS = lower(diseases.nouns);
/** "PC", "Edition": closing a name, they make it a product's or an edition's. */
export const PRODUCT_NOUNS = lower(products.nouns);
/** "Model": before a single letter, it names a product's model. */
export const MODEL_WORDS = lower(products.modelWords);
/** "battleship", "moon", "film": a kind of thing that is no actor, said of the name it stands before or describes. */
export const THING_KINDS = lower([...things.vessels, ...things.works, ...things.products, ...things.drugs, ...things.events, ...things.places, ...things.storms, ...things.creatures]);
/** "airport", "stadium", "mountain": a place's kind, written as the last word of its name ("Harlow International Airport"). */
export const PLACE_KINDS = lower(things.places);
/** "films", "universe": a work's or a franchise's kind, written after its name ("the Velmo films"). */
export const WORK_KINDS_AFTER = new Set([...lower(things.works), ...lower(things.works.map((w) => `${w}s`)), 'universe']);
/** "dose", "refill": what is measured out of a drug, before "of"/"for" and its name. */
export const MEASURED_OUT = things.measuredOut;
/** "trackers", "users": after a name in lower case, what a product is or who uses it. */
export const USED_AS = things.usedAs;
/** "flew", "drove": travel verbs, before "to" and a place. */
export const TRAVELLED_TO = things.travelledTo;
/** "the", "of", "vs.": the short words a title keeps in lower case between its capitalised words (as written: case counts). */
export const TITLE_JOINERS: ReadonlySet<string> = new Set(things.titleJoiners);
/** "Award", "Airport", "PC": closing a run of capitalised words, they make it a thing's name. */
export const THING_NAME_HEADS = new Set([...lower(things.named), ...THING_KINDS, ...PRODUCT_NOUNS]);
export const ORG_HEADS = lower(organizations.heads);
/** The office that speaks for the holder of a title: "White House" → "president". */
export const OFFICES = new Map(Object.entries(organizations.offices));
export const GROUP_NOUNS = lower(organizations.groupNouns);
/** "fans", "users", "residents": the public a story may be about, named by what its people do. */
export const PUBLICS = lower(organizations.publics.words);
export const UNNAMED_PERSONS = lower(organizations.unnamedPersons);
/** "boy", "girl", "child": minors a story may leave unnamed. */
export const UNNAMED_CHILDREN = lower(organizations.unnamedChildren);
/** "patient", "victim" and the minors: people a story may leave unnamed, and whom it may be about. */
export const UNNAMED_SUBJECTS = new Set([...lower(organizations.unnamedSubjects), ...UNNAMED_CHILDREN]);
/** "male", "little": a word between "the" and an unnamed subject that says no more than who it is. */
export const UNNAMED_QUALIFIERS = lower(organizations.unnamedQualifiers);
/** "4-year-old", "six-week-old" before a name, with up to two words between ("4-year-old brother"): a child's age. */
export const CHILD_AGE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\d-])(?:(?:\d|1[0-7]|${openQuestions.counts.numbers.words.slice(0, 17).join('|')})-years?|(?:\d{1,2}|${openQuestions.counts.numbers.words.slice(0, 17).join('|')})-(?:months?|weeks?|days?))-old\s+(?:\p{Ll}+\s+){0,2}$`,
  'iu',
);
export const COLLECTIVE_NOUNS = lower(organizations.households);
export const PLACE_OFFICES = lower(organizations.placeOffices);
export const OWNED_GROUPS = new Map(Object.entries(organizations.ownedGroups));
/** "police": a body named in lower case after the place it serves ("Millbrook police"). */
export const LOCAL_FORCES = lower(organizations.localForces);
/** "investigators": the people who speak for a local force the story names. */
export const FORCE_MEMBERS = lower(organizations.forceMembers);
/** "sheriff", "FBI": words of the bodies that investigate beside a local force. */
export const OTHER_INVESTIGATORS = lower(organizations.otherInvestigators);
/** "prosecutors": the people who speak for the body that prosecutes. */
export const PROSECUTING_GROUPS = lower(organizations.prosecutingGroups);
/** "Attorney", "Prosecution": before "Office" or "Service", they name the body that prosecutes. */
export const PROSECUTING_BODY = new RegExp(String.raw`\b(?:${organizations.prosecutingTitles.join('|')})s?(?:['’]s?)?\s+(?:Office|Service)\b`, 'iu');
export const PLACE_HEADS = lower(organizations.placeHeads);
/** Place heads that are also surnames after a first name ("Dora Day", "Ned Lane"). */
export const PLACE_HEAD_SURNAMES = lower(organizations.placeHeadSurnames);
export const MEDIA = lower(organizations.mediaPublishers);
export const MEDIA_HEADS = lower(organizations.mediaHeads);
/** Television networks named bare ("NBC"), which may air a show the story is about or report the story. */
export const BROADCAST_NETWORKS = new Set<string>(organizations.broadcastNetworks);
/** "poll", "reported", "reporter": a word after a network's name that makes it where a report came from. */
export const NETWORK_REPORTS: ReadonlySet<string> = new Set([...organizations.networkReports, ...JOURNALISTS]);
/** "WXYZ", "Harbor Daily News", "NewsChannel 15": the name of an outlet, whose words pass on the news (the actors stage and the attribution stage both ask). */
export const isOutletName = (name: string) => {
  const words = name.split(/\s+/).filter((w) => !/^\d+$/.test(w));
  return MEDIA.has(name.toLowerCase()) || words.some((w) => MEDIA_HEADS.has(w.toLowerCase()) || /^News\p{L}+$/u.test(w));
};
export const ORG_NOUNS = lower(organizations.orgNouns);
export const ORG_ADJECTIVES = new Map(Object.entries(organizations.orgAdjectives));
const VESSEL_PREFIXES = new Set(organizations.vesselPrefixes);
export const PLACE_PREFIXES = new Set(organizations.placePrefixes);
export const NOT_NAMES = new Set(organizations.notNames);
export const PLATFORM_NOUNS = lower(organizations.platformNouns.words);
export const PLATFORM_POSTS = lower(organizations.platformPosts.words);
/** "lawmakers": the members of a legislature, who speak for the one the story names. */
export const LEGISLATORS = lower(organizations.legislators.words);
/** "confessed", "a speech": what is said or written to a body named after "to", who is then spoken to, not a place. */
export const ADDRESSED_TO = lower(organizations.addressedTo.words);
/** "scientists at", "a team from": the people of a body who do its work. */
export const WORKERS_OF_A_BODY = lower(organizations.peopleOfABody.workers);
/** "a spokeswoman for", "crews from": the people through whom a body speaks or acts. */
export const SPEAKERS_OF_A_BODY = lower(organizations.peopleOfABody.speakers);
/** "NYSE", "NASDAQ": as written. */
export const STOCK_EXCHANGES: readonly string[] = organizations.stockExchanges.words;
export const STATE_LEGISLATURE_WORDS = lower([...organizations.legislators.words, ...organizations.stateLegislature.words]);
export const HEADS_WRITTEN_LAST = lower(organizations.headsWrittenLast.words);
export const HEADS_BEFORE_ON = lower(organizations.headsBeforeOn.words);
/** A company's legal suffix: "Corp", "Co", "Inc". */
export const COMPANY_SUFFIXES = lower(organizations.companySuffixes.words);
export const PARTY_MEMBERS: ReadonlyMap<string, string> = new Map(Object.entries(organizations.partyMembers.names));
/** "state", "county": levels of government, one of which a body's name may hold. */
export const GOVERNMENT_LEVELS = lower(orgKinds.levels.words);
/** "House GOP leaders": the chambers, the party words (each to the plural a caucus is named with) and the voices after them. */
export const PARTY_CAUCUSES = {
  chambers: organizations.partyCaucuses.chambers as readonly string[],
  parties: new Map(Object.entries(organizations.partyCaucuses.parties)) as ReadonlyMap<string, string>,
  voices: organizations.partyCaucuses.voices as readonly string[],
};
const KNOWN_ORGS = new Map(organizations.known.map((o) => [o.toLowerCase(), o]));
export const SPEECH_VERBS = lower([...speech.verbs, ...speech.weak]);
/** The speech verbs as a regex alternation, for patterns that look for one. */
export const SPEECH_VERB_ALTERNATION = [...SPEECH_VERBS].join('|');
export const WEAK_SPEECH_VERBS = lower(speech.weak);
/** "wrote", "tweeted": speech put on paper or online, no claim told to someone (speech-verbs.json writing). */
export const WRITING_VERBS = lower(speech.writing.words);
export const DISPUTE_VERBS = lower(speech.dispute);
export const OBJECT_VERBS = lower(speech.objectVerbs);
export const ADDRESSEE_VERBS = lower(speech.addressee);
export const UNNAMED_SOURCES = lower(speech.unnamedSources);
/** "said a woman", "said the neighbour": who speaks unnamed right after a speech verb. */
export const UNNAMED_SPEAKERS: readonly string[] = speech.unnamedSpeakers.words;
export const SPEAKING_GROUPS = lower(speech.speakingGroups);
/** Speaking groups that only comment from outside the story ("experts say"). */
export const COMMENTATOR_GROUPS = lower(speech.commentators.words);
export const HELD_STANCES = lower(speech.heldStances);
export const DOCUMENTS = lower(speech.documents);
export const DOCUMENT_VERBS = lower(speech.documentVerbs);
/** Verbs that speak only right after a document noun ("the letter read"): a person who reads speaks no words of their own. */
export const DOCUMENT_READS = lower(speech.documentReads);
/** What words were said in ("a Facebook posting") and where ("the summit"), between a speech verb and the words said. */
export const SAID_IN_MEDIA: readonly string[] = speech.saidWhere.media;
export const SAID_AT_EVENTS: readonly string[] = speech.saidWhere.events;
/** Who speak for the body named right before them ("… Club leaders said"). */
export const BODY_VOICES: readonly string[] = speech.bodyVoices.words;
/** Who speak for the body named before them, by post or as its voices ("… spokesman", "… officials", "… leaders"). */
export const BODY_SPOKESPERSONS: readonly string[] = [...speech.bodyVoices.spokespersons, ...speech.bodyVoices.words];
/** Who speak for the one whose they are ("Reyes's rep", "China's foreign ministry spokesman"): spokespersons, a body's voices, reps. */
export const OWNERS_VOICES: ReadonlySet<string> = new Set([...speech.spokespersons, ...BODY_SPOKESPERSONS, ...speech.ownersVoices.words]);
/** Nouns that describe anyone of many a story meets ("the man", "the official", "the lawyer"): never a way of naming the one who spoke just before. */
export const ANYONE_NOUNS: ReadonlySet<string> = lower(speech.anyoneNouns.words);
/** "police", "crew": a group that speaks as one, with no plural -s to tell it. */
export const GROUP_SPEAKERS: ReadonlySet<string> = new Set(speech.groupSpeakers.words);
/** Words that may stand between an owner and their voice: "Japan's top government spokesman". */
export const VOICE_MODIFIERS: ReadonlySet<string> = new Set(speech.ownersVoices.modifiers);
/** The titles of who heads a body ("chairman", "director"): speech-verbs.json `heads`, whose words editors credit to the body. */
export const HEAD_TITLES: ReadonlySet<string> = new Set(speech.heads.titles);
/** Bodies one sends to another ("mission to the UN"): speech-verbs.json `sentTo`. */
export const SENT_BODIES: ReadonlySet<string> = new Set(speech.sentTo.words);
export const FINDING_VERBS = lower(speech.findings);
/** What a refusal to speak refuses ("declined to comment"): no claim. */
export const SILENCES: readonly string[] = speech.silences.words;
export const SUBORDINATE_OPENERS: readonly string[] = speech.subordinateOpeners.words;
/** Verbs that name or label something ("what the paper called", "dubbed"): speech-verbs.json `naming`. */
export const NAMING_VERBS: readonly string[] = speech.naming.words;
/** The verbs of a refusal ("refused", "declined"). */
export const REFUSALS = lower(speech.silences.verbs);
export const PREPOSITIONS = lower(speech.prepositions);
/** Acts that state what an actor wants, one named pattern per row of `actions`: "plans to", "filed a lawsuit". */
export const ACTIONS: readonly { name: string; pattern: RegExp }[] = Object.entries(speech.actions).map(([name, list]) => ({
  name,
  pattern: new RegExp(String.raw`\b(?:${phrases(list)})\b`, 'gu'),
}));

/** Acts that take a side or move the story, one named row of `deeds.json` each ("vetoed", "filed a lawsuit", "boycotted"); `passive`: the row's verbs also read with "by <actor>". */
export const DEEDS: readonly { name: string; verbs: string; passive: boolean }[] = Object.entries(deeds.rows).map(([name, list]) => ({
  name,
  verbs: phrases(list),
  passive: deeds.passive.includes(name),
}));
/** A deed verb with what follows it in another sense ("passed away", "fired shots"). */
export const DEED_OTHER_SENSES = new RegExp(String.raw`^(?:${phrases(deeds.otherSenses)})\b`, 'iu');

type CountryRow = [string, string[], string[], string | null];
const COUNTRY_BY_NAME = new Map<string, string>();
const COUNTRY_BY_DEMONYM = new Map<string, string>();
for (const [name, aliases, demonyms, capital] of countries.countries as CountryRow[]) {
  for (const a of [name, ...aliases]) COUNTRY_BY_NAME.set(a.toLowerCase(), name);
  // A capital in the news usually stands for its government ("Moscow believes…").
  if (capital) COUNTRY_BY_NAME.set(capital.toLowerCase(), name);
  for (const d of demonyms) COUNTRY_BY_DEMONYM.set(d.toLowerCase(), name);
}
export const countryOf = (name: string) => COUNTRY_BY_NAME.get(name.toLowerCase());
/** Each country with every way news text writes it: its names, its demonyms, its capital. */
export const COUNTRY_FORMS: ReadonlyMap<string, readonly string[]> = new Map(
  (countries.countries as CountryRow[]).map(([name, aliases, demonyms, capital]) => [name, [name, ...aliases, ...demonyms, ...(capital ? [capital] : [])]]),
);
export const countryOfDemonym = (word: string) =>
  COUNTRY_BY_DEMONYM.get(word.toLowerCase()) ?? (tags(word).includes('Demonym') ? word : undefined);
export const knownOrg = (name: string) => KNOWN_ORGS.get(name.toLowerCase());

/** Words that can stand inside a title such as "US Secretary of State" or "Kremlin spokesman". */
export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || HONORIFICS.has(w) || !!countryOf(word) || !!countryOfDemonym(word) || !!knownOrg(word);
}

export function classifyName(name: string, words: string[]): ActorType | undefined {
  if (countryOf(name)) return 'country';
  const last = words[words.length - 1].toLowerCase();
  if (knownOrg(name) || ORG_HEADS.has(last) || (words.length > 1 && VESSEL_PREFIXES.has(words[0])) || (words.length > 2 && words.some((w) => ORG_HEADS.has(w.toLowerCase()))))
    return 'organization';
  if (words.length >= 2 && countryOfDemonym(words[0]) && GROUP_NOUNS.has(last)) return 'group';
  // "Republicans", "Taliban": a group noun written with a capital names the group.
  if (words.length === 1 && GROUP_NOUNS.has(last)) return 'group';
  if (/^[A-Z]{2,6}$/.test(name)) return 'organization';
  // "ACX Crystal", "NYK Line": a name led by an acronym that is not a country.
  if (words.length > 1 && /^[A-Z]{2,5}$/.test(words[0]) && !countryOf(words[0])) return 'organization';
  return undefined;
}

const STATE_BY_ABBREVIATION = new Map<string, string>();
for (const [name, ...abbreviations] of usStates.states) for (const a of [name, ...abbreviations]) STATE_BY_ABBREVIATION.set(a.toLowerCase().replace(/[.\s]/g, ''), name);
const STATE_BY_AP = new Map(usStates.states.filter(([name, ap]) => ap !== name).map(([name, ap]) => [ap.replace(/\./g, ''), name]));
/** The US state an AP abbreviation names, its dot left out ("Ky" → "Kentucky"); undefined for a state's name or any other word. */
export const stateOfApAbbreviation = (word: string): string | undefined => STATE_BY_AP.get(word);
const PARTIES = new Map(Object.entries(usStates.parties));
const PARTY_ADJECTIVES = new Map(Object.entries(usStates.partyAdjectives));
// ", Conn.", ", Connecticut", ", CT": a state written after a town, as its name, its AP abbreviation
// with its dot, or its postal code in capitals.
const STATE_FORMS = usStates.states.flatMap(([name, ap, postal]) => [name, ap === name ? name : `${ap}\\.`, `${postal}`]);
/** ", Conn." after a word: the word is a town of that state. */
export const STATE_AFTER_A_TOWN = new RegExp(String.raw`^,\s+(?:${[...new Set(STATE_FORMS)].join('|')})(?![\p{L}])`, 'u');
/** The party and the state a label such as "R-Fla." names; undefined when it names no party and state. */
function partyLabel(label: string): { party: string; state: string } | undefined {
  const m = /^([A-Z])-(.+)$/.exec(label.trim());
  const party = m && PARTIES.get(m[1]);
  const state = m && STATE_BY_ABBREVIATION.get(m[2].toLowerCase().replace(/[.\s]/g, ''));
  return party && state ? { party, state } : undefined;
}
/** "R-Fla." → "Republican from Florida"; undefined when the label is no party and state. */
export function partyAndState(label: string): string | undefined {
  const read = partyLabel(label);
  return read && `${read.party} from ${read.state}`;
}
/** The party and state of a label with a title in it: "Democratic Senator from New York", the party as an adjective before the title. */
export function titledPartyAndState(label: string, title: string): string | undefined {
  const read = partyLabel(label);
  return read && `${PARTY_ADJECTIVES.get(read.party) ?? read.party} ${title} from ${read.state}`;
}

// A clause as compromise reads it: the question stage's grammar, attribution and the headline ask
// through these.
/** Whether compromise reads a verb anywhere in a text: a clause, not a run of phrases. */
export const hasVerb = (text: string): boolean => nlp(text).has('#Verb');
/** The noun phrases compromise reads in a text, as written ("the uniform contract"). */
export const nounPhrases = (text: string): string[] => nlp(text).nouns().out('array') as string[];
/** Each word of a text, lower-cased, with the tags compromise gives it in context. */
export const taggedWords = (text: string): { text: string; tags: string[] }[] =>
  (nlp(text).terms().json() as { terms: { text: string; tags: string[] }[] }[]).map((t) => ({ text: t.terms[0].text.toLowerCase(), tags: t.terms[0].tags }));
/** The infinitive of the verbs in a text ("announced" → "announce"), or "" when it reads none. */
export const toInfinitive = (text: string): string => nlp(text).verbs().toInfinitive().text();
/** The forms of a verb ({PastTense, Gerund, …}), when compromise reads it as one. */
export const verbForms = (verb: string): Record<string, string> | undefined => nlp(verb).verbs().conjugate()[0] as Record<string, string> | undefined;
/** Whether a noun phrase is plural ("the regimes", "armed groups"). */
export const isPluralPhrase = (np: string): boolean => nlp(np).nouns().isPlural().found;
