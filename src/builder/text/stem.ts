// The one stemmer: "attack", "attacks" and "attacked" compare as one word.

/** Crude suffix stripping: enough to match "attack"/"attacks"/"attacked" when comparing sentences. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '');
  if (w.length > 4) w = w.replace(/(?:ies)$/, 'y').replace(/(?:ing|ed|es|s)$/, '');
  return w;
}
