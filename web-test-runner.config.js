import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { embedCorsKoa } from './scripts/embed-cors.js';
import { webkitLauncher } from './scripts/webkit-launcher.js';

// Groups override `--files`, so a run of a few files narrows them here: WTR_FILES=tests/widget/x.test.ts.
const files = process.env.WTR_FILES ?? 'tests/widget/**/*.test.ts';
const ownBundle = ['!tests/widget/bundle.test.ts', '!tests/widget/demo-cls.test.ts', '!tests/widget/ssr.test.ts', '!tests/widget/configurator.test.ts'];

/**
 * The modules test files import to register the elements, and what stands in for them when the
 * tests run against a built bundle. Type-only imports vanish in compilation; fetch-briefing.js
 * (whose fetchBriefing hardening.test.ts calls directly, with a short timeout) stays the source.
 */
const entries = [
  'index',
  'story-briefing/story-briefing',
  'briefing-summary/briefing-summary',
  'briefing-timeline/briefing-timeline',
  'briefing-actors/briefing-actors',
  'briefing-positions/briefing-positions',
  'briefing-questions/briefing-questions',
];

/**
 * The test page with an import map sending every element import to `bundle`. The classic script
 * is also loaded as one first, as pages do: it finds its label packs from its own URL, which only
 * a classic script knows (imported again as a module, it registers nothing twice).
 */
const againstBundle = (bundle) => (testFramework) => `<!doctype html>
<html lang="en">
  <head>
    ${bundle.endsWith('.js') ? `<script src="${bundle}"></script>` : ''}
    <script type="importmap">${JSON.stringify({
      // The dev server rewrites the tests' `.js` imports of TypeScript sources to `.ts`.
      imports: Object.fromEntries(entries.flatMap((entry) => ['js', 'ts'].map((ext) => [`/src/widget/${entry}.${ext}`, bundle]))),
    })}</script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;

/**
 * The demo page (demo-cls.test.ts) fetches dist/briefings/seeds.json, which `npm start` builds
 * from seeds/; without it, the tests' fixture briefing stands in. It arrives after 300 ms, as over
 * a network: the page is painted with the skeletons first, so a shift would show. Like `npm start`,
 * it comes with its `Briefing-Counts` header (once the Node side is built).
 */
const demoBriefing = {
  name: 'demo-briefing',
  async serve(context) {
    if (context.path !== '/dist/briefings/seeds.json') return undefined;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const file = existsSync('dist/briefings/seeds.json') ? 'dist/briefings/seeds.json' : 'tests/widget/fixtures/briefing.json';
    const body = readFileSync(file, 'utf8');
    const node = new URL('./dist/node/counts.js', import.meta.url);
    const headers = existsSync(node) ? { 'Briefing-Counts': (await import(node.href)).countsHeader(JSON.parse(body)) } : undefined;
    return { body, type: 'json', headers };
  },
};

/**
 * The fixture briefing as `briefing render --page` writes it, for ssr.test.ts (every engine's
 * parsing of the declarative shadow roots, and hydration in place): /__rendered/page.html, its
 * labels in English or in the language of `?lang=`. Its two sources with URLs the builder would
 * never write (`javascript:`, padded) are left without one, as the renderer refuses them. 404
 * until the CLI is built.
 */
const renderedBriefing = {
  name: 'rendered-briefing',
  async serve(context) {
    if (context.path !== '/__rendered/page.html' || !existsSync('dist/node/cli.js')) return undefined;
    const briefing = JSON.parse(readFileSync('tests/widget/fixtures/briefing.json', 'utf8'));
    for (const source of briefing.sources) if (!/^https?:\/\/\S+$/.test(source.url ?? '')) delete source.url;
    const dir = mkdtempSync(join(tmpdir(), 'briefing-render-'));
    try {
      writeFileSync(join(dir, 'briefing.json'), JSON.stringify(briefing));
      const lang = context.URL.searchParams.get('lang') ?? 'en';
      const { stdout } = await promisify(execFile)(process.execPath, ['bin/briefing.js', 'render', join(dir, 'briefing.json'), '--page', '--lang', lang]);
      return { body: stdout, type: 'html' };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/**
 * A newsroom's article page, for configurator.test.ts, which reaches it by another host name than
 * its own (127.0.0.1 for localhost): another origin. /__newsroom/page.html?snippet=…&css=…&script-origin=…
 * is an article with the snippet pasted into it, the CSS as the site's own stylesheet
 * (/__newsroom/site.css?css=…), under `Content-Security-Policy: default-src 'self' <script origin>`,
 * and tests/widget/fixtures/newsroom-probe.js reporting what happened.
 */
const newsroomPage = {
  name: 'newsroom-page',
  serve(context) {
    const query = context.URL.searchParams;
    if (context.path === '/__newsroom/site.css') return { body: query.get('css') ?? '', type: 'css' };
    if (context.path !== '/__newsroom/page.html') return undefined;
    const scriptOrigin = new URL(query.get('script-origin') ?? '').origin;
    const css = query.get('css') ? `<link rel="stylesheet" href="/__newsroom/site.css?css=${encodeURIComponent(query.get('css'))}">` : '';
    return {
      type: 'html',
      headers: { 'Content-Security-Policy': `default-src 'self' ${scriptOrigin}` },
      body: `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour dredging halted — The Harbour Gazette</title>
