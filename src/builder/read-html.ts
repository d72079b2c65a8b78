// An article page (.html): its text, found by Mozilla's Readability on a linkedom document after
// the page furniture is removed, and its source details from the page's metadata (JSON-LD
// NewsArticle, Open Graph, article:published_time, the canonical link).
import { createRequire } from 'node:module';
import furniture from './data/page-furniture.json';
import type { InputDocument } from './types.js';

// Loaded on the first page read, not with the CLI: a build of .txt articles never pays for them.
const require = createRequire(import.meta.url);
type Libraries = { Readability: typeof import('@mozilla/readability').Readability; parseHTML: typeof import('linkedom').parseHTML };
let libraries: Libraries | undefined;
const load = (): Libraries => (libraries ??= { Readability: require('@mozilla/readability').Readability, parseHTML: require('linkedom').parseHTML });

/** Elements whose text is a paragraph of its own; their inline content is one line of it. */
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TBODY', 'THEAD', 'TR', 'TD', 'TH', 'HEADER', 'HR']);

/** schema.org types a page's JSON-LD describes its article as. */
const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|Report|ScholarlyArticle|LiveBlogPosting)$/;

type Json = { [key: string]: unknown };

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/** An absolute http(s) URL (relative ones against `base`), or undefined. */
function httpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A name from a JSON-LD value: text, `{name}`, or a list of either (joined). */
function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return squeeze(value) || undefined;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || undefined;
  if (isObject(value)) return nameOf(value.name);
  return undefined;
}

/** The page's JSON-LD article node, if any (also inside `@graph` or a list). */
function jsonLdArticle(document: Document): Json | undefined {
  const found: Json[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObject(v)) {
      const types = [v['@type']].flat().map(String);
      if (types.some((t) => ARTICLE_TYPES.test(t))) found.push(v);
      if (v['@graph']) visit(v['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A malformed block is the page's problem, not a reason to refuse its article.
    }
  }
  return found[0];
}

/** The page's metadata: JSON-LD first, then Open Graph and article tags, then plain HTML. */
function metadata(document: Document): Omit<InputDocument, 'text'> {
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const content = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)?.getAttribute('content');
      if (content && squeeze(content)) return squeeze(content);
    }
    return undefined;
  };
  const ld = jsonLdArticle(document) ?? {};
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const ogUrl = meta('og:url');
  const url = httpUrl(canonical, httpUrl(ogUrl)) ?? httpUrl(ogUrl) ?? httpUrl(ld.url) ?? httpUrl(isObject(ld.mainEntityOfPage) ? ld.mainEntityOfPage['@id'] : ld.mainEntityOfPage);
  // An author given as a profile URL (article:author often is) is no name.
  const metaAuthor = meta('author', 'article:author');
  const doc: Omit<InputDocument, 'text'> = {
    title: nameOf(ld.headline) ?? meta('og:title', 'twitter:title') ?? (squeeze(document.querySelector('title')?.textContent ?? '') || undefined),
    url,
    publisher: nameOf(ld.publisher) ?? meta('og:site_name', 'application-name'),
    author: nameOf(ld.author) ?? (metaAuthor && !httpUrl(metaAuthor) ? metaAuthor : undefined),
    publishedAt: (typeof ld.datePublished === 'string' ? squeeze(ld.datePublished) : undefined) || meta('article:published_time', 'datePublished', 'pubdate', 'date'),
  };
  return Object.fromEntries(Object.entries(doc).filter(([, v]) => v)) as Omit<InputDocument, 'text'>;
}

/** The text of an element as paragraphs: one per block, its inline text on one line. */
function paragraphs(root: Element): string[] {
  const out: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/[ \t\f\r\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
    if (text) out.push(text);
    line = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      line += (node as Text).data.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'BR') {
      line += '\n';
      return;
    }
    const block = BLOCKS.has(el.tagName);
    if (block) flush();
    for (const child of el.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

/**
 * Removes what page-furniture.json names. A rule by class or id name that would take most of the
 * page's text with it has hit the article's own container (a class such as "commentary-body"),
 * which stays.
 */
function removeFurniture(document: Document): void {
  const length = (el: Element | null) => el?.textContent?.replace(/\s+/g, '').length ?? 0;
  let body = 0;
  for (const [name, selector] of Object.entries(furniture.rules)) {
    const byName = /\[(?:class|id)\b/.test(selector);
    for (const el of document.querySelectorAll(selector)) {
      if (byName && length(el) > body / 2) continue;
      el.remove();
    }
    // Measured once the scripts and styles are gone: their text is no reader's.
    if (name === 'non-text') body = length(document.body);
  }
}

/**
 * The article of an HTML page: its text (paragraphs separated by a blank line; evidence spans
 * point into this text) and whatever source details the page's metadata gives. Deterministic:
 * the same page always gives the same text. Returns empty text when the page has none.
 */
export function readHtmlArticle(html: string): InputDocument {
  const { Readability, parseHTML } = load();
  const { document } = parseHTML(html);
  const details = metadata(document);
  removeFurniture(document);
  // Readability hands back the article element itself; without one, what is left of the body.
  const article = new Readability<Element>(document as unknown as Document, { serializer: (el) => el as Element, charThreshold: 200 }).parse();
  const root = article?.content ?? document.body;
  return { text: root ? paragraphs(root).join('\n\n') : '', ...details };
}
