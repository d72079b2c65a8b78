// The last resort for a sentence that signals something open but that no ask rule reads: ask
// about the matter it names, the noun phrase that shares most with the story's main thread
// ("What is still unknown about the uniform contract?").
import type { QuestionKind } from '../../../format/schema.js';
import { PERSON_NOUNS, TITLE_HEADS, GROUP_NOUNS, nounPhrases } from '../../lexicon.js';
import { contentTerms, wordCount } from '../../text/tokens.js';
import { tagged } from './clause.js';
import lists from '../../data/open-questions.json';
import { phrases } from '../../text/phrases.js';

// A definite one the story has told of: "the jail escort plan", not "a good idea".
const DETERMINER = /^(?:the|his|her|its|their|this|these)$/i;
// A matter is a thing: the words of a plain noun phrase, its head a common noun that names no
// person, group or time ("the uniform contract", not "another TSA critic" nor "the stuff").
const PLAIN = /^(?:Noun|Singular|Plural|Adjective|Comparable|Determiner|Possessive|Value|Cardinal|Acronym|Organization|ProperNoun|Place|Country|City|Region|Uncountable)$/;
const VAGUE = new RegExp(`^(?:${phrases(lists.vagueMatters.words)})$`, 'i');

function isMatter(np: string): boolean {
  const words = tagged(np);
  const head = words.at(-1);
  if (!head || words.length < 2 || words.length > 6 || !DETERMINER.test(words[0].text) || /^(?:another|other)$/.test(words[1]?.text ?? '')) return false;
  if (!words.slice(1).every((w) => w.tags.length && w.tags.every((t) => PLAIN.test(t)))) return false;
  return head.tags.includes('Noun') && /^\p{Ll}/u.test(np.split(/\s+/).at(-1)!) && !head.tags.some((t) => /Person|Pronoun|Date|Month|WeekDay/.test(t)) && !VAGUE.test(head.text) && ![PERSON_NOUNS, TITLE_HEADS, GROUP_NOUNS].some((set) => set.has(head.text));
}

const ASK: Record<QuestionKind, (np: string) => string> = {
  unresolved: (np) => `What is still unknown about ${np}?`,
  upcoming: (np) => `What will come of ${np}?`,
  disputed: (np) => `What is disputed about ${np}?`,
};

/** The question about a sentence's matter, or nothing when it names no matter a reader can picture. */
export function matterQuestion(sentence: string, kind: QuestionKind, thread: ReadonlyMap<string, number>): string | undefined {
  const weight = (np: string) => contentTerms(np).reduce((sum, t) => sum + (thread.get(t) ?? 0), 0);
  const best = nounPhrases(sentence)
    .map((np) => np.replace(/[,.;:!?]+$/, '').trim())
    .filter((np) => wordCount(np) <= 6 && isMatter(np))
    .sort((a, b) => weight(b) - weight(a))[0];
  if (!best || weight(best) === 0) return undefined;
  return ASK[kind](best.replace(/^\S+/, (d) => d.toLowerCase()));
}
