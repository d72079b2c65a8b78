export function fallbackFor(briefing: unknown, doc?: Document): HTMLDivElement;
