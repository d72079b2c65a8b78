// A batch worker: builds one cluster per message and writes its briefing.
import fs from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { buildBriefing } from '../builder/index.js';
import type { InputDocument } from '../builder/types.js';
import { GENERATOR } from '../builder/version.js';
import { validateBriefing } from '../format/validate.js';
import { writeAtomic } from './write-atomic.js';
import { previousIn } from './updates.js';

export interface Job {
  seq: number;
  id: string;
  documents: InputDocument[];
  outDir: string;
  summaryWords?: number;
  /** Skip the cluster when its briefing is already there and valid (`--resume`). */
  resume?: boolean;
  /** `--date`: the day of the articles without their own `publishedAt`. */
  date?: string;
  /** `--previous`: the directory of the previous build's briefings. */
  previousDir?: string;
}

export type JobResult = { seq: number; id: string; error?: string; skipped?: boolean };

export function runJob(job: Job): JobResult {
  const file = path.join(job.outDir, `${job.id}.json`);
  try {
    if (job.resume && isDone(file, job)) return { seq: job.seq, id: job.id, skipped: true };
    const previous = job.previousDir ? previousIn(job.previousDir, job.id) : undefined;
    const briefing = buildBriefing(job.documents, { id: job.id, ...(job.summaryWords ? { summaryWords: job.summaryWords } : {}), date: job.date, previous });
    writeAtomic(file, JSON.stringify(briefing, null, 2) + '\n');
    return { seq: job.seq, id: job.id };
  } catch (e) {
    return { seq: job.seq, id: job.id, error: (e as Error).message };
  }
}

// Done means: this builder version wrote it for these very articles (every evidence span
// matches), so an interrupted batch picks up where it stopped and a changed cluster is rebuilt.
function isDone(file: string, job: Job): boolean {
  let value: { id?: unknown; generator?: { version?: unknown } };
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
  if (value?.id !== job.id || value.generator?.version !== GENERATOR.version) return false;
  return validateBriefing(value, job.documents.map((d) => d.text)).ok;
}

parentPort?.on('message', (job: Job) => parentPort!.postMessage(runJob(job)));
