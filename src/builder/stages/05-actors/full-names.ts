// FULL_NAME_RULES: a person's full name the entity stage left unread, found again from the surname
// the articles use for that person.
import type { Context, Mention } from '../../types.js';
import { isFirstName } from '../../lexicon.js';
import { compact, surname } from '../../name-compare.js';
import { escaped } from '../../text/phrases.js';

/** One way of writing a full name the entity stage can miss, for a surname written alone. */
interface FullNameRule {
  name: string;
  /** Matches the text right before the first name, with the first name and the surname. */
  match: (before: string, first: string, last: string) => boolean;
}

export const FULL_NAME_RULES: readonly FullNameRule[] = [
  // "said County Public Defender Ann Velloso", "Minister for Trade and Ports Ann Velloso told": a
  // long title in capitals runs into the name, so the entity stage reads the whole run as no one's
  // name; "Velloso said", alone in the articles, is then no one named in full. A known first name
  // right before the surname, after a capitalised word, names that person.
  { name: 'full-name-after-a-long-title', match: (before, first) => isFirstName(first) && /\p{Lu}[\p{L}.'’-]*[ \t]+$/u.test(before) },
];

/** The items by key, each list in the items' order. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const by = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = by.get(k);
    if (list) list.push(item);
    else by.set(k, [item]);
  }
  return by;
}

const lone = (m: Mention) => !m.name.includes(' ') && (m.type === undefined || m.type === 'person') && /^\p{Lu}\p{Ll}/u.test(m.name) && m.name.length >= 3;

/**
 * Adds a mention for each full name a FULL_NAME_RULES row finds, where the articles write a
 * person by a surname alone, name no one else with that surname, and write one first name only
 * before it (two, "Ann Velloso" and "Rui Velloso", are a family: none is added). The new mention
 * stands in its sentence, which then names the person for attribution.
 */
export function recoverFullNames(ctx: Context): void {
  const withFullName = new Set(ctx.mentions.filter((m) => m.type === 'person' && m.name.includes(' ')).map((m) => surname(m.name)));
  const surnames = new Set(ctx.mentions.filter((m) => lone(m) && !withFullName.has(surname(m.name))).map((m) => m.name));
  const added: Mention[] = [];
  // (Each match asks which sentence holds it and whether a mention stands there: looked up among
  // its own article's sentences and its sentence's mentions, not among the cluster's.)
  const sentencesOf = groupBy(ctx.sentences, (s) => s.doc);
  const mentionsIn = groupBy(ctx.mentions, (m) => m.sentence);
  for (const last of surnames) {
    const found: Mention[] = [];
    const re = new RegExp(String.raw`(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+)[ \t]+(?:\p{Lu}\.[ \t]+)?${escaped(last)}(?![\p{L}'’-]\p{L})`, 'gu');
    ctx.docs.forEach((d, di) => {
      // (The pattern tries every capitalised word of an article: a cluster of many articles and
      // surnames spent most of its build here on articles that never write the surname.)
      if (!d.text.includes(last)) return;
      for (const x of d.text.matchAll(re)) {
        const start = x.index!;
        const end = start + x[0].length;
        const s = sentencesOf.get(di)?.find((y) => y.start <= start && y.end >= end);
        if (!s || s.noise) continue;
        if (mentionsIn.get(s.index)?.some((m) => m.start < end && m.end > start)) continue;
        if (!FULL_NAME_RULES.some((r) => r.match(d.text.slice(Math.max(0, start - 40), start), x[1], last))) continue;
        found.push({ sentence: s.index, start, end, name: x[0].replace(/\s+/g, ' '), type: 'person' });
      }
    });
    if (new Set(found.map((m) => compact(m.name.split(' ')[0]))).size === 1) added.push(...found);
  }
  // In text order among the mentions, which later stages read in order.
  for (const m of added) {
    const at = ctx.mentions.findIndex((x) => x.sentence > m.sentence || (x.sentence === m.sentence && x.start > m.start));
    ctx.mentions.splice(at < 0 ? ctx.mentions.length : at, 0, m);
  }
}
