// Reads articles from disk: .txt and .md files (sorted by name), a .md file's YAML front matter
// filling in its source's title, url, publisher and date.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { InputDocument } from './types.js';

export class InputError extends Error {}

const ARTICLE = /\.(?:txt|md)$/i;

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
      const inDir = fs.readdirSync(p).filter((f) => ARTICLE.test(f)).sort().map((f) => path.join(p, f));
      if (!inDir.length) throw new InputError(`${p}: no .txt or .md articles in this directory`);
      files.push(...inDir);
    } else files.push(p);
  }
  return files;
}

export function readArticle(file: string): InputDocument {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new InputError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: not UTF-8 text`);
  }
  if (text.includes('\u0000')) throw new InputError(`${file}: binary file, not an article`);
  const doc: InputDocument = { text };
  if (/\.md$/i.test(file) && text.startsWith('---')) {
    const fm = matter(text);
    doc.text = fm.content;
    for (const key of ['title', 'url', 'publisher', 'publishedAt'] as const) {
      const v = fm.data[key];
      if (v instanceof Date) doc[key] = v.toISOString();
      else if (v !== undefined && v !== null) doc[key] = String(v);
    }
  }
  if (!doc.text.trim()) throw new InputError(`${file}: empty document`);
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
    if (d && typeof d === 'object' && typeof (d as InputDocument).text === 'string') {
      const { text, title, url, publisher, publishedAt } = d as InputDocument;
      return { text, ...(title ? { title: String(title) } : {}), ...(url ? { url: String(url) } : {}), ...(publisher ? { publisher: String(publisher) } : {}), ...(publishedAt ? { publishedAt: String(publishedAt) } : {}) };
    }
    throw new InputError(`line ${lineNo}: document ${i + 1} must be a string or {text, …}`);
  });
  return { id: v.id, documents };
}
