// Grouping mentions into actor drafts: which mentions name one actor.
import { type ActorDraft, type Mention } from '../../types.js';
import { namesOf } from '../../../format/names.js';
import { isGeneration, isParticle, isRomanNumeral } from '../../name-words.js';
import { isCommonWord, isFirstName, isLastName, isShortFormOf, isKnownCompany, knownOrg, readsAsAdjectiveOnly, readsAsPlural } from '../../lexicon.js';
import { compact, initials, misspelt, normKey, sameFirstName, surname, surnamesOfSeveralWords } from '../../name-compare.js';
import { mergeOrganisations, push } from './organisations.js';

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
    if (m.alsoRole && m.alsoRole !== m.role) a.roles.set(m.alsoRole, (a.roles.get(m.alsoRole) ?? 0) + 1);
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
    const last = surname(m.name);
    const list = people.get(last) ?? [];
    // "Bobby Tarrant, the son of Rep. Bob Tarrant": two first names alike are two people
    // where the articles write one as the other's kin.
    const apart = (x: ActorDraft) => normKey(x.name.split(/\s+/)[0]) !== normKey(first) && [m.name, ...namesOf(x)].some((n) => kin.has(normKey(n)));
    const sameFirst = (x: ActorDraft) => sameFirstName(x.name.split(/\s+/)[0], first) && !apart(x);
    let a = list.find(sameFirst);
    // A surname misspelt or transliterated ("Gaddafy"/"Gadafi") goes with a first name written
    // alike or transliterated too ("Muamar"/"Moamar"). Every surname written alike is looked at:
    // "Dana Conyer" after "Rita Conyers" and "Dana Conyers" is Dana, not no one because Rita
    // has the exact surname.
    a ??= [...people.entries()].filter(([k]) => k !== last && misspelt(k, last)).flatMap(([, owners]) => owners).find(sameFirst);
    a ??= byCompact.get(compact(m.name));
    // "Lopez Marsh" after "Maria Lopez Marsh", or before it.
    if (!a && (!isFirstName(first) || isParticle(first))) {
      const owners = bySurnameOfSeveralWords.get(normKey(m.name));
      if (owners?.length === 1) a = owners[0];
    }
    a ??= surnamesOfSeveralWords(m.name).map((k) => byFullName.get(k)).find((x) => x && !isFirstName(x.name.split(/\s+/)[0]));
    a ??= make(m);
    // "Danner" alone goes to Rita Danner first named "Rita Dannr".
    if (!list.includes(a)) {
      list.push(a);
      people.set(last, list);
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
  for (const p of new Set([...people.values()].flat())) for (const first of new Set(namesOf(p).filter((n) => n.includes(' ')).map((n) => normKey(n.split(/\s+/)[0])))) push(byFirstName, first, p);
  // Of some people, the one whose full name the article of a mention writes last before it.
  const namedLastBefore = (m: Mention, among: readonly ActorDraft[]): ActorDraft | undefined => {
    let last: Mention | undefined;
    for (const p of among)
      for (const x of p.mentions)
        if (x.name.includes(' ') && docIndex(x) === docIndex(m) && (x.sentence < m.sentence || (x.sentence === m.sentence && x.end <= m.start)) && (!last || x.sentence > last.sentence || (x.sentence === last.sentence && x.start > last.start))) last = x;
    return last && among.find((p) => p.mentions.includes(last!));
  };
  // "a spokeswoman for Okafor said" after "Rep. Dana Okafor" and "Okafor told": a lone word read as
  // a body's (a spokeswoman is for a body as often), that is the surname of one person named in full
  // and that the articles also write as a person's, is that person; not a known body ("Boeing").
  const writtenAsPerson = new Set(mentions.filter((m) => !m.name.includes(' ') && m.type !== 'organization').map((m) => m.name));
  const surnameReadAsABody = (m: Mention, owners: readonly ActorDraft[]) => m.type === 'organization' && owners.length === 1 && writtenAsPerson.has(m.name) && !knownOrg(m.name);
  // Organisations by name and by initials, for "ACLU" / "American Civil Liberties Union".
  const orgByName = new Map<string, ActorDraft>();
  const orgByInitials = new Map<string, ActorDraft>();
  for (const m of mentions) {
    if (m.actor !== undefined) continue;
    const key = normKey(m.name);
    // A lone surname goes to the most mentioned person who has it.
    // "Marsh" for Dana Marsh Jr., when no one else has the surname.
    const sameSurname = m.name.includes(' ') ? undefined : people.get(surname(m.name)) ?? bySurnameBeforeGeneration.get(surname(m.name));
    if (sameSurname && surnameReadAsABody(m, sameSurname)) m.type = 'person';
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
      // alias of either. It is the one its article names in full, when the article names only
      // one of them so ("Lowell writes" in the article about Amber's letter); else the most
      // written of them.
      const namedHere = sameSurname.length > 1 ? sameSurname.filter((p) => p.mentions.some((x) => x.name.includes(' ') && docIndex(x) === docIndex(m))) : [];
      add(namedHere.length === 1 ? namedHere[0] : sameSurname.reduce((x, y) => (y.mentions.length > x.mentions.length ? y : x)), m, sameSurname.length === 1);
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
    // A team named for its place; and, "paid for by Acme", a lone name the lexicon knows as a
    // company's, a brand's or a team's says what it is, however seldom it is written.
    if (team(a) || isKnownCompany(a.name)) {
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
