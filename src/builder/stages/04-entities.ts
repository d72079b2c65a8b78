// Finds the names of people, organisations, countries and groups in each sentence, with the
// title or role written beside them ("Kremlin spokesman Dmitry Peskov", "Hina Shamsi, the
// director of …").
import type { Context, Mention } from '../types.js';
import { STOPWORDS, isCapitalized as capitalized, tokenize, type Token } from '../text/tokens.js';
import {
  GOVERNMENT_NOUNS, GROUP_NOUNS, RANKS, ORG_ADJECTIVES, UNNAMED_PERSONS, HONORIFIC_ROLES, HONORIFICS, MEDIA, MEDIA_HEADS, NOT_NAMES, ORG_HEADS, PLACE_HEADS, PLACE_PREFIXES, TITLE_HEADS, TITLE_MODIFIERS, classifyName, countryOf, countryOfDemonym,
  KIN, genderOf, isCommonWord, isDateWord, isFirstName, isLastName, isNameParticle, isNounOrAdjective, isPlace, isRoleNoun, partyAndState, isMonth, isTitleWord, knownOrg, isVerbForm, SPEECH_VERBS,
} from '../lexicon.js';

const isCapitalized = (w: string) => capitalized(w) || isNameParticle(w);
// "R-Ariz." after a senator's name is a party and state, not a name.
const PARTY_STATE = /^[RDI]-\p{Lu}/u;
const ROMAN = /^[IVX]+$/;
const CONTRACTION = /^\p{L}+['’](?:m|re|ve|ll|d)$/u;

export interface Found {
  /** Offsets relative to the text searched. */
  start: number;
  end: number;
  name: string;
  type?: Mention['type'];
  role?: string;
  /** The name as written, when `name` is its canonical form ("Moscow" for Russia). */
  surface?: string;
  /** An age written beside a person's name. */
  age?: number;
}

const CONNECTORS = new Set(['of', 'for', 'de', 'al', 'bin', 'ibn', 'van', 'von', 'der', 'da', 'di', 'du', 'la', 'le']);
const POSSESSIVE = /['’]s?$/u;
// "… of Arizona", "… of the coast guard": up to a comma, a clause or a verb.
const OF_AFFILIATION = /^\s+of\s+((?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*|[a-z]+)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|coast|guard|police|department|office|army|navy|board|council|committee|agency|university|company|group))*)(?=\s*(?:[,;:.)]|$)|\s+(?:said|says|told|tells|who|which|and|has|had|was|is|added)\b)/u;
// "the Japanese shipping company | Nippon Yusen K.K.", "the state news agency | SANA".
const ORG_KIND = /(?<![\p{L}-])((?:(?!(?:the|a|an|by|of|for|with|from|at|to|in|on|and|its|their|his|her)\s)[\p{L}-]+\s+){0,3}(?:company|firm|group|agency|carrier|airline|manufacturer|maker|operator|bank|broadcaster|network|charity|organi[sz]ation|association|union|utility|insurer|retailer|developer|publisher|watchdog|regulator|party))\s+$/u;
// "Gorkov is chairman of VneshEconomBank."
const COPULA = /^\s+(?:is|was|has been)\s+(?!\p{L}+(?:ed|en)\b)(?:(?:the|a|an)\s+)?((?:[^,.;:()"“”]|\.(?=\S)){3,120}?)(?=\s*(?:[,;:()"“”]|\.(?=\s|$)|\s(?:who|which|that|and|but)\b|$))/u;
const APPOSITION = /^,\s+(?!and\b|or\b|but\b|who\b|whose\b|which\b|where\b|when\b|while\b|including\b|as\b)(?:(?:the|a|an)\s+)?((?:[^,.;:()"“”]|\.(?=\S)|(?<=(?:^|[\s.])\p{Lu})\.){3,180}?)(?=\s*(?:[,;:()"“”]|\.(?=\s|$)(?<!(?:^|[\s.])\p{Lu}\.)|$)|\s(?:who|whose|which|that)\b)/u;

const lowerTitle = (w: string) => {
  const l = w.toLowerCase();
  return (TITLE_HEADS.has(l) || TITLE_MODIFIERS.has(l) || (l === w && isRoleNoun(w))) && !STOPWORDS.has(l);
};
// The word a title or role is built on: "spokesman", "guitarist". A capitalised word is one only
// when it is a title ("President") or opens the sentence ("Guitarist Jimmy Page"): in a name,
// "Cook" or "Singer" is a surname.
const isRoleHead = (t: Token, opening = false) => {
  const w = bare(t.text);
  return TITLE_HEADS.has(w.toLowerCase()) || ((opening || !isCapitalized(w)) && isRoleNoun(w));
};
const joinable = (t: Token, first: boolean, prev?: Token) => {
  const l = t.text.toLowerCase();
  if (CONNECTORS.has(l) || l === 'and' || l === '&') return !first;
  // "International Committee of the Red Cross": a name may go on through "of the".
  if (l === 'the' && prev?.text === 'of') return true;
  // Capitalised function words break title-case headlines apart: "Side With US Or Iran".
  // …but after a first name such a word is a surname: "Theresa May".
  if (STOPWORDS.has(l) && !isAcronym(t.text)) return isCapitalized(t.text) && (first || (!!prev && isFirstName(prev.text)));
  return isCapitalized(t.text) || lowerTitle(t.text);
};

