// Reads articles from disk: .txt, .md and .html files (sorted by name), a .md file's YAML front
// matter filling in its source's title, url, publisher and date, an .html page's metadata too.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { InputError } from './errors.js';
import { readHtmlArticle } from './read-html.js';
import { LIMITS, kB } from './limits.js';
import type { InputDocument } from './types.js';

export { InputError } from './errors.js';

// errno codes a reader can act on, in words.
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOENT: 'no such file',
  ELOOP: 'too many symbolic links',
  EIO: 'input/output error',
};
const reason = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException).code;
  return (code && REASONS[code]) ?? code ?? (e as Error).message;
};

const ARTICLE = /\.(?:txt|md|html?)$/i;
const HTML = /\.html?$/i;

export function listArticles(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new InputError(`${p}: no such file or directory`);
    }
    if (stat.isDirectory()) {
      // Subdirectories are not articles, whatever their names; files and links are read.
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(p, { withFileTypes: true });
      } catch (e) {
        throw new InputError(`${p}: cannot read the directory (${reason(e)})`);
      }
      const inDir = entries
        .filter((f) => ARTICLE.test(f.name) && !f.isDirectory())
        .map((f) => f.name)
        .sort()
        .map((f) => path.join(p, f));
      if (!inDir.length) throw new InputError(`${p}: no .txt, .md or .html articles in this directory`);
      files.push(...inDir);
    } else files.push(p);
  }
  return files;
}

export function readArticle(file: string): InputDocument {
  let bytes: Buffer;
  try {
    // Checked before reading: a FIFO or device named .txt would block or never end, and a
    // huge file is refused without loading it.
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new InputError(`${file}: not a regular file`);
    // Front matter is not article text, so allow it some room beyond the article limit; a page's
    // markup and scripts, more.
    if (HTML.test(file)) {
      if (stat.size > LIMITS.pageBytes) throw new InputError(`${file}: ${kB(stat.size)}; the limit is ${kB(LIMITS.pageBytes)} per page`);
    } else if (stat.size > LIMITS.articleBytes + 64 * 1024) throw new InputError(`${file}: ${kB(stat.size)}; the limit is ${kB(LIMITS.articleBytes)} per article`);
    bytes = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${file}: cannot read (${reason(e)})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: not UTF-8 text (a binary file, or another encoding)`);
  }
  if (text.includes('\u0000')) throw new InputError(`${file}: binary file, not an article`);
  let doc: InputDocument = { text };
  if (/\.md$/i.test(file) && text.startsWith('---')) Object.assign(doc, frontMatter(file, text));
  if (HTML.test(file)) doc = readHtmlArticle(text);
  if (!doc.text.trim()) throw new InputError(`${file}: ${HTML.test(file) ? 'no article text found in the page' : 'empty document'}`);
  return doc;
}

// gray-matter picks a parser from the opening line ("---js" evaluates the block as JavaScript):
// an article file must never run code, so only YAML is accepted and the JavaScript engine is
// replaced by one that refuses.
const FENCE = /^---([^\r\n]*)\r?\n/;
const refuse = () => {
  throw new Error('only YAML front matter is accepted');
};
const MATTER_OPTIONS = { language: 'yaml', engines: { javascript: refuse, js: refuse } };

function frontMatter(file: string, text: string): InputDocument {
  const lang = FENCE.exec(text)?.[1].trim().toLowerCase();
  // "----" is a rule, not a fence (gray-matter agrees).
  if (lang === undefined || lang.startsWith('-')) return { text };
  if (lang !== '' && lang !== 'yaml' && lang !== 'yml') throw new InputError(`${file}: front matter must be YAML, not "${lang.slice(0, 40)}"`);
  let fm: matter.GrayMatterFile<string>;
  try {
    // Passing options also keeps gray-matter from caching every file's content.
    fm = matter(text, MATTER_OPTIONS);
  } catch (e) {
    const line = (e as { mark?: { line?: number } }).mark?.line;
    const why = (e as { reason?: string }).reason ?? (e as Error).message.split('\n')[0];
    throw new InputError(`${file}: malformed YAML front matter${line !== undefined ? ` (line ${line + 1})` : ''}: ${why}`);
  }
  const doc: InputDocument = { text: fm.content };
  for (const key of ['title', 'url', 'publisher', 'author', 'publishedAt'] as const) {
    const v: unknown = fm.data[key];
    if (v instanceof Date && !Number.isNaN(v.getTime())) doc[key] = v.toISOString();
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') doc[key] = String(v);
    // A list or map would be stringified, and YAML aliases can make that exponential.
    else if (v !== undefined && v !== null) throw new InputError(`${file}: front matter "${key}" must be text`);
  }
  return doc;
}

function htmlDocument(html: string, lineNo: number, i: number): InputDocument {
  const size = Buffer.byteLength(html);
  if (size > LIMITS.pageBytes) throw new InputError(`line ${lineNo}: document ${i + 1}: ${kB(size)}; the limit is ${kB(LIMITS.pageBytes)} per page`);
  const doc = readHtmlArticle(html);
  if (!doc.text.trim()) throw new InputError(`line ${lineNo}: document ${i + 1}: no article text found in the page`);
  return doc;
}

/** One JSONL cluster line → its id and documents; throws InputError naming the line. */
export function parseClusterLine(line: string, lineNo: number): { id: string; documents: InputDocument[] } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new InputError(`line ${lineNo}: not JSON (${(e as Error).message})`);
  }
  const v = value as { id?: unknown; documents?: unknown };
  if (typeof v?.id !== 'string' || !v.id) throw new InputError(`line ${lineNo}: missing string "id"`);
  if (!/^[\w.-]{1,200}$/.test(v.id)) throw new InputError(`line ${lineNo}: id "${v.id}" is not a safe file name`);
  if (!Array.isArray(v.documents) || !v.documents.length) throw new InputError(`line ${lineNo}: "documents" must be a non-empty array`);
  const documents = v.documents.map((d, i): InputDocument => {
    if (typeof d === 'string') return { text: d };
    const o = d as { [key: string]: unknown } | null;
    // An HTML page: its article text and metadata, which the fields given beside it override.
    const page = o && typeof o === 'object' && typeof o.text !== 'string' && typeof o.html === 'string' ? htmlDocument(o.html, lineNo, i) : undefined;
    if (o && typeof o === 'object' && (typeof o.text === 'string' || page)) {
      const doc: InputDocument = page ?? { text: o.text as string };
      for (const key of ['title', 'url', 'publisher', 'author', 'publishedAt'] as const) if (o[key]) doc[key] = String(o[key]);
      return doc;
    }
    throw new InputError(`line ${lineNo}: document ${i + 1} must be a string, {text, …} or {html, …}`);
  });
  return { id: v.id, documents };
}
