// Mentions and roles mended from their neighbours: a description before a full name, a role lent from an aside.
import type { ActorDraft, Context, Mention } from '../../types.js';
import { isConnector, isGeneration } from '../../name-words.js';
import { KIN_WORDS, RANKS, OPENING_PARTICLES, isFirstName, isTitleWord } from '../../lexicon.js';
import { escaped, patternWith, phrases } from '../../text/phrases.js';
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
 * in a sentence set aside: the person named in full there (with a role, or on a first name alone:
 * "Grace Okafor, left, …" in a caption) is the actor with that surname, when only one person of the
 * story has it. Exported for tests.
 */
export function lendFromAsides(drafts: ActorDraft[], asides: readonly Mention[]): void {
  for (const m of asides) {
    const people = drafts.filter((a) => a.type === 'person' && (normKey(a.name) === normKey(m.name) || (!a.name.includes(' ') && normKey(a.name) === surname(m.name))));
    if (people.length !== 1 || drafts.some((a) => a.type === 'person' && a.name.includes(' ') && a !== people[0] && surname(a.name) === surname(m.name))) continue;
    const [a] = people;
    if (m.role) a.roles.set(m.role, (a.roles.get(m.role) ?? 0) + 1);
    // "Harbor Gov. Ana Ruiz is a likely contender …" under a photo: the office with its place, which
    // the description leaves out, is the person's too, as it is in a sentence shown.
    if (m.alsoRole && m.alsoRole !== m.role) a.roles.set(m.alsoRole, (a.roles.get(m.alsoRole) ?? 0) + 1);
    if (!a.name.includes(' ')) {
      a.aliases.add(a.name);
      a.name = m.name;
    }
    a.aliases.add(m.name);
  }
}

/** An actor the articles name only by what it is to someone they name ("Dana Ruiz's father"). */
interface DescribedActorRule {
  name: string;
  /** The places one described actor is written, each with the person it is described by, in a run. */
  find: (ctx: Context, drafts: readonly ActorDraft[]) => DescribedActor[];
}
interface DescribedActor {
  name: string;
  role: string;
  /** Where the description's head word stands, and the description as written. */
  places: { sentence: number; start: number; end: number; surface: string }[];
}

// Relations one person has, whose holder the articles may leave unnamed ("Ruiz's father"); not the
// plurals ("Ruiz's parents"), which the household rows read.
const ONE_RELATIVE = phrases([...KIN_WORDS].filter((w) => !w.endsWith('s')));
/** "Ruiz's father, Tom Ruiz", "her father Tom": the relative's name written right after the relation. */
const NAME_NEXT = /^,?\s+\p{Lu}/u;
/** A sentence repeated word for word (an article run twice) says it once. */
const distinctSentences = (ctx: Context, places: DescribedActor['places']) => new Set(places.map((p) => ctx.sentences[p.sentence].text)).size;

/**
 * The ways the articles write someone the story is about by description only, one named row each;
 * each found description is an actor of its own, with the mentions there.
 */
export const DESCRIBED_ACTOR_RULES: readonly DescribedActorRule[] = [
  // "Ruiz's father told the court …", "… as Mr. Ruiz's father put it": a relative of a person named
  // in full, written so in two sentences and never named: a reader needs who wrote the letter or
  // spoke for the family. Not where the relative's name is written after the relation anywhere, or
  // another person of the story holds it ("Tom Ruiz, Dana's father"); nor where another person has
  // the surname, who may be the relative.
  {
    name: 'kin-of-a-named-person',
    find: (ctx, drafts) => {
      const people = drafts.filter((a) => a.type === 'person' && a.name.includes(' '));
      const found: DescribedActor[] = [];
      const bySurname = new Map<string, number>();
      for (const p of people) bySurname.set(surname(p.name), (bySurname.get(surname(p.name)) ?? 0) + 1);
      for (const owner of people) {
        const last = owner.name.split(/\s+/).filter((w) => !isGeneration(w)).pop()!;
        if (bySurname.get(surname(owner.name))! > 1) continue;
        const written = patternWith([last], () => String.raw`(?<![\p{L}'’-])${escaped(last)}['’]s?\s+(${ONE_RELATIVE})(?![\p{L}-])`, 'gu');
        const byRelation = new Map<string, DescribedActor['places'] | null>();
        // (Every sentence of the cluster for every person: only one that writes the surname, in
        // an article that writes it, can match.)
        const writes = ctx.docs.map((d) => d.text.includes(last));
        for (const s of ctx.sentences) {
          if (s.noise || !writes[s.doc] || !s.text.includes(last)) continue;
          for (const m of s.text.matchAll(written)) {
            const relation = m[1];
            const end = s.start + m.index + m[0].length;
            if (NAME_NEXT.test(s.text.slice(m.index + m[0].length))) byRelation.set(relation, null);
            if (byRelation.get(relation) === null) continue;
            const places = byRelation.get(relation) ?? byRelation.set(relation, []).get(relation)!;
            places.push({ sentence: s.index, start: end - relation.length, end, surface: m[0].replace(/\s+/g, ' ') });
          }
        }
        for (const [relation, places] of byRelation) {
          if (!places || distinctSentences(ctx, places) < 2) continue;
          const holds = (p: ActorDraft) => p !== owner && p.type === 'person' && [...p.roles.keys()].some((r) => r.split(/[^\p{L}]+/u).includes(relation));
          if (people.some(holds)) continue;
          found.push({ name: `${last}${last.endsWith('s') ? "'" : "'s"} ${relation}`, role: `${owner.name}'s ${relation}`, places });
        }
      }
      return found;
    },
  },
];

/** Adds, as actors, the descriptions DESCRIBED_ACTOR_RULES find, with their mentions. Exported for tests. */
export function describedActors(ctx: Context, drafts: ActorDraft[]): void {
  let next = Math.max(-1, ...drafts.map((a) => a.index), ...ctx.mentions.map((m) => m.actor ?? -1)) + 1;
  for (const rule of DESCRIBED_ACTOR_RULES) {
    for (const d of rule.find(ctx, drafts)) {
      if (drafts.some((a) => normKey(a.name) === normKey(d.name))) continue;
      const a: ActorDraft = { index: next++, name: d.name, aliases: new Set(d.places.map((p) => p.surface)), type: 'person', roles: new Map([[d.role, d.places.length]]), role: '', mentions: [], salience: 0 };
      for (const p of d.places) {
        const m: Mention = { sentence: p.sentence, start: p.start, end: p.end, name: d.name, type: 'person', surface: p.surface, actor: a.index };
        a.mentions.push(m);
        ctx.mentions.push(m);
      }
      drafts.push(a);
    }
  }
  ctx.mentions.sort((x, y) => x.sentence - y.sentence || x.start - y.start);
}
