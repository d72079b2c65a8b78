// The seed cluster (Tillerson's visit to Moscow, April 2017) as a news editor would read its
// briefing: the right actors with their roles, no page furniture or other stories, exact
// evidence, deterministic output.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBriefing } from '../../src/builder/index.js';
import type { Actor, Briefing } from '../../src/format/schema.js';
import { validateBriefing } from '../../src/format/validate.js';

const SEEDS = path.resolve(__dirname, '../../seeds');
const files = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const docs = files.map((f) => ({ text: fs.readFileSync(path.join(SEEDS, f), 'utf8') }));
const texts = docs.map((d) => d.text);

let b: Briefing;
beforeAll(() => {
  b = buildBriefing(docs, { id: 'seeds' });
});

const actor = (name: string) => b.actors.find((a) => a.name === name);
const names = () => b.actors.map((a) => a.name);
const positionsOf = (a: Actor | undefined) => b.positions.filter((p) => p.actor === a?.id);
// Everything a reader sees as prose.
function readerTexts(): [string, string][] {
  return [
    ['summary', b.summary.text],
    ...b.keyPoints.map((k, i): [string, string] => [`keyPoints[${i}]`, k.text]),
    ...b.positions.flatMap((p): [string, string][] => [[`${p.id}.text`, p.text], [`${p.id}.quote`, p.quote ?? ''], ...p.evidence.map((e): [string, string] => [`${p.id}.evidence`, e.text])]),
    ...b.questions.flatMap((q): [string, string][] => [[`${q.id}.text`, q.text], ...q.evidence.map((e): [string, string] => [`${q.id}.evidence`, e.text])]),
    ...b.resolved.flatMap((q): [string, string][] => [[`${q.id}.text`, q.text], [`${q.id}.answer`, q.answer]]),
  ];
}
function allEvidence() {
  return [
    ...b.summary.evidence,
    ...b.keyPoints.flatMap((k) => k.evidence),
    ...b.positions.flatMap((p) => p.evidence),
    ...b.questions.flatMap((q) => q.evidence),
    ...b.resolved.flatMap((q) => q.evidence),
  ];
}

