// HTML article pages: the article's text without the page around it, and the source details
// from the page's metadata. The pages in tests/html/pages wrap the three seed articles in the
// furniture of three kinds of news site (semantic HTML5 with Open Graph; div soup with JSON-LD;
// a CMS theme with a captioned photo and a relative canonical link).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../../src/builder/read-html.js';

const PAGES = path.resolve(__dirname, '../html/pages');
const SEEDS = path.resolve(__dirname, '../../seeds');
const page = (name: string) => readHtmlArticle(fs.readFileSync(path.join(PAGES, name), 'utf8'));
const seed = (name: string) => fs.readFileSync(path.join(SEEDS, name), 'utf8');
const paragraphs = (text: string, by: RegExp) => text.split(by).map((p) => p.trim()).filter(Boolean);

/** Lines of the seed texts that the pages present as page furniture (a teaser, a caption, a link). */
const FURNITURE_IN_SEEDS = [
  /^Republicans hold onto congressional seat/,
  /^Estes claimed that the close election/,
  /^Comments$/,
  /^Rex Tillerson$/,
  /^U\.S\. Secretary of State Rex Tillerson \(R\), Britain's Foreign Secretary/,
  /^Read: Will Russia Side/,
];

/** Every piece of furniture text the pages carry (menus, share bars, adverts, related links, footers). */
const PAGE_FURNITURE = [
  'cookies', 'Accept all', 'Politics', 'Technology', 'Subscribe', 'Sign in', 'Advertisement', 'ADVERTISEMENT', 'premium plan',
  'Share on Facebook', 'Share on Twitter', 'Email this story', 'Copy link', 'The Morning Dispatch', 'Sign me up', 'Read more',
  "next month's NATO summit", 'Topics:', 'Related stories', 'G7 ministers fail', 'Satellite images', 'Oil prices climb', 'Most read',
  'Late goal', 'budget phones', 'About us', 'Privacy', 'Terms of use', 'Careers', '©', 'All rights reserved', 'By Anna Petrova',
  'Moscow correspondent', 'April 12, 2017, 10:42', 'Menu', 'My account', 'from £1', 'Michael Brennan', '1.2k shares', 'WhatsApp',
  'Holidays in the sun', 'Promoted stories', 'simple trick', 'child stars', 'realist42', 'Nothing will come of these talks',
  'Diplomacy is always better', 'Load more comments', 'Trending now', 'Storm warning', 'House prices', 'Contact us', 'Cookie settings',
  'Advertise with us', 'Republicans hold onto', 'Estes claimed', 'Search Example Herald', 'By Priya Raman', 'AT 9:15 AM', 'Tweet',
  'Reddit', 'Flipboard', 'Lucca, Italy April 11', 'Read: Will Russia', 'More From Example Herald', 'North Korea Tensions',
  "Boris Johnson's Successor", 'Latest news', 'Markets open lower', 'RSS',
];

describe('HTML article pages', () => {
  it.each([
    ['example-wire.html', '000_ed53ded212c8c982.txt', /\n\s*\n/],
    ['daily-ledger.html', '001_912f73c65d401d04.txt', /\n/],
    ['example-herald.html', '002_ef96cfe74ba733c5.txt', /\n\s*\n|\n(?=U\.S\. Secretary)/],
  ])('%s gives the article of %s, paragraph for paragraph, and nothing else', (name, seedFile, split) => {
    const expected = paragraphs(seed(seedFile), split).filter((p) => !FURNITURE_IN_SEEDS.some((f) => f.test(p)));
    const { text } = page(name);
    expect(paragraphs(text, /\n\n/)).toEqual(expected);
    for (const furniture of PAGE_FURNITURE) expect(text, furniture).not.toContain(furniture);
  });

  it.each([
    ['example-wire.html', { title: 'Tillerson and Lavrov meet in Moscow amid Syria strike row', url: 'https://www.example.com/world/2017/04/12/tillerson-lavrov-moscow-talks', publisher: 'Example Wire', author: 'Anna Petrova', publishedAt: '2017-04-12T10:42:00+03:00' }],
    ['daily-ledger.html', { title: 'Russia and US clash over Syria as Tillerson visits Moscow', url: 'https://www.example.org/world/russia-us-talks-syria', publisher: 'The Daily Ledger', author: 'Michael Brennan, Sofia Lindqvist', publishedAt: '2017-04-12T16:20:00Z' }],
    ['example-herald.html', { title: 'Tillerson In Moscow: Lavrov Says US-Russia Ties At Low Point After Syria Strike', url: 'https://www.example.net/world/tillerson-moscow-lavrov-us-russia-ties', publisher: 'Example Herald', author: 'Priya Raman', publishedAt: '2017-04-12T09:15:00-04:00' }],
  ])("%s gives its source's details from its metadata", (name, details) => {
    const { text, ...meta } = page(name);
    expect(meta).toEqual(details);
  });

  it('gives the same text every time', () => {
    expect(page('daily-ledger.html').text).toBe(page('daily-ledger.html').text);
  });
});

