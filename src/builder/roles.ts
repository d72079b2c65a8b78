// Where a person's or an organisation's role is written around its name: a title before it
// ("Kremlin spokesman Dmitry Peskov"), an apposition ("Hina Shamsi, the director of …"), "X, who
// is Y", a party and state, an affiliation. The entity stage finds the name and the title run
// before it; the rules here read the rest.
import type { Mention } from './types.js';
import { STOPWORDS, type Token } from './text/tokens.js';
import { phrases } from './text/phrases.js';
import {
  APPOSITION_CLAUSE_WORDS, APPOSITION_SPEECH_VERBS, BEFALLEN_NAMED_BY, BEFALLEN_NOUNS, BEFALLEN_WHICH_ONE, CAREER_VERBS, COPULAS, ELECTED_OFFICES, HEAD_TITLES, US_STATE_NAMES, COPULA_COMPLEMENTS, DEED_MODALS, isDateWord, HONORIFICS, isCommonWord, isPlace, KIN, KIN_PLURALS, KIN_WORDS, MADE_BY, ORG_HEADS, PLACE_HEADS, NOT_DEEDS, POSITION_VERBS, POSTED_TITLES, QUALIFIER_RUN_AFTER, readsAsPastTense, SCREEN_WORDS, SUBJECT_VERBS, RANKS, SPEAKER_OWNERS, SPEAKER_RELATIONS, SPEECH_VERBS, STATE_AFTER_A_TOWN, TITLE_HEADS, OF_PLACE_NOUNS, classifyName, countryOfDemonym, stateOfApAbbreviation, countryOf, isFirstName, isGivenName, isLastName, isMonth, isAnimalNoun, isNounOrAdjective, isPersonNounOnly, isRoleNoun, isVerbForm, readsAsPastVerb, readsAsPresentVerb, readsAsAdverb, verbsReadIn, partyAndState, singularRoleNoun, titledPartyAndState,
} from './lexicon.js';
import { isConnector, OPENS_SENTENCE, POSSESSIVE, bare, isCapitalized, lowerTitle } from './name-words.js';
import { textBefore } from './text/window.js';

