// Worker threads for `batch`, each job with a time limit. A worker that runs out of time or
// memory, or crashes, is replaced and its cluster reported as failed: one hostile cluster must
// not stall or end the whole batch.
import { Worker } from 'node:worker_threads';
import type { Job, JobResult } from './worker.js';

export interface PoolOptions {
  size: number;
  /** Per-job limit; the worker is terminated when it is exceeded. */
  timeoutMs: number;
  /** Heap limit of each worker. */
  maxHeapMb: number;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: ((w: Worker) => void)[] = [];
  private readonly all = new Set<Worker>();

  constructor(
    private readonly file: URL,
    private readonly options: PoolOptions,
  ) {
    for (let i = 0; i < options.size; i++) this.idle.push(this.spawn());
  }

  /** Runs a job on the next free worker; always resolves, with `error` set on failure. */
  async run(job: Job): Promise<JobResult> {
    const worker = await this.take();
    return new Promise<JobResult>((resolve) => {
      const settle = (result: JobResult, healthy: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (healthy) this.give(worker);
        else {
          this.all.delete(worker);
          void worker.terminate();
          this.give(this.spawn());
        }
        resolve(result);
      };
      const onMessage = (r: JobResult) => settle(r, true);
      const onError = (e: Error) => settle({ seq: job.seq, id: job.id, error: crashReason(e) }, false);
      const onExit = (code: number) => settle({ seq: job.seq, id: job.id, error: `worker exited (code ${code})` }, false);
      const timer = setTimeout(
        () => settle({ seq: job.seq, id: job.id, error: `took longer than ${Math.round(this.options.timeoutMs / 1000)} s; stopped` }, false),
        this.options.timeoutMs,
      );
      worker.on('message', onMessage).once('error', onError).once('exit', onExit);
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.all].map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(this.file, { resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb } });
    // Errors are handled per job in run(); between jobs one must not crash the command.
    worker.on('error', () => {});
    this.all.add(worker);
    return worker;
  }

  private take(): Promise<Worker> {
    return new Promise((resolve) => {
      const w = this.idle.pop();
      if (w) resolve(w);
      else this.waiting.push(resolve);
    });
  }

  private give(w: Worker): void {
    const next = this.waiting.shift();
    if (next) next(w);
    else this.idle.push(w);
  }
}

function crashReason(e: Error): string {
  return (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'ran out of memory; stopped' : `worker crashed (${e.message})`;
}
