import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The budget for the classic-script embed, Lit included, measured as gzip level 9 of
 * dist/story-briefing.js: issue 5's 12 KB, raised to 14 KB by issue 17 to leave room for what a
 * newsroom needs around the cards (labels in six languages, source lists, the timeline, review
 * labels and update badges asked for elsewhere).
 */
// Issue 17 asked for 14 KB (14,336 bytes). The embed is 14,148 bytes, Lit about 3.9 KB of it and the
// stylesheet 1.6 KB, after what could go without losing a feature went: hydration code the plain
// embed kept, no-op CSS, a second date formatter, long internal names, repeated section markup,
// the parts of Lit this script cannot reach (trim-lit.js: polyfill hooks and version stamps, then
// decorators, directives, svg templates and the `<style>` fallback, 1,077 bytes more), a second
// minifying pass (terser-pass.js),
// and `remember` (off by default) loaded on demand. The budget is the real size, rounded up to
// 128 bytes.
const BUDGET = 111 * 128;
const bundle = new URL('../../dist/story-briefing.js', import.meta.url);

describe('embed size', () => {
  // `npm test` builds first; run alone, build with `npm run build`.
  it.skipIf(!existsSync(bundle))(`dist/story-briefing.js is at most ${BUDGET} bytes gzipped`, () => {
    const size = gzipSync(readFileSync(bundle), { level: 9 }).length;
    expect(size, `${size} bytes gzipped`).toBeLessThanOrEqual(BUDGET);
  });
});
