// Each way `briefing build` must refuse its input: non-zero exit, nothing written, one line
// naming the file and the reason (issue 6).
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/builder/limits.js';
import { ARTICLE_A, ARTICLE_B, refusal, scratch } from './helpers.js';

const s = scratch('briefing-refusals-');
afterAll(() => s.remove());

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe]);
const kB = (n: number) => 'Mayor Anna Rossi said the river dam would hold. '.repeat(Math.ceil((n * 1024) / 48)).slice(0, n * 1024);

describe('briefing build refuses bad input with one line naming the file', { timeout: 30_000 }, () => {
  it.each([
    ['a binary file', 'binary.txt', PNG, /binary\.txt: not UTF-8 text/],
    ['a Latin-1 file', 'latin1.txt', Buffer.from('Caf\xe9 owners in Riverton said the dam would hold on Monday.', 'latin1'), /latin1\.txt: not UTF-8 text/],
    ['UTF-8 with NUL bytes', 'nul.txt', `${ARTICLE_A}\u0000\u0000${ARTICLE_B}`, /nul\.txt: binary file/],
    ['a blank file', 'blank.txt', ' \n\t\n', /blank\.txt: empty document/],
    ['front matter and no text', 'only-matter.md', '---\ntitle: Floods\n---\n\n', /only-matter\.md: empty document/],
    ['malformed YAML front matter', 'bad-yaml.md', `---\ntitle: [unclosed\n---\n${ARTICLE_A}`, /bad-yaml\.md: malformed YAML front matter \(line \d+\)/],
    ['a front matter list for a title', 'list-title.md', `---\ntitle: [a, b]\n---\n${ARTICLE_A}`, /list-title\.md: front matter "title" must be text/],
    ['a javascript: url in front matter', 'js-url.md', `---\nurl: "javascript:alert(1)"\n---\n${ARTICLE_A}`, /js-url\.md: url "javascript:alert\(1\)" is not an http\(s\) URL/],
    ['a relative url in front matter', 'rel-url.md', `---\nurl: /news/riverton\n---\n${ARTICLE_A}`, /rel-url\.md: url .* is not an http\(s\) URL/],
    ['text with no sentence to summarise', 'short.txt', 'Hi there.', /short\.txt: nothing to summarise/],
  ])('%s', (_what, name, data, message) => {
    const file = s.write(`one/${name}`, data);
    expect(refusal(s.run(['build', file, '-o', s.path('never.json')]))).toMatch(message);
    expect(fs.existsSync(s.path('never.json'))).toBe(false);
  });

  it('front matter that would run JavaScript ("---js") is refused and never evaluated', () => {
    const marker = s.path('pwned');
    const file = s.write('rce/evil.md', `---js\n{ title: (require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'), 'T') }\n---\n${ARTICLE_A}`);
    expect(refusal(s.run(['build', file]))).toMatch(/evil\.md: front matter must be YAML, not "js"/);
    expect(fs.existsSync(marker)).toBe(false);
  });

  // Nine levels of nine aliases stand for 9^10 strings: stringifying them does not finish before
  // the run is killed, so this message shows the type was checked before any expansion.
  it('a YAML alias bomb in front matter is refused before it is expanded', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`);
    const file = s.write('bomb/bomb.md', `---\nl0: &l0 "lol"\n${levels.join('\n')}\ntitle: *l9\n---\n${ARTICLE_A}`);
    expect(refusal(s.run(['build', file]))).toMatch(/bomb\.md: front matter "title" must be text/);
  });

  it('an unreadable file (a dangling link) is named', () => {
    s.write('links/a.txt', ARTICLE_A);
    fs.symlinkSync(s.path('links/gone.txt'), s.path('links/b.txt'));
    expect(refusal(s.run(['build', s.path('links')]))).toMatch(/links\/b\.txt: cannot read \(no such file\)/);
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission is named', () => {
    const file = s.write('locked/a.txt', ARTICLE_A);
    fs.chmodSync(file, 0o000);
    expect(refusal(s.run(['build', file]))).toMatch(/a\.txt: cannot read \(permission denied\)/);
  });

  it('a device or directory given as an article is not read', () => {
    expect(refusal(s.run(['build', '/dev/zero'], 10_000))).toBe('briefing: /dev/zero: not a regular file');
    fs.mkdirSync(s.path('dir.txt'), { recursive: true });
    expect(refusal(s.run(['build', s.path('dir.txt', '..', 'dir.txt') + '/.']))).toMatch(/no \.txt, \.md or \.html articles/);
  });

  it('subdirectories named like articles are skipped, not read', () => {
    s.write('withsub/a.txt', ARTICLE_A);
    fs.mkdirSync(s.path('withsub/folder.txt'));
    const r = s.run(['build', s.path('withsub')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('an empty --id is refused', () => {
    const file = s.write('id/a.txt', ARTICLE_A);
    expect(s.run(['build', file, '--id', '']).stderr).toMatch(/--id.*must have 1 to 200 characters/);
  });
});

describe('briefing build refuses input over its limits, quickly', { timeout: 30_000 }, () => {
  it('an article over the article limit', () => {
    // A little over (front matter aside) is measured as text.
    const limit = LIMITS.articleBytes / 1024;
    const file = s.write(`huge/huge-${limit + 44}.txt`, kB(limit + 44));
    expect(refusal(s.run(['build', file]))).toMatch(new RegExp(`huge-${limit + 44}\\.txt: ${limit + 44} kB; the limit is ${limit} kB per article`));
  });

  it('an article far over the limit is refused by its size, before it is read', () => {
    // 4 GiB, sparse: read into a string it would fail ("Cannot create a string longer than …")
    // instead of naming the limit.
    const file = s.write('huge/sparse.txt', '');
    fs.truncateSync(file, 4 * 1024 ** 3);
    expect(refusal(s.run(['build', file]))).toMatch(new RegExp(`sparse\\.txt: ${4 * 1024 ** 2} kB; the limit is ${LIMITS.articleBytes / 1024} kB per article`));
  });

  it('a cluster over the cluster limit', () => {
    const part = LIMITS.clusterBytes / 1024 / 2 - 20;
    for (const n of [1, 2, 3]) s.write(`heavy/${n}.txt`, kB(part));
    const r = s.run(['build', s.path('heavy')]);
    expect(refusal(r)).toMatch(new RegExp(`heavy: ${3 * part} kB in one cluster; the limit is ${LIMITS.clusterBytes / 1024} kB`));
  });

  it('a cluster of more articles than the limit', () => {
    for (let n = 0; n <= LIMITS.articles; n++) s.write(`many/${String(n).padStart(3, '0')}.txt`, ARTICLE_B);
    expect(refusal(s.run(['build', s.path('many')]))).toMatch(new RegExp(`many: ${LIMITS.articles + 1} articles in one cluster; the limit is ${LIMITS.articles}`));
  });
});

describe('a failing build never replaces a good briefing', { timeout: 30_000 }, () => {
  it('the previous file stays, byte for byte, and no temporary file is left', () => {
    s.write('good/a.txt', ARTICLE_A);
    s.write('good/b.txt', ARTICLE_B);
    const out = s.path('out/story.json');
    expect(s.run(['build', s.path('good'), '-o', out]).code).toBe(0);
    const before = fs.readFileSync(out, 'utf8');
    s.write('good/c.txt', '   ');
    expect(refusal(s.run(['build', s.path('good'), '-o', out]))).toMatch(/c\.txt: empty document/);
    expect(fs.readFileSync(out, 'utf8')).toBe(before);
    expect(fs.readdirSync(s.path('out'))).toEqual(['story.json']);
  });

  it('an output path that cannot be written is named', () => {
    s.write('blocker', 'a file, not a directory');
    const file = s.write('w/a.txt', ARTICLE_A);
    expect(refusal(s.run(['build', file, '-o', s.path('blocker/out.json')]))).toMatch(/blocker\/out\.json: cannot write \(E[A-Z]+\)/);
  });
});
