// Groups mentions into actors (surnames, transliterations, acronyms, capitals standing for
// governments), picks each actor's name, type and role, and ranks them by salience.
import type { ActorDraft, Context, Mention } from '../types.js';
import { STOPWORDS, occurrences } from '../text/tokens.js';
import { phrases } from '../text/phrases.js';
import { speaksAfterTitle } from './04-entities.js';
import { completeRole, namesNoPost, namesPost, roleStory } from '../actor-roles.js';
import { pronounOwning } from '../roles.js';
import { isConnector, isGeneration, isParticle, isRomanNumeral } from '../name-words.js';
import { ADDRESSED_TO, BODY_KINDS_BEFORE, BODY_VERBS_AFTER_WHICH, COLLECTIVE_NOUNS, HEADS_WRITTEN_LAST, HONORIFICS, PARTY_NOUNS, PLATFORM_NOUNS, PLATFORM_POSTS, PLAYS_PART, STATE_AFTER_A_TOWN, TITLE_HEADS, DISEASE_NOUNS, FORCE_MEMBERS, OTHER_INVESTIGATORS, UNNAMED_CHILDREN, UNNAMED_SUBJECTS, CHILD_AGE_BEFORE, PROSECUTING_BODY, PROSECUTING_GROUPS, GOVERNMENT_NOUNS, isAdverb, JOURNALISTS, KIN_WORDS, LOCAL_FORCES, MEDIA, RANKS, MEDIA_HEADS, ORG_HEADS, OPENING_PARTICLES, SPEECH_VERBS, UNNAMED_PERSONS, LEGISLATORS, SPEAKERS_OF_A_BODY, STATE_LEGISLATURE_WORDS, STOCK_EXCHANGES, TITLE_MODIFIERS, WORKERS_OF_A_BODY, ORG_ADJECTIVES, countryOf, countryOfDemonym, isCommonWord, isDateWord, isFirstName, isGivenName, genderOf, genderOfWord, isLastName, isPlace, isShortFormOf, isRoleNoun, isTitleWord, isVerbForm, knownOrg, readsAsAdjectiveOnly, readsAsPastVerb, readsAsPlural, readsAsPluralAdverbOrAdjective } from '../lexicon.js';

const normKey = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^(?:al|el|bin|ibn)[-\s]/, '')
    .replace(/[^a-z0-9 ]/g, '');

const surname = (name: string) => normKey(name.split(/\s+/).pop()!);

// "Sergei"/"Sergey": same initial, at most two letters apart, or the same consonants. "Jon"/"Jonathan", "Randy"/"Randall":
// a short form shares the first letters of the full one.
function sameFirstName(a: string, b: string): boolean {
  a = normKey(a);
  b = normKey(b);
  if (a === b || isShortFormOf(a, b) || isShortFormOf(b, a)) return true;
  if (a[0] !== b[0]) return false;
  let shared = 0;
  while (shared < Math.min(a.length, b.length) && a[shared] === b[shared]) shared++;
  if (shared >= 4 || (shared === 3 && Math.min(a.length, b.length) === 3)) return true;
  return editDistance(a, b) <= Math.min(2, Math.floor(Math.min(a.length, b.length) / 3)) || (skeleton(a).length >= 2 && skeleton(a) === skeleton(b));
}

// "Rashid"/"Rasheed", "Mohammed"/"Muhammad": transliterations of one name differ in vowels, in the
// glides and breath letters (h, w, y) and in doubled letters; its consonants stay.
const skeleton = (name: string) => name[0] + name.slice(1).replace(/[aeiouyhw]/g, '').replace(/(.)\1+/g, '$1');

// "Varga"/"Vagra": a surname misspelt, for a person with the same first name.
// "Hollis"/"Holli's", "Danner"/"Dannr": a shorter one by a letter.
const misspelt = (a: string, b: string) => {
  const shorter = Math.min(a.length, b.length);
  const d = editDistance(a, b);
  return (shorter >= 6 && d <= 2) || (shorter >= 4 && d <= 1);
};

// "Kim Jong-un" and "Kim Jong Un", "J.R. Smith" and "JR Smith": one name however it is joined.
const compact = (name: string) => normKey(name).replace(/ /g, '');

/**
 * "Lopez Marsh" for Maria Lopez Marsh: the words after a person's first name, when
 * they are two or more and open with no first name, are the surname alone. Keys of a full name.
 * A surname that opens with its particle is one however the particle is written: "Le Pen" for
 * Marine Le Pen, "De Luca" for Paolo de Luca.
 */
// "Okafor Sr." for Dana Okafor Sr.: the surname with its generation's suffix stands for the
// whole name, and never for the father's or the son's alike.
const surnameWithGeneration = (words: readonly string[], k: number) => k === words.length - 2 && isGeneration(words[k + 1]) && /^\p{Lu}\p{Ll}/u.test(words[k]);
const surnamesOfSeveralWords = (name: string): string[] => {
  const words = name.split(/\s+/);
  const keys: string[] = [];
  for (let k = 1; k <= words.length - 2; k++)
    if ((isFirstName(words[k - 1]) && !isFirstName(words[k]) && /^\p{Lu}\p{Ll}/u.test(words[k])) || isParticle(words[k]) || surnameWithGeneration(words, k)) keys.push(normKey(words.slice(k).join(' ')));
  return keys;
};

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(?:of|the|for|and)$/i.test(w))
    .map((w) => w[0])
    .join('');

/** Assigns every mention an actor id; returns the actors. Exported for tests. */
export function clusterMentions(
  mentions: Mention[],
  speakers: ReadonlySet<string> = new Set(),
  acronyms: ReadonlyMap<string, string> = new Map(),
  acts: (m: Mention) => boolean = () => false,
  afterThe: (m: Mention) => boolean = () => false,
  team: (a: ActorDraft) => boolean = () => false,
  about: (a: ActorDraft) => boolean = () => false,
  kin: ReadonlySet<string> = new Set(),
  opens: (m: Mention) => boolean = () => false,
  docIndex: (m: Mention) => number = () => 0,
): ActorDraft[] {
  const actors: ActorDraft[] = [];
  const make = (m: Mention): ActorDraft => {
    const a: ActorDraft = { index: actors.length, name: m.name, aliases: new Set(), type: m.type ?? 'person', roles: new Map(), role: '', mentions: [], salience: 0 };
    actors.push(a);
    return a;
  };
  const add = (a: ActorDraft, m: Mention, alias = true) => {
    m.actor = a.index;
    a.mentions.push(m);
    if (alias) a.aliases.add(m.name);
    if (m.surface) a.aliases.add(m.surface);
    if (m.role) a.roles.set(m.role, (a.roles.get(m.role) ?? 0) + 1);
  };

  // "Lima said" once "Marco Lima" is named, "Jordan" after "Michael Jordan": a country or capital
  // written as a person's surname is that person. So is one written as a person's given name
  // ("Jordan was found" once "Jordan Velliver" is named) where no other person of the story has
  // that given name (the lone first-name rule below then joins the two).
  const surnames = new Set(mentions.filter((m) => m.type === 'person' && m.name.includes(' ')).map((m) => m.name.split(/\s+/).pop()!));
  const firstNames = new Map<string, string[]>();
  for (const m of mentions) if (m.type === 'person' && m.name.includes(' ')) push(firstNames, m.name.split(/\s+/)[0], m.name);
  for (const m of mentions) {
    const written = m.surface ?? m.name;
    if (m.type !== 'country' || !(surnames.has(written) || new Set(firstNames.get(written)).size === 1)) continue;
    m.type = 'person';
    m.name = written;
    delete m.surface;
  }
  // People with a full name first: they anchor the surnames.
  const people = new Map<string, ActorDraft[]>();
  const byCompact = new Map<string, ActorDraft>();
  const bySurnameOfSeveralWords = new Map<string, ActorDraft[]>();
  const byFullName = new Map<string, ActorDraft>();
  for (const m of mentions) {
    if (m.type !== 'person' || !m.name.includes(' ')) continue;
    const first = m.name.split(/\s+/)[0];
    const list = people.get(surname(m.name)) ?? [];
    // "Bobby Tarrant, the son of Rep. Bob Tarrant": two first names alike are two people
    // where the articles write one as the other's kin.
    const apart = (x: ActorDraft) => normKey(x.name.split(/\s+/)[0]) !== normKey(first) && [m.name, x.name, ...x.aliases].some((n) => kin.has(normKey(n)));
    let a = list.find((x) => sameFirstName(x.name.split(/\s+/)[0], first) && !apart(x));
    // A surname misspelt or transliterated ("Gaddafy"/"Gadafi") goes with a first name written
    // alike or transliterated too ("Muamar"/"Moamar").
    a ??= [...people.entries()].find(([k]) => misspelt(k, surname(m.name)))?.[1].find((x) => sameFirstName(x.name.split(/\s+/)[0], first) && !apart(x));
    a ??= byCompact.get(compact(m.name));
    // "Lopez Marsh" after "Maria Lopez Marsh", or before it.
    if (!a && (!isFirstName(m.name.split(/\s+/)[0]) || isParticle(m.name.split(/\s+/)[0]))) {
      const owners = bySurnameOfSeveralWords.get(normKey(m.name));
      if (owners?.length === 1) a = owners[0];
    }
    a ??= surnamesOfSeveralWords(m.name).map((k) => byFullName.get(k)).find((x) => x && !isFirstName(x.name.split(/\s+/)[0]));
    a ??= make(m);
    // "Danner" alone goes to Rita Danner first named "Rita Dannr".
    if (!list.includes(a)) {
      list.push(a);
      people.set(surname(m.name), list);
    }
    add(a, m);
    if (!byCompact.has(compact(m.name))) byCompact.set(compact(m.name), a);
    if (!byFullName.has(normKey(m.name))) byFullName.set(normKey(m.name), a);
    for (const k of surnamesOfSeveralWords(m.name)) {
      const owners = bySurnameOfSeveralWords.get(k) ?? [];
      if (!owners.includes(a)) owners.push(a);
      bySurnameOfSeveralWords.set(k, owners);
    }
  }
  const bySurnameBeforeGeneration = new Map<string, ActorDraft[]>();
  for (const p of new Set([...people.values()].flat())) {
    const words = p.name.split(/\s+/);
    // (Or a numeral: "Reyes" for Carl D. Reyes III; a numbered full name keeps its own key,
    // so that namesakes, Carl E. Reyes and Carl Reyes IV, stay two.)
    if (words.length >= 3 && (isGeneration(words[words.length - 1]) || isRomanNumeral(words[words.length - 1]))) push(bySurnameBeforeGeneration, normKey(words[words.length - 2]), p);
  }
  const byKey = new Map<string, ActorDraft>();
  const byFirstName = new Map<string, ActorDraft[]>();
  // "Conrad" for Conrad Abbot, first written "Conard Abbot": every first name the person is written with.
  for (const p of new Set([...people.values()].flat())) for (const first of new Set([p.name, ...p.aliases].filter((n) => n.includes(' ')).map((n) => normKey(n.split(/\s+/)[0])))) push(byFirstName, first, p);
  // Of some people, the one whose full name the article of a mention writes last before it.
  const namedLastBefore = (m: Mention, among: readonly ActorDraft[]): ActorDraft | undefined => {
    let last: Mention | undefined;
    for (const p of among)
      for (const x of p.mentions)
        if (x.name.includes(' ') && docIndex(x) === docIndex(m) && (x.sentence < m.sentence || (x.sentence === m.sentence && x.end <= m.start)) && (!last || x.sentence > last.sentence || (x.sentence === last.sentence && x.start > last.start))) last = x;
    return last && among.find((p) => p.mentions.includes(last!));
  };
  // Organisations by name and by initials, for "ACLU" / "American Civil Liberties Union".
  const orgByName = new Map<string, ActorDraft>();
  const orgByInitials = new Map<string, ActorDraft>();
  for (const m of mentions) {
    if (m.actor !== undefined) continue;
    const key = normKey(m.name);
    // A lone surname goes to the most mentioned person who has it.
    // "Marsh" for Dana Marsh Jr., when no one else has the surname.
    const sameSurname = m.name.includes(' ') ? undefined : people.get(surname(m.name)) ?? bySurnameBeforeGeneration.get(surname(m.name));
    if (sameSurname && (m.type === undefined || m.type === 'person')) {
      // "Burke" in a story of Stan Burke and of the Tallis family (Burke Tallis, Rita Tallis): a
      // word that is one person's surname and the first name of another, whose family the story
      // names too (a family sharing a surname is called by first names), is the one named in
      // full last before it in its article; it is an alias of neither.
      const family = (p: ActorDraft) => (people.get(surname(p.name))?.length ?? 0) >= 2;
      const namedFirst = byFirstName.get(key)?.filter((p) => !sameSurname.includes(p) && family(p));
      if (namedFirst?.length === 1) {
        add(namedLastBefore(m, [...sameSurname, namedFirst[0]]) ?? sameSurname.reduce((x, y) => (y.mentions.length > x.mentions.length ? y : x)), m, false);
        continue;
      }
      // When two people share it ("Rene Lowell", "Amber Lowell"), the bare surname is no
      // alias of either.
      add(sameSurname.reduce((x, y) => (y.mentions.length > x.mentions.length ? y : x)), m, sameSurname.length === 1);
      continue;
    }
    // …or, failing that, to the one person with that first name ("Collin" for Collin Rose).
    let sameFirst = m.name.includes(' ') || (m.type && m.type !== 'person') ? undefined : byFirstName.get(key);
    // "Tim" for Timothy Hale, "Abby" for Abigail Reyes: a short form, not an ordinary word, of
    // the first name of one person only.
    if (!sameFirst && !m.name.includes(' ') && (m.type === undefined || m.type === 'person') && key.length >= 3 && !isCommonWord(m.name)) {
      const owners = [...byFirstName.entries()].filter(([first]) => first !== key && ((first.startsWith(key) && first.length > key.length) || isShortFormOf(key, first)));
      if (owners.length === 1) sameFirst = owners[0][1];
    }
    if (sameFirst?.length === 1) {
      add(sameFirst[0], m);
      continue;
    }
    let a = byKey.get(key);
    if (!a && m.type === 'organization') a = orgByInitials.get(m.name) ?? orgByName.get(initials(m.name));
    if (!a) {
      a = make(m);
      byKey.set(key, a);
      if (a.type === 'organization') {
        if (!orgByName.has(a.name)) orgByName.set(a.name, a);
        if (!orgByInitials.has(initials(a.name))) orgByInitials.set(initials(a.name), a);
      }
    }
    add(a, m);
  }
  mergeOrganisations(actors, add, acronyms, acts, about, opens, docIndex, speakers);
  // A lone capitalised word that never resolved is a person only with some evidence of being one.
  for (const a of actors) {
    if (a.mentions.some((m) => m.type)) {
      a.type = a.mentions.find((m) => m.type)!.type!;
      continue;
    }
    // "the Careys said", "the Romans": a plural mostly written after "the" is a family or a
    // people, which acts as a group ("Banks said … the Banks home" is a person); a plural or an
    // adjective ("Jewish") is no one's name, so being written often says nothing of a person.
    const plural = !isLastName(a.name) && readsAsPlural(a.name);
    if (team(a)) {
      a.type = 'organization';
      for (const m of a.mentions) m.type = 'organization';
      continue;
    }
    const often = !isCommonWord(a.name) && a.mentions.length >= 3;
    const personish = a.roles.size > 0 || speakers.has(a.name) || isLastName(a.name) || (often && !plural && !readsAsAdjectiveOnly(a.name));
    if (plural && (personish || often) && a.mentions.filter(afterThe).length * 2 >= a.mentions.length) {
      a.type = 'group';
      continue;
    }
    a.type = 'person';
    if (!personish) a.mentions.length = 0;
  }
  return actors.filter((a) => a.mentions.length > 0);
}

