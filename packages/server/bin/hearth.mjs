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

const useBuilt = fs.existsSync(built) && fs.statSync(built).mtimeMs >= Math.max(...sources.map(newestMtime));
if (useBuilt) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(packageDir, 'src', 'cli', 'index.ts')).href);
}
