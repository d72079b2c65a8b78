// The embed-code configurator: the form's choices become a snippet (shown as text, never parsed
// as HTML) and a live <story-briefing> built with DOM calls, so the page needs no inline script.
import { fallbackFor } from './fallback.js';

const form = document.getElementById('options');
const snippet = document.getElementById('snippet');
const preview = document.getElementById('preview');
const status = document.getElementById('copied');
const scriptUrl = new URL('/dist/story-briefing.js', location.href).href;
const briefingUrl = '/dist/briefings/seeds.json';
/** The briefing, for the snippet's no-JavaScript fallback (its title, summary and sources). */
let briefing;

/** The attributes chosen in the form, defaults left out so the snippet stays short. */
function chosen() {
  const data = new FormData(form);
  const attributes = { src: briefingUrl };
  const sections = data.getAll('section');
  if (sections.length && sections.length < 4) attributes.sections = sections.join(' ');
  if (data.get('layout') !== 'grid') attributes.layout = data.get('layout');
  if (data.get('theme') !== 'auto') attributes.theme = data.get('theme');
  if (data.get('lang') !== 'en') attributes.lang = data.get('lang');
  if (data.get('evidence')) attributes['show-evidence'] = '';
  return { attributes, accent: data.get('accent'), fallback: Boolean(data.get('fallback')) };
}

const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update() {
  const { attributes, accent, fallback } = chosen();
  const attrs = Object.entries(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`))
    .join('');
  snippet.textContent =
    `<script src="${scriptUrl}"></script>\n` +
    `<style>story-briefing { --briefing-color-accent: ${accent}; }</style>\n` +
    `<story-briefing${attrs}>${fallback && briefing ? `\n  ${fallbackFor(briefing).outerHTML}\n` : ''}</story-briefing>`;

  const el = document.createElement('story-briefing');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('loading', 'eager');
  el.style.setProperty('--briefing-color-accent', accent);
  preview.replaceChildren(el);
}

form.addEventListener('input', update);
document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.textContent);
    status.textContent = 'Copied.';
  } catch {
    status.textContent = 'Select the snippet and copy it (the clipboard is not available here).';
  }
});
update();
fetch(briefingUrl)
  .then((response) => (response.ok ? response.json() : undefined))
  .then((value) => {
    briefing = value;
    update();
  })
  .catch(() => {});
