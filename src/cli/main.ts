// The `briefing` command: build one briefing, build many from JSONL, validate a briefing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { Worker } from 'node:worker_threads';
import { Command, InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import { buildBriefing, DEFAULT_SUMMARY_WORDS } from '../builder/index.js';
import { InputError, listArticles, parseClusterLine, readArticle } from '../builder/read-input.js';
import { validateBriefing } from '../format/validate.js';
import { GENERATOR } from '../builder/version.js';
import { writeAtomic } from './write-atomic.js';
import type { Job, JobResult } from './worker.js';

const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return n;
};

function fail(message: string): never {
  process.stderr.write(`briefing: ${message}\n`);
  process.exit(1);
}

const program = new Command('briefing')
  .description('Precompile news briefings (actors, positions, open questions) from clusters of articles.')
  .version(GENERATOR.version);

program
  .command('build')
  .description('build one briefing from a directory or files of articles (.txt, .md with front matter)')
  .argument('[paths...]', 'article files or directories', ['seeds'])
  .option('-o, --out <file>', 'write the briefing here instead of standard output')
  .option('--summary-words <n>', 'summary length in words', positiveInt, DEFAULT_SUMMARY_WORDS)
  .option('--id <id>', 'briefing id (default: the directory name)')
  .action((paths: string[], opts: { out?: string; summaryWords: number; id?: string }) => {
    try {
      const files = listArticles(paths);
      const documents = files.map(readArticle);
      const first = paths[0];
      const id = opts.id ?? path.basename(path.resolve(fs.statSync(first).isDirectory() ? first : path.dirname(first)));
      const json = JSON.stringify(buildBriefing(documents, { id, summaryWords: opts.summaryWords }), null, 2) + '\n';
      if (opts.out) {
        writeAtomic(opts.out, json);
        process.stderr.write(`briefing: wrote ${opts.out} from ${files.length} article(s)\n`);
      } else process.stdout.write(json);
    } catch (e) {
      if (e instanceof InputError) fail(e.message);
      throw e;
    }
  });

program
  .command('batch')
  .description('build one briefing per line of a JSONL file of clusters ({"id", "documents": [...]}) into a directory')
  .argument('<clusters.jsonl>')
  .requiredOption('-o, --out <dir>', 'output directory (<dir>/<id>.json)')
  .option('--summary-words <n>', 'summary length in words', positiveInt, DEFAULT_SUMMARY_WORDS)
  .option('-j, --jobs <n>', 'worker threads', positiveInt, Math.max(1, os.availableParallelism()))
  .option('--keep-going', 'skip malformed lines and failed clusters instead of stopping')
  .action(async (file: string, opts: { out: string; summaryWords: number; jobs: number; keepGoing?: boolean }) => {
    if (!fs.existsSync(file)) fail(`${file}: no such file`);
    fs.mkdirSync(opts.out, { recursive: true });
    const code = await runBatch(file, opts);
    process.exit(code);
  });

program
  .command('validate')
  .description('check a briefing against the schema, and its evidence against the articles when given')
  .argument('<briefing.json>')
  .argument('[articles...]', 'the articles it was built from, to check every evidence span')
  .action((file: string, articles: string[]) => {
    let value: unknown;
    try {
      value = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      fail(`${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not JSON (${(e as Error).message})`}`);
    }
    let documents: string[] | undefined;
    try {
      documents = articles.length ? listArticles(articles).map((f) => readArticle(f).text) : undefined;
    } catch (e) {
      fail((e as Error).message);
    }
    const result = validateBriefing(value, documents);
    if (!result.ok) fail(`${file} is not a valid briefing:\n  ${result.errors.join('\n  ')}`);
    const evidence = documents ? ', every evidence span matches its article' : ' (pass the articles to check evidence spans)';
    process.stdout.write(`${file}: valid briefing${evidence}\n`);
  });

async function runBatch(file: string, opts: { out: string; summaryWords: number; jobs: number; keepGoing?: boolean }): Promise<number> {
  const workerFile = new URL('./worker.js', import.meta.url);
  const workers = Array.from({ length: opts.jobs }, () => new Worker(workerFile));
  const idle = [...workers];
  const waiting: ((w: Worker) => void)[] = [];
  const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: 'briefing batch |{bar}| {value} clusters | {rate}/s', hideCursor: true }, cliProgress.Presets.shades_classic) : undefined;
  const started = Date.now();
  let done = 0;
  let written = 0;
  let failed = 0;
  let stop = false;
  const pending = new Set<Promise<void>>();
  const take = () => new Promise<Worker>((resolve) => (idle.length ? resolve(idle.pop()!) : waiting.push(resolve)));
  const give = (w: Worker) => (waiting.length ? waiting.shift()!(w) : idle.push(w));
  const report = (message: string) => {
    failed++;
    process.stderr.write(`\nbriefing: ${message}\n`);
    if (!opts.keepGoing) stop = true;
  };

  bar?.start(0, 0, { rate: '0' });
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (stop) break;
    if (!line.trim()) continue;
    let job: Job;
    try {
      job = { seq: lineNo, ...parseClusterLine(line, lineNo), outDir: opts.out, summaryWords: opts.summaryWords };
    } catch (e) {
      report(`${file}: ${(e as Error).message}`);
      continue;
    }
    const worker = await take();
    bar?.setTotal(lineNo);
    const p = new Promise<void>((resolve) => {
      worker.once('message', (r: JobResult) => {
        if (r.error) report(`${file} line ${r.seq} (${r.id}): ${r.error}`);
        else written++;
        done++;
        bar?.update(done, { rate: (done / ((Date.now() - started) / 1000)).toFixed(1) });
        give(worker);
        resolve();
      });
      worker.postMessage(job);
    });
    pending.add(p);
    void p.then(() => pending.delete(p));
  }
  await Promise.all(pending);
  bar?.stop();
  await Promise.all(workers.map((w) => w.terminate()));
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write(`briefing: ${written} briefing(s) written to ${opts.out} in ${seconds.toFixed(1)} s${failed ? `, ${failed} failure(s)` : ''}\n`);
  return failed && !opts.keepGoing ? 1 : 0;
}

program.parseAsync().catch((e: Error) => fail(e.message));