/**
 * "Montana Rancher Dale Ames", "Tory MP Karen Whitby": a name that ends with the full name of a
 * person of the story is that person, the capitalised words before it a description the entity
 * stage could not tell from a name. The mention is cut to the full name. A first name before it
 * ("Mary Ann Smith" and "Ann Smith") may be another person's; a full name met once, opening a sentence,
 * with no known first name, may be a name whose first word was read as an ordinary one ("Big Red
 * Tarrow's hit" read as "Red Tarrow"). Exported for tests.
 */
export function describedBeforeFullName(mentions: Mention[], opensSentence: (m: Mention) => boolean = () => false): void {
  const people = mentions.filter((m) => m.type === 'person' && m.name.includes(' '));
  const times = new Map<string, number>();
  for (const m of people) times.set(m.name, (times.get(m.name) ?? 0) + 1);
  const fullNames = new Set(people.filter((m) => isFirstName(m.name.split(/\s+/)[0]) || !opensSentence(m) || times.get(m.name)! > 1).map((m) => m.name));
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const words = m.name.split(/\s+/);
    for (let k = 1; k <= words.length - 2; k++) {
      const rest = words.slice(k).join(' ');
      // "Okafor Sr." is the surname written with its suffix, not a full name "Dana" describes.
      if (!fullNames.has(rest) || surnameWithGeneration(words, k)) continue;
      // …but a title or a rank is no first name ("Air Chief Marshal Hamish Doyle").
      // …nor is a surname that opens with its particle ("Yann | Le Goff"): the word before it is a first name.
      if ((isFirstName(words[k - 1]) && !isTitleWord(words[k - 1]) && !RANKS.has(words[k - 1].toLowerCase())) || isConnector(words[k - 1]) || OPENING_PARTICLES.has(words[k])) break;
      m.start = m.end - rest.length;
      m.name = rest;
      delete m.surface;
      break;
    }
  }
}

/**
 * "Okafor said …" in the text, "…, said Grace Okafor, whose son was rescued …"
 * in a sentence set aside: the person named in full with a role there is the actor with that
 * surname, when only one person of the story has it. Exported for tests.
 */
