/**
 * The classic script for pages with server-rendered briefings (`briefing render`):
 * dist/story-briefing-hydrate.js. Lit's hydration support must run before Lit itself, so it is
 * imported first; elements without a declarative shadow root render as with the plain embed.
 * A separate file because it costs about 2 KB gzipped that pages without rendered HTML need not pay.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './index.js';
