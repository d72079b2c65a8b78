// Finds the names of people, organisations, countries and groups in each sentence, with the
// title or role written beside them ("Kremlin spokesman Dmitry Peskov", "Hina Shamsi, the
// director of …").
import type { Context, Mention, Sentence } from '../types.js';
import { STOPWORDS, isCapitalized as capitalized, tokenize, type Token } from '../text/tokens.js';
import {
  COLLECTIVE_NOUNS, MODALS, DISEASE_NOUNS, MODEL_WORDS, PRODUCT_NOUNS, THING_NAME_HEADS, HEADS_BEFORE_ON, OWNED_GROUPS, PARTY_MEMBERS, PLACE_OFFICES, GOVERNMENT_NOUNS, LOCAL_FORCES, PARTY_NOUNS, PUBLICS, SPEAKING_GROUPS, SPEECH_VERBS, GROUP_NOUNS, ORG_ADJECTIVES, UNNAMED_PERSONS, UNNAMED_SUBJECTS, UNNAMED_QUALIFIERS, HONORIFIC_HEADS, HONORIFIC_ROLES, HONORIFICS, MEDIA, MEDIA_HEADS, NOT_NAMES, ORG_HEADS, PLACE_HEADS, PLACE_HEAD_SURNAMES, PLACE_PREFIXES, TITLE_HEADS, KIN_WORDS, classifyName, countryOf, countryOfDemonym,
  BODY_KIND_NOUNS, BODY_KINDS_AFTER, GIVEN_FUNCTION_WORDS, STATE_AFTER_A_TOWN, RANKS, TITLE_SURNAMES, WEAK_SPEECH_VERBS, NAME_PARTICLES, OPENING_PARTICLES, genderOf, isCommonWord, isDateWord, isFirstName, isLastName, isPlace, isRoleNoun, isMonth, isTitleWord, knownOrg, isVerbForm, isGivenName, isListedGivenName, readsAsAdverbOrGerund, readsAsPastTense, isNounOrAdjective, isAdverb,
} from '../lexicon.js';
import { CONNECTORS, POSSESSIVE, isConnector, isGeneration, isInitial, isRomanNumeral, bare, isCapitalized, isCompanySuffix, lowerTitle } from '../name-words.js';
import { ageOf, namesTheBodyOf, readRole, storyKind, type StoryKind } from '../roles.js';
import { phrases } from '../text/phrases.js';
import { sentenceSpans } from '../text/sentences.js';

// "R-Ariz." after a senator's name is a party and state, not a name.
const PARTY_STATE = /^[RDI]-\p{Lu}/u;
const CONTRACTION = /^\p{L}+['’](?:m|re|ve|ll|d)$/u;
// What follows a dateline's place: its region or date after a comma, then the agency in
// parentheses or a dash.
const TICKER = /^\p{Lu}{2,5}\.\p{Lu}{1,2}$/u;
const DATELINE_PLACE = /^\s*\p{Lu}{3,}(?:\s\p{Lu}{2,})*,\s+$/u;
const DATELINE_AFTER = /^(?:\s*,[^(—–\n]{1,30}?)?\s*(?:\(|[—–]|--?\s)/u;

export interface Found {
  /** Offsets relative to the text searched. */
  start: number;
  end: number;
  name: string;
  type?: Mention['type'];
  role?: string;
  /** A second role the same mention gives (SECOND_ROLES). */
  alsoRole?: string;
  /** The name as written, when `name` is its canonical form ("Moscow" for Russia). */
  surface?: string;
  /** An age written beside a person's name. */
  age?: number;
  /** An organisation's head word standing for its full name ("the House"). */
  short?: boolean;
}


// The word a title or role is built on: "spokesman", "guitarist". A capitalised word is one only
// when it is a title ("President") or opens the sentence ("Guitarist Ray Lund"): in a name,
// "Cook" or "Singer" is a surname.
const isRoleHead = (t: Token, opening = false) => {
  const w = bare(t.text);
  return TITLE_HEADS.has(w.toLowerCase()) || ((opening || !isCapitalized(w)) && isRoleNoun(w));
};
// "Al Qaeda", "Le Pen said": a particle capitalised before a capitalised word opens the name.
const opensWithParticle = (text: string, t: Token, next?: Token) => OPENING_PARTICLES.has(t.text) && !!next && text.slice(t.end, next.start) === ' ' && capitalized(next.text);
const joinable = (t: Token, first: boolean, prev?: Token, opening = false) => {
  const l = t.text.toLowerCase();
  if (l === 'and' || l === '&') return !first;
  // A particle opens a name only before a capitalised word; alone it may still be a first name ("Al said").
  if (isConnector(t.text)) return !first || opening || (capitalized(t.text) && isFirstName(t.text));
  // "National Guild of the Harbour Pilots": a name may go on through "of the".
  if (l === 'the' && prev?.text === 'of') return true;
  // Capitalised function words break title-case headlines apart: "Side With US Or Iran".
  // …but after a first name such a word is a surname: "Nora May".
  if (STOPWORDS.has(l) && !isAcronym(t.text)) return isCapitalized(t.text) && (first || (!!prev && isFirstName(prev.text)));
  return isCapitalized(t.text) || lowerTitle(t.text);
};

// "Senate Committee on Harbour Affairs", "Council on Foreign Relations": a deliberating body's
// name goes on through "on" to the capitalised words of what it deliberates; "the Committee on
// Wednesday" is when it met.
const goesOnThroughOn = (text: string, run: Token[], t: Token, next?: Token) =>
  t.text === 'on' && run.length > 0 && HEADS_BEFORE_ON.has(bare(run[run.length - 1].text).toLowerCase()) && isCapitalized(run[run.length - 1].text) &&
  !!next && text.slice(t.end, next.start) === ' ' && capitalized(next.text) && !isDateWord(next.text) && !STOPWORDS.has(next.text.toLowerCase());

// The longest run of capitalised words, and the longest name, the stage reads: far above any real
// one (over the validation clusters the longest run is 21 words, 107 characters; the longest name
// 9 words, 65 characters), far below what makes a name slow to read or to compare. A longer run
// is page noise (a page of capitalised words, an all-caps passage, a line of tags), not a name.
export const LONGEST_NAME = { words: 60, chars: 500 } as const;
const tooLong = (run: Token[]) => run.length > LONGEST_NAME.words || run[run.length - 1].end - run[0].start > LONGEST_NAME.chars;

// '"Oh, my God. Tarrow won," she said': a quote is kept whole as one sentence, but a word the
// splitter would end a sentence on ("God.", not "Gen." nor "J.") ends the name there too.
const endsASentence = (prev: Token, t: Token) => prev.text.endsWith('.') && sentenceSpans(`${prev.text} ${t.text}`).length > 1;

/** Runs of capitalised words (with connectors and lower-case title words) that may name someone. */
function runs(text: string, tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    // A run must end on a capitalised word and hold one.
    while (run.length && !isCapitalized(run[run.length - 1].text)) run.pop();
    while (run.length && !isCapitalized(run[0].text) && !lowerTitle(run[0].text)) run.shift();
    if (run.some((t) => isCapitalized(t.text)) && !tooLong(run)) out.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const adjacent = run.length > 0 && text.slice(run[run.length - 1].end, t.start) === ' ';
    if (run.length && (!adjacent || endsASentence(run[run.length - 1], t))) flush();
    // A word that cannot continue the run may still open the next one: "The | New York Times".
    const opening = opensWithParticle(text, t, tokens[i + 1]);
    if (run.length && !joinable(t, false, run[run.length - 1]) && joinable(t, true, undefined, opening) && !goesOnThroughOn(text, run, t, tokens[i + 1])) flush();
    if (joinable(t, run.length === 0, run[run.length - 1], opening) || goesOnThroughOn(text, run, t, tokens[i + 1])) {
      run.push(t);
      // A possessive closes the name: "Assad's chief accomplice".
      // …unless an organisation's name goes on: "Department for Children's Services".
      const next = tokens[i + 1];
      // …or an office is named for its holder's title: "Brenton County Sheriff's Office".
      const orgGoesOn = next && text.slice(t.end, next.start) === ' ' && isCapitalized(next.text) && ORG_HEADS.has(bare(next.text).toLowerCase()) && (run.some((x) => CONNECTORS.has(x.text)) || TITLE_HEADS.has(bare(t.text).toLowerCase()));
      if (POSSESSIVE.test(t.text) && isCapitalized(t.text) && !orgGoesOn) flush();
    } else flush();
  }
  flush();
  return out.flatMap(splitAtAnd).flatMap(splitAfterGroup).flatMap(splitBeforeCountry).flatMap(splitBeforeAFullName);
}

// "Lavrov told Tillerson Moscow was hoping…": a country or capital after a name starts another
// name, unless it belongs to an organisation ("Bank of England") or a first name makes it a
// surname ("Michael Jordan", "Marco Lima").
function splitBeforeCountry(run: Token[]): Token[][] {
  if (run.some((t) => ORG_HEADS.has(bare(t.text).toLowerCase())) || countryOf(run.map((t) => t.text).join(' '))) return [run];
  const at = run.findIndex((t, i) => i > 0 && countryOf(bare(t.text)) && !isConnector(run[i - 1].text) && !countryOf(bare(run[i - 1].text)) && !isTitleWord(run[i - 1].text) && !isFirstName(run[i - 1].text));
  return at < 0 ? [run] : [run.slice(0, at), ...splitBeforeCountry(run.slice(at))];
}

// A word a person's name may hold: capitalised, and no connector, title or organisation's head.
const plainNameWord = (t: Token) => isCapitalized(t.text) && !isConnector(t.text) && !isTitleWord(t.text) && !ORG_HEADS.has(bare(t.text).toLowerCase());
// "the office of Harlow Dana Ruiz", "brand manager at TRB Dana Ruiz": a place or a body's
// initials written right before a first name and a surname, with no title between, is where the
// person works or whom they serve, and the name starts at the first name; a body's name that goes
// on to its kind ("Harlow Christian College") or a title ("Harlow Mayor Dana Ruiz") is read elsewhere.
const placeOrInitials = (w: string) => (isPlace(w) || /^\p{Lu}{2,6}$/u.test(w)) && !isFirstName(w);
function splitBeforeAFullName(run: Token[]): Token[][] {
  const at = run.findIndex((t, i) => i > 0 && i < run.length - 1 && isFirstName(t.text) && !isPlace(t.text) && placeOrInitials(bare(run[i - 1].text)) && run.slice(i - 1).every(plainNameWord));
  return at < 0 ? [run] : [run.slice(0, at), run.slice(at)];
}

// "Oregon Republicans Garrity and Jeff Marek": a group noun is a description of the name after it.
function splitAfterGroup(run: Token[]): Token[][] {
  const at = run.findIndex((t, i) => i < run.length - 1 && GROUP_NOUNS.has(t.text.toLowerCase()));
  return at < 0 ? [run] : [run.slice(at + 1)];
}

// "Harbor Trust President and CEO | Ana Ruiz", "Minister for Trade and Ports | Ana Ruiz": two titles, or
// a portfolio of two things, joined by "and" before a person's name are one title; the name is not
// the second title's alone, nor the first title a name of its own.
// (Test rows: title-goes-on-past-and.)
function titleGoesOnPastAnd(run: Token[], at: number): boolean {
  const left = run.slice(0, at);
  const right = run.slice(at + 1);
  const f = nameAtTheEnd(right, 1);
  if (at === 0 || f < 0) return false;
  const twoTitles = isCapitalized(left[left.length - 1].text) && TITLE_HEADS.has(bare(left[left.length - 1].text).toLowerCase()) && right.slice(0, f).every((t) => isCapitalized(t.text) && isTitleWord(t.text));
  const joint = portfolioJoint(left);
  const twoThings = joint >= 0 && portfolioWords(left.slice(joint + 1)) && portfolioWords(right.slice(0, f));
  return twoTitles || twoThings;
}

// "Customs and Border Protection" is one organisation; "Britain and France" are two names.
function splitAtAnd(run: Token[]): Token[][] {
  const at = run.findIndex((t) => t.text === 'and' || t.text === '&');
  if (at < 0) return [run];
  if (titleGoesOnPastAnd(run, at)) return [run];
  if (ORG_HEADS.has(run[run.length - 1].text.toLowerCase()) && !ORG_HEADS.has(run[at - 1].text.toLowerCase())) return [run];
  // "Department of Roads and Harbour Works": what an organisation is "of" may be two things.
  const of = run.findIndex((t) => t.text === 'of' || t.text === 'for' || t.text === 'on');
  if (of > 0 && of < at && ORG_HEADS.has(run[of - 1].text.toLowerCase()) && !run.slice(at + 1).some((t) => ORG_HEADS.has(t.text.toLowerCase()) || isFirstName(t.text))) return [run];
  return [run.slice(0, at), ...splitAtAnd(run.slice(at + 1))].filter((r) => r.length);
}

// "chairman of the | Senate Finance Committee": where an organisation whose name is all
// title words starts after a title's "of"; the run's length when none does.
function organisationAfterOf(run: Token[]): number {
  const of = run.map((t) => t.text).lastIndexOf('of');
  const at = of >= 0 && run[of + 1]?.text === 'the' ? of + 2 : of + 1;
  const rest = run.slice(at);
  return of > 0 && rest.length && rest.every((t) => isCapitalized(t.text)) && ORG_HEADS.has(bare(rest[rest.length - 1].text).toLowerCase()) ? at : run.length;
}

// "Harbour Safety Inspector Ned Corran": a capitalised role noun before a first name is a
// title, not a surname; after a word that may be a first name it is part of the name ("Eva Saint
// Clair").
const roleBeforeFirstName = (run: Token[], i: number) =>
  i >= 0 && i + 1 < run.length && isRoleNoun(bare(run[i].text)) && isFirstName(run[i + 1].text) && !(i > 0 && mayBeFirstName(bare(run[i - 1].text)));
const mayBeFirstName = (w: string) => isFirstName(w) || (!isCommonWord(w) && !isTitleWord(w) && !isPlace(w) && !isAcronym(w));

// "Sen. Dean Harrowgate of Vermont", "Dean Harrowgate said": a title word that is also a first name, before
// the one word that ends the name, is the first name.
const titleWordIsFirstName = (run: Token[], i: number) =>
  i + 1 < run.length && (i + 2 === run.length || CONNECTORS.has(run[i + 2].text)) && isFirstName(bare(run[i].text)) && isCapitalized(run[i].text) && !isTitleWord(run[i + 1].text);

const isSuffix = (w: string) => isRomanNumeral(w) || isGeneration(w);
// "Okafor Sr.", "Dana Okafor Jr.": only a person's name takes a generation's suffix, whatever
// ordinary word "Sr" may read as; the word before it must be a name, not an ordinary word.
const generational = (words: readonly string[]) => words.length >= 2 && isGeneration(words[words.length - 1]) && /^\p{Lu}/u.test(words[words.length - 2]) && !isCommonWord(words[words.length - 2]);
// "Stephen King", "Martin Luther King Jr.": a title word that is also a surname is the surname
// after a first name (no place's: "Paris Mayor"), where it ends the name or comes before its suffix.
const titleIsSurname = (words: readonly string[], j: number) =>
  j > 0 && TITLE_SURNAMES.has(bare(words[j]).toLowerCase()) && isFirstName(bare(words[j - 1])) && !isPlace(bare(words[j - 1])) && (j === words.length - 1 || (j === words.length - 2 && isSuffix(bare(words[j + 1]))));

// The last person title in a run that still has a name after it.
function lastTitleHead(run: Token[], opener: Token): number {
  const texts = run.map((t) => t.text);
  for (let i = run.length - 2; i >= 0; i--) {
    if (titleIsSurname(texts, i)) continue;
    // "Franciscan Rev. | Paolo Venturi": an abbreviated honorific inside the run ends a title too.
    const abbreviatedHonorific = run[i].text.endsWith('.') && HONORIFICS.has(bare(run[i].text).toLowerCase());
    // "Air Chief Marshal | Brennick": a rank after a title's head word goes on with the title, whatever
    // first name it may be, before a surname that is no first name too ("Police Chief Marshal Dean" may be Marshal Dean).
    const rankAfterHead = i > 0 && RANKS.has(bare(run[i].text).toLowerCase()) && isRoleHead(run[i - 1], run[i - 1] === opener) && !(i + 2 === run.length && isFirstName(bare(run[i + 1].text)));
    if (!rankAfterHead && ((!isRoleHead(run[i], run[i] === opener) && !roleBeforeFirstName(run, i) && !abbreviatedHonorific) || titleWordIsFirstName(run, i))) continue;
    // The name after it runs to the end or to an "of": "Congresswoman | Laura Whitcomb | of Oregon".
    let end = run.findIndex((t, j) => j > i && CONNECTORS.has(t.text));
    if (end < 0) end = run.length;
    // A country's name after a first name is a surname ("singer | Marco Lima").
    const nameWord = (t: Token, j: number) => isCapitalized(t.text) && (!isTitleWord(t.text) || (!!countryOf(bare(t.text)) && isFirstName(run[j - 1].text)) || titleIsSurname(texts.slice(0, end), j));
    // A suffix alone is no name: "Martin Luther King | Jr." is one name.
    if (end > i + 1 && !(end === i + 2 && isSuffix(bare(run[i + 1].text))) && run.slice(i + 1, end).every((t, k) => nameWord(t, i + 1 + k))) return i;
  }
  return -1;
}

// "County Supervisor of Elections | Ann Velloso", "Commissioner for Harbor Affairs | Tom J. Reyes":
// a role noun, its "of" or "for" and the capitalised words of its portfolio, then a person's name to
// the end of the run. The portfolio is no name of its own, so the title holds it; where the run's
// name starts, or -1.
// (Test rows: name-after-portfolio.)
function nameAfterPortfolio(run: Token[]): number {
  const joint = portfolioJoint(run);
  const f = joint < 0 ? -1 : nameAtTheEnd(run, joint + 2);
  return f >= 0 && portfolioWords(run.slice(joint + 1, f)) ? f : -1;
}
const portfolioJoint = (run: Token[]) =>
  run.findIndex((t, i) => i > 0 && (t.text === 'of' || t.text === 'for') && isCapitalized(run[i - 1].text) && (TITLE_HEADS.has(bare(run[i - 1].text).toLowerCase()) || isRoleNoun(bare(run[i - 1].text))));
// "Elections", "the District of Columbia", "Trade and Ports": capitalised words, none a first name.
const portfolioWords = (words: Token[]) =>
  words.length > 0 && isCapitalized(words[words.length - 1].text) && words.every((t) => /^(?:the|of|and)$/.test(t.text) || (isCapitalized(t.text) && !isFirstName(t.text)));
// A person's name that ends the run, from `from` on at the earliest: a first name, or a word before a
// middle initial, and one or two words more; where it starts, or -1.
function nameAtTheEnd(run: Token[], from: number): number {
  for (let f = run.length - 2; f >= run.length - 3 && f >= from; f--) {
    const name = run.slice(f);
    const opens = isFirstName(run[f].text) || (name.length === 3 && isInitial(name[1].text));
    if (opens && name.every(plainNameWord)) return f;
  }
  return -1;
}

// Two or three capitalised words, none a connector, an organisation's head or a place, after
// a speech verb or before an age. A verb after the name proves less: the name may be a place's
// ("neighbours in Lower Marsh said") or a body's.
const SPEECH_VERB_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+)\s+$/u;
const AGE_APPOSITION = /^,\s+\d{1,2},/;
// The name is then a person's in every sentence of the cluster (`people`).
const namedAsPerson = (words: readonly string[], before: string, after: string, people?: Set<string>) => {
  const is = namedAsAPerson(words, before, after);
  if (is) people?.add(words.join(' '));
  return is;
};
// A weak verb ("called Iron Tide") says nothing of who the name is.
const saysOutright = (word: string) => speaks(word) && !WEAK_SPEECH_VERBS.has(word);
const namedAsAPerson = (words: readonly string[], before: string, after: string) =>
  words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ORG_HEADS.has(w.toLowerCase()) && !isPlace(w) && !isTitleWord(w) && !isDateWord(w)) &&
  (AGE_APPOSITION.test(after) || saysOutright(SPEECH_VERB_BEFORE.exec(before)?.[1] ?? ''));