export function lendFromAsides(drafts: ActorDraft[], asides: readonly Mention[]): void {
  for (const m of asides) {
    const people = drafts.filter((a) => a.type === 'person' && (normKey(a.name) === normKey(m.name) || (!a.name.includes(' ') && normKey(a.name) === surname(m.name))));
    if (people.length !== 1 || drafts.some((a) => a.type === 'person' && a.name.includes(' ') && a !== people[0] && surname(a.name) === surname(m.name))) continue;
    const [a] = people;
    a.roles.set(m.role!, (a.roles.get(m.role!) ?? 0) + 1);
    if (!a.name.includes(' ')) {
      a.aliases.add(a.name);
      a.name = m.name;
    }
    a.aliases.add(m.name);
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const withoutCountry = (name: string) => {
  const words = name.split(/\s+/);
  return words.length > 2 && (countryOf(words[0]) || countryOfDemonym(words[0])) ? words.slice(1).join(' ') : name;
};
// A first word of an organisation's name that is no place, country, nationality, first name, title
// or kind of body: written alone, it can stand only for the body whose name it opens.
const namesNothingElse = (w: string) => !isPlace(w) && !countryOf(w) && !countryOfDemonym(w) && !isFirstName(w) && !isTitleWord(w) && !ORG_HEADS.has(w.toLowerCase());
// "Acme", "McLaren", "PayPal": capitalised, with any capitals inside a word of its own.
const distinctiveWord = (w: string) => /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*$/u.test(w) && !isCommonWord(w) && namesNothingElse(w);
// "Shelter", "Anchor": an ordinary word, capitalised, of no other kind that names something alone.
const capitalisedWord = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && isCommonWord(w) && !isLastName(w) && namesNothingElse(w);
/** The words after an organisation's last "of" or "of the", when they may name it alone. */
const ofTail = (name: string): string | undefined => {
  const words = name.split(/\s+/);
  const of = words.lastIndexOf('of');
  if (of < 1 || !ORG_HEADS.has(words[of - 1].toLowerCase())) return undefined;
  const tail = words.slice(words[of + 1] === 'the' ? of + 2 : of + 1);
  const text = tail.join(' ');
  return tail.length >= 2 && tail.every((w) => /^\p{Lu}/u.test(w)) && !tail.some((w) => ORG_HEADS.has(w.toLowerCase())) && !isPlace(text) && !countryOf(text) ? text : undefined;
};
/**
 * "Department of Buildings": the other ways the articles write a public body's name, its head
 * word last ("buildings department") and its initials with the "of" ("dob"). Keys, as normKey
 * writes them.
 */
const headWrittenLast = (name: string): string[] => {
  const words = name.split(/\s+/);
  if (words.length < 3 || words[1] !== 'of' || !HEADS_WRITTEN_LAST.has(words[0].toLowerCase())) return [];
  const rest = words.slice(words[2] === 'the' ? 3 : 2);
  if (!rest.length || rest.some((w) => !/^\p{Lu}/u.test(w))) return [];
  return [normKey(`${rest.join(' ')} ${words[0]}`), normKey([words[0], 'of', ...rest].map((w) => w[0]).join(''))];
};
const isNamedPerson = (a: ActorDraft) => a.roles.size > 0 && !a.mentions.some((m) => m.type === 'organization');
const wordsOf = (name: string) => normKey(name).split(' ');

// "NYPD", "LAPD": a force is also written as the initials of its place and "police department".
const FORCE_INITIALS = [...LOCAL_FORCES].map((f) => new RegExp(`^\\p{Lu}{1,4}${f[0].toUpperCase()}D$`, 'u'));

// One organisation written several ways: "CWB" / "Coastal Water Board",
// "Taiyo Kaiun" / "Taiyo Kaiun K.K.", "Carver" / "USS Carver".
function mergeOrganisations(actors: ActorDraft[], add: (a: ActorDraft, m: Mention) => void, acronyms: ReadonlyMap<string, string>, acts: (m: Mention) => boolean, about: (a: ActorDraft) => boolean, opens: (m: Mention) => boolean, docIndex: (m: Mention) => number, speakers: ReadonlySet<string>): void {
  const into = (from: ActorDraft, to: ActorDraft) => {
    for (const m of from.mentions.splice(0)) add(to, m);
  };
  const orgs = () => actors.filter((a) => a.mentions.length && a.mentions.some((m) => m.type === 'organization'));
  // Indexes instead of comparing every pair: the other names an organisation may go by are its
  // initials, its name without a country, the shorter forms of its name and an acronym given
  // for it in parentheses.
  const byName = new Map<string, ActorDraft[]>();
  const byAlias = new Map<string, ActorDraft[]>();
  for (const a of actors) {
    push(byName, normKey(a.name), a);
    for (const x of a.aliases) push(byAlias, x, a);
  }
  const acronymsOf = new Map<string, string[]>();
  for (const [acronym, full] of acronyms) push(acronymsOf, full, acronym);
  for (const a of actors) {
    if (!a.mentions.length || isNamedPerson(a)) continue;
    const words = wordsOf(a.name);
    const keys = [initials(withoutCountry(a.name)).toLowerCase(), normKey(withoutCountry(a.name))];
    // (Not a country's name: "United States" opens the United States Senate and is no name of it.)
    for (let k = 2; k < words.length; k++) if (!countryOf(words.slice(0, k).join(' '))) keys.push(words.slice(0, k).join(' '));
    keys.push(...headWrittenLast(withoutCountry(a.name)));
    // "LAPD" / "Los Angeles police": a local force's initials close on those of "police department".
    const last = a.name.split(/\s+/).pop()!;
    if (LOCAL_FORCES.has(last) && words.length > 1) keys.push(`${initials(a.name)}${last[0]}d`.toLowerCase());
    // "Fire Department" / "Tarrow City Fire Department": the name without the place before it.
    for (let k = 1; k <= words.length - 2; k++) if (words.slice(k).some((w) => ORG_HEADS.has(w))) keys.push(words.slice(k).join(' '));
    const candidates = new Set([...keys.flatMap((k) => byName.get(k) ?? []), ...[...a.aliases].flatMap((y) => (acronymsOf.get(y) ?? []).flatMap((x) => byAlias.get(x) ?? []))]);
    // "the DA's office" for the Harbor County District Attorney's Office: the initials of the title whose
    // office the body is, written in capitals; the office keeps its full name.
    const titled = /(\p{Lu})\p{L}+\s+(\p{Lu})\p{L}+['’]s?\s+Office$/u.exec(a.name);
    if (titled)
      for (const b of byName.get(`${titled[1]}${titled[2]}`.toLowerCase()) ?? []) {
        if (b === a || !/^\p{Lu}{2}$/u.test(b.name)) continue;
        for (const m of b.mentions) {
          m.surface ??= m.name;
          m.name = a.name;
        }
        into(b, a);
      }
    // "Acme" / "Acme Motors", "Pew" / "Pew Research Center": an organisation's first word alone,
    // when it is a word of no other kind (no ordinary word, place, country or first name) and
    // does or owns something somewhere ("Pew found", not "in Milford" for "Milford Police").
    // So is an ordinary word ("Shelter" for Shelter International) written capitalised, never
    // opening a sentence, that speaks ("Shelter reported") or is written only after the full name
    // in its article: the planet "Earth" is written before "the Earth Study Center" is named.
    const first = a.name.split(/\s+/)[0];
    const afterTheName = (m: Mention) => a.mentions.some((x) => docIndex(x) === docIndex(m) && (x.sentence < m.sentence || (x.sentence === m.sentence && x.end <= m.start)));
    if (words.length > 1 && a.mentions.some((m) => m.type === 'organization'))
      for (const b of byName.get(words[0]) ?? [])
        if (b.mentions.some(acts) && (distinctiveWord(first) || (capitalisedWord(first) && b.mentions.every((m) => !opens(m)) && (speakers.has(b.name) || b.mentions.every(afterTheName))))) candidates.add(b);
    // "BioRay" / "the DHS BioRay Program": the same, after the initials of the body that owns it.
    const second = a.name.split(/\s+/)[1];
    const owner = words.length > 2 && /^\p{Lu}{2,5}$/u.test(first) && (byName.get(words[0]) ?? []).some((b) => b !== a && b.mentions.some((m) => m.type === 'organization'));
    if (owner && a.mentions.some((m) => m.type === 'organization') && distinctiveWord(second)) for (const b of byName.get(words[1]) ?? []) if (b.mentions.some(acts)) candidates.add(b);
    // "the Harbour Pilots" / "National Guild of the Harbour Pilots": what an organisation is "of",
    // when it is two words or more naming no body of its own ("Council of the European Union")
    // nor a place, and the shorter name is an organisation's or does something.
    for (const tail of new Set([a.name, ...a.aliases].map(ofTail)))
      if (tail) for (const b of byName.get(normKey(tail)) ?? []) if (b.mentions.some((m) => m.type === 'organization' || acts(m))) candidates.add(b);
    for (const b of [...candidates].sort((x, y) => x.index - y.index)) {
      if (a === b || !b.mentions.length || !a.mentions.length || isNamedPerson(b)) continue;
      into(b, a);
    }
  }
  // A lone word that ends an organisation's name, when no person has it as a surname.
  const byLast = new Map<string, ActorDraft[]>();
  for (const a of orgs()) {
    const words = wordsOf(a.name);
    if (words.length > 1) push(byLast, words[words.length - 1], a);
  }
  for (const a of actors) {
    if (!a.mentions.length || a.mentions.some((m) => m.type) || a.name.includes(' ')) continue;
    const owners = byLast.get(normKey(a.name));
    if (owners?.length === 1) into(a, owners[0]);
  }
  // "the House" for the House of Representatives: the one organisation, other than a well-known
  // one ("White House"), built on that head word (its last, or the one before its "of" or "for").
  const byHead = new Map<string, ActorDraft[]>();
  for (const a of orgs()) {
    const words = wordsOf(a.name);
    const of = words.findIndex((w) => w === 'of' || w === 'for');
    if (words.length > 1 && !knownOrg(a.name) && !a.mentions.every((m) => m.short)) push(byHead, words[of > 0 ? of - 1 : words.length - 1], a);
  }
  for (const a of actors) {
    if (!a.mentions.length || !a.mentions.every((m) => m.short)) continue;
    const owners = byHead.get(normKey(a.name));
    if (owners?.length === 1) into(a, owners[0]);
    else a.mentions.length = 0;
  }
  // "Investigators believe …" in a story whose one investigating body is its police ("Millbrook police",
  // "the Dover Police Department") are that force's; not where a sheriff or a federal agency
  // investigates too ("Clay County Sheriff's investigators", "the FBI").
  const forces = orgs().filter((a) => a.name.split(/\s+/).some((w) => LOCAL_FORCES.has(w.toLowerCase())) || FORCE_INITIALS.some((r) => r.test(a.name)));
  const otherInvestigators = actors.some((a) => a.mentions.length && [a.name, ...a.aliases].some((n) => n.split(/[\s'’]+/).some((w) => OTHER_INVESTIGATORS.has(w.toLowerCase()))));
  const named = forces.length ? forces.reduce((x, y) => (y.mentions.length > x.mentions.length ? y : x)) : undefined;
  // The force keeps its name; the words that stood for it are its aliases.
  const join = (a: ActorDraft, force: ActorDraft) => {
    for (const m of a.mentions.splice(0)) {
      m.surface ??= m.name;
      m.name = force.name;
      add(force, m);
    }
  };
  // "Police said …" is the force the story names most; in a story that names none, "police" alone
  // says too little of whose force it is to be an actor, unless the story is about what the
  // police do and say (the force of the one town the story happens in, left unnamed).
  for (const a of actors) {
    if (!a.mentions.length || a.type !== 'group' || !LOCAL_FORCES.has(a.name)) continue;
    if (named) join(a, named);
    else if (!about(a)) a.mentions.length = 0;
  }
  // "Prosecutors said …" speak for the prosecuting office the story names most ("the Harbor County
  // District Attorney's Office"); where it names none, they are the prosecution of the story.
  const offices = orgs().filter((a) => PROSECUTING_BODY.test(a.name));
  const office = offices.length ? offices.reduce((x, y) => (y.mentions.length > x.mentions.length ? y : x)) : undefined;
  if (office) for (const a of actors) if (a.mentions.length && a.type === 'group' && PROSECUTING_GROUPS.has(a.name)) join(a, office);
  const main = !otherInvestigators ? named : undefined;
  if (main) for (const a of actors) if (a.mentions.length && a.type === 'group' && FORCE_MEMBERS.has(a.name)) join(a, main);
  // "Oregon police" / "Oregon State Police", "Tarrow police" / "Tarrow City Police": a
  // force described by its place is the force the articles name in full with that place and that noun.
  for (const a of orgs()) {
    const words = a.name.split(/\s+/);
    const noun = words[words.length - 1];
    if (!LOCAL_FORCES.has(noun) || words.length < 2) continue;
    const place = `${normKey(words.slice(0, -1).join(' '))} `;
    const full = orgs().filter((b) => b !== a && normKey(b.name).startsWith(place) && wordsOf(b.name).includes(noun) && !b.name.endsWith(` ${noun}`));
    if (full.length) into(a, full.reduce((x, y) => (y.mentions.length > x.mentions.length ? y : x)));
  }
}

function canonicalName(a: ActorDraft): string {
  // A group is named as the articles most often write it in full: "Syrian rebels".
  if (a.type === 'group') {
    const surfaces = a.mentions.map((m) => m.surface).filter((x): x is string => !!x);
    if (surfaces.length) return mostFrequent(surfaces);
  }
  const freq = new Map<string, number>();
  for (const m of a.mentions) freq.set(m.name, (freq.get(m.name) ?? 0) + 1);
  // People are named in full; organisations and countries by their most common form.
  const names = [...freq.entries()].sort((x, y) => {
    if (a.type === 'person') {
      const dw = y[0].split(' ').length - x[0].split(' ').length;
      if (dw) return dw;
    }
    return y[1] - x[1] || y[0].length - x[0].length || (x[0] < y[0] ? -1 : 1);
  });
  // "Pew" once "Pew Research Center" is named: an organisation's first word alone yields to its name.
  const best = names[0][0];
  const full = a.type === 'person' || best.includes(' ') ? undefined : names.find(([n]) => n.startsWith(`${best} `));
  return full?.[0] ?? best;
}

function mostFrequent(xs: string[]): string {
  const freq = new Map<string, number>();
  for (const x of xs) freq.set(x, (freq.get(x) ?? 0) + 1);
  return [...freq.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0];
}

// "singer, 65": an age the articles give goes with the role, unless the role says it already.
function withAge(role: string, a: ActorDraft): string {
  const age = a.mentions.find((m) => m.age)?.age;
  return role && age && !role.includes(String(age)) ? `${role}, ${age}` : role;
}

// The role most often written, counting "President" as support for "US President".
/** Exported for tests. */
export function bestRole(a: ActorDraft): string {
  const words = (r: string) => new Set(r.toLowerCase().replace(/’/g, "'").split(/\s+/));
  const support = (r: string) => {
    const w = words(r);
    let n = 0;
    for (const [other, c] of a.roles) if ([...words(other)].every((x) => w.has(x))) n += c;
    return n;
  };
  // A role is a label: a long description loses to a shorter one that is as well supported…
  // …but one that holds the shorter role's words says more of the same ("deputy commissioner
  // for early care at …" over "deputy commissioner at …").
  const long = (r: string) => (r.split(' ').length > 8 ? 1 : 0);
  // A body's name alone ("Harbor Water Agency") says whom the person is with, not what they are:
  // any role that says what they are comes first, however less often written.
  const sorted = [...a.roles.keys()].sort((x, y) => Number(bodyAlone(x)) - Number(bodyAlone(y)) || support(y) - support(x) || long(x) - long(y) || y.split(' ').length - x.split(' ').length || (x < y ? -1 : 1));
  // …and a long one as well supported that names the same post ("Elected, unpaid member of the harbour
  // board for the northern wards" over "board’s member for the northern wards") is that post, said whole.
  const head = sorted[0] && headNoun(sorted[0]);
  const tied = (r: string) => long(r) && support(r) === support(sorted[0]);
  const named = head ? sorted.find((r) => tied(r) && words(r.replace(/[^\p{L}\d\s'-]/gu, '')).has(head)) : undefined;
  // …or that names the same body as the shorter one ("associate professor of botany at Harbor
  // University who led the survey" over "Harbor University botanist"): what the person is of that
  // body in this story, up to a sentence's worth of words; the tightest such role.
  const sameBody = long(sorted[0] ?? '') ? undefined : sorted.filter((r) => tied(r) && r.split(' ').length <= MAX_ROLE_WORDS && sharesBody(r, sorted[0])).sort((x, y) => x.split(' ').length - y.split(' ').length)[0];
  const whole = named ?? sameBody;
  const roles = whole ? [whole, ...sorted.filter((r) => r !== whole)] : sorted;
  // "ICRC President" over "Red Cross chief": as well supported, the role that names the post says more.
  const post = namesNoPost(roles[0] ?? '') ? roles.find((r) => support(r) === support(roles[0]) && namesPost(r)) : undefined;
  const best = post ?? roles[0] ?? '';
  // "Professor", "attorney": a title alone, however often written, says less than a role another
  // mention gives that names the body the person is of, at or for ("disease ecologist at Harbor
  // University"); the most specific role the articles give is the person's.
  return titleAlone(best) ? roles.find(namesTheBody) ?? best : best;
}
// "Harbor Water Agency", "Oakfield Sanctuary Foundation": capitalised words (and the joints of a
// name) ending on a body's head noun, with no title or role noun among them.
const BODY_JOINTS = new Set(['of', 'the', 'and', 'for', '&']);
const bodyAlone = (role: string) => {
  const words = role.split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
  return (
    ORG_HEADS.has(words[words.length - 1].toLowerCase()) &&
    words.every((w) => BODY_JOINTS.has(w) || /^\p{Lu}/u.test(w)) &&
    !words.some((w) => TITLE_HEADS.has(w.toLowerCase()) || isRoleNoun(w))
  );
};
// Past this many words a role is a sentence, not a label.
const MAX_ROLE_WORDS = 16;
// The capitalised words of a role that are no title ("Harbor", "University" in "Harbor University
// botanist"; not "Senator"): the body or place it names.
const bodyWords = (role: string) => role.split(/[\s,]+/).map((w) => w.replace(/['’]s$|[^\p{L}\d'’-]/gu, '')).filter((w) => /^\p{Lu}/u.test(w) && !notBodyWord(w));
// A title, a title's modifier ("University", "Senate": any body's), a nation, a place (where the
// person lives or works, not what of) or a word any sentence may open on names no one body.
const notBodyWord = (w: string) => {
  const l = w.toLowerCase();
  return TITLE_HEADS.has(l) || TITLE_MODIFIERS.has(l) || HONORIFICS.has(l) || STOPWORDS.has(l) || !!countryOf(w) || !!countryOfDemonym(w) || isPlace(w);
};
/** A long role that names a body the short one names: the same affiliation, said in full. */
const sharesBody = (long: string, short: string) => {
  const own = new Set(bodyWords(long));
  return bodyWords(short).some((w) => own.has(w));
};
const titleAlone = (role: string) => /^[\p{L}.'’-]+$/u.test(role.replace(/,\s+\d{1,3}$/, ''));
// "chemist at Harbor University", "head of the Harbor Trust": a role noun (no kin: "father of
// Tom Reyes" is another kind of role), then the capitalised body it is of, at or for.
const BODY_AFTER_HEAD = /^(?:(?:the|a|an)\s+)?((?:[\p{L}'’-]+\s+){0,3}?)([\p{L}-]+)\s+(?:of|at|for|with)\s+(?:the\s+)?\p{Lu}/u;
const namesTheBody = (role: string) => {
  const m = BODY_AFTER_HEAD.exec(role);
  return !!m && role.split(/\s+/).length <= 16 && (isRoleNoun(m[2]) || TITLE_HEADS.has(m[2].toLowerCase())) && !KIN_WORDS.has(m[2].toLowerCase()) && !/^(?:one|member|part)$/i.test(m[2]);
};
// "delegate from the Outer Isles", "Harbor Clinic nurse": the role noun a role is
// about, the word before its first joint or its last.
function headNoun(role: string): string | undefined {
  const words = role.replace(/,\s+\d{1,3}$/, '').toLowerCase().replace(/’/g, "'").split(/\s+/);
  const joint = words.findIndex((w, i) => i > 0 && /^(?:of|at|for|with|in|from|on|to)$/.test(w));
  const head = (joint > 0 ? words[joint - 1] : words[words.length - 1]).replace(/[^\p{L}\d'-]/gu, '');
  return isRoleNoun(head) ? head : undefined;
}

// Where a name is put only in a place: "in Dover", "north of Tel Hamra", "the city of Kafr Tal".
const IN_A_PLACE_WORDS = String.raw`in|near|(?:north|south|east|west)(?:east|west)?\s+of|outside|throughout|across|within|around|inside|(?:province|neighbou?rhood|city|town|village|region|district|suburbs?|state|capital)\s+of`;
// Prepositions of place: "in Dover", "off the Braemore Peninsula". Places are settings, not actors.
const LOCATIVE = new RegExp(String.raw`\b(?:${IN_A_PLACE_WORDS}|at|into|off|to|towards?|from)\s+(?:the\s+)?$`, 'i');
// The prepositions that put someone only in a place, not in an exchange ("spoke to", "a letter
// from") nor at work ("a lawyer at Hale Brandt").
const IN_A_PLACE = new RegExp(String.raw`\b(?:${IN_A_PLACE_WORDS})\s+(?:the\s+)?$`, 'i');
// The same, written in lower case: "Kim In Soo" is a name.
const IN_A_PLACE_CASED = new RegExp(String.raw`\b(?:${IN_A_PLACE_WORDS})\s+(?:the\s+)?$`);
// "in the ancient Varsa Oasis", "across the upper Plains": a place is also put there with an
// adjective before its name, which a person's name does not take after "in the".
const IN_A_PLACE_QUALIFIED = new RegExp(String.raw`\b(?:${IN_A_PLACE_WORDS})\s+the\s+(\p{Ll}+)\s+$`, 'u');
/** Whether the text before a mention puts it in a place: "in Dover", "in the remote Varsa Oasis". */
const putInAPlace = (doc: string, m: Mention, cased = false) => {
  const before = doc.slice(Math.max(0, m.start - 40), m.start);
  if ((cased ? IN_A_PLACE_CASED : IN_A_PLACE).test(before)) return true;
  const adjective = IN_A_PLACE_QUALIFIED.exec(before)?.[1];
  return adjective !== undefined && readsAsAdjectiveOnly(adjective);
};

// The subject of a verb, past a quotation mark or an adverb: "Moscow \"underscored\"", "Russia
// strongly denied", "the hospital also did not respond".
// A negation joined to its verb is read as the verb: "the Sheriff's Office hasn't commented".
const VERB_NEXT = /^\s*["“”]?\s*(\p{Ll}+?(?=n['’]t\b)|\p{Ll}+)(?:n['’]t)?(?:\s+(\p{Ll}+))?/u;
const verbNext = (after: string) => {
  const m = VERB_NEXT.exec(after);
  return m && (/ly$/.test(m[1]) || isAdverb(m[1])) ? m[2] : m?.[1];
};
const verbAfter = (after: string) => {
  const next = verbNext(after);
  return next !== undefined && (isVerbForm(next) || readsAsPastVerb(next));
};
// "…," said Rand Ortell: the speaker after a verb of speech.
const spokenBy = (doc: string, m: Mention) => {
  const before = /(\p{L}+)\s+$/u.exec(doc.slice(Math.max(0, m.start - 20), m.start))?.[1];
  return before !== undefined && SPEECH_VERBS.has(before.toLowerCase());
};
// The verbs by which a person of the story takes a part: no regular expression is built from a name.
const PLAYS = new RegExp(String.raw`\b(?:${phrases(PLAYS_PART)})\b`, 'u');
// "Okafor said": a mention followed by a verb of speech.
const speaksNext = (doc: string, m: Mention) => SPEECH_VERBS.has((/^\s+(\p{L}+)/u.exec(doc.slice(m.end, m.end + 30))?.[1] ?? '').toLowerCase());
// "Pew found", "Tesla's": a mention that does, says or owns something.
const actsOrOwns = (doc: string, m: Mention) => {
  const after = doc.slice(m.end, m.end + 40);
  return /^['’]s?\b/.test(after) || verbAfter(after);
};

// "the Oregon Law Enforcement Agency and the FBI are investigating": the verb after the names
// joined to this one.
const COORDINATED = /^\s*,?\s+(?:and|or)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){0,5}\p{Lu}[\p{L}.&'’-]*/u;
// "Dale Corp., which owns it,", "Dale Corp., the building's manager,": what commas set aside.
const ASIDE_AFTER = /^\.?,\s+(?:which|who|that|the|a|an|its)\s[^,;:.!?“”"()]{1,80},/u;
// "an inquiry being carried out by the coast guard": the agent of a passive verb.
const AGENT_BEFORE = /\b(?:been|being|be|is|are|was|were|\p{Ll}+ed|done|made|taken|held|led|run|seen)\s+by\s+(?:the\s+)?$/iu;
// "scientists at Brackton University have shown", "a team from the Vale Institute": the body whose
// people do the work the story reports.
const WORKERS_AT = new RegExp(String.raw`\b(?:${phrases([...WORKERS_OF_A_BODY])})\s+(?:at|from)\s+(?:the\s+)?$`, 'iu');
// "a spokeswoman for", "colleagues at", "crews from": the people through whom a body speaks or acts.
const PEOPLE_OF = new RegExp(String.raw`\b(?:${phrases([...SPEAKERS_OF_A_BODY])})\s+(?:at|from|for)\s+(?:the\s+)?$`, 'iu');
// "confessed to Tarrow police", "in a speech to Parliament": the body spoken or written to.
const ADDRESSED = new RegExp(String.raw`\b(?:${phrases([...ADDRESSED_TO])})\s+to\s+(?:the\s+)?$`, 'iu');
// "asked the agency to review the contract": someone told or asked to do something.
const TO_DO = /^\s+to\s+(\p{Ll}+)/u;

// "Westfold Council", "Department of Parks", "FBI": a body whose name is built on a head word
// that says it is one (the word before its "of", or its last) or a well-known one; not its people
// ("Members of Congress") nor a news outlet, which reports the story.
const isInstitution = (name: string) => {
  const words = name.split(/\s+/);
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  return (!!knownOrg(name) || ORG_HEADS.has(words[(of > 0 ? of : words.length) - 1].toLowerCase())) && !isOutletName(name);
};

/**
 * An institution the articles name once is an actor of the story when that mention does
 * something: the subject of a verb, alone or joined to another name, the agent of a passive verb,
 * the body whose researchers do the work, or someone told to do something; not when it only owns something ("Westfold Council's
 * participation").
 */
function institutionActs(doc: string, m: Mention): boolean {
  const after = doc.slice(m.end, m.end + 120);
  if (verbAfter(after)) return true;
  const joined = COORDINATED.exec(after);
  if (joined && verbAfter(after.slice(joined[0].length))) return true;
  // "Dale Realty Corp., the building's manager, posted …", "Dale Corp., which owns it, said …":
  // the verb comes after what the commas set aside.
  const aside = ASIDE_AFTER.exec(after);
  if (aside && verbAfter(after.slice(aside[0].length))) return true;
  const to = TO_DO.exec(after)?.[1];
  const before = doc.slice(Math.max(0, m.start - 30), m.start);
  return AGENT_BEFORE.test(before) || WORKERS_AT.test(before) || (to !== undefined && isVerbForm(to));
}

const BE_OR_HAVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had']);
// The capitalised words right before a position: "Oklahoma City" in "Oklahoma City Thunder".
const CAPITALS_BEFORE = /(?:^|[^\p{L}.'’-])(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})\s$/u;
/** Whether a text writes a name right after a place: capitalised words some of which ("Oklahoma", "New York") the lexicon knows as one. */
function writtenAfterAPlace(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (/\p{L}/u.test(text[at + name.length] ?? ' ')) continue;
    const words = CAPITALS_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1].split(/\s/);
    if (words?.some((_, i) => words.some((__, j) => j >= i && isPlace(words.slice(i, j + 1).join(' '))))) return true;
  }
  return false;
}

/** Whether a mention opens its sentence. */
const opensSentence = (ctx: Context, m: Mention) => ctx.sentences[m.sentence].start >= m.start - 1;

/** The text of the article a mention stands in. */
const textOf = (ctx: Context, m: Mention) => ctx.docs[ctx.sentences[m.sentence].doc].text;

const GOVERNMENT_OF = new RegExp(String.raw`\b(?:${[...GOVERNMENT_NOUNS].join('|')})\s+of\s+(?:the\s+)?$`, 'i');

function isSetting(ctx: Context, a: ActorDraft): boolean {
  const docOf = (m: Mention) => textOf(ctx, m);
  // "according to the police" names a source, not a place; "scientists at Brackton University", a
  // body at work ("researchers from Denmark" are no country's).
  const isLocative = (m: Mention) => {
    const before = docOf(m).slice(Math.max(0, m.start - 24), m.start);
    return LOCATIVE.test(before) && !/\baccording\s+to\s+(?:the\s+)?$/i.test(before) && !(a.type === 'organization' && WORKERS_AT.test(before));
  };
  // "U.S. officials", "the Dover sector", "EU rules": the name qualifies a noun.
  const isAttributive = (m: Mention) => {
    const next = /^\s+(\p{L}+)\b/u.exec(docOf(m).slice(m.end, m.end + 30))?.[1];
    return next !== undefined && !isVerbForm(next) && !STOPWORDS.has(next.toLowerCase());
  };
  // "wrote to the government of Peru": the country's government, written after it, is who
  // is addressed or acts.
  const governed = (m: Mention) => GOVERNMENT_OF.test(docOf(m).slice(Math.max(0, m.start - 30), m.start));
  const locative = a.mentions.filter((m) => isLocative(m) && !governed(m)).length;
  const attributive = a.mentions.filter((m) => !isLocative(m) && isAttributive(m)).length;
  const acts = a.mentions.filter((m) => governed(m) || verbAfter(docOf(m).slice(m.end, m.end + 40))).length;
  // A country is an actor when it does or says something, not when it is a setting or an
  // adjective ("U.S. officials", "in Damascus").
  if (a.type === 'country') return acts < 1 || a.mentions.length - locative - attributive < 2;
  if (a.type === 'person' && a.mentions.some((m) => m.role)) return false;
  // "Jarell Hayden" is a person; "Pine Lakes" and "Milford Township", two capitalised words with
  // no first name and no role, are a place where the articles put things "in" them.
  if (a.type === 'person' && a.mentions.some((m) => m.name.includes(' ') && m.type === 'person')) {
    if (a.mentions.some((m) => isFirstName(m.name.split(/\s+/)[0]))) return false;
    const inAPlace = a.mentions.filter((m) => putInAPlace(docOf(m), m)).length;
    return inAPlace * 2 >= a.mentions.length;
  }
  // An organisation met "at the United Nations" that also "estimates" is an actor.
  if (a.type === 'organization' && acts > 0) return false;
  // "a spokeswoman for Eastside Hospital Center said", "his colleagues at the Vale Project": a
  // body whose own people speak or work in the story acts through them, and "she confessed to
  // Tarrow police": a body someone speaks or writes to is in the story, wherever else it is a
  // place ("drove to the Tarrow Police Department").
  const inTheStory = (before: string) => PEOPLE_OF.test(before) || ADDRESSED.test(before);
  if (a.type === 'organization' && a.mentions.some((m) => inTheStory(docOf(m).slice(Math.max(0, m.start - 40), m.start)))) return false;
  if (a.type !== 'group' && a.mentions.length > 1 && attributive === a.mentions.length) return true;
  return (locative + (a.type === 'organization' ? 0 : attributive)) * 2 >= a.mentions.length;
}

/** What the articles say around an actor's mentions, for the rules below. */
interface Story {
  ctx: Context;
  /** Every word the articles write in lower case. */
  lowerWords: ReadonlySet<string>;
  /** The text of the article a mention stands in. */
  docOf: (m: Mention) => string;
  /** Every actor grouped from the mentions, once they are. */
  drafts: readonly ActorDraft[];
}

function readStory(ctx: Context): Story {
  const lowerWords = new Set<string>();
  for (const d of ctx.docs) for (const m of d.text.matchAll(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]+/gu)) lowerWords.add(m[0]);
  return { ctx, lowerWords, docOf: (m) => textOf(ctx, m), drafts: [] };
}

interface NotActorRule {
  name: string;
  /** True when the grouped mentions name no actor of the story. */
  match: (a: ActorDraft, story: Story) => boolean;
}

// "Al Jazeera's Nora Haddad", "NewsChannel 15's John Ashby": a person named by an outlet's possessive.
const OUTLET_OWNER = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}.&-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}.&-]*|\d+))*)['’]s?\s+$/u;
const isOutletName = (name: string) => {
  const words = name.split(/\s+/).filter((w) => !/^\d+$/.test(w));
  return MEDIA.has(name.toLowerCase()) || words.some((w) => MEDIA_HEADS.has(w.toLowerCase()) || /^News\p{L}+$/u.test(w));
};
// "WANE reporter", "CNN correspondent": a reporter's role, which names the outlet.
const reportsForOutlet = (role: string) => {
  const words = role.split(/\s+/);
  return JOURNALISTS.has(words[words.length - 1].toLowerCase()) && words.slice(0, -1).some((w) => /^\p{Lu}/u.test(w));
};

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

// "a TRB spokesman", "TRB officials", "the TRB director", "a spokeswoman for the TRB": a body
// that speaks or works through its people.
const hasItsPeople = (doc: string, m: Mention) => {
  const next = (/^\s+(\p{Ll}+)/u.exec(doc.slice(m.end, m.end + 30))?.[1] ?? '');
  const before = doc.slice(Math.max(0, m.start - 40), m.start);
  return SPEAKERS_OF_A_BODY.has(next) || WORKERS_OF_A_BODY.has(next) || TITLE_HEADS.has(next) || PEOPLE_OF.test(before) || WORKERS_AT.test(before);
};

// A capitalised word right after a name, on the same line: "Edmund Tarrow Bridge".
const CAPITAL_NEXT = /^[ \t]+(\p{Lu}[\p{L}'’-]*)/u;
// A body's name going on past its "for", "of" or "on": "Northern Association for the Protection …".
const BODY_NAME_GOES_ON = /^[ \t]+(?:for|of|on)[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}'’-]*)/u;

/** A person named by one word only: the shape most junk takes (a place, a brand, a piece of a name). */
const lonePerson = (a: ActorDraft) => a.type === 'person' && !a.name.includes(' ');

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
      const child = (m: Mention) => (m.age !== undefined && m.age < 18) || CHILD_AGE_BEFORE.test(docOf(m).slice(Math.max(0, m.start - 40), m.start));
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
        const next = /^['’]?s?['’]?\s+(\p{L}+)/u.exec(docOf(m).slice(m.end, m.end + 30))?.[1];
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
        const noun = /(\p{L}+)\s*\(\s*$/u.exec(docOf(m).slice(Math.max(0, m.start - 30), m.start))?.[1];
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
    match: (a, { docOf }) =>
      a.type === 'organization' &&
      /^\p{Lu}{2,6}$/u.test(a.name) &&
      !knownOrg(a.name) &&
      a.roles.size === 0 &&
      ![...a.aliases].some((x) => x.includes(' ')) &&
      !a.mentions.some((m) => actsOrOwns(docOf(m), m) || speaksNext(docOf(m), m) || spokenBy(docOf(m), m) || SOURCE_BEFORE.test(docOf(m).slice(Math.max(0, m.start - 40), m.start)) || hasItsPeople(docOf(m), m)),
  },
  // "Low Tide" is a film, a book or a song: a name only ever written inside quotation marks is a
  // work's title, unless the title speaks or wants somewhere (a show: "'Skating With the Champions'
  // would love to have …").
  {
    name: 'work-title',
    match: (a, { docOf }) =>
      a.roles.size === 0 &&
      a.mentions.every((m) => /["“‘']$/.test(docOf(m).slice(Math.max(0, m.start - 1), m.start))) &&
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
      a.mentions.some((m) => STATE_AFTER_A_TOWN.test(docOf(m).slice(m.end, m.end + 20))) &&
      !a.mentions.some((m) => (spokenBy(docOf(m), m) && !/^['’]/.test(docOf(m).slice(m.end))) || speaksNext(docOf(m), m)),
  },
  // "Life & Style", "Smith, Jones & Brown": a lone word only ever written after another capitalised
  // word and an ampersand ends the name of a firm, a magazine or a list of authors.
  {
    name: 'after-an-ampersand',
    match: (a, { docOf }) => lonePerson(a) && a.mentions.every((m) => /\p{Lu}[\p{L}.'’-]*\s*&\s*$/u.test(docOf(m).slice(Math.max(0, m.start - 30), m.start))),
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
        const after = docOf(m).slice(m.end, m.end + 40);
        const next = (a.type === 'person' ? CAPITAL_NEXT : BODY_NAME_GOES_ON).exec(after)?.[1];
        return next !== undefined && !isDateWord(next);
      }),
  },
  // "a Hotmail account", "the Coursera website", "her Snapchat account": a lone word written before
  // what only a website, a service or an app has, with no first name nor surname and never
  // speaking, is the platform, not someone of the story.
  {
    name: 'platform',
    match: (a, { docOf }) =>
      lonePerson(a) &&
      !isFirstName(a.name) &&
      !isLastName(a.name) &&
      a.mentions.some((m) => PLATFORM_NOUNS.has((/^\s+(?:e-?mail\s+)?(\p{Ll}+)/u.exec(docOf(m).slice(m.end, m.end + 30))?.[1] ?? ''))) &&
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
        const next = /^\s+(\p{Ll}+)/u.exec(docOf(m).slice(m.end, m.end + 30))?.[1] ?? '';
        return PLATFORM_POSTS.has(next) || PLATFORM_NOUNS.has(next);
      };
      const venue = (m: Mention) => ON_A_PLATFORM.test(docOf(m).slice(Math.max(0, m.start - 20), m.start)) || posted(m);
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
      lonePerson(a) &&
      a.roles.size === 0 &&
      !a.mentions.some((m) => m.type) &&
      !isFirstName(a.name) &&
      !isGivenName(a.name) &&
      !isLastName(a.name) &&
      a.mentions.some((m) => putInAPlace(docOf(m), m, true) && !/^['’]/.test(docOf(m).slice(m.end))) &&
      !a.mentions.some((m) => speaksNext(docOf(m), m) || /^\s*,?\s+(?:who|whose)\b/.test(docOf(m).slice(m.end, m.end + 12))),
  },
  // "the Senate Special Committee on Fisheries", "the Department of Corrections": a lone word
  // only ever written after an organisation's head word and its "on", "of" or "for" is what the
  // organisation is for, the end of its name.
  {
    name: 'what-a-body-is-for',
    match: (a, { docOf }) =>
      lonePerson(a) &&
      a.mentions.every((m) => {
        const head = /(\p{L}+)\s+(?:on|of|for)\s+(?:the\s+)?$/u.exec(docOf(m).slice(Math.max(0, m.start - 40), m.start))?.[1];
        return head !== undefined && /^\p{Lu}/u.test(head) && ORG_HEADS.has(head.toLowerCase());
      }),
  },
  // "a fellow Texan", "fellow Baltic country": "fellow" before a lone capitalised word
  // says the word is a people, a place or a faith shared with someone, not a research fellow's
  // post; with no first name nor surname, the word names nobody.
  {
    name: 'fellow-of-a-kind',
    match: (a) =>
      lonePerson(a) &&
      a.roles.size > 0 &&
      [...a.roles.keys()].every((r) => r.toLowerCase() === 'fellow') &&
      !isFirstName(a.name) &&
      !isLastName(a.name),
  },
  // "radical Islamist politics", "a fellow Millbrook resident": a lone word with no first,
  // given nor surname that the articles only ever write before a noun qualifies it (a creed, a
  // place, a brand); the word before it ("radical", "fellow") is no role of a person.
  {
    name: 'only-qualifies-a-noun',
    match: (a, { docOf }) =>
      lonePerson(a) &&
      !isGivenName(a.name) &&
      !isLastName(a.name) &&
      a.mentions.every((m) => {
        const next = /^\s+(\p{Ll}+)\b/u.exec(docOf(m).slice(m.end, m.end + 30))?.[1];
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
        const owner = OUTLET_OWNER.exec(docOf(m).slice(Math.max(0, m.start - 40), m.start))?.[1];
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
        return (/\bFrom\s+(?:[\p{Lu}&][\p{L}&]*\s+){0,3}$/u.test(doc.slice(Math.max(0, m.start - 40), m.start)) && /^\s*:/.test(doc.slice(m.end, m.end + 3))) || (/,\s*$/.test(doc.slice(Math.max(0, m.start - 3), m.start)) && /^\s+report(?:s|ed)\s*\./.test(doc.slice(m.end, m.end + 14)));
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
        return SOURCE_BEFORE.test(doc.slice(Math.max(0, m.start - 40), m.start)) || SOURCE_AFTER.test(doc.slice(m.end, m.end + 30));
      }),
  },
  // "the journal Harlow Letters", "the news site Velmo": a name with no role that the articles only
  // ever write right after an outlet's noun is the outlet that published the report, not an actor.
  {
    name: 'named-as-an-outlet',
    match: (a, { docOf }) =>
      (a.type === 'person' || a.type === 'organization') &&
      a.roles.size === 0 &&
      !knownOrg(a.name) &&
      a.mentions.every((m) => OUTLET_NOUN_BEFORE.test(docOf(m).slice(Math.max(0, m.start - 30), m.start))),
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
        const before = doc.slice(Math.max(0, m.start - 40), m.start);
        const after = doc.slice(m.end, m.end + 30);
        return STATION_AFTER.test(after) || STATION_BEFORE.test(before) || SOURCE_BEFORE.test(before) || SOURCE_AFTER.test(after) || /\(\s*$/.test(before) && /^\s*\)\s*[-—–]/.test(after);
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
      a.mentions.filter((m) => ARTICLE_OR_OWNER.test(docOf(m).slice(Math.max(0, m.start - 20), m.start))).length * 2 >= a.mentions.length &&
      a.mentions.some((m) => (OWNED.test(docOf(m).slice(Math.max(0, m.start - 20), m.start)) && !qualifiesANoun(docOf(m).slice(m.end, m.end + 30))) || MADE_OR_USED_BY.test(docOf(m).slice(m.end, m.end + 30))),
  },
  // "the Jeep Wrangler", "Turbo Boost", "a Starlight VHS": a name of several words with no first
  // name and no role, that never does, says or owns anything in any article (never "X said",
  // "said X", "X's", "X, who"), is a thing, a place or a headline's words the articles mention, not someone
  // of the story.
  // A name with a generation's suffix ("Okafor Jr.") is a person's, the one searched for or spoken of.
  {
    name: 'name-that-never-acts',
    match: (a, { docOf }) =>
      a.type === 'person' &&
      a.roles.size === 0 &&
      a.mentions.every((m) => /^\p{Lu}/u.test(m.name) && m.name.includes(' ') && !isGivenName(m.name.split(/\s+/)[0]) && !isGeneration(m.name.split(/\s+/).pop()!)) &&
      !a.mentions.some((m) => actsOrOwns(docOf(m), m) || spokenBy(docOf(m), m) || /^\s*,?\s+(?:who|whose)\b/.test(docOf(m).slice(m.end, m.end + 12))),
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
      !a.mentions.some((m) => spokenBy(docOf(m), m) || SPEECH_VERBS.has((/^\s*,?\s+(\p{L}+)/u.exec(docOf(m).slice(m.end, m.end + 30))?.[1] ?? '').toLowerCase())),
  },
];

/** A sign, in the articles, that what the builder took for a person is a body (a band, a company). */
interface BodyRule {
  name: string;
  /** True when a mention, read with the text before and after it, is written as a body's. */
  match: (before: string, after: string) => boolean;
}

const KIND_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${phrases(BODY_KINDS_BEFORE)})\s+$`, 'u');
const WHICH_DOES = /^\s*,\s+which\s+(?:(?:has|had|have|also|now|then)\s+)?(\p{Ll}+)/u;
const SHARES_OF = /\b(?:shares|stock)\s+(?:of|in)\s+$/iu;
const VERB_THEN_ITS = /^\s+(\p{Ll}+)\s+its\b/u;
const SHARES_AFTER = /^['’]s?\s+(?:shares|stock|share\s+price|stock\s+price)\b/u;

/**
 * The ways the articles write a name as a body's, one named row each. A name with no given name
 * first, grouped as a person because no head word says what it is ("Harlow Deep", "Velta"), is
 * typed as an organisation where any row matches one of its mentions, so that no "he" or "she"
 * is read as it.
 */
export const BODY_RULES: readonly BodyRule[] = [
  // "the rap duo Harlow Deep", "shoe company Velta": what it is, in lower case, right before it.
  { name: 'kind-before-the-name', match: (before) => KIND_BEFORE.test(before) },
  // "Velta, which owns the brand", "Harlow Deep, which said …": a relative "which" that speaks or
  // acts is a body's; a person takes "who".
  {
    name: 'which-speaks-or-acts',
    match: (_, after) => {
      const verb = WHICH_DOES.exec(after)?.[1];
      return verb !== undefined && (SPEECH_VERBS.has(verb) || BODY_VERBS_AFTER_WHICH.has(verb));
    },
  },
  // "shares of Velta", "Velta's shares fell": only a company has shares.
  { name: 'shares-of', match: (before, after) => SHARES_OF.test(before) || SHARES_AFTER.test(after) },
  // "Velta lost its licence", "Velta said its plant …": the name does something to what is its own.
  {
    name: 'verb-then-its',
    match: (_, after) => {
      const verb = VERB_THEN_ITS.exec(after)?.[1];
      return verb !== undefined && isVerbForm(verb);
    },
  },
];

/** Types as organisations the persons that BODY_RULES find written as bodies. */
function typeBodies(drafts: readonly ActorDraft[], docOf: (m: Mention) => string): void {
  for (const a of drafts) {
    const first = a.name.split(/\s+/)[0];
    if (a.type !== 'person' || isGivenName(first) || isFirstName(first) || (!a.name.includes(' ') && isLastName(a.name))) continue;
    const written = a.mentions.some((m) => {
      const doc = docOf(m);
      const before = doc.slice(Math.max(0, m.start - 40), m.start);
      const after = doc.slice(m.end, m.end + 60);
      return BODY_RULES.some((r) => r.match(before, after));
    });
    if (!written) continue;
    a.type = 'organization';
    for (const m of a.mentions) m.type = 'organization';
  }
}

/** Words written between two names of one actor: "Roxy Vale, whose real name is Rita Danner". */
interface AliasRule {
  name: string;
  /** Matches the whole text between the end of the first name and the start of the second. */
  between: RegExp;
  /** When given, matches the end of the text before the first name. */
  before?: RegExp;
}

/**
 * The phrases that say two names are one actor's, one named row each. The second name may be a
 * real name, a stage name, a former name or a nickname; either way the mentions are one actor.
 */
export const ALIAS_RULES: readonly AliasRule[] = [
  // "Roxy Vale, whose real name is Rita Danner", "Starlight (real name Ann Hale)".
  { name: 'real-name', between: /^\s*(?:,\s*|\(\s*)?(?:whose\s+)?(?:real|legal|birth|given|full)\s+name\s*(?:is|was|:)?\s+$/iu },
  // "Rita Danner (aka Roxy Vale, aka Peggy Marsh)", "Lena Ortiz, better known as Lady Lena".
  { name: 'also-known-as', between: /^\s*(?:,\s*|\(\s*)?(?:(?:also|better|professionally|widely)\s+known\s+as|known\s+professionally\s+as|a\.k\.a\.?|aka|who\s+(?:goes|went)\s+by|also\s+called)\s+$/iu },
  // "Cassius Clay, who later changed his name to Muhammad Ali", "Puff Daddy, formerly known as Sean Combs".
  { name: 'former-name', between: /^\s*(?:,\s*|\(\s*)?(?:(?:formerly|previously|once)\s+known\s+as|formerly|n[ée]e|born|who\s+(?:later\s+)?changed\s+(?:his|her|their)\s+name\s+to)\s+$/iu },
  // "Vale, whose stage name is …", "Rita Danner (stage name Roxy Vale)".
  { name: 'stage-name', between: /^\s*(?:,\s*|\(\s*)?(?:whose\s+)?(?:stage|pen|ring|screen|professional)\s+name\s*(?:is|was|:)?\s+$/iu },
  // "Born Cassius Clay, Ali was …": a name after a sentence's opening "Born" is the birth name of
  // the subject the comma leads to.
  { name: 'born-opening-a-sentence', before: /(?:^|[.!?]['"”’]?\s+|\n\s*)Born\s+(?:as\s+)?$/u, between: /^\s*,\s*$/u },
];

/**
 * Joins the actors of two names the articles say are one actor's ("whose real name is",
 * "also known as"), when both are people or both bodies of one type. The actor with more mentions
 * keeps its place and its name. Exported for tests.
 */
export function mergeAliases(drafts: ActorDraft[], mentions: readonly Mention[], docOf: (m: Mention) => string): void {
  const byIndex = new Map(drafts.map((a) => [a.index, a]));
  const live = (a: ActorDraft | undefined): ActorDraft | undefined => a && (a.mentions.length ? a : undefined);
  const sorted = mentions.filter((m) => m.actor !== undefined).sort((x, y) => x.sentence - y.sentence || x.start - y.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [m, n] = [sorted[i], sorted[i + 1]];
    if (docOf(m) !== docOf(n) || n.start < m.end || n.start - m.end > 60) continue;
    const between = docOf(m).slice(m.end, n.start);
    const before = docOf(m).slice(Math.max(0, m.start - 20), m.start);
    if (!ALIAS_RULES.some((r) => r.between.test(between) && (!r.before || r.before.test(before)))) continue;
    let a = live(byIndex.get(m.actor!));
    let b = live(byIndex.get(n.actor!));
    if (!a || !b || a === b || a.type !== b.type) continue;
    if (b.mentions.length > a.mentions.length) [a, b] = [b, a];
    // The name the articles use most is the actor's name: "Born Cassius Clay" is not Ali's.
    absorb(a, b);
  }
}

/** `from`'s mentions become `to`'s, written as `to`'s name; `from`'s names are its aliases, its roles add to `to`'s. */
function absorb(to: ActorDraft, from: ActorDraft): void {
  for (const m of from.mentions.splice(0)) {
    m.surface ??= m.name;
    m.name = to.name;
    m.actor = to.index;
    to.mentions.push(m);
  }
  for (const x of [from.name, ...from.aliases]) to.aliases.add(x);
  for (const [r, c] of from.roles) to.roles.set(r, (to.roles.get(r) ?? 0) + c);
}

/**
 * "back home with his family", "the family said": a household written with no named owner is the
 * household of the person the articles name last before it (in its sentence or the two before),
 * when two in three of its mentions follow that one person; it goes by that person's surname
 * ("Lowell's family"), keeping the bare noun as an alias. "their family", "my family" follow no
 * one person. A story of several victims, whose
 * families follow different people, leaves it bare.
 */
export function nameHouseholds(ctx: Context, drafts: readonly ActorDraft[]): void {
  const byIndex = new Map(drafts.map((a) => [a.index, a]));
  const named = ctx.mentions.filter((x) => x.actor !== undefined && byIndex.get(x.actor)?.type === 'person');
  for (const a of drafts) {
    if (a.type !== 'group' || !COLLECTIVE_NOUNS.has(a.name)) continue;
    const votes = new Map<ActorDraft, number>();
    for (const m of a.mentions) {
      const doc = ctx.sentences[m.sentence].doc;
      // "their family", "my family": the owner is several people, or the one speaking.
      if (/\b(?:their|our|my|your)\s+$/i.test(ctx.docs[doc].text.slice(Math.max(0, m.start - 8), m.start))) continue;
      let last: Mention | undefined;
      for (const x of named)
        if (ctx.sentences[x.sentence].doc === doc && x.sentence >= m.sentence - 2 && (x.sentence < m.sentence || (x.sentence === m.sentence && x.end <= m.start)) && (!last || x.sentence > last.sentence || (x.sentence === last.sentence && x.start > last.start))) last = x;
      const owner = last && byIndex.get(last.actor!);
      if (owner) votes.set(owner, (votes.get(owner) ?? 0) + 1);
    }
    const [owner, n] = [...votes].sort((x, y) => y[1] - x[1])[0] ?? [];
    if (!owner || n! * 3 < a.mentions.length * 2) continue;
    const words = owner.name.split(/\s+/).filter((w) => !isGeneration(w));
    a.aliases.add(a.name);
    const last = words[words.length - 1];
    a.name = `${last}${last.endsWith('s') ? "'" : "'s"} ${a.name}`;
  }
}

/** Mentions grouped into two actors that are one actor's, one named rule each. */
interface MergeRule {
  name: string;
  /** The actor of the story whose mentions the grouped mentions `a` also are, if there is one. */
  into: (a: ActorDraft, story: Story) => ActorDraft | undefined;
}

// "gunman", "the suspected shooter", "suspect in the attack": the noun a role describes someone by,
// its last word or the word before its first "in", "of", "at" or "for".
const roleNouns = (role: string): string[] => {
  const words = role.toLowerCase().replace(/,\s+\d{1,3}$/, '').split(/\s+/);
  const joint = words.findIndex((w, i) => i > 0 && /^(?:in|of|at|for)$/.test(w));
  return [words[words.length - 1], ...(joint > 0 ? [words[joint - 1]] : [])];
};
const namedPeople = (drafts: readonly ActorDraft[], a: ActorDraft) => drafts.filter((p) => p !== a && p.mentions.length > 0 && p.type === 'person' && p.name.includes(' '));
const sortedLetters = (w: string) => [...w].sort().join('');
// "state legislators", "the Kansas Legislature", "the statehouse": a legislature of a state.
const STATE_LEGISLATURE = new RegExp(String.raw`\bstate\s+(?:${phrases([...STATE_LEGISLATURE_WORDS])})\b|\bstatehouse\b`, 'iu');
const writesOfAStateLegislature = (text: string) => STATE_LEGISLATURE.test(text) || /\bLegislature\b/u.test(text);

export const MERGE_RULES: readonly MergeRule[] = [
  // "the suspect" in a story that names the one person it describes as a suspect, a gunman or a
  // shooter ("gunman Tom Dale", "Dale, the suspected shooter"): the unnamed one is that person,
  // written before or after the police named him. A story with no such person, or two, keeps it.
  {
    name: 'unnamed-suspect-named',
    into: (a, { drafts }) => {
      const noun = /^the\s+(\p{L}+)$/iu.exec(a.name)?.[1]?.toLowerCase();
      if (a.type !== 'person' || !noun || !UNNAMED_PERSONS.has(noun)) return undefined;
      const described = namedPeople(drafts, a).filter((p) => [...p.roles.keys()].some((r) => roleNouns(r).some((w) => UNNAMED_PERSONS.has(w))));
      return described.length === 1 ? described[0] : undefined;
    },
  },
  // "Anna Maria" for Anna Maria Vossen, "Mary Ellen" for Mary Ellen Quarles: a name of two first
  // names or more that opens the full name of one other person, one word longer (not a generation's
  // suffix, "Dana Okafor Jr.", nor a body's head word, "… Band"), is that person named by the
  // first names. A full name ("Dana Pell") opening a longer one ("Dana Pell Collection") is not.
  {
    name: 'first-names-of-a-longer-name',
    into: (a, { drafts }) => {
      if (a.type !== 'person' || !a.name.includes(' ') || !a.name.split(/\s+/).every((w) => isFirstName(w) || isGivenName(w))) return undefined;
      const n = a.name.split(/\s+/).length;
      const longer = namedPeople(drafts, a).filter((p) => {
        const words = p.name.split(/\s+/);
        const last = words[words.length - 1];
        return words.length === n + 1 && p.name.startsWith(`${a.name} `) && /^\p{Lu}\p{Ll}/u.test(last) && !isGeneration(last) && !ORG_HEADS.has(last.toLowerCase());
      });
      return longer.length === 1 ? longer[0] : undefined;
    },
  },
  // "Hlamer" for Tom Halmer: a lone word with the letters of one person's surname, two of them
  // swapped, is that surname misspelt.
  {
    name: 'surname-letters-swapped',
    into: (a, { drafts }) => {
      const word = normKey(a.name);
      if (a.type !== 'person' || a.name.includes(' ') || word.length < 5) return undefined;
      const owners = namedPeople(drafts, a).filter((p) => {
        const last = surname(p.name);
        return last !== word && sortedLetters(last) === sortedLetters(word) && editDistance(last, word) <= 2;
      });
      return owners.length === 1 ? owners[0] : undefined;
    },
  },
  // "Bill Tarrant" for William W. Tarrant III: a short form of the first name of the one person
  // whose numbered name ("III", "Jr.") has the surname is that person, called as people call him;
  // the same first name ("William Tarrant" beside William W. Tarrant III) may be his namesake.
  {
    name: 'short-form-of-a-numbered-name',
    into: (a, { drafts }) => {
      const words = a.name.split(/\s+/);
      if (a.type !== 'person' || words.length !== 2) return undefined;
      const numbered = namedPeople(drafts, a).filter((p) => {
        const w = p.name.split(/\s+/);
        return w.length >= 3 && (isGeneration(w[w.length - 1]) || isRomanNumeral(w[w.length - 1])) && normKey(w[w.length - 2]) === normKey(words[1]) && isShortFormOf(normKey(words[0]), normKey(w[0]));
      });
      return numbered.length === 1 ? numbered[0] : undefined;
    },
  },
  // "J.D." in a court filing, "JFK": a person's initials, dotted or three capitals or more, that
  // are the initials of every word of the full name of one person of the story, and of no body of
  // it, stand for that person.
  {
    name: 'initials-of-a-person',
    into: (a, { drafts }) => {
      const dotted = /^(?:\p{Lu}\.){2,4}$/u.test(a.name);
      if ((!dotted && !/^\p{Lu}{3,4}$/u.test(a.name)) || a.type === 'country' || a.type === 'group' || knownOrg(a.name)) return undefined;
      const letters = a.name.replace(/\./g, '');
      const initialsOf = (name: string) => name.split(/\s+/).filter((w) => !isGeneration(w) && !isRomanNumeral(w)).map((w) => w[0]).join('');
      if (drafts.some((b) => b !== a && b.mentions.length > 0 && b.type === 'organization' && [b.name, ...b.aliases].some((n) => n.includes(' ') && initials(n) === letters))) return undefined;
      const owners = namedPeople(drafts, a).filter((p) => [p.name, ...p.aliases].some((n) => n.includes(' ') && initialsOf(n) === letters));
      return owners.length === 1 ? owners[0] : undefined;
    },
  },
  // "lawmakers said" in a story that names Congress (or Parliament) by that name, and no other
  // legislature so: its members, speaking for it. Not where the articles write of a state's
  // legislature ("state legislators", "the Legislature"): its members are lawmakers too.
  {
    name: 'members-of-the-legislature',
    into: (a, { ctx, drafts }) => {
      if (a.type !== 'group' || !LEGISLATORS.has(a.name.toLowerCase())) return undefined;
      if (ctx.docs.some((d) => writesOfAStateLegislature(d.text))) return undefined;
      const plain = new Set([...ORG_ADJECTIVES.values()]);
      const bodies = drafts.filter((b) => b !== a && b.mentions.length > 0 && b.type === 'organization' && [b.name, ...b.aliases].some((x) => plain.has(x)));
      return bodies.length === 1 ? bodies[0] : undefined;
    },
  },
  // "Guardsmen" or "Guardswomen" in a story of the National Guard: members named
  // by the word that names their body are that body, speaking or acting for it.
  {
    name: 'members-named-for-their-body',
    into: (a, { drafts }) => {
      const word = /^(\p{Lu}\p{Ll}+)s(?:men|women)$/u.exec(a.name)?.[1];
      if (a.type !== 'group' || !word) return undefined;
      const bodies = drafts.filter((b) => b !== a && b.mentions.length > 0 && b.type !== 'group' && !isFirstName(b.name.split(/\s+/)[0]) && [b.name, ...b.aliases].some((n) => n.split(/\s+/).includes(word)));
      return bodies.length === 1 ? bodies[0] : undefined;
    },
  },
  // "National Parks Service" for the National Park Service: an organisation's name
  // written with one word in the plural is the name the articles write more often.
  {
    name: 'organisation-written-in-the-plural',
    into: (a, { drafts }) => {
      if (a.type !== 'organization') return undefined;
      const words = wordsOf(a.name);
      if (words.length < 2) return undefined;
      const variants = drafts.filter((b) => {
        if (b === a || !b.mentions.length || b.type !== 'organization' || b.mentions.length < a.mentions.length || (b.mentions.length === a.mentions.length && b.index > a.index)) return false;
        const other = wordsOf(b.name);
        const differ = other.length === words.length ? other.filter((w, i) => w !== words[i]) : [];
        return differ.length === 1 && other.every((w, i) => w === words[i] || `${w}s` === words[i] || `${words[i]}s` === w);
      });
      return variants.length === 1 ? variants[0] : undefined;
    },
  },
];

/** Moves the mentions of each actor a MERGE_RULES row finds to be another's; the other keeps its name. */
export function mergeActors(story: Story): void {
  for (const a of story.drafts) {
    if (!a.mentions.length) continue;
    const to = MERGE_RULES.map((r) => r.into(a, story)).find((x) => x !== undefined);
    if (to) absorb(to, a);
  }
}

// "Tarrant's son Bobby Tarrant", "Bobby Tarrant, the son of Rep. Bob Tarrant": a full
// name written as the kin of someone with its surname.
const KIN_BEFORE = new RegExp(String.raw`(\p{Lu}[\p{L}'’-]+)['’]s?\s+(?:\p{Ll}+\s+){0,2}(?:${phrases([...KIN_WORDS])})\s*,?\s*$`, 'u');
const KIN_AFTER = new RegExp(String.raw`^\s*,\s+(?:(?:the|a|his|her)\s+)?(?:\p{Ll}+\s+)?(?:${phrases([...KIN_WORDS])})\s+of\s+([^.;!?]{0,80})`, 'u');
/** The full names the articles write as the kin of someone with the same surname. Keys, as normKey writes them. */
function writtenAsKin(ctx: Context): Set<string> {
  const kin = new Set<string>();
  for (const m of ctx.mentions) {
    if (m.type !== 'person' || !m.name.includes(' ')) continue;
    const last = m.name.split(/\s+/).filter((w) => !isGeneration(w) && !isRomanNumeral(w)).pop()!;
    const doc = textOf(ctx, m);
    const before = KIN_BEFORE.exec(doc.slice(Math.max(0, m.start - 60), m.start))?.[1];
    const after = KIN_AFTER.exec(doc.slice(m.end, m.end + 120))?.[1];
    if ((before && normKey(before) === normKey(last)) || (after && after.split(/[^\p{L}'’-]+/u).some((w) => normKey(w) === normKey(last)))) kin.add(normKey(m.name));
  }
  return kin;
}

const ACRONYM_AFTER = new RegExp(String.raw`^\s*\((?:(?:${phrases(STOCK_EXCHANGES)})\s*:\s*)?([\p{Lu}&.]{2,8})\)`, 'u');

// "Tom Reyes was charged on Monday. His wife, Ana Ruiz, said …": a role "his" or "her" owns, with
// no one named before the pronoun in its sentence, is of the person the sentences before name
// (in the same article, up to three back, the nearest that names anyone): "Tom Reyes’s wife". Only
// when one person of the pronoun's sex is named there, first in its sentence and before any
// "he" or "she" that would be someone else; a role of somebody unsure stays bare. Each person's
// bare roles, with the owner's name.
function ownersOfPronounRoles(ctx: Context, drafts: readonly ActorDraft[]): Map<ActorDraft, Map<string, string>> {
  const people = (sentence: number) => ctx.mentions.filter((m) => m.sentence === sentence && m.actor !== undefined && drafts[m.actor].type === 'person');
  const owned = new Map<ActorDraft, Map<string, string>>();
  for (const a of drafts) {
    if (a.type !== 'person') continue;
    for (const m of a.mentions) {
      const s = ctx.sentences[m.sentence];
      const before = textOf(ctx, m).slice(s.start, m.start);
      const pronoun = m.role ? pronounOwning(before, m.role) : undefined;
      // (A name the entity stage did not read, "… For The Herald Dan Ostrow wears …", is someone named before too.)
      if (!pronoun || people(m.sentence).some((p) => p.end <= s.start + pronoun.at) || NAME_BIGRAM.test(before.slice(0, pronoun.at))) continue;
      const owner = ownerBefore(ctx, m.sentence, pronoun.gender, a, people, drafts);
      if (owner && !owned.get(a)?.has(m.role!)) (owned.get(a) ?? owned.set(a, new Map()).get(a)!).set(m.role!, `${owner.name}’s ${m.role}`);
    }
  }
  return owned;
}
const NAME_BIGRAM = /\p{Lu}[\p{L}'’.-]*\s+\p{Lu}\p{Ll}/u;
const SAME_SEX_PRONOUN = { male: /\b(?:he|him|his|himself)\b/i, female: /\b(?:she|her|hers|herself)\b/i } as const;
/** The one person of the given sex the nearest sentence before (same article, three back) names first, other than `a`. */
function ownerBefore(ctx: Context, sentence: number, gender: 'female' | 'male', a: ActorDraft, people: (s: number) => Mention[], drafts: readonly ActorDraft[]): ActorDraft | undefined {
  const doc = ctx.sentences[sentence].doc;
  for (let i = sentence - 1; i >= 0 && i >= sentence - 3 && ctx.sentences[i].doc === doc; i--) {
    const named = people(i);
    if (!named.length) continue;
    const fit = new Set(named.map((p) => drafts[p.actor!]).filter((p) => p !== a && (sexOf(p) ?? gender) === gender));
    const first = drafts[named[0].actor!];
    const s = ctx.sentences[i];
    // "I watch him return to his roots, having apprenticed with Tom Reyes": a "him" before the name is someone else.
    const pronounFirst = SAME_SEX_PRONOUN[gender].test(textOf(ctx, named[0]).slice(s.start, named[0].start));
    return fit.size === 1 && fit.has(first) && !pronounFirst && !named.some((p) => drafts[p.actor!] === a) ? first : undefined;
  }
  return undefined;
}
// A person's sex as the first name, or else the words of the roles, tell it; undefined when unsure.
function sexOf(a: ActorDraft): 'female' | 'male' | undefined {
  const first = genderOf(a.name.split(/\s+/)[0]);
  if (first) return first;
  const said = new Set([...a.roles.keys()].flatMap((r) => r.split(/[\s,]+/).map((w) => genderOfWord(w))).filter(Boolean));
  return said.size === 1 ? [...said][0] : undefined;
}

/** What an actor's mentions tell of its weight in the story, before any is compared with another. */
interface Weighing {
  mentions: number;
  /** Articles that name it. */
  sources: number;
  /** Mentions in the first three sentences of an article. */
  early: number;
  /** Roles written beside its name. */
  roles: number;
}

interface SalienceTerm {
  name: string;
  score: (w: Weighing) => number;
}

/**
 * Salience adds these terms; the stage then divides by the story's highest, ranks the actors
 * by it, and the briefing shows the salient ones (11-assemble.ts). An actor matters when it is
 * mentioned often, by many sources, and early in the articles.
 */
export const SALIENCE_TERMS: readonly SalienceTerm[] = [
  { name: 'mentions', score: (w) => w.mentions },
  // Each further article that names it counts up to three of its mentions twice: a name every
  // source writes is the story's, a name one article dwells on may be that article's aside.
  { name: 'sources', score: (w) => 2 * (w.sources - 1) * Math.min(w.mentions, 3) },
  { name: 'early', score: (w) => w.early },
  // The articles say who it is.
  { name: 'role', score: (w) => (w.roles ? 1 : 0) },
];

const salienceOf = (w: Weighing): number => SALIENCE_TERMS.reduce((sum, t) => sum + t.score(w), 0);

export function actors(ctx: Context): void {
  // Names that say something ("Mattis told reporters") are people even without a first name.
  const speakers = new Set<string>();
  for (const m of ctx.mentions) {
    const doc = ctx.docs[ctx.sentences[m.sentence].doc].text;
    const next = /^\s+(\p{L}+)/u.exec(doc.slice(m.end, m.end + 30))?.[1];
    if (next && SPEECH_VERBS.has(next.toLowerCase())) speakers.add(m.name);
  }
  const story = readStory(ctx);
  // "Harbour Ferry Company (HFC)": an acronym introduced in parentheses.
  const acronyms = new Map<string, string>();
  for (const m of ctx.mentions) {
    // "Harbor Coffee (NASDAQ:HBRC)": or its ticker, with the exchange's name.
    const paren = ACRONYM_AFTER.exec(textOf(ctx, m).slice(m.end, m.end + 24));
    if (paren && !acronyms.has(paren[1])) acronyms.set(paren[1], m.name);
  }
  describedBeforeFullName(ctx.mentions, (m) => opensSentence(ctx, m));
  const clustered = clusterMentions(
    ctx.mentions,
    speakers,
    acronyms,
    (m) => actsOrOwns(textOf(ctx, m), m),
    (m) => /\bthe\s+$/i.test(textOf(ctx, m).slice(Math.max(0, m.start - 5), m.start)),
    (a) => {
      // "the Hornets won", "Tarrow Hornets": a word mostly written after "the", that does
      // something other than be or have there, and that the articles also write after a place, is a team
      // (or a club) named for its place, whatever ordinary word it is.
      const afterThe = a.mentions.filter((m) => /\bthe\s+$/i.test(textOf(ctx, m).slice(Math.max(0, m.start - 5), m.start)));
      const does = (m: Mention) => {
        const after = textOf(ctx, m).slice(m.end, m.end + 40);
        return verbAfter(after) && !BE_OR_HAVE.has(verbNext(after) ?? '');
      };
      return afterThe.length * 2 > a.mentions.length && afterThe.some(does) && ctx.docs.some((d) => writtenAfterAPlace(d.text, a.name));
    },
    // The story is about an actor it names only by what it is ("police said …") when it has it
    // act or speak in three sentences, in more than one article.
    (a) => new Set(a.mentions.map((m) => m.sentence)).size >= 3 && new Set(a.mentions.map((m) => ctx.sentences[m.sentence].doc)).size >= 2,
    writtenAsKin(ctx),
    (m) => opensSentence(ctx, m),
    (m) => ctx.sentences[m.sentence].doc,
  );
  mergeAliases(clustered, ctx.mentions, (m) => textOf(ctx, m));
  story.drafts = clustered;
  mergeActors(story);
  const drafts = clustered.filter((a) => a.mentions.length > 0).filter((a) => {
    if (!NOT_ACTOR_RULES.some((r) => r.match(a, story))) return true;
    for (const m of a.mentions) m.actor = undefined;
    return false;
  });
  typeBodies(drafts, (m) => textOf(ctx, m));
  for (const a of drafts) {
    a.name = canonicalName(a);
    a.salience = salienceOf({
      mentions: a.mentions.length,
      sources: new Set(a.mentions.map((m) => ctx.sentences[m.sentence].doc)).size,
      early: a.mentions.filter((m) => ctx.sentences[m.sentence].position < 3).length,
      roles: a.roles.size,
    });
    if (isInstitution(a.name)) a.acts = a.mentions.some((m) => institutionActs(textOf(ctx, m), m));
  }
  nameHouseholds(ctx, drafts);
  const max = Math.max(1, ...drafts.map((a) => a.salience));
  for (const a of drafts) a.salience = a.salience / max;
  drafts.sort((x, y) => y.salience - x.salience || (x.name < y.name ? -1 : 1));
  // Renumber so that ids follow rank; mentions keep pointing at the right actor.
  const renumber = new Map(drafts.map((a, i) => [a.index, i]));
  for (const m of ctx.mentions) if (m.actor !== undefined) m.actor = renumber.get(m.actor);
  drafts.forEach((a, i) => (a.index = i));
  lendFromAsides(drafts, ctx.asides ?? []);
  // A bare role ("wife") that a "his" or "her" before it owns, with whose it is.
  const owned = ownersOfPronounRoles(ctx, drafts);
  // What the whole cluster says of a person completes the role one mention gave.
  const cluster = roleStory(ctx.docs.map((d) => d.text));
  for (const a of drafts) {
    const chosen = bestRole(a);
    const role = withAge(chosen, a);
    const whose = owned.get(a)?.get(chosen);
    a.role =
      a.type === 'person'
        ? completeRole({
            role,
            after: a.mentions.map((m) => textOf(ctx, m).slice(m.end, m.end + 200)),
            before: a.mentions.map((m) => textOf(ctx, m).slice(ctx.sentences[m.sentence].start, m.start)),
            previous: a.mentions.map((m) => (ctx.sentences[m.sentence - 1]?.doc === ctx.sentences[m.sentence].doc ? ctx.sentences[m.sentence - 1].text : '')),
            story: cluster,
            age: a.mentions.find((m) => m.age)?.age,
            roles: [...a.roles.keys()],
            ...(whose ? { whose: { bare: role, owned: withAge(whose, a) } } : {}),
          })
        : role;
  }
  ctx.actors = drafts;
}
