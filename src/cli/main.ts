// The `briefing` command: build one briefing, build many from JSONL, validate a briefing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import { buildBriefing, DEFAULT_SUMMARY_WORDS } from '../builder/index.js';
import { LIMITS } from '../builder/limits.js';
import { InputError, listArticles, parseClusterLine, readArticle } from '../builder/read-input.js';
import { readBriefingJson } from './read-briefing-json.js';
import { validateBriefing } from '../format/validate.js';
import { GENERATOR } from '../builder/version.js';
import { WorkerPool } from './pool.js';
import { readLines } from './read-lines.js';
import { orFail, writeOrFail } from './fail.js';
import { applyEdits, type Unapplied } from '../edits/apply-edits.js';
import { EDITS_FILE, EditsFileError, editsFileFor, readEdits } from '../edits/edits-file.js';
import { addRenderCommands } from './render-commands.js';
import { ReviewHostError, startReviewServer } from '../review/server.js';
import { dateOption, readPrevious } from './updates.js';
import type { InputDocument } from '../builder/types.js';
import type { Briefing } from '../format/schema.js';
import type { Job } from './worker.js';

// A JSONL line holds a cluster's text JSON-escaped: room for escapes on top of the text limit.
const MAX_LINE_BYTES = 4 * LIMITS.clusterBytes;
const DEFAULT_TIMEOUT_S = 120;

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
  .description('build one briefing from a directory or files of articles (.txt, .md with front matter, .html pages)')
  .argument('[paths...]', 'article files or directories', ['seeds'])
  .option('-o, --out <file>', 'write the briefing here instead of standard output')
  .option('--summary-words <n>', 'summary length in words', positiveInt, DEFAULT_SUMMARY_WORDS)
  .option('--id <id>', 'briefing id (default: the directory name)', (v: string) => {
    if (!v || v.length > LIMITS.idLength) throw new InvalidArgumentError(`must have 1 to ${LIMITS.idLength} characters`);
    return v;
  })
  .option('--edits <file>', "apply this edits file (default: the directory's briefing.edits.json, when there is one)")
  .option('--date <day>', 'publication day of the articles without their own publishedAt (e.g. 2017-04-12)', dateOption)
  .option('--previous <file>', 'the briefing of the previous build: marks what is new since')
  .action((paths: string[], opts: { out?: string; summaryWords: number; id?: string; edits?: string; date?: string; previous?: string }) => {
    let files: string[];
    let documents: InputDocument[];
    let previous: Briefing | undefined;
    try {
      files = listArticles(paths);
      documents = files.map(readArticle);
      if (opts.previous) previous = readPrevious(opts.previous);
    } catch (e) {
      if (e instanceof InputError) fail(e.message); // names its file
      throw e;
    }
    if (opts.edits && !fs.existsSync(opts.edits)) fail(`${opts.edits}: no such file`);
    const editsFile = opts.edits ?? editsFileFor(paths);
    let json: string;
    try {
      let briefing = buildBriefing(documents, { id: opts.id ?? defaultId(paths[0]), summaryWords: opts.summaryWords, date: opts.date, previous });
      if (editsFile) {
        const result = applyEdits(briefing, readEdits(editsFile), documents.map((d, i) => ({ text: d.text, name: path.basename(files[i]) })));
        reportUnapplied(editsFile, result.unapplied);
        briefing = result.briefing;
      }
      json = JSON.stringify(briefing, null, 2) + '\n';
    } catch (e) {
      if (e instanceof EditsFileError) fail(e.message);
      if (!(e instanceof InputError)) throw e;
      // The builder names a document ("document 2: …"), reported as its file, or else the cluster.
      if (e.document !== undefined) fail(`${files[e.document]}: ${e.message.replace(/^document \d+: /, '')}`);
      fail(`${paths.join(' ')}: ${e.message}`);
    }
    if (opts.out) {
      writeOrFail(opts.out, json, fail);
      process.stderr.write(`briefing: wrote ${opts.out} from ${files.length} article(s)\n`);
    } else process.stdout.write(json);
  });