/** Runs of capitalised words (with connectors and lower-case title words) that may name someone. */
function runs(text: string, tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    // A run must end on a capitalised word and hold one.
    while (run.length && !isCapitalized(run[run.length - 1].text)) run.pop();
    while (run.length && !isCapitalized(run[0].text) && !lowerTitle(run[0].text)) run.shift();
    if (run.some((t) => isCapitalized(t.text))) out.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const adjacent = run.length > 0 && text.slice(run[run.length - 1].end, t.start) === ' ';
    if (run.length && !adjacent) flush();
    // A word that cannot continue the run may still open the next one: "The | New York Times".
    if (run.length && !joinable(t, false, run[run.length - 1]) && joinable(t, true)) flush();
    if (joinable(t, run.length === 0, run[run.length - 1])) {
      run.push(t);
      // A possessive closes the name: "Assad's chief accomplice".
      // …unless an organisation's name goes on: "Administration for Children's Services".
      const next = tokens[i + 1];
      const orgGoesOn = next && text.slice(t.end, next.start) === ' ' && isCapitalized(next.text) && ORG_HEADS.has(bare(next.text).toLowerCase()) && run.some((x) => CONNECTORS.has(x.text));
      if (POSSESSIVE.test(t.text) && isCapitalized(t.text) && !orgGoesOn) flush();
    } else flush();
  }
  flush();
  return out.flatMap(splitAtAnd).flatMap(splitAfterGroup).flatMap(splitBeforeCountry);
}

// "Lavrov told Tillerson Moscow was hoping…": a country or capital after a name starts another
// name, unless it belongs to an organisation ("Bank of England").
function splitBeforeCountry(run: Token[]): Token[][] {
  if (run.some((t) => ORG_HEADS.has(bare(t.text).toLowerCase())) || countryOf(run.map((t) => t.text).join(' '))) return [run];
  const at = run.findIndex((t, i) => i > 0 && countryOf(bare(t.text)) && !CONNECTORS.has(run[i - 1].text.toLowerCase()) && !countryOf(bare(run[i - 1].text)) && !isTitleWord(run[i - 1].text));
  return at < 0 ? [run] : [run.slice(0, at), ...splitBeforeCountry(run.slice(at))];
}

// "Arizona Republicans McCain and Jeff Flake": a group noun is a description of the name after it.
function splitAfterGroup(run: Token[]): Token[][] {
  const at = run.findIndex((t, i) => i < run.length - 1 && GROUP_NOUNS.has(t.text.toLowerCase()));
  return at < 0 ? [run] : [run.slice(at + 1)];
}

// "Customs and Border Protection" is one organisation; "Britain and France" are two names.
function splitAtAnd(run: Token[]): Token[][] {
  const at = run.findIndex((t) => t.text === 'and' || t.text === '&');
  if (at < 0) return [run];
  if (ORG_HEADS.has(run[run.length - 1].text.toLowerCase()) && !ORG_HEADS.has(run[at - 1].text.toLowerCase())) return [run];
  // "Department of Health and Mental Hygiene": what an organisation is "of" may be two things.
  const of = run.findIndex((t) => t.text === 'of' || t.text === 'for');
  if (of > 0 && of < at && ORG_HEADS.has(run[of - 1].text.toLowerCase()) && !run.slice(at + 1).some((t) => ORG_HEADS.has(t.text.toLowerCase()) || isFirstName(t.text))) return [run];
  return [run.slice(0, at), ...splitAtAnd(run.slice(at + 1))].filter((r) => r.length);
}

// The last person title in a run that still has a name after it.
function lastTitleHead(run: Token[], opener: Token): number {
  for (let i = run.length - 2; i >= 0; i--) {
    if (!isRoleHead(run[i], run[i] === opener)) continue;
    // The name after it runs to the end or to an "of": "Congresswoman | Kyrsten Sinema | of Arizona".
    let end = run.findIndex((t, j) => j > i && CONNECTORS.has(t.text));
    if (end < 0) end = run.length;
    if (end > i + 1 && run.slice(i + 1, end).every((t) => isCapitalized(t.text) && !isTitleWord(t.text))) return i;
  }
  return -1;
}

const isAcronym = (w: string) => /^(?:\p{Lu}\.?){2,}$/u.test(w);
// Possessives and sentence dots go; the dots of "U.S." stay.
const bare = (w: string) => {
  const t = w.replace(POSSESSIVE, '');
  return /(?:^|\.)\p{L}\.$/u.test(t) ? t : t.replace(/\.$/, '');
};
// "… of the Coast Guard." loses the sentence's dot; "… of the U.S." keeps its own.
const bareEnd = (phrase: string) => phrase.replace(/(?<!(?:^|[\s.])\p{L})\.$/u, '');
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
  /** Written with a possessive: "Hackett's". */
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
const single = (c: Candidate) => c.words.length === 1;
const lastHead = (c: Candidate) => c.words[c.words.length - (ROMAN.test(c.lastWord) && c.words.length > 1 ? 2 : 1)].toLowerCase();
const nextLowerWord = (c: Candidate) => /^\s+(\p{Ll}+)/u.exec(c.after)?.[1];

/**
 * What a capitalised name is not, in order; the first rule that matches decides. A name no rule
 * matches is an actor, and its role is read next.
 */
