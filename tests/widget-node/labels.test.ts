import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { english, LANGUAGES } from '../../src/widget/common/labels.js';

const dir = new URL('../../src/widget/common/labels/', import.meta.url);
const shape = (labels: object) => Object.entries(labels).map(([key, value]) => [key, Array.isArray(value) ? 'pair' : typeof value]).sort();

describe('label packs', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('one file per language the widget offers', () => {
    expect(files.map((f) => f.replace('.json', '')).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(files)('%s has every English key, of the same kind, and no other', (file) => {
    const pack = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as object;
    expect(shape(pack)).toEqual(shape(english));
    // Pairs may have an empty half ("Positionen von " + name + "").
    for (const value of Object.values(pack)) if (!Array.isArray(value)) expect(String(value).trim()).not.toBe('');
  });
});
