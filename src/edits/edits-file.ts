// Reads and writes briefing.edits.json: checked against its schema on the way in, written one
// edit per line on the way out, so that a diff in git shows one correction per line.
import fs from 'node:fs';
import path from 'node:path';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { EDITS_VERSION, EditsFile, type Edit } from '../format/edits-schema.js';
import { writeAtomic } from '../cli/write-atomic.js';

export const EDITS_FILE = 'briefing.edits.json';
const SCHEMA_URL = 'https://story-briefing.dev/briefing.edits.schema.json';
const MAX_EDITS_BYTES = 4 * 1024 * 1024;

const compiled = TypeCompiler.Compile(EditsFile);

export class EditsFileError extends Error {}

/** The edits of a file, or none when it does not exist. Throws EditsFileError when it is not a valid edits file. */
export function readEdits(file: string): Edit[] {
  let raw: string;
  try {
    if (fs.statSync(file).size > MAX_EDITS_BYTES) throw new EditsFileError(`${file}: larger than any edits file (limit ${MAX_EDITS_BYTES / 1024 / 1024} MB)`);
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof EditsFileError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new EditsFileError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    throw new EditsFileError(`${file}: not JSON (${(e as Error).message})`);
  }
  return checkEdits(value, file);
}

/** The edits of a parsed edits file; throws EditsFileError naming the first problems. */
export function checkEdits(value: unknown, where = EDITS_FILE): Edit[] {
  if (!compiled.Check(value)) {
    const errors = [...compiled.Errors(value)].slice(0, 3).map((e) => `${e.path || '/'}: ${e.message}`);
    throw new EditsFileError(`${where}: not a valid edits file (${errors.join('; ')})`);
  }
  return value.edits;
}

export function formatEdits(edits: readonly Edit[]): string {
  const lines = edits.map((e) => `    ${JSON.stringify(e)}`);
  return `{\n  "$schema": "${SCHEMA_URL}",\n  "version": ${EDITS_VERSION},\n  "edits": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}

export function writeEdits(file: string, edits: readonly Edit[]): void {
  writeAtomic(file, formatEdits(edits));
}

/** The edits file of what `build` reads: the directory's own, when it builds one directory. */
export function editsFileFor(paths: readonly string[]): string | undefined {
  if (paths.length !== 1) return undefined;
  try {
    return fs.statSync(paths[0]).isDirectory() ? path.join(paths[0], EDITS_FILE) : undefined;
  } catch {
    return undefined;
  }
}
