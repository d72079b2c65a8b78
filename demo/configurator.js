// The embed-code configurator: the form's choices become a snippet and a CSS rule (shown as
// text, never parsed as HTML) and a live <story-briefing> built with DOM calls, so the page needs
// no inline script. The snippet has no inline <style>: under a strict Content-Security-Policy
// that would be blocked, so an accent of one's own is a rule for the site's own stylesheet. By
// default there is none: the widget's own accent follows the theme, readable in each (one colour
// cannot be: the old default, #8a1c1c, had 2:1 on dark).
import { fallbackFor } from './fallback.js';

const form = document.getElementById('options');
const snippet = document.getElementById('snippet');
const cssOut = document.getElementById('css');
const cssBox = document.getElementById('css-box');
const preview = document.getElementById('preview');
const status = document.getElementById('copied');
const contrast = document.getElementById('contrast');
const scriptUrl = new URL('/dist/story-briefing.js', location.href).href;
// Absolute, so the snippet works pasted into a page on another origin.
form.elements.src.value = new URL('/dist/briefings/seeds.json', location.href).href;
/** The briefing at the chosen URL, for the snippet's no-JavaScript fallback (its title, summary and sources). */
let briefing;
let fetched;

/** The attributes chosen in the form, defaults left out so the snippet stays short. */
function chosen() {
  const data = new FormData(form);
  const attributes = { src: String(data.get('src')).trim() };
  const sections = data.getAll('section');
  // All of them is the default; none means all too.
  if (sections.length && sections.length < form.querySelectorAll('[name="section"]').length) attributes.sections = sections.join(' ');
  if (data.get('layout') !== 'grid') attributes.layout = data.get('layout');
  if (data.get('theme') !== 'auto') attributes.theme = data.get('theme');
  if (data.get('lang') !== 'en') attributes.lang = data.get('lang');
  if (data.get('evidence')) attributes['show-evidence'] = '';
  return { attributes, accent: data.get('own-accent') ? data.get('accent') : undefined, fallback: Boolean(data.get('fallback')) };
}

const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** WCAG relative luminance of an `rgb(…)` colour. */
function luminance(rgb) {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const ratio = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

const transparent = (colour) => /rgba\(.*, 0\)$|transparent/.test(colour);

/** The accent against the background it will sit on in the preview; a warning under 4.5:1. */
function checkContrast(el, accent) {
  let node = el;
  let background = getComputedStyle(node).backgroundColor;
  while (transparent(background) && node.parentElement) {
    node = node.parentElement;
    background = getComputedStyle(node).backgroundColor;
  }
  const probe = document.createElement('span');
  probe.style.color = accent;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  const r = ratio(colour, transparent(background) ? 'rgb(255, 255, 255)' : background);
  contrast.textContent =
    r < 4.5
      ? `The accent has a contrast of ${r.toFixed(1)}:1 against this theme's background; links and labels need 4.5:1. Choose a ${luminance(colour) > 0.18 ? 'darker' : 'lighter'} colour.`
      : '';
}

function update() {
  const { attributes, accent, fallback } = chosen();
  if (attributes.src !== fetched) load(attributes.src);
  const attrs = Object.entries(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`))
    .join('');
  snippet.textContent =
    `<script src="${scriptUrl}"></script>\n` +
    `<story-briefing${attrs}>${fallback && briefing ? `\n  ${fallbackFor(briefing).outerHTML}\n` : ''}</story-briefing>`;
  cssOut.textContent = accent ? `story-briefing {\n  --briefing-color-accent: ${accent};\n}` : '';
  cssBox.hidden = !accent;

  const el = document.createElement('story-briefing');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('loading', 'eager');
  // CSSOM, which the page's CSP allows, unlike inline style attributes.
  if (accent) el.style.setProperty('--briefing-color-accent', accent);
  preview.replaceChildren(el);
  if (accent) checkContrast(el, accent);
  else contrast.textContent = '';
}

/** Fetch the briefing at `src` for the fallback (none when it cannot be had). */
function load(src) {
  fetched = src;
  briefing = undefined;
  fetch(src)
    .then((response) => (response.ok ? response.json() : undefined))
    .then((value) => {
      if (fetched !== src) return;
      briefing = value;
      update();
    })
    .catch(() => {});
}

form.addEventListener('input', (e) => {
  // Choosing a colour means wanting it.
  if (e.target === form.elements.accent) form.elements['own-accent'].checked = true;
  update();
});
document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(cssOut.textContent ? `${snippet.textContent}\n\n/* CSS */\n${cssOut.textContent}` : snippet.textContent);
    status.textContent = 'Copied.';
  } catch {
    status.textContent = 'Select the snippet and copy it (the clipboard is not available here).';
  }
});
update();
