#!/usr/bin/env node
/**
 * `npm run bench [name]`: builds the server bundle, then runs every bench/*.bench.ts (or those
 * whose file name contains `name`) in turn; each prints one JSON line per figure.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const only = process.argv[2];
const files = fs
  .readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
// Benches start the server as `npm start` runs it: the esbuild bundle, rebuilt here so it is
// never older than the sources being measured.
const built = spawnSync(process.execPath, [path.join(root, 'packages/server/build.mjs')], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
let failed = 0;
for (const file of files) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join('bench', file)], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    process.stderr.write(`bench ${file} failed with ${result.status}\n`);
    failed = 1;
  }
}
process.exit(failed);
