// What the words around a name are, for the entity stage and the role rules alike: capitalised,
// a title word, a possessive, a name's connector.
import { STOPWORDS, isCapitalized as capitalized } from './text/tokens.js';
import { COMPANY_SUFFIXES, NAME_PARTICLES, OPENING_PARTICLES, TITLE_HEADS, TITLE_MODIFIERS, isNameParticle, isRoleNoun } from './lexicon.js';

/** Capitalised, or a particle that lives inside names ("de", "al-"). */
export const isCapitalized = (w: string) => capitalized(w) || isNameParticle(w);

/** Words that join the parts of one name: "Bank of England", "Osama bin Laden", "Ruiz del Campo". */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', ...NAME_PARTICLES]);
/** The lower-case words a body's name is joined by: "Harbor Department of Water", "Friends of the Earth", "Marks & Spencer". */
export const BODY_NAME_JOINTS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', '&']);
/**
 * A connector as written: in lower case, "Of" in title case, or a particle capitalised as names
 * write it ("De", "Al"). "Ben", "Des" and "Ten" capitalised are a first name, a place's first word
 * and a number, not particles.
 */
export const isConnector = (w: string) => CONNECTORS.has(w) || /^(?:of|for)$/i.test(w) || OPENING_PARTICLES.has(w);
/** A name's particle as names write it: "dos", "van", or capitalised where it opens a surname ("De Vries", "Le Pen"). */
export const isParticle = (w: string) => NAME_PARTICLES.has(w.toLowerCase()) && isConnector(w);
export const POSSESSIVE = /['’]s?$/u;
/** A generation's suffix, which only a person's name takes: "Jr.", "Sr". */
export const isGeneration = (w: string) => /^(?:Jr|Sr)\.?$/.test(w);
/** A middle initial, one capital and its dot: "K." in "Ada K. Brown". */
export const isInitial = (w: string) => /^\p{Lu}\.$/u.test(w);
/**
 * A Roman numeral that numbers a person or a work ("Brandt III", "Harbour Kings IV"). One reader
 * for the entity, actor and attribution stages alike, so that a name's numeral is cut off, keyed
 * and told from a person by the same test.
 */
export const isRomanNumeral = (w: string) => /^[IVX]+$/.test(w);
/** The text before a name that opens its sentence, after one word at most ("But Kowalczyk …"). */
export const OPENS_SENTENCE = /^\s*(?:\p{L}+,?\s+)?$/u;

/** A title or role word written in lower case ("spokesman", "former"), or a capitalised title. */
export const lowerTitle = (w: string) => {
  const l = w.toLowerCase();
  return (TITLE_HEADS.has(l) || TITLE_MODIFIERS.has(l) || (l === w && isRoleNoun(w))) && !STOPWORDS.has(l);
};

/** The word without its possessive or sentence dot; the dots of "U.S." stay. */
export const bare = (w: string) => {
  const t = w.replace(POSSESSIVE, '');
  return /(?:^|\.)\p{L}\.$/u.test(t) ? t : t.replace(/\.$/, '');
};
/** A company's legal suffix as written, its dot or not: "Inc.", "Corp", "Co.". */
export const isCompanySuffix = (w: string) => COMPANY_SUFFIXES.has(bare(w).toLowerCase());
