// `briefing render`, `briefing jsonld` and `briefing counts` as a user runs them.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, refusal, scratch } from './helpers.js';

const s = scratch('render-cli-');
beforeAll(() => {
  expect(s.run(['build', path.join(ROOT, 'seeds'), '-o', 'seeds.json']).code).toBe(0);
}, 60_000);
afterAll(() => s.remove());

describe('briefing render', { timeout: 60_000 }, () => {
  it('writes the element with a declarative shadow root, its attributes, the briefing inline and the JSON-LD', () => {
    const r = s.run(['render', 'seeds.json', '--theme', 'dark', '--sections', 'actors questions', '--lang', 'fr', '--max-actors', '3', '--heading-level', '3']);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^<story-briefing [^>]*><template shadowroot(?:mode)?="open"/);
    const open = out.slice(0, out.indexOf('>') + 1);
    for (const attribute of ['lang="fr"', 'theme="dark"', 'sections="actors questions"', 'max-actors="3"', 'heading-level="3"']) expect(open).toContain(attribute);
    expect(out).toContain('<h3 '); // the top heading at the level asked for
    expect(out).toContain('Acteurs'); // French labels
    expect(out).not.toContain('<briefing-summary'); // the summary section left out
    // The briefing, then the labels the HTML shows, for the hydrating embed to start from.
    const inline = /<script type="application\/json">([^<]*)<\/script><script type="application\/json" data-labels="fr">([^<]*)<\/script><\/story-briefing>/.exec(out);
    expect(JSON.parse(inline![1]!)).toEqual(JSON.parse(fs.readFileSync(s.path('seeds.json'), 'utf8')));
    expect(JSON.parse(inline![2]!)).toEqual(JSON.parse(fs.readFileSync(path.join(ROOT, 'src/widget/common/labels/fr.json'), 'utf8')));
    expect(out).toMatch(/<\/story-briefing>\n<script type="application\/ld\+json">/);
    const english = s.run(['render', 'seeds.json', '--no-jsonld']).stdout;
    expect(english).not.toContain('application/ld+json');
    expect(english, 'English is built into the embed').not.toContain('data-labels');
    // Every timeline event too: without JavaScript, "Show more" would do nothing.
    const { timeline } = JSON.parse(fs.readFileSync(s.path('seeds.json'), 'utf8'));
    expect(timeline.length).toBeGreaterThan(3);
    expect(english.match(/<li class="event" part="event"/g)).toHaveLength(timeline.length);
  });

  it('--page writes a whole document, with the hydrating embed deferred when given', () => {
    const r = s.run(['render', 'seeds.json', '--page', '--script', '/js/story-briefing-hydrate.js', '-o', 'page.html']);
    expect(r.stderr).toBe('briefing: wrote page.html\n');
    const page = fs.readFileSync(s.path('page.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain('<script defer src="/js/story-briefing-hydrate.js"></script>');
    expect(page).toMatch(/<title>[^<]*Tillerson[^<]*<\/title>/);
    expect(page).toMatch(/<body>\n<story-briefing /);
  });

  it('refuses what is not a valid briefing, and bad options, with one line', () => {
    s.write('bad.json', '{"version": 1}');
    expect(refusal(s.run(['render', 'bad.json']))).toMatch(/bad\.json is not a valid briefing/);
    expect(refusal(s.run(['render', 'missing.json']))).toMatch(/missing\.json: no such file/);
    expect(refusal(s.run(['render', 'seeds.json', '--theme', 'neon']))).toMatch(/must be one of auto, light, dark/);
  });
});

describe('briefing jsonld', { timeout: 60_000 }, () => {
  it('writes the script element alone, or with --bare the JSON', () => {
    const script = s.run(['jsonld', 'seeds.json']).stdout;
    expect(script).toMatch(/^<script type="application\/ld\+json">[^<]*<\/script>\n$/);
    const bare = JSON.parse(s.run(['jsonld', 'seeds.json', '--bare']).stdout);
    expect(bare).toMatchObject({ '@context': 'https://schema.org', '@type': 'Article' });
    expect(JSON.parse(script.slice(script.indexOf('>') + 1, script.lastIndexOf('</script>')))).toEqual(bare);
  });
});

describe('briefing counts', { timeout: 60_000 }, () => {
  it("prints the Briefing-Counts header's value: each list's length", () => {
    const briefing = JSON.parse(fs.readFileSync(s.path('seeds.json'), 'utf8'));
    const r = s.run(['counts', 'seeds.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `key-points=${briefing.keyPoints.length}, timeline=${briefing.timeline.length}, actors=${briefing.actors.length}, ` +
        `positions=${briefing.positions.length}, questions=${briefing.questions.length + briefing.resolved.length}\n`,
    );
    expect(refusal(s.run(['counts', 'missing.json']))).toMatch(/missing\.json: no such file/);
  });
});
