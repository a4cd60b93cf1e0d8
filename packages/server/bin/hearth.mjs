#!/usr/bin/env node
/**
 * `hearth` / `npx hearth`: runs the built CLI (dist/cli.js) when it is at least as new as
 * the sources, else the TypeScript sources through tsx. A `.env` file in the current
 * directory is read first; variables already set in the environment win.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(packageDir, 'dist', 'cli.js');
const sources = [path.join(packageDir, 'src'), path.join(packageDir, '..', 'contracts', 'src')];

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

if (fs.existsSync('.env')) process.loadEnvFile('.env');

const hasBuilt = fs.existsSync(built);
const useBuilt = hasBuilt && fs.statSync(built).mtimeMs >= Math.max(...sources.map(newestMtime));
let tsx = null;
if (!useBuilt) {
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    // Production installs (npm ci --omit=dev) have no tsx: use the build, however old.
    if (!hasBuilt) {
      process.stderr.write('hearth: neither a build (run `npm run build -w @hearth/server`) nor tsx is available.\n');
      process.exit(1);
    }
    process.stderr.write('hearth: the sources are newer than dist/cli.js and tsx is not installed; using the old build.\n');
  }
}
if (tsx) {
  tsx.register();
  await import(pathToFileURL(path.join(packageDir, 'src', 'cli', 'index.ts')).href);
} else {
  await import(pathToFileURL(built).href);
}
