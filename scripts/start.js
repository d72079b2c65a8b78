// `npm start`: build the seeds' briefing, then serve the repo with Vite and print the demo's URL.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { embedCorsConnect } from './embed-cors.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

if (!existsSync(`${root}dist/story-briefing.js`) || !existsSync(`${root}dist/node/cli.js`)) {
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build']);
}
run(process.execPath, ['bin/briefing.js', 'build', 'seeds', '-o', 'dist/briefings/seeds.json']);

const { countsHeader } = await import(new URL('../dist/node/counts.js', import.meta.url).href);

/**
 * Briefing files are served with their `Briefing-Counts` header, so that a `<story-briefing>`
 * loading one sizes its skeleton to the briefing before the body has arrived (README).
 */
const briefingCounts = {
  name: 'briefing-counts',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (/^\/dist\/briefings\/[\w.-]+\.json$/.test(path) && existsSync(`${root}${path.slice(1)}`)) {
        try {
          res.setHeader('Briefing-Counts', countsHeader(JSON.parse(readFileSync(`${root}${path.slice(1)}`, 'utf8'))));
        } catch {
          // Not a briefing: served as it is, without counts.
        }
      }
      next();
    });
  },
};

const server = await createServer({
  root,
  configFile: false,
  server: { port: 5173, strictPort: false, host: '127.0.0.1', open: false },
  // A page on another origin may embed the briefings served here (the embed, its label packs and
  // the briefings, nothing else: scripts/embed-cors.js).
  plugins: [{ name: 'embed-cors', configureServer: (server) => void server.middlewares.use(embedCorsConnect) }, briefingCounts],
});
await server.listen();
const { port } = server.httpServer.address();
console.log(`\n  Demo: http://127.0.0.1:${port}/demo/\n`);
