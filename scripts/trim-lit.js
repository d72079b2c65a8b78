// A Vite plugin for the plain classic script (dist/story-briefing.js), which neither hydrates nor
// runs under the old Shady DOM polyfills, and whose own code is all Lit ever renders for: takes out
// of Lit what this script cannot reach. Each cut below says why nothing here needs it. Worth about
// 0.8 KB gzip of the budget. Warns when Lit's code no longer matches, so a Lit upgrade cannot drop
// a saving unnoticed (the size test fails). The hydrating script and the ES module (which pages
// import and may extend) keep all of Lit.

/** [pattern, replacement] pairs per Lit module, applied in order. */
const cuts = {
  // Every engine this script runs in adopts constructed stylesheets: it needs AbortSignal.any to
  // fetch a briefing (Chromium 116, Firefox 124, Safari 17.4), and all of them have them. So no
  // `<style>` elements in the shadow roots (nor `window.litNonce` for them) as a fallback.
  '@lit/reactive-element/css-tag.js': [
    [/(\w+)=\w+\.ShadowRoot&&\(void 0===\w+\.ShadyCSS\|\|\w+\.ShadyCSS\.nativeShadow\)&&"adoptedStyleSheets"in Document\.prototype&&"replace"in CSSStyleSheet\.prototype/, '$1=!0'],
  ],
  '@lit/reactive-element/reactive-element.js': [
    // The hook for the Shady DOM polyfills, and the version stamp Lit's development build reads to
    // warn about two copies of Lit on a page.
    [/,\w+=\w+\.reactiveElementPolyfillSupport/, ''],
    [/,\w+\?\.\(\{ReactiveElement:\w+\}\),\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, ''],
    // Decorators: the elements declare their properties in `static properties`, and the script
    // exports no class a page could decorate (standard decorators' metadata, `addInitializer`).
    [/Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap;/, ''],
    [/const (\w+)=this\[Symbol\.metadata\];if\(null!==\1\)\{const (\w+)=litPropertyMetadata\.get\(\1\);if\(void 0!==\2\)for\(const\[(\w+),(\w+)\]of \2\)this\.elementProperties\.set\(\3,\4\)\}/, ''],
    [/static addInitializer\((\w+)\)\{this\._\$Ei\(\),\(this\.l\?\?=\[\]\)\.push\(\1\)\}/, ''],
    [/void 0!==(\w+)\.l&&\(this\.l=\[\.\.\.\1\.l\]\),/, ''],
    [/,this\.constructor\.l\?\.forEach\((\w+)=>\1\(this\)\)/, ''],
    // Attribute conversions for types no property has: the reflected properties (`theme`,
    // `layout`) are strings, and no attribute holds an Object or an Array.
    [/switch\((\w+)\)\{case Boolean:(\w+)=\2\?\w+:null;break;case Object:case Array:\2=null==\2\?\2:JSON\.stringify\(\2\)\}/, ''],
    [/case Object:case Array:try\{(\w+)=JSON\.parse\(\w+\)\}catch\(\w+\)\{\1=null\}/, ''],
    [/,\w+=\w+\.trustedTypes,\w+=\w+\?\w+\.emptyScript:""/, ''],
    // `useDefault` (a property option no property uses: an attribute's removal restores its default).
    [/\|\|\w+\.useDefault&&\w+\.reflect&&\w+===this\._\$Ej\?\.get\(\w+\)&&!this\.hasAttribute\(\w+\._\$Eu\(\w+,\w+\)\)/, ''],
    [/\w+&&!\(this\._\$Ej\?\?=new Map\)\.has\((\w+)\)&&\(this\._\$Ej\.set\(\1,\w+\?\?\w+\?\?this\[\1\]\),!0!==\w+\|\|void 0!==\w+\)\|\|/, ''],
    [/(this\[(\w+)\]=(\w+))\?\?this\._\$Ej\?\.get\(\2\)\?\?\3/, '$1'],
    // Closure Compiler's marker for property names it must not rename: a no-op function here.
    [/\b\w\("(elementProperties|finalized|properties)"\)/g, '"$1"'],
  ],
  'lit-element/lit-element.js': [
    [/,\w+\.litElementHydrateSupport\?\.\(\{LitElement:\w+\}\)/, ''],
    [/const \w+=\w+\.litElementPolyfillSupport;\w+\?\.\(\{LitElement:\w+\}\);/, ''],
    [/\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[\d.]+"\);/, ''],
    // Telling parts they are (dis)connected only matters to async directives (none: see below).
    [/this\.hasUpdated\|\|\(this\.renderOptions\.isConnected=this\.isConnected\),/, ''],
    [/connectedCallback\(\)\{super\.connectedCallback\(\),this\._\$Do\?\.setConnected\(!0\)\}disconnectedCallback\(\)\{super\.disconnectedCallback\(\),this\._\$Do\?\.setConnected\(!1\)\}/, ''],
  ],
  'lit-html/lit-html.js': [
    [/,\w+=\w+\.litHtmlPolyfillSupport;\w+\?\.\(\w+,\w+\),\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, ''],
    // The widget's templates are all `html`: no `svg` or `mathml` templates to wrap and unwrap.
    [/(\w+)=2===\w+\?"<svg>":3===\w+\?"<math>":""/, '$1=""'],
    [/\+\(2===\w+\?"<\/svg>":3===\w+\?"<\/math>":""\)/, ''],
    [/if\((this\.el=\w+\.createElement\(\w+,\w+\),\w+\.currentNode=this\.el\.content),2===\w+\|\|3===\w+\)\{const (\w+)=this\.el\.content\.firstChild;\2\.replaceWith\(\.\.\.\2\.childNodes\)\}/, '$1;'],
    // Nor any binding inside <script>, <style>, <textarea> or <title> (raw text, which Lit
    // handles apart), in an element's tag (element parts) or in a comment.
    [/\((\w+)\.test\((\w+)\[2\]\)&&\((\w+)=RegExp\("<\/"\+\2\[2\],"g"\)\),(\w+=\w+)\)/, '$4'],
    [/if\(\w+\.test\((\w+)\.tagName\)\)\{const (\w+)=\1\.textContent\.split\(\w+\),(\w+)=\2\.length-1;if\(\3>0\)\{\1\.textContent=\w+\?\w+\.emptyScript:"";for\(let (\w+)=0;\4<\3;\4\+\+\)\1\.append\(\2\[\4\],\w+\(\)\),\w+\.nextNode\(\),\w+\.push\(\{type:2,index:\+\+\w+\}\);\1\.append\(\2\[\3\],\w+\(\)\)\}\}/, ''],
    [/else (\w+)\.startsWith\(\w+\)&&\(\w+\.push\(\{type:6,index:\w+\}\),\w+\.removeAttribute\(\1\)\)/, ''],
    [/:6===\w+\.type&&\(\w+=new \w+\(\w+,this,\w+\)\)/, ':0'],
    [/else\{let (\w+)=-1;for\(;-1!==\(\1=(\w+)\.data\.indexOf\((\w+),\1\+1\)\);\)\w+\.push\(\{type:7,index:\w+\}\),\1\+=\3\.length-1\}/, ''],
    // Directives: the widget's templates use none, and a briefing's data (JSON) cannot make one.
    // With them go what only directives read: the parts' node getters and connection state.
    // resolveDirective() returns the value as it is, and its calls (`M(this,value,…)`) become the value.
    [/function (\w+)\((\w+),(\w+),\w+=\2,\w+\)\{if\(\3===\w+\)return \3;.*?,\3\}(?=class )/, 'function $1($2,$3){return $3}'],
    [/\bM\(this,(\w+|\w+\[\w+\+\w+\]),\w+(?:,\w+)?\)/g, '$1'],
    [/setConnected\((\w+)\)\{void 0===this\._\$AM&&\(this\._\$Cv=\1,this\._\$AP\?\.\(\1\)\)\}/, ''],
    [/get startNode\(\)\{return this\._\$AA\}get endNode\(\)\{return this\._\$AB\}/, ''],
    [/get tagName\(\)\{return this\.element\.tagName\}/, ''],
    [/get parentNode\(\)\{return this\._\$AM\.parentNode\}/, ''],
    [/get parentNode\(\)\{let (\w+)=this\._\$AA\.parentNode;const (\w+)=this\._\$AM;return void 0!==\2&&11===\1\?\.nodeType&&\(\1=\2\.parentNode\),\1\}/, ''],
    [/get _\$AU\(\)\{return this\._\$AM\?\._\$AU\?\?this\._\$Cv\}/, ''],
    [/get _\$AU\(\)\{return this\._\$AM\._\$AU\}/g, ''],
    [/,this\._\$Cv=\w+\?\.isConnected\?\?!0/, ''],
    [/this\._\$AN=void 0,/g, ''],
    [/this\._\$AP\?\.\(!1,!0,\w+\)/, ''],
    // A part's `type` (for directives): the subclasses' constructors only set it.
    [/this\.type=[12],/g, ''],
    [/constructor\(\)\{super\(\.\.\.arguments\),this\.type=[34]\}/g, ''],
    [/constructor\((\w+),(\w+),(\w+),(\w+),(\w+)\)\{super\(\1,\2,\3,\4,\5\),this\.type=5\}/, ''],
    // The ShadyDOM wrapper of a node, which is the node itself without the polyfill.
    [/const (\w+)=(\w+)\((\w+)\)\.nextSibling;\2\(\3\)\.remove\(\)/, 'const $1=$3.nextSibling;$3.remove()'],
  ],
};

export default function trimLit() {
  return {
    name: 'trim-lit',
    transform(code, id) {
      const file = Object.keys(cuts).find((name) => id.replaceAll('\\', '/').endsWith(`/node_modules/${name}`));
      if (!file) return null;
      let out = code;
      for (const [pattern, replacement] of cuts[file]) {
        if (!pattern.test(out)) this.warn(`Lit's ${file} changed: ${pattern} not found`);
        out = out.replace(pattern, replacement);
      }
      return { code: out, map: null };
    },
  };
}
