import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

/** WebKitGTK's MiniBrowser (Debian's webkit2gtk-driver package), the WebKit that runs the tests. */
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A TCP port free on the loopback interface right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * An X server in memory for MiniBrowser, a GTK program that needs a display even when nobody
 * looks. Xvfb picks a free display number itself (-displayfd) and writes it to fd 3.
 */
function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let number = '';
    let errors = '';
    xvfb.stderr.on('data', (chunk) => (errors += chunk));
    xvfb.on('error', (error) => reject(new Error(`Xvfb could not start (install the xvfb package): ${error.message}`)));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with status ${code}: ${errors.trim()}`)));
    xvfb.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) resolve({ process: xvfb, display: `:${number.trim()}` });
    });
  });
}

/** Resolves once the WebDriver server on `port` answers, fails after `ms`. */
async function waitForDriver(port, driver, ms = 15_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with status ${driver.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${ms} ms`);
}

/**
 * web-test-runner's WebDriver launcher for WebKitGTK's MiniBrowser that also starts what it
 * needs: an Xvfb display when there is none (DISPLAY unset) and WebKitWebDriver on a free port,
 * both stopped with the launcher (and with this process, should it end first).
 */
class WebKitLauncher extends WebdriverLauncher {
  children = [];
  /** One page at a time, in one window (WebdriverLauncher's iframes would shrink the viewport). */
  concurrency = 1;

  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only: no BiDi session (webSocketUrl).
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    });
  }

  async initialize(config, testFiles) {
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
    process.once('exit', () => this.killChildren());
    const env = { ...process.env };
    if (!env.DISPLAY) {
      const xvfb = await startXvfb();
      this.children.push(xvfb.process);
      env.DISPLAY = xvfb.display;
    }
    this.options.port = await freePort();
    const driver = spawn('WebKitWebDriver', [`--port=${this.options.port}`], { env, stdio: 'ignore' });
    this.children.push(driver);
    await new Promise((resolve, reject) => {
      driver.once('spawn', resolve);
      driver.once('error', (error) => reject(new Error(`WebKitWebDriver could not start (install webkit2gtk-driver): ${error.message}`)));
    });
    await waitForDriver(this.options.port, driver);
  }

  async stop() {
    await super.stop();
    this.killChildren();
  }

  killChildren() {
    // The driver first: it closes MiniBrowser; then the display it drew on.
    for (const child of this.children.reverse()) if (child.exitCode === null) child.kill();
    this.children = [];
  }
}

export const webkitLauncher = () => new WebKitLauncher();
