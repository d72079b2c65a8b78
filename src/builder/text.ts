// Small text helpers shared by the stages.
import stopwordData from './data/stopwords.json';

export const STOPWORDS: ReadonlySet<string> = new Set(stopwordData.words);

export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words keep inner apostrophes, hyphens and dots ("al-Assad", "U.S.", "O'Brien").
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.\-]*[\p{L}\p{N}])?\.?/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    // A trailing dot belongs to the word only for abbreviations such as "U.S." or "Mr.".
    if (word.endsWith('.') && !/^(?:\p{L}\.)+$|^\p{Lu}\p{Ll}{0,3}\.$/u.test(word)) word = word.slice(0, -1);
    out.push({ text: word, start: offset + m.index!, end: offset + m.index! + word.length });
  }
  return out;
}

/** Crude suffix stripping: enough to match "attack"/"attacks"/"attacked" when comparing sentences. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '');
  if (w.length > 4) w = w.replace(/(?:ies)$/, 'y').replace(/(?:ing|ed|es|s)$/, '');
  return w;
}

export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    const lower = t.text.toLowerCase().replace(/\.$/, '');
    if (lower.length < 2 || STOPWORDS.has(lower) || /^\d+$/.test(lower)) continue;
    out.push(stem(lower));
  }
  return out;
}

// What opens a sentence's subordinate clause: "A day after …", "While …". The attribution and
// title stages both look past it; each adds what else it accepts there.
export const TIME_BEFORE = String.raw`(?:(?:a|one|two|three|several)\s+(?:day|days|week|weeks|hour|hours|month|months)\s+)?`;
export const SUBORDINATORS = 'after|before|while|as|when|although|though|since|because|if|once|until';

export const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Cosine similarity of two term bags. */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, w] of a) {
    na += w * w;
    const v = b.get(t);
    if (v) dot += w * v;
  }
  for (const w of b.values()) nb += w * w;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export function counts(terms: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Share of a's distinct terms found in b. */
export function containment(a: string[], b: string[]): number {
  if (!a.length) return 0;
  const set = new Set(b);
  const distinct = new Set(a);
  let hit = 0;
  for (const t of distinct) if (set.has(t)) hit++;
  return hit / distinct.size;
}

/** First- and second-person words: the writer's or a speaker's own voice, never a report's ("I-Vt." is a party label). */
export const PERSONAL = /\b(?:I(?![-.])|[Ww]e|[Oo]urs?|us|[Mm]y|[Mm]e|[Yy]ou|[Yy]ours?)\b/u;