/** Edits whose item is gone stay in the file for the editor; the build goes on without them. */
export function reportUnapplied(file: string, unapplied: readonly Unapplied[]): void {
  for (const u of unapplied) {
    const what = 'id' in u.edit ? `${u.edit.op} ${u.edit.id}` : u.edit.op;
    process.stderr.write(`briefing: ${file}: edit ${u.index + 1} (${what}) not applied, kept: ${u.reason}\n`);
  }
}

// The directory's name ("seeds" for seeds/ or seeds/a.txt); the root directory has none.
function defaultId(first: string): string {
  const dir = path.resolve(fs.statSync(first).isDirectory() ? first : path.dirname(first));
  return path.basename(dir).slice(0, LIMITS.idLength) || 'briefing';
}

program
  .command('review')
  .description('build the briefing of a directory of articles and serve a page to review and correct it (on this machine only)')
  .argument('[dir]', 'the directory of articles', 'seeds')
  .option('--port <n>', 'first port to try; the next free one is taken', positiveInt, 5180)
  .option('--host <host>', 'loopback address to bind: 127.0.0.1, ::1 or localhost', '127.0.0.1')
  .option('--summary-words <n>', 'summary length in words', positiveInt, DEFAULT_SUMMARY_WORDS)
  .action(async (dir: string, opts: { port: number; host: string; summaryWords: number }) => {
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) fail(`${dir}: not a directory of articles`);
    const editsFile = path.join(dir, EDITS_FILE);
    let files: string[] = [];
    let documents: InputDocument[] = [];
    try {
      files = listArticles([dir]);
      documents = files.map(readArticle);
      readEdits(editsFile);
    } catch (e) {
      if (e instanceof InputError || e instanceof EditsFileError) fail(e.message);
      throw e;
    }
    let built;
    try {
      built = buildBriefing(documents, { id: defaultId(dir), summaryWords: opts.summaryWords });
    } catch (e) {
      if (e instanceof InputError) fail(`${dir}: ${e.message}`);
      throw e;
    }
    const page = (name: string) => fileURLToPath(new URL(`../review/${name}`, import.meta.url));
    try {
      const server = await startReviewServer({
        built,
        articles: documents.map((d, i) => ({ text: d.text, name: path.basename(files[i]) })),
        editsFile,
        assets: {
          '/review.js': { file: page('review.js'), type: 'text/javascript; charset=utf-8' },
          '/review.css': { file: page('review.css'), type: 'text/css; charset=utf-8' },
        },
        host: opts.host,
        port: opts.port,
      });
      process.stdout.write(`\n  Review: ${server.url}\n\n  Corrections are written to ${editsFile}; Ctrl+C stops.\n`);
    } catch (e) {
      if (e instanceof ReviewHostError) fail(e.message);
      fail(`cannot serve: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
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
  .option('--resume', 'skip clusters whose briefing is already in the directory, valid and built from the same articles')
  .option('--timeout <seconds>', 'time limit per cluster', positiveInt, DEFAULT_TIMEOUT_S)
  .option('--date <day>', 'publication day of the articles without their own publishedAt (e.g. 2017-04-12)', dateOption)
  .option('--previous <dir>', 'directory of the previous build\'s briefings (<dir>/<id>.json): marks what is new since')
  .action(async (file: string, opts: BatchOptions) => {
    if (!fs.existsSync(file)) fail(`${file}: no such file`);
    if (opts.previous && !fs.statSync(opts.previous, { throwIfNoEntry: false })?.isDirectory()) fail(`${opts.previous}: not a directory of briefings`);
    if (fs.statSync(file).isDirectory()) fail(`${file}: is a directory, not a JSONL file`);
    try {
      fs.mkdirSync(opts.out, { recursive: true });
    } catch (e) {
      fail(`${opts.out}: cannot create the output directory (${(e as NodeJS.ErrnoException).code})`);
    }
    if (!fs.statSync(opts.out).isDirectory()) fail(`${opts.out}: not a directory`);
    const code = await runBatch(file, opts);
    process.exit(code);
  });

program
  .command('validate')
  .description('check a briefing against the schema, and its evidence against the articles when given')
  .argument('<briefing.json>')
  .argument('[articles...]', 'the articles it was built from, to check every evidence span')
  .action((file: string, articles: string[]) => {
    const value = orFail(() => readBriefingJson(file), fail);
    const documents = orFail(() => (articles.length ? listArticles(articles).map((f) => readArticle(f).text) : undefined), fail);
    const result = validateBriefing(value, documents);
    if (!result.ok) fail(`${file} is not a valid briefing:\n  ${result.errors.join('\n  ')}`);
    const evidence = documents ? ', every evidence span matches its article' : ' (pass the articles to check evidence spans)';
    process.stdout.write(`${file}: valid briefing${evidence}\n`);
  });

interface BatchOptions {
  out: string;
  summaryWords: number;
  jobs: number;
  keepGoing?: boolean;
  resume?: boolean;
  timeout: number;
  date?: string;
  previous?: string;
}

async function runBatch(file: string, opts: BatchOptions): Promise<number> {
  const pool = new WorkerPool(new URL('./worker.js', import.meta.url), {
    size: opts.jobs,
    timeoutMs: opts.timeout * 1000,
    // Far above what the largest cluster within the limits needs (about 200 MB).
    maxHeapMb: 2048,
  });
  const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: 'briefing batch |{bar}| {value} clusters | {rate}/s', hideCursor: true }, cliProgress.Presets.shades_classic) : undefined;
  const started = Date.now();
  let done = 0;
  let written = 0;
  let skipped = 0;
  let failed = 0;
  let stop = false;
  const pending = new Set<Promise<void>>();
  // Two lines with one id would write one file twice, the second silently winning.
  const seen = new Map<string, number>();
  const report = (message: string) => {
    failed++;
    process.stderr.write(`\nbriefing: ${message}\n`);
    if (!opts.keepGoing) stop = true;
  };

  bar?.start(0, 0, { rate: '0' });
  for await (const line of readLines(file, MAX_LINE_BYTES)) {
    if (stop) break;
    if ('error' in line) {
      report(`${file}: line ${line.lineNo}: ${line.error}`);
      continue;
    }
    if (!line.text.trim()) continue;
    let job: Job;
    try {
      job = { seq: line.lineNo, ...parseClusterLine(line.text, line.lineNo), outDir: opts.out, summaryWords: opts.summaryWords, resume: opts.resume, date: opts.date, previousDir: opts.previous };
    } catch (e) {
      report(`${file}: ${(e as Error).message}`);
      continue;
    }
    const first = seen.get(job.id);
    if (first !== undefined) {
      report(`${file}: line ${line.lineNo}: id "${job.id}" already used on line ${first}`);
      continue;
    }
    seen.set(job.id, line.lineNo);
    bar?.setTotal(line.lineNo);
    const p = pool.run(job).then((r) => {
      if (r.error) report(`${file} line ${r.seq} (${r.id}): ${r.error}`);
      else if (r.skipped) skipped++;
      else written++;
      done++;
      bar?.update(done, { rate: (done / ((Date.now() - started) / 1000)).toFixed(1) });
    });
    pending.add(p);
    void p.then(() => pending.delete(p));
    // Read ahead no further than the workers can take: memory stays bounded by the pool size.
    if (pending.size >= opts.jobs) await Promise.race(pending);
  }
  await Promise.all(pending);
  bar?.stop();
  await pool.close();
  if (!done && !failed) {
    process.stderr.write(`briefing: ${file}: no clusters (the file is empty)\n`);
    return 1;
  }
  const seconds = (Date.now() - started) / 1000;
  const skippedNote = skipped ? `, ${skipped} already built` : '';
  process.stderr.write(`briefing: ${written} briefing(s) written to ${opts.out} in ${seconds.toFixed(1)} s${skippedNote}${failed ? `, ${failed} failure(s)` : ''}\n`);
  return failed && !opts.keepGoing ? 1 : 0;
}

addRenderCommands(program, fail);

program.parseAsync().catch((e: Error) => fail(e.message));
