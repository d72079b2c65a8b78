import { describe, expect, it } from 'vitest';
import { safeHref, sourcesOf } from '../../src/widget/common/normalize.js';
import type { Briefing } from '../../src/format/schema.js';

describe('safeHref: only absolute http(s) URLs become links', () => {
  it.each([
    ['https://example.com/a?b=1', 'https://example.com/a?b=1'],
    ['  HTTPS://Example.com/a ', 'https://example.com/a'],
    ['HtTp://example.com', 'http://example.com/'],
  ])('%j → %j', (url, href) => expect(safeHref(url)).toBe(href));

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.com/',
    '/relative/path',
    '//example.com/protocol-relative',
    'example.com',
    'http://',
    '',
    undefined,
    null,
    42,
    ['https://example.com/'],
  ])('%j → no link', (url) => expect(safeHref(url)).toBeUndefined());
});

describe('sourcesOf', () => {
  it('lists the sources of evidence spans once each, in first-seen order, unknown ids by id', () => {
    const briefing = { sources: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }] } as Briefing;
    const spans = ['b', 'a', 'b', 'x'].map((source) => ({ source, start: 0, end: 1, text: 't' }));
    expect(sourcesOf(briefing, spans)).toEqual([{ id: 'b', title: 'B' }, { id: 'a', title: 'A' }, { id: 'x', title: 'x' }]);
  });
});
