// The few characters right around a span of a text (a mention, a name): what the rules read to
// tell what the span is ("the | Harbor Board", "Ruiz | said"), each at the width it needs.

/** The `width` characters of `text` before `span`, or as many as there are. */
export const textBefore = (text: string, span: { start: number }, width: number): string => text.slice(Math.max(0, span.start - width), span.start);
/** The `width` characters of `text` after `span`, or as many as there are. */
export const textAfter = (text: string, span: { end: number }, width: number): string => text.slice(span.end, span.end + width);
