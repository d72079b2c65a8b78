// How a command stops on bad input or a failed read or write: one line naming the file, exit 1.
import { writeAtomic } from './write-atomic.js';

/** Stops the command with a one-line message. */
export type Fail = (message: string) => never;

/** What `read` returns; when it throws, the command fails with the error's message (which names its file). */
export function orFail<T>(read: () => T, fail: Fail): T {
  try {
    return read();
  } catch (e) {
    return fail((e as Error).message);
  }
}

/** writeAtomic, or the command fails naming the file and why it could not be written. */
export function writeOrFail(file: string, data: string, fail: Fail): void {
  try {
    writeAtomic(file, data);
  } catch (e) {
    fail(`${file}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