export const NAME_RULES: readonly NameRule[] = [
  // "Tuesday", "Christmas Eve", "The", "Ministry": a date or holiday, or a lone function word or organisation head word.
  { name: 'lone-date-or-function-word', match: (c) => isDateWord(c.name) || (single(c) && (STOPWORDS.has(c.name.toLowerCase()) || (ORG_HEADS.has(c.name.toLowerCase()) && !knownOrg(c.name)))), build: reject },
  // "in March", "March 2015": a month where the text uses it as a date ("May said" may be Theresa May).
  {
    name: 'month',
    match: (c) => single(c) && isMonth(c.name) && (/^\s+\d/.test(c.after) || /\b(?:in|on|since|until|by|from|through|during|last|next|early|late|mid|this|of)\s+$/i.test(c.before)),
    build: reject,
  },
  // "CO2", "F-16", "COVID-19": a code or a formula, not a name.
  { name: 'code-or-formula', match: (c) => single(c) && /\d/.test(c.name) && !knownOrg(c.name), build: reject },
  // A lone initial, numeral or suffix left over from a name ("V", "II", "Jr") names nobody.
  { name: 'lone-initial-or-suffix', match: (c) => single(c) && (/^\p{Lu}\.?$/u.test(c.name) || ROMAN.test(c.name) || /^(?:Jr|Sr)\.?$/.test(c.name)), build: reject },
  // "I’m", "We’ll": a pronoun with its verb.
  { name: 'contraction', match: (c) => CONTRACTION.test(c.name), build: reject },
  // "R-Ariz." after a senator's name is a party and state.
  { name: 'party-and-state', match: (c) => PARTY_STATE.test(c.name), build: reject },
  // Places, streets and events: "Martin Luther King Boulevard", "World War II".
  { name: 'place-or-event', match: (c) => PLACE_HEADS.has(lastHead(c)), build: reject },
  { name: 'not-a-name', match: (c) => NOT_NAMES.has(c.name), build: reject },
  // "Fort Calhoun", "Mount Everest".
  { name: 'place-prefix', match: (c) => !single(c) && PLACE_PREFIXES.has(c.words[0]) && !ORG_HEADS.has(c.lastWord.toLowerCase()), build: reject },
  // "Yokosuka Japan", "Sun Lakes, Ariz": a place qualified by its country.
  // …but "Bank of Japan" and "Cecile De France" are not.
  { name: 'place-with-country', match: (c) => !single(c) && !!countryOf(c.lastWord) && !countryOf(c.name) && !CONNECTORS.has(c.words[c.words.length - 2].toLowerCase()), build: reject },
  // "Reuters", "BBC News", "the Kokomo Tribune": outlets report the story.
  { name: 'news-outlet', match: (c) => MEDIA.has(c.name.toLowerCase()) || (!single(c) && MEDIA_HEADS.has(c.lastWord.toLowerCase())), build: reject },
  // "House Democrats", "Arizona Republicans": a group, named by its noun like "Syrian rebels", the
  // words before it a qualifier.
  {
    name: 'qualified-group',
    match: (c) => !single(c) && GROUP_NOUNS.has(c.lastWord.toLowerCase()) && !CONNECTORS.has(c.words[c.words.length - 2].toLowerCase()),
    build: (c) => ({ name: c.lastWord, type: 'group', surface: c.name }),
  },
  // Descriptions, not names: "California Democrat", "South Korean".
  { name: 'description', match: (c) => !single(c) && (TITLE_HEADS.has(c.lastWord.toLowerCase()) || (!!countryOfDemonym(c.lastWord) && !countryOf(c.lastWord))), build: reject },
  // "the Russian Ministry of Foreign Affairs" speaks for Russia; "the U.S. Army Corps of
  // Engineers", whose head word is no government's, is an organisation of its own.
  {
    name: 'government-speaks-for-country',
    match: (c) => c.classified === 'organization' && !!c.state && GOVERNMENT_NOUNS.has(c.headNoun),
    build: (c) => ({ name: c.state!, type: 'country', surface: c.name }),
  },
  // A name before a role written in lower case qualifies the role: "a former House Transportation chairman".
  { name: 'qualifies-a-role', match: (c) => !c.classified && !c.role && !c.possessive && !!nextLowerWord(c) && (TITLE_HEADS.has(nextLowerWord(c)!) || TITLE_HEADS.has(nextLowerWord(c)!.replace(/s$/, ''))), build: reject },
  // "United Flight 93", "Route 66", "NewsChannel 15": a name followed by its number is a flight,
  // a road, a product or a channel, unless a first name opens it.
  { name: 'numbered-thing', match: (c) => !c.role && /^\s+\d/.test(c.after) && (isCommonWord(c.lastWord) || !isFirstName(c.words[0])) && c.classified !== 'organization', build: reject },
  { name: 'demonym', match: (c) => !c.classified && single(c) && !!countryOfDemonym(c.name), build: reject },
  // A place ("Sun Lakes"), unless a first name or a title says a person bears it ("Marsha Blackburn").
  {
    name: 'place',
    match: (c) => !c.classified && (isPlace(c.lastWord) || isPlace(c.name)) && !countryOf(c.name) && !c.role && !(!single(c) && isFirstName(c.words[0])),
    build: reject,
  },
  // Several capitalised words that say nothing of a person or an organisation: a headline's words.
  { name: 'unknown-phrase', match: (c) => !c.type && !single(c), build: reject },
  // "U.S. Customs": a person's name does not open with a country.
  { name: 'opens-with-country', match: (c) => c.type === 'person' && !c.role && !single(c) && !!countryOf(c.words[0]), build: reject },
  { name: 'common-word', match: (c) => c.type === 'person' && single(c) && isCommonWord(c.name) && !c.role, build: reject },
  // "German Nazis", "Polish Jews": a demonym opens a description, not a person's name.
  { name: 'opens-with-demonym', match: (c) => c.type === 'person' && !c.role && !single(c) && !!countryOfDemonym(c.words[0]) && !countryOf(c.words[0]), build: reject },
];