/**
 * What the words beside a name say it is, where the name itself does not tell (no first name, no
 * head word: "Ferro Lines", "Harlow Deep"). One named row each; the first that matches types the
 * name in every sentence of the cluster.
 */
interface WrittenAsRule {
  name: string;
  type: 'person' | 'organization';
  /** The sentence's text before the name and after it, and the name. */
  match: (before: string, after: string, name: string) => boolean;
}
// The words between an article and a body's kind noun only qualify the kind ("the advocacy group …");
// a function word or a role noun there makes the kind another's ("a spokesman for the company").
const onlyQualifiers = (modifiers: string | undefined) => modifiers !== undefined && !modifiers.split(/\s+/).some((w) => STOPWORDS.has(w) || isRoleNoun(w));
const BODY_KIND = phrases(BODY_KIND_NOUNS);
// "the advocacy group Ferro Watch", "its steel company Ferro Lines": after an article or an owner
// ("club DJs" is a kind of DJ).
const KIND_BEFORE_A_NAME = new RegExp(String.raw`(?:^|[^\p{L}])(?:the|a|an|its|their|his|her|\p{L}+['’]s?)\s+((?:[\p{Ll}-]+\s+){0,2})(?:${BODY_KIND})\s+$`, 'u');
// "Ferro Lines, a firm that …", "Ferro Watch, an advocacy group": an indefinite description in
// apposition (a definite one, ", the …", may be the next item of a list).
const KIND_IN_APPOSITION = new RegExp(String.raw`^,\s+(?:a|an)\s+((?:[\p{Ll}-]+\s+){0,3}?)(?:${BODY_KIND})\b`, 'u');

