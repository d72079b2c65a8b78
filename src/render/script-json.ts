/**
 * JSON for the text of a `<script>` data block (`application/json`, `application/ld+json`).
 * Every `<` is written as `\u003c`, which JSON reads back as the same character, so no string in
 * a briefing can end the element (`</script`) or open a comment that swallows it (`<!--`).
 */
export const scriptJson = (value: unknown, indent?: number): string =>
  JSON.stringify(value, null, indent).replace(/</g, '\\u003c');
