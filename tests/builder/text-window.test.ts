// The characters around a span (text/window.ts).
import { describe, expect, it } from 'vitest';
import { textAfter, textBefore } from '../../src/builder/text/window.js';

describe('textBefore and textAfter', () => {
  const text = 'Mayor Ana Ruiz said the pier would reopen.';
  const name = { start: 6, end: 14 }; // "Ana Ruiz"
  it('read the width asked for on each side', () => {
    expect(textBefore(text, name, 6)).toBe('Mayor ');
    expect(textAfter(text, name, 5)).toBe(' said');
  });
  it('read what there is near either end of the text', () => {
    expect(textBefore(text, name, 40)).toBe('Mayor ');
    expect(textAfter(text, { end: text.length - 3 }, 40)).toBe('en.');
  });
});
