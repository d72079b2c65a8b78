// `npm run bench [clusters.jsonl] [--stream N]`: builder speed. Times the full pipeline per
// cluster in this process, a trivial lead-sentences baseline over the same clusters (so the ratio
// stays meaningful on a noisy machine), `briefing batch` on all cores, and one 100,000-word
// cluster made of all the input's articles, against a budget in multiples of the builder's own
// time per MB on the input. With --stream N it also streams N clusters (the input repeated)
// through `briefing batch` and reports that process's peak memory. Without a file it benchmarks
// clusters made from the seed articles.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { buildBriefing } = await import(path.join(root, 'dist/node/index.js'));

function seedClusters(n) {
  const dir = path.join(root, 'seeds');
  const docs = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  // Rotations of the seeds so that clusters differ in order and size.
  return Array.from({ length: n }, (_, i) => ({ id: `seed-${i}`, documents: docs.slice(0, 1 + (i % docs.length)).concat(docs.slice(1 + (i % docs.length))) }));
}

const args = process.argv.slice(2);
const streamAt = args.indexOf('--stream');
const stream = streamAt >= 0 ? Number(args.splice(streamAt, 2)[1]) : 0;
const file = args[0];
const clusters = file
  ? fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
  : seedClusters(200);
const texts = clusters.map((c) => c.documents.map((d) => (typeof d === 'string' ? d : d.text)));
const bytes = texts.flat().reduce((n, t) => n + Buffer.byteLength(t), 0);

// Baseline: the first three sentences of each article.
function lead(docs) {
  return docs.flatMap((d) => d.split(/(?<=[.!?])\s+(?=[A-Z])/).slice(0, 3)).join(' ');
}

function time(fn) {
  const per = [];
  const t0 = performance.now();
  for (let i = 0; i < texts.length; i++) {
    const t = performance.now();
    fn(i);
    per.push(performance.now() - t);
  }
  const total = (performance.now() - t0) / 1000;
  per.sort((a, b) => a - b);
  return { total, p50: per[Math.floor(per.length / 2)], p95: per[Math.floor(per.length * 0.95)] };
}

buildBriefing(texts[0].map((text) => ({ text })), { id: 'warm-up' });
const base = time((i) => lead(texts[i]));
const full = time((i) => buildBriefing(texts[i].map((text) => ({ text })), { id: clusters[i].id, summaryWords: 300 }));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-bench-'));
const jsonl = path.join(tmp, 'clusters.jsonl');
fs.writeFileSync(jsonl, clusters.map((c) => JSON.stringify({ id: c.id, documents: c.documents })).join('\n') + '\n');
const t = performance.now();
execFileSync(process.execPath, [path.join(root, 'bin/briefing.js'), 'batch', jsonl, '-o', path.join(tmp, 'out'), '--summary-words', '300'], { stdio: 'ignore' });
const batchSeconds = (performance.now() - t) / 1000;
fs.rmSync(tmp, { recursive: true, force: true });

const mb = bytes / 1e6;
const row = (name, r) =>
  `${name.padEnd(22)} ${(texts.length / r.total).toFixed(1).padStart(9)} clusters/s ${(mb / r.total).toFixed(2).padStart(7)} MB/s  p50 ${r.p50.toFixed(2)} ms  p95 ${r.p95.toFixed(2)} ms`;
console.log(`${texts.length} clusters, ${mb.toFixed(2)} MB of text${file ? ` from ${file}` : ' (seed rotations)'}`);
console.log(row('lead-3 baseline', base));
console.log(row('builder, one core', full));
console.log(`${'briefing batch'.padEnd(22)} ${(texts.length / batchSeconds).toFixed(1).padStart(9)} clusters/s ${(mb / batchSeconds).toFixed(2).padStart(7)} MB/s  (${os.availableParallelism()} workers, process start included)`);
console.log(`builder / baseline time ratio: ${(full.total / base.total).toFixed(0)}x`);
console.log(`peak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// Cost in the size of a cluster: one story of 100,000 words, made of the input's articles.
const LARGE_WORDS = 100_000;
const large = [];
let words = 0;
for (let i = 0; words < LARGE_WORDS; i = (i + 1) % texts.length) {
  for (const d of texts[i]) {
    if (words >= LARGE_WORDS) break;
    large.push(d);
    words += d.split(/\s+/).length;
  }
}
const tl = performance.now();
buildBriefing(large.map((text) => ({ text })), { id: 'large', summaryWords: 300 });
const largeSeconds = (performance.now() - tl) / 1000;
// Guard: the big cluster's cost per megabyte over the same builder's cost per megabyte on the
// input clusters, both measured in this run. A load on the machine slows both alike (the lead-3
// baseline, microseconds per cluster, moved by 8x between a quiet and a busy machine); a rule that
// reads every article for every name grows with the cluster's size and shows here first.
const LARGE_BUDGET = 1.5;
const largeBytes = large.reduce((n, t) => n + Buffer.byteLength(t), 0);
const largeRatio = largeSeconds / largeBytes / (full.total / bytes);
console.log(
  `one ${words}-word cluster (${large.length} articles): ${largeSeconds.toFixed(2)} s, ${largeRatio.toFixed(2)}x the builder's time per MB on the clusters above (budget ${LARGE_BUDGET}x${largeRatio > LARGE_BUDGET ? ', OVER BUDGET' : ''})`,
);

if (stream > 0) {
  // A long stream: the input repeated under new ids. Worker threads share the batch process, so
  // its high-water mark (VmHWM, Linux) is the whole run's peak memory.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-stream-'));
  const many = path.join(dir, 'stream.jsonl');
  const out = fs.createWriteStream(many);
  for (let i = 0; i < stream; i++) out.write(JSON.stringify({ id: `c${i}`, documents: clusters[i % clusters.length].documents }) + '\n');
  await new Promise((resolve) => out.end(resolve));
  const ts = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'bin/briefing.js'), 'batch', many, '-o', path.join(dir, 'out'), '--summary-words', '300'], { stdio: 'ignore' });
  let peak = 0;
  const sample = setInterval(() => {
    try {
      const kb = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
      if (kb) peak = Math.max(peak, Number(kb));
    } catch {
      // not Linux, or the process has just ended
    }
  }, 100);
  const code = await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(sample);
  fs.rmSync(dir, { recursive: true, force: true });
  const seconds = (performance.now() - ts) / 1000;
  console.log(`stream of ${stream} clusters: exit ${code}, ${(stream / seconds).toFixed(1)} clusters/s, peak RSS ${peak ? `${(peak / 1024).toFixed(0)} MB` : 'not measured (needs /proc)'}`);
}
await import('./bench-widget.js');
