// Mentions and roles mended from their neighbours: a description before a full name, a role lent from an aside.
import type { ActorDraft, Mention } from '../../types.js';
import { isConnector } from '../../name-words.js';
import { RANKS, OPENING_PARTICLES, isFirstName, isTitleWord } from '../../lexicon.js';
import { normKey, surname, surnameWithGeneration } from '../../name-compare.js';

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
