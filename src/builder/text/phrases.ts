// Word lists from data/ as regex alternations: the one place text is escaped for a regex.

// "filed a * lawsuit": a "*" stands for one optional lower-case word ("filed a federal lawsuit").
const ANY_WORD = String.raw`(?:[\p{Ll}-]+\s+)?`;
/** A text matched as written: its regex characters escaped (a name, a role read from the article). */
export const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const literal = (word: string) => escaped(word).replace(/'/g, "['’]");

/** One phrase as a pattern: its words literal, any run of spaces between them, either apostrophe. */
const phrase = (p: string) =>
  p
    .split(/\s+/)
    .map((w, i, all) => (w === '*' ? ANY_WORD : i < all.length - 1 ? `${literal(w)}\\s+` : literal(w)))
    .join('');

/** A list of phrases as one alternation, longest first so that a phrase wins over its own start. */
export const phrases = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(phrase)
    .join('|');

/** A data file's named patterns as one test: the name of the first pattern a text meets, if any. */
export const namedRules = (rules: Record<string, string>, flags = 'iu') => {
  const table = Object.entries(rules).map(([name, pattern]) => ({ name, match: new RegExp(pattern, flags) }));
  return (text: string) => table.find((rule) => rule.match.test(text))?.name;
};
