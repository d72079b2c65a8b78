import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain JS script, no type declarations
import { manifestUrl, readmeUrl, renderApi, withApi } from '../../scripts/api-tables.js';

describe('README widget API tables', () => {
  // The manifest comes from `npm run manifest` (part of `npm run build`, which `npm test` runs first).
  it.skipIf(!existsSync(manifestUrl))('match custom-elements.json (regenerate with `npm run docs`)', () => {
    const readme = readFileSync(readmeUrl, 'utf8');
    const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8'));
    expect(readme).toBe(withApi(readme, renderApi(manifest)));
  });
});
