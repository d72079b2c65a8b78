// `npm run screenshots`: the demo page as each engine the browser tests run in draws it, 1100 px
// wide and whole, into docs/screenshot-chromium.png, -firefox.png and -webkit.png. The same
// Debian browsers and drivers as web-test-runner.config.js; nothing is downloaded.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { remote } from 'webdriverio';
import { capabilities, startWebKitDriver } from './webkit-launcher.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const WIDTH = 1100;
const HEIGHT = 900;

if (!existsSync(`${root}dist/story-briefing.js`)) throw new Error('Run `npm run build` first.');
execFileSync(process.execPath, ['bin/briefing.js', 'build', 'seeds', '-o', 'dist/briefings/seeds.json'], { cwd: root, stdio: 'inherit' });

/**
 * Run in the page: scrolls through it so that every lazy embed loads, waits until all are ready,
 * scrolls back up, and returns the page's height.
 */
const settle = async () => {
  const embeds = [...document.querySelectorAll('story-briefing, briefing-questions')];
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  for (let y = 0; y <= document.documentElement.scrollHeight; y += 300) {
    window.scrollTo(0, y);
    await pause(50);
  }
  for (let i = 0; i < 200 && embeds.some((el) => el.status !== 'ready'); i++) await pause(50);
  if (embeds.some((el) => el.status !== 'ready')) throw new Error(`embeds not ready: ${embeds.map((el) => el.status)}`);
  window.scrollTo(0, 0);
  await pause(300);
  return document.documentElement.scrollHeight;
};

const engines = {
  async chromium(url) {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
      await page.goto(url);
      await page.evaluate(settle);
      return await page.screenshot({ fullPage: true });
    } finally {
      await browser.close();
    }
  },

  async firefox(url) {
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: WIDTH, height: HEIGHT });
      await page.goto(url);
      await page.evaluate(settle);
      return Buffer.from(await page.screenshot({ fullPage: true }));
    } finally {
      await browser.close();
    }
  },

  // WebDriver captures the viewport only: the window is made as tall as the page, on a display
  // large enough to hold it.
  async webkit(url) {
    const driver = await startWebKitDriver('1400x6000x24');
    const browser = await remote({ hostname: '127.0.0.1', port: driver.port, logLevel: 'error', capabilities });
    try {
      await browser.setWindowSize(WIDTH, HEIGHT);
      const chrome = await browser.execute(() => [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]);
      await browser.setWindowSize(WIDTH + chrome[0], HEIGHT + chrome[1]);
      await browser.url(url);
      const height = await browser.execute(settle);
      await browser.setWindowSize(WIDTH + chrome[0], height + chrome[1]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      return Buffer.from(await browser.takeScreenshot(), 'base64');
    } finally {
      await browser.deleteSession();
      driver.stop();
    }
  },
};

const server = await createServer({ root, configFile: false, logLevel: 'warn', server: { port: 5180, strictPort: false, host: '127.0.0.1' } });
await server.listen();
const url = `http://127.0.0.1:${server.httpServer.address().port}/demo/`;
try {
  for (const name of process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(engines)) {
    const file = `docs/screenshot-${name}.png`;
    writeFileSync(`${root}${file}`, await engines[name](url));
    console.log(`wrote ${file}`);
  }
} finally {
  await server.close();
}
