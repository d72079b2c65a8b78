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
function startXvfb(screen) {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', screen, '-nolisten', 'tcp'], {
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
 * WebKitWebDriver on a free port, with an Xvfb display of `screen` (WxHxDepth) when there is none
 * (DISPLAY unset). `stop()` ends both; so does the end of this process.
 */
export async function startWebKitDriver(screen = '1280x1024x24') {
  const children = [];
  // The driver first: it closes MiniBrowser; then the display it drew on.
  const stop = () => {
    for (const child of children.reverse()) if (child.exitCode === null) child.kill();
    children.length = 0;
  };
  process.once('exit', stop);
  try {
    const env = { ...process.env };
    if (!env.DISPLAY) {
      const xvfb = await startXvfb(screen);
      children.push(xvfb.process);
      env.DISPLAY = xvfb.display;
    }
    const port = await freePort();
    const driver = spawn('WebKitWebDriver', [`--port=${port}`], { env, stdio: 'ignore' });
    children.push(driver);
    await new Promise((resolve, reject) => {
      driver.once('spawn', resolve);
      driver.once('error', (error) => reject(new Error(`WebKitWebDriver could not start (install webkit2gtk-driver): ${error.message}`)));
    });
    await waitForDriver(port, driver);
    return { port, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/** The WebDriver capabilities that start MiniBrowser. */
export const capabilities = {
  browserName: 'MiniBrowser',
  // WebKitWebDriver speaks classic WebDriver only: no BiDi session (webSocketUrl).
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
};

/** web-test-runner's WebDriver launcher for MiniBrowser, starting (and stopping) its driver. */
class WebKitLauncher extends WebdriverLauncher {
  /** One page at a time, in one window (WebdriverLauncher's iframes would shrink the viewport). */
  concurrency = 1;

  constructor() {
    super({ hostname: '127.0.0.1', port: 0, logLevel: 'error', capabilities });
  }

  async initialize(config, testFiles) {
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
    this.driverProcess = await startWebKitDriver();
    this.options.port = this.driverProcess.port;
  }

  async stop() {
    await super.stop();
    this.driverProcess?.stop();
  }
}

export const webkitLauncher = () => new WebKitLauncher();
