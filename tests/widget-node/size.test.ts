import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The budget for the classic-script embed, Lit included: issue 5's 12 KB, plus 0.5 KB for
 * issue 6's hardening (fetch timeout and size limit, error reasons, shape and reference checks
 * of briefing files), which the features of issue 5 left no room for.
 */
const BUDGET = 12.5 * 1024;
const bundle = new URL('../../dist/story-briefing.js', import.meta.url);

describe('embed size', () => {
  // `npm test` builds first; run alone, build with `npm run build`.
  it.skipIf(!existsSync(bundle))(`dist/story-briefing.js is at most ${BUDGET} bytes gzipped`, () => {
    const size = gzipSync(readFileSync(bundle), { level: 9 }).length;
    expect(size, `${size} bytes gzipped`).toBeLessThanOrEqual(BUDGET);
  });
});
