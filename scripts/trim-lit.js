// A Vite plugin for the plain classic script (dist/story-briefing.js), which neither hydrates nor
// runs under the old Shady DOM polyfills: takes out of Lit the calls that let those plug in
// (`litElementHydrateSupport`, `*PolyfillSupport`) and the version stamps Lit's development build
// reads to warn about two copies on a page (`*Versions`). Worth about 70 bytes gzip of the budget.
// Warns when Lit's code no longer matches, so a Lit upgrade cannot drop the saving unnoticed (the
// size test fails). The hydrating script keeps all of it (it needs the hydration hook).

const cuts = {
  'lit-element/lit-element.js': [
    /,\w+\.litElementHydrateSupport\?\.\(\{LitElement:\w+\}\)/,
    /const \w+=\w+\.litElementPolyfillSupport;\w+\?\.\(\{LitElement:\w+\}\);/,
    /\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[\d.]+"\);/,
  ],
  '@lit/reactive-element/reactive-element.js': [
    /,\w+=\w+\.reactiveElementPolyfillSupport/,
    /,\w+\?\.\(\{ReactiveElement:\w+\}\),\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/,
  ],
  'lit-html/lit-html.js': [/,\w+=\w+\.litHtmlPolyfillSupport;\w+\?\.\(\w+,\w+\),\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\)/],
};

export default function trimLit() {
  return {
    name: 'trim-lit',
    transform(code, id) {
      const file = Object.keys(cuts).find((name) => id.replaceAll('\\', '/').endsWith(`/node_modules/${name}`));
      if (!file) return null;
      let out = code;
      for (const pattern of cuts[file]) {
        if (!pattern.test(out)) this.warn(`Lit's ${file} changed: ${pattern} not found`);
        out = out.replace(pattern, '');
      }
      return { code: out, map: null };
    },
  };
}
