// Starting `briefing review` as an editor would, from the built CLI.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { BIN } from '../cli/helpers.js';

/** Starts `briefing review` and resolves with the URL it prints. */
export function startReview(dir: string, args: string[] = []): Promise<{ child: ChildProcess; url: string }> {
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

