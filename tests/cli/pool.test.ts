// The batch worker pool: a cluster that hangs, crashes its worker or runs out of memory is
// reported as failed, and the next cluster still runs (issue 6).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/cli/pool.js';
import type { Job } from '../../src/cli/worker.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-pool-'));
const file = path.join(dir, 'worker.mjs');
fs.writeFileSync(
  file,
  `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (job) => {
  if (job.id === 'hang') for (;;);
  if (job.id === 'crash') throw new Error('boom');
  if (job.id === 'exit') process.exit(3);
  if (job.id === 'oom') { const keep = []; for (;;) keep.push(new Array(1e6).fill(job.seq)); }
  parentPort.postMessage({ seq: job.seq, id: job.id });
});`,
);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const job = (seq: number, id: string): Job => ({ seq, id, documents: [], outDir: dir });

describe('WorkerPool', { timeout: 30_000 }, () => {
  it('replaces a worker that hangs, crashes, exits or runs out of memory, and goes on', async () => {
    const pool = new WorkerPool(pathToFileURL(file), { size: 1, timeoutMs: 1000, maxHeapMb: 32 });
    try {
      const results = [];
      for (const [seq, id] of ['hang', 'ok', 'crash', 'ok', 'exit', 'oom', 'ok'].entries()) results.push(await pool.run(job(seq, id)));
      expect(results.map((r) => r.error ?? 'ok')).toEqual([
        'took longer than 1 s; stopped',
        'ok',
        'worker crashed (boom)',
        'ok',
        'worker exited (code 3)',
        'ran out of memory; stopped',
        'ok',
      ]);
    } finally {
      await pool.close();
    }
  });

  it('runs jobs in parallel on its workers', async () => {
    const pool = new WorkerPool(pathToFileURL(file), { size: 2, timeoutMs: 5000, maxHeapMb: 64 });
    try {
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => pool.run(job(i, `c${i}`))));
      expect(results.map((r) => r.id)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5']);
    } finally {
      await pool.close();
    }
  });
});
