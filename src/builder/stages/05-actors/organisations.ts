// One organisation written several ways, merged into one actor.
import { type ActorDraft, type Mention } from '../../types.js';
import { namesOf } from '../../../format/names.js';
import { HEADS_WRITTEN_LAST, FORCE_MEMBERS, OTHER_INVESTIGATORS, PROSECUTING_BODY, PROSECUTING_GROUPS, LOCAL_FORCES, ORG_HEADS, countryOf, countryOfDemonym, isCommonWord, isFirstName, isLastName, isPlace, isTitleWord, knownOrg } from '../../lexicon.js';
import { initials, normKey } from '../../name-compare.js';
import { isCompanySuffix } from '../../name-words.js';

export function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// "Danish Harbour Guild" / "Harbour Guild", "U.S. Lighthouse Board" / "Lighthouse Board": a name of
// three words or more less its first word, where that word names a country or its people, is a key
// of a name the body goes by, and the body found by it is joined at once. Not the without-country
// row of SHORTER_FORMS, on purpose: what is left here is two words or more, a name of its own; that
// row also takes a country of two words and leaves a shorter form of one head word ("Senate" of
// "U.S. Senate"), which another body of the story may end with ("Ohio Senate"), so it joins only
// where none does (mergeShorterForms).
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
export const wordsOf = (name: string) => normKey(name).split(' ');

// "NYPD", "LAPD": a force is also written as the initials of its place and "police department".
const FORCE_INITIALS = [...LOCAL_FORCES].map((f) => new RegExp(`^\\p{Lu}{1,4}${f[0].toUpperCase()}D$`, 'u'));

// "the Harbour Guild and Tarrow Council": a name joined by "and" whose shorter names are two
// bodies the cluster writes apart, each more often than the pair, lists the two; it is a third
// name of neither, and joining it to both would make one actor of two. A pair written as often as
// its parts acts as one (a joint campaign, a coalition).
const listsTwoBodies = (a: ActorDraft, candidates: ReadonlySet<ActorDraft>) =>
  /\sand\s/.test(a.name) && [...candidates].filter((b) => b !== a && b.mentions.length > a.mentions.length && !isNamedPerson(b)).length >= 2;

// One organisation written several ways: "CWB" / "Coastal Water Board",
// "Taiyo Kaiun" / "Taiyo Kaiun K.K.", "Carver" / "USS Carver".
export function mergeOrganisations(actors: ActorDraft[], add: (a: ActorDraft, m: Mention) => void, acronyms: ReadonlyMap<string, string>, acts: (m: Mention) => boolean, about: (a: ActorDraft) => boolean, opens: (m: Mention) => boolean, docIndex: (m: Mention) => number, speakers: ReadonlySet<string>): void {
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
    // "Boeing Co." / "Boeing": a well-known company's name with its legal suffix. (Not any word
    // before "Co.": "Elkhart Co." is a county.)
    if (words.length === 2 && isCompanySuffix(words[1]) && knownOrg(words[0])) keys.push(words[0]);
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
    for (const tail of new Set(namesOf(a).map(ofTail)))
      if (tail) for (const b of byName.get(normKey(tail)) ?? []) if (b.mentions.some((m) => m.type === 'organization' || acts(m))) candidates.add(b);
    if (listsTwoBodies(a, candidates)) continue;
    for (const b of [...candidates].sort((x, y) => x.index - y.index)) {
      if (a === b || !b.mentions.length || !a.mentions.length || isNamedPerson(b)) continue;
      into(b, a);
    }
  }
  mergeShorterForms(orgs(), into);
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
  const otherInvestigators = actors.some((a) => a.mentions.length && namesOf(a).some((n) => n.split(/[\s'’]+/).some((w) => OTHER_INVESTIGATORS.has(w.toLowerCase()))));
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

/**
 * The shorter names a body goes by that are its name less words the articles may leave out: the
 * country before a public body's head word ("U.S. Senate", "United States Supreme Court" are the
 * Senate, the Supreme Court). (A company's first word alone, "Acme" for Acme Inc., is joined above;
 * so is a name of three words or more after one word of a country, by withoutCountry.)
 */
export const SHORTER_FORMS: readonly { name: string; shorter: (words: readonly string[]) => string[] | undefined }[] = [
  {
    name: 'without-country',
    shorter: (words) => {
      const k = [2, 1].find((n) => words.length > n && countryOf(words.slice(0, n).join(' ')));
      const rest = k ? words.slice(k) : [];
      return rest.length && rest.some((w) => ORG_HEADS.has(w.toLowerCase())) && /^\p{Lu}/u.test(rest[0]) ? rest : undefined;
    },
  },
  // "Harlow Public Schools" is what the articles also call the Harlow Public School District.
  {
    name: 'schools-of-a-district',
    shorter: (words) => (words.length > 2 && words[words.length - 2] === 'School' && words[words.length - 1] === 'District' ? [...words.slice(0, -2), 'Schools'] : undefined),
  },
];

/**
 * Joins the one organisation the articles write by a body's shorter form to that body. Not where
 * another body of the story ends with that shorter form ("Ohio Senate", "Imperial Navy" beside
 * "U.S. Senate", "U.S. Navy"): "the Senate", "the Navy" may be either.
 */
function mergeShorterForms(orgs: readonly ActorDraft[], into: (from: ActorDraft, to: ActorDraft) => void): void {
  const byName = new Map<string, ActorDraft[]>();
  for (const a of orgs) push(byName, normKey(a.name), a);
  // (A person's name that the entity stage once read as a body's, "Dana Ford" of "Dana Ford Co.", is no body's.)
  const mostlyABody = (b: ActorDraft) => b.mentions.filter((m) => m.type === 'organization').length * 2 > b.mentions.length;
  // (Read once per body: joining moves mentions, never names.)
  const shorterKeys = new Map(orgs.map((b) => [b, SHORTER_FORMS.map((r) => r.shorter(b.name.split(/\s+/))).filter((x): x is string[] => !!x).map((x) => normKey(x.join(' ')))]));
  for (const a of orgs) {
    for (const key of mostlyABody(a) ? shorterKeys.get(a)! : []) {
      const owners = (byName.get(key) ?? []).filter((b) => b !== a && b.mentions.length && mostlyABody(b));
      const rivals = orgs.filter((b) => b !== a && b.mentions.length && normKey(b.name).endsWith(` ${key}`) && !shorterKeys.get(b)!.includes(key));
      // The body keeps the name it is first written by while the rules that drop non-actors read it.
      if (owners.length === 1 && !rivals.length) into(owners[0], a);
    }
  }
}