describe('seed cluster', () => {
  it('reads three seed articles', () => {
    expect(files).toHaveLength(3);
    expect(b.sources.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
  });

  describe('actors', () => {
    it.each([
      ['Rex Tillerson', 'Secretary of State'],
      ['Sergei Lavrov', 'Foreign Minister'],
      ['Vladimir Putin', 'President'],
      ['Donald Trump', 'President'],
      ['Dmitry Peskov', 'Kremlin spokesman'],
    ])('%s, %s', (name, role) => {
      const a = actor(name);
      expect(a, `actors: ${names().join(', ')}`).toBeDefined();
      expect(a!.type).toBe('person');
      expect(a!.role).toContain(role);
    });

    it('Sergei and Sergey Lavrov are one actor', () => {
      const lavrov = actor('Sergei Lavrov')!;
      expect(lavrov.aliases).toContain('Sergey Lavrov');
      expect(lavrov.aliases).toContain('Lavrov');
      expect(b.actors.filter((a) => /Lavrov/.test(a.name))).toHaveLength(1);
      // Named in all three articles.
      expect(lavrov.sources).toEqual(expect.arrayContaining(['s1', 's2', 's3']));
    });

    it('Russia is one country actor, whatever it is called', () => {
      const russia = b.actors.filter((a) => /^(?:Russia|Moscow|Kremlin|Russian Federation|RF)$/.test(a.name));
      expect(russia.map((a) => a.name)).toEqual(['Russia']);
      expect(russia[0].type).toBe('country');
      expect(names()).not.toContain('Moscow');
      expect(names()).not.toContain('Russian Federation');
      expect(b.actors.filter((a) => a.type === 'country' && a.name === 'United States')).toHaveLength(1);
      expect(names()).not.toContain('Washington');
      expect(names()).not.toContain('USA');
    });

    it('the four principals are the most salient people', () => {
      const people = b.actors.filter((a) => a.type === 'person').slice(0, 4).map((a) => a.name);
      expect(people.sort()).toEqual(['Donald Trump', 'Rex Tillerson', 'Sergei Lavrov', 'Vladimir Putin']);
    });

    it('no fragments, demonyms, titles or furniture as actors', () => {
      for (const a of b.actors) {
        expect(a.name).not.toMatch(/^(?:State|Will|Read|Secretary|Minister|President|Foreign|Comments|Tweet|Reuters|AFP|RT)\b/);
        expect(a.name).not.toMatch(/^(?:Russian|American|Syrian|Italian|European|Western)(?: officials?)?$/);
        expect(a.name).not.toMatch(/\b(?:Side With|Or Iran|Ultimatum)\b/);
        for (const alias of a.aliases) expect(alias).not.toMatch(/^(?:State|Will|Read) /);
      }
      expect(names()).not.toContain('State Rex');
      expect(names()).not.toContain('Will Russia');
    });

    it('nobody from the Kansas election story or the photo caption', () => {
      for (const n of ['Estes', 'Republicans', 'republicans', 'Boris Johnson', 'Sigmar Gabriel']) expect(names()).not.toContain(n);
    });

    it('every actor is grounded: positive mentions and known sources', () => {
      const ids = new Set(b.sources.map((s) => s.id));
      for (const a of b.actors) {
        expect(a.mentions).toBeGreaterThan(0);
        expect(a.sources.length).toBeGreaterThan(0);
        for (const s of a.sources) expect(ids.has(s)).toBe(true);
      }
      expect(new Set(b.actors.map((a) => a.id)).size).toBe(b.actors.length);
    });
  });

  describe('nothing from other stories or page furniture', () => {
    it.each([
      ['Estes'],
      ['Republicans hold onto'],
      ['Kansas'],
      ['congressional seat'],
      ['Lucca'],
      ['(R)'],
      ['roundtable talks during a G7'],
      ['Read:'],
      ['Side With US Or Iran'],
      ['Comments'],
    ])('%s', (fragment) => {
      for (const [where, text] of readerTexts()) expect(text, where).not.toContain(fragment);
    });

    it('the lone headline line "Rex Tillerson" is not a sentence of the briefing', () => {
      const start = texts[2].indexOf('Rex Tillerson');
      expect(start).toBe(0);
      for (const e of allEvidence()) expect(e.source === 's3' && e.start === 0 && e.end === 'Rex Tillerson'.length).toBe(false);
    });
  });

  describe('evidence', () => {
    it('every evidence span is the exact text of its source', () => {
      const index = new Map(b.sources.map((s, i) => [s.id, i]));
      const all = allEvidence();
      expect(all.length).toBeGreaterThan(10);
      for (const e of all) {
        const doc = texts[index.get(e.source)!];
        expect(doc, e.source).toBeDefined();
        expect(doc.slice(e.start, e.end)).toBe(e.text);
        expect(e.text).toBe(e.text.trim());
      }
    });

    it('the summary and key points are made of their evidence sentences', () => {
      expect(b.summary.text).toBe(b.summary.evidence.map((e) => e.text).join(' '));
      for (const k of b.keyPoints) expect(k.evidence.map((e) => e.text)).toContain(k.text);
    });

    it('every quote is verbatim in its evidence', () => {
      const quoted = b.positions.filter((p) => p.quote);
      expect(quoted.length).toBeGreaterThan(3);
      for (const p of quoted) expect(p.evidence.some((e) => e.text.includes(p.quote!)), p.id).toBe(true);
      for (const p of quoted) expect(p.kind).toBe('direct');
    });

    it('validates, with its documents', () => {
      const result = validateBriefing(b, texts);
      expect(result.errors).toEqual([]);
      expect(result.ok).toBe(true);
    });
  });

  describe('summary and key points', () => {
    it('the summary is about the visit and close to the asked length', () => {
      const words = b.summary.text.split(/\s+/).length;
      expect(words).toBeGreaterThan(30);
      expect(words).toBeLessThanOrEqual(80 * 1.5);
      expect(b.summary.text).toContain('Tillerson');
      expect(b.summary.text).toContain('Lavrov');
      expect(b.summary.text).toMatch(/Moscow|Kremlin/);
    });

    it('the title is the main clause of the summary\'s first sentence, with its span as evidence', () => {
      expect(b.title).toBe('US Secretary of State Rex Tillerson and his Russian counterpart Sergei Lavrov held talks in Moscow');
      expect(b.titleEvidence).toHaveLength(1);
      const [ev] = b.titleEvidence!;
      expect(texts[Number(ev.source.slice(1)) - 1].slice(ev.start, ev.end)).toBe(b.title);
    });

    it('key points: up to five distinct sentences that stand alone', () => {
      expect(b.keyPoints.length).toBeGreaterThanOrEqual(3);
      expect(b.keyPoints.length).toBeLessThanOrEqual(5);
      expect(new Set(b.keyPoints.map((k) => k.text)).size).toBe(b.keyPoints.length);
      for (const k of b.keyPoints) expect(k.text).not.toMatch(/^(?:He|She|It|They|This|But|And|Meanwhile|However)\b|^["“]/);
    });

    it('a shorter summary when asked', () => {
      const short = buildBriefing(docs, { id: 'seeds', summaryWords: 30 });
      expect(short.summary.text.split(/\s+/).length).toBeLessThan(b.summary.text.split(/\s+/).length);
    });
  });

  describe('positions', () => {
    it('Lavrov has a position with a verbatim quote', () => {
      const quoted = positionsOf(actor('Sergei Lavrov')).filter((p) => p.quote && p.kind === 'direct');
      expect(quoted.length).toBeGreaterThan(0);
      expect(quoted.map((p) => p.quote).join(' ')).toContain('Your visit is very timely');
    });

    it('Putin has a position', () => {
      const putin = positionsOf(actor('Vladimir Putin'));
      expect(putin.length).toBeGreaterThan(0);
      expect(putin.some((p) => p.quote?.includes('Syria and Russia, as a common enemy'))).toBe(true);
    });

    it.each([
      ['Your visit is very timely', 'Sergei Lavrov'],
      ['We are always in favor of collective steps', 'Sergei Lavrov'],
      ['We have information that a similar provocation', 'Vladimir Putin'],
      ['There is a certain possibility', 'Dmitry Peskov'],
      ['very, very stiff price', 'Mattis'],
      ['use of chemical weapons against civilians is horrific', 'Hina Shamsi'],
      ['at the direction of al-Assad', 'Rex Tillerson'],
      ['going in and occupying Syria', 'Spicer'],
      ["Assad's chief accomplice in the regime's horrific acts", 'Haley'], // "Haley also accused Iran of being “…”"
      ["backing a person that's truly an evil person", 'Donald Trump'], // "Trump described Assad as … and said Putin is “…”"
    ])('"%s" is attributed to %s', (words, speaker) => {
      const p = b.positions.find((x) => x.quote?.includes(words) || x.text.includes(words));
      expect(p, `no position quoting "${words}"`).toBeDefined();
      expect(b.actors.find((a) => a.id === p!.actor)?.name).toBe(speaker);
    });

    it('one card per claim: no two positions of one actor share their text', () => {
      const seen = new Set<string>();
      for (const p of b.positions) {
        const key = `${p.actor}|${p.text}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    });
  });

  describe('questions', () => {
    it('at least one open question, each a real question with evidence', () => {
      expect(b.questions.length).toBeGreaterThan(0);
      for (const q of [...b.questions, ...b.resolved]) {
        expect(q.text).toMatch(/^(?:Will|Would|Did|Does|Do|Is|Are|Was|Were|Has|Have|Had|Can|Could|Should|Who|What|When|Where|Why|How|Which)\b/);
        expect(q.text.endsWith('?')).toBe(true);
        expect(q.text.split(/\s+/).length).toBeLessThanOrEqual(25);
        expect(q.evidence.length).toBeGreaterThan(0);
      }
    });

    it('asks about the US position on Syria', () => {
      expect(b.questions.map((q) => q.text)).toContain('What is the US position on Syria?');
    });

    it('"Will Putin meet Tillerson?" is answered by "He met with both Lavrov and President Vladimir Putin"', () => {
      const r = b.resolved.find((q) => /Putin/.test(q.text) && /Tillerson/.test(q.text) && /\bmeet/.test(q.text));
      expect(r, `resolved: ${JSON.stringify(b.resolved.map((q) => q.text))}`).toBeDefined();
      expect(r!.answer).toContain('met with both Lavrov and President Vladimir Putin');
      expect(b.questions.map((q) => q.text)).not.toContain(r!.text);
      // …and no open question still asks whether they will meet.
      const open = b.questions.filter((q) => /Putin/.test(q.text) && /Tillerson/.test(q.text) && /\bmeet/.test(q.text));
      expect(open.map((q) => q.text)).toEqual([]);
    });
  });

  it('building twice gives byte-identical JSON', () => {
    const again = buildBriefing(files.map((f) => ({ text: fs.readFileSync(path.join(SEEDS, f), 'utf8') })), { id: 'seeds' });
    expect(JSON.stringify(again, null, 2)).toBe(JSON.stringify(b, null, 2));
  });

  it('does not modify its input documents', () => {
    const copy = docs.map((d) => ({ ...d }));
    buildBriefing(copy, { id: 'seeds' });
    expect(copy).toEqual(docs);
  });
});

// What an editor wants from this cluster beyond the basics: merged reports, disputes, answered
// questions, claims given to the right speaker.
describe('seed cluster: editor targets', () => {
  it('Lavrov\'s "real intentions" remark is one position with evidence from two articles', () => {
    const cards = positionsOf(actor('Sergei Lavrov')).filter((p) => `${p.text} ${p.quote ?? ''}`.includes('real intentions'));
    expect(cards).toHaveLength(1);
    expect(new Set(cards[0].evidence.map((e) => e.source))).toEqual(new Set(['s1', 's2']));
    // The s2 sentence reports it among other words, and stays its evidence.
    expect(cards[0].evidence.find((e) => e.source === 's2')?.text).toMatch(/hoping to understand Washington's "real intentions"/);
  });

  it('a disputed question about who carried out the chemical attack', () => {
    const tillerson = actor('Rex Tillerson')!.id;
    const russia = actor('Russia')!.id;
    const q = b.questions.find((x) => x.kind === 'disputed' && x.actors.includes(tillerson) && x.actors.includes(russia));
    expect(q).toBeDefined();
    expect(q!.text).toMatch(/chemical|attack/);
    // Both sides are named in the question, each with what it says.
    expect(q!.text).toMatch(/Tillerson says/);
    expect(q!.text).toMatch(/Russia says/);
  });

  it('no dispute between a leader and his own country', () => {
    const putin = actor('Vladimir Putin')!.id;
    const russia = actor('Russia')!.id;
    expect(b.questions.filter((q) => q.kind === 'disputed' && q.actors.includes(putin) && q.actors.includes(russia))).toEqual([]);
  });

  it('the Security Council vote is resolved by the Russian veto, and no question ends mid-phrase', () => {
    for (const q of [...b.questions, ...b.resolved]) expect(q.text).not.toMatch(/\b(?:to|of|the|a|on|in|and)\?$/);
    const vote = b.resolved.find((q) => /Security Council/.test(q.text));
    expect(vote?.answer).toMatch(/vetoed/);
  });

  it.each([
    ['Russia favors a joint action to solve the crisis', 'Sergei Lavrov'], // "Lavrov made it clear … and also said that …"
    ['no intention to "shield anyone"', 'Sergei Lavrov'], // "Speaking after … talks with visiting … Tillerson, he said …"
    ['very bad for Russian Federation', 'Donald Trump'], // "He tells Fox Business Network that …" (Trump, previous sentence)
  ])('"%s" is attributed to %s', (words, speaker) => {
    const p = b.positions.find((x) => x.quote?.includes(words) || x.text.includes(words));
    expect(p).toBeDefined();
    expect(b.actors.find((a) => a.id === p!.actor)?.name).toBe(speaker);
  });

  it('a reported claim stops at the end of the reported clause', () => {
    const putin = positionsOf(actor('Vladimir Putin'));
    for (const p of putin) expect(p.text).not.toContain('held talks in Moscow');
    expect(putin.some((p) => /Washington plans more missile strikes against Syria\.?$/.test(p.text))).toBe(true);
  });
});
