// Lines of a JSONL file as a stream of bytes, so that neither a huge line nor invalid UTF-8
// slips through: readline would buffer a line of any length and silently replace bad bytes.
import fs from 'node:fs';

export type Line = { lineNo: number; text: string } | { lineNo: number; error: string };

/** Yields each line (without its "\n" or "\r\n"), or an error for one too long or not UTF-8. */
export async function* readLines(file: string, maxBytes: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let lineNo = 0;
  const finish = (): Line => {
    lineNo++;
    const bytes = Buffer.concat(parts, size);
    parts = [];
    size = 0;
    if (tooLong) {
      tooLong = false;
      return { lineNo, error: `longer than the limit of ${Math.round(maxBytes / 1024)} kB` };
    }
    try {
      return { lineNo, text: decoder.decode(bytes).replace(/\r$/, '') };
    } catch {
      return { lineNo, error: 'not UTF-8 text' };
    }
  };
  const keep = (chunk: Buffer) => {
    if (tooLong) return;
    if (size + chunk.length > maxBytes) {
      // Drop what was gathered: the line is reported, never parsed.
      tooLong = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(chunk);
    size += chunk.length;
  };
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      keep(chunk.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    if (start < chunk.length) keep(chunk.subarray(start));
  }
  if (size > 0 || tooLong) yield finish();
}