const ARTICLE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the article says what the talks in the capital decided about the ceasefire and the next round.</p>`).join('');
const html = (head: string, body = `<article>${ARTICLE}</article>`) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('page metadata', () => {
  it.each([
    ['JSON-LD before Open Graph', `<meta property="og:title" content="OG title"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"LD headline","datePublished":"2020-01-02"}</script><meta property="article:published_time" content="2020-01-01">`, { title: 'LD headline', publishedAt: '2020-01-02' }],
    ['Open Graph before <title>', `<title>Page title | Site</title><meta property="og:title" content="OG title"><meta property="og:site_name" content="Site">`, { title: 'OG title', publisher: 'Site' }],
    ['<title> when nothing else', `<title>Page title</title>`, { title: 'Page title' }],
    ['a JSON-LD article inside @graph, with authors and publisher', `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["ReportageNewsArticle"],"headline":"H","author":[{"name":"A B"},"C D"],"publisher":{"@type":"Organization","name":"P"}}]}</script>`, { title: 'H', author: 'A B, C D', publisher: 'P' }],
    ['a relative canonical link against og:url', `<link rel="canonical" href="/a/b"><meta property="og:url" content="https://news.example/x">`, { url: 'https://news.example/a/b' }],
    ['no URL that is not http(s)', `<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="ftp://x/y">`, {}],
    ['no author that is a profile URL', `<meta property="article:author" content="https://news.example/staff/a">`, {}],
    ['nothing from malformed JSON-LD', `<script type="application/ld+json">{"@type": "NewsArticle", headline: </script><meta property="og:title" content="OG">`, { title: 'OG' }],
  ])('%s', (_, head, expected) => {
    const { text, ...meta } = readHtmlArticle(html(head));
    expect(meta).toEqual(expected);
    expect(text).toContain('Paragraph 6 of the article');
  });
});

describe('page furniture', () => {
  it.each([
    ['a share bar', '<div class="share-buttons"><a>Share on Facebook</a></div>'],
    ['an advert', '<div class="ad ad-mpu">Buy now</div>'],
    ['an advert slot', '<div id="ad-slot-2">Buy now</div>'],
    ['related links', '<ul class="related-links"><li><a>Other story</a></li></ul>'],
    ['a newsletter box', '<div class="newsletter-box">Get our newsletter</div>'],
    ['an aside', '<aside>Most popular</aside>'],
    ['a caption', '<figure><img alt=""><figcaption>A photo of the capital</figcaption></figure>'],
  ])('drops %s inside the article', (_, furniture) => {
    const { text } = readHtmlArticle(html('', `<article>${ARTICLE.replace('</p>', `</p>${furniture}`)}</article>`));
    expect(text).not.toMatch(/Share on|Buy now|Other story|newsletter|Most popular|photo of/);
    expect(paragraphs(text, /\n\n/)).toHaveLength(6);
  });

  it('keeps an article whose own container has a furniture-like class name', () => {
    const { text } = readHtmlArticle(html('', `<nav>Home World</nav><div class="commentary-body">${ARTICLE}</div><footer>© Site</footer>`));
    expect(paragraphs(text, /\n\n/)).toHaveLength(6);
    expect(text).not.toMatch(/Home World|©/);
  });

  it('keeps line breaks inside a paragraph and headings between paragraphs', () => {
    const { text } = readHtmlArticle(html('', `<article>${ARTICLE}<h2>What comes next</h2><p>First line<br>second line</p>${ARTICLE}</article>`));
    expect(text).toContain('\n\nWhat comes next\n\nFirst line\nsecond line\n\n');
  });

  it('gives no text for a page without any', () => {
    expect(readHtmlArticle(html('<title>Empty</title>', '<nav>Home</nav><footer>© Site</footer>')).text).toBe('');
  });
});
