// `npm start`: build the seeds' briefing, then serve the repo with Vite and print the demo's URL.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { embedCorsConnect } from './embed-cors.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

if (!existsSync(`${root}dist/story-briefing.js`) || !existsSync(`${root}dist/node/cli.js`)) {
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build']);
}
run(process.execPath, ['bin/briefing.js', 'build', 'seeds', '-o', 'dist/briefings/seeds.json']);

const server = await createServer({
  root,
  configFile: false,
  server: { port: 5173, strictPort: false, host: '127.0.0.1', open: false },
  // A page on another origin may embed the briefings served here (the embed, its label packs and
  // the briefings, nothing else: scripts/embed-cors.js).
  plugins: [{ name: 'embed-cors', configureServer: (server) => void server.middlewares.use(embedCorsConnect) }],
});
await server.listen();
const { port } = server.httpServer.address();
console.log(`\n  Demo: http://127.0.0.1:${port}/demo/\n`);
