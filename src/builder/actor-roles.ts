// What the whole cluster says of a person that the role written beside one name leaves out: the
// band a "guitarist" plays in, the state a "Governor" governs, the charge a suspect faces. The
// entity stage reads a role around each mention (roles.ts); these rows complete the role the
// actors stage chose, from the actor's other mentions and the story's other sentences.
import { BROADCAST_NETWORKS, COPULAS, COUNTRY_FORMS, GOVERNMENT_BODIES, GOVERNMENT_BODY_HEADS, MEDIA, isOutletName, DATE_OPENERS, DEED_ADVERBS, DEED_ENDS, DEED_JOINTS, LINKING_VERBS, LONE_DEED_ENDS, LONE_DEEDS, OBJECT_PRONOUNS, OPENING_TIMES, MODALS, SPEECH_DEEDS, SPEECH_VERBS, ENSEMBLE_MEMBERS, GENERIC_HEADS, HARM_VERBS, JUSTICE_COURTS, KIN_WORDS, KIN_WRITTEN, MADE_BY, PRESIDENCY, STORY_ROLE_LABELS, TITLE_HEADS, TOWN_SERVICES, TOWN_SERVICE_WORDS, LEGAL_STATUS_VERBS, US_STATE_NAMES, OF_PLACE_NOUNS, WORK_PEOPLE, countryOf, countryOfDemonym, genderOf, genderOfWord, isCommonWord, isDateWord, isMonth, isPlace, isRoleNoun, isVerbForm, isNounOrAdjective, readsAsEdPast, readsAsPastTense } from './lexicon.js';
import { BODY_NAME_JOINTS, OPENS_SENTENCE, isCapitalized, lowerTitle } from './name-words.js';
import { PLACE_OF_ORIGIN, deedClause, isScreenStory, whoClause } from './roles.js';
import { escaped, patternWith, phrases } from './text/phrases.js';
import { STOPWORDS, occurrences } from './text/tokens.js';
import { stem } from './text/stem.js';
import { initials } from './name-compare.js';

/** What the cluster names once for every actor: its ensembles, the US state it is set in, its police. */
export interface RoleStory {
  /** The one band (or other ensemble) each kind of ensemble names: "band" → "Harbor Lights". */
  ensembles: ReadonlyMap<string, string>;
  /** The US state the articles name most, when one stands out. */
  state?: string;
  /** The place whose police the articles name most ("Dover police"), when one stands out. */
  police?: string;
  /** The articles name the country of PRESIDENCY ("U.S.", "the White House"). */
  presidency?: boolean;
  /** A story about a film or a show: the one title it quotes most ("Harbor"), when one stands out. */
  work?: string;
  /** The court the articles name most, when one stands out and its judges are Justices ("Supreme Court"). */
  court?: string;
  /** The articles name the House (of Representatives) at least twice, and the country of PRESIDENCY. */
  house?: boolean;
  /** The country the articles name most, by any of its names, when one stands out. */
  country?: string;
  /** The cluster's articles, whole: what they say of a part a person plays. */
  texts: readonly string[];
}

/** The actor whose role is completed: its role so far and the text after each of its mentions. */
export interface ActorRoleContext {
  role: string;
  /** The person's name, as the actor is named. */
  name?: string;
  /** The text right after each mention, in the order of the articles. */
  after: readonly string[];
  /** The text of each mention's sentence before it, in the same order. */
  before?: readonly string[];
  /** The sentence before each mention's sentence in its article ('' for an article's first), in the same order. */
  previous?: readonly string[];
  /** The sentence two before each mention's sentence in its article ('' when there is none), in the same order. */
  twoBefore?: readonly string[];
  /** Where each mention's sentence is: its article and its place there (0 for the first), in the same order. */
  places?: readonly { doc: number; position: number }[];
  story: RoleStory;
  /** The age the articles give beside one of the person's names. */
  age?: number;
  /** Every role written beside one of the person's names, the chosen one among them. */
  roles?: readonly string[];
  /** The names of the cluster's other people, in full as the actors are named. */
  people?: readonly string[];
  /** The cluster's other actors, each by its name and, for a person, the role chosen for it. */
  others?: readonly { name: string; role: string }[];
  /** The chosen role as a "his" or "her" owns it ("wife"), said with whose it is ("Tom Reyes’s wife"). */
  whose?: { bare: string; owned: string };
}

export interface RoleCompletion {
  name: string;
  match: (c: ActorRoleContext) => boolean;
  /** The completed role; undefined leaves the role as it was. */
  build: (c: ActorRoleContext) => string | undefined;
}

// Without "The" it starts at the first capital of its word: one starting at a later capital gives
// nothing the first does not, and from each capital of a long run it read the rest of the run.
const NAME = String.raw`(?:The\s+|(?=\p{Lu})(?<!\p{Lu}[\p{L}'’.&-]*?))\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of\s+the\s+|of\s+|&\s+)?\p{Lu}[\p{L}'’.&-]*){0,3}`;
// "rock group Harbor Lights", "the band Cold Rivers", "Harbor Lights, the band": an ensemble written with its kind.
const kindBefore = (kinds: string) => new RegExp(String.raw`\b(?:${kinds})\s+(${NAME})`, 'gu');
const kindAfter = (kinds: string) => new RegExp(String.raw`(${NAME}),\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:${kinds})\b`, 'gu');
// A name on one line: a headline above an article's first words is no part of it.
const LINE_NAME = NAME.replace(/\\s\+/g, ' +');
// "Harbor Lights is a folk band": the name said to be one.
const kindCopula = (kinds: string) => new RegExp(String.raw`(${LINE_NAME}) +(?:was|is)\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:${kinds})\b`, 'gu');
// "Harbor Lights bassist Ann Hollis", "Harbor Lights’ lead singer": the name before a member's title.
const memberAfter = (members: string) => new RegExp(String.raw`(?<![\p{L}'’.&-])(${LINE_NAME})(?:['’]s?)? +(?:lead +|founding +)?(?:${members})(?![\p{L}])`, 'gu');

/** The ensembles, the state and the police force of a cluster, read once. */
export function roleStory(texts: readonly string[]): RoleStory {
  const all = texts.join('\n');
  const ensembles = new Map<string, string>();
  for (const [kind, { names, members }] of ENSEMBLE_MEMBERS) {
    const found = new Map<string, number>();
    for (const re of [kindBefore(names.join('|')), kindAfter(names.join('|'))])
      for (const m of all.matchAll(re)) found.set(m[1], (found.get(m[1]) ?? 0) + 1);
    // "Harbor Lights is a folk band", and a name written before a member's title at least
    // twice ("Harbor Lights bassist Ann Hollis … Harbor Lights drummer Tom Reyes"): no place, people,
    // title word or function word ("This is a band", "British singer Ann Hollis", "Former Harbor
    // Lights singer"), nor a prize won ("Grammy-winning singer").
    const said = new Map<string, number>();
    for (const m of all.matchAll(kindCopula(names.join('|')))) said.set(m[1], (said.get(m[1]) ?? 0) + 2);
    for (const m of all.matchAll(memberAfter(members.join('|')))) said.set(m[1], (said.get(m[1]) ?? 0) + 1);
    for (const [name, n] of said) if (n >= 2 && name.split(/\s+/).every((w) => !STOPWORDS.has(w.toLowerCase()) && !lowerTitle(w) && !/-\p{Ll}/u.test(w) && !isPlace(w) && !countryOf(w) && !countryOfDemonym(w))) found.set(name, (found.get(name) ?? 0) + n);
    // One ensemble of the kind, named at least twice in the cluster: the story's own.
    const named = [...found.keys()].filter((n) => !/^The\s/.test(n) || found.size === 1);
    if (named.length === 1 && occurrences(all, named[0]) >= 2) ensembles.set(kind, named[0]);
  }
  return { ensembles, state: storyState(all), police: policePlace(all), presidency: PRESIDENCY_NAMED.test(all), work: isScreenStory(texts) ? quotedWork(all) : undefined, court: justiceCourt(all), house: PRESIDENCY_NAMED.test(all) && (all.match(THE_HOUSE)?.length ?? 0) >= 2, country: storyCountry(all), texts };
}

// "the House", "the House of Representatives": not the House of Commons or of Lords.
const THE_HOUSE = /\b[Tt]he\s+House(?!\s+of\s+(?:Commons|Lords)|[\p{L}-])/gu;
// "the Supreme Court", "the Court of Appeal", "Kilbride District Court": each court by its
// kind, so that the court a Justice sits on is told from the others the story names.
const COURT = /(?<![\p{L}-])(?:(\p{Lu}\p{Ll}+)\s+)?Court(?:\s+of\s+(Appeals?))?(?![\p{L}-])/gu;
function justiceCourt(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(COURT)) {
    const kind = m[2] ? `Court of ${m[2]}` : m[1] ? `${m[1]} Court` : undefined;
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const court = standsOut([...counts]);
  return court && JUSTICE_COURTS.includes(court) ? court : undefined;
}

const PRESIDENCY_NAMED = new RegExp(String.raw`(?<![\p{L}.])(?:${phrases(PRESIDENCY.named)})(?![\p{L}])`, 'u');

