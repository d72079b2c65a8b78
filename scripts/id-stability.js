// `node scripts/id-stability.js clusters.jsonl [--order drop-last|drop-first|reverse|all]`: how
// stable the briefing's item ids are when a cluster changes. Builds each cluster of two or more
// articles, then the same cluster with one article dropped (or reordered), and counts, of the
// items found in both builds (an actor of the same name; a position of the same actor, with the
// same quote, or the same claim when it has none, and an evidence sentence in common; a question
// with the same text), the share that kept its id. Needs
// `npx vite build --mode cli` first.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { buildBriefing } = await import(path.join(root, 'dist/node/index.js'));

const args = process.argv.slice(2);
const modeAt = args.indexOf('--order');
const modes = modeAt >= 0 ? args.splice(modeAt, 2)[1] : 'drop-last';
const file = args[0];
if (!file) {
  process.stderr.write('usage: node scripts/id-stability.js clusters.jsonl [--order drop-last|drop-first|reverse|all]\n');
  process.exit(2);
}

const CHANGES = {
  'drop-last': (docs) => docs.slice(0, -1),
  'drop-first': (docs) => docs.slice(1),
  reverse: (docs) => [...docs].reverse(),
};

const norm = (t) => t.toLowerCase().replace(/\s+/g, ' ').trim();
/** Each kind's items, with what makes two of them "the same item" across builds. */
const KINDS = {
  actor: (b) => b.actors.map((a) => ({ id: a.id, same: (o) => norm(o.name) === norm(a.name), item: a })),
  position: (b) => {
    const name = new Map(b.actors.map((a) => [a.id, norm(a.name)]));
    return b.positions.map((p) => ({
      id: p.id,
      item: { ...p, actorName: name.get(p.actor) },
      same: (o) =>
        o.actorName === name.get(p.actor) &&
        (p.quote || o.quote ? norm(o.quote ?? '') === norm(p.quote ?? '') : norm(o.text) === norm(p.text)) &&
        o.evidence.some((e) => p.evidence.some((f) => e.text === f.text)),
    }));
  },
  question: (b) => [...b.questions, ...b.resolved].map((q) => ({ id: q.id, item: q, same: (o) => norm(o.text) === norm(q.text) })),
};

const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
for (const mode of modes === 'all' ? Object.keys(CHANGES) : [modes]) {
  const change = CHANGES[mode];
  if (!change) throw new Error(`unknown --order ${mode}`);
  const tally = Object.fromEntries(Object.keys(KINDS).map((k) => [k, { survived: 0, kept: 0 }]));
  let clusters = 0;
  let failed = 0;
  for (const line of lines) {
    const { id, documents: raw } = JSON.parse(line);
    const documents = raw.map((d) => (typeof d === 'string' ? { text: d } : d));
    if (documents.length < 2) continue;
    let before, after;
    try {
      before = buildBriefing(documents, { id, summaryWords: 300 });
      after = buildBriefing(change(documents), { id, summaryWords: 300 });
    } catch {
      failed++;
      continue;
    }
    clusters++;
    for (const [kind, items] of Object.entries(KINDS)) {
      const old = items(before);
      for (const now of items(after)) {
        const match = old.find((o) => o.same(now.item));
        if (!match) continue;
        tally[kind].survived++;
        if (match.id === now.id) tally[kind].kept++;
      }
    }
  }
  const pct = (t) => (t.survived ? ((100 * t.kept) / t.survived).toFixed(1) : '–');
  const all = Object.values(tally).reduce((s, t) => ({ survived: s.survived + t.survived, kept: s.kept + t.kept }), { survived: 0, kept: 0 });
  process.stdout.write(`${mode}: ${clusters} clusters${failed ? ` (${failed} not built)` : ''}; ids kept by surviving items: ${pct(all)}% (${all.kept}/${all.survived})\n`);
  for (const [kind, t] of Object.entries(tally)) process.stdout.write(`  ${kind.padEnd(9)} ${pct(t)}% (${t.kept}/${t.survived})\n`);
}
