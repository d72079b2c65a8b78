// MERGE_RULES: two grouped actors that are one.
import { type ActorDraft } from '../../types.js';
import { namesOf } from '../../../format/names.js';
import { phrases } from '../../text/phrases.js';
import { isGeneration, isRomanNumeral } from '../../name-words.js';
import { ORG_HEADS, UNNAMED_PERSONS, LEGISLATORS, STATE_LEGISLATURE_WORDS, ORG_ADJECTIVES, isFirstName, isGivenName, isShortFormOf, knownOrg } from '../../lexicon.js';
import { editDistance, initials, normKey, surname } from '../../name-compare.js';
import { wordsOf } from './organisations.js';
import type { Story } from './reading.js';
import { absorb } from './aliases.js';

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
      if (drafts.some((b) => b !== a && b.mentions.length > 0 && b.type === 'organization' && namesOf(b).some((n) => n.includes(' ') && initials(n) === letters))) return undefined;
      const owners = namedPeople(drafts, a).filter((p) => namesOf(p).some((n) => n.includes(' ') && initialsOf(n) === letters));
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
      const bodies = drafts.filter((b) => b !== a && b.mentions.length > 0 && b.type === 'organization' && namesOf(b).some((x) => plain.has(x)));
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
      const bodies = drafts.filter((b) => b !== a && b.mentions.length > 0 && b.type !== 'group' && !isFirstName(b.name.split(/\s+/)[0]) && namesOf(b).some((n) => n.split(/\s+/).includes(word)));
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