/** Names found in a sentence; `trace`, when given, collects the names a rule turned away or rewrote. */
export function findMentions(text: string, trace?: { name: string; rule: string }[]): Found[] {
  const tokens = tokenize(text);
  const found: Found[] = [];
  for (let run of runs(text, tokens)) {
    // Sentence-initial capitals of ordinary words are not names: "Will Russia …", "Read: …".
    while (
      run.length && run[0] === tokens[0] && (isFunctionWord(run[0].text) || (isCommonWord(run[0].text) && !isFirstName(run[0].text))) && !isTitleWord(run[0].text) && !(run.length > 1 && isRoleNoun(run[0].text)) &&
      !(run.length > 1 && isPlace(`${run[0].text} ${run[1].text}`)) // "New York Times"
    )
      run = run.slice(1);
    // …nor are compound modifiers: "Britain-based", "U.S.-led".
    while (
      run.length &&
      ((!isCapitalized(run[0].text) && !lowerTitle(run[0].text)) || (STOPWORDS.has(run[0].text.toLowerCase()) && !isAcronym(run[0].text)) || /-\p{Ll}+$/u.test(run[0].text)) &&
      !(run.length > 1 && isPlace(`${run[0].text} ${run[1].text}`))
    )
      run = run.slice(1);
    if (!run.length) continue;

    // Split a leading title from the name: "US Secretary of State | Rex Tillerson".
    let p = 0;
    // A place's name right after a title's head word is the first name: "Colonel | Riyadh Asaad".
    const firstNameAfterHead = (i: number) => i > 0 && i < run.length - 1 && !!countryOf(bare(run[i].text)) && isRoleHead(run[i - 1], run[i - 1] === tokens[0]) && !isTitleWord(run[i + 1].text);
    while (p < run.length && (isTitleWord(run[p].text) || lowerTitle(run[p].text) || CONNECTORS.has(run[p].text.toLowerCase()) || (run[p].text === 'the' && p > 0)) && !firstNameAfterHead(p)) p++;
    // …or an organisation's title: "NRC spokesman | Victor Dricks", "ICRC President | Jakob Kellenberger".
    const head = lastTitleHead(run, tokens[0]);
    if (head >= p && head < run.length - 1) p = head + 1;
    const titleWords = run.slice(0, p);
    const hasHead = titleWords.some((t) => isRoleHead(t, t === tokens[0]) || HONORIFICS.has(bare(t.text).toLowerCase()));
    let nameTokens = run;
    let role: string | undefined;
    let honorificOnly = false;
    // "the director of | the FBI": what follows a title's "of" is the organisation, not a person.
    const ofOrg = hasHead && p < run.length && (CONNECTORS.has(run[p - 1].text.toLowerCase()) || run[p - 1].text === 'the');
    if (hasHead) {
      if (p === run.length) continue; // a title with no name: "the Russian Foreign Minister"
      nameTokens = run.slice(p);
      let roleWords = titleWords.filter((t) => !HONORIFICS.has(bare(t.text).toLowerCase()));
      // "the communications of | German Chancellor": the role is the titled part after "of".
      const lastOf = roleWords.map((t) => t.text).lastIndexOf('of');
      // …but "University of Pittsburgh microbiologist" is one title: its "of" is an organisation's.
      if (lastOf > 0 && roleWords.slice(lastOf + 1).some((t) => isRoleHead(t, t === tokens[0])) && !ORG_HEADS.has(bare(roleWords[lastOf - 1].text).toLowerCase())) roleWords = roleWords.slice(lastOf + 1);
      while (roleWords.length > 1 && /^(?:the|a|an)$/i.test(roleWords[0].text)) roleWords = roleWords.slice(1);
      if (!ofOrg && roleWords.some((t) => isRoleHead(t, t === tokens[0])))
        role = text.slice(roleWords[0].start, roleWords[roleWords.length - 1].end);
      // "Arizona Gov. Jan Brewer": an abbreviated honorific that is a role is spelt out.
      const honorific = titleWords.findIndex((t) => HONORIFIC_ROLES.has(bare(t.text).toLowerCase()));
      if (!role && !ofOrg && honorific >= 0) {
        const before = titleWords.slice(0, honorific).filter((t) => !HONORIFICS.has(bare(t.text).toLowerCase()));
        role = [...before.map((t) => t.text), HONORIFIC_ROLES.get(bare(titleWords[honorific].text).toLowerCase())].join(' ');
        honorificOnly = true;
      }
    }
    // "head of the | Syrian Observatory for Human Rights": the country word belongs to the organisation.
    if (hasHead && nameTokens.some((t) => ORG_HEADS.has(bare(t.text).toLowerCase()))) {
      let q = p;
      while (q > 0 && (countryOf(run[q - 1].text) || countryOfDemonym(run[q - 1].text)) && !isRoleHead(run[q - 1])) q--;
      if (q < p && q > 0 && (CONNECTORS.has(run[q - 1].text.toLowerCase()) || run[q - 1].text === 'the')) {
        nameTokens = run.slice(q);
        role = undefined;
      }
    }
    while (nameTokens.length && (!isCapitalized(nameTokens[0].text) || /-\p{Ll}+$/u.test(nameTokens[0].text))) nameTokens = nameTokens.slice(1);
    // A person's name ends before "of": "Kyrsten Sinema of Arizona", "Bill Seekins of the National Guard".
    const of = nameTokens.findIndex((t) => t.text === 'of');
    if (of > 0 && (role || of >= 2 || isFirstName(nameTokens[0].text)) && !nameTokens.slice(0, of).some((t) => ORG_HEADS.has(t.text.toLowerCase())))
      nameTokens = nameTokens.slice(0, of);
    if (!nameTokens.length) continue;
    // A title-case headline runs on after the name: "Wendy Davis Run for Governor".
    if (nameTokens.length >= 3 && isFirstName(nameTokens[0].text) && isCommonWord(nameTokens[nameTokens.length - 1].text) && !isLastName(nameTokens[nameTokens.length - 1].text) && !ORG_HEADS.has(nameTokens[nameTokens.length - 1].text.toLowerCase()))
      nameTokens = nameTokens.slice(0, -1);
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
      // A name is a person's when a title, a first name or an uncommon last word says so.
      type: classified ?? (role || isFirstName(words[0]) || (words.length >= 2 && !isCommonWord(words[words.length - 1])) ? 'person' : undefined),
    };
    const rule = NAME_RULES.find((r) => r.match(candidate));
    if (rule) {
      trace?.push({ name, rule: rule.name });
      const built = rule.build(candidate);
      if (built) found.push({ start: first.start, end: first.start + name.length, ...built });
      continue;
    }
    let type = candidate.type;

    const from = OF_AFFILIATION.exec(after);
    const said: RoleContext = {
      text, tokens, start: first.start, type, gender: genderOf(words[0]),
      role: role && !honorificOnly ? role : undefined,
      honorific: honorificOnly ? role : undefined,
      runStart: tokens.indexOf(run[0]),
      titleStart: role && !honorificOnly && role === text.slice(run[0].start, run[p - 1].end) ? tokens.indexOf(run[0]) : undefined,
      from: from ? bareEnd(from[1]) : undefined,
      rest: from ? after.slice(from[0].length) : after,
    };
    for (const r of ROLE_RULES) {
      const built = r.match(said) && r.build(said);
      if (!built) continue;
      role = built.role;
      type = built.type ?? type;
      break;
    }
    const canonical = type === 'country' ? countryOf(name)! : name;
    const age = !type || type === 'person' ? ageOf(text.slice(0, tokens[said.runStart].start), after) : undefined;
    found.push({ start: first.start, end: first.start + name.length, name: canonical, type, role, ...(canonical !== name ? { surface: name } : {}), ...(age ? { age } : {}) });
  }
  found.push(...groups(text, tokens).filter((g) => !found.some((f) => g.start < f.end && f.start < g.end)));
  return found.sort((a, b) => a.start - b.start);
}

