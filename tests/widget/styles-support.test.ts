import { expect } from '@open-wc/testing';
import { styles } from '../../src/widget/common/styles.js';

/**
 * The widget's one stylesheet, as this engine reads it (issue 18): an engine silently drops a
 * declaration, a selector or a media query it does not understand, so each is checked here with
 * the engine's own parser (CSS.supports, matchMedia). WebKit, for one, dropped
 * `text-decoration: underline dotted`.
 */

/** The stylesheet's source text, comments removed. */
const source = styles.cssText.replace(/\/\*[\s\S]*?\*\//g, '');

/** Every rule prelude (selector or at-rule) and every declaration, in order. */
function parts(): { preludes: string[]; declarations: [string, string][] } {
  const preludes: string[] = [];
  const declarations: [string, string][] = [];
  for (const [, text, end] of source.matchAll(/([^{};]+)([{};])/g)) {
    const item = text!.trim();
    if (!item) continue;
    if (end === '{') preludes.push(item);
    else {
      const colon = item.indexOf(':');
      if (colon > 0) declarations.push([item.slice(0, colon).trim(), item.slice(colon + 1).replace(/\s*!important$/, '').trim()]);
    }
  }
  return { preludes, declarations };
}

/** Each `name(…)` call in `text`, parentheses balanced. */
function calls(text: string, name: string): string[] {
  const found: string[] = [];
  for (let at = text.indexOf(`${name}(`); at >= 0; at = text.indexOf(`${name}(`, at + 1)) {
    let depth = 0;
    let end = at + name.length;
    do depth += text[end] === '(' ? 1 : text[end] === ')' ? -1 : 0;
    while (depth > 0 && ++end < text.length);
    found.push(text.slice(at, end + 1));
  }
  return found;
}

describe('the widget stylesheet in this engine', () => {
  const { preludes, declarations } = parts();

  it('understands every declaration', () => {
    expect(declarations.length, 'declarations found').to.be.greaterThan(50);
    // Custom properties take any value; what they hold is checked where it is a colour, below.
    const dropped = declarations.filter(([property, value]) => !property.startsWith('--') && !CSS.supports(property, value));
    expect(dropped.map(([p, v]) => `${p}: ${v}`)).to.deep.equal([]);
  });

  it('understands every colour mixed in a custom property', () => {
    const mixes = calls(source, 'color-mix');
    expect(mixes, 'color-mix() calls').to.not.be.empty;
    expect(mixes.filter((mix) => !CSS.supports('color', mix))).to.deep.equal([]);
  });

  it('understands every selector and media query', () => {
    const selectors = preludes.filter((p) => !p.startsWith('@') && !/^(from|to|\d+%)$/.test(p)).flatMap((p) => p.split(/,(?![^(]*\))/).map((s) => s.trim()));
    expect(selectors.length, 'selectors found').to.be.greaterThan(20);
    expect(selectors.filter((s) => !CSS.supports(`selector(${s})`))).to.deep.equal([]);
    const queries = preludes.filter((p) => p.startsWith('@media')).map((p) => p.slice('@media'.length).trim());
    expect(queries, 'media queries').to.not.be.empty;
    expect(queries.filter((q) => matchMedia(q).media === 'not all')).to.deep.equal([]);
  });
});