// "… of the Coast Guard." loses the sentence's dot; "… of the U.S." keeps its own.
const bareEnd = (phrase: string) => phrase.replace(/(?<!(?:^|[\s.])\p{L})\.$/u, '');
// "… of Arizona", "… of the coast guard": up to a comma, a clause or a verb.
// "… of the Alliance for Fair Trade emailed", "… of the Royal Society for
// Coastal Birds in Lyon": a name joined by "of", "for", "&", and the place it is in.
const OF_AFFILIATION = /^\s+of\s+((?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*|[a-z]+)(?:\s+(?:(?:of|for|&)\s+(?:the\s+)?(?=\p{Lu}))?(?:\p{Lu}[\p{L}.'’-]*|coast|guard|police|department|office|army|navy|board|council|committee|agency|university|company|group))*(?:\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)?)(?=\s*(?:[,;:.()]|$)|\s+(?:said|says|told|tells|who|which|and|has|had|was|is|added|to|that|as|\p{Ll}+ed)\b)/u;
// "the Japanese shipping company | Taiyo Kaiun K.K.", "the state news agency | SANA".
// (A word's start: not the "s" of "the '90s rap group".)
const ORG_KIND = /(?<![\p{L}\d'’-])((?:(?!(?:the|a|an|by|of|for|with|from|at|to|in|on|and|its|their|his|her)\s)[\p{L}-]+\s+){0,3}(?:company|firm|group|agency|carrier|airline|manufacturer|maker|operator|bank|broadcaster|network|charity|organi[sz]ation|association|union|utility|insurer|retailer|developer|publisher|watchdog|regulator|party))\s+$/u;
const ARTICLE_AFTER_COPULA = /^\s+(?:is|was|has been)\s+(?:the|a|an)\s/;
// "… at Marsh | and Vale Law School": a body's name goes on past "and" to its head word.
const BODY_AFTER_AND = new RegExp(String.raw`^\s+(?:and|&)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:${[...ORG_HEADS].map((h) => h[0].toUpperCase() + h.slice(1)).join('|')})(?![\p{L}])`, 'u');
// "Belov is chairman of PromStroyBank.", "Ruiz is the John F. Hale Professor of Law": an initial's dot goes on.
const COPULA = /^\s+(?:is|was|has been)\s+(?!\p{L}+(?:ed|en)\b)(?:(?:the|a|an)\s+)?((?:[^,.;:()"“”]|\.(?=\S)|(?<=(?:^|[\s.])\p{Lu})\.){3,120}?)(?=\s*(?:[,;:()"“”]|\.(?=\s|$)(?<!(?:^|[\s.])\p{Lu}\.)|\s(?:who|which|that|and|but)\b|$))/u;
// Abbreviations whose dot goes on with the apposition before a capitalised word ("Rep. Tom Reyes",
// "St. Louis"), read in both its body and its end.
const ABBREVIATED = 'Rep|Sen|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Dr|Prof|Rev|Mr|Mrs|Ms|St|Mt|Ft';
const APPOSITION = new RegExp(String.raw`^,\s+(?!and\b|or\b|but\b|who\b|whose\b|which\b|where\b|when\b|while\b|including\b|as\b)(?:(?:now|currently|also|still)\s+(?=(?:the|a|an)\s))?(?:(?:the|a|an|another)\s+)?((?:[^,.;:()"“”]|\.(?=\S)|(?<=(?:^|[\s.])\p{Lu})\.|(?<=\s(?:${ABBREVIATED}))\.(?=\s\p{Lu})){3,180}?)(?=\s*(?:[,;:()"“”]|\.(?=\s|$)(?<!(?:^|[\s.])\p{Lu}\.)(?<!\s(?:${ABBREVIATED})\.)|$)|\s(?:who|whose|which|that)\b)`, 'u');

/** What the text around a name says of its bearer. */
export interface RoleContext {
  /** The sentence, its tokens, and where the name starts in it. */
  text: string;
  tokens: Token[];
  start: number;
  type?: Mention['type'];
  gender?: 'female' | 'male';
  /** A title written before the name ("Kremlin spokesman"). */
  role?: string;
  /** An abbreviated honorific spelt out ("Lt." → "Lieutenant"): a role only when nothing better is said. */
  honorific?: string;
  /** The token where the title before the name starts, when the title is all the run held before it. */
  titleStart?: number;
  /** The first token of the name with its title. */
  runStart: number;
  /** "… of Arizona", "… of the coast guard" right after the name. */
  from?: string;
  /** The text after the name and its "of …". */
  rest: string;
  /** The story is about a film or a show. */
  screen?: boolean;
  /** The last names the story writes after a first name ("Reyes" of "Tom Reyes"). */
  surnames?: ReadonlySet<string>;
  /** Capitalised words the story writes inside its sentences and never in lower case: a name's ("Reign" of "Dover Reign"). */
  names?: ReadonlySet<string>;
  /** The people named before this name in the sentence, as written: whom "his", "her" may stand for. */
  earlier?: readonly { name: string; start: number; end: number; gender?: 'female' | 'male' }[];
}

export interface RoleRule {
  name: string;
  match: (c: RoleContext) => boolean;
  /** The role and, when the role says so, the type; undefined when the words make no role. */
  build: (c: RoleContext) => { role: string; type?: Mention['type'] } | undefined;
}

// "is chairman of …", not "was sworn in as …".
const nominal = (phrase: string) => {
  const head = phrase.split(' ')[0];
  return !isVerbForm(head) && (lowerTitle(head) || isCapitalized(head) || isNounOrAdjective(head));
};
// "part of a crew of Leeds engineers", "one of the band's guitarists": a plural says
// what the person is too, after "one of", "part of".
const MEMBER_OF = /^(?:(?:the|a|an)\s+)?(?:one|part|member|members)\s+of\b/;
const hasRoleWord = (phrase: string) =>
  phrase.split(/\s+/).some((w) => TITLE_HEADS.has(w.toLowerCase()) || (!isCapitalized(w) && (isRoleNoun(w) || (MEMBER_OF.test(phrase) && isRoleNoun(w.replace(/s$/, ''))))));
/** A noun phrase that reads as a role: a title or role noun in it, not too long, not cut short. */
function asRole(phrase: string | undefined, c: RoleContext): { role: string; type?: Mention['type'] } | undefined {
  if (!phrase || c.type === 'country') return undefined;
  // "former head of sales at … and now a lecturer at …": the first of two roles.
  const described = phrase.split(/\s+/).length > 16 ? phrase.split(/(?<!\s)\s+(?:and|;)\s+/)[0] : phrase;
  const words = described.split(/\s+/);
  if (words.length > 16 || !hasRoleWord(described)) return undefined;
  // "left the guard, Tom Reyes, dead and the driver hurt": a second noun phrase joined after
  // words that make no role is the sentence going on, about someone else.
  const joined = JOINED_PHRASE.exec(described);
  if (joined && !hasRoleWord(described.slice(0, joined.index))) return undefined;
  // "home village of rebel commander …" is a place: the role word must come before the "of".
  const of = words.indexOf('of');
  if (of > 0 && !MEMBER_OF.test(described) && !hasRoleWord(words.slice(0, of).join(' '))) return undefined;
  // "a hospital where she worked as a nurse" is a place: the role word must come before the "where".
  const where = words.indexOf('where');
  if (where > 0 && !hasRoleWord(words.slice(0, where).join(' '))) return undefined;
  // ", said Cmdr. …" is the next clause; ", executive director of" was cut short.
  if (SPEECH_VERBS.has(words[0].toLowerCase()) || isConnector(words[words.length - 1])) return undefined;
  // ", in particular for his brother …" is a circumstance, not a role.
  // …but "New York Democrat" opens with a name.
  // …nor "the new Fed chair", "the oldest living member of the choir": an adjective before the role noun.
  if (STOPWORDS.has(words[0].toLowerCase()) && !DETERMINERS.has(words[0].toLowerCase()) && !isCapitalized(words[0]) && !MEMBER_OF.test(described) && !(isNounOrAdjective(words[0]) && leadsToRoleNoun(words))) return undefined;
  // ", cinematographer Paul Lasko", ", Democratic Rep.": the next person of a list, with their title.
  // …but in "chief White House budget adviser" the capitalised words qualify the noun after them.
  // …but after "of" the titled name is whom the role is of: "daughter of Harbour Bank chairman Tomas Lindqvist".
  if (words.some((w, i) => i + 2 < words.length && !isCapitalized(w) && isRoleNoun(w) && NAME_WORD.test(words[i + 1]) && NAME_WORD.test(words[i + 2]) && namesToTheEnd(words.slice(i + 1)) && !words.slice(1, i).includes('of')) || HONORIFICS.has(bare(words[words.length - 1]).toLowerCase())) return undefined;
  // ", Harbor Trust CEO Tom Reyes", ", Deputy Mayor Ana Ruiz": a capitalised title with a person's
  // name to the end is the next person of the list too…
  // …but after "of", "for", "to" or "under" it is whom the role is of ("spokeswoman for Mayor Ana Ruiz").
  if (titledNameAtTheEnd(words)) return undefined;
  // ", had gone out for a run with her brother" is the sentence going on.
  // …but "associate professor", "acting director": a verb form before a role noun qualifies it.
  // …and a capitalised word inside an apposition is a name's ("Control Data's chief analyst").
  // …nor before a run of qualifiers in lower case that leads to one: "accomplished deep-sea
  // diver" (not "labeled the mayor's personal banker": a verb and its object).
  if (isVerbForm(words[0]) && !isCapitalized(words[0]) && !lowerTitle(words[0]) && !isNounOrAdjective(words[0]) && !(words.length > 1 && (isRoleNoun(words[1]) || qualifiersToRoleNoun(words)))) return undefined;
  // ", describing the harbor master as …", ", trying to get the mayor to …": an "-ing" word
  // that takes an object or an infinitive opens a clause, not a noun phrase (unlike "acting director").
  if (/^\p{Ll}+ing$/u.test(words[0]) && words.length > 1 && CLAUSE_OBJECTS.has(words[1].toLowerCase())) return undefined;
  // ", local activist Omar Haddad told reporters" is the next clause, with its own speaker…
  // …but "Economic Think Tank" is a name.
  if (words.slice(1).some((w) => SPEECH_VERBS.has(w.toLowerCase()) && !isNounOrAdjective(w) && !isCapitalized(w))) return undefined;
  // "… directed by Clint Hale, George is a former psychic who …": a clause with its own subject and verb.
  if (words.slice(1).some((w) => COPULAS.has(w))) return undefined;
  // "…, fellow drummer and friend passed away", "…, Mayor Ana Ruiz signed the order": a past verb
  // with an object after it, or one that tells a death, is the sentence going on past a lost comma.
  if (goesOnAsClause(words)) return undefined;
  return { role: described, type: c.type ?? 'person' };
}
// (Not "a lawyer who signed the deal": a relative clause is the role's own.)
const FINITE_OBJECT = /^(?:the|a|an|his|her|their|its|our)$/;
const goesOnAsClause = (words: readonly string[]) =>
  words.some((w, i) => i > 0 && !words.slice(0, i).some((x) => /^(?:who|that|which)$/.test(x)) && (DEATH_VERBS.test(w) || ((/^ha(?:s|d|ve)$/.test(w) || readsAsPastVerb(w)) && FINITE_OBJECT.test(words[i + 1] ?? ''))));
const DEATH_VERBS = /^(?:died|passed)$/;
const JOINED_PHRASE = /(?<!\s)\s+and\s+(?:the|a|an|his|her|their)\s/;
const CLAUSE_OBJECTS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'to', 'that', 'him', 'them', 'it', 'himself', 'herself', 'themselves']);
// "new Fed chair", "last surviving member": the words after the first run, as one noun phrase, to a role noun.
const leadsToRoleNoun = (words: readonly string[]) => {
  for (const w of words.slice(1)) {
    if (isCapitalized(w)) continue;
    if (isRoleNoun(w)) return true;
    const gerund = /^\p{Ll}+ing$/u.test(w);
    if (STOPWORDS.has(w.toLowerCase()) || (!gerund && (isVerbForm(w) || !isNounOrAdjective(w)))) return false;
  }
  return false;
};
// "accomplished | deep-sea | diver": after the first word, up to two nouns or adjectives in
// lower case, then a role noun.
const qualifiersToRoleNoun = (words: readonly string[]) => {
  const head = words.findIndex((w, i) => i > 1 && i <= 3 && isRoleNoun(w));
  return head > 1 && words.slice(1, head).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !STOPWORDS.has(w) && !isVerbForm(w) && isNounOrAdjective(w));
};
// "Ivo Brandt", "Ivo Brandt and others": capitalised words up to the end of the phrase, or up to
// "and" and what follows it.
// …or up to a clause with no role noun, which the list goes on into: "…, last year's champion Mia
// Berg watches Lund's race" (in "chief White House budget adviser" the names qualify a noun).
const namesToTheEnd = (words: readonly string[]) => {
  const end = words.findIndex((w) => !isCapitalized(w));
  return end < 0 || words[end] === 'and' || !words.slice(end).some((w) => isRoleNoun(w));
};
// The last two or three words a person's name (no body's, title's or place's word), right after a
// capitalised title, with no "of", "for", "to" or "under" before it that would make the name whose the role is.
function titledNameAtTheEnd(words: readonly string[]): boolean {
  const names = (from: number) => words.slice(from).every((w) => NAME_WORD.test(w) && !ORG_HEADS.has(w.toLowerCase()) && !TITLE_HEADS.has(w.toLowerCase()) && !isPlace(w));
  const title = [words.length - 3, words.length - 4].find((i) => i >= 0 && isCapitalized(words[i]) && TITLE_HEADS.has(bare(words[i]).toLowerCase()) && names(i + 1));
  return title !== undefined && !words.slice(0, title).some((w) => /^(?:of|for|to|under)$/.test(w));
}
const unsure = (c: RoleContext) => !c.role;
function titleBeforeTheHonorific(c: RoleContext): string | undefined {
  const [the, honorific] = [c.tokens[c.runStart - 1], c.tokens[c.runStart]];
  if (!the || the.text !== 'the' || !HONORIFICS.has(bare(honorific.text).toLowerCase())) return undefined;
  // (A comma may set the title off: "its pastor, the Rev. …".)
  const end = /^,?\s$/.test(c.text.slice(c.tokens[c.runStart - 2]?.end ?? 0, the.start)) ? c.runStart - 2 : -1;
  if (end < 0 || !isRoleNoun(c.tokens[end].text)) return undefined;
  // (Read as if a plain space stood before "the", the phrase ends on the title's noun.)
  const text = `${c.text.slice(0, c.tokens[end].end)} ${c.text.slice(c.tokens[end].end + 1)}`;
  const tokens = c.tokens.map((t, i) => (i === end + 1 ? { ...t, start: c.tokens[end].end + 1 } : t));
  const start = phraseStart(text, tokens, end + 1);
  // Set off by a comma, the title opens the sentence ("When he met the president, the Rev. …" is a clause).
  const comma = c.text[c.tokens[end].end] === ',';
  if (comma && !/^(?:(?:The|Its|His|Her|Their|Our)\s+)?$/.test(c.text.slice(0, c.tokens[start].start).trimStart())) return undefined;
  return c.text.slice(c.tokens[start].start, c.tokens[end].end);
}
// ", Harbor Trust's chief executive | said": up to the speech verb, no clause of its own on the way.
const APPOSITION_BEFORE_SPEECH = new RegExp(String.raw`^,\s+(?:(?:the|a|an)\s+)?((?:(?!(?:${phrases(APPOSITION_CLAUSE_WORDS)})\s)[^,.;:()"“”\s]+\s+){1,7}?)(?:${phrases(APPOSITION_SPEECH_VERBS)})\b`, 'u');
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’.-]*$/u;
const IN_PLACE = /^\s+in\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})(?=\s*(?:[,;:)]|\.(?=\s|$)|$))/u;
// ", 34," and a home town after it: ", 45, of Springfield,"; ", now 61,", ", then 29,".
const AGE_THEN_APPOSITION = /^,\s+(?:(?:then|now)\s+\d{1,3}|\d{1,3}|Ph\.?\s?D\.?|M\.?D\.?|Jr\.?|Sr\.?|Esq\.?|MPH|RN|DDS|DVM)(?:,\s+of\s+[^,;()]{2,40})?(?=,\s)/;
// (The article takes its whole run of spaces, so that the label after it starts on a word.)
// (Between dashes a label may go without its article: "Tom Reyes — owner of the site that ran it —".)
const ASIDE_APPOSITION = /^\s+(?:[—–]|--)\s+((?:the|a|an)\s+(?!\s)[^—–()]{3,180}?|(?=\p{Ll})[^—–()]{3,180}?)\s+(?:[—–]|--)|^\s+\(((?:the|a|an)\s+[^()]{3,180})\)/u;
// A description, then what identifies it: "The 23-year-old nurse, identified by police as |".
const IDENTIFIED_AS = /\b(?:[Tt]he|[Aa]n?)\s+((?:(?!(?:who|was|is|has|had)\s)[\p{L}\d’'-]+\s+){0,3}(?!(?:was|is|has|had)\s)[\p{Ll}-]+),?\s+(?:(?:who\s+)?(?:was|has\s+been|had\s+been|is)\s+)?(?:identified|named)(?:\s+(?:by|in)\s+[^,.;:()"“”]{1,40}?)?\s+as\s+$/u;
const DESCRIBED_AS = /^,\s+(?:(?:who\s+(?:is|was|has\s+been)|often|widely|once)\s+)?(?:described|billed|hailed|known)(?:\s+by\s+[^,.;:()"“”]{1,40}?)?\s+as(?=\s+(?:the|a|an)\s)/u;
const ASKED_OF = /\b(?:whether|if)\s+$/i;
const THEN_APPOSITION = /^,\s+then[-\s]+(?=\p{L})/u;
// "(family attorney)": a label with no article, words only ("(the son's lawyer)" is an apposition).
const ROLE_IN_PARENTHESES = /^\s+\(((?!(?:the|a|an)\s)[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5})\)/u;
const ROLE_NAMED = /\b(?:a|an|the)\s+((?:[\p{L}\d’'-]+\s+){0,3}[\p{Ll}-]+)\s+(?:named|called)\s+$/u;
const PARTY_LABEL_COMMAS = /^,\s+([RDI]-(?:\p{Lu}[\p{L}.]*)(?:\s\p{Lu}[\p{L}.]*)?)(?=\s*(?:[,;)]|$))/u;
// "the EPA’s", "ABC News’", "FOX 13’s": the apostrophe alone after a final "s", a channel's number;
// `first` is what the owner's first word may hold after its capital.
const OWNER_POSSESSIVE = (first: string) => String.raw`(?:^|[\s(“"])(?:[Tt]he\s+)?(\p{Lu}${first}*(?:\s+(?:of\s+|for\s+|the\s+)*(?:\p{Lu}[\p{L}&.-]*|\d+)){0,5})(?:['’]s|(?<=s)['’])\s+`;
const ORG_POSSESSIVE = new RegExp(`${OWNER_POSSESSIVE(String.raw`[\p{L}&.-]`)}$`, 'u');
// "Harbor Review’s Ana Ruiz", "the Harbor Review’s Ana Ruiz and Tom Reyes": an owner's possessive,
// then this name or the names of a list before it (a person's name: two or three words, each
// capitalised and lower case after it).
const PERSON_NAME = String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s\p{Lu}\p{Ll}[\p{L}'’-]*){1,2}`;
// (Its owner's first word may hold a channel's number: "WKTV9’s".)
const OWNER_OF_NAMES = new RegExp(String.raw`${OWNER_POSSESSIVE(String.raw`[\p{L}\d&.-]`)}(?:${PERSON_NAME}(?:,\s+|,?\s+(?:and|&)\s+)){0,4}$`, 'u');
const NAME_AT_START = new RegExp(String.raw`^${PERSON_NAME}(?![\p{L}'’-])`, 'u');
/**
 * The body a possessive before a person's name owns them by: an outlet, a band, a firm the lexicon
 * does not know ("Harbor Review’s Ana Ruiz"). Not a person's own ("Obama’s Ana Ruiz", "Tom
 * Reyes’s Ana Ruiz": a last name, one the story writes after a first name, or a first name opening it),
 * a place's ("Dover’s Ana Ruiz" plays for Dover), nor "That’s Ana Ruiz".
 */
function ownerBody(c: RoleContext): string | undefined {
  const m = OWNER_OF_NAMES.exec(c.text.slice(0, c.start));
  const name = NAME_AT_START.exec(c.text.slice(c.start))?.[0].split(/\s/);
  // (Not "the Collector’s Edition Blu-ray": the name opens on a given name.)
  if (!m || !name || !isGivenName(name[0])) return undefined;
  const words = m[1].split(/\s+/);
  while (words.length && STOPWORDS.has(words[0].toLowerCase())) words.shift();
  const owner = words.join(' ');
  if (!owner || isFirstName(words[0]) || isLastName(words[words.length - 1]) || c.surnames?.has(words[words.length - 1]) || words.some((w) => isPlace(w) || !!countryOf(w)) || isPlace(owner) || countryOf(owner)) return undefined;
  return owner;
}
// "directed by", "directed with quiet skill by", "a screenplay by".
const MADE_BY_BEFORE = /(?<![\p{L}-])((?:[\p{L}-]+\s+){1,4})by\s+$/u;
const CHARACTER = String.raw`((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})`;
const AS_CHARACTER = new RegExp(String.raw`^\s+as\s+${CHARACTER}(?=\s*(?:[,;:)]|\.(?=\s|$)|$))`, 'u');
const AS_DESCRIPTION = /^\s+as\s+((?:a|an)\s+[^,;:.()"“”]{3,60}?)(?=\s*(?:[,;:)]|\.(?=\s|$)|$))/u;
const PLAYS_CHARACTER = new RegExp(String.raw`^\s+(?:plays|portrays)\s+${CHARACTER}(?=\s*(?:[,;:)]|\.(?=\s|$)|$)|\s+\p{Ll})`, 'u');
// "stars Sam Archer as …", and the names after it in the same list: "…; Irene Vale as …".
const STARS_BEFORE = /\b(?:stars|starring|co-stars|co-starring)\s+(?:(?!\s)[^.!?]*[;,]\s+)?$/u;
// The words that go on a part: "a shy schoolgirl named Nora", "French TV anchor Lotte Duval".
const PART_WORDS = new Set(['named', 'called', 'from', 'of', 'in', 'at', 'with', 'on', 'for']);
/** The noun phrase that ends a text: back to a determiner, a verb or punctuation, at most 8 words. */
function partBefore(text: string): string | undefined {
  const words = text.split(/\s+/);
  let i = words.length;
  while (i > 0 && words.length - i < 8) {
    const w = words[i - 1];
    const l = w.toLowerCase();
    if (/[,;:.!?"“”()]$/.test(w) || DETERMINERS.has(l) || (STOPWORDS.has(l) && !PART_WORDS.has(l)) || (isVerbForm(w) && !PART_WORDS.has(l) && !isCapitalized(w))) break;
    // "a subplot involving Melanie": a verb taking a name as its object.
    if (/^\p{Ll}+ing$/u.test(w) && i < words.length && isCapitalized(words[i])) break;
    i--;
  }
  while (i < words.length && PART_WORDS.has(words[i].toLowerCase())) i++;
  const part = words.slice(i).join(' ');
  return part && /\p{L}/u.test(part) ? part : undefined;
}
const WHO_VERB = /^,\s+who\s+(?:(?:now|also|currently)\s+)?([\p{Ll}-]+(?:\s+and\s+runs)?)\s+/u;
/** "who heads the agency" → "head of the agency"; "who headed …" → "former head of …". */
function postRole(rest: string): string | undefined {
  const m = WHO_VERB.exec(rest);
  const post = m && POSITION_VERBS.get(m[1]);
  if (!m || !post) return undefined;
  const object = /^((?:[^,.;:()"“”]|\.(?=\S)){2,80}?)(?=\s*(?:[,;:()"“”]|\.(?=\s|$)|$)|\s(?:who|which|that|and|but|since|until|when|after|before)\b|\s(?:in|on|since)\s+\d)/u.exec(rest.slice(m[0].length))?.[1];
  if (!object || object.split(/\s+/).length > 10) return undefined;
  const prepositional = /^(?:at|in|for|on|with)\s/.test(object);
  // "who studies sleep at Leeds": a subject of work, said with its verb, makes a researcher, not
  // the student that "who studies at Leeds" is.
  const worker = SUBJECT_VERBS.get(m[1]);
  if (worker && !prepositional) return `${worker} who ${m[1]} ${object}`;
  // "who teaches at Yale": the preposition stays; "who heads the agency": the post is of it.
  return prepositional ? `${post} ${object}` : `${post} of ${object}`;
}
const PARTY_LABEL = /^\s*\(([RDI]-[\p{L}. ]{2,14})\)/u;
const WHO_IS = /^,\s+who\s+(?:is|was|has been|had been|serves as|served as|works as|worked as)(?:\s+(?:now|also|still|currently))?(?=\s)/u;
// "31-year-old": an age written as one word, which stands in a role's phrase ("his 31-year-old
// brother") or for the person ("the 67-year-old added", the attribution stage).
export const AGE_WORD = /^\d{1,3}-year-old$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'and']);
/** The role set before the name with a comma; `headOf` finds the role noun when the phrase does not end on one. */
function roleBeforeComma(c: RoleContext, headOf: (text: string, tokens: Token[], k: number) => number | undefined = ofPhraseHead): string | undefined {
  const { text, tokens } = c;
  let k = c.runStart - 1;
  if (k >= 0 && AGE_WORD.test(tokens[k].text)) k--;
  if (k < 0 || text.slice(tokens[k].end, tokens[k + 1].start) !== ', ') return undefined;
  const head = roleHead(tokens[k].text) ? k : headOf(text, tokens, k);
  if (head === undefined) return undefined;
  // "when they reach the pier, Ana kept rowing": a name that goes on into its verb is the
  // next clause's subject, not an apposition, which a comma or the sentence's end closes.
  if (!/^\s*(?:[,;:)(—–]|\.(?=\s|$)|$)/.test(c.rest)) return undefined;
  let j = phraseStart(text, tokens, head);
  // "The mother of the victim, Jane Doe": the role noun the "of" phrase hangs on.
  if (j >= 3 && /^(?:the|a|an)$/i.test(tokens[j - 1].text) && tokens[j - 2].text === 'of' && !isCapitalized(tokens[j - 3].text) && isRoleNoun(tokens[j - 3].text)) j = phraseStart(text, tokens, j - 3);
  // The phrase opens the sentence or a clause, or follows a determiner: not "… told reporters, …".
  const before = tokens[j - 1];
  // "One resident of the street, | Diane Moss", "another witness, | …": a count works as a determiner.
  // …or the phrase opens on an owner's name, a whole name's last word: "Tom Moss' girlfriend, | Ana Ruiz".
  if (j > 0 && !DETERMINERS.has(before.text.toLowerCase()) && !COUNTED.test(before.text) && !opensOnOwner(text, tokens, j, k) && !S_POSSESSIVE_NAME.test(text.slice(tokens[j].start, tokens[j + 1].start)) && !/[,;:(]\s*$/.test(text.slice(0, tokens[j].start))) return undefined;
  return text.slice(tokens[j].start, tokens[k].end).replace(/^(?:[Oo]ne|[Aa]nother)\s+/, '');
}
const COUNTED = /^(?:[Oo]ne|[Aa]nother)$/;
// "North Korea's supreme leader, |": the phrase opens on an owner's name, capitalised words up to its possessive.
const opensOnOwner = (text: string, tokens: Token[], j: number, k: number) => {
  const owner = tokens.slice(j, k + 1).findIndex((t, i) => POSSESSIVE.test(t.text) || S_POSSESSIVE_NAME.test(text.slice(t.start, tokens[j + i + 1].start)));
  return owner >= 0 && tokens.slice(j, j + owner).every((t) => isCapitalized(t.text));
};
// "Moss' ", "Careys’ ": a capitalised word on a final "s" and the apostrophe alone, an owner.
const S_POSSESSIVE_NAME = /^\p{Lu}\p{L}*s['’]\s$/u;
// (Or a name's: "one of Lund's sons", the owner opening the phrase.)
const ONE_OF = /(?:^|[\s(“"])[Oo]ne\s+of\s+(?:(?:the|his|her|their|its)\s+)?$/u;
function oneOfPlural(c: RoleContext): string | undefined {
  const { text, tokens } = c;
  const k = c.runStart - 1;
  const one = k > 0 ? singularRoleNoun(tokens[k].text) : undefined;
  if (!one || text.slice(tokens[k].end, tokens[k + 1].start) !== ', ' || !/^\s*(?:[,;:)(—–]|\.(?=\s|$)|$)/.test(c.rest)) return undefined;
  const j = phraseStart(text, tokens, k);
  return ONE_OF.test(text.slice(0, tokens[j].start)) ? `${text.slice(tokens[j].start, tokens[k].start)}${one}` : undefined;
}
// "… a murdered teenager, | Ana Ruiz", "… another woman arrested in the raid, | Ana Ruiz", "A fourth
// person who was injured there, | Tom Reyes": an article, then up to twelve words, then the comma.
const DESCRIBED_BEFORE_COMMA = /(?:^|[\s(“"])(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)\s+((?:[^\s,.;:()"“”]+\s){0,11}[^\s,.;:()"“”]+),\s$/u;
const telling = (w: string) => /^\p{Ll}+$/u.test(w) && !BEFALLEN_NAMED_BY.has(w) && readsAsPastTense(w);
const DESCRIPTION_DETERMINER = /^(?:the|a|an|another|one)$/i;
/** "murdered teenager", "woman arrested in the raid", "person who was injured there": what befell someone a "man" or "girl" names; undefined when nothing does. */
function befallenBeforeComma(c: RoleContext): string | undefined {
  if (!/^\s*(?:[,;:)(—–]|\.(?=\s|$)|$)/.test(c.rest)) return undefined;
  const at = c.tokens[c.runStart].start;
  const m = DESCRIBED_BEFORE_COMMA.exec(c.text.slice(Math.max(0, at - 160), at));
  const all = m?.[1].split(' ') ?? [];
  const h = all.findIndex((w) => BEFALLEN_NOUNS.has(w.toLowerCase()));
  if (h < 0) return undefined;
  // The phrase starts after the last article before the noun ("shot a wounded man": "wounded man").
  const d = all.slice(0, h).map((w) => DESCRIPTION_DETERMINER.test(w)).lastIndexOf(true);
  const words = all.slice(d + 1);
  const head = h - d - 1;
  const [pre, post] = [words.slice(0, head).filter((w) => !BEFALLEN_WHICH_ONE.has(w.toLowerCase())), words.slice(head + 1)];
  if (post.length > 8 || pre.some((w) => STOPWORDS.has(w.toLowerCase()) || (!isCapitalized(w) && !telling(w) && (isVerbForm(w) || !isNounOrAdjective(w))))) return undefined;
  // After the noun, a participle ("charged in …") or "who was" and one ("who was convicted of …").
  const relative = /^(?:who|that)$/.test(post[0] ?? '') && /^(?:was|is|had|has)$/.test(post[1] ?? '');
  const after = post.length > 0 && (telling(post[0]) || (relative && telling(post[post[2] === 'been' ? 3 : 2] ?? '')));
  if (post.length ? !after : !pre.some(telling)) return undefined;
  return [...pre, ...words.slice(head)].join(' ');
}
const OPENING_DESCRIPTION = /^\s*["“]?An?\s+((?:[\p{L}\d’'.-]+\s+){0,6}?[\p{L}\d’'.-]+),\s+$/u;
const HEAD_JOINT = /^(?:of|at|for|in|with|from)$/;
function openingDescription(c: RoleContext): string | undefined {
  const phrase = OPENING_DESCRIPTION.exec(c.text.slice(0, c.tokens[c.runStart].start))?.[1];
  if (!phrase) return undefined;
  // "A lawyer in Leeds", "A former Navy pilot": the head noun is the word before the first
  // joint, or the last; "A day after the vote," has none.
  const words = phrase.split(/\s+/);
  const joint = words.findIndex((w, i) => i > 0 && HEAD_JOINT.test(w));
  const head = joint > 0 ? words[joint - 1] : words[words.length - 1];
  return !isCapitalized(head) && isRoleNoun(head) ? asRole(phrase, c)?.role : undefined;
}
const roleHead = (w: string) => (!isCapitalized(w) || TITLE_HEADS.has(bare(w).toLowerCase())) && isRoleNoun(w);
// "the chair of the College of Harbour Arts board, | Tom Reyes": the role noun an "of"
// phrase of names and nouns hangs on, up to eight words back.
function ofPhraseHead(text: string, tokens: Token[], k: number): number | undefined {
  for (let m = k - 1; m >= 1 && k - m <= 8; m--) {
    const t = tokens[m];
    if (text.slice(t.end, tokens[m + 1].start) !== ' ') return undefined;
    if (t.text === 'of' && roleHead(tokens[m - 1].text) && text.slice(tokens[m - 1].end, t.start) === ' ') return m - 1;
    if (!isCapitalized(t.text) && !isConnector(t.text) && !/^(?:the|a|an)$/i.test(t.text) && (isVerbForm(t.text) || !isNounOrAdjective(t.text))) return undefined;
  }
  return undefined;
}
// A sentence that opens on a preposition or a subordinator, with no comma before the name's: the
// name is the subject after the opening clause.
const OPENING_ADVERBIAL = /^\s*["“]?(?:After|Before|During|Following|Despite|Since|Until|While|With|Without|From|At|In|On|For|To|When|If|Although|Though|Because|Once|As)\s[^,]*,\s*$/u;
// "the director of that film, | Paul Vance", "the Republican leader in the Senate, | Ana Ruiz", "an
// attorney representing the college, | Alex Morrow": the role noun that a preposition's phrase or an
// "-ing" verb's object after it qualifies, up to eight words back, past a demonstrative or an owner.
const COMPLEMENT_JOINT = /^(?:of|in|for|at|with|from|on|to)$/;
const COMPLEMENT_DETERMINER = /^(?:the|a|an|that|this|these|those|his|her|their|its)$/i;
function complementHead(text: string, tokens: Token[], k: number): number | undefined {
  for (let m = k - 1; m >= 1 && k - m <= 8; m--) {
    const t = tokens[m];
    if (text.slice(t.end, tokens[m + 1].start) !== ' ') return undefined;
    const joint = COMPLEMENT_JOINT.test(t.text);
    const verb = /^\p{Ll}{3,}ing$/u.test(t.text);
    if ((joint || verb) && roleHead(tokens[m - 1].text) && text.slice(tokens[m - 1].end, t.start) === ' ') return m - 1;
    // "leader of the party in the Senate": a joint whose noun is no role goes on to the one before.
    if (joint) continue;
    if (!isCapitalized(t.text) && !isConnector(t.text) && !COMPLEMENT_DETERMINER.test(t.text) && (isVerbForm(t.text) || !isNounOrAdjective(t.text))) return undefined;
  }
  return undefined;
}
// "her two pupils, 9-year-old Ana Ruiz and …", "…, Ana Ruiz and 8-year-old | Leo Ruiz": the
// possessive, the role words and what of the list comes before this name.
// (Or, with no comma, the title of the name: "Tom Reyes and his wife | Ana".)
const OWNED_BEFORE = /\b(his|her|their)\s+((?:[\p{Ll}\d'’-]+\s+){0,3}?)([\p{Ll}-]+),?\s+(?:(?:\d{1,3}-year-old\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+and\s+)?(?:\d{1,3}-year-old\s+)?$/u;
// The name closes the apposition, or goes on into the list: "…, Ana Ruiz and Leo Ruiz".
const CLOSES_OR_LISTS = /^\s*(?:[,;:)—–]|\.(?=\s|$)|$|(?<!\s)\s+and\s+(?:\d{1,3}-year-old\s+)?\p{Lu})/u;
const OWNER_PRONOUN = { his: 'male', her: 'female' } as const;
const JOINED_TO = /^\s+(?:and|with)\s+$/;
/** "Kowalczyk's daughter", "Tobin's mother": the role with its owner's name for the pronoun. */
function ownedRole(c: RoleContext, titled = false): string | undefined {
  const before = c.text.slice(0, titled ? c.start : c.tokens[c.runStart].start);
  const m = OWNED_BEFORE.exec(before);
  // The sentence's subject: "Noah leaves his mother, Rita, father, Daniel, and his sister,
  // Lily" — Daniel is in the list, not its owner; in "Police told Ana Ruiz her son …" the
  // owner is not told. Or the name the pronoun is joined to: "Tom Reyes and his attorney, Mia
  // Tran", "Mr Lindqvist and his wife Anna Berg".
  // …but not the subject of a sentence that reports another's clause ("A magazine alleges that
  // Reyes called his ex-girlfriend"): the pronoun is that clause's subject's.
  const subject = m && c.earlier?.find((p) => p.end <= m.index && OPENS_SENTENCE.test(c.text.slice(0, p.start)));
  const reported = !!subject && !!m && !!c.earlier?.some((p) => p.start > subject.end && p.end <= m.index && /\bthat\b/.test(c.text.slice(subject.end, p.start)));
  const owner = m && (c.earlier?.find((p) => p.end <= m.index && JOINED_TO.test(c.text.slice(p.end, m.index))) ?? (reported ? undefined : subject));
  // A name with a comma before it closes the apposition; a title's name is its noun phrase.
  if (!m || !owner || (!titled && !CLOSES_OR_LISTS.test(c.rest)) || (titled && m[0].includes(','))) return undefined;
  const [, pronoun, modifiers, head] = m;
  const agrees = pronoun === 'their' || !owner.gender || OWNER_PRONOUN[pronoun as 'his' | 'her'] === owner.gender;
  // "two children": one of them, a son or a daughter as the first name tells.
  const one = KIN_PLURALS.get(head)?.[c.gender === 'female' ? 0 : c.gender === 'male' ? 1 : 2];
  if (!agrees || (!one && !isRoleNoun(head))) return undefined;
  // "heartbroken mother", "two children": only the words that say what the person is stay.
  const kept = modifiers.split(/\s+/).filter((w) => w && (AGE_WORD.test(w) || lowerTitle(w) || (isRoleNoun(w) && !KIN.has(w))));
  return `${owner.name}’s ${[...kept, one ?? head].join(' ')}`;
}

// "Reyes was charged on Monday. His wife, | Ana Ruiz, …": a role a "his" or "her" owns right
// before a name, when no one is named before it in its sentence. Whose it is the actors stage
// reads (a person of the sentences before), so the entity stage leaves the bare role ("wife").
/** The sex of the "his" or "her" that owns `role` written right before a name ("his wife, |"); undefined when none does. */
export function pronounOwning(before: string, role: string): { gender: 'female' | 'male'; at: number } | undefined {
  // The role is compared as text, not built into a pattern: a role of any length (a run of
  // capitalised words in page noise) would overflow the regular expression engine.
  const tail = /(?:,|(?<![\s,]))\s+$/u.exec(before);
  if (!tail || tail.index < role.length) return undefined;
  const head = before.slice(0, tail.index);
  if (head.slice(-role.length).toLowerCase() !== role.toLowerCase()) return undefined;
  const m = /(?<![\p{L}'’-])(his|her)\s+$/iu.exec(head.slice(0, head.length - role.length));
  return m ? { gender: OWNER_PRONOUN[m[1].toLowerCase() as 'his' | 'her'], at: m.index } : undefined;
}

// "of Arizona", "of the Coast Guard": a place or a body, not a street ("of Millbrook Road").
const namedAffiliation = (from: string | undefined) =>
  from && /^(?:the\s+)?\p{Lu}/u.test(from) && !PLACE_HEADS.has(bare(from.split(/\s+/).pop()!).toLowerCase()) ? from : undefined;

// A phrase makes a role only when its last word is a role noun ("family attorney", "a 34-year-old nurse").
const endsInRoleNoun = (phrase: string) => isRoleNoun(phrase.split(/\s+/).pop()!);
// The description a pattern finds before the name, as its role ("a 34-year-old nurse named Jane Doe").
const descriptionBefore = (pattern: RegExp): Omit<RoleRule, 'name'> => ({
  match: (c) => unsure(c) && pattern.test(c.text.slice(0, c.start)),
  build: (c) => {
    const phrase = pattern.exec(c.text.slice(0, c.start))![1];
    return endsInRoleNoun(phrase) ? mapRole(phrase, c) : undefined;
  },
});
// The party and state a label after the name gives, with the honorific before the name in it
// ("Sen. Paul Dwyer, D-N.Y." → "Democratic Senator from New York": before a title the party is an adjective).
const partyLabel = (pattern: RegExp): Omit<RoleRule, 'name'> => ({
  match: (c) => unsure(c) && pattern.test(c.rest),
  build: (c) => {
    const written = pattern.exec(c.rest)![1];
    const label = c.honorific ? titledPartyAndState(written, c.honorific) : partyAndState(written);
    return label ? { role: label, type: 'person' } : undefined;
  },
});

// "(Ky.)", "(Maine)": a US state alone in parentheses, abbreviated or whole.
const STATE_IN_PARENTHESES = /^\s*\((\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\)/u;
const stateInParentheses = (rest: string) => {
  const written = STATE_IN_PARENTHESES.exec(rest)?.[1];
  return written ? stateOfApAbbreviation(written.replace(/\./g, '')) ?? (US_STATE_NAMES.includes(written) ? written : undefined) : undefined;
};

/** "is chairman of …", "was a nurse": the noun phrase after the copula that opens the text after the name. */
function copulaRole(c: RoleContext): { role: string; type?: Mention['type'] } | undefined {
  const m = COPULA.exec(c.rest);
  const phrase = m && `${m[1]}${BODY_AFTER_AND.exec(c.rest.slice(m[0].length))?.[0] ?? ''}`;
  // After an article the word is a noun, whatever else it may be ("is a nurse", "was the coach").
  return phrase && (ARTICLE_AFTER_COPULA.test(c.rest) || nominal(phrase)) ? asRole(phrase, c) : undefined;
}
// "Breakfast with | Ana Ruiz", "Friends of | Tom Reyes": a capitalised word and a joint before the name.
const ENDS_A_LONGER_NAME = /\p{Lu}[\p{L}'’.-]*\s(?:with|of|for|and|&)\s$/u;
// " the Bold", " the Elder": "the" and one capitalised word of description, no place, date or title, right before a comma.
const EPITHET = /^\s+the\s+(\p{Lu}\p{Ll}+)(?=,\s)/u;
const NAME_BEFORE_EPITHET = /\p{Lu}\p{Ll}+\s+the\s+$/u;
const epithetReadAsName = (c: RoleContext) => NAME_BEFORE_EPITHET.test(c.text.slice(0, c.start)) && !!epithetAfter(` the ${c.text.slice(c.start)}`);
const epithetAfter = (rest: string) => {
  const m = EPITHET.exec(rest);
  const w = m?.[1].toLowerCase() ?? '';
  return m && isNounOrAdjective(w) && !isPlace(m[1]) && !isDateWord(m[1]) && !TITLE_HEADS.has(w) && !ORG_HEADS.has(w) ? m[0] : undefined;
};
// ", 88," (", then 29,") right before "is", "was", "has been".
const AGE_BEFORE_COPULA = /^,\s+(?:(?:then|now)\s+)?\d{1,3},(?=\s+(?:is|was|has been)\s)/;

/**
 * Where a person's role is written, in order; the first rule that makes a role decides. A title
 * before the name comes first; an abbreviated honorific ("Lt.") gives way to any role said
 * after the name.
 */
export const ROLE_RULES: readonly RoleRule[] = [
  // "“We lost our dear friend Tom Reyes,” she said": a relation a speaker owns ("my", "our",
  // "your") says what the person is to the speaker, whom a reader of the role does not see; the
  // role is what the rest of the sentence says, or none (an empty role). (Not "our President",
  // an office, nor "my daughter", kin that says who the person is.)
  {
    name: 'title-the-speaker-owns',
    match: (c) => !!c.role && SPEAKER_RELATIONS.has(bare(c.role.split(/\s+/).pop()!).toLowerCase()) && SPEAKER_OWNERS.has((c.tokens[phraseStart(c.text, c.tokens, c.runStart) - 1]?.text ?? '').toLowerCase()),
    build: (c) => firstRole({ ...c, role: undefined, titleStart: undefined }, ROLE_RULES.slice(1)) ?? { role: '' },
  },
  // "Colonel Ana Ruiz, head of the Northern Brigade": a rank, like its abbreviation ("Col."),
  // gives way to the post the apposition names.
  {
    name: 'apposition-names-the-post',
    match: (c) => !!c.role && isRank(c.role) && !c.from,
    build: (c) => {
      const role = appositionRole(c);
      return role && OF_BODY.test(role.role) ? role : undefined;
    },
  },
  // "then-party chairman Lee Park": the title he held then, so a former one now.
  { name: 'then-title', match: (c) => !!c.role && THEN.test(titleBeforeName(c)), build: (c) => ({ role: titleBeforeName(c).replace(THEN, 'former ') }) },
  // "Consul General Marta Lindqvist in Porto": a post held in a place keeps the place.
  {
    name: 'posted-title-in-place',
    match: (c) => !!c.role && POSTED_TITLES.has(c.role.split(/\s+/)[0].toLowerCase()) && IN_PLACE.test(c.rest),
    build: (c) => ({ role: `${titleBeforeName(c)} in ${bareEnd(IN_PLACE.exec(c.rest)![1])}` }),
  },
  // "University of Leeds microbiologist Ann Price, one of the nation's leading experts on …":
  // the title and the apposition each say part of who the person is.
  {
    name: 'title-and-apposition',
    match: (c) => !!c.role && !isRank(c.role) && !!appositionRole(c),
    build: (c) => ({ role: `${titleBeforeName(c)}, ${appositionRole(c)!.role}` }),
  },
  // "former NSA contractor Dale Prentiss", "Democratic Congresswoman Laura Whitcomb of Oregon".
  // …but "a spokeswoman for | Rep. John Smith" is someone else's role, cut short.
  // …nor "Editor in Chief of The | Harbor", "the owner of the Boston | Gulls": the name goes on a body's name.
  // "Tom Reyes and his wife Ana", "But Ray Hollis said his attorney Mia Tran …": a title owned, through
  // "his", "her" or "their", by the person named before.
  { name: 'title-owned-by-the-one-named-before', match: (c) => !!c.role && c.type === 'person' && !!c.earlier?.length && !c.from, build: (c) => mapRole(ownedRole(c, true), c) },
  // "Dover, Del., Mayor Ana Ruiz": news copy sets the town and its state before a town's title,
  // each closed by a comma; the title is the town's.
  { name: 'title-after-its-town-and-state', match: (c) => !!c.role && !cutShort(c.role) && !!townAndStateBefore(c), build: (c) => ({ role: `${titleBeforeName(c)} of ${townAndStateBefore(c)}` }) },
  { name: 'title-before-name', match: (c) => !!c.role && !cutShort(c.role), build: (c) => ({ role: titleBeforeName(c) }) },
  // "harbor chaplain the Rev. Ana Ruiz", "its pastor, the Rev. Tom Reyes": news copy writes "the"
  // before "Rev." and a few honorifics; the title is what comes before it.
  { name: 'title-before-the-honorific', match: (c) => unsure(c) && !!titleBeforeTheHonorific(c), build: (c) => mapRole(titleBeforeTheHonorific(c), c) },
  // "Rep. Tom Reyes, a member of the Harbor Caucus": an elected office written as an abbreviated
  // honorific is a post of its own beside what the apposition says ("Representative, member of …"),
  // as a title written out keeps its apposition (title-and-apposition).
  {
    name: 'elected-honorific-and-apposition',
    // (Not "chairman of the Finance Committee": the head of a body is the post its words are credited to.)
    match: (c) => unsure(c) && !!c.honorific && electedOffice(c.honorific) && !!appositionRole(c) && !headsABody(appositionRole(c)!.role),
    build: (c) => ({ role: `${c.honorific}, ${appositionRole(c)!.role}` }),
  },
  // "Jens Stoltenberg, the secretary general of NATO, …".
  // (Not "Ivar Lund the | Bold, a Norse jarl": the epithet is no one's name, and the apposition is the named one's.)
  { name: 'apposition', match: (c) => unsure(c) && !epithetReadAsName(c), build: appositionRole },
  // "Ivar Lund the Bold, a Norse jarl who …": an epithet written after the name, then the
  // apposition that says what its bearer was.
  { name: 'apposition-after-epithet', match: (c) => unsure(c) && c.type !== 'country' && c.type !== 'organization' && !!epithetAfter(c.rest), build: (c) => appositionRole({ ...c, rest: c.rest.slice(epithetAfter(c.rest)!.length) }) },
  // "Ana Ruiz, Harbor Trust's chief executive said the …": an apposition whose closing comma the
  // page left out, closed by the speech verb of the sentence the name opens.
  {
    name: 'apposition-closed-by-speech',
    match: (c) => unsure(c) && OPENS_SENTENCE.test(c.text.slice(0, c.tokens[c.runStart].start)) && !!APPOSITION_BEFORE_SPEECH.exec(c.rest),
    build: (c) => asRole(APPOSITION_BEFORE_SPEECH.exec(c.rest)![1].trim(), c),
  },
  // "Ruth Hollis, then head of the National Water Board": the post held then.
  {
    name: 'then-apposition',
    match: (c) => unsure(c) && THEN_APPOSITION.test(c.rest),
    build: (c) => {
      const role = appositionRole({ ...c, rest: c.rest.replace(THEN_APPOSITION, ', ') });
      return role && { ...role, role: `former ${role.role}` };
    },
  },
  // "Jane Doe — a spokeswoman for the FBI — said", "Jane Doe (the CEO of Acme)": the same
  // apposition between dashes or in parentheses.
  {
    name: 'apposition-between-dashes-or-parentheses',
    match: (c) => unsure(c) && ASIDE_APPOSITION.test(c.rest),
    build: (c) => {
      const m = ASIDE_APPOSITION.exec(c.rest)!;
      return appositionRole({ ...c, rest: `, ${m[1] ?? m[2]},` });
    },
  },
  // "Tom Reyes (family attorney)": a role in parentheses, written as a label with no article.
  {
    name: 'role-in-parentheses',
    match: (c) => unsure(c) && ROLE_IN_PARENTHESES.test(c.rest),
    build: (c) => {
      const phrase = ROLE_IN_PARENTHESES.exec(c.rest)![1];
      // "Harbor Squadron (VP)": a capitalised abbreviation alone after a name that opens on no first
      // name is that name's short form, not a role ("Ana Ruiz (CEO)").
      const shortForm = /^\p{Lu}+$/u.test(phrase) && !isFirstName(/^\S+/.exec(c.text.slice(c.start))![0]);
      return endsInRoleNoun(phrase) && !shortForm ? asRole(phrase, c) : undefined;
    },
  },
  // "a 34-year-old nurse named Jane Doe".
  { name: 'role-named', ...descriptionBefore(ROLE_NAMED) },
  // "The victim, identified by police as Jane Doe", "the gunman was named as Jane Doe": the role
  // a description gave before the name it is identified by.
  { name: 'identified-as', ...descriptionBefore(IDENTIFIED_AS) },
  // "Ana Ruiz, described by the paper as a senior political reporter".
  {
    name: 'described-as',
    match: (c) => unsure(c) && DESCRIBED_AS.test(c.rest),
    build: (c) => appositionRole({ ...c, rest: c.rest.replace(DESCRIBED_AS, ', ') }),
  },
  // "Jane Doe, 34, a nurse from Ohio, …", "Jane Doe, PhD, assistant professor of …": the apposition
  // after the age or a degree.
  { name: 'apposition-after-age', match: (c) => unsure(c) && AGE_THEN_APPOSITION.test(c.rest), build: (c) => appositionRole({ ...c, rest: c.rest.replace(AGE_THEN_APPOSITION, '') }) },
  // "Ana Ruiz, a Danish man who runs …", "Ana Ruiz, 26, a Harbor County native", "Ana Ruiz, a
  // Korean American": a person the story knows only as one from a place or a people.
  { name: 'person-from-a-place', match: (c) => unsure(c) && c.type !== 'country' && c.type !== 'organization', build: personFromAPlace },
  // "Pip, a rescue dog trained to find climbers", "Tamsin, one of the stable's grey mares": a
  // story names an animal as it names a person, and says what kind it is as it would a role.
  { name: 'animal-apposition', match: mayBeAnimal, build: animalApposition },
  // "Pip the dog escaped": the kind of animal written after the name, as its epithet.
  { name: 'animal-named-with-its-kind', match: mayBeAnimal, build: animalWithItsKind },
  // "Belov is chairman of PromStroyBank"; not "… whether Varga is a serial killer", a
  // question asked of the person, nor "if Smith is the next mayor".
  // …nor "Breakfast with Tom Reyes is a cooking show": a name that ends a longer one ("with",
  // "of", "and" after a capitalised word) is not the subject of the verb.
  { name: 'copula', match: (c) => unsure(c) && !ASKED_OF.test(c.text.slice(0, c.start)) && !ENDS_A_LONGER_NAME.test(c.text.slice(0, c.tokens[c.runStart].start)), build: copulaRole },
  // "Ida Lund, 88, is a retired nurse in Dover": news copy sets the age between the name and
  // its verb; what the person is follows it as it would the name.
  {
    name: 'copula-after-age',
    match: (c) => unsure(c) && AGE_BEFORE_COPULA.test(c.rest) && !ASKED_OF.test(c.text.slice(0, c.start)),
    build: (c) => copulaRole({ ...c, rest: c.rest.replace(AGE_BEFORE_COPULA, '') }),
  },
  // "Plant, who is now the band's singer": the role a relative clause gives.
  {
    name: 'who-is',
    match: (c) => unsure(c) && WHO_IS.test(c.rest),
    build: (c) => asRole(APPOSITION.exec(`, ${c.rest.slice(WHO_IS.exec(c.rest)![0].length).trimStart()}`)?.[1], c),
  },
  // "Jane Doe, who heads the agency", "…, who founded the company in 1999": the post a verb names.
  { name: 'who-holds-post', match: (c) => unsure(c) && !c.from && WHO_VERB.test(c.rest), build: (c) => mapRole(postRole(c.rest), c) },
  // "Kowalczyk thanked her neighbor, Carl Brandt", "she drove her two pupils, Ana Ruiz
  // and Leo Ruiz": a role owned by the person named before, through "his", "her" or "their".
  { name: 'role-of-the-one-named-before', match: (c) => unsure(c) && !!c.earlier?.length && c.type !== 'country' && c.type !== 'organization', build: (c) => mapRole(ownedRole(c), c) },
  // "her neighbor, 58-year-old Carl Weston", "The helicopter pilot, Lt. Adam Ford": a role
  // set before the name with a comma.
  { name: 'role-before-comma', match: unsure, build: (c) => mapRole(roleBeforeComma(c), c) },
  // "the director of that film, Paul Vance, wrote …": the role noun with the phrase that qualifies it.
  // (Not "After a talk with the mayor in Leeds, Ana Ruiz, 34, left": an opening clause's role is another's.)
  // (Nor "at Harbor University in Dover, | Del.", "the Panel on the Coast, | Forests, and …": a
  // place or the next name of a list, which only a name read as a person's rules out.)
  { name: 'role-with-its-complement-before-comma', match: (c) => unsure(c) && c.type === 'person' && !OPENING_ADVERBIAL.test(c.text.slice(0, c.start)), build: (c) => mapRole(roleBeforeComma(c, complementHead), c) },
  // "One of the attackers, Idris Moss, was …", "lawyers for one of the defendants, Ana Ruiz": one
  // of the people a plural names, in the singular.
  { name: 'one-of-a-plural-before-comma', match: (c) => unsure(c) && c.type === 'person', build: (c) => mapRole(oneOfPlural(c), c) },
  // "A former Navy pilot, Reyes joined the airline in 1990": a description that opens the
  // sentence, set off by a comma before the name that is its subject.
  { name: 'description-opens-the-sentence', match: unsure, build: (c) => mapRole(openingDescription(c), c) },
  // "a murdered teenager, Ana Ruiz", "another woman arrested in the raid, Ana Ruiz": a person's noun
  // that says nothing alone, made a role by what was done to the person or what they did.
  { name: 'person-described-by-a-deed-before-comma', match: (c) => unsure(c) && c.type !== 'country' && c.type !== 'organization', build: (c) => mapRole(befallenBeforeComma(c), c) },
  // "Ann Lee and Tom Reyes, scientists at Leeds University": a plural apposition after a list of names.
  { name: 'plural-after-a-list', match: (c) => unsure(c) && c.type === 'person', build: pluralAfterList },
  // "drummers Ann Lee and Tom Reyes", "Pilots Ann Lee of Leeds and Tom
  // Reyes of Hull": a plural title before a list of names is each one's.
  { name: 'plural-title-before-a-list', match: (c) => unsure(c) && c.type === 'person', build: pluralTitleBeforeList },
  // "Helen Marsh, whose son Peter Lund was …".
  { name: 'whose-kin', match: (c) => unsure(c) && !c.honorific && !c.from, build: (c) => (c.type === 'country' ? undefined : mapRole(kinRole(c.rest, c.gender), c)) },
  // "Tom Brandt (R-Fla.)" → "Republican from Florida"; "Rep. Laura Whitcomb (R-Tenn.)" →
  // "Republican Representative from Tennessee".
  { name: 'party-and-state', ...partyLabel(PARTY_LABEL) },
  // "Sen. Ann Lowell, D-Vt., said …": the same label between commas.
  { name: 'party-and-state-between-commas', ...partyLabel(PARTY_LABEL_COMMAS) },
  // "Sen. John McCain of Arizona" → "Senator of Arizona".
  { name: 'honorific-of-affiliation', match: (c) => !!c.honorific && !!namedAffiliation(c.from), build: (c) => ({ role: withAffiliation(c.honorific!, namedAffiliation(c.from)!) }) },
  // "Sen. Ann Lowell (Vt.) said …", "Sens. Tom Reyes (Nev.) and Ann Lowell (Ky.)": a lawmaker's
  // state in parentheses, with no party → "Senator from Vermont".
  { name: 'lawmaker-state-in-parentheses', match: (c) => !!c.honorific && electedOffice(c.honorific) && !!stateInParentheses(c.rest), build: (c) => ({ role: withAffiliation(c.honorific!, stateInParentheses(c.rest)!), type: 'person' }) },
  // "Ian Moss, of the Harbour Trust, said …", "Marc Lindgren, from the Harlow Institute": the body a
  // person speaks for, set off by commas.
  {
    name: 'affiliation-after-comma',
    match: (c) => unsure(c) && !c.from && c.type === 'person' && AFFILIATION_AFTER_COMMA.test(c.rest),
    build: (c) => {
      const body = AFFILIATION_AFTER_COMMA.exec(c.rest)![1];
      return body.split(/\s+/).some((w) => ORG_HEADS.has(bare(w).toLowerCase())) ? { role: body } : undefined;
    },
  },
  // "Ana Ruiz with the Yes on 12 campaign, which …", "Sgt. Dan Hollis with the Milford Police
  // Department said", "Ann Lee from the Red Cross said": the body a person works with or comes from.
  {
    name: 'affiliation-with',
    match: (c) => unsure(c) && c.type === 'person' && WITH_AFFILIATION.test(c.rest),
    build: (c) => {
      const body = WITH_AFFILIATION.exec(c.rest)![1];
      return ORG_HEADS.has(bare(body.split(/\s+/).pop()!).toLowerCase()) || classifyName(body, body.split(/\s+/)) === 'organization' ? { role: body } : undefined;
    },
  },
  // "Fares will rise, writes Kate Lund at The Harbor Review", "Ian Moss at the Harbor Institute
  // argues …": the outlet or body a quoted writer is at, when a verb of saying is right before the
  // name or right after a body's name.
  {
    name: 'affiliation-at-when-quoted',
    match: (c) => unsure(c) && c.type === 'person' && !c.from && AT_AFFILIATION.test(c.rest),
    build: (c) => {
      const [whole, body] = AT_AFFILIATION.exec(c.rest)!;
      const next = /^\s*(\p{Ll}+)/u.exec(c.rest.slice(whole.length))?.[1];
      const before = /(?<!\p{Ll})(\p{Ll}+)\s+$/u.exec(c.text.slice(0, c.tokens[c.runStart].start))?.[1];
      // (Not "Tom Reyes at Heathrow said": after the body, the verb says only that a body is one.)
      const named = body.replace(/^[Tt]he\s+/, '');
      // (Nor "at Tom Reyes’s site The Harbor": the body's name ends where the clause does.)
      const said = !!next && SPEECH_VERBS.has(next);
      const quoted = (!!before && SPEECH_VERBS.has(before) && (!next || said) && !POSSESSIVE.test(named)) || (said && classifyName(named, named.split(/\s+/)) === 'organization');
      return quoted && !isPlace(named) && !countryOf(named) ? { role: bareEnd(body).replace(/^the\s+/, '') } : undefined;
    },
  },
  // "Kenji Mori of the coast guard" (not "Tom Reyes of Elm Center, N.Y.": a state after it makes it a town).
  {
    name: 'affiliation',
    match: (c) => unsure(c) && !c.honorific && !!c.from && c.type === 'person' && !stateAfter(c.rest),
    build: (c) => (/^the\s/.test(c.from!) || c.from!.split(/\s+/).some((w) => ORG_HEADS.has(w.toLowerCase())) ? { role: c.from!.replace(/^the\s+/, '') } : undefined),
  },
  { name: 'honorific', match: (c) => !!c.honorific, build: (c) => ({ role: c.honorific! }) },
  // "the EPA’s Miguel Torres": the organisation a person is written as belonging to.
  {
    name: 'organisation-possessive',
    match: (c) => unsure(c) && c.type === 'person',
    build: (c) => {
      const org = ORG_POSSESSIVE.exec(c.text.slice(0, c.start))?.[1];
      return org && (classifyName(org, org.split(/\s+/)) === 'organization' || /^\p{Lu}{2,}$/u.test(org)) && !countryOf(org) ? { role: org } : undefined;
    },
  },
  // "Harbor Review’s Ana Ruiz", "the Harbor Trust’s Tom Reyes and Ana Ruiz": the body a possessive
  // owns a person by, when the lexicon does not know it for one, and each name of a list it owns.
  { name: 'body-possessive', match: (c) => unsure(c) && c.type === 'person', build: (c) => mapRole(ownerBody(c), c) },
  // A review's cast: "a shy schoolgirl named Nora (Katie Hale)": the actor in
  // parentheses after the part.
  {
    name: 'cast-in-parentheses',
    match: (c) => !!c.screen && unsure(c) && c.type === 'person' && /\(\s*$/.test(c.text.slice(0, c.start)) && /^\s*\)/.test(c.rest),
    build: (c) => {
      // From the run's start only: tried from each of its characters, a long run of spaces was read over and over.
      const part = partBefore(c.text.slice(0, c.start).replace(/(?<![\s(,])[\s(,]+$/, ''));
      return part ? { role: `plays ${part}` } : undefined;
    },
  },
  // "The film stars Sam Archer as Owen; Irene Vale as Lotte": the part a cast list gives.
  {
    name: 'stars-as-character',
    match: (c) => !!c.screen && unsure(c) && c.type === 'person' && AS_CHARACTER.test(c.rest) && STARS_BEFORE.test(c.text.slice(0, c.start)),
    build: (c) => ({ role: `plays ${bareEnd(AS_CHARACTER.exec(c.rest)![1])}` }),
  },
  // "The film stars Sam Archer as Owen; Tom Reyes as a man who lost his dog": a part the cast
  // list gives by what the character is, not by a name.
  {
    name: 'stars-as-description',
    match: (c) => !!c.screen && unsure(c) && c.type === 'person' && AS_DESCRIPTION.test(c.rest) && STARS_BEFORE.test(c.text.slice(0, c.start)),
    build: (c) => ({ role: `plays ${AS_DESCRIPTION.exec(c.rest)![1]}` }),
  },
  // "Sam Archer plays Tom Hartley".
  { name: 'plays-character', match: (c) => !!c.screen && unsure(c) && c.type === 'person' && PLAYS_CHARACTER.test(c.rest), build: (c) => ({ role: `plays ${bareEnd(PLAYS_CHARACTER.exec(c.rest)![1])}` }) },
  // "Directed by Rhys Pruett", "a screenplay by Owen Hartley": the maker of the work.
  {
    name: 'made-by',
    // …not "by Stanford Law grad Martin Edley": there the name qualifies the next one's title.
    match: (c) => unsure(c) && c.type === 'person' && MADE_BY_BEFORE.test(c.text.slice(0, c.start)) && !/^\s+\p{Ll}[\p{L}-]*\s+\p{Lu}/u.test(c.rest),
    build: (c) => {
      // The nearest word that names a making: "directed with quiet skill by".
      const words = MADE_BY_BEFORE.exec(c.text.slice(0, c.start))![1].trim().split(/\s+/).reverse();
      const noun = words.map((w) => MADE_BY.get(w.toLowerCase())).find(Boolean);
      return noun ? { role: noun } : undefined;
    },
  },
  // "the Japanese shipping company Taiyo Kaiun K.K.": what an organisation is.
  {
    name: 'organisation-kind',
    match: (c) => unsure(c) && c.type !== 'country',
    build: (c) => {
      const kind = ORG_KIND.exec(textBefore(c.text, c, 60))?.[1];
      return kind ? { role: kind, type: 'organization' } : undefined;
    },
  },
];
// A name the story may give an animal as it gives a person: no body's, no country's, with no role read yet.
function mayBeAnimal(c: RoleContext): boolean {
  return unsure(c) && c.type !== 'country' && c.type !== 'organization';
}
// After the kind of animal, what the phrase goes on with says more of it ("dog | trained to …",
// "rhino | living in …"); any other word makes the kind a qualifier ("horse | stable").
const AFTER_ANIMAL = /^(?:of|in|at|from|with|for|on|to|named|called|\p{Ll}+(?:ing|ed))$/u;
// The apposition ends at a comma, a dash or the sentence's end, or goes on into a relative clause.
const CLOSES_ANIMAL = /^(?:\s*(?:[,;—–]|--|\.(?=\s|$)|$)|\s+(?:who|that|which)\s)/u;
// ", a …", ", the …", ", one of …": the apposition a noun phrase opens, not a clause (", fed the dog").
const OPENS_NOUN_PHRASE = /^,\s+(?:(?:the|a|an)\s|one\s+of\s)/;
// "Pip the dog | escaped", "… of Pip the cat | this week": the kind ends the epithet when no noun
// goes on with it ("Tom the dog | walker" is a dog walker).
const KIND_AFTER_NAME = /^\s+the\s+([\p{Ll}-]+)(?:(?=\s*[,;:.!?)"“”]|$)|\s+([\p{L}'’-]+))/u;
function animalWithItsKind(c: RoleContext): { role: string; type?: Mention['type'] } | undefined {
  const m = KIND_AFTER_NAME.exec(c.rest);
  const next = m?.[2];
  return m && isAnimalNoun(m[1]) && (!next || STOPWORDS.has(next.toLowerCase()) || isVerbForm(next) || readsAsPastTense(next)) ? { role: m[1], type: c.type ?? 'person' } : undefined;
}
/** "26-year-old Harbor County ", "Korean ": an age, then the place or people one is from, before
 * the noun for the person (actor-roles.ts introduced-as-one-from-a-place reads it too). */
export const PLACE_OF_ORIGIN = String.raw`(?:\d{1,3}-year-old\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}`;
// "26-year-old | Harbor County | native", "Korean | American": the place or people one is from,
// then a noun that says nothing alone (titles.json ofPlace) or a people's name as a noun.
const FROM_A_PLACE = new RegExp(String.raw`^${PLACE_OF_ORIGIN}(\p{L}+)$`, 'u');
const OPENS_INDEFINITE = /^,\s+(?:a|an)\s/;
function personFromAPlace(c: RoleContext): { role: string; type?: Mention['type'] } | undefined {
  const rest = c.rest.replace(AGE_THEN_APPOSITION, '');
  const m = OPENS_INDEFINITE.test(rest) ? APPOSITION.exec(rest) : null;
  const head = m && FROM_A_PLACE.exec(m[1])?.[1];
  if (!m || !head || !(isCapitalized(head) ? !!countryOfDemonym(head) : OF_PLACE_NOUNS.has(head))) return undefined;
  // "… who runs a website for veterans": what the person does, when the clause says it.
  const who = whoClause(rest.slice(m.index + m[0].length));
  return { role: who ? `${m[1]} ${who}` : m[1], type: 'person' };
}
/** "a rescue dog trained to find climbers", "one of the stable's grey mares": the apposition whose head is a kind of animal. */
function animalApposition(c: RoleContext): { role: string; type?: Mention['type'] } | undefined {
  const rest = c.rest.replace(AGE_THEN_APPOSITION, '');
  const m = OPENS_NOUN_PHRASE.test(rest) ? APPOSITION.exec(rest) : null;
  const phrase = m?.[1];
  const words = phrase?.split(/\s+/) ?? [];
  // (Not "…, the grey wolf (Canis lupus) numbers": the phrase goes on past a parenthesis.)
  if (!phrase || words.length > 12 || !CLOSES_ANIMAL.test(rest.slice(m!.index + m![0].length))) return undefined;
  const plural = MEMBER_OF.test(phrase);
  const head = words.findIndex((w, i) => (isAnimalNoun(w) || (plural && isAnimalNoun(w.replace(/s$/, '')))) && (i === words.length - 1 || AFTER_ANIMAL.test(words[i + 1])));
  // (No verb of its own before the kind: ", the one that bit the dog" is a clause.)
  return head >= 0 && words.slice(0, head).every((w) => !isVerbForm(w) || isNounOrAdjective(w)) ? { role: phrase, type: c.type ?? 'person' } : undefined;
}
// One person of a list that a plural describes: "Ann Lee and Tom Reyes, scientists at Leeds University":
// each is one of them.
const NAME_ITEM = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s+\d{1,3})?(?:,?\s+of\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)?`;
const LIST_SEP = String.raw`(?:,\s+|,?\s+and\s+)`;
const LIST_BEFORE = new RegExp(String.raw`${NAME_ITEM}${LIST_SEP}$`, 'u');
const REST_OF_LIST = new RegExp(String.raw`^(?:,\s+\d{1,3})?(?:${LIST_SEP}${NAME_ITEM})*`, 'u');
/** "Ann Lee and Tom Reyes, scientists at Leeds University" → "scientist at Leeds University". */
function pluralAfterList(c: RoleContext): { role: string; type?: Mention['type'] } | undefined {
  const goesOn = REST_OF_LIST.exec(c.rest)![0];
  if (!/\s(?:and|&)\s|,\s+\p{Lu}/u.test(goesOn) && !LIST_BEFORE.test(c.text.slice(0, c.tokens[c.runStart].start))) return undefined;
  const phrase = APPOSITION.exec(c.rest.slice(goesOn.length))?.[1]?.replace(/^(?:both|all|two|three)\s+/i, '');
  const words = phrase?.split(/\s+/) ?? [];
  const at = words.findIndex((w) => /s$/.test(w) && !!singularRoleNoun(w));
  if (at < 0 || (words[at + 1] && !/^(?:of|at|for|with|from|in|on)$/.test(words[at + 1]))) return undefined;
  return asRole([...words.slice(0, at), singularRoleNoun(words[at])!, ...words.slice(at + 1)].join(' '), c);
}
// A title that ends on a joint, an article or "of the" and a place: the name after it is someone
// else's, or the rest of a body's name ("the Washington | Spirit").
const OF_THE_PLACE = /\bof\s+the\s+(\p{Lu}[\p{L}.'’-]*)$/u;
const cutShort = (role: string) => {
  const last = role.split(/\s+/).pop()!;
  const place = OF_THE_PLACE.exec(role)?.[1];
  return isConnector(last) || /^(?:the|a|an)$/i.test(last) || (!!place && isPlace(place));
};
// The plural title, then the names of the list before this one.
const PLURAL_TITLE_BEFORE = new RegExp(String.raw`(?:^|[\s(,;:])([\p{L}-]+s)\s+((?:${NAME_ITEM}${LIST_SEP})*)$`, 'u');
/** "drummers Ann Lee and Tom Reyes" → "drummer"; "former Trump aides …" → "former Trump aide". */
function pluralTitleBeforeList(c: RoleContext): { role: string; type?: Mention['type'] } | undefined {
  const m = PLURAL_TITLE_BEFORE.exec(c.text.slice(0, c.start));
  const title = m ? singularRoleNoun(m[1]) : undefined;
  // A plural says there are more: names before this one, or after it; capitalised, it opens the
  // sentence. "members" says nothing the name's other roles would not say better.
  if (!m || !title || title === 'member' || (/^\p{Lu}/u.test(m[1]) && m.index > 0)) return undefined;
  if (!m[2] && !/\s(?:and|&)\s|,\s+\p{Lu}/u.test(REST_OF_LIST.exec(c.rest)![0])) return undefined;
  // The words that qualify it go with it, as with a title before one name.
  const at = c.tokens.findIndex((t) => t.start === m.index + m[0].indexOf(m[1]));
  const start = at > 0 ? phraseStart(c.text, c.tokens, at) : at;
  const qualifiers = at > start ? c.text.slice(c.tokens[start].start, c.tokens[at].start) : '';
  return { role: `${qualifiers}${/^\p{Lu}/u.test(m[1]) && !qualifiers ? title[0].toUpperCase() + title.slice(1) : title}`, type: c.type ?? 'person' };
}
const mapRole = (role: string | undefined, c: RoleContext) => (role ? { role, type: c.type ?? 'person' } : undefined);

function titleBeforeName(c: RoleContext): string {
  const role = theNamesOwnTitle(withTitleJoinedByIn(withoutOpeningVerb(withoutDateline(c.titleStart === undefined ? c.role! : extendLeft(c.text, c.tokens, c.titleStart, c.role!, c.names)), c), c));
  // "Sen. Ana Ruiz of Ky.": a state abbreviated, spelt out, so that the lawmaker sits for it.
  const of = namedAffiliation(c.from);
  return of ? withAffiliation(role, stateOfApAbbreviation(of) ?? of) : role;
}
const withAffiliation = (role: string, of: string) => `${role} ${sitsFor(role, of) ? 'from' : 'of'} ${of}`;
// "Sen. Ana Ruiz of Vermont", "House Minority Leader Tom Reyes of Ohio": a lawmaker is of the
// chamber and from the state that elects them ("Senator from Vermont"; not "Minority Leader of
// Ohio", a post Ohio has not). A governor is the state's own ("Governor of Ohio").
const sitsFor = (role: string, of: string) => US_STATE_NAMES.includes(of) && officeWords(role).some((w) => ELECTED_OFFICES.has(w) && !STATE_OWN_OFFICES.has(w));
const STATE_OWN_OFFICES = new Set(['governor', 'gov']);
const headsABody = (role: string) => {
  const words = role.toLowerCase().split(/\s+/);
  return words.some((w, i) => HEAD_TITLES.has(w) && /^(?:of|for|on|at)$/.test(words[i + 1] ?? ''));
};
// ("Sen.", "Gov.": an abbreviated honorific is the office's word.)
const officeWords = (role: string) => role.toLowerCase().replace(/\./g, '').split(/\s+/);
const electedOffice = (role: string) => officeWords(role).some((w) => ELECTED_OFFICES.has(w));
// "Harbor Post Editor in | Chief Ana Ruiz", "the Commander in | Chief": a title joined by "in" to
// its last word, which the name's run starts on.
const TITLE_JOINED_BY_IN = /(?:^|\s)((?:\p{Lu}[\p{L}&.'’-]*\s){0,3})(\p{L}+)\sin\s$/u;
function withTitleJoinedByIn(role: string, c: RoleContext): string {
  const at = c.text.lastIndexOf(role, c.start);
  const m = !role.includes(' ') && TITLE_HEADS.has(role.toLowerCase()) && at > 0 ? TITLE_JOINED_BY_IN.exec(c.text.slice(0, at)) : null;
  if (!m || !TITLE_HEADS.has(m[2].toLowerCase())) return role;
  const owner = m[1].split(/\s+/).filter(Boolean);
  while (owner.length && STOPWORDS.has(owner[0].toLowerCase())) owner.shift();
  return [...owner, m[2], 'in', role].join(' ');
}
// "son of U.S. Rep. | Tom Reyes", "spokeswoman for House Speaker | Ana Ruiz": a role of someone
// else, joined by "of", "for" or "to" to the capitalised title that is the name's own.
const SOMEONE_ELSES = /^(?:.*\s)?(\p{Ll}[\p{L}-]*)\s+(?:of|for|to)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}(\p{Lu}[\p{L}.'’-]*))$/u;
function theNamesOwnTitle(role: string): string {
  const m = SOMEONE_ELSES.exec(role);
  return m && isRoleNoun(m[1]) && TITLE_HEADS.has(bare(m[3]).toLowerCase()) ? m[2] : role;
}
const GLUED_SENTENCE = /^(?:The|A|An)\s+\p{Ll}/u;
const OTHER_KIN = /^(?:his|her|their)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)\s+(?:\p{Lu}|and\s)/u;
function appositionRole(c: RoleContext): { role: string; type?: Mention['type'] } | undefined {
  const rest = c.rest.replace(POSSESSIVE, '').replace(QUOTED_TITLE, '$1$2');
  const m = APPOSITION.exec(rest);
  // "mother, Rita, father, Daniel": a list of people with their roles, each before its name.
  if (!m || (m[1].split(/\s+/).length <= 2 && /^\s*,\s+\p{Lu}/u.test(rest.slice(m[0].length)))) return undefined;
  // "Reyes, his wife Ana, …", "Tom Reyes, his wife and two aides": the next people of a list.
  if (OTHER_KIN.test(m[1]) && KIN_WORDS.has(OTHER_KIN.exec(m[1])![1])) return undefined;
  // ", The new list names …": an article capitalised after a comma opens the next sentence, its
  // full stop lost (a caption run into the text).
  if (GLUED_SENTENCE.test(m[1])) return undefined;
  const role = asRole(m[1], c);
  // "an associate professor at Lund who co-authored the study": what the person did is part of
  // who they are in the story.
  const who = role && WHO_CLAUSE.exec(rest.slice(m[0].length));
  return who ? { ...role, role: `${role.role} ${who[1]}` } : role;
}
/**
 * The relative clause at the start of a text (" who helmed the last Harbor film,"), whole up
 * to where its clause ends, when it says what the person does or did in life: a verb of a post or
 * a work ("who sits on the committee"), or "is" with a role noun ("who is also the head coach");
 * not what befell them ("who lost his bearings") nor what they did not do.
 */
export function whoClause(after: string): string | undefined {
  const clause = relativeClause(after);
  if (!clause) return undefined;
  const { who, words, v } = clause;
  const copula = words.slice(1, v).some((w) => COPULAS.has(w)) && !CAREER_VERBS.has(words[v]);
  return CAREER_VERBS.has(words[v]) || (copula && words.slice(v).some((w) => isRoleNoun(w))) ? who : undefined;
}
/** The relative clause at the start of a text, whole, and the word its verb is at past auxiliaries and adverbs. */
function relativeClause(after: string): { who: string; words: string[]; v: number } | undefined {
  const who = WHOLE_WHO_CLAUSE.exec(after)?.[1];
  const words = who?.toLowerCase().replace(/’/g, "'").split(/\s+/) ?? [];
  // "… only a week after the Feb." stops at an abbreviation's dot, not at the sentence's end
  // ("… who became the member for Leeds last October" ends whole).
  if (!who || words.some((w) => NEGATIONS.has(w)) || STOPWORDS.has(words[words.length - 1]) || monthCut(words[words.length - 1])) return undefined;
  let v = 1;
  while (v < words.length - 1 && (AUXILIARIES.has(words[v]) || /ly$/.test(words[v]) || CLAUSE_ADVERBS.has(words[v]))) v++;
  return { who, words, v };
}
/**
 * The relative clause at the start of a text when it tells something the person did or was in
 * the story, whatever the verb ("who made the letters public", "who lives two doors away", "who
 * was part of the crew"): what a reader is told of someone no role is written for. Not a verb
 * of saying, thinking or liking (role-phrases.json notDeeds: "who likes to joke"), nor what
 * the person has ("who had 19 rebounds").
 */
export function deedClause(after: string, reading: DeedReading = {}): string | undefined {
  const speechDeeds = reading.speechDeeds ?? NONE;
  const clause = relativeClause(after);
  // "who had signed a $200 | ,000 lease": a figure cut at its comma is no whole clause.
  if (!clause || /[?"“”]/.test(clause.who) || /^[,.]\d/.test(after.slice(after.indexOf(clause.who) + clause.who.length))) return undefined;
  const { who, words, v } = clause;
  // "who might later carry the bags": what might be done is no deed.
  // (A verb of saying in `speechDeeds`, before a noun phrase with no verb of its own, tells an act: "who announced the recall".)
  const act = speechDeeds.has(words[v]) && words.slice(v + 1).length > 0 && words.slice(v + 1).every((w) => !isVerbForm(w) || isNounOrAdjective(w));
  if (words.slice(1, v + 1).some((w) => DEED_MODALS.has(w)) || NOT_DEEDS.has(words[v]) || (SPEECH_VERBS.has(words[v]) && !act)) return undefined;
  // "who was part of the crew", "who is the owner": after "is" a noun phrase or a place says
  // what the person is; an adjective ("who was happy with it") says only how they were.
  const copula = words.slice(1, v).some((w) => COPULAS.has(w));
  return isVerbForm(words[v]) || (!!reading.pastForms && readsAsPastVerb(words[v])) || (copula && COPULA_COMPLEMENTS.has(words[v])) ? who : undefined;
}
/** How widely deedClause reads: verbs of saying that tell an act, and past forms the lexicon does not list ("lauded"). */
export interface DeedReading {
  speechDeeds?: ReadonlySet<string>;
  pastForms?: boolean;
}
const NONE: ReadonlySet<string> = new Set();
// "Oct", "Sept": a month's abbreviation, which a dot follows.
const monthCut = (w: string) => isMonth(w) && w.length <= 4 && !FULL_SHORT_MONTHS.has(w);
const FULL_SHORT_MONTHS = new Set(['may', 'june', 'july']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'been', 'will']);
const CLAUSE_ADVERBS = new Set(['also', 'now', 'still', 'once', 'later', 'then', 'first', 'long', 'since', 'previously', 'formerly']);
const NEGATIONS = new Set(['not', 'never', "hasn't", "hadn't", "isn't", "wasn't", "didn't", "doesn't"]);
// "the anchor of “Leeds Evening News,” took …": the title of a work inside an apposition, read
// without its quotation marks (and the comma American style puts inside them).
const QUOTED_TITLE = /(?<=\b(?:of|for|on|in|at|from|the)\s)[“"]([^"“”]{1,60}?)([,.]?)[”"]/gu;
// A "who" clause of up to nine words, ending before one of `stops`, a sentence's end or the text's.
const whoClauseBefore = (stops: string, most = 7) => new RegExp(String.raw`^\s+(who\s+(?:[^\s,.;:()"“”]+\s+){0,${most}}?[^\s,.;:()"“”]+)(?=\s*(?:[${stops}]|\.(?=\s|$)|$))`, 'u');
const WHO_CLAUSE = whoClauseBefore(',;:()"“”');
// The same clause, whole: up to a comma, a semicolon or the sentence's end, not into a quotation;
// up to twelve words ("who ran the kitchen at the Harlow Bread and Pastry School").
const WHOLE_WHO_CLAUSE = whoClauseBefore(',;:)', 10);
const THEN = /^then[-\s]+/i;
// "head of the Northern Brigade", "director at Acme Corp": a role that names its body.
const OF_BODY = /\b(?:of|at|for)\s+(?:the\s+)?\p{Lu}/u;
// "Colonel", "defector Colonel", "retired Major": a rank, and no body or place.
const isRank = (role: string) => {
  const words = role.split(/\s+/);
  return RANKS.has(words[words.length - 1].toLowerCase()) && words.slice(0, -1).every((w) => !isCapitalized(w));
};
// ", Conn.", ", N.Y.": a state after a town, in any of its forms, with the dots of "N.Y." too.
const stateAfter = (rest: string) => STATE_AFTER_A_TOWN.test(rest) || /^,\s+\p{Lu}\.\p{Lu}\.(?![\p{L}])/u.test(rest);
const WITH_AFFILIATION = /^\s+(?:with|from)\s+the\s+((?:\p{Lu}[\p{L}'’.&-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|\d+|of|for|on|and|the))*(?:\s+\p{Ll}+)?)(?=\s*(?:[,;)]|\.(?=\s|$)|$)|\s+(?:said|says|told|tells|added)\b)/u;
const AT_AFFILIATION = /^\s+at\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|for|&)\s+)?\p{Lu}[\p{L}'’.&-]*){0,5})(?=\s*(?:[,;)]|\.(?=\s|$)|$)|\s+\p{Ll}+\b)/u;
const AFFILIATION_AFTER_COMMA = /^,\s+(?:of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'’.&-]*))*\p{L})(?=\s*(?:[,;)]|\.(?=\s|$)|$))/u;

// "Ray Lund, 68,", "Dorsey, who is now 67,", "Roe (28) told police", "58-year-old Carl Weston":
// news copy gives an age beside the name. m[1] is the age. One reader for the entity stage (a
// person's age) and the questions stage (two ages of one person, a dispute), so that both hear
// the same age. ("the 29-year-old mother of Jane Roe" tells the mother's age, not Jane Roe's.)
export const AGE_AFTER = /^(?:,\s+(?:who\s+is\s+)?(?:now\s+)?|\s+\()(\d{1,3})(?:,|\)|\s*$)/;
export const AGE_BEFORE = /\b(\d{1,3})-year-old\s+(?:(?!(?:of|and|or|with|whose|who|from|in|for|to|by)\s)[\p{Ll}-]+\s+){0,3}$/u;
// "her then eight-year-old nephew", "6-year-old son of …": a role that opens on an age, or gives one
// after "then" or a possessive, tells the person's age of its own, often at the time of the events,
// and takes no second one ("…nephew, 31" reads as a contradiction). Not "mother of a 6-year-old".
const TELLS_AN_AGE = /(?:^|(?<![\p{L}-])then\s|['’]s\s|(?<![\p{L}-])(?:his|her|their)\s)(?:\d{1,3}|\p{Ll}+(?:-\p{Ll}+)?)-year-old(?![\p{L}-])/u;
export const tellsAnAge = (role: string) => TELLS_AN_AGE.test(role);
export function ageOf(before: string, after: string): number | undefined {
  const n = Number(AGE_AFTER.exec(after)?.[1] ?? AGE_BEFORE.exec(before)?.[1]);
  return n > 0 && n < 120 ? n : undefined;
}

// "former NSA contractor | Dale Prentiss": a role written before a name takes in the noun
// phrase it stands in, up to a determiner, a verb or punctuation.
function extendLeft(text: string, tokens: Token[], at: number, role: string, names?: ReadonlySet<string>): string {
  // "“Harbor Lights” producer | Dale Prentiss": the work the role is of, quoted before it (its
  // closing mark is no owner's apostrophe: "'Night Docks' host").
  const quoted = quotedWorkBefore(text.slice(0, tokens[at].start));
  if (quoted) return quoted + role;
  const start = phraseStart(text, tokens, at, names);
  // "“Harbor Lights” reality show star": before the noun phrase too.
  const work = quotedWorkBefore(text.slice(0, tokens[start].start));
  if (start !== at || work) return (work ?? '') + text.slice(tokens[start].start, tokens[at].start) + role;
  // "could force | Speaker Tom Reyes": the title run opened on the verb.
  const [first, ...rest] = role.split(' ');
  return at > 0 && rest.length && verbAfter(tokens[at - 1].text, first) ? rest.join(' ') : role;
}
const verbAfter = (before: string, word: string) => VERB_BEFORE.test(before) && !isCapitalized(word);

// A title in quotation marks right before a role noun: “Harbor Lights”, 'Night Court'. Its words
// are capitalised (short joints aside) and it holds no sentence's punctuation, so that the end of
// a quotation ("“We will stay,” | spokesman …", "“Why?” | fan …") is not read as one.
const QUOTED_BEFORE = /(?:^|[\s(])([“"‘']([^“”"‘’'\n]{1,60})[”"’'])\s$/u;
function quotedWorkBefore(before: string): string | undefined {
  const m = QUOTED_BEFORE.exec(before);
  if (!m || /[,.;:!?]$/.test(m[2])) return undefined;
  const words = m[2].split(/\s+/);
  const titled = words.length <= 6 && /^[\p{Lu}\d]/u.test(words[0]) && words.every((w) => /^[\p{Lu}\d]/u.test(w) || (w.length <= 3 && /^\p{Ll}+$/u.test(w)));
  return titled ? `${m[1]} ` : undefined;
}

const QUALIFIES_ROLE = /^(?:\p{L}\p{Ll}{2,}ing|[Ll]ead)$/u;
// "jailed", "retired", and the nouns a tagger reads as verbs ("state", "campaign"); not an adverb ("newly").
const MODIFIER = /^\p{Ll}{3,}(?<!ly)$/u;
const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);
const opensNounPhrase = (text: string, tokens: Token[], j: number) => {
  const before = tokens[j - 1];
  // "…, including novelist Ann Hale": after a comma an "-ing" word is a preposition.
  if (!before || text.slice(before.end, tokens[j].start) !== ' ') return !/ing$/.test(tokens[j].text);
  // (…or a verb of saying, whose object the noun phrase is: "says | branding expert Ann Hale".)
  return DETERMINERS.has(before.text.toLowerCase()) || POSSESSIVE.test(before.text) || (isCapitalized(before.text) && !STOPWORDS.has(before.text.toLowerCase())) || lowerTitle(before.text) || SPEECH_VERBS.has(before.text.toLowerCase());
};
const ORG_JOINT = /^(?:and|of)$/;
// (Not "to": "engaged to | baseball pitcher Tom Reyes".)
const VERB_BEFORE = /^(?:could|would|can|will|may|might|should|must|shall|cannot|did|does|do)$/i;
// "LONDON Former Prime Minister": a place in capitals opening the text is its dateline.
const LEADING_CAPITALS = /^(\p{Lu}{3,})\s+(?=\p{Lu}\p{Ll})/u;
const withoutDateline = (role: string) => {
  const m = LEADING_CAPITALS.exec(role);
  return m && datelinePlace(m[1]) ? role.slice(m[0].length) : role;
};
// "Watching President Tom Reyes dodge …": a sentence that opens on a verb's "-ing" form, capitalised
// only as the sentence's first word.
// (Not "Outgoing Northwestern quarterback", "Building resident": the title proper, capitalised, must follow.)
const OPENING_ING = /^(\p{Lu}\p{Ll}+ing)\s+(\p{Lu}[\p{L}.]*)(?=\s|$)/u;
const withoutOpeningVerb = (role: string, c: RoleContext) => {
  const m = OPENING_ING.exec(role);
  const opening = !!m && !isNounOrAdjective(m[1].toLowerCase()) && !lowerTitle(m[1]) && TITLE_HEADS.has(bare(m[2]).toLowerCase()) && /^\s*$/.test(c.text.slice(0, c.text.indexOf(role)));
  return opening ? role.slice(m![1].length).trimStart() : role;
};
const datelinePlace = (word: string) => /^\p{Lu}{3,}$/u.test(word) && isPlace(word[0] + word.slice(1).toLowerCase());
// "Ways and | Means Committee", "Bank of | America": common words written capitalised on both
// sides of the joint are a body's name (a person's name is no common word); after "and", a body's
// head word must follow, or "Obama and | House Speaker" would be one title.
function joinsBodyName(text: string, tokens: Token[], j: number, at: number): boolean {
  const [before, after] = [tokens[j - 1], tokens[j + 1]];
  // "University of | Dover law professor": a body's head word before "of" joins, though the
  // lexicon reads it as a name's word.
  const bodyHead = tokens[j].text === 'of' && ORG_HEADS.has(bare(before.text).toLowerCase());
  if (!isCapitalized(before.text) || !isCapitalized(after.text) || !(isCommonWord(before.text) || bodyHead) || text.slice(before.end, tokens[j].start) !== ' ') return false;
  if (tokens[j].text === 'of') return true;
  const named: string[] = [];
  for (let k = j + 1; k < tokens.length && k <= at + 4 && isCapitalized(tokens[k].text); k++) named.push(bare(tokens[k].text).toLowerCase());
  return named.some((w) => ORG_HEADS.has(w));
}
// "in these areas | Professor Ana Ruiz", "both loved | Pope Francis": before a capitalised title, a
// plural or a past form in lower case (not after an article: "the embattled President"), or a verb
// after "to", is the sentence's, not the title's.
function beforeCapitalTitle(tokens: Token[], j: number, start: number): boolean {
  const [t, title, prev] = [tokens[j].text, tokens[start].text, tokens[j - 1]?.text];
  if (start !== j + 1 || !/^\p{Lu}/u.test(title) || !TITLE_HEADS.has(bare(title).toLowerCase()) || !/^\p{Ll}+$/u.test(t) || lowerTitle(t)) return false;
  // "a motion to subpoena | President Tom Reyes", "voted to impeach | Deputy Mayor Ana Ruiz": after
  // an infinitive's "to", a lower-case word that is no title word is the verb whose object the
  // titled person is (not "engaged to | baseball pitcher": that title is in lower case).
  if (prev?.toLowerCase() === 'to') return true;
  return /[^s]s$/.test(t) || (/ed$/.test(t) && !!prev && /^\p{Ll}/u.test(prev) && !DETERMINERS.has(prev));
}
const numberInName = (text: string, tokens: Token[], j: number) => {
  const before = tokens[j - 1];
  // (Before a capitalised title the number is a game's or an episode's: "Game 5 | Captain …".)
  return /^\d+\p{Ll}*$/u.test(tokens[j].text) && !!before && (/\p{Ll}$/u.test(tokens[j].text) || !isCapitalized(tokens[j + 1].text)) && isCapitalized(before.text) && !STOPWORDS.has(before.text.toLowerCase()) && !isMonth(bare(before.text)) && text.slice(before.end, tokens[j].start) === ' ';
};
// "editor", "writer": the lexicon tags some role nouns as people only, not as nouns; in "video
// editor and director", "writer and podcaster" they are the first of two nouns for one role.
const nounOrRole = (w: string) => isNounOrAdjective(w) || isRoleNoun(w);
const TIME_BEFORE_POSSESSIVE = /^(?:last|this|next)$/i;
const TIME_POSSESSIVE = /^(?:year|week|month|season|night|weekend)['’]s$/i;
/** Where the noun phrase ending just before token `at` starts ("guitar and keyboard | player"). */
function phraseStart(text: string, tokens: Token[], at: number, names?: ReadonlySet<string>): number {
  let start = at;
  for (let j = at - 1; j >= 0 && at - j <= 4; j--) {
    const t = tokens[j];
    // "Moses' attorney", "the Careys’ lawyer": after a final "s" the possessive is the apostrophe
    // alone, which the word leaves out.
    const gap = text.slice(t.end, tokens[j + 1].start);
    const sPossessive = /s$/.test(t.text) && /^['’]\s$/.test(gap);
    // "the Cup & Crumb owner": an ampersand between capitalised words only ever joins a name.
    const ampersand = gap === ' & ' && isCapitalized(t.text) && isCapitalized(tokens[j + 1].text);
    if (gap !== ' ' && !sPossessive && !ampersand) break;
    // "guitar and keyboard player", "swimmer and triathlete": two nouns for one role…
    // …not "club members and | Coach Tanner": a plural is other people.
    if (t.text === 'and' && j > 0 && !isCapitalized(tokens[j - 1].text) && !(/s$/.test(tokens[j - 1].text) && singularRoleNoun(tokens[j - 1].text)) && nounOrRole(tokens[j - 1].text) && !isVerbForm(tokens[j - 1].text) && text.slice(tokens[j - 1].end, t.start) === ' ') continue;
    // "Parks and Gardens Committee Chairman": a body's name joined by "and" or "of" goes with the
    // title; "Mayor Lund and | Deputy Mayor Ann Berg" are two people.
    if (ORG_JOINT.test(t.text) && j > 0 && start === j + 1 && joinsBodyName(text, tokens, j, at)) continue;
    // "his 31-year-old brother-in-law": an age belongs to the phrase.
    if (AGE_WORD.test(t.text)) {
      start = j;
      continue;
    }
    // "lead singer", "its marketing coordinator", "Fox News managing editor": a verb form right
    // before the role noun qualifies it when a determiner, an owner, a name or a title comes
    // before it (not "police were questioning | suspect John Moss").
    if (j === at - 1 && isRoleNoun(tokens[at].text) && QUALIFIES_ROLE.test(t.text) && opensNounPhrase(text, tokens, j)) {
      start = j;
      continue;
    }
    // "the jailed preacher", "a retired teacher": between an article or an owner and the role
    // noun, a past participle describes the person, as an adjective does (not "police arrested |
    // suspect John Moss", where no article comes before it).
    // …and so does a noun the lexicon reads as a verb: "the state attorney", "his campaign manager".
    if (j === at - 1 && j > 0 && isRoleNoun(tokens[at].text) && MODIFIER.test(t.text) && !STOPWORDS.has(t.text) && ARTICLES.has(tokens[j - 1].text.toLowerCase()) && text.slice(tokens[j - 1].end, t.start) === ' ') {
      start = j;
      continue;
    }
    // "could force | Speaker Tom Reyes": after a modal the word is a verb, whatever else it may be.
    if (j > 0 && verbAfter(tokens[j - 1].text, t.text)) break;
    // "OSLO/BERLIN | Veteran ferry captain": a dateline's place, not the role's.
    if (datelinePlace(t.text)) break;
    // "last year's winner": the time a possessive names goes with it.
    if (start === j + 1 && TIME_BEFORE_POSSESSIVE.test(t.text) && TIME_POSSESSIVE.test(tokens[start].text)) {
      start = j;
      break;
    }
    // "San Francisco 49ers quarterback", "Fox 13 reporter": a number in a team's or a channel's
    // name goes on with the capitalised word before it (not a date's: "March 8", "In 2009").
    if (numberInName(text, tokens, j)) {
      start = j;
      continue;
    }
    // "travel writer", "hedge fund manager", "civil rights activist": nouns the lexicon reads only as
    // a verb's form qualify the role noun when their run opens the noun phrase.
    // (Not before a capitalised title: "The cut marks | President …" is the sentence's verb.)
    // …and so do nouns it reads only as a kind of person ("population biologist", "human rights chief").
    if (start === j + 1 && (nounReadAsVerb(t.text) || unreadNoun(t.text)) && /^\p{Ll}/u.test(tokens[j + 1].text)) {
      const run = qualifierRunStart(text, tokens, j);
      if (run !== undefined) return withOwner(text, tokens, run);
    }
    // "The panel invited | forensic pathologist", "The group includes | civil rights leader": a word the
    // lexicon reads as a verb where it stands ends the run qualifying the role noun, whatever list knows it.
    if (start < at && verbReadAt(text, tokens, j, at)) break;
    // "Roeland Park | public information officer", "the Harbor Reign | coach": a capitalised word
    // inside the sentence, after a plain space, is a name's, whatever verb the lexicon reads in it;
    // only the sentence's first word may be a verb capitalised ("Meet | coach Ana Ruiz"), and a
    // headline's verb in a past or "-s" form ("Mayor Praised | Reporter …", "Trump Fires | FBI Director").
    // …and so is one opening the sentence before a capitalised title that the story writes as a
    // name's inside its sentences, never in lower case ("Reign | Coach Ana Ruiz" of the Dover Reign).
    const storyName = !!names?.has(t.text) && isCapitalized(tokens[j + 1].text) && TITLE_HEADS.has(bare(tokens[j + 1].text).toLowerCase());
    const nameWord = storyName || (j > 0 && isCapitalized(t.text) && text.slice(tokens[j - 1].end, t.start) === ' ' && !/[.!?:"“”]$/.test(tokens[j - 1].text) && !/s$/.test(t.text) && !readsAsPastTense(t.text.toLowerCase()));
    // "New | Yorker media writer": "New" opens a place's or an outlet's name, capitalised before a capitalised word.
    const opensName = t.text === 'New' && isCapitalized(tokens[j + 1].text);
    if ((STOPWORDS.has(t.text.toLowerCase()) && !opensName) || (isVerbForm(t.text) && !nameWord) || /[^\p{L}'’.-]/u.test(t.text)) break;
    if (!isCapitalized(t.text) && !lowerTitle(t.text) && !nounOrRole(t.text)) break;
    if (beforeCapitalTitle(tokens, j, start)) break;
    start = j;
    // "Tobin’s father": an owner closes the phrase, with the rest of its name ("North Korea's
    // leader", "Dana Kell's daughter").
    if ((POSSESSIVE.test(t.text) || sPossessive) && isCapitalized(t.text)) return ownerNameStart(text, tokens, j);
  }
  return start;
}
// "fund", "rights", "patrol": a word in lower case the lexicon reads as a verb's present or base
// form, not a past one ("arrested", "said") nor an "-ing" form, which QUALIFIES_ROLE reads.
const nounReadAsVerb = (w: string) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !/ing$/.test(w) && !STOPWORDS.has(w) && isVerbForm(w) && !readsAsPastTense(w) && !SPEECH_VERBS.has(w);
// "population", "human": a plain noun the lexicon knows only as a kind of person, no role.
const unreadNoun = (w: string) => /^\p{Ll}{3,}$/u.test(w) && isPersonNounOnly(w) && !isRoleNoun(w);
/** A word of a qualifier run before a role noun ("hedge | fund | manager"): a noun read as a verb, or a plain noun or adjective in lower case. */
const qualifyingWord = (w: string) => nounReadAsVerb(w) || unreadNoun(w) || (/^\p{Ll}+$/u.test(w) && !STOPWORDS.has(w) && !isVerbForm(w) && isNounOrAdjective(w));
// "Dover’s | acting transport minister": the owner a qualifier run opens after goes with it.
const withOwner = (text: string, tokens: Token[], run: number) => {
  const owner = tokens[run - 1];
  return owner && text.slice(owner.end, tokens[run].start) === ' ' && POSSESSIVE.test(owner.text) && isCapitalized(owner.text) ? ownerNameStart(text, tokens, run - 1) : run;
};
/**
 * Where a run of qualifying nouns ending at token `j` starts ("hedge fund | manager"), up to three
 * words, each read as a verb's form or a noun or adjective in lower case; undefined when the run
 * does not open a noun phrase (QUALIFIER_RUN_AFTER), so that its first word is a verb ("Police
 * arrest | suspect Tom Reyes", "Reyes thanks | lawyer Ana Ruiz").
 */
function qualifierRunStart(text: string, tokens: Token[], j: number): number | undefined {
  let first = j;
  while (first > 0 && j - first < 2 && text.slice(tokens[first - 1].end, tokens[first].start) === ' ' && qualifyingWord(tokens[first - 1].text) && !verbReadAt(text, tokens, first - 1, j + 1)) first--;
  // "acting | transport minister", "deputy | health minister": a title's own word in lower case opens the run.
  while (first > 0 && j - first < 3 && text.slice(tokens[first - 1].end, tokens[first].start) === ' ' && /^\p{Ll}/u.test(tokens[first - 1].text) && lowerTitle(tokens[first - 1].text)) first--;
  const before = tokens[first - 1];
  if (!before || text.slice(before.end, tokens[first].start) !== ' ') return first;
  const b = before.text.toLowerCase();
  const owner = POSSESSIVE.test(before.text) && isCapitalized(before.text);
  // (After a verb the tagger reads in the sentence, a run of two words or more is its object, "includes | civil rights
  // leader"; one word alone may be a preposition, "walks past | host …".)
  const opens = owner || (first < j && verbReadAt(text, tokens, first - 1, j + 1)) || DETERMINERS.has(b) || QUALIFIER_RUN_AFTER.has(b) || SPEECH_VERBS.has(b) || (/^\p{Ll}+$/u.test(before.text) && readsAsPastTense(before.text) && !/^(?:was|were|had|did)$/.test(b));
  return opens ? first : undefined;
}
// "invited", "includes": a word in lower case the lexicon may read as a verb's form, which the tagger
// reads as one in its own words up to the role noun ("panel invited forensic pathologist"), not as
// an adjective ("a retired school teacher") or a noun ("hedge fund manager").
function verbReadAt(text: string, tokens: Token[], k: number, at: number): boolean {
  const w = tokens[k].text;
  if (!/^\p{Ll}+$/u.test(w) || STOPWORDS.has(w) || !(isVerbForm(w) || readsAsPastVerb(w) || readsAsPresentVerb(w))) return false;
  // (After an article, an owner or an adverb it describes the person: "a retired | school teacher", "newly elected | …".)
  const before = tokens[k - 1]?.text ?? '';
  if (DETERMINERS.has(before.toLowerCase()) || POSSESSIVE.test(before) || readsAsAdverb(before.toLowerCase())) return false;
  return verbsReadIn(text.slice(tokens[Math.max(0, k - 1)].start, tokens[at].end)).some((v) => v.split(/\s+/).includes(w));
}
/** Where the name an owner's last word ends starts: "New York's", "Jerry Doyle's", not "Monday Cole's" nor "President Cole's". */
function ownerNameStart(text: string, tokens: Token[], owner: number): number {
  let start = owner;
  for (let j = owner - 1; j >= 0 && owner - j <= 3; j--) {
    const t = tokens[j];
    const word = bare(t.text).toLowerCase();
    if (text.slice(t.end, tokens[j + 1].start) !== ' ' || !isCapitalized(t.text) || TITLE_HEADS.has(word) || HONORIFICS.has(word)) break;
    // A common word ("North", "New") is the name's only when the words make a place with it.
    const name = text.slice(t.start, tokens[owner].start) + tokens[owner].text.replace(/['’]s?$/, '');
    if ((isCommonWord(t.text) || STOPWORDS.has(word)) && !isPlace(name)) break;
    start = j;
  }
  return start;
}

// "Helen Marsh, whose son Peter Lund was another leader of …" → "mother of Peter Lund,
// another leader of …"; "Sally Brandt, whose lifeguard son was injured at …" → "mother of a
// lifeguard injured at …".
const KIN_TAIL = String.raw`(\p{Ll}+)\s+(?:(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+)?(?:(was|is|had been)\s+)?([^,;.!?"“”]{3,100})`;
const KIN_CLAUSE = new RegExp(String.raw`^,\s+whose\s+((?:[\p{Ll}-]+\s+)?)${KIN_TAIL}`, 'u');
// "Frank Dorsey, whose daughter also had Danner as a teacher": the kin word comes first.
const KIN_CLAUSE_BARE = new RegExp(String.raw`^,\s+whose\s+()${KIN_TAIL}`, 'u');
function kinRole(after: string, gender: 'female' | 'male' | undefined): string | undefined {
  const m = [KIN_CLAUSE, KIN_CLAUSE_BARE].map((re) => re.exec(after)).find((x) => x && KIN.has(x[2]));
  const forms = m && KIN.get(m[2]);
  if (!m || !forms) return undefined;
  const [modifier, , name, copula, rest] = [m[1].trim(), m[2], m[3], m[4], m[5].trim()];
  const me = forms[gender === 'female' ? 0 : gender === 'male' ? 1 : 2];
  if (name) return `${me} of ${name}, ${copula ? '' : 'who '}${rest}`;
  // "whose son died in the attack" → "father of a son who died in the attack".
  return `${me} of a ${modifier || m[2]} ${copula ? '' : 'who '}${rest}`;
}

/** The name, the title run before it and the text after it, as the entity stage found them. */
export type TitledName = Omit<RoleContext, 'from' | 'rest'> & { after: string };

/** What the whole story is, where it changes how a sentence reads. */
export interface StoryKind {
  /** About a film or a show: a name in parentheses after a part is the actor who plays it. */
  screen?: boolean;
  /** The last names the story writes after a first name: a possessive on one is a person's ("Reyes’s"). */
  surnames?: ReadonlySet<string>;
  /** Capitalised words the story writes inside its sentences and never in lower case: a name's words, wherever one stands. */
  names?: ReadonlySet<string>;
}
// "Tom Reyes", "Tom J. Reyes", "Tom Alan Reyes": a first name, then the last name after at most one more word.
const FIRST_AND_LAST = /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+)(?:\s(?:\p{Lu}\.|\p{Lu}\p{Ll}+))?\s(\p{Lu}\p{Ll}[\p{L}-]*)(?![\p{L}-])/gu;
const SCREEN = new RegExp(String.raw`\b(?:${SCREEN_WORDS.join('|')})\b`, 'gi');
/** A story is about a film or a show when its words say so at least once per article and five times in all. */
export function isScreenStory(docs: readonly string[]): boolean {
  const counts = docs.map((d) => d.match(SCREEN)?.length ?? 0);
  return counts.reduce((a, b) => a + b, 0) >= 5 && counts.every((n) => n > 0);
}
// "the Dover Reign", "with Reign players": a capitalised word after a word in lower case, a digit or a comma.
const INSIDE_A_SENTENCE = /(?<=[\p{Ll}\d,] )\p{Lu}\p{Ll}+(?![\p{L}'’-])/gu;
const LOWER_WORD = /(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])/gu;
/** The capitalised words the story writes inside a sentence and never in lower case. */
function namesInside(docs: readonly string[]): Set<string> {
  const lower = new Set(docs.flatMap((d) => d.match(LOWER_WORD) ?? []));
  return new Set(docs.flatMap((d) => d.match(INSIDE_A_SENTENCE) ?? []).filter((w) => !lower.has(w.toLowerCase())));
}
// "Dover, Del., | Mayor": capitalised words, then a state after a comma, a comma closing it.
const TOWN_AND_STATE = /(?:^|[\s(“"])(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})(,\s[\p{L}.\s]{2,16}?),\s$/u;
/** The town and state written before the title run, each closed by a comma ("Dover, Del."). */
function townAndStateBefore(c: RoleContext): string | undefined {
  const start = c.titleStart ?? c.runStart;
  const m = TOWN_AND_STATE.exec(c.text.slice(0, c.tokens[start].start));
  if (!m || !STATE_AFTER_A_TOWN.test(m[2])) return undefined;
  // (Not "In Dover, Del.,": a word that opens the sentence's clause is no town's.)
  const town = m[1].split(/\s/).filter((w, i) => i > 0 || !STOPWORDS.has(w.toLowerCase())).join(' ');
  return town && !TITLE_HEADS.has(town.toLowerCase()) ? `${town}${m[2]}` : undefined;
}
/** What the entity stage reads of the whole cluster before its names. */
export function storyKind(docs: readonly string[]): StoryKind {
  const surnames = new Set(docs.flatMap((d) => [...d.matchAll(FIRST_AND_LAST)].filter((m) => isFirstName(m[1])).map((m) => m[2])));
  return { screen: isScreenStory(docs), surnames, names: namesInside(docs) };
}

/** A second role one mention gives beside the one ROLE_RULES chose, for the actors stage to weigh. */
export interface SecondRole {
  name: string;
  match: (c: TitledName, chosen: string) => boolean;
  build: (c: TitledName) => string;
}
// "Vermont Gov.": an honorific after the place it is held for ("Vermont Governor"), not a bare rank.
const placedHonorific = (honorific: string | undefined) => {
  const words = honorific?.split(/\s+/) ?? [];
  return words.length > 1 && (isPlace(words[0]) || US_STATE_NAMES.includes(words[0]) || !!countryOf(words[0]));
};
export const SECOND_ROLES: readonly SecondRole[] = [
  // "Harbor Gov. Ana Ruiz is a likely contender for president", "Harbor Rep. Tom Reyes, chairman
  // of the Harbor Caucus, …": an office with the place it is held for is a post of its own, which
  // the description after the name leaves out; the mention gives both, and the actor's other
  // mentions decide which is shown ("Governor" elsewhere supports "Harbor Governor").
  {
    name: 'placed-honorific-beside-a-description',
    match: (c, chosen) => placedHonorific(c.honorific) && !chosen.split(/\s+/).includes(c.honorific!.split(/\s+/).pop()!),
    build: (c) => c.honorific!,
  },
];

/** The role the first rule of ROLE_RULES reads around a name, with the type it implies and a second role the mention gives; undefined when none does. */
export function readRole(name: TitledName): { role: string; type?: Mention['type']; also?: string } | undefined {
  const read = readFirstRole(name);
  if (!read) return undefined;
  const second = SECOND_ROLES.find((r) => r.match(name, read.role));
  return second ? { ...read, also: second.build(name) } : read;
}
function readFirstRole(name: TitledName): { role: string; type?: Mention['type'] } | undefined {
  const { after: written, ...rest } = name;
  // "Tom Reyes , the county coroner": some pages set a space before the comma, or marks of
  // no width inside the words ("an\u200e assistant professor").
  const after = written.replace(/^\s+,(?=\s)/, ',').replace(/[\u200b-\u200f\u2060]/g, '');
  const from = OF_AFFILIATION.exec(after);
  const c: RoleContext = { ...rest, from: from ? bareEnd(from[1]) : undefined, rest: from ? after.slice(from[0].length) : after };
  return firstRole(c, ROLE_RULES);
}
/** The role the first of the rules that reads one makes; undefined when none does, or when a rule decides there is none (an empty role). */
function firstRole(c: RoleContext, rules: readonly RoleRule[]): { role: string; type?: Mention['type'] } | undefined {
  for (const r of rules) {
    const built = r.match(c) && r.build(c);
    if (built) return built.role ? built : undefined;
  }
  return undefined;
}

// "who", "which": a clause, where a label ends.
const CLAUSE_WORD = /^(?:who|whom|whose|which|that|where|when)$/i;
const labelWords = (role: string) => role.toLowerCase().replace(/['’]s\b/g, '').split(/[\s,]+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter(Boolean);
/**
 * Whether `role` is `shown` said with the body, team or place it is held in: "Harbor County Judge",
 * "captain of Harbor Air flight 9", "mountaineer from Norway" for "Judge", "Captain",
 * "mountaineer"; every word of `shown` in it, a capitalised word that is no title's or a body
 * after "of", "for", "at" or "from" added, and still a label (no clause, at most eight words).
 */
export function namesTheBodyOf(role: string, shown: string): boolean {
  const [long, short] = [labelWords(role), new Set(labelWords(shown))];
  if (!short.size || long.length <= short.size || long.length > 8 || long.some((w) => CLAUSE_WORD.test(w)) || ![...short].every((w) => long.includes(w))) return false;
  const added = role.split(/[\s,]+/).filter((w) => !short.has(labelWords(w)[0] ?? ''));
  return added.some((w, i) => (isCapitalized(w) && !TITLE_HEADS.has(bare(w).toLowerCase()) && !HONORIFICS.has(bare(w).toLowerCase())) || (/^(?:of|for|at|from)$/.test(w) && isCapitalized(added[i + 1] ?? '')));
}
