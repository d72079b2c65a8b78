// A batch worker: builds one cluster per message and writes its briefing.
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { buildBriefing } from '../builder/index.js';
import type { InputDocument } from '../builder/types.js';
import { writeAtomic } from './write-atomic.js';

export interface Job {
  seq: number;
  id: string;
  documents: InputDocument[];
  outDir: string;
  summaryWords?: number;
}

export type JobResult = { seq: number; id: string; error?: string };

export function runJob(job: Job): JobResult {
  try {
    const briefing = buildBriefing(job.documents, { id: job.id, ...(job.summaryWords ? { summaryWords: job.summaryWords } : {}) });
    writeAtomic(path.join(job.outDir, `${job.id}.json`), JSON.stringify(briefing, null, 2) + '\n');
    return { seq: job.seq, id: job.id };
  } catch (e) {
    return { seq: job.seq, id: job.id, error: (e as Error).message };
  }
}

parentPort?.on('message', (job: Job) => parentPort!.postMessage(runJob(job)));
