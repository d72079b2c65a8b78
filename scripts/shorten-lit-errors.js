// A Vite plugin for the embed builds: shortens the two long messages of Lit's `css` tag, thrown
// only when a page's own code misuses `css`/`CSSResult` (the widget never does: its styles are
// one static css`…` literal). Worth about 120 bytes gzip of the 12 KB budget. Warns when Lit's
// code no longer matches, so a Lit upgrade cannot drop the saving unnoticed (the size test fails).

const messages = [
  [/"CSSResult is not constructable\.[^"]*"/, '"CSSResult: use css"'],
  [/"Value passed to 'css' function must be a 'css' function result: "\+(\w+)\+"[^"]*"/, '"Not a css result: "+$1'],
];

export default function shortenLitErrors() {
  return {
    name: 'shorten-lit-errors',
    transform(code, id) {
      if (!/[\\/]@lit[\\/]reactive-element[\\/]css-tag\.js$/.test(id)) return null;
      let out = code;
      for (const [pattern, replacement] of messages) {
        if (!pattern.test(out)) this.warn(`Lit's css-tag.js changed: ${pattern} not found`);
        out = out.replace(pattern, replacement);
      }
      return { code: out, map: null };
    },
  };
}
