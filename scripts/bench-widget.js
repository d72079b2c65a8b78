// The widget's budgets, measured in the system Chromium (`npm run bench` runs this last):
// gzip size of the classic-script embed, time to render the seeds briefing once its data has
// arrived, time to render a 300-actor / 1,500-position / 200-question briefing, and the
// cumulative layout shift of the demo page while its two embeds load.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bundle = path.join(root, 'dist/story-briefing.js');
if (!fs.existsSync(bundle)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

// The demo fetches dist/briefings/seeds.json; build it when missing (as `npm start` does).
const seeds = path.join(root, 'dist/briefings/seeds.json');
if (!fs.existsSync(seeds)) {
  execFileSync(process.execPath, [path.join(root, 'bin/briefing.js'), 'build', 'seeds', '-o', seeds], { cwd: root });
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  // An empty page on the same origin, for the render timings.
  if (url.pathname === '/__bench') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>bench</title>');
  let file = path.join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(root)) return void res.writeHead(403).end();
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** Median milliseconds from setting `data` to the whole tree rendered and laid out. */
async function renderTime(page, data, runs = 7) {
  return page.evaluate(
    async ({ data, runs }) => {
      const times = [];
      for (let i = 0; i < runs; i++) {
        const el = document.createElement('story-briefing');
        document.body.append(el);
        const start = performance.now();
        el.data = structuredClone(data);
        await el.updateComplete;
        for (const child of el.shadowRoot.querySelectorAll('*')) await child.updateComplete;
        void document.body.offsetHeight;
        times.push(performance.now() - start);
        el.remove();
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)];
    },
    { data, runs },
  );
}

function big(actors, positions, questions) {
  const span = (i) => ({ source: `s${i % 20}`, start: 0, end: 10, text: `Evidence ${i}` });
  return {
    version: 1,
    id: 'big',
    title: 'A very large story',
    generator: { name: 'bench', version: '0' },
    summary: { text: 'Summary.', evidence: [span(0)] },
    keyPoints: [],
    sources: Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, title: `Source ${i}`, url: `https://example.com/${i}` })),
    actors: Array.from({ length: actors }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, aliases: [], type: 'person', role: 'Role', salience: 0.5, mentions: 2, sources: [`s${i % 20}`] })),
    positions: Array.from({ length: positions }, (_, i) => ({ id: `p${i}`, actor: `a${i % actors}`, text: `Claim ${i}.`, quote: `Quote ${i}`, kind: 'direct', evidence: [span(i), span(i + 1)] })),
    questions: Array.from({ length: questions }, (_, i) => ({ id: `q${i}`, text: `Question ${i}?`, kind: 'disputed', actors: [`a${i % actors}`], evidence: [span(i)] })),
    resolved: [],
  };
}

try {
  const gzip = gzipSync(fs.readFileSync(bundle), { level: 9 }).length;
  console.log(`embed (dist/story-briefing.js): ${(gzip / 1024).toFixed(2)} KB gzip (${gzip} bytes; budget 12 KB)`);

  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${origin}/__bench`);
  await page.addScriptTag({ url: `${origin}/dist/story-briefing.js` });
  const seedData = JSON.parse(fs.readFileSync(seeds, 'utf8'));
  await renderTime(page, seedData, 2); // warm-up: compile templates
  console.log(`seeds briefing rendered in ${(await renderTime(page, seedData)).toFixed(1)} ms after its data arrives (target < 50 ms)`);
  console.log(`300 actors / 1,500 positions / 200 questions rendered in ${(await renderTime(page, big(300, 1500, 200))).toFixed(1)} ms (target < 200 ms)`);

  // CLS: load the demo, then scroll through it so both lazy embeds load and render.
  const demo = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await demo.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await demo.goto(`${origin}/demo/`);
  for (let y = 0; y < 6000; y += 400) {
    await demo.evaluate((y) => window.scrollTo(0, y), y);
    await demo.waitForTimeout(100);
  }
  const ready = await demo.evaluate(() => [...document.querySelectorAll('story-briefing, briefing-questions')].map((el) => el.status));
  const cls = await demo.evaluate(() => window.__cls);
  console.log(`demo page CLS: ${cls.toFixed(4)} (target 0; embeds ${ready.join(', ')})`);
} finally {
  await browser.close();
  server.close();
}

