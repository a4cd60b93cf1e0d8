#!/usr/bin/env node
/**
 * `npm start`: builds what is missing or stale, then runs the server in the foreground.
 *  1. packages/web/dist — rebuilt with `npm run build -w @hearth/web` when index.html is
 *     missing or older than the web sources. If that fails, the API is served anyway.
 *  2. packages/server/dist — rebuilt with esbuild (packages/server/build.mjs) when stale.
 *  3. `node packages/server/dist/main.js` with this terminal's stdio; SIGINT/SIGTERM/SIGHUP
 *     are passed on and the server's exit code is ours. A `.env` file at the repository
 *     root is loaded (variables already in the environment win).
 * Hearth answers on http://localhost:3000 with ./data as its data directory by default.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rel = (p) => path.relative(root, p) || '.';
const say = (line) => process.stderr.write(`[hearth] ${line}\n`);

/** Newest modification time under the given files/directories (0 when none exist). */
function newestMtime(targets) {
  let newest = 0;
  const visit = (target) => {
    let stat;
    try {
      stat = fs.statSync(target);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      const name = path.basename(target);
      if (name === 'node_modules' || name === 'dist') return;
      for (const entry of fs.readdirSync(target)) visit(path.join(target, entry));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  targets.forEach(visit);
  return newest;
}

const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);
const contractsSources = [path.join(root, 'packages/contracts/src'), path.join(root, 'packages/contracts/package.json')];

function ensureWeb() {
  const webDir = path.join(root, 'packages/web');
  const index = path.join(webDir, 'dist/index.html');
  const pkgFile = path.join(webDir, 'package.json');
  const pkg = fs.existsSync(pkgFile) ? JSON.parse(fs.readFileSync(pkgFile, 'utf8')) : null;
  const sources = ['src', 'public', 'index.html', 'package.json', 'tsconfig.json', 'vite.config.ts'].map((p) => path.join(webDir, p));
  const built = mtime(index);
  if (built > 0 && built >= newestMtime([...sources, ...contractsSources])) return;
  if (!pkg?.scripts?.build || !fs.existsSync(path.join(webDir, 'index.html'))) {
    say(
      `the web app is not buildable yet (${!pkg?.scripts?.build ? 'no "build" script' : 'no index.html'} in ${rel(webDir)}); serving the API only.`,
    );
    return;
  }
  say(built === 0 ? 'building the web app…' : 'web sources changed; rebuilding the web app…');
  const result = spawnSync('npm', ['run', 'build', '-w', '@hearth/web'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    say(
      built === 0
        ? 'WARNING: the web build failed (see above); serving the API only — the pages will 404 until it builds.'
        : 'WARNING: the web build failed (see above); serving the previous web build.',
    );
  }
}

async function ensureServer() {
  const serverDir = path.join(root, 'packages/server');
  const main = path.join(serverDir, 'dist/main.js');
  const sources = [
    path.join(serverDir, 'src'),
    path.join(serverDir, 'build.mjs'),
    path.join(serverDir, 'package.json'),
    ...contractsSources,
  ];
  const built = mtime(main);
  if (built > 0 && built >= newestMtime(sources)) return;
  say(built === 0 ? 'building the server…' : 'server sources changed; rebuilding the server…');
  const { buildServer } = await import(path.join(serverDir, 'build.mjs'));
  await buildServer({ quiet: true });
}

async function main() {
  ensureWeb();
  await ensureServer();
  const envFile = path.join(root, '.env');
  const args = [...(fs.existsSync(envFile) ? [`--env-file=${envFile}`] : []), path.join(root, 'packages/server/dist/main.js')];
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { NODE_ENV: 'production', ...process.env },
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => {
    if (signal) {
      // Die of the same signal, so whoever started us sees how the server ended.
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else {
      process.exit(code ?? 1);
    }
  });
}

main().catch((error) => {
  say(`could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