// “Harbor”, "The Lights": a title in quotation marks, its words capitalised.
const QUOTED = /[“"]((?:\p{Lu}|\d)[^"“”\n]{0,58}?)[,.]?(?:[”"]|’’)/gu;
// The title quoted at least three times and twice as often as any other.
function quotedWork(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(QUOTED)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  const work = standsOut([...counts]);
  return work && counts.get(work)! >= 3 ? work : undefined;
}

// "Dover police", "the Dover Police Department": the place a force is named for.
const FORCE = /(?<![\p{L}-])((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(?:police|Police)\b/gu;
function policePlace(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(FORCE)) {
    const words = m[1].trim().split(/\s+/);
    while (words.length && (isCommonWord(words[0]) || lowerTitle(words[0]))) words.shift();
    // "State Police", "Security police": a kind of force, not a place.
    if (!words.length || words.some((w) => isCommonWord(w) || lowerTitle(w))) continue;
    counts.set(words.join(' '), (counts.get(words.join(' ')) ?? 0) + 1);
  }
  return standsOut([...counts]);
}

// The name counted at least twice and twice as often as any other.
function standsOut(counts: (readonly [string, number])[]): string | undefined {
  const [first, second] = [...counts].sort((x, y) => y[1] - x[1]);
  return first && first[1] >= 2 && (!second || first[1] >= 2 * second[1]) ? first[0] : undefined;
}

const storyCountry = (text: string) => standsOut([...COUNTRY_FORMS].map(([country, forms]) => [country, forms.reduce((n, f) => n + occurrences(text, f), 0)] as const).filter(([, n]) => n > 0));
const storyState = (text: string) => standsOut(US_STATE_NAMES.map((s) => [s, occurrences(text, s)] as const).filter(([, n]) => n > 0));

// A role that names no body: "guitarist", "guitar and keyboard player", not "Stanford chemist".
const bareRole = (role: string) => !/\s(?:of|at|for|in|with|from)\s/.test(role) && role.split(/\s+/).slice(1).every((w) => !/^\p{Lu}/u.test(w));
const lowerFirst = (role: string) => (/^\p{Lu}\p{Ll}/u.test(role) ? role[0].toLowerCase() + role.slice(1) : role);
const memberKind = (role: string) => {
  const words = role.toLowerCase().split(/[\s,]+/);
  return [...ENSEMBLE_MEMBERS].find(([, { members }]) => members.some((m) => words.includes(m)))?.[0];
};

// "the trio’s", "band's": an ensemble's kind as the owner a role opens on.
const KIND_OWNER = new RegExp(String.raw`^(?:the\s+)?(${[...ENSEMBLE_MEMBERS.values()].flatMap((e) => e.names).join('|')})['’]s\s+`, 'i');
const ownerKind = (role: string) => {
  const kind = KIND_OWNER.exec(role)?.[1].toLowerCase();
  return kind ? [...ENSEMBLE_MEMBERS].find(([, { names }]) => names.includes(kind))?.[0] : undefined;
};

// "Police Sgt.", "Fire Department Lieutenant": a town's service, written without the town.
const TOWN_SERVICE = new RegExp(String.raw`\b(?:${phrases(TOWN_SERVICES)})\b`, 'i');
// "Justice", "former Chief Justice": the title alone (", 80" an age after it).
const BARE_JUSTICE = /^((?:former|late|retired)\s+)?((?:Chief\s+|Associate\s+)?Justice)(?=,|$)/i;
const BARE_SPEAKER = /^((?:former)\s+)?(Speaker)(?=,|$)/i;
// "Gov. Dale Hunt": a state's office written without its state.
const STATE_OFFICE = /^(?:(?:former|acting)\s+)?(?:Governor|Lieutenant Governor|Gov\.|Lt\. Gov\.)(?=,|$)/i;

// Right after a name, past an age and a home town, a "who" or the other name of a pair: ", 26,
// was", ", 26, of Dover, Del., was", ", who has been", ", 20, and Dan Hollis, 19, are".
const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
const AGE_AND_HOME = String.raw`(?:,\s+\d{1,3},|,\s+(?:\d{1,3},\s+)?of\s+${PLACE}(?:,\s+${PLACE})?,)`;
// (A suffix the mention left out comes first: "Tom Reyes, Jr., 26,", "Tom Reyes Jr. was".)
const NAME_SUFFIX = String.raw`(?:,?\s+(?:Jr|Sr)\.?,?(?=\s))?`;
const AFTER_NAME = String.raw`^${NAME_SUFFIX}${AGE_AND_HOME}?(?:\s+and\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}${AGE_AND_HOME}?)?(?:,\s+who)?\s+`;
const BE = String.raw`(?:was|is|has\s+been|had\s+been|were|are|have\s+been)`;

// "Malden, 31, pleaded not guilty to burglary on Monday", "Smith, who was charged with
// murder": the charge a person faces, right after the name, in the passive or the plea, up to
// where or when.
// (Not "and a half": "sentenced to two and a half years"; nor "Sen. Ana Ruiz charged on Sunday.", a day, where "charged" is said.)
// (Nor "during": "charged with arson during the riot" says when.)
const CHARGE_END = String.raw`(?:and(?!\s+a\s+half\b)|after|before|when|because|in|at|but|while|since|back|last|earlier|later|today|yesterday|during)`;
const STATUS = new RegExp(
  String.raw`${AFTER_NAME}(?:${BE}\s+)?(?:(?:also|later|since|previously|now|already|formally|each|both|all)\s+)?` +
    String.raw`(${LEGAL_STATUS_VERBS.join('|')})(?:\s+(?:today|yesterday|(?:on\s+)?\p{Lu}\p{Ll}+day))?\s+(?!on\s+\p{Lu}\p{Ll}+day\b)(with|of|to|on|for|in\s+connection\s+with)\s+` +
    String.raw`((?:(?!${CHARGE_END}\s)[^\s,.;:()"“”]+\s+){0,7}?[^\s,.;:()"“”]+)(?=\s*(?:[,.;:()"“”]|$)|\s+${CHARGE_END}\s)`,
  'u',
);

// "Malden, 57, was found fatally shot near a creek": what befell the person, up to where
// and when it did.
const HARM_END = String.raw`(?:${CHARGE_END}|on|by|as|near|outside|inside|during|following|from|with|for)`;
const HARM = new RegExp(
  String.raw`${AFTER_NAME}${BE}\s+(?:(?:also|later|reportedly|allegedly|each|both|all)\s+)?` +
    String.raw`((?:(?:fatally|critically|seriously|badly|severely|gravely)\s+)?(?:${HARM_VERBS.join('|')})(?:\s+(?!${HARM_END}\s)[\p{Ll}-]+){0,3}?)(?=\s*(?:[,.;:()"“”]|$)|\s+${HARM_END}\s)`,
  'u',
);
const HARMED = new RegExp(String.raw`\b(?:${HARM_VERBS.join('|')})\b`, 'i');

// "President Tom Reyes … | the Reyes administration": a President whose name is written as a
// government heads the country's; one written "French President" or "President … of the
// company" has a role that says so.
const BARE_PRESIDENT = /^((?:former|then)\s+)?([Pp]resident)$/;
const BARE_TITLED_PRESIDENT = /^((?:former|then)\s+)?(President)$/;
const OF_AFTER = /^(?:,\s+\d{1,3},)?\s+of\s/;
const GOVERNMENT_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:${phrases(PRESIDENCY.government)})\b`, 'u');

// "director", "screenwriter, 52": a maker's noun alone, and the actor's "star".
const MAKER = new Set([...MADE_BY.values(), 'star']);
const bareMaker = (role: string) => MAKER.has(role.replace(/,\s+\d{1,3}$/, '').toLowerCase());
// "“Harbor” … has a fine screenplay by Ana Ruiz (“Lights”)": the title quoted last before the
// name in its sentence is the work the person made; one the name comes after a different title
// for ("“Lights” producer Ana Ruiz said “Harbor” …") is not.
const lastQuoted = (before: string) => [...before.matchAll(QUOTED)].pop()?.[1];
const madeTheWork = (c: ActorRoleContext) => !!c.story.work && !!c.before?.some((b) => lastQuoted(b) === c.story.work);

// "Reyes will appear in court at 2pm. The inventor has been …": the next sentence
// opens on a description of the one the sentence before opened on.
const NEXT_DESCRIPTION = /^[^.!?]*[.!?]["”’]?\s+The\s+((?:\d{1,3}-year-old\s+)?(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+))\s+(?:is|was|has|had|said|says|added|told|will|would|\p{Ll}+ed|\p{Ll}+s)\b/u;
const describedNext = (c: ActorRoleContext) =>
  c.after
    .map((a, i) => (OPENS_SENTENCE.test(c.before?.[i] ?? '-') ? NEXT_DESCRIPTION.exec(a) : null))
    .find((m) => m && isRoleNoun(m[2]))?.[1];

// "plays Lotte" where a review goes on "… as Lotte, a schoolteacher who lost her dog;": the part
// said with what the character is, as the first article to describe it writes it right after the
// character's name (past the player's name in parentheses), up to where the phrase ends.
const PLAYED_PART = /^plays\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})(,\s+\d{1,3})?$/u;
const PART_WORDS_MAX = 12;
const partDescription = (c: ActorRoleContext) => {
  const part = PLAYED_PART.exec(c.role)?.[1];
  if (!part) return undefined;
  const said = patternWith([part], () => String.raw`(?<![\p{L}'’-])${escaped(part)}(?:\s\([^()]{1,40}\))?,\s((?:the|a|an)\s[^,;:.()"“”!?—–]{3,90}?)(?=[,;:.()"“”!?—–]|\s-\s|$)`, 'gu');
  return c.story.texts
    .flatMap((t) => [...t.matchAll(said)].map((m) => m[1].replace(/\s+/g, ' ')))
    .find((d) => !!d && d.split(' ').length <= PART_WORDS_MAX && d.split(' ').every((w) => !COPULAS.has(w) && !SPEECH_VERBS.has(w.toLowerCase())));
};

// "Tom Reyes, 30, of Dover, was named as the driver. He was a nurse at the Harbor Inn.": the
// sentence right after the one that names the person opens on "He" or "She" and says what they
// are; up to the role noun, and the body it is at, of or for.
const PRONOUN_DESCRIPTION = /^[^.!?]*[.!?]["”’]?\s+(?:He|She)\s+(?:is|was)\s+(?:a|an)\s+((?:[\p{L}\d-]+\s+){0,3}?([\p{Ll}-]+)(?:\s+(?:at|of|for|with)\s+(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}'’&-]*){0,4})?)(?=\s*[,.;:]|\s+(?:who|and|in|since|until|from|when|before|after)\b)/u;
// Another name in the person's sentence ("… met Ana Ruiz at Harbor Bank.") may be whom the
// pronoun is for: two capitalised words in a row, after the sentence's first.
// (The word and the space before the name are checked from its capital: checked first, at every
// position, they read a whole run of spaces back each time, and a long run took minutes.)
const ANOTHER_NAME = /\p{Lu}(?<=\S\s+\p{Lu})[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+/u;
const sentenceEnd = (after: string) => /^[^.!?]*/.exec(after)![0];
const pronounDescribedNext = (c: ActorRoleContext) =>
  c.after
    .map((a, i) => (ANOTHER_NAME.test(`${c.before?.[i] ?? ''} ${sentenceEnd(a)}`) ? null : PRONOUN_DESCRIPTION.exec(a)))
    .find((m) => m && isRoleNoun(m[2]))?.[1];

// "A Red Cross spokeswoman said the meeting was … | “…,” Ana Ruiz told reporters.": an unnamed
// speaker's description, then a named speaker with none, in the sentence right after.
const PREVIOUS_SPEAKER = /^(?:An?|The)\s+((?:\p{Lu}[\p{L}.&-]*\s+){0,3}(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)(?:\s+(?:for|of|at|with)\s+(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4})?)\s+(?:said|says|told)\b/u;
const NAMED_SPEAKER = /^\s+(?:told|said|says|added)\b/u;
const describedBefore = (c: ActorRoleContext) =>
  c.after
    .map((a, i) => (NAMED_SPEAKER.test(a) && /["”]\s*$/.test(c.before?.[i] ?? '') ? PREVIOUS_SPEAKER.exec(c.previous?.[i] ?? '') : null))
    .find((m) => m && isRoleNoun(m[2]))?.[1];

// "A Harbor County man who saw the crash said … . Tom Reyes, 59, said he …": a sentence opens on
// someone from a place, and a sentence or two later, no one named between, one opens on a name
// the story gives no role: the name is that someone's. (Not one of the other sex: "A Dover man
// was hurt. Ana Ruiz said …".)
const FROM_A_PLACE_OPENING = new RegExp(String.raw`^\s*["“]?An?\s+(${PLACE_OF_ORIGIN}(\p{Ll}+))(?![\p{L}'’-])`, 'u');
// The other people's surnames as one pattern, built once an actor (two rows, each matched then
// built, read it for each of the actor's mentions) and through patternWith, as article text is.
const OTHER_SURNAMES = new WeakMap<readonly string[], RegExp>();
function otherSurnames(people: readonly string[]): RegExp {
  let pattern = OTHER_SURNAMES.get(people);
  if (!pattern) {
    const surnames = people.map((p) => p.split(/\s+/).pop()!);
    pattern = patternWith(surnames, () => String.raw`(?<![\p{L}'’-])(?:${surnames.map(escaped).join('|')})(?![\p{L}'’-])`, 'u');
    OTHER_SURNAMES.set(people, pattern);
  }
  return pattern;
}
const namesSomeone = (c: ActorRoleContext, text: string) => ANOTHER_NAME.test(text) || (!!c.people?.length && otherSurnames(c.people).test(text));
function fromAPlaceBefore(c: ActorRoleContext, i: number): string | undefined {
  const [previous, twoBefore] = [c.previous?.[i] ?? '', c.twoBefore?.[i] ?? ''];
  for (const [said, between] of [[previous, ''], [twoBefore, previous]]) {
    const m = FROM_A_PLACE_OPENING.exec(said);
    if (!m || !(OF_PLACE_NOUNS.has(m[2]) || isRoleNoun(m[2])) || namesSomeone(c, said.slice(m[0].length)) || namesSomeone(c, between)) continue;
    const [sex, named] = [genderOfWord(m[2]), genderOf(c.name?.split(/\s+/)[0] ?? '')];
    return sex && named && sex !== named ? undefined : m[1];
  }
  return undefined;
}
const introducedFromAPlace = (c: ActorRoleContext) => c.before?.map((b, i) => (/^\s*$/.test(b) ? fromAPlaceBefore(c, i) : undefined)).find(Boolean);

// "… hugged Ana Ruiz and took the Harbor Lights star’s hat": later in the name's sentence, no one
// named between, an owner that is a work's title and one of its people (role-phrases.json
// workPeople) after "the" is the person again.
const WORK_ROLE_OWNER = /(?<![\p{L}'’-])[Tt]he\s+((?:["“‘']?\p{Lu}[\p{L}'’!.-]*["”’']?\s+){1,4}(\p{Ll}+))['’]s?(?![\p{L}])/u;
const workRoleAfter = (c: ActorRoleContext) =>
  c.after
    .map((a) => {
      const m = WORK_ROLE_OWNER.exec(sentenceEnd(a));
      return m && WORK_PEOPLE.has(m[2]) && !namesSomeone(c, a.slice(0, m.index)) ? m[1] : undefined;
    })
    .find(Boolean);

// ", who led the research,", ", 26, who pleaded …": a relative clause right after a name and its age.
// …or between dashes ("Ruiz - who led the team - said"): the clause ends at the closing dash.
const WHO_AFTER_NAME = /^(?:,\s+\d{1,3})?(?:,|\s+(?:-|–|—|--))(?=\s+who\s)/;
const CLOSING_DASH = /\s(?:-|–|—|--)(?:\s|$)[^]*$/;
/** The clause after a name, past its comma or up to its closing dash, as `read` takes it. */
const clauseAfterName = (a: string, read: (after: string) => string | undefined) => {
  const rest = a.replace(WHO_AFTER_NAME, '');
  return read(/^,/.test(a.replace(/^,\s+\d{1,3}/, '')) ? rest : rest.replace(CLOSING_DASH, ''));
};
const contentWords = (s: string) => s.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length > 3 && !STOPWORDS.has(w));
// "co-founder of Bright Note Records | who co-founded Bright Note Records": a clause that says the role again adds nothing.
const repeats = (role: string, clause: string) => {
  const said = new Set(contentWords(role));
  const words = contentWords(clause);
  return words.filter((w) => said.has(w)).length * 2 >= words.length;
};
// "Tom Reyes, who made the letters public, …": any deed, for someone no role is written for.
const deedAfterName = (c: ActorRoleContext) =>
  c.after.map((a) => (WHO_AFTER_NAME.test(a) ? clauseAfterName(a, deedClause) : undefined)).find(Boolean);
const didAfterName = (c: ActorRoleContext) =>
  c.after.map((a) => (WHO_AFTER_NAME.test(a) ? clauseAfterName(a, whoClause) : undefined)).find((who) => who && !repeats(c.role, who));
// "who became the MP for Leeds North in 2019" → "MP for Leeds North": a post, named by a
// title or a role noun, up to the time it was taken.
const BECAME = /^who\s+(?:later\s+|then\s+|eventually\s+)?became\s+(?:the|a|an)\s+(.+?)(?:\s+(?:last|this|in|on|at\s+age|after|before|when|since)\b.*)?$/;
const postTaken = (c: ActorRoleContext) => {
  const post = BECAME.exec(didAfterName(c) ?? '')?.[1];
  return post && post.split(/\s+/).some((w) => TITLE_HEADS.has(w.toLowerCase()) || isRoleNoun(w)) ? post : undefined;
};
// "actress, 30": the clause goes with the role, before the age.
const AGE_AT_END = /(,\s+\d{1,3})$/;

// "Freelance journalist, 30" for one written "Swedish journalist" elsewhere: the nationality a role
// with the same head noun gives, which the chosen role lacks.
// (A role with a joint has its head before it: "daughter of a Danish activist" is no activist.)
const headOf = (role: string) => (/\s(?:of|at|for|in|with|from|to|on)\s/.test(role) ? undefined : role.replace(AGE_AT_END, '').split(/\s+/).pop()!.toLowerCase());
const nationality = (role: string) => role.split(/\s+/).find((w) => /^\p{Lu}/u.test(w) && !!countryOfDemonym(w));
const otherNationality = (c: ActorRoleContext) =>
  nationality(c.role) || !c.role ? undefined : c.roles?.filter((r) => r !== c.role && !!headOf(c.role) && headOf(r) === headOf(c.role)).map((r) => /^(\p{Lu}\p{Ll}+)\s+[^,]+$/u.exec(r.replace(AGE_AT_END, ''))?.[1]).find((w) => !!w && !!countryOfDemonym(w));
// The word a role opens on, in lower case when it is a common word capitalised only as the
// sentence's first ("Freelance journalist"), not a title ("Deputy Mayor") nor a name.
const openingLowered = (role: string) => {
  const [first, ...rest] = role.split(' ');
  return /^\p{Lu}\p{Ll}+$/u.test(first) && isCommonWord(first.toLowerCase()) && !TITLE_HEADS.has(first.toLowerCase()) ? [first.toLowerCase(), ...rest].join(' ') : role;
};

// "Rene’s father", "Klein’s wife" (of Ana Klein): a role owned by one word of a name, which
// names one other person of the cluster: a first name only they have, or the person's own
// surname that only they share. (A surname of someone else, "Reyes’s lawyer", says whose already.)
const OWNER = /^(\p{Lu}[\p{L}-]+)(['’]s?\s)/u;
const fullOwner = (c: ActorRoleContext) => {
  const own = c.name ?? '';
  const word = OWNER.exec(c.role)?.[1];
  const people = (c.people ?? []).map((p) => p.split(/\s+/)).filter((p) => p.length > 1);
  if (!word) return undefined;
  const first = people.filter((p) => p[0] === word);
  const last = people.filter((p) => p[p.length - 1] === word);
  const ownSurname = own.split(/\s+/).length > 1 && own.split(/\s+/).pop() === word;
  const owner = ownSurname ? (last.length === 1 && first.length === 0 ? last[0] : undefined) : first.length === 1 && last.length === 0 ? first[0] : undefined;
  return owner?.join(' ');
};

// A role that is a body's name and nothing more (an age after it): "The Harbor Gazette", "EPA, 52";
// capitalised words, a channel's number and the joints of a name, none a title ("CNN Anchor").
const BODY_ALONE = /^((?:[Tt]he\s+)?)(\p{Lu}[^,]*?)(?=,\s+\d{1,3}$|$)/u;
const bodyOf = (role: string) => {
  const body = BODY_ALONE.exec(role)?.[2];
  const words = body?.split(/\s+/) ?? [];
  return words.every((w) => (/^(?:\p{Lu}|\d)/u.test(w) || BODY_NAME_JOINTS.has(w)) && !TITLE_HEADS.has(w.toLowerCase().replace(/[.’']s?$/, '')) && !isRoleNoun(w)) ? body : undefined;
};
// (An outlet known by its whole name may hold a title's word: "Mother Jones", "The Atlantic".)
const outletAlone = (role: string) => {
  const whole = role.replace(AGE_AT_END, '');
  if (MEDIA.has(whole.toLowerCase()) || BROADCAST_NETWORKS.has(whole)) return whole;
  const body = bodyOf(role);
  return body && isOutletName(body) ? body : undefined;
};
// "Harbor Water Agency", "Florida Department of Law Enforcement": the head word of a government
// body's name, its last or the one before its "of".
const governmentAlone = (role: string) => {
  const body = bodyOf(role);
  if (!body) return undefined;
  const words = body.split(/\s+/);
  const of = words.indexOf('of');
  const head = (of > 0 ? words[of - 1] : words[words.length - 1]).toLowerCase();
  return GOVERNMENT_BODIES.has(body) || (words.length > 1 && GOVERNMENT_BODY_HEADS.has(head)) ? body : undefined;
};

// "the zoo’s curator", "dog's handler": a role owned by a common noun, which names one other
// actor of the cluster: the one body whose name ends on it ("Harbor Park Zoo"), or the one person
// whose role's head noun it is ("dog" of "male terrier, 4"). (Not "last year's winner": no actor.)
const NOUN_OWNER = /^((?:the\s+)?)(\p{Ll}[\p{Ll}-]+)(['’]s?\s)/u;
const headNoun = (role: string) => role.split(',')[0].trim().split(/\s+/).pop()!.toLowerCase();
const nounOwner = (c: ActorRoleContext) => {
  const noun = NOUN_OWNER.exec(c.role)?.[2];
  if (!noun || !c.others) return undefined;
  const named = c.others.filter((o) => o.name.split(/\s+/).pop()!.toLowerCase() === noun || (!!o.role && headNoun(o.role) === noun));
  return named.length === 1 ? named[0].name : undefined;
};

// "nurse at Harbor Clinic for eight years", "attorney since 2011, 38": how long a post has been
// held, at the role's end (before an age), which says when, not what the person is.
const TIME_IN_POST = /(?<!\s)\s+(?:for\s+(?:(?:nearly|almost|about|more\s+than|over|some|the\s+(?:past|last))\s+)?(?:\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|several|many|a\s+few)\s+(?:years|decades|months)|since\s+(?:\d{4}|the\s+\d{4}s))(?=,\s+\d{1,3}$|$)/u;

// "Senate leader Ana Ruiz, who drafted the water bill last spring and …": the article's own
// relative clause after a name, as far as a deed goes (cut where the lead's deed is cut: before
// when, why or how, and to DEED_WORDS words of content); not a clause of saying, having or being.
// (A comma or a colon inside a figure goes on: "a $100,000 settlement".)
const WHO_DEED_CLAUSE = /^\s+who\s+((?:(?:[^\s,;:()"“”!?]|[,:](?=\d))+\s+){0,24}?(?:[^\s,;:()"“”!?]|[,:](?=\d))+?)(?=\s*(?:[,;:](?!\d)|[()!?]|\.(?=\s|$)|$))/u;
const WHO_AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'been', 'being']);
function deedInWhoClause(after: string): string | undefined {
  const m = WHO_DEED_CLAUSE.exec(after);
  if (!m) return undefined;
  const words = m[1].split(/\s+/);
  let v = 0;
  const adverb = (w: string | undefined) => !!w && (/^\p{Ll}+ly$/u.test(w) || DEED_ADVERBS.has(w.toLowerCase()));
  while (v < words.length - 1 && (adverb(words[v]) || WHO_AUXILIARIES.has(words[v].toLowerCase()))) v++;
  // "who had 19 rebounds", "who is Hispanic": no verb of a deed of its own.
  if (v === 0 ? WHO_AUXILIARIES.has(words[0].toLowerCase()) : WHO_AUXILIARIES.has(words[v - 1].toLowerCase()) && /^(?:is|are|was|were|been)$/i.test(words[v - 1]) && !readsAsPastTense(words[v])) return undefined;
  // "who became the MP", "who seemed calm": a post taken or a way of being, read by other rows.
  if (LINKING_VERBS.has(words[v].toLowerCase()) || (v >= words.length - 1 && !LONE_DEEDS.has(words[v].toLowerCase()))) return undefined;
  const cut = cutAtBoundary(words);
  // "who struggles to understand | that …": a verb whose object is a clause is cut short there
  // (not a noun's: "worked on a radar project | that …").
  if (/^that$/i.test(words[cut.length] ?? '') && isVerbForm(cut[cut.length - 1]) && !isNounOrAdjective(cut[cut.length - 1])) return undefined;
  const deed = capped(cut, v);
  if (!deed || deed.length <= v + 1 && !LONE_DEEDS.has(words[v].toLowerCase())) return undefined;
  const object = deed.slice(v + 1);
  if (object[0] && (OBJECT_PRONOUNS.has(object[0].toLowerCase()) || isDateAfter(object[0]))) return undefined;
  if (object.some((w) => SPEECH_VERBS.has(w.toLowerCase()) || COPULAS.has(w.toLowerCase()) || MODALS.has(w.toLowerCase()))) return undefined;
  return deedClause(` who ${deed.join(' ')}`, { speechDeeds: SPEECH_DEEDS, pastForms: true });
}
const deedWhoAfterName = (c: ActorRoleContext) =>
  c.after.map((a) => (WHO_AFTER_NAME.test(a) ? clauseAfterName(a, (rest) => deedInWhoClause(rest.replace(/^\s*/, ' '))) : undefined)).find((who) => who && !repeats(c.role, who));
/** In order; each row that matches rewrites the role for the rows after it. */
export const ROLE_COMPLETIONS: readonly RoleCompletion[] = [
  // "Tom Reyes has been a nurse at Harbor Clinic for eight years": "nurse at Harbor Clinic".
  { name: 'time-in-post-dropped', match: (c) => TIME_IN_POST.test(c.role) && !!c.role.replace(TIME_IN_POST, '').trim(), build: (c) => c.role.replace(TIME_IN_POST, '') },
  // "Ana Ruiz is giving the champion a hard time. The 24-year-old singer is …".
  { name: 'described-in-the-next-sentence', match: (c) => !c.role && !!describedNext(c), build: describedNext },
  // "Tom Reyes, 30, of Dover, was named as the driver. He was a nurse at the Harbor Inn.".
  { name: 'pronoun-described-in-the-next-sentence', match: (c) => !c.role && !!pronounDescribedNext(c), build: pronounDescribedNext },
  // "A Red Cross spokeswoman said … . “…,” Ana Ruiz told reporters.".
  { name: 'speaker-described-before', match: (c) => !c.role && !!describedBefore(c), build: describedBefore },
  // "A Harbor County man who saw the crash said … . Tom Reyes, 59, said he …".
  { name: 'introduced-as-one-from-a-place', match: (c) => !c.role && !!introducedFromAPlace(c), build: introducedFromAPlace },
  // "… hugged Ana Ruiz and took the Harbor Lights star’s hat": "Harbor Lights star".
  { name: 'the-work-role-owning-after', match: (c) => !c.role && !!workRoleAfter(c), build: workRoleAfter },
  // "the Harbor Gazette’s Ana Ruiz reports": "Harbor Gazette journalist".
  { name: 'journalist-of-the-outlet', match: (c) => !!outletAlone(c.role), build: (c) => c.role.replace(c.role.replace(AGE_AT_END, ''), `${outletAlone(c.role)!.replace(/^[Tt]he\s+/, '')} journalist`) },
  // "the EPA’s Ana Ruiz", "Ana Ruiz of the Harbor Department of Water": "EPA official".
  { name: 'official-of-the-body', match: (c) => !!governmentAlone(c.role), build: (c) => c.role.replace(BODY_ALONE, (_, __, body: string) => `${body} official`) },
  // "the quartet’s drummer", "the band's publicist" in a story about "rock group Harbor Lights":
  // "Harbor Lights drummer", "Harbor Lights publicist".
  {
    name: 'ensemble-named-for-its-kind',
    match: (c) => !!ownerKind(c.role) && c.story.ensembles.has(ownerKind(c.role)!),
    build: (c) => c.role.replace(KIND_OWNER, `${c.story.ensembles.get(ownerKind(c.role)!)} `),
  },
  // "Guitarist Ray Lund" in a story about "rock group Harbor Lights": "Harbor Lights guitarist".
  {
    name: 'member-of-the-ensemble',
    match: (c) => !!c.role && bareRole(c.role.replace(/,\s+\d+$/, '')) && !!memberKind(c.role) && c.story.ensembles.has(memberKind(c.role)!) && !c.role.includes(c.story.ensembles.get(memberKind(c.role)!)!),
    build: (c) => `${c.story.ensembles.get(memberKind(c.role)!)} ${lowerFirst(c.role)}`,
  },
  // "Irene Vale as Lotte" in a review that writes "Lotte, a schoolteacher who lost her dog":
  // "plays Lotte, a schoolteacher who lost her dog".
  { name: 'what-the-part-is', match: (c) => !!partDescription(c), build: (c) => c.role.replace(PLAYED_PART, (_, part: string, age: string | undefined) => `plays ${part}, ${partDescription(c)}${age ?? ''}`) },
  // "Freelance journalist Kim Lund … | Swedish journalist Kim Lund": "Swedish freelance journalist"
  // ("former Swedish envoy": after a word of time).
  { name: 'nationality-of-the-same-role', match: (c) => !!otherNationality(c), build: (c) => openingLowered(c.role).replace(/^((?:former|late|retired|acting)\s+)?/i, `$1${otherNationality(c)} `) },
  // "Gov. Dale Hunt" in a story set in Nebraska: "Nebraska Governor".
  {
    name: 'state-of-the-office',
    match: (c) => !!c.story.state && STATE_OFFICE.test(c.role),
    // "Former governor": the state goes after the word of time, as in "former Nebraska Governor".
    build: (c) =>
      c.role.replace(STATE_OFFICE, (office) => {
        const [, time, post] = /^((?:former|acting)\s+)?(.*)$/i.exec(office)!;
        return `${time?.toLowerCase() ?? ''}${c.story.state} ${post.replace(/^Gov\.$/i, 'Governor').replace(/^Lt\. Gov\.$/i, 'Lieutenant Governor')}`;
      }),
  },
  // "Justice Ana Ruiz" in a story about a Supreme Court case: "Supreme Court Justice".
  {
    name: 'court-of-the-justice',
    match: (c) => !!c.story.court && BARE_JUSTICE.test(c.role),
    build: (c) => c.role.replace(BARE_JUSTICE, (_, before: string | undefined, office: string) => `${before ?? ''}${c.story.court} ${office}`),
  },
  // "Speaker Ana Ruiz" in a story about a vote in the House: "House Speaker".
  {
    name: 'chamber-of-the-speaker',
    match: (c) => !!c.story.house && BARE_SPEAKER.test(c.role),
    build: (c) => c.role.replace(BARE_SPEAKER, (_, before: string | undefined, office: string) => `${before ?? ''}House ${office}`),
  },
  // "screenwriter" in a film review that quotes “Harbor” throughout: "screenwriter of “Harbor”".
  {
    name: 'work-of-the-maker',
    match: (c) => bareMaker(c.role) && madeTheWork(c),
    build: (c) => c.role.replace(/^([^,]+)/, (maker) => `${maker} of “${c.story.work}”`),
  },
  // "President Tom Reyes" in a story of "the Reyes administration" and the White House: "U.S. President".
  {
    name: 'country-of-the-presidency',
    match: (c) => !!c.story.presidency && BARE_PRESIDENT.test(c.role) && c.after.some((a) => GOVERNMENT_AFTER.test(a)),
    build: (c) => c.role.replace(BARE_PRESIDENT, (_, former: string | undefined, office: string) => `${former ?? ''}${PRESIDENCY.country} ${office}`),
  },
  // "President Tom Reyes" in a story that names the U.S. far more than any other country: "U.S.
  // President". Written as a title, capitalised, and never "President Tom Reyes of the Harbor
  // Trust"; a foreign head of state is written with the country's name at least once ("French
  // President Tom Reyes"), which the role has then.
  {
    name: 'president-of-the-story-country',
    match: (c) => !!c.story.presidency && c.story.country === countryOf(PRESIDENCY.country) && BARE_TITLED_PRESIDENT.test(c.role) && !c.after.some((a) => OF_AFTER.test(a)),
    build: (c) => c.role.replace(BARE_TITLED_PRESIDENT, (_, former: string | undefined, office: string) => `${former ?? ''}${PRESIDENCY.country} ${office}`),
  },
  // "Police Sgt. Ana Ruiz" in a story about the "Dover police": "Dover Police Sergeant".
  {
    name: 'force-of-the-officer',
    // …and "Fire Department Lieutenant": the town's fire service is the town its police are named for.
    match: (c) => !!c.story.police && TOWN_SERVICE.test(c.role) && c.role.replace(/,\s+\d+$/, '').split(/\s+/).every((w) => TOWN_SERVICE_WORDS.has(w.toLowerCase()) || lowerTitle(w)),
    build: (c) => {
      const [, former, office] = /^((?:former|acting|retired)\s+)?(.*)$/i.exec(c.role)!;
      return `${former ?? ''}${c.story.police} ${office}`;
    },
  },
  // "Tom Reyes was charged on Monday. His wife, Ana Ruiz, said …": a bare role that a "his" or
  // "her" owns is said with whose it is, unless a row before completed it ("star" → "star of
  // “Harbor”" says more than whose star).
  { name: 'whose-the-role-is', match: (c) => !!c.whose && c.role === c.whose.bare, build: (c) => c.whose!.owned },
  // "Rene’s father" in a story of Rene Pasztor; "Klein’s wife" for Ana Klein, wife of Tom Klein:
  // "Rene Pasztor’s father", "Tom Klein’s wife".
  { name: 'whose-full-name', match: (c) => !!fullOwner(c), build: (c) => c.role.replace(OWNER, (_, __, mark: string) => `${fullOwner(c)}${mark}`) },
  // "the zoo’s curator" in a story of the Harbor Park Zoo, "the dog's handler" of a dog named Rex:
  // "Harbor Park Zoo’s curator", "Rex’s handler".
  { name: 'whose-the-owner-noun-is', match: (c) => !!nounOwner(c), build: (c) => c.role.replace(NOUN_OWNER, (_, __, ___, mark: string) => `${nounOwner(c)}${mark}`) },
  // "Stanford chemist Nils Hauer … | Hauer, who led the research,": what the person is said to
  // be or to have done goes with a title, as a role written as an apposition keeps its clause.
  {
    name: 'what-the-person-did',
    // …not a role cut short ("describing the acting county clerk as").
    match: (c) => !!c.role && !/\bwho\b/.test(c.role) && !STOPWORDS.has(c.role.split(/\s+/).pop()!.toLowerCase()) && !!didAfterName(c),
    build: (c) => (AGE_AT_END.test(c.role) ? c.role.replace(AGE_AT_END, ` ${didAfterName(c)}$1`) : `${c.role} ${didAfterName(c)}`),
  },
  // "Ana Ruiz, who became the MP for Leeds North in 2019, said …": with no role written
  // anywhere, the post the person took is their role, without the time they took it.
  { name: 'post-the-person-took', match: (c) => !c.role && !!postTaken(c), build: postTaken },
  // "Tom Reyes, who published the poems in 1990, said …": with no role written anywhere, what
  // the person is said to do or have done in life says who they are.
  { name: 'what-the-person-did-alone', match: (c) => !c.role && !!didAfterName(c), build: didAfterName },
  // "…, 31, pleaded not guilty to burglary on Monday": the charge goes with the role.
  {
    name: 'charge-faced',
    match: (c) => c.after.some((a) => STATUS.test(a)) && !/\b(?:charged|accused|convicted|guilty|indicted|arrested|sentenced|suspected)\b/i.test(c.role),
    build: (c) => {
      const m = STATUS.exec(c.after.find((a) => STATUS.test(a))!)!;
      const status = `${m[1].replace(/\s+/g, ' ')} ${m[2].replace(/\s+/g, ' ')} ${m[3]}`;
      if (!c.role) return status;
      return /^(?:pleaded|pled)\b/.test(status) ? `${c.role}, who ${status}` : `${c.role}, ${status}`;
    },
  },
  // "Ray Malden, 57, was found fatally shot": a victim's fate goes with the role.
  {
    name: 'harm-suffered',
    match: (c) => c.after.some((a) => HARM.test(a)) && !HARMED.test(c.role),
    build: (c) => {
      const harm = HARM.exec(c.after.find((a) => HARM.test(a))!)![1];
      return c.role ? `${c.role}, ${harm}` : harm;
    },
  },
  // "Gov. Ana Ruiz announced the recall on Monday": a title that says nothing of the story
  // takes what the person did in it, read where the lead names them as the doer.
  { name: 'deed-in-the-lead', match: (c) => leanRole(c.role) && !!leadDeed(c), build: (c) => withDeed(c.role, leadDeed(c)!) },
  // "Senator Ana Ruiz, who drafted the water bill, …": a title that says nothing of the story
  // takes what the article's own relative clause after one of the person's names says they did.
  { name: 'deed-in-a-who-clause', match: (c) => leanRole(c.role) && !!deedWhoAfterName(c), build: (c) => withDeed(c.role, deedWhoAfterName(c)!) },
  // "Senator Ana Ruiz … | Ruiz, the chair of the Harbor Fisheries Committee,": a bare title,
  // however often written, takes the second description another mention gives, when that one
  // names a body or a deed ("Senator, chair of the Harbor Fisheries Committee"); so does a title
  // with its body or kind ("retired ferry captain, mother of Tom Reyes"): an editor writes both.
  { name: 'title-and-a-second-description', match: (c) => !!secondDescription(c), build: (c) => c.role.replace(/^[^,]+/, (title) => `${title}, ${secondDescription(c)}`) },
  // "Tom Reyes, who made the letters public, said …": with no role written anywhere and nothing
  // STORY_ROLES reads, what the story says the person did or was.
  { name: 'what-the-person-did-in-the-story', match: (c) => !c.role && !storyRole(c) && !!deedAfterName(c), build: deedAfterName },
  // "Tom Reyes, who restored the old ferry with his brother over many summers, …": a clause too
  // long to be a role whole gives its deed, cut as the lead's deed is.
  { name: 'deed-cut-from-a-long-clause', match: (c) => !c.role && !storyRole(c) && !deedAfterName(c) && !!deedWhoAfterName(c), build: deedWhoAfterName },
  // "21-year-old mom" → "21-year-old mother".
  { name: 'kin-word-written-out', match: (c) => KIN_SPOKEN.test(c.role), build: (c) => c.role.replace(new RegExp(KIN_SPOKEN.source, 'gu'), (w) => KIN_WRITTEN.get(w)!) },
  // "US Defense Secretary" → "U.S. Defense Secretary", as "U.S. President" is written.
  { name: 'one-spelling-of-the-country', match: (c) => usBeforeTitle(c.role) !== c.role, build: (c) => usBeforeTitle(c.role) },
];

// A title and at most one word more, with no clause, joint or age-free comma: "Senator", "Vice
// President", "Prince, 55"; what a reader learns little from.
const JOINT = /\s(?:of|at|for|in|with|from|to|on|by|behind|over)\s/;
const bareTitle = (role: string) => {
  const title = role.replace(AGE_AT_END, '');
  const words = title.split(/\s+/).filter((w) => !STOPWORDS.has(w.toLowerCase()));
  return !!title && !/[,;:()"“”]|\bwho\b/.test(title) && !JOINT.test(` ${title} `) && words.length <= 2 && words.some(namesATitle);
};
// A post held before, or one the person may never hold, is no second description of a post held now.
const NOT_NOW = /^(?:(?:former|onetime|one-time|retired|then|late|ex|would-be|outgoing|incoming)(?![\p{L}])|ex-)/iu;
// Words that say the same: "Senator" and "Senate", "presenter" and "co-presenter".
const stems = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length > 2 && !STOPWORDS.has(w)).map(stem));
// "HRB President" and "Harbor Relief Board chief", "Senator" and "leader of the Senate": the same
// post said again, by a word of the same stem, by the initials of the body
// the title names, or by a body's title at the end.
const repeatsTitle = (title: string, d: string) => {
  const said = stems(title);
  const acronym = title.split(/\s+/).some((w) => /^\p{Lu}{2,}$/u.test(w) && initials(d).includes(w));
  // ("Red Cross chief": a body's title, in lower case after the body's name; not "brother of the King".)
  const [before, last] = d.split(/\s+/).slice(-2);
  const bodyTitle = /^\p{Lu}/u.test(before ?? '') && /^\p{Ll}/u.test(last) && (TITLE_HEADS.has(last) || GENERIC_HEADS.has(last));
  return [...stems(d)].some((w) => said.has(w)) || acronym || bodyTitle;
};
// "author of the Harbor Act": the word a description is about, before its first joint.
const headBeforeJoint = (role: string) => {
  const words = role.toLowerCase().split(/\s+/);
  const joint = words.findIndex((w, i) => i > 0 && /^(?:of|at|for|in|with|from|to|on|by|behind|over)$/.test(w));
  return joint > 0 ? words[joint - 1] : '';
};
// "author of the Harbor Act", "mother of Tom Reyes": a post's or kin's word, then a joint; '' when none.
const postOrKinByJoint = (d: string) => (JOINT.test(` ${d} `) && (TITLE_HEADS.has(headBeforeJoint(d)) || KIN_WORDS.has(headBeforeJoint(d))) ? d : '');
// Past this many words a joined role is a sentence, not a label.
const JOINED_WORDS = 12;
/**
 * The second description of a bare or lean title, read from the other roles written beside the
 * person's names: the title's own apposition ("Duke, elder brother of the Queen") or another role
 * that names a post or kin by a joint ("author of the Harbor Act", "mother of Tom Reyes"), of a
 * long one the part before its first comma ("mother of Tom Reyes, one of the crew lost …": whose
 * mother, not what the son was); not a post held before, nor one that repeats a word of the title,
 * nor a title alone (a second post may be another time's: "State Senator" beside "President").
 */
const secondDescription = (c: ActorRoleContext): string | undefined => {
  if (!(bareTitle(c.role) || leanRole(c.role)) || !c.roles) return undefined;
  const title = c.role.replace(AGE_AT_END, '');
  const room = JOINED_WORDS - title.split(/\s+/).length;
  const found = c.roles
    .map((r) => (r.toLowerCase().startsWith(`${title.toLowerCase()}, `) ? r.slice(title.length + 2) : postOrKinByJoint(r.split(',')[0])))
    .map((d) => d.replace(AGE_AT_END, '').trim())
    .filter((d) => d.split(/\s+/).length >= 2 && d.split(/\s+/).length <= room && !NOT_NOW.test(d) && !/[;:()"“”?]/.test(d) && !STOPWORDS.has(d.split(/\s+/).pop()!.toLowerCase()) && !repeatsTitle(title, d) && (JOINT.test(` ${d} `) || /\p{Lu}/u.test(d.slice(1))));
  return found.sort((x, y) => x.split(/\s+/).length - y.split(/\s+/).length)[0];
};
// A title and nothing more ("Michigan Governor", "State epidemiologist, 52"): a role noun or a
// title's word in it, at most LEAN_ROLE_WORDS words of content, no clause, and no deed told
// already, by a row before ("suspected of arson") or in the title ("mother of a son arrested on
// Friday"; "retired teacher" tells none).
const leanRole = (role: string) => {
  const title = role.replace(AGE_AT_END, '');
  const words = title.split(/\s+/).filter((w) => !STOPWORDS.has(w.toLowerCase()));
  return !!title && !tellsADeed(title) && !/[,;:()"“”]|\bwho\b/.test(title) && words.length <= LEAN_ROLE_WORDS && words.some(namesATitle);
};
// ("arrested" in "mother of a son arrested on Friday"; the first word is the title's own: "retired teacher".)
// Any "-ed" past form, a short one too ("fled", "used"): not readsAsPastVerb, which leaves those
// to the lexicon's verb forms that its callers ask first.
const tellsADeed = (title: string) => title.split(/\s+/).slice(1).some(readsAsEdPast);
const namesATitle = (w: string) => isRoleNoun(w) || TITLE_HEADS.has(bareWord(w));
const bareWord = (w: string) => w.toLowerCase().replace(/[’']s$|[.,]$/u, '');
const LEAN_ROLE_WORDS = 3;
// Before the name in its sentence, only the title the name is written with ("Michigan Gov. |",
// "State epidemiologist |"), after at most an opening time ("On Monday, |"): the name opens
// the sentence's main clause, as its subject.
const OPENING_TIME = new RegExp(String.raw`^(?:(?:${phrases(OPENING_TIMES)})\s+[\p{L}\d ]{1,30},\s+)?`, 'u');
const titleOnlyBefore = (before: string) => {
  const words = before.replace(OPENING_TIME, '').trim().split(/\s+/).filter(Boolean);
  // (No function word: "If | allies fail", "While | and others", "A | hearing would"; only "the" before a title: "The state epidemiologist |".)
  return words.length <= 6 && words.every((w, i) => /^[\p{L}.'’&-]+$/u.test(w) && (i === 0 && /^the$/i.test(w) ? words.length > 1 : !STOPWORDS.has(w.toLowerCase()) && (isCapitalized(w) || isRoleNoun(w) || TITLE_HEADS.has(w.toLowerCase()))));
};
// Right after the name, past a suffix, a party label, an age and a home town, an apposition that
// opens on an article, and a second doer: "…, 61, of Dover, signed", "Sen. Ana Ruiz (D-Ore.)
// signed", "Tom Reyes, a former aide to the mayor, filed", "Ana Ruiz and Tom Reyes founded" (not
// an owner: "Ana Ruiz and Tom’s | family issued").
const PARTY_LABEL = String.raw`(?:\s+\([RDI]-[\p{L}.\s]{2,12}\))?`;
const APPOSITION_GAP = String.raw`(?:,\s+(?:the|a|an)\s+[^,;:()"“”.!?]{3,80},)?`;
const SUBJECT_GAP = new RegExp(String.raw`^${NAME_SUFFIX}${PARTY_LABEL}${AGE_AND_HOME}?${APPOSITION_GAP}(?:\s+and\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}(?!['’])${AGE_AND_HOME}?)?\s+`, 'u');
/** The verb phrase the person is the subject of, up to where its clause ends, as "who …"; undefined when it tells no deed. */
function deedAfterSubject(after: string): string | undefined {
  const gap = SUBJECT_GAP.exec(after);
  if (!gap) return undefined;
  // (A comma or a colon inside a figure goes on: "a 9,610-vote lead", "at 7:30".)
  const clause = /^(?:[^,;:()"“”!?]|[,:](?=\d))*?(?=[,:](?!\d)|[;()"“”!?]|\.(?=\s|$)|$)/u.exec(after.slice(gap[0].length))![0];
  const words = withoutOpeningTime(clause.split(/\s+/).filter(Boolean));
  const verb = pastVerbAt(words);
  if (verb < 0) return undefined;
  const cut = cutAtBoundary(words);
  // A verb alone is a deed only when it tells one by itself (LONE_DEEDS: "died", not "smiled"),
  // and where what follows tells when or why ("died | on Monday") or nothing does ("won | that
  // standoff", "resigned | :" go on).
  if (cut.length === verb + 1) {
    const next = words[cut.length];
    const ends = next ? endsLoneDeed(next) || isDateAfter(words[cut.length + 1] ?? '') : /^\s*\.(?:\s|$)/.test(after.slice(gap[0].length + clause.length));
    if (!LONE_DEEDS.has(words[verb].toLowerCase()) || !ends) return undefined;
  }
  const deed = capped(cut, verb);
  if (!deed) return undefined;
  const object = deed.slice(deed.indexOf(words[verb]) + 1);
  // "made no secret", "told Harris": no negation, and no second verb of saying.
  if (deed.some((w) => /^(?:no|not|never|nothing)$/i.test(w)) || object.some((w) => SPEECH_VERBS.has(w.toLowerCase()))) return undefined;
  // "made it happen": a pronoun's deed says nothing without the sentence before.
  if (object[0] && OBJECT_PRONOUNS.has(object[0].toLowerCase())) return undefined;
  // "landed Saturday night": a time is no object; "shares were up": a clause of its own.
  if (object[0] && isDateAfter(object[0])) return undefined;
  if (object.some((w) => COPULAS.has(w.toLowerCase()) || MODALS.has(w.toLowerCase()) || /^(?:has|have|had)$/i.test(w))) return undefined;
  return deedClause(` who ${deed.join(' ')}`, { speechDeeds: SPEECH_DEEDS, pastForms: true });
}
// "today apologized", "on Monday signed": a time before the verb goes with the sentence, not the deed.
function withoutOpeningTime(words: readonly string[]): string[] {
  let i = 0;
  while (i < words.length && (isDateAfter(words[i]) || (/^on$/i.test(words[i]) && !!words[i + 1] && isDateAfter(words[i + 1])))) i += /^on$/i.test(words[i]) ? 2 : 1;
  return words.slice(i);
}
// Where the deed's verb is, past an adverb and a "has" or "had": a past form, not a verb of
// being or seeming (LINKING_VERBS) nor "did" ("did meet"); -1 when the clause opens on none.
function pastVerbAt(words: readonly string[]): number {
  let v = 0;
  const adverb = (w: string | undefined) => !!w && (/^\p{Ll}+ly$/u.test(w) || DEED_ADVERBS.has(w.toLowerCase()));
  while (adverb(words[v])) v++;
  if (/^(?:has|had|have)$/i.test(words[v] ?? '')) v++;
  while (adverb(words[v])) v++;
  const w = words[v];
  return w && /^\p{Ll}/u.test(w) && !LINKING_VERBS.has(w.toLowerCase()) && !COPULAS.has(w.toLowerCase()) && readsAsPastTense(w) ? v : -1;
}
// (A verb alone tells its deed when what follows says when or why: "died | after a long illness", "died | on Monday".)
const endsLoneDeed = (w: string) => LONE_DEED_ENDS.has(w.toLowerCase()) || DATE_OPENERS.has(w.toLowerCase());
// "announced the recall | on Monday", "signed the bill | after a long debate": the deed ends
// before when, why or how it was done (DEED_ENDS), and before a date after "in", "on", "last" or "this".
function cutAtBoundary(words: readonly string[]): string[] {
  const end = words.findIndex((w, i) => i > 0 && (DEED_ENDS.has(w.toLowerCase()) || (DATE_OPENERS.has(w.toLowerCase()) && !!words[i + 1] && isDateAfter(words[i + 1]))));
  return end < 0 ? [...words] : words.slice(0, end);
}
const isDateAfter = (w: string) => /^\d{4}$/.test(w) || isMonth(w) || isDateWord(w);
// "announced the recall of the cars": at most DEED_WORDS words of content, cut before a
// preposition when it holds more, past the verb's object ("lives | in …" says nothing) and not
// after a verb's form ("spent years combing | through …"); none when no such cut fits. An
// "also" or "then" before the verb looks back to a sentence the role is read without.
function capped(cut: readonly string[], verb: number): string[] | undefined {
  const words = cut.filter((w, i) => !(i < verb && /^(?:also|then)$/i.test(w)));
  const v = verb - (cut.length - words.length);
  const said = (w: string) => !STOPWORDS.has(w.toLowerCase());
  const content = (n: number) => words.slice(0, n).filter(said).length;
  if (content(words.length) <= DEED_WORDS) return words;
  for (let n = words.length - 1; n > v + 1; n--) {
    const last = words[n - 1];
    if (DEED_JOINTS.has(words[n].toLowerCase()) && content(n) <= DEED_WORDS && said(last) && !/ing$/.test(last) && !readsAsPastTense(last) && words.slice(v + 1, n).some(said)) return words.slice(0, n);
  }
  return undefined;
}
// An editor's role is a title and a deed of some six words; ours is a title of two or three. A
// deed of three words that shares only "who" with the editor's keeps a role that matched
// matching (the scorer's F1 stays at 0.5 or more), and one that shares its verb makes it match.
const DEED_WORDS = 3;
/**
 * The first deed read where the person is the subject, in the lead of an article (its first
 * LEAD_SENTENCES sentences): the earliest sentence first, and of two as early the one in the
 * article that names the person most.
 */
const leadDeed = (c: ActorRoleContext) => {
  const places = c.places;
  if (!places) return undefined;
  const counts = new Map<number, number>();
  for (const p of places) counts.set(p.doc, (counts.get(p.doc) ?? 0) + 1);
  const order = c.after.map((_, i) => i).filter((i) => places[i].position < LEAD_SENTENCES && titleOnlyBefore(c.before?.[i] ?? '-'));
  order.sort((x, y) => places[x].position - places[y].position || counts.get(places[y].doc)! - counts.get(places[x].doc)! || x - y);
  return order.map((i) => deedAfterSubject(c.after[i])).find(Boolean);
};
// The lede: past it, the first deed read is seldom the one the story is about ("thanked the
// guests", "greeted the crowd").
const LEAD_SENTENCES = 3;
// "State epidemiologist, 52" → "State epidemiologist who named …, 52".
const withDeed = (role: string, who: string) => (AGE_AT_END.test(role) ? role.replace(AGE_AT_END, ` ${who}$1`) : `${role} ${who}`);

// "21-year-old mom": the everyday word for kin, whole and in lower case.
const KIN_SPOKEN = new RegExp(String.raw`(?<![\p{L}'’-])(${[...KIN_WRITTEN.keys()].join('|')})(?![\p{L}'’-])`, 'u');
// "US Defense Secretary", "US President": the country's abbreviation before a title, which the
// builder writes "U.S." itself ("U.S. President"); not before a body's name ("US Airways pilot").
const usBeforeTitle = (role: string) => {
  const words = role.split(' ');
  return words.map((w, i) => {
    if (w !== 'US') return w;
    const run = [];
    for (let k = i + 1; k < words.length && /^\p{Lu}/u.test(words[k]); k++) run.push(words[k].replace(/[,.;:]$/, '').toLowerCase());
    return run.some((r) => TITLE_HEADS.has(r)) ? PRESIDENCY.country : w;
  }).join(' ');
};

/** What a person is to the story, read from what a sentence says they did or underwent. */
export interface StoryRole {
  /** Names the label in data/role-phrases.json storyRoles. */
  name: string;
  /** Whether one mention reads so: the text right after it, the sentence's text before it. */
  reads: (after: string, before: string) => boolean;
}

// "who lost her father and stepmother on Flight 12", "lost her son in the attack": a kin word,
// as a step-relation or a plural too.
const LOST_KIN = new RegExp(String.raw`${AFTER_NAME}(?:had\s+)?lost\s+(?:his|her|their)\s+(?:(?:two|three|four|only|eldest|youngest|younger|older|baby|infant|\d{1,2}-year-old)\s+)?(?:step-?)?([\p{Ll}-]+?)s?\b`, 'u');
const lostKin = (after: string) => {
  const kin = LOST_KIN.exec(after)?.[1];
  return !!kin && KIN_WORDS.has(kin);
};
const VICTIM_BEFORE = /\b(?:victims?|dead)\s+(?:is|was|were|are|included|includes|include)\s+(?:\d{1,3}-year-old\s+)?$/u;
const VICTIM_AFTER = new RegExp(String.raw`${AFTER_NAME}${BE}\s+(?:(?:also|each|both|all)\s+)?(?:among\s+the\s+(?:victims|dead|killed)|(?:one\s+of\s+the\s+)?victims?)\b`, 'u');
const SUED = new RegExp(String.raw`${AFTER_NAME}(?:(?:has|had|have|also|later)\s+)?(?:sued|(?:is|are|was|were)\s+suing|filed\s+(?:a\s+)?(?:federal\s+|civil\s+|class-action\s+|wrongful-death\s+)?(?:lawsuit|suit))\b`, 'u');
// (The force may open the sentence: "Troopers arrested Tom Reyes".)
const ARRESTED_BEFORE = /\b(?:[Pp]olice|[Oo]fficers|[Aa]uthorities|[Dd]eputies|[Aa]gents|[Tt]roopers)\s+(?:have\s+|had\s+|later\s+)?arrested\s+(?:\d{1,3}-year-old\s+)?$/u;
const ARRESTED_AFTER = new RegExp(String.raw`${AFTER_NAME}${BE}\s+(?:(?:also|later|since|previously|each|both|all)\s+)?arrested\b`, 'u');
const WITNESSED = new RegExp(String.raw`${AFTER_NAME}(?:(?:also|had)\s+)?witnessed\b`, 'u');
// "Dan Hollis, who shot and killed Ana Ruiz,", "the murder of Ana Ruiz": the one a killing is done
// to, named as its object; not one the police killed ("officers shot and killed Tom Reyes"), who
// is no victim an editor would name so, nor one accused of a killing ("accused of killing").
const KILLING = String.raw`(?:killed|murdered|shot\s+and\s+killed|fatally\s+(?:shot|stabbed|wounded)|stabbed\s+to\s+death|strangled|(?:murder|killing|slaying)\s+of)\s+(?:\d{1,3}-year-old\s+)?$`;
const KILLED_BEFORE = new RegExp(String.raw`\b${KILLING}`, 'u');
const KILLED_BY_FORCE = new RegExp(String.raw`\b(?:[Pp]olice|[Oo]fficers?|[Tt]roopers?|[Dd]eput(?:y|ies)|[Aa]gents|[Ss]oldiers|[Tt]roops)\s+(?:[\p{Ll}]+\s+){0,2}${KILLING}`, 'u');
// "Tom Reyes turned himself in", "Reyes, 26, surrendered to police": one who gave himself up, not
// a thing ("surrendered a late lead").
const SURRENDERED = new RegExp(String.raw`${AFTER_NAME}(?:(?:later|also|eventually|then)\s+)?(?:turned\s+(?:himself|herself)\s+in|surrendered(?!\s+(?:a|an|the|his|her|their|its)\b))\b`, 'u');

/**
 * The fallback when no role is written beside any of a person's names: what the story makes of
 * them, as an editor would put it ("Plaintiff", "Suspect"). Each row reads one pattern of
 * language; the first that matches any mention gives its label.
 */
export const STORY_ROLES: readonly StoryRole[] = [
  // "Hana Ortiz, who lost her father on Flight 12, said …".
  { name: 'lost-kin', reads: lostKin },
  // "The fourth victim is Ana Ruiz", "Ana Ruiz, 31, was also among the dead", "Dan and Ana Ruiz were victims of …".
  { name: 'named-victim', reads: (after, before) => VICTIM_AFTER.test(after) || VICTIM_BEFORE.test(before) },
  // "Ana Ruiz sued the city", "Ruiz, who filed a lawsuit against …", "Ruiz is suing …".
  { name: 'sued', reads: (after) => SUED.test(after) },
  // "Tom Reyes, 26, was arrested Saturday", "police arrested Tom Reyes".
  { name: 'arrested', reads: (after, before) => ARRESTED_AFTER.test(after) || ARRESTED_BEFORE.test(before) },
  // "Ana Ruiz, who witnessed the crash, said …".
  { name: 'witnessed', reads: (after) => WITNESSED.test(after) },
  // "Dan Hollis, who shot and killed Ana Ruiz, …", "the murder of Ana Ruiz".
  { name: 'killed-by-another', reads: (_, before) => KILLED_BEFORE.test(before) && !KILLED_BY_FORCE.test(before) },
  // "Tom Reyes turned himself in to detectives", "Reyes, 26, surrendered".
  { name: 'surrendered', reads: (after) => SURRENDERED.test(after) },
];

/** The label of the first row of STORY_ROLES that reads a mention of the person; '' when none does. */
export function storyRole(c: ActorRoleContext): string {
  const row = STORY_ROLES.find((r) => c.after.some((a, i) => r.reads(a, c.before?.[i] ?? '')));
  return row ? STORY_ROLE_LABELS.get(row.name) ?? '' : '';
}

/**
 * "Northern Guild of the Harbour Pilots chief", "head of the agency": a role whose head noun
 * (its last word, or the word before its first "of", "at" or "for") says the person leads or
 * belongs to a body without naming the post.
 */
export function namesNoPost(role: string): boolean {
  const words = role.replace(/,\s+\d{1,3}$/, '').split(/\s+/);
  const joint = words.findIndex((w, i) => i > 0 && /^(?:of|at|for|with|in)$/.test(w));
  // Written in lower case: "Police Chief", "Chief of Staff" are posts.
  return [words[words.length - 1], joint > 0 ? words[joint - 1] : ''].some((w) => GENERIC_HEADS.has(w));
}

/** "Red Cross President", "Police Chief": a title written as one, capitalised. */
export const namesPost = (role: string) => !namesNoPost(role) && role.split(/\s+/).some((w) => /^\p{Lu}\p{Ll}/u.test(w) && TITLE_HEADS.has(w.toLowerCase()));

/** The role completed by every row of ROLE_COMPLETIONS that matches. */
export function completeRole(c: ActorRoleContext): string {
  let role = c.role;
  for (const row of ROLE_COMPLETIONS) {
    const ctx = { ...c, role };
    if (row.match(ctx)) role = row.build(ctx) ?? role;
  }
  // Only when nothing beside any name says who the person is.
  return c.role ? role : withAge(role || storyRole(c), c.age);
}

// What the story makes of a person with no title takes the age a title would have taken: an
// editor writes "suspect, 26", and "26, charged with arson" before a charge or a harm, which
// opens on its verb. (A titled role has it already: "singer, 65".)
const OPENS_ON_VERB = new RegExp(String.raw`^(?:(?:fatally|critically|seriously|badly|severely|gravely)\s+)?(?:${[...LEGAL_STATUS_VERBS, ...HARM_VERBS].join('|')})\b`, 'u');
function withAge(role: string, age: number | undefined): string {
  if (!role || !age || role.includes(String(age)) || /^who\b/.test(role)) return role;
  return OPENS_ON_VERB.test(role) ? `${age}, ${role}` : `${role}, ${age}`;
}
