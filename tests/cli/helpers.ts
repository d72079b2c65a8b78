// Running the built `briefing` command in a scratch directory, as a user would.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(ROOT, 'bin/briefing.js');
export const SEEDS = path.join(ROOT, 'seeds');

export const ARTICLE_A =
  'Heavy rain flooded the old town of Riverton on Monday, forcing hundreds of residents to leave their homes. Mayor Anna Rossi said the river dam would hold. "We are ready for the worst and we will not leave anyone behind," Rossi told reporters.';
export const ARTICLE_B =
  'The regional government is set to vote on emergency funds for Riverton on Friday. It is unclear whether the river dam will hold if the rain continues, engineers said. Mayor Anna Rossi asked for help.';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function scratch(prefix: string) {
  if (!fs.existsSync(path.join(ROOT, 'dist/node/cli.js'))) throw new Error('dist/node/cli.js missing: run `npx vite build --mode cli` first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    path: (...parts: string[]) => path.join(dir, ...parts),
    write(name: string, data: string | Uint8Array): string {
      const file = path.join(dir, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, data);
      return file;
    },
    run(args: string[], timeout = 60_000): Run {
      const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** The refusal contract: non-zero exit, nothing on stdout, one line on stderr, no stack trace. */
export function refusal(r: Run): string {
  if (r.code === 0) throw new Error(`expected a refusal, got exit 0: ${r.stderr}`);
  if (r.stdout !== '') throw new Error(`expected no output, got ${r.stdout.slice(0, 200)}`);
  const lines = r.stderr.trim().split('\n');
  if (lines.length !== 1) throw new Error(`expected one line, got:\n${r.stderr}`);
  if (/\bat \S+ \(|node:internal/.test(lines[0])) throw new Error(`stack trace: ${lines[0]}`);
  return lines[0];
}
