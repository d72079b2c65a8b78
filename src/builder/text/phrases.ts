// Word lists from data/ as regex alternations: the one place text is escaped for a regex.

// "filed a * lawsuit": a "*" stands for one optional lower-case word ("filed a federal lawsuit");
// "fired # shots": a "#" for one number ("fired 10 shots", "fired 1,200 rounds").
const ANY_WORD = String.raw`(?:[\p{Ll}-]+\s+)?`;
const NUMBER = String.raw`\d[\d,.]*\s+`;
/** A text matched as written: its regex characters escaped (a name, a role read from the article). */
export const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const literal = (word: string) => escaped(word).replace(/'/g, "['’]");

/** One phrase as a pattern: its words literal, any run of spaces between them, either apostrophe. */
const phrase = (p: string) =>
  p
    .split(/\s+/)
    .map((w, i, all) => (w === '*' ? ANY_WORD : w === '#' ? NUMBER : i < all.length - 1 ? `${literal(w)}\\s+` : literal(w)))
    .join('');

/** A list of phrases as one alternation, longest first so that a phrase wins over its own start. */
export const phrases = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(phrase)
    .join('|');

// Text read from the articles (a name, a role, one word) is built into a pattern only up to this
// many characters: far above any real one (over the validation clusters the longest name is 65
// characters, the longest role 132, the longest word 84) and far below what the engine refuses
// ("Invalid regular expression: Stack overflow" at about 10,000 characters of literal text with
// the i and u flags), so that no input, a page of noise included, makes the build fail.
export const MAX_TEXT_IN_PATTERN = 1000;
const NEVER = '(?!)';
/**
 * The pattern `build()` writes around `texts` read from the articles, with `flags`; a pattern
 * that never matches when one of them is longer than MAX_TEXT_IN_PATTERN (no name, role or word
 * is that long, so it is one nothing in the articles can be found as). Every pattern built from
 * article text goes through here.
 */
export function patternWith(texts: readonly string[], build: () => string, flags = ''): RegExp {
  return new RegExp(texts.some((t) => t.length > MAX_TEXT_IN_PATTERN) ? NEVER : build(), flags);
}

/** A data file's named patterns as one test: the name of the first pattern a text meets, if any. */
export const namedRules = (rules: Record<string, string>, flags = 'iu') => {
  const table = Object.entries(rules).map(([name, pattern]) => ({ name, match: new RegExp(pattern, flags) }));
  return (text: string) => table.find((rule) => rule.match.test(text))?.name;
};
