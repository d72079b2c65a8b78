// Starting `briefing review` as an editor would, from the built CLI.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BIN, ROOT } from '../cli/helpers.js';

/** Starts `briefing review` and resolves with the URL it prints. */
export function startReview(dir: string, args: string[] = []): Promise<{ child: ChildProcess; url: string }> {
  // The CLI bundle alone serves a page without its script, and the test would only time out.
  if (!fs.existsSync(path.join(ROOT, 'dist/review/review.js'))) throw new Error('dist/review/review.js missing: run `npm run build` first');
  const child = spawn(process.execPath, [BIN, 'review', dir, ...args], { cwd: path.dirname(dir) });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      const m = /Review: (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`briefing review exited with ${code}`)));
  });
}

