// A Vite plugin for the embed build: squeezes the whitespace and comments out of the widget's
// Lit `css` and `html` template literals, which the JS minifier leaves untouched (they are strings
// to it). Worth about 0.5 KB gzip of the 12 KB budget, without a dependency.
//
// Only the literal text of each template changes, never its `${…}` expressions; the scanner
// follows nested templates, strings and braces inside expressions to find where each ends.

/** CSS: no comments, one space where there was any whitespace, none around punctuation. */
export const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>+*]) ?/g, '$1')
    .replace(/='([\w-]+)'\]/g, '=$1]')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/([^\w.-])0\.(\d)/g, '$1.$2');

/**
 * HTML: whitespace that contains a line break is layout of the source, not content: none at the
 * edges of a template's chunk of literal text next to a tag, one space elsewhere (which renders
 * as the original run did). The widget's templates never break a line inside inline text.
 */
export const minifyHtml = (text) =>
  text
    .replace(/^\s*\n\s*(?=<)|(>)\s*\n\s*$/g, '$1')
    .replace(/>\s*\n\s*</g, '><')
    .replace(/\s*\n\s*/g, ' ');

/** Rewrite the literal parts of every css`…` and html`…` template in `source`. */
export function minifyTemplates(source) {
  let out = '';
  let i = 0;
  const tag = /\b(css|html)`/g;
  for (let m; (m = tag.exec(source)); ) {
    if (m.index < i) continue;
    const start = m.index + m[0].length;
    out += source.slice(i, start);
    const [body, end] = template(source, start, m[1] === 'css' ? minifyCss : minifyHtml);
    out += body;
    i = end;
    tag.lastIndex = end;
  }
  return out + source.slice(i);
}

/** From just after an opening backtick: the rewritten template up to and including its closing one. */
function template(src, i, minify) {
  let out = '';
  let chunk = '';
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      chunk += src.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      return [out + minify(chunk) + '`', i + 1];
    } else if (c === '$' && src[i + 1] === '{') {
      out += minify(chunk) + '${';
      chunk = '';
      const [expr, end] = expression(src, i + 2);
      out += expr;
      i = end;
    } else {
      chunk += c;
      i++;
    }
  }
  throw new Error('unterminated template literal');
}

/** From just after `${`: the expression (nested templates minified too) up to and including `}`. */
function expression(src, i) {
  let out = '';
  let depth = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '}' && depth === 0) return [out + '}', i + 1];
    if (c === '{') depth++;
    if (c === '}') depth--;
    if (c === "'" || c === '"') {
      const end = stringEnd(src, i);
      out += src.slice(i, end);
      i = end;
    } else if (c === '`') {
      const tagged = /\b(css|html)$/.exec(src.slice(Math.max(0, i - 4), i));
      const [body, end] = template(src, i + 1, tagged ? (tagged[1] === 'css' ? minifyCss : minifyHtml) : (s) => s);
      out += '`' + body;
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  throw new Error('unterminated template expression');
}

function stringEnd(src, i) {
  const quote = src[i];
  for (let j = i + 1; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === quote) return j + 1;
  }
  throw new Error('unterminated string');
}

export default function minifyLitTemplates() {
  return {
    name: 'minify-lit-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/widget\/.*\.ts$/.test(id)) return null;
      return { code: minifyTemplates(code), map: null };
    },
  };
}
