import fs from 'node:fs';
import { InputError } from '../builder/errors.js';
import { MAX_BRIEFING_BYTES } from '../format/limits.js';

/** The JSON in a briefing file, not yet validated; an InputError naming the file when it cannot be had. */
export function readBriefingJson(file: string): unknown {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_BRIEFING_BYTES) throw new InputError(`${file}: ${Math.round(size / 1024)} kB, larger than any briefing (limit ${MAX_BRIEFING_BYTES / 1024} kB)`);
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code === 'ENOENT' ? 'no such file' : code ? `cannot read (${code})` : `not JSON (${(e as Error).message})`}`);
  }
}
