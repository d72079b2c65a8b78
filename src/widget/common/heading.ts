import { html, nothing, type TemplateResult } from 'lit';

/** Clamp an arbitrary value to a heading level 1–6; anything invalid becomes `fallback`. */
export function clampLevel(value: unknown, fallback = 2): number {
  const n = Number(value);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(6, Math.max(1, Math.round(n)));
}

/**
 * The strings of html`<hN id=${…} part=${…} class=${…}>${…}</hN>` for each level N, made once
 * (Lit knows a template by the identity of its strings). This is what `lit/static-html.js` does,
 * for the one thing that varies here, a digit 1–6 from `clampLevel`; Lit requires the `raw`
 * property a tagged template's strings have.
 */
const templates: TemplateStringsArray[] = [];

/**
 * A real `<h1>`–`<h6>` element at a runtime level (deeper levels clamp to 6), so each element can
 * slot into the host page's outline (`heading-level`) or into `<story-briefing>`'s.
 */
export function heading(
  level: number,
  content: unknown,
  cls: string,
  // `nothing` leaves the attribute out.
  id: unknown = nothing,
  part: unknown = nothing,
): TemplateResult {
  const n = clampLevel(level);
  const strings = [`<h${n} id=`, ' part=', ' class=', '>', `</h${n}>`];
  return html((templates[n] ??= Object.assign(strings, { raw: strings })), id, part, cls, content);
}