/** What the text around a name says of its bearer. */
interface RoleContext {
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
}

interface RoleRule {
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
// "part of a team of Virginia Tech researchers", "one of the band's guitarists": a plural says
// what the person is too, after "one of", "part of".
const MEMBER_OF = /^(?:(?:the|a|an)\s+)?(?:one|part|member|members)\s+of\b/;
const hasRoleWord = (phrase: string) =>
  phrase.split(/\s+/).some((w) => TITLE_HEADS.has(w.toLowerCase()) || (!isCapitalized(w) && (isRoleNoun(w) || (MEMBER_OF.test(phrase) && isRoleNoun(w.replace(/s$/, ''))))));
/** A noun phrase that reads as a role: a title or role noun in it, not too long, not cut short. */
function asRole(phrase: string | undefined, c: RoleContext): { role: string; type?: Mention['type'] } | undefined {
  if (!phrase || c.type === 'country') return undefined;
  // "former director of operations at … and now a professor at …": the first of two roles.
  const described = phrase.split(/\s+/).length > 16 ? phrase.split(/\s+(?:and|;)\s+/)[0] : phrase;
  const words = described.split(/\s+/);
  if (words.length > 16 || !hasRoleWord(described)) return undefined;
  // "home village of defector Colonel …" is a place: the role word must come before the "of".
  const of = words.indexOf('of');
  if (of > 0 && !MEMBER_OF.test(described) && !hasRoleWord(words.slice(0, of).join(' '))) return undefined;
  // ", said Cmdr. …" is the next clause; ", executive director of" was cut short.
  if (SPEECH_VERBS.has(words[0].toLowerCase()) || CONNECTORS.has(words[words.length - 1].toLowerCase())) return undefined;
  // ", in particular for his brother …" is a circumstance, not a role.
  if (STOPWORDS.has(words[0].toLowerCase()) && !DETERMINERS.has(words[0].toLowerCase())) return undefined;
  // ", had gone out for a swim with his son-in-law" is the sentence going on.
  // …but "associate professor", "acting director": a verb form before a role noun qualifies it.
  if (isVerbForm(words[0]) && !lowerTitle(words[0]) && !isNounOrAdjective(words[0]) && !(words.length > 1 && isRoleNoun(words[1]))) return undefined;
  // ", local activist Nurredin al-Abdo told AFP" is the next clause, with its own speaker.
  if (words.slice(1).some((w) => SPEECH_VERBS.has(w.toLowerCase()) && !isNounOrAdjective(w))) return undefined;
  return { role: described, type: c.type ?? 'person' };
}
const unsure = (c: RoleContext) => !c.role;
const PARTY_LABEL = /^\s*\(([RDI]-[\p{L}. ]{2,14})\)/u;
const WHO_IS = /^,\s+who\s+(?:is|was|has been|had been|serves as|served as|works as|worked as)(?:\s+(?:now|also|still|currently))?(?=\s)/u;
const AGE = /^\d+-year-old$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'and']);
function roleBeforeComma(c: RoleContext): string | undefined {
  const { text, tokens } = c;
  let k = c.runStart - 1;
  if (k >= 0 && AGE.test(tokens[k].text)) k--;
  if (k < 0 || text.slice(tokens[k].end, tokens[k + 1].start) !== ', ' || isCapitalized(tokens[k].text) || !isRoleNoun(tokens[k].text)) return undefined;
  // "when they find a survivor, Ana kept digging": a name that goes on into its verb is the
  // next clause's subject, not an apposition, which a comma or the sentence's end closes.
  if (!/^\s*(?:[,;:)(—–]|\.(?=\s|$)|$)/.test(c.rest)) return undefined;
  const j = phraseStart(text, tokens, k);
  // The phrase opens the sentence or a clause, or follows a determiner: not "… told reporters, …".
  const before = tokens[j - 1];
  if (j > 0 && !DETERMINERS.has(before.text.toLowerCase()) && !POSSESSIVE.test(tokens[j].text) && !/[,;:(]\s*$/.test(text.slice(0, tokens[j].start))) return undefined;
  return text.slice(tokens[j].start, tokens[k].end);
}
// "of Arizona", "of the Coast Guard": a place or a body, not a street ("of Argilla Road").
const namedAffiliation = (from: string | undefined) =>
  from && /^(?:the\s+)?\p{Lu}/u.test(from) && !PLACE_HEADS.has(bare(from.split(/\s+/).pop()!).toLowerCase()) ? from : undefined;

/**
 * Where a person's role is written, in order; the first rule that makes a role decides. A title
 * before the name comes first; an abbreviated honorific ("Lt.") gives way to any role said
 * after the name.
 */
export const ROLE_RULES: readonly RoleRule[] = [
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
  // "former NSA systems analyst Edward Snowden", "Democratic Congresswoman Kyrsten Sinema of Arizona".
  { name: 'title-before-name', match: (c) => !!c.role, build: (c) => ({ role: titleBeforeName(c) }) },
  // "Jens Stoltenberg, the secretary general of NATO, …".
  { name: 'apposition', match: unsure, build: appositionRole },
  // "Gorkov is chairman of VneshEconomBank".
  {
    name: 'copula',
    match: unsure,
    build: (c) => {
      const phrase = COPULA.exec(c.rest)?.[1];
      return phrase && nominal(phrase) ? asRole(phrase, c) : undefined;
    },
  },
  // "Plant, who is now the band's singer": the role a relative clause gives.
  {
    name: 'who-is',
    match: (c) => unsure(c) && WHO_IS.test(c.rest),
    build: (c) => asRole(APPOSITION.exec(`, ${c.rest.slice(WHO_IS.exec(c.rest)![0].length).trimStart()}`)?.[1], c),
  },
  // "her neighbor, 66-year-old Frank Macomber", "The helicopter pilot, Lt. Joshua Rice": a role
  // set before the name with a comma.
  { name: 'role-before-comma', match: unsure, build: (c) => mapRole(roleBeforeComma(c), c) },
  // "Alice Hoagland, whose son Mark Bingham was …".
  { name: 'whose-kin', match: (c) => unsure(c) && !c.honorific && !c.from, build: (c) => (c.type === 'country' ? undefined : mapRole(kinRole(c.rest, c.gender), c)) },
  // "John Mica (R-Fla.)" → "Republican from Florida"; "Rep. Marsha Blackburn (R-Tenn.)" →
  // "Republican Representative from Tennessee".
  {
    name: 'party-and-state',
    match: (c) => unsure(c) && PARTY_LABEL.test(c.rest),
    build: (c) => {
      const label = partyAndState(PARTY_LABEL.exec(c.rest)![1]);
      if (!label) return undefined;
      return { role: c.honorific ? label.replace(' from ', ` ${c.honorific} from `) : label, type: 'person' };
    },
  },
  // "Sen. John McCain of Arizona" → "Senator of Arizona".
  { name: 'honorific-of-affiliation', match: (c) => !!c.honorific && !!namedAffiliation(c.from), build: (c) => ({ role: `${c.honorific} of ${namedAffiliation(c.from)}` }) },
  // "Ian Moss, of the Harbour Trust, said …": the body a person speaks for, set off by commas.
  {
    name: 'affiliation-after-comma',
    match: (c) => unsure(c) && !c.from && c.type === 'person' && AFFILIATION_AFTER_COMMA.test(c.rest),
    build: (c) => {
      const body = AFFILIATION_AFTER_COMMA.exec(c.rest)![1];
      return body.split(/\s+/).some((w) => ORG_HEADS.has(bare(w).toLowerCase())) ? { role: body } : undefined;
    },
  },
  // "Yutaka Saito of the coast guard".
  {
    name: 'affiliation',
    match: (c) => unsure(c) && !c.honorific && !!c.from && c.type === 'person',
    build: (c) => (/^the\s/.test(c.from!) || c.from!.split(/\s+/).some((w) => ORG_HEADS.has(w.toLowerCase())) ? { role: c.from!.replace(/^the\s+/, '') } : undefined),
  },
  { name: 'honorific', match: (c) => !!c.honorific, build: (c) => ({ role: c.honorific! }) },
  // "the Japanese shipping company Nippon Yusen K.K.": what an organisation is.
  {
    name: 'organisation-kind',
    match: (c) => unsure(c) && c.type !== 'country',
    build: (c) => {
      const kind = ORG_KIND.exec(c.text.slice(Math.max(0, c.start - 60), c.start))?.[1];
      return kind ? { role: kind, type: 'organization' } : undefined;
    },
  },
];
const mapRole = (role: string | undefined, c: RoleContext) => (role ? { role, type: c.type ?? 'person' } : undefined);

function titleBeforeName(c: RoleContext): string {
  const role = c.titleStart === undefined ? c.role! : extendLeft(c.text, c.tokens, c.titleStart, c.role!);
  const of = namedAffiliation(c.from);
  return of ? `${role} of ${of}` : role;
}
function appositionRole(c: RoleContext): { role: string; type?: Mention['type'] } | undefined {
  const rest = c.rest.replace(POSSESSIVE, '');
  const m = APPOSITION.exec(rest);
  // "mother, Dina, father, Thomas": a list of people with their roles, each before its name.
  if (!m || (m[1].split(/\s+/).length <= 2 && /^\s*,\s+\p{Lu}/u.test(rest.slice(m[0].length)))) return undefined;
  const role = asRole(m[1], c);
  // "an associate professor at Lund who co-authored the study": what the person did is part of
  // who they are in the story.
  const who = role && WHO_CLAUSE.exec(rest.slice(m[0].length));
  return who ? { ...role, role: `${role.role} ${who[1]}` } : role;
}
const WHO_CLAUSE = /^\s+(who\s+(?:[^\s,.;:()"“”]+\s+){0,7}?[^\s,.;:()"“”]+)(?=\s*(?:[,;:()"“”]|\.(?=\s|$)|$))/u;
const THEN = /^then[-\s]+/i;
// "head of the Northern Brigade", "director at Acme Corp": a role that names its body.
const OF_BODY = /\b(?:of|at|for)\s+(?:the\s+)?\p{Lu}/u;
// "Colonel", "defector Colonel", "retired Major": a rank, and no body or place.
const isRank = (role: string) => {
  const words = role.split(/\s+/);
  return RANKS.has(words[words.length - 1].toLowerCase()) && words.slice(0, -1).every((w) => !isCapitalized(w));
};
const AFFILIATION_AFTER_COMMA = /^,\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'’.&-]*))*\p{L})(?=\s*(?:[,;)]|\.(?=\s|$)|$))/u;

// "Jimmy Page, 70,", "Plant, who is now 65,", "66-year-old Frank Macomber": news copy gives an age
// beside the name.
const AGE_AFTER = /^(?:,\s+(?:who\s+is\s+(?:now\s+)?)?|\s+\()(\d{1,3})(?:,|\)|\s*$)/;
const AGE_BEFORE = /\b(\d{1,3})-year-old\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
function ageOf(before: string, after: string): number | undefined {
  const n = Number(AGE_AFTER.exec(after)?.[1] ?? AGE_BEFORE.exec(before)?.[1]);
  return n > 0 && n < 120 ? n : undefined;
}

// "former NSA systems analyst | Edward Snowden": a role written before a name takes in the noun
// phrase it stands in, up to a determiner, a verb or punctuation.
function extendLeft(text: string, tokens: Token[], at: number, role: string): string {
  const start = phraseStart(text, tokens, at);
  return start === at ? role : text.slice(tokens[start].start, tokens[at].start) + role;
}

/** Where the noun phrase ending just before token `at` starts ("bass and keyboard | player"). */
function phraseStart(text: string, tokens: Token[], at: number): number {
  let start = at;
  for (let j = at - 1; j >= 0 && at - j <= 4; j--) {
    const t = tokens[j];
    if (text.slice(t.end, tokens[j + 1].start) !== ' ') break;
    // "bass and keyboard player", "swimmer and triathlete": two nouns for one role.
    if (t.text === 'and' && j > 0 && !isCapitalized(tokens[j - 1].text) && isNounOrAdjective(tokens[j - 1].text) && !isVerbForm(tokens[j - 1].text) && text.slice(tokens[j - 1].end, t.start) === ' ') continue;
    // "his 28-year-old son-in-law": an age belongs to the phrase.
    if (AGE.test(t.text)) {
      start = j;
      continue;
    }
    if (STOPWORDS.has(t.text.toLowerCase()) || isVerbForm(t.text) || /[^\p{L}'’.-]/u.test(t.text)) break;
    if (!isCapitalized(t.text) && !lowerTitle(t.text) && !isNounOrAdjective(t.text)) break;
    start = j;
    // "Elijah’s father": an owner closes the phrase.
    if (POSSESSIVE.test(t.text) && isCapitalized(t.text)) break;
  }
  return start;
}

// "Alice Hoagland, whose son Mark Bingham was another leader of …" → "mother of Mark Bingham,
// another leader of …"; "Sally Regenhard, whose firefighter son was killed at …" → "mother of a
// firefighter killed at …".
const KIN_CLAUSE = /^,\s+whose\s+((?:[\p{Ll}-]+\s+)?)(\p{Ll}+)\s+(?:(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+)?(?:(was|is|had been)\s+)?([^,;.!?"“”]{3,100})/u;
function kinRole(after: string, gender: 'female' | 'male' | undefined): string | undefined {
  const m = KIN_CLAUSE.exec(after);
  const forms = m && KIN.get(m[2]);
  if (!m || !forms) return undefined;
  const [modifier, , name, copula, rest] = [m[1].trim(), m[2], m[3], m[4], m[5].trim()];
  const me = forms[gender === 'female' ? 0 : gender === 'male' ? 1 : 2];
  if (name) return `${me} of ${name}, ${copula ? '' : 'who '}${rest}`;
  return `${me} of a ${modifier || m[2]} ${rest}`;
}

// Collective actors: "Syrian rebels", "Republicans".
// "Syrian rebels" and "rebels" are one group, named by its noun; "the Syrian government" stands
// for the country.
function groups(text: string, tokens: Token[]): Found[] {
  const out: Found[] = [];
  tokens.forEach((t, i) => {
    // "the suspect", "the gunman": one person the story cannot name yet.
    if (UNNAMED_PERSONS.has(t.text.toLowerCase()) && /^the$/i.test(tokens[i - 1]?.text ?? '')) {
      out.push({ start: tokens[i - 1].start, end: t.end, name: `the ${t.text.toLowerCase()}`, type: 'person' });
      return;
    }
    // "Congressional aides": the organisation speaking through its people.
    const org = ORG_ADJECTIVES.get(t.text.toLowerCase());
    if (org && /^\p{Ll}+s$/u.test(tokens[i + 1]?.text ?? '')) {
      out.push({ start: t.start, end: tokens[i + 1].end, name: org, type: 'organization', surface: text.slice(t.start, tokens[i + 1].end) });
      return;
    }
    const two = i + 1 < tokens.length ? `${t.text} ${tokens[i + 1].text}`.toLowerCase() : '';
    const span = GROUP_NOUNS.has(two) || GOVERNMENT_NOUNS.has(two) ? 2 : GROUP_NOUNS.has(t.text.toLowerCase()) || GOVERNMENT_NOUNS.has(t.text.toLowerCase()) ? 1 : 0;
    if (!span || (span === 1 && i > 0 && (GROUP_NOUNS.has(`${tokens[i - 1].text} ${t.text}`.toLowerCase()) || GOVERNMENT_NOUNS.has(`${tokens[i - 1].text} ${t.text}`.toLowerCase())))) return;
    const last = tokens[i + span - 1];
    const noun = text.slice(t.start, last.end).toLowerCase();
    const prev = tokens[i - 1];
    const country = prev && countryOfDemonym(prev.text);
    // "privacy activists", "Syrian opposition activists": the group as the story describes it.
    let from = i;
    while (from > 0 && i - from < 2 && text.slice(tokens[from - 1].end, tokens[from].start) === ' ' && /^\p{Ll}+$/u.test(tokens[from - 1].text) && !STOPWORDS.has(tokens[from - 1].text) && !isVerbForm(tokens[from - 1].text) && !/ly$/.test(tokens[from - 1].text)) from--;
    if (from > 0 && countryOfDemonym(tokens[from - 1].text)) from--;
    const surface = country || from < i ? text.slice(tokens[from].start, last.end) : undefined;
    if (GOVERNMENT_NOUNS.has(noun)) {
      if (country && countryOf(country)) out.push({ start: prev.start, end: last.end, name: countryOf(country)!, type: 'country', surface });
      return;
    }
    out.push({ start: country ? prev.start : t.start, end: last.end, name: noun, type: 'group', ...(surface ? { surface } : {}) });
  });
  return out;
}

// Sentences never shown that may still say who someone of the story is: a caption, or a
// sentence the off-topic stage set aside ("…," said Grace Okafor, whose son …).
const ASIDE_NOISE = new Set(['off-topic', 'caption']);

export function entities(ctx: Context): void {
  const mentions: Mention[] = [];
  const asides: Mention[] = [];
  for (const s of ctx.sentences) {
    if (s.noise && !ASIDE_NOISE.has(s.noise)) continue;
    for (const f of findMentions(s.text)) {
      const m: Mention = { sentence: s.index, start: s.start + f.start, end: s.start + f.end, name: f.name, type: f.type, role: f.role, ...(f.surface ? { surface: f.surface } : {}), ...(f.age ? { age: f.age } : {}) };
      if (!s.noise) mentions.push(m);
      else if (m.type === 'person' && m.role && m.name.includes(' ')) asides.push(m);
    }
  }
  ctx.mentions = [...mentions, ...surnamesOpeningSentences(ctx, mentions)].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  ctx.asides = asides;
}

/**
 * "Page says …", "Plant, however, …": a surname that is also an ordinary word is no name where
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
    if (s.noise) continue;
    const [first, next] = tokenize(s.text, s.start);
    if (!first || !surnames.has(first.text) || opening.has(first.start) || first.start - s.start > 1) continue;
    // "Page Six reported": a longer name of its own.
    if (next && capitalized(next.text) && /^\s+$/.test(ctx.docs[s.doc].text.slice(first.end, next.start))) continue;
    found.push({ sentence: s.index, start: first.start, end: first.end, name: first.text, type: 'person' });
  }
  return found;
}
