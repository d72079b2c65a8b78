import fs from 'node:fs';
import path from 'node:path';

/** Writes through a temporary file and a rename, so readers never see a half-written file. */
export function writeAtomic(file: string, data: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}
