import { html, nothing, type TemplateResult } from 'lit';

/** Clamp an arbitrary value to a heading level 1–6; anything invalid becomes `fallback`. */
export function clampLevel(value: unknown, fallback = 2): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(6, Math.max(1, Math.round(n)));
}

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
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 id=${id} part=${part} class=${cls}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part} class=${cls}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${cls}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${cls}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${cls}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} class=${cls}>${content}</h6>`;
  }
}
