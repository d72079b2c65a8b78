// Which of the repository's files an article page on another origin may read, and the header that
// lets it: the embed fetches the briefing and its label packs with `fetch`, and a module script is
// fetched in CORS mode too, so a host must send `Access-Control-Allow-Origin` on those (the README,
// "On another origin"). They are public and fetched without credentials, so `*` is right. Nothing
// else is shared: a dev server that answered every origin would hand any web page the source tree
// of whoever runs it. Used by `npm start` (scripts/start.js) and by the browser tests' server.

/** The embed's own files (the classic script needs no header, but one does no harm), the label packs, the briefings. */
const SHARED = /^\/dist\/(?:story-briefing(?:-hydrate|-remember)?\.m?js|labels\/[a-z]{2,3}\.json|briefings\/[\w.-]+\.json)$/;

/**
 * The headers for a request path: `Access-Control-Allow-Origin: *` for an embed file, none for
 * anything else; on a briefing, its `Briefing-Counts` header (README, "No layout shift") exposed
 * too, which a page on another origin could not read otherwise.
 */
export function embedCorsHeaders(pathname) {
  if (!SHARED.test(pathname)) return {};
  const exposed = pathname.startsWith('/dist/briefings/') ? { 'Access-Control-Expose-Headers': 'Briefing-Counts' } : {};
  return { 'Access-Control-Allow-Origin': '*', ...exposed };
}

/** As connect middleware (Vite's dev server). */
export function embedCorsConnect(req, res, next) {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  for (const [name, value] of Object.entries(embedCorsHeaders(pathname))) res.setHeader(name, value);
  next();
}

/** As Koa middleware (web-test-runner's dev server). */
export async function embedCorsKoa(context, next) {
  context.set(embedCorsHeaders(context.path));
  await next();
}
