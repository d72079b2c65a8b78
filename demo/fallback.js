// The no-JavaScript fallback of an embed snippet: what a reader without JavaScript, a crawler
// or a feed reader sees inside <story-briefing> until (or instead of) the script rendering it.
// The element shows no light DOM once upgraded, so the fallback disappears as the cards arrive.
// Built with DOM calls from the untrusted briefing (text only; only http(s) links), then
// serialised by the browser, which escapes it.

/** An absolute http(s) URL, or undefined. */
function httpUrl(value) {
  try {
    const url = new URL(String(value).trim());
    return typeof value === 'string' && /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const text = (value) => (typeof value === 'string' ? value : '');

/**
 * `<div class="briefing-fallback">`: the title, the summary and the sources (linked when they
 * have an http(s) URL). For the whole briefing as fallback, paste `npx briefing render`'s output.
 */
export function fallbackFor(briefing, doc = document) {
  const el = (name, content) => {
    const node = doc.createElement(name);
    if (content !== undefined) node.textContent = content;
    return node;
  };
  const box = el('div');
  box.className = 'briefing-fallback';
  if (text(briefing?.title)) {
    const title = box.appendChild(el('p'));
    title.append(el('strong', briefing.title));
  }
  if (text(briefing?.summary?.text)) box.append(el('p', briefing.summary.text));
  const sources = Array.isArray(briefing?.sources) ? briefing.sources.filter((s) => s && typeof s === 'object') : [];
  if (sources.length) {
    const list = el('ul');
    for (const source of sources) {
      const name = [text(source.publisher), text(source.title)].filter(Boolean).join(': ') || text(source.id);
      const href = httpUrl(source.url);
      const item = el('li');
      if (href) {
        const link = item.appendChild(el('a', name));
        link.href = href;
      } else item.textContent = name;
      list.append(item);
    }
    box.append(el('p', sources.length === 1 ? 'Source:' : 'Sources:'), list);
  }
  return box;
}