${css}
<script src="/tests/widget/fixtures/newsroom-probe.js"></script>
<script src="/node_modules/axe-core/axe.min.js"></script>
</head>
<body>
<main>
<h1>Harbour dredging halted after quay protest</h1>
<p>Work in the north harbour stopped on Tuesday.</p>
${query.get('snippet') ?? ''}
<p>The council meets again next week.</p>
</main>
</body>
</html>`,
    };
  },
};

/** The system Chromium (never `playwright install`). */
const chromium = playwrightLauncher({
  product: 'chromium',
  concurrency: 1,
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
});

/** Debian's Firefox ESR, headless, driven by puppeteer-core over WebDriver BiDi. */
const firefox = puppeteerLauncher({
  concurrency: 1,
  launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true },
});

/** The engines named in WTR_ENGINES, all three by default. */
function engines() {
  const all = { chromium: () => chromium, firefox: () => firefox, webkit: () => webkitLauncher() };
  const names = (process.env.WTR_ENGINES ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(name in all));
  if (unknown.length) throw new Error(`WTR_ENGINES: unknown engine ${unknown.join(', ')} (known: ${Object.keys(all).join(', ')})`);
  return names.map((name) => all[name]());
}

/**
 * Browser tests for the widget: every file against the sources in Chromium, Firefox and WebKit,
 * then in Chromium against each built file (`npm test` builds first), the classic script loaded
 * as a module (it registers the elements either way).
 */
export default {
  nodeResolve: true,
  // The embed's files may be read from another origin, as `npm start` lets them (configurator.test.ts).
  middleware: [embedCorsKoa],
  plugins: [demoBriefing, renderedBriefing, newsroomPage, esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' })],
  groups: [
    // WTR_ENGINES=chromium (or a comma-separated list) runs the sources in fewer engines.
    { name: 'src', files, browsers: engines() },
    // bundle.test.ts, demo-cls.test.ts and ssr.test.ts load the built embed themselves.
    { name: 'dist-js', files: [files, ...ownBundle], testRunnerHtml: againstBundle('/dist/story-briefing.js') },
    { name: 'dist-mjs', files: [files, ...ownBundle], testRunnerHtml: againstBundle('/dist/story-briefing.mjs') },
  ],
  browsers: [chromium],
  // One engine at a time: on two cores, engines running side by side only slow each other down
  // (a WebKit render timed at 54 ms alone took 217 ms beside the other two).
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 5000 } },
};
