// Ids derived from what an item is, not where it falls in a list: an editor's correction names an
// item by its id, and the correction must still find it after an article is added, dropped or
// moved. Ids are readable (a slug of the name or the opening words) with a short hash of the
// whole text, so two claims that open alike stay apart.

/** Lower case, accents and punctuation dropped, spaces collapsed: "Sergei Lavrov’s" → "sergei lavrovs". */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** FNV-1a, 32 bits, in base 36: short, fast and the same on every platform. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}

const SLUG_WORDS = 4;
const SLUG_CHARS = 40;

/** ASCII words of a key for the readable part of an id ("how long would it"). */
function slug(key: string, words: number): string {
  const ascii = key.replace(/[^a-z0-9 ]/g, ' ').split(/\s+/).filter(Boolean).slice(0, words).join('-');
  return ascii.slice(0, SLUG_CHARS).replace(/-$/, '');
}

/** An actor's id: its name as a slug ("a-sergei-lavrov"), or a hash when the name has no ASCII letters. */
export function actorKeyId(name: string): string {
  const key = normalizeKey(name);
  return `a-${slug(key, 8) || shortHash(key)}`;
}

/** A text item's id: its kind's prefix, its opening words and a hash of the whole text. */
export function textKeyId(prefix: string, text: string): string {
  const key = normalizeKey(text);
  const head = slug(key, SLUG_WORDS);
  return `${prefix}-${head ? `${head}-` : ''}${shortHash(key)}`;
}

/**
 * Makes ids unique within one list without depending on its order: items that share an id are
 * told apart by a tiebreak key (sorted), the first keeping the bare id and the others "-2", "-3"….
 */
export function disambiguate<T>(items: readonly T[], idOf: (item: T) => string, tiebreak: (item: T) => string): string[] {
  const ids = items.map(idOf);
  const groups = new Map<string, number[]>();
  ids.forEach((id, i) => groups.set(id, [...(groups.get(id) ?? []), i]));
  const taken = new Set(ids);
  for (const [id, members] of groups) {
    if (members.length < 2) continue;
    const order = [...members].sort((a, b) => cmp(tiebreak(items[a]), tiebreak(items[b])) || a - b);
    let n = 1;
    for (const m of order.slice(1)) {
      while (taken.has(`${id}-${++n}`));
      ids[m] = `${id}-${n}`;
      taken.add(ids[m]);
    }
  }
  return ids;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
