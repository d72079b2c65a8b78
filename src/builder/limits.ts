// What the builder accepts. Every stage's cost grows linearly with the input (README, "Limits",
// gives the measured times); these limits bound the time and memory of the largest cluster and
// refuse larger input up front with a reason instead of running for minutes or out of memory.
import { InputError } from './errors.js';
import type { InputDocument } from './types.js';

export const LIMITS = {
  /** Text of one article, in UTF-8 bytes. News articles are rarely over 50 kB. */
  articleBytes: 1024 * 1024,
  /** An HTML page (`.html`, or `html` in a JSONL document), scripts and markup included. */
  pageBytes: 4 * 1024 * 1024,
  /** Text of all the articles of one cluster together: about 330,000 words. */
  clusterBytes: 2 * 1024 * 1024,
  /** Articles in one cluster. */
  articles: 500,
  /** A briefing id, in characters (the format's limit). */
  idLength: 200,
} as const;

/** UTF-8 length of a string without encoding it (lone surrogates count as U+FFFD's 3 bytes). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export const kB = (bytes: number): string => `${Math.round(bytes / 1024)} kB`;

const HTTP_URL = /^https?:\/\//i;

/** Throws an InputError for the first thing in the cluster the builder must not attempt. */
export function checkInput(documents: readonly InputDocument[], id: string): void {
  if (!id || id.length > LIMITS.idLength) throw new InputError(`the briefing id must have 1 to ${LIMITS.idLength} characters`);
  if (!documents.length) throw new InputError('no documents');
  if (documents.length > LIMITS.articles) {
    throw new InputError(`${documents.length} articles in one cluster; the limit is ${LIMITS.articles}`);
  }
  let total = 0;
  documents.forEach((d, i) => {
    const where = `document ${i + 1}`;
    if (typeof d?.text !== 'string') throw new InputError(`${where}: no text`, i);
    const bytes = utf8Length(d.text);
    if (bytes > LIMITS.articleBytes) throw new InputError(`${where}: ${kB(bytes)}; the limit is ${kB(LIMITS.articleBytes)} per article`, i);
    if (!d.text.trim()) throw new InputError(`${where}: empty document`, i);
    // NUL never occurs in text; it means a binary file or a broken export.
    if (d.text.includes('\u0000')) throw new InputError(`${where}: contains NUL characters (binary data?)`, i);
    // The format links only http(s) sources; anything else in a url is a mistake upstream.
    if (d.url !== undefined && !(HTTP_URL.test(d.url) && URL.canParse(d.url))) {
      throw new InputError(`${where}: url ${JSON.stringify(d.url.slice(0, 80))} is not an http(s) URL`, i);
    }
    total += bytes;
  });
  if (total > LIMITS.clusterBytes) throw new InputError(`${kB(total)} in one cluster; the limit is ${kB(LIMITS.clusterBytes)}`);
}
