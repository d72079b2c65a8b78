/** A whole HTML document around a rendered briefing, for `briefing render --page`. */

/** Text for HTML content and attribute values. */
const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface PageOptions {
  title: string;
  lang: string;
  /** URL of the embed with hydration support, loaded with `defer` (after the element is parsed). */
  script?: string;
}

export function standalonePage(fragment: string, { title, lang, script }: PageOptions): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${script ? `<script defer src="${escapeHtml(script)}"></script>\n` : ''}</head>
<body>
${fragment}</body>
</html>
`;
}
