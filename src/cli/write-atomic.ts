import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Writes through a temporary file and a rename, so readers never see a half-written file and a
 * failed write leaves the previous file as it was. The data is flushed before the rename: after
 * a crash the file is the old one or the new one, never empty. The temporary name is unique per
 * process and thread (batch workers share a pid).
 */
export function writeAtomic(file: string, data: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