// "the Silver Lantern union", "the Harbour State group": "the", the name, then what the body is, in lower case.
const THE_BEFORE = /(?:^|[^\p{L}'’])the\s+$/iu;
const KIND_AFTER_A_NAME = new RegExp(String.raw`^\s+(?:${phrases(BODY_KINDS_AFTER)})(?![\p{L}-])`, 'u');

export const WRITTEN_AS_RULES: readonly WrittenAsRule[] = [
  // "the advocacy group Ferro Watch", "the rap duo Harlow Deep": what the body is, in lower case, right before it.
  { name: 'kind-before', type: 'organization', match: (before) => onlyQualifiers(KIND_BEFORE_A_NAME.exec(before)?.[1]) },
  // "Ferro Lines, a firm that builds ferries".
  { name: 'kind-in-apposition', type: 'organization', match: (_, after) => onlyQualifiers(KIND_IN_APPOSITION.exec(after)?.[1]) },
  // "the Silver Lantern union pays the legal bills", "claimed by the Harbour State group". A lone
  // word is left alone: before such a noun it is most often a family's, a founder's or a place's
  // name ("the Mercer foundation", "the Stanford group").
  { name: 'kind-after', type: 'organization', match: (before, after, name) => name.includes(' ') && THE_BEFORE.test(before) && KIND_AFTER_A_NAME.test(after) },
];

// The type the words beside a name give it (see WRITTEN_AS_RULES), remembered for the cluster's
// other sentences in `people` or `bodies` (findMentions reads `people` before it asks here).
function writtenAs(name: string, before: string, after: string, people?: Set<string>, bodies?: Set<string>): Mention['type'] {
  if (bodies?.has(name)) return 'organization';
  const row = WRITTEN_AS_RULES.find((r) => r.match(before, after, name));
  if (row) (row.type === 'person' ? people : bodies)?.add(name);
  return row?.type;
}

/** A place the cluster writes a name that a sentence alone turned away (words that say nothing of who it is). */
interface ClusterUse {
  /** The sentence's text after the name. */
  after: string;
}
/**
 * What the cluster as a whole says of a name of ordinary words that no sentence types ("Harlow
 * Deep", "Tarrow Chapel of Light"): one named row each, the first that matches types the name in
 * every sentence, as a WRITTEN_AS_RULES row does.
 */
interface ClusterNameRule {
  name: string;
  type: 'person' | 'organization';
  match: (name: string, uses: readonly ClusterUse[]) => boolean;
}
// "Harlow Deep released", "Harlow Deep tours": the next word, past an adverb, is a verb in the
// past or with its "-s", which a subject takes; a bare verb's form after a name is mostly a noun
// the name qualifies ("a Harlow Deep record", "the Data Act request"), and being or having
// something says nothing of who acts ("Pine Hill is a suburb", "Black Bay has two piers").
const BE_OR_HAVE_NEXT = new Set(['is', 'was', 'has', 'had', 'does', 'did']);
const doesSomething = (after: string) => {
  const words = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(after);
  const next = words && /ly$/.test(words[1]) && words[2] ? words[2] : words?.[1];
  return !!next && !BE_OR_HAVE_NEXT.has(next) && !STOPWORDS.has(next) && (SPEECH_VERBS.has(next) || readsAsPastTense(next) || (/s$/.test(next) && isVerbForm(next)));
};
// A headline's words or a thing's name come up once or twice and do nothing; a band, a church or
// a firm the story is about is written again and again, and acts.
const ACTS_OFTEN = { uses: 3, acts: 2 } as const;
const actsOften = (uses: readonly ClusterUse[]) => uses.length >= ACTS_OFTEN.uses && uses.filter((u) => doesSomething(u.after)).length >= ACTS_OFTEN.acts;

// Each place a sentence writes the name, with what follows it.
const usesIn = (text: string, name: string): ClusterUse[] => {
  const uses: ClusterUse[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) uses.push({ after: text.slice(at + name.length) });
  return uses;
};

export const CLUSTER_NAME_RULES: readonly ClusterNameRule[] = [
  // "Dale Crane went on to record …": a listed given name before the other word, acting often,
  // is a person whose surname is an ordinary word.
  { name: 'given-name-acts-often', type: 'person', match: (name, uses) => name.split(/\s+/).length === 2 && isListedGivenName(name.split(/\s+/)[0]) && actsOften(uses) },
  // "Harlow Deep released a record … Harlow Deep toured …": a name of ordinary words the
  // articles write three times or more, doing something in two of them, is a body (a band, a
  // church, a firm), not a headline's words.
  { name: 'acts-often', type: 'organization', match: (_, uses) => actsOften(uses) },
];

// "Granite Realty Corp.", "Harbor Elevator Co.": a company's legal suffix ends its name, whose first
// word stays even where it is an ordinary word opening the sentence.
const namesACompany = (run: Token[]) => run.length >= 3 && isCompanySuffix(run[run.length - 1].text) && run.every((t) => /^\p{Lu}/u.test(t.text));

// "Justice Department": capitalised title words, then an organisation's head word that ends the run.
const bodyHeadLast = (run: Token[]) =>
  run.length >= 2 && ORG_HEADS.has(bare(run[run.length - 1].text).toLowerCase()) && run.slice(0, -1).every((t) => isTitleWord(t.text) && /^\p{Lu}\p{Ll}/u.test(t.text) && !HONORIFICS.has(bare(t.text).toLowerCase()));
// "the Department of Justice", "the Office of the Governor": an organisation's head word, its
// "of", and capitalised title words that end the run name the body; no person follows the title.
const bodyHeadFirst = (run: Token[]) => {
  const rest = run.slice(run[2]?.text === 'the' ? 3 : 2);
  return run.length >= 3 && ORG_HEADS.has(bare(run[0].text).toLowerCase()) && run[1].text === 'of' && rest.length > 0 && rest.every((t) => isTitleWord(t.text) && /^\p{Lu}\p{Ll}/u.test(t.text) && !HONORIFICS.has(bare(t.text).toLowerCase()));
};
const titlesNameABody = (run: Token[]) => bodyHeadLast(run) || bodyHeadFirst(run);

// A name that holds a particle is a person's ("Le Pen", "Maria dos Santos"); not one with an "of"
// or a "for" ("Bay of Pedro de Luna"), a place's or a body's.
const hasParticle = (words: readonly string[]) => words.length >= 2 && words.slice(0, -1).some((w) => OPENING_PARTICLES.has(w) || NAME_PARTICLES.has(w)) && !words.some((w) => w === 'of' || w === 'for');
// "New Yorker", "New Line Cinema": a capitalised "New" before another capitalised word is part of a name.
const opensName = (run: Token[]) => run.length > 1 && run[0].text === 'New';
// "fans of Will Tarrow": a given name that is also a function word, capitalised inside a sentence
// before a capitalised word that is none, opens the name (opening a sentence, "Will Russia act?"
// is a question).
const givenNameInside = (run: Token[], tokens: Token[]) =>
  run.length > 1 && run[0] !== tokens[0] && GIVEN_FUNCTION_WORDS.has(run[0].text) && /^\p{Lu}\p{Ll}/u.test(run[1].text) && !STOPWORDS.has(run[1].text.toLowerCase());
const isAcronym = (w: string) => /^(?:\p{Lu}\.?){2,}$/u.test(w);
const isFunctionWord = (w: string) => STOPWORDS.has(w.toLowerCase().replace(/[’']\p{L}+$/u, ''));

/** A name found in a run, before the rules below decide what it is. */
interface Candidate {
  name: string;
  words: string[];
  lastWord: string;
  /** The noun the name is built on: the word before its "of", or its last ("Ministry of Foreign Affairs"). */
  headNoun: string;
  /** The title or role written before it, if any. */
  role?: string;
  /** The text after the name. */
  after: string;
  /** The type the name itself tells ("… Commission", a country); unset for most people. */
  classified?: Mention['type'];
  /** `classified`, or "person" when a title, a first name or an uncommon last word says so. */
  type?: Mention['type'];
  /** The country a name opens with ("Russian …", "U.S. …"). */
  state?: string;
  /** Written with a possessive: "Hollis's". */
  possessive: boolean;
  /** The text before the name. */
  before: string;
}

interface NameRule {
  name: string;
  match: (c: Candidate) => boolean;
  /** What the name is instead; null when it names no actor. */
  build: (c: Candidate) => Omit<Found, 'start' | 'end'> | null;
}

const reject = () => null;
// "Millbrook police", "New Halden police": the capitalised words before a local force's noun name the
// place it serves when each is a place or no ordinary word ("Riot police", "When police" are not); an
// organisation's own name ("Brackton University police") stays that name, and a country's force
// ("Norwegian police") stands for the country, as its government does.
const servesPlace = (words: readonly string[]) =>
  words.length > 0 &&
  words.every((w, k) => isPlace(w) || (w === 'New' && k < words.length - 1) || (/^\p{Lu}\p{Ll}/u.test(w) && !isCommonWord(w) && !STOPWORDS.has(w.toLowerCase()))) &&
  !words.some((w) => ORG_HEADS.has(w.toLowerCase()) || isTitleWord(w));
const LOCAL_FORCE_AFTER = new RegExp(String.raw`^\s+(?:${[...LOCAL_FORCES].join('|')})\b`, 'u');
const single = (c: Candidate) => c.words.length === 1;
// "counter-protesters", "ex-rebels": a group's noun with a prefix joined by a hyphen is a group of
// its own, named as written (in lower case, as the articles write it inside a sentence).
const hyphenatedGroup = (word: string) => {
  const parts = /^\p{L}+-(\p{Ll}+)$/u.exec(word);
  return parts && GROUP_NOUNS.has(parts[1]) ? word.toLowerCase() : undefined;
};
const lastHead = (c: Candidate) => c.words[c.words.length - (isRomanNumeral(c.lastWord) && c.words.length > 1 ? 2 : 1)].toLowerCase();
// "Nora Swedes": a first name, then a people's name alone, is a person named in full.
const demonymAsSurname = (c: Candidate) => c.words.length === 2 && isFirstName(c.words[0]) && !isCommonWord(c.words[0]);
// "Jordan Velliver": two words, the first a listed given name, the second no ordinary word.
const givenNameBeforeSurname = (c: Candidate) => c.words.length === 2 && isListedGivenName(c.words[0]) && /^\p{Lu}\p{Ll}+$/u.test(c.words[1]) && !isCommonWord(c.words[1]) && !isPlace(c.words[1]);
// "Dora Day", "Ned Lane": a first name, then a place head that is also a surname, alone; after a
// person's title, any place head ("Rep. Joe Park", "Mayor Ana Lake"): no title is written before a place.
const surnameLikeAPlaceHead = (c: Candidate) => c.words.length === 2 && isFirstName(c.words[0]) && !isPlace(c.words[0]) && (PLACE_HEAD_SURNAMES.has(c.lastWord.toLowerCase()) || !!c.role);
// Only quotation marks or a bracket before a name: it opens the sentence.
const SENTENCE_OPENING = /^[\s"“'‘(]*$/u;
/** Whether a group rule reads the one word of a candidate name as a group where it stands. */
const readAsAGroup = (c: Candidate) => {
  const text = `${c.before}${c.name}${c.after}`;
  return groups(text, tokenize(text)).some((g) => g.start === c.before.length && g.end === c.before.length + c.name.length);
};
const nextLowerWord = (c: Candidate) => /^\s+(\p{Ll}+)/u.exec(c.after)?.[1];

/**
 * What a capitalised name is not, in order; the first rule that matches decides. A name no rule
 * matches is an actor, and its role is read next.
 */
export const NAME_RULES: readonly NameRule[] = [
  // "Tuesday", "Christmas Eve", "The", "Ministry": a date or holiday, or a lone function word or organisation head word.
  // "the House", "the Commission": an organisation named by its head word alone, once its full
  // name is known ("House of Representatives"); the actors stage joins the two or drops it.
  {
    name: 'organisation-by-its-head',
    match: (c) => single(c) && ORG_HEADS.has(c.name.toLowerCase()) && !knownOrg(c.name) && /\bthe\s+$/.test(c.before),
    build: (c) => ({ name: c.name, type: 'organization', short: true }),
  },
  // "the Tories now run the council": a party named by its members, capitalised, is the party.
  { name: 'party-by-its-members', match: (c) => single(c) && !c.role && PARTY_MEMBERS.has(c.name), build: (c) => ({ name: PARTY_MEMBERS.get(c.name)!, type: 'organization', surface: c.name }) },
  // "Millbrook police said": the place is the force's, which the group rules name ("Millbrook police").
  { name: 'place-of-a-local-force', match: (c) => !c.classified && !c.role && !c.possessive && LOCAL_FORCE_AFTER.test(c.after) && servesPlace(c.words), build: reject },
  // "Prosecutors say …", "Fans lined up …": a group's noun capitalised only because it opens the
  // sentence is the group a group rule reads there (speaking-group, public-that-acts), not a name
  // of one ordinary word, which the actors stage would drop.
  { name: 'group-opening-a-sentence', match: (c) => single(c) && !c.role && !c.classified && SENTENCE_OPENING.test(c.before) && readAsAGroup(c), build: reject },
  { name: 'lone-date-or-function-word', match: (c) => isDateWord(c.name) || (single(c) && (STOPWORDS.has(c.name.toLowerCase()) || (ORG_HEADS.has(c.name.toLowerCase()) && !knownOrg(c.name)))), build: reject },
  // "in March", "March 2015": a month where the text uses it as a date ("May said" may be Nora May).
  {
    name: 'month',
    match: (c) => single(c) && isMonth(c.name) && (/^\s+\d/.test(c.after) || /\b(?:in|on|since|until|by|from|through|during|last|next|early|late|mid|this|of)\s+$/i.test(c.before)),
    build: reject,
  },
  // "Dover, Del., Mayor …", "a Salem, Ore., nurse": a state's abbreviation after a town and
  // its comma is where the town is, not a name (nor the title after it its holder's). The name
  // comes without the abbreviation's dot.
  { name: 'state-after-a-town', match: (c) => single(c) && /\p{Lu}[\p{L}.'’-]*,\s+$/u.test(c.before) && [`, ${c.name}${c.after}`, `, ${c.name}.${c.after}`].some((x) => STATE_AFTER_A_TOWN.test(x)), build: reject },
  // "TIME TO FREAK OUT", "BAKERS’ GUILD SLAMS MAYOR": three words or more in capitals are a headline
  // or a caption shouted, not a name.
  {
    name: 'shouted-headline',
    match: (c) => {
      const shouted = c.words.filter((w) => /^\p{Lu}{2,}(?:['’]S)?$/u.test(w));
      return shouted.length >= 3 && shouted.filter((w) => w.length >= 3).length >= 2 && !knownOrg(c.name);
    },
    build: reject,
  },
  // "[VIDEO: …]", "UPDATE:", "WATCH": an ordinary word in capitals labels what follows; it names
  // nobody.
  // "LEE: I told my neighbours …": a transcript's speaker label is the line's furniture; the person is
  // named in the text around it.
  {
    name: 'shouted-label',
    match: (c) =>
      c.words.every((w) => /^\p{Lu}{2,}$/u.test(w)) && c.name.length >= 3 && !knownOrg(c.name) &&
      ((single(c) && isCommonWord(c.name)) || /^\s*:/.test(c.after) || /\[\s*$/.test(c.before)),
    build: reject,
  },
  // "NEW YORK, June 4 (UPI) --", "BRAEMORE, Scotland —": a place in capitals opening an article,
  // before its date, its agency or a dash, is where the story was filed.
  {
    name: 'dateline',
    match: (c) =>
      DATELINE_AFTER.test(c.after) &&
      ((/^\s*$/.test(c.before) && c.words.every((w) => /^\p{Lu}[\p{Lu}.'’-]*$/u.test(w)) && c.words.some((w) => w.length >= 3) && !knownOrg(c.name)) || DATELINE_PLACE.test(c.before)),
    build: reject,
  },
  // "COH.N", "CHOO.L": a company's stock ticker, written beside its name in market news.
  { name: 'stock-ticker', match: (c) => single(c) && TICKER.test(c.name), build: reject },
  // "CO2", "F-16", "COVID-19": a code or a formula, not a name.
  { name: 'code-or-formula', match: (c) => single(c) && /\d/.test(c.name) && !knownOrg(c.name), build: reject },
  // "Jeep J8", "Colt AR-15", "Flight 415": a name holding a model's or a flight's code
  // is a product, a weapon, a vehicle or a flight, not someone who acts.
  { name: 'model-code', match: (c) => !single(c) && c.words.some((w) => /\d/.test(w) && /\p{L}/u.test(w)) && c.classified !== 'organization' && !c.role, build: reject },
  // A lone initial, numeral or suffix left over from a name ("V", "II", "Jr") names nobody.
  { name: 'lone-initial-or-suffix', match: (c) => single(c) && (/^\p{Lu}\.?$/u.test(c.name) || isSuffix(c.name)), build: reject },
  // "I’m", "We’ll": a pronoun with its verb.
  { name: 'contraction', match: (c) => CONTRACTION.test(c.name), build: reject },
  // "R-Ariz." after a senator's name is a party and state.
  { name: 'party-and-state', match: (c) => PARTY_STATE.test(c.name), build: reject },
  // Places, streets and events: "Martin Luther King Boulevard", "World War II".
  // …but "Dora Day", "Ned Lane": after a first name, a place head that is also a surname ends a
  // person's name (as "Stephen King" ends with a title word).
  { name: 'place-or-event', match: (c) => PLACE_HEADS.has(lastHead(c)) && !surnameLikeAPlaceHead(c), build: reject },
  { name: 'not-a-name', match: (c) => NOT_NAMES.has(c.name), build: reject },
  // "Nova Desk PC", "Quill Pocket Edition", "Zumo Trackers": a name closed by a device's or an
  // edition's noun names a product, not someone who acts, unless a first name opens it.
  { name: 'product-name', match: (c) => !single(c) && PRODUCT_NOUNS.has(c.lastWord.toLowerCase()) && c.classified !== 'organization' && !c.role && !isFirstName(c.words[0]), build: reject },
  // "the Harlow Vanguard Award", "the Tessa Jones Composite Index": a name the line runs on past, in
  // capitalised words closing on a thing's noun (an award, an index, an airport, a product), is cut
  // from that thing's name; the person it is named after is named elsewhere.
  { name: 'head-of-a-thing-name', match: (c) => !c.role && runsIntoAThingName(c.after), build: reject },
  // "Model K", "the new Model T": the word for a model before a single letter names the product.
  { name: 'model-letter', match: (c) => c.words.length === 2 && MODEL_WORDS.has(c.words[0].toLowerCase()) && /^\p{Lu}$/u.test(c.words[1]), build: reject },
  // "Cedar Creek Fever", "West Nile Virus": a name built on a disease's or a germ's noun
  // names the illness, however often the story repeats it.
  { name: 'disease-name', match: (c) => !single(c) && DISEASE_NOUNS.has(c.lastWord.toLowerCase()) && c.classified !== 'organization', build: reject },
  // "Fort Ardell", "Mount Tarkhang".
  { name: 'place-prefix', match: (c) => !single(c) && PLACE_PREFIXES.has(c.words[0]) && !ORG_HEADS.has(c.lastWord.toLowerCase()), build: reject },
  // "Otaru Japan", "Pine Lakes, Ariz": a place qualified by its country.
  // …but "Bank of Japan", "Lucie De France" and "Michael Jordan" are not.
  { name: 'place-with-country', match: (c) => !single(c) && !!countryOf(c.lastWord) && !countryOf(c.name) && !isConnector(c.words[c.words.length - 2]) && !isFirstName(c.words[c.words.length - 2]), build: reject },
  // "Reuters", "BBC News", "the Millbrook Tribune": outlets report the story.
  // …"the Eastport Beacon-Tribune": the head may close a hyphenated word.
  { name: 'news-outlet', match: (c) => MEDIA.has(c.name.toLowerCase()) || ((!single(c) || c.lastWord.includes('-')) && MEDIA_HEADS.has(c.lastWord.toLowerCase().split('-').pop()!)), build: reject },
  // "the Post said", or "Weekly" where a name's first word was taken for something else: an
  // outlet's head word standing alone is the outlet cut short, which reports the story; no person
  // goes by it.
  { name: 'lone-outlet-head', match: (c) => single(c) && !c.role && MEDIA_HEADS.has(c.name.toLowerCase()), build: reject },
  // "House Democrats", "Oregon Republicans": a group, named by its noun like "Syrian rebels", the
  // words before it a qualifier.
  {
    name: 'qualified-group',
    match: (c) => !single(c) && GROUP_NOUNS.has(c.lastWord.toLowerCase()) && !isConnector(c.words[c.words.length - 2]),
    build: (c) => ({ name: c.lastWord, type: 'group', surface: c.name }),
  },
  // Descriptions, not names: "California Democrat", "South Korean".
  // …but after a first name a people's name is a surname ("Nora Swedes"), and so is a title word
  // that is also a surname ("Stephen King", see titleIsSurname); a body's title after its head
  // word's "of" is its name ("Ministry of Justice").
  {
    name: 'description',
    match: (c) => !single(c) && ((TITLE_HEADS.has(c.lastWord.toLowerCase()) && !titleIsSurname(c.words, c.words.length - 1) && !(c.words.includes('of') && ORG_HEADS.has(c.headNoun))) || (!!countryOfDemonym(c.lastWord) && !countryOf(c.lastWord) && !demonymAsSurname(c))),
    build: reject,
  },
  // "the Russian Ministry of Foreign Affairs" speaks for Russia; "the U.S. Army Medical
  // Command", whose head word is no government's, is an organisation of its own.
  {
    name: 'government-speaks-for-country',
    match: (c) => c.classified === 'organization' && !!c.state && GOVERNMENT_NOUNS.has(c.headNoun),
    build: (c) => ({ name: c.state!, type: 'country', surface: c.name }),
  },
  // A name before a role written in lower case qualifies the role: "a former House Agriculture chairman".
  { name: 'qualifies-a-role', match: (c) => !c.classified && !c.role && !c.possessive && !!nextLowerWord(c) && (TITLE_HEADS.has(nextLowerWord(c)!) || TITLE_HEADS.has(nextLowerWord(c)!.replace(/s$/, ''))), build: reject },
  // "United Flight 415", "Route 66", "NewsChannel 15": a name followed by its number is a flight,
  // a road, a product or a channel, unless a first name opens it.
  { name: 'numbered-thing', match: (c) => !c.role && /^\s+\d/.test(c.after) && (isCommonWord(c.lastWord) || !isFirstName(c.words[0])) && c.classified !== 'organization', build: reject },
  { name: 'demonym', match: (c) => !c.classified && single(c) && !!countryOfDemonym(c.name), build: reject },
  // A place ("Pine Lakes"), unless a first name or a title says a person bears it ("Laura Preston").
  {
    name: 'place',
    match: (c) => !c.classified && (isPlace(c.lastWord) || isPlace(c.name)) && !countryOf(c.name) && !c.role && !(!single(c) && isFirstName(c.words[0])),
    build: reject,
  },
  // Several capitalised words that say nothing of a person or an organisation: a headline's words.
  { name: 'unknown-phrase', match: (c) => !c.type && !single(c), build: reject },
  // "U.S. Customs": a person's name does not open with a country, unless the country's name is
  // a given name before a surname ("Jordan Velliver", "Sofia Marrone").
  { name: 'opens-with-country', match: (c) => c.type === 'person' && !c.role && !single(c) && !!countryOf(c.words[0]) && !givenNameBeforeSurname(c), build: reject },
  { name: 'common-word', match: (c) => c.type === 'person' && single(c) && isCommonWord(c.name) && !c.role, build: reject },
  // "German Nazis", "Polish Jews": a demonym opens a description, not a person's name.
  { name: 'opens-with-demonym', match: (c) => c.type === 'person' && !c.role && !single(c) && !!countryOfDemonym(c.words[0]) && !countryOf(c.words[0]), build: reject },
];

// The capitalised words a name runs on into, on the same line, up to three: "… Vanguard Award".
const CAPITALS_NEXT = /^[ \t]+(\p{Lu}[\p{L}'’-]*)(?:[ \t]+(\p{Lu}[\p{L}'’-]*))?(?:[ \t]+(\p{Lu}[\p{L}'’-]*))?/u;
/** Whether the capitalised words after a name close on a thing's noun: "Tessa Jones| Composite Index". */
export const runsIntoAThingName = (after: string): boolean =>
  (CAPITALS_NEXT.exec(after)?.slice(1) ?? []).some((w) => w !== undefined && THING_NAME_HEADS.has(w.toLowerCase()));

// A work's title in quotation marks: two capitalised words or more, with the short words titles
// keep in lower case ("'Skating With the Champions'", "“Roads to the River”") and an ampersand
// between its words ("'Dana & Lee Go West'").
const TITLE_WORD = String.raw`(?:\p{Lu}[\p{L}'’.&-]*|of|the|a|an|and|or|with|in|on|to|for|at|by|from|is|my|your|&)`;
const QUOTED_TITLE = new RegExp(String.raw`(?<![\p{L}\d])['‘"“](\p{Lu}[\p{L}'’.&-]*(?:\s${TITLE_WORD})*\s\p{Lu}[\p{L}&-]*)[.,!?]?['’"”](?![\p{L}\d])`, 'gu');
const TITLE_OPENING_SENTENCE = new RegExp(String.raw`^(\p{Lu}[\p{L}'’.&-]*(?:\s${TITLE_WORD})*\s\p{Lu}[\p{L}&-]*)(?=[.,!?]?['’"”])`, 'u');
// What only a body behind a title does: speaks, wants, will ("'Skating With the Champions' would love
// to have Greta Lowe"); a film that "opens" or "is" stays a work.
/**
 * Whether a quoted title is someone who acts, from the text right after its words: its closing
 * quotation mark, then a verb of speech or a modal. Exported for the actors stage.
 */
export const speaksAfterTitle = (after: string): boolean => {
  const rest = afterTitle(after, /^[.,!?]?['’"”]\s+/u);
  const next = nextWord(rest);
  return !!next && (MODALS.has(next) || speaks(next));
};
// The text after a title's closing mark and the space after it; undefined when the mark is not there.
const afterTitle = (after: string, closing: RegExp) => {
  const closed = closing.exec(after);
  return closed ? after.slice(closed[0].length) : undefined;
};
const nextWord = (rest: string | undefined) => (rest === undefined ? undefined : /^\p{L}+/u.exec(rest)?.[0].toLowerCase());
const speaks = (word: string) => SPEECH_VERBS.has(word) && !word.startsWith('report');

// What a body wants, and a work never does: "would love to have", "wants", "hopes to".
const WANTS = /^(?:(?:would|will)\s+)?(?:love|like|want|wants|wanted|hope|hopes|hoped)\b/u;
/**
 * Whether a quoted title speaks or wants right after its closing mark, not only "will" something,
 * as a film may ("will rely on its fans"); a title closed on a comma ("“Nightfall Again,” boasts …")
 * is an aside, which a verb after it need not have for subject.
 */
const speaksOrWantsAfterTitle = (after: string): boolean => {
  const rest = afterTitle(after, /^['’"”]\s+/u);
  const next = nextWord(rest);
  return !!next && (WANTS.test(rest!.toLowerCase()) || speaks(next));
};

/**
 * Quoted titles in a sentence: a title that speaks or wants is the show or the body it names (an
 * organisation); any other is a work, whose capitalised words name nobody.
 */
function quotedTitles(text: string, acting: ReadonlySet<string> = new Set()): { start: number; end: number; acts: boolean }[] {
  const titles = [...text.matchAll(QUOTED_TITLE)].map((m) => {
    const start = m.index! + 1;
    const end = start + m[1].length;
    return { start, end, acts: speaksAfterTitle(text.slice(end)) || acting.has(titleKey(m[1])) };
  });
  // "…primetime.\"'Skating With The Champions' would love …": the sentence splitter may leave the
  // opening quotation mark with the sentence before; a title closed and speaking at the start of
  // a sentence is the show all the same (not a name whose possessive mark follows: "Chris Jones' will").
  const opening = TITLE_OPENING_SENTENCE.exec(text);
  if (opening && !titles.some((t) => t.start === 0) && !isFirstName(opening[1].split(/\s/)[0]) && speaksAfterTitle(text.slice(opening[1].length))) titles.push({ start: 0, end: opening[1].length, acts: true });
  return titles;
}

const titleKey = (title: string) => title.toLowerCase();

/**
 * The quoted titles of a cluster that speak or want somewhere: a show that "would love to have"
 * someone is the same body wherever else the articles quote its title ("a popular show: 'River
 * Town Nights.'").
 */
export function actingTitles(texts: readonly string[]): Set<string> {
  const acting = new Set<string>();
  for (const text of texts) for (const t of quotedTitles(text)) if (t.acts && speaksOrWantsAfterTitle(text.slice(t.end))) acting.add(titleKey(text.slice(t.start, t.end)));
  return acting;
}

// "Reportedly Orvell liked it", "Naming Dalby would be a risk": an adverb or a verb's -ing form
// opening the sentence before a name is no part of it; a given name, a surname or a place that
// reads so ("Ashley", "Stirling") may open a name, and a word alone ("Fielding said") is kept.
const opensAsAdverbOrGerund = (w: string) => readsAsAdverbOrGerund(w) && !isGivenName(w) && !isLastName(w) && !isPlace(w);

/** What findMentions may be told besides the sentence. */
export interface FindOptions {
  /** Collects the names a rule turned away or rewrote. */
  trace?: { name: string; rule: string }[];
  story?: StoryKind;
  /** The cluster's quoted titles that act somewhere (see actingTitles). */
  acting?: ReadonlySet<string>;
  /** The names the words beside them typed as a person's or a body's, filled as the cluster is read (see writtenAs). */
  people?: Set<string>;
  bodies?: Set<string>;
}

/** Names found in a sentence. */
export function findMentions(text: string, { trace, story = {}, acting, people, bodies }: FindOptions = {}): Found[] {
  const tokens = tokenize(text);
  const found: Found[] = [];
  const titles = quotedTitles(text, acting);
  for (const t of titles) if (t.acts) found.push({ start: t.start, end: t.end, name: text.slice(t.start, t.end), type: 'organization' });
  // The office a plural honorific gave the last name of its list, and where that name's run ended.
  let list: { role: string; end: number } | undefined;
  for (let run of runs(text, tokens)) {
    if (titles.some((t) => run[0].start < t.end && t.start < run[run.length - 1].end)) continue;
    // Sentence-initial capitals of ordinary words are not names: "Will Russia …", "Read: …",
    // "Reportedly Orvell …".
    while (
      run.length && run[0] === tokens[0] && (isFunctionWord(run[0].text) || (isCommonWord(run[0].text) && !isFirstName(run[0].text)) || (run.length > 1 && opensAsAdverbOrGerund(run[0].text))) && !isTitleWord(run[0].text) && !(run.length > 1 && isRoleNoun(run[0].text)) && !opensName(run) && !opensWithParticle(text, run[0], run[1]) &&
      !(run.length > 1 && isPlace(`${run[0].text} ${run[1].text}`)) && // "New York Times"
      !namesACompany(run) // "Granite Realty Corp."
    )
      run = run.slice(1);
    // …nor are compound modifiers: "Britain-based", "U.S.-led"; nor a pronoun with its verb ("Hi, I'm | Rob").
    // (A role noun in lower case with its prefix is a title: "co-author | Ana Ruiz".)
    while (
      run.length &&
      ((!isCapitalized(run[0].text) && !lowerTitle(run[0].text)) || (STOPWORDS.has(run[0].text.toLowerCase()) && !isAcronym(run[0].text) && !opensName(run) && !givenNameInside(run, tokens)) || (/-\p{Ll}+$/u.test(run[0].text) && !(run[0].text === run[0].text.toLowerCase() && isRoleNoun(run[0].text))) || (run.length > 1 && CONTRACTION.test(run[0].text))) &&
      !(run.length > 1 && isPlace(`${run[0].text} ${run[1].text}`))
    )
      run = run.slice(1);
    if (!run.length) continue;

    // Split a leading title from the name: "US Secretary of State | Rex Tillerson".
    let p = 0;
    // A place's name right after a title's head word is the first name: "Colonel | Paris Mendez".
    const firstNameAfterHead = (i: number) => i > 0 && i < run.length - 1 && !!countryOf(bare(run[i].text)) && isRoleHead(run[i - 1], run[i - 1] === tokens[0]) && !isTitleWord(run[i + 1].text);
    // …but a capitalised particle after the title opens the name: "Vice President | Al Gore".
    const connectsTitle = (i: number) => isConnector(run[i].text) && !(i > 0 && opensWithParticle(text, run[i], run[i + 1]));
    // "the Justice Department", "a Justice Ministry spokesman": title words written before an
    // organisation's head word, all capitalised, are the organisation's name, not a person's title.
    const bodyNamedByTitles = titlesNameABody(run);
    while (!bodyNamedByTitles && p < run.length && (isTitleWord(run[p].text) || lowerTitle(run[p].text) || connectsTitle(p) || (run[p].text === 'the' && p > 0)) && !firstNameAfterHead(p) && !titleWordIsFirstName(run, p)) p++;
    // …or an organisation's title: "NRC spokesman | Victor Dale", "ICRC President | Jakob Vollmer".
    const head = bodyNamedByTitles ? -1 : lastTitleHead(run, tokens[0]);
    if (head >= p && head < run.length - 1) p = head + 1;
    const portfolio = bodyNamedByTitles ? -1 : nameAfterPortfolio(run);
    if (portfolio > p) p = portfolio;
    const titleWords = run.slice(0, p);
    const hasHead = portfolio === p || titleWords.some((t, i) => isRoleHead(t, t === tokens[0]) || HONORIFICS.has(bare(t.text).toLowerCase()) || (i === p - 1 && roleBeforeFirstName(run, i)));
    let nameTokens = run;
    let role: string | undefined;
    let honorificOnly = false;
    // "the director of | the FBI": what follows a title's "of" is the organisation, not a person;
    // so are the title's own words there ("director of the | National Harbour Safety Board").
    if (hasHead) p = Math.min(p, organisationAfterOf(run));
    const ofOrg = hasHead && p < run.length && (isConnector(run[p - 1].text) || run[p - 1].text === 'the');
    if (hasHead) {
      if (p === run.length) continue; // a title with no name: "the Russian Foreign Minister"
      nameTokens = run.slice(p);
      // "First Lady | Ana Ruiz", "met first lady | Ana Ruiz": an honorific right after its title's
      // modifier is the title's head; the modifier, a stop word, may have been left out of the run.
      const modifierBefore = (t: Token) => {
        if (!HONORIFICS.has(bare(t.text).toLowerCase())) return undefined;
        const k = tokens.indexOf(t);
        return k > 0 && text.slice(tokens[k - 1].end, t.start) === ' ' && HONORIFIC_HEADS.has(`${bare(tokens[k - 1].text)} ${bare(t.text)}`.toLowerCase()) ? tokens[k - 1] : undefined;
      };
      let roleWords = titleWords.filter((t) => !HONORIFICS.has(bare(t.text).toLowerCase()) || !!modifierBefore(t));
      // "the diary of | Dutch Prime Minister": the role is the titled part after "of".
      const lastOf = roleWords.map((t) => t.text).lastIndexOf('of');
      // …but "University of Leeds microbiologist" is one title: its "of" is an organisation's.
      if (lastOf > 0 && roleWords.slice(lastOf + 1).some((t) => isRoleHead(t, t === tokens[0])) && !ORG_HEADS.has(bare(roleWords[lastOf - 1].text).toLowerCase())) roleWords = roleWords.slice(lastOf + 1);
      while (roleWords.length > 1 && /^(?:the|a|an)$/i.test(roleWords[0].text)) roleWords = roleWords.slice(1);
      if (!ofOrg && (portfolio === p || roleWords.some((t) => isRoleHead(t, t === tokens[0]) || !!modifierBefore(t)) || (roleWords.includes(run[p - 1]) && roleBeforeFirstName(run, p - 1))))
        role = text.slice((modifierBefore(roleWords[0]) ?? roleWords[0]).start, roleWords[roleWords.length - 1].end);
      // "Oregon Gov. Jan Holbrook": an abbreviated honorific that is a role is spelt out, each of a
      // rank's ("Lt. Gen." → "Lieutenant General").
      const honorific = titleWords.findIndex((t) => HONORIFIC_ROLES.has(bare(t.text).toLowerCase()));
      const spelt = () => titleWords.slice(honorific).filter((t) => HONORIFIC_ROLES.has(bare(t.text).toLowerCase())).map((t) => HONORIFIC_ROLES.get(bare(t.text).toLowerCase())!);
      if (!role && !ofOrg && honorific >= 0) {
        const before = titleWords.slice(0, honorific).filter((t) => !HONORIFICS.has(bare(t.text).toLowerCase()));
        role = [...before.map((t) => t.text), ...spelt()].join(' ');
        honorificOnly = true;
      } else if (role && !ofOrg && honorific > 0 && titleWords[honorific - 1] === roleWords[roleWords.length - 1] && qualifiesHonorific(titleWords[honorific - 1])) {
        // "Democratic former U.S. Rep. Ann Dale", "Democratic Rep. Ann Dale": the words before
        // the honorific qualify it; a title that ends on its own head ("House Minority Leader Rep.")
        // keeps it, and one cut short ("a spokeswoman for | Rep.") stays cut short.
        role = [role, ...spelt()].join(' ');
      }
      if (role && !ofOrg && honorific >= 0 && isPluralHonorific(titleWords[honorific].text)) list = { role, end: run[run.length - 1].end };
    } else if (list && LIST_GAP.test(text.slice(list.end, run[0].start))) {
      // "Sens. Ann Lee and Tom Ruiz", "Democratic Sens. Ann Lee, Tom Ruiz and Joe Park": each name of
      // the list a plural honorific opens holds its office, as the first does.
      role = list.role;
      honorificOnly = true;
      list.end = run[run.length - 1].end;
    }
    // "head of the | Danish Society for Coastal Rescue": the country word belongs to the organisation.
    if (hasHead && nameTokens.some((t) => ORG_HEADS.has(bare(t.text).toLowerCase()))) {
      let q = p;
      while (q > 0 && (countryOf(run[q - 1].text) || countryOfDemonym(run[q - 1].text)) && !isRoleHead(run[q - 1])) q--;
      if (q < p && q > 0 && (isConnector(run[q - 1].text) || run[q - 1].text === 'the')) {
        nameTokens = run.slice(q);
        role = undefined;
      }
    }
    while (nameTokens.length && (!isCapitalized(nameTokens[0].text) || /-\p{Ll}+$/u.test(nameTokens[0].text))) nameTokens = nameTokens.slice(1);
    // A person's name ends before "of": "Laura Whitcomb of Oregon", "Bill Harlan of the National Guard".
    const of = nameTokens.findIndex((t) => t.text === 'of');
    if (of > 0 && (role || of >= 2 || isFirstName(nameTokens[0].text)) && !nameTokens.slice(0, of).some((t) => ORG_HEADS.has(t.text.toLowerCase())))
      nameTokens = nameTokens.slice(0, of);
    // "Nina Vale NVAL.L": the ticker after a company's name is no part of it.
    while (nameTokens.length > 1 && TICKER.test(nameTokens[nameTokens.length - 1].text)) nameTokens = nameTokens.slice(0, -1);
    if (!nameTokens.length) continue;
    // A title-case headline runs on after the name: "Dana Ruiz Visits".
    // …but after a middle initial the word is the surname, whatever ordinary word it is ("Ada K. Brown").
    if (nameTokens.length >= 3 && isFirstName(nameTokens[0].text) && !isInitial(nameTokens[nameTokens.length - 2].text) && isCommonWord(nameTokens[nameTokens.length - 1].text) && !isLastName(nameTokens[nameTokens.length - 1].text) && !ORG_HEADS.has(nameTokens[nameTokens.length - 1].text.toLowerCase()))
      nameTokens = nameTokens.slice(0, -1);
    // "the Sister Mary Lowe Wellness Center": an organisation named for someone keeps the
    // capitalised title of its namesake; the title is no role of the organisation.
    const titleOfNamesake =
      !!role && !ofOrg && titleWords.length > 0 && titleWords[titleWords.length - 1] === run[tokens.indexOf(nameTokens[0]) - tokens.indexOf(run[0]) - 1] && titleWords.every((t) => /^\p{Lu}/u.test(t.text)) &&
      classifyName(bare(text.slice(nameTokens[0].start, nameTokens[nameTokens.length - 1].end)), bare(text.slice(nameTokens[0].start, nameTokens[nameTokens.length - 1].end)).split(/\s+/)) === 'organization';
    if (titleOfNamesake) {
      nameTokens = [...titleWords, ...nameTokens];
      role = undefined;
    }
    const honorific = !ofOrg && !titleOfNamesake && titleWords.some((t) => HONORIFICS.has(bare(t.text).toLowerCase()));
    const first = nameTokens[0];
    const last = nameTokens[nameTokens.length - 1];
    const name = bare(text.slice(first.start, last.end));
    const words = name.split(/\s+/);

    const after = text.slice(last.end);
    const classified = classifyName(name, words) ?? (ofOrg ? 'organization' : undefined);
    const state = countryOf(words[0]) ?? countryOf(countryOfDemonym(words[0]) ?? '');
    const ofAt = words.indexOf('of');
    const candidate: Candidate = {
      name, words, lastWord: words[words.length - 1], role, after, classified, state, possessive: POSSESSIVE.test(last.text), before: text.slice(0, first.start),
      headNoun: words[(ofAt > 0 ? ofAt : words.length) - 1].toLowerCase(),
      // A name is a person's when a title or an honorific ("Mr."), a first name or an uncommon last word says so;
      // not after an ordinary noun or adjective ("Universal Daycare", "Ring Sites GeoTrail"),
      // which a person's name does not open ("Led Astray" opens with a verb's form).
      // Nor is "Battle of Kessel" or "Courthill of Braemore" one: an "of" or a "for" joins a
      // person's name only after a first name ("Catherine of Aragon").
      // A name's particle says it is a person's as a first name does ("Le Pen", "Marine Le Pen", "Ruiz del Campo").
      // So does what is written beside a name of ordinary words: an age ("Qadeem Shore, 27,") or a
      // speech verb before it ("said Qadeem Shore").
      // Else what is written beside it may say what it is ("the band Harlow Deep").
      type:
        classified ??
        (role || honorific || isFirstName(words[0]) || hasParticle(words) || generational(words) || (words.length >= 2 && !isCommonWord(words[words.length - 1]) && (!isCommonWord(words[0]) || isVerbForm(words[0])) && !words.some((w) => w === 'of' || w === 'for')) || people?.has(name) || namedAsPerson(words, text.slice(0, first.start), after, people)
          ? 'person'
          : writtenAs(name, text.slice(0, first.start), after, people, bodies)),
    };
    const rule = NAME_RULES.find((r) => r.match(candidate));
    if (rule) {
      trace?.push({ name, rule: rule.name });
      const built = rule.build(candidate);
      if (built) found.push({ start: first.start, end: first.start + name.length, ...built });
      continue;
    }
    let type = candidate.type;

    const read = readRole({
      text, tokens, start: first.start, type, gender: genderOf(words[0]),
      role: role && !honorificOnly ? role : undefined,
      honorific: honorificOnly ? role : undefined,
      runStart: tokens.indexOf(run[0]),
      titleStart: role && !honorificOnly && titleOpensRun(text, run.slice(0, p), role) ? tokens.indexOf(run[0]) : undefined,
      after,
      earlier: found.filter((f) => !f.type || f.type === 'person').map((f) => ({ name: f.surface ?? f.name, start: f.start, end: f.end, gender: genderOf(f.name.split(/\s+/)[0]) })),
      ...story,
    });
    // No rule makes a role of a title cut short ("a spokeswoman for | Rep. John Smith").
    role = read?.role;
    type = read?.type ?? type;
    const canonical = type === 'country' ? countryOf(name)! : name;
    const age = !type || type === 'person' ? ageOf(text.slice(0, run[0].start), after) : undefined;
    found.push({ start: first.start, end: first.start + name.length, name: canonical, type, role, ...(read?.also ? { alsoRole: read.also } : {}), ...(canonical !== name ? { surface: name } : {}), ...(age ? { age } : {}) });
  }
  found.push(...groups(text, tokens).filter((g) => !found.some((f) => g.start < f.end && f.start < g.end)));
  // (A quoted title may run longer than a run of capitalised words; it is no name either.)
  return found.filter((f) => f.name.length <= LONGEST_NAME.chars).sort((a, b) => a.start - b.start);
}

// "Sens.", "Reps.": an honorific that is the plural of another, holding the same office.
const isPluralHonorific = (w: string) => {
  const k = bare(w).toLowerCase();
  return k.endsWith('s') && !!HONORIFIC_ROLES.get(k) && HONORIFIC_ROLES.get(k) === HONORIFIC_ROLES.get(k.slice(0, -1));
};
// What parts two names of a list: a comma, "and" or both, after a party and state in parentheses
// ("Reps. Ann Lee (R-Ohio), Tom Ruiz (D-Iowa) and …").
const LIST_GAP = /^(?: \([^()]{1,20}\))?(?:, (?:and )?| and )$/u;

// The title is the run's own opening words, so that the words before it may qualify it: "forensic
// | pathologist Ana Ruiz", also past an honorific the title leaves out, "forensic | pathologist Dr. Ana Ruiz".
const titleOpensRun = (text: string, titleWords: readonly Token[], role: string) => {
  const end = titleWords.findIndex((t) => t.end === titleWords[0].start + role.length);
  return end >= 0 && text.slice(titleWords[0].start, titleWords[end].end) === role && titleWords.slice(end + 1).every((t) => HONORIFICS.has(bare(t.text).toLowerCase()));
};
// "U.S.", "former", "Republican": a word that qualifies the honorific after it, not a title's own head.
const qualifiesHonorific = (t: Token) => (isCapitalized(t.text) || lowerTitle(t.text)) && (!isRoleHead(t) || PARTY_NOUNS.has(bare(t.text).toLowerCase()));

/** A word of a sentence that may open a collective actor. */
interface GroupContext {
  text: string;
  tokens: Token[];
  i: number;
}

interface GroupRule {
  name: string;
  match: (c: GroupContext) => boolean;
  /** The actor the words name; undefined when they name none after all. */
  build: (c: GroupContext) => Found | undefined;
}

const lowerAt = (c: GroupContext, k: number) => c.tokens[k]?.text.toLowerCase() ?? '';
/** The group or government noun at `i`, of one or two words, when it starts there. */
function collectiveNoun(c: GroupContext, nouns: ReadonlySet<string>): number {
  const { tokens, i } = c;
  const two = `${lowerAt(c, i)} ${lowerAt(c, i + 1)}`;
  if (i > 0 && nouns.has(`${lowerAt(c, i - 1)} ${lowerAt(c, i)}`)) return 0;
  return i + 1 < tokens.length && nouns.has(two) ? 2 : nouns.has(lowerAt(c, i)) ? 1 : 0;
}
// "privacy activists", "Syrian opposition activists": the group as the story describes it.
function describedFrom(c: GroupContext): number {
  const { text, tokens, i } = c;
  let from = i;
  // Only a noun or an adjective describes them, and not a verb after "to" ("trying to stop
  // protesters"), a number ("four rebels") or a preposition ("across security forces").
  const describes = (k: number) => isNounOrAdjective(tokens[k].text) && !/^to$/i.test(tokens[k - 1]?.text ?? '');
  while (from > 0 && i - from < 2 && text.slice(tokens[from - 1].end, tokens[from].start) === ' ' && /^\p{Ll}+$/u.test(tokens[from - 1].text) && !STOPWORDS.has(tokens[from - 1].text) && !isVerbForm(tokens[from - 1].text) && !/ly$/.test(tokens[from - 1].text) && describes(from - 1)) from--;
  if (from > 0 && countryOfDemonym(tokens[from - 1].text)) from--;
  return from;
}
// The capitalised words right before a word, written with single spaces, without a sentence's
// opening function word ("The Tarrow police").
function placeBefore(c: GroupContext): Token[] {
  const { text, tokens, i } = c;
  let from = i;
  while (from > 0 && i - from < 4 && text.slice(tokens[from - 1].end, tokens[from].start) === ' ' && /^\p{Lu}[\p{L}.'’-]*$/u.test(tokens[from - 1].text) && !POSSESSIVE.test(tokens[from - 1].text)) from--;
  while (from < i && STOPWORDS.has(tokens[from].text.toLowerCase()) && !(tokens[from].text === 'New' && from + 1 < i)) from++;
  return tokens.slice(from, i);
}
// "the family", "Noah's family", "whose family": a determiner or an owner before it.
const OWNER = /^(?:the|his|her|their|its|our|my|your|that|this|whose)$|^\p{Lu}\p{L}*['’]s?$/iu;

// The next word but an auxiliary or an adverb is a verb of speech: "critics have long argued".
const speaksNext = (c: GroupContext) => SPEECH_VERBS.has(c.tokens.slice(c.i + 1, c.i + 4).find((t) => !/^(?:have|had|also|now|still|long|often|\p{Ll}+ly)$/u.test(t.text))?.text ?? '');

// "fans flocked", "users have complained", "users say", "fans will be disappointed", "residents
// reporting gunfire": the words after the noun tell what the public did or says in the story,
// past an adverb: a past form, a verb of speech, a "have" or a "be" before a participle, or
// "will". Not a habit or a chance ("students take it", "users can win"), which the story tells of
// anyone of the kind.
const AUXILIARIES = /^(?:have|has|had)$/;
const BE = /^(?:are|were|is|was)$/;
const pastOrSpeech = (w: string) => readsAsPastTense(w) || SPEECH_VERBS.has(w);
function actsNext({ tokens, i }: GroupContext): boolean {
  let k = i + 1;
  const word = () => tokens[k]?.text ?? '';
  const skipAdverbs = () => {
    while (k < i + 5 && /^\p{Ll}+$/u.test(word()) && (isAdverb(word()) || /ly$/.test(word()))) k++;
  };
  skipAdverbs();
  // "fans didn't bother": a past act denied is still one.
  if (/^did(?:n['’]t)?$/.test(word())) return true;
  if (!/^\p{Ll}+$/u.test(word())) return false;
  // "will have to wait", "will be disappointed": what the story says they are about to do.
  if (word() === 'will') return /^\p{Ll}+$/u.test(tokens[k + 1]?.text ?? '');
  if (BE.test(word()) || AUXILIARIES.test(word())) {
    const aux = word();
    k++;
    skipAdverbs();
    // "users have to learn": what they must do now.
    if (AUXILIARIES.test(aux) && word() === 'to') return true;
    return /^\p{Ll}+(?:ed|ing|en|wn|ne)$/u.test(word()) || (AUXILIARIES.test(aux) && readsAsPastTense(word()));
  }
  // "the students charged were members": a participle that describes them, before their own verb.
  return pastOrSpeech(word()) && !BE.test(tokens[k + 1]?.text ?? '');
}
// "many of the fans", "thousands of viewers" are the public; "relatives of the passengers",
// "a survey of voters" are someone else, or no one; so is a public a preposition opens ("a
// guide for young readers had said"): the verb after it is another subject's.
const SHARE_OF = /^(?:many|some|most|all|none|few|thousands|hundreds|dozens|millions|scores|half|more|majority|lots|one|two|three|several)$/i;
const OPENS_A_PHRASE = /^(?:for|to|with|by|among|from|about|against|between|towards?|like|than|without)$/;
function ofAnother({ tokens, i }: GroupContext): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = tokens[k].text.toLowerCase();
    if (w === 'of') return !SHARE_OF.test(tokens[k - 1]?.text ?? '');
    if (OPENS_A_PHRASE.test(w)) return true;
    const determiner = /^(?:the|their|its|his|her|our|[\d,]+)$/u.test(w);
    if (!determiner && (!/^\p{Ll}+$/u.test(w) || STOPWORDS.has(w))) return false;
  }
  return false;
}
// "Zorbly users", "Harlow Deep's fans": whose public it is, as the articles write it before the noun;
// not a word that only opens the sentence ("Many fans").
function ownerOf(c: GroupContext): string | undefined {
  const { text, tokens, i } = c;
  const possessive = /^(\p{Lu}\p{L}*)['’]s?$/u.exec(tokens[i - 1]?.text ?? '');
  const run = possessive ? [...placeBefore({ ...c, i: i - 1 }), tokens[i - 1]] : placeBefore(c);
  if (!run.length || (run.length === 1 && run[0] === tokens[0] && (isCommonWord(run[0].text) || STOPWORDS.has(run[0].text.toLowerCase())))) return undefined;
  const written = text.slice(run[0].start, run[run.length - 1].end);
  return possessive ? written.replace(/['’]s?$/u, '') : written;
}

/**
 * Collective actors, in order; the first rule that matches decides. "Syrian rebels" and "rebels"
 * are one group, named by its noun; "the Syrian government" stands for the country.
 */
// "the male patient", "the 4-year-old boy", "the Lisbon patient": one word between "the" and an
// unnamed subject that says only who the subject is (its sex, its age, its place), not which of
// several it is ("the other patient", "the first victim"). 1 when there is one, else 0.
const qualified = ({ text, tokens, i }: GroupContext) => {
  const q = tokens[i - 1];
  if (!q || !/^the$/i.test(tokens[i - 2]?.text ?? '') || text.slice(tokens[i - 2].end, q.start) !== ' ' || text.slice(q.end, tokens[i].start) !== ' ') return 0;
  return UNNAMED_QUALIFIERS.has(q.text.toLowerCase()) || /^(?:\d+|\p{Ll}+)-(?:year|month|week|day)-old$/u.test(q.text) || (isPlace(q.text) && /^\p{Lu}/u.test(q.text)) ? 1 : 0;
};
/** "the suspect", "the boy": a person named by the noun after "the". */
const theNoun = ({ tokens, i }: GroupContext): Found => ({ start: tokens[i - 1].start, end: tokens[i].end, name: `the ${tokens[i].text.toLowerCase()}`, type: 'person' });

export const GROUP_RULES: readonly GroupRule[] = [
  // "the suspect", "the gunman": one person the story cannot name yet.
  {
    name: 'unnamed-person',
    match: (c) => UNNAMED_PERSONS.has(lowerAt(c, c.i)) && /^the$/i.test(c.tokens[c.i - 1]?.text ?? ''),
    build: theNoun,
  },
  // "the boy was taken to hospital", "the patient said": someone a story may leave unnamed, a
  // minor, a patient or a victim; not where the noun qualifies another ("the victim advocacy group"),
  // nor where it is what someone is ("She was the victim here").
  // The actors stage keeps them only where the story is about them.
  {
    name: 'unnamed-subject',
    match: (c) => {
      const next = c.tokens[c.i + 1]?.text ?? '';
      const the = c.tokens[c.i - 1 - qualified(c)];
      const before = c.text.slice(Math.max(0, (the?.start ?? 0) - 12), the?.start ?? 0);
      return (
        UNNAMED_SUBJECTS.has(lowerAt(c, c.i)) &&
        /^the$/i.test(c.tokens[c.i - 1 - qualified(c)]?.text ?? '') &&
        (!/^\p{Ll}/u.test(next) || isVerbForm(next) || STOPWORDS.has(next)) &&
        !/(?:\b(?:is|was|am|are|were|be|been|being)|['’](?:m|s|re))\s+$/iu.test(before)
      );
    },
    build: (c) => ({ ...theNoun(c), start: c.tokens[c.i - 1 - qualified(c)].start }),
  },
  // "the victim's husband said", "the girl's mother": a relative of someone the story leaves
  // unnamed is unnamed too, and named by that relation; not where a name follows ("the victim's
  // husband, Dan Hollis").
  {
    name: 'kin-of-the-unnamed',
    match: (c) => {
      const owner = /^(\p{Ll}+)['’]s$/u.exec(c.tokens[c.i - 1]?.text ?? '')?.[1];
      const kin = lowerAt(c, c.i);
      return !!owner && UNNAMED_SUBJECTS.has(owner) && /^the$/i.test(c.tokens[c.i - 2]?.text ?? '') && KIN_WORDS.has(kin) && !kin.endsWith('s') && !/^\p{Lu}/u.test(c.tokens[c.i + 1]?.text ?? '') && !/^,\s*\p{Lu}/u.test(c.text.slice(c.tokens[c.i].end));
    },
    build: ({ tokens, i }) => ({ start: tokens[i - 2].start, end: tokens[i].end, name: `the ${tokens[i - 1].text.toLowerCase().replace('’', "'")} ${tokens[i].text.toLowerCase()}`, type: 'person' }),
  },
  // "the coroner said", "according to the Clay County coroner": the one holder of a place's office,
  // unnamed, is a person of the story; not where a name follows ("coroner Ann Dale") nor in
  // "the coroner's office".
  {
    name: 'office-of-a-place',
    match: (c) => {
      const n = collectiveNoun(c, PLACE_OFFICES);
      if (!n || /^\p{Lu}/u.test(c.tokens[c.i + n]?.text ?? '') || /^['’]/.test(c.text.slice(c.tokens[c.i + n - 1].end))) return false;
      const place = placeBefore(c);
      const before = c.tokens[c.i - place.length - 1]?.text ?? '';
      // A county's name may be any word ("the Clay County coroner"); other words before the office
      // must be no ordinary word, first name or organisation's head to name a place.
      const county = /^(?:County|Co\.)$/.test(place[place.length - 1]?.text ?? '');
      return /^the$/i.test(before) && (county || place.every((t) => !ORG_HEADS.has(bare(t.text).toLowerCase()) && !isFirstName(t.text) && !isCommonWord(t.text)));
    },
    build: (c) => {
      const { text, tokens, i } = c;
      const last = tokens[i + collectiveNoun(c, PLACE_OFFICES) - 1];
      const place = placeBefore(c);
      const office = text.slice(tokens[i].start, last.end).toLowerCase();
      return { start: (place[0] ?? tokens[i - 1]).start, end: last.end, name: place.length ? `${text.slice(place[0].start, place[place.length - 1].end)} ${office}` : `the ${office}`, type: 'person' };
    },
  },
  // "Congressional aides": the organisation speaking through its people.
  {
    name: 'organisation-through-its-people',
    match: (c) => ORG_ADJECTIVES.has(lowerAt(c, c.i)) && /^\p{Ll}+s$/u.test(c.tokens[c.i + 1]?.text ?? ''),
    build: ({ text, tokens, i }) => ({ start: tokens[i].start, end: tokens[i + 1].end, name: ORG_ADJECTIVES.get(tokens[i].text.toLowerCase())!, type: 'organization', surface: text.slice(tokens[i].start, tokens[i + 1].end) }),
  },
  // "the family said", "Noah's family": a household speaks as one, written in lower case and
  // not as a modifier ("family therapy"); its members are one actor with it.
  {
    name: 'household',
    match: (c) =>
      COLLECTIVE_NOUNS.has(c.tokens[c.i].text) &&
      OWNER.test(c.tokens[c.i - 1]?.text ?? '') &&
      (!/^\p{Ll}/u.test(c.tokens[c.i + 1]?.text ?? '') || isVerbForm(c.tokens[c.i + 1].text) || STOPWORDS.has(c.tokens[c.i + 1].text) || c.tokens[c.i + 1].text === 'members'),
    build: ({ text, tokens, i }) => {
      const owner = tokens[i - 1];
      const named = /^\p{Lu}/u.test(owner.text) && !STOPWORDS.has(owner.text.toLowerCase());
      return { start: tokens[i].start, end: tokens[i].end, name: tokens[i].text, type: 'group', ...(named ? { surface: text.slice(owner.start, tokens[i].end) } : {}) };
    },
  },
  // "Smith's lawyers said", "Smith's attorneys say": the people who speak for someone or stand
  // beside them, named by their owner, speak as one group where they are the subject of a speech
  // verb ("his lawyers" says too little of whose).
  {
    name: 'owned-group',
    match: (c) => OWNED_GROUPS.has(c.tokens[c.i].text) && /^\p{Lu}\p{L}*['’]s?$/u.test(c.tokens[c.i - 1]?.text ?? '') && speaksNext(c),
    build: ({ text, tokens, i }) => ({ start: tokens[i].start, end: tokens[i].end, name: OWNED_GROUPS.get(tokens[i].text)!, type: 'group', surface: text.slice(tokens[i - 1].start, tokens[i].end) }),
  },
  // "Millbrook police said": a local force, named with the place it serves.
  {
    name: 'local-force',
    match: (c) => LOCAL_FORCES.has(c.tokens[c.i].text) && servesPlace(placeBefore(c).map((t) => t.text)),
    build: (c) => {
      const { text, tokens, i } = c;
      const place = placeBefore(c);
      return { start: place[0].start, end: tokens[i].end, name: text.slice(place[0].start, tokens[i].end), type: 'organization' };
    },
  },
  // "the Syrian government", "Russian authorities".
  {
    name: 'government-of-a-demonym',
    match: (c) => collectiveNoun(c, GOVERNMENT_NOUNS) > 0 && c.i > 0 && !!countryOf(countryOfDemonym(c.tokens[c.i - 1].text) ?? ''),
    build: (c) => {
      const { text, tokens, i } = c;
      const last = tokens[i + collectiveNoun(c, GOVERNMENT_NOUNS) - 1];
      const from = describedFrom(c);
      return { start: tokens[i - 1].start, end: last.end, name: countryOf(countryOfDemonym(tokens[i - 1].text)!)!, type: 'country', surface: text.slice(tokens[from].start, last.end) };
    },
  },
  // "Critics say that …", "Investigators believe …": people named by what they do, who speak as one.
  {
    name: 'speaking-group',
    match: (c) => SPEAKING_GROUPS.has(lowerAt(c, c.i)) && speaksNext(c),
    build: (c) => {
      const { text, tokens, i } = c;
      const from = describedFrom(c);
      return { start: tokens[i].start, end: tokens[i].end, name: tokens[i].text.toLowerCase(), type: 'group', ...(from < i ? { surface: text.slice(tokens[from].start, tokens[i].end) } : {}) };
    },
  },
  // "counter-protesters gathered", and "Counter-protesters had waited", capitalised only where it
  // opens the sentence: see hyphenatedGroup.
  {
    name: 'hyphenated-group',
    match: (c) => (c.i === 0 || /^\p{Ll}/u.test(c.tokens[c.i].text)) && !!hyphenatedGroup(c.tokens[c.i].text),
    build: ({ tokens, i }) => ({ start: tokens[i].start, end: tokens[i].end, name: hyphenatedGroup(tokens[i].text)!, type: 'group' }),
  },
  // "fans lined up overnight", "Zorbly users have complained": the public a story names by what
  // its people do, where it is the subject of a verb. The actors stage keeps it only where the
  // story has it act again and again (public-in-passing).
  {
    name: 'public-that-acts',
    match: (c) => PUBLICS.has(lowerAt(c, c.i)) && (c.i === 0 || /^\p{Ll}/u.test(c.tokens[c.i].text)) && !ofAnother(c) && actsNext(c),
    build: (c) => {
      const { tokens, i } = c;
      const name = tokens[i].text.toLowerCase();
      const owner = ownerOf(c);
      return { start: tokens[i].start, end: tokens[i].end, name, type: 'group', ...(owner ? { surface: `${owner} ${name}` } : {}) };
    },
  },
  // "Syrian rebels", "privacy activists", "Republicans".
  {
    name: 'group-noun',
    match: (c) => collectiveNoun(c, GROUP_NOUNS) > 0,
    build: (c) => {
      const { text, tokens, i } = c;
      const last = tokens[i + collectiveNoun(c, GROUP_NOUNS) - 1];
      const country = i > 0 && countryOfDemonym(tokens[i - 1].text);
      const from = describedFrom(c);
      const surface = country || from < i ? text.slice(tokens[from].start, last.end) : undefined;
      return { start: country ? tokens[i - 1].start : tokens[i].start, end: last.end, name: text.slice(tokens[i].start, last.end).toLowerCase(), type: 'group', ...(surface ? { surface } : {}) };
    },
  },
];

function groups(text: string, tokens: Token[]): Found[] {
  const out: Found[] = [];
  tokens.forEach((_, i) => {
    const c = { text, tokens, i };
    const found = GROUP_RULES.find((r) => r.match(c))?.build(c);
    if (found) out.push(found);
  });
  return out;
}

// Sentences never shown that may still say who someone of the story is: a caption, or a
// sentence the off-topic stage set aside ("…," said Grace Okafor, whose son …).
const ASIDE_NOISE = new Set(['off-topic', 'caption']);
// Page furniture (a photo's caption set among a gallery's lines, a credit) is read only for the
// body or place it adds to a role a sentence shown gives the same person ("Harbor County Judge Ana
// Ruiz is shown in a file photo" beside "Judge Ruiz"), and teaches the cluster no name.
const FURNITURE = 'boilerplate';
// "Reed, however, is firm.": a sentence too short to show still says who the next one's
// "he" is.
const SHORT_SENTENCE = /^\p{Lu}[^]*\s\p{Ll}[^]*[.!?]["”’]?$/u;
const named = (s: Sentence) => !s.noise || (s.noise === 'fragment' && SHORT_SENTENCE.test(s.text));

/**
 * "Ridge Schools Reopen With Armed Guards, Search Goes On": a line in title case (a
 * headline, a link to another story) capitalises ordinary words, so its capitalised runs are no
 * evidence of a name. Four words or more, nearly all capitalised, two of them ordinary words, one
 * a function word ("With", "In").
 * Exported for tests.
 */
export function inTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 4) return false;
  const rest = words.slice(1);
  const capital = rest.filter((w) => /^\p{Lu}/u.test(w));
  return capital.length >= 0.8 * rest.length && capital.some((w) => STOPWORDS.has(w.toLowerCase())) && capital.filter((w) => isCommonWord(w) || STOPWORDS.has(w.toLowerCase())).length >= 2;
}

export function entities(ctx: Context): void {
  const mentions: Mention[] = [];
  const asides: Mention[] = [];
  const story = storyKind(ctx.docs.map((d) => d.text));
  const acting = actingTitles(ctx.sentences.filter(named).map((s) => s.text));
  // "said Qadeem Shore" makes a person of "Qadeem Shore" in the sentences read before it too.
  // …and "the band Harlow Deep" a body.
  const people = new Set<string>();
  const bodies = new Set<string>();
  // Names of ordinary words no sentence types ("unknown-phrase"), with every place they are
  // written, for the CLUSTER_NAME_RULES to read across the cluster.
  const unknown = new Map<string, ClusterUse[]>();
  const read = ctx.sentences.map((s) => {
    if (s.noise === FURNITURE) return findMentions(s.text, { story, acting, people: new Set(people), bodies: new Set(bodies) });
    if (!named(s) && !ASIDE_NOISE.has(s.noise!)) return [];
    const trace: { name: string; rule: string }[] = [];
    const found = findMentions(s.text, { story, acting, people, bodies, trace });
    if (named(s)) for (const name of new Set(trace.filter((x) => x.rule === 'unknown-phrase').map((x) => x.name))) (unknown.get(name) ?? unknown.set(name, []).get(name)!).push(...usesIn(s.text, name));
    return found;
  });
  for (const [name, uses] of unknown) {
    const row = CLUSTER_NAME_RULES.find((r) => r.match(name, uses));
    if (row) (row.type === 'person' ? people : bodies).add(name);
  }
  ctx.sentences.forEach((s, i) => {
    if (s.noise === FURNITURE) return;
    if ([...people, ...bodies].some((n) => s.text.includes(n) && !read[i].some((f) => f.name === n))) read[i] = findMentions(s.text, { story, acting, people, bodies });
  });
  const furniture: Mention[] = [];
  for (const s of ctx.sentences) {
    if (!named(s) && !ASIDE_NOISE.has(s.noise!) && s.noise !== FURNITURE) continue;
    for (const f of read[s.index]) {
      const m: Mention = { sentence: s.index, start: s.start + f.start, end: s.start + f.end, name: f.name, type: f.type, role: f.role, ...(f.alsoRole ? { alsoRole: f.alsoRole } : {}), ...(f.surface ? { surface: f.surface } : {}), ...(f.age ? { age: f.age } : {}), ...(f.short ? { short: true } : {}) };
      if (named(s)) mentions.push(m);
      else if (s.noise === FURNITURE) { if (m.type === 'person' && m.role && m.name.includes(' ')) furniture.push(m); }
      else if (m.type === 'person' && m.name.includes(' ') && (m.role || isFirstName(m.name.split(/\s+/)[0]))) asides.push(m);
    }
  }
  const lastWord = (name: string) => name.split(/\s+/).pop();
  for (const m of furniture) if (mentions.some((o) => o.type === 'person' && o.role && lastWord(o.name) === lastWord(m.name) && namesTheBodyOf(m.role!, o.role))) asides.push({ ...m, alsoRole: undefined });
  const titled = new Set([...new Set(mentions.map((m) => m.sentence))].filter((i) => inTitleCase(ctx.sentences[i].text)));
  const told = new Set(mentions.filter((m) => !titled.has(m.sentence)).map((m) => m.name));
  const kept = mentions.filter((m) => told.has(m.name) || !titled.has(m.sentence));
  ctx.mentions = [...kept, ...surnamesOpeningSentences(ctx, kept)].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  ctx.asides = asides;
}

/**
 * "Page says …", "Reed, however, …": a surname that is also an ordinary word is no name where
 * it opens a sentence, unless a person of the cluster is named in full with it.
 */
function surnamesOpeningSentences(ctx: Context, mentions: Mention[]): Mention[] {
  const surnames = new Set(
    mentions
      .filter((m) => m.type === 'person' && m.name.includes(' '))
      .map((m) => m.name.split(/\s+/).pop()!)
      .filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !STOPWORDS.has(w.toLowerCase())),
  );
  const found: Mention[] = [];
  const opening = new Set(mentions.map((m) => m.start));
  for (const s of ctx.sentences) {
    if (!named(s)) continue;
    const [first, next] = tokenize(s.text, s.start);
    if (!first || !surnames.has(first.text) || opening.has(first.start) || first.start - s.start > 1) continue;
    // "Gossip Desk reported": a longer name of its own.
    if (next && capitalized(next.text) && /^\s+$/.test(ctx.docs[s.doc].text.slice(first.end, next.start))) continue;
    found.push({ sentence: s.index, start: first.start, end: first.end, name: first.text, type: 'person' });
  }
  return found;
}
