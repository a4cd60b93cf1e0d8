#!/usr/bin/env node
/**
 * `npm test`: every *.test.ts of contracts, server and web through node's test runner
 * (tsx for TypeScript), then the browser journeys of packages/e2e against a built app.
 * Node 20's --test takes no globs, so the files are listed here.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = new Set(process.argv.slice(2));

function findTests(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : findTests(full);
    return /\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function run(label, files, extra = []) {
  if (files.length === 0) return 0;
  process.stdout.write(`\n# ${label}: ${files.length} files\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...extra, ...files.map((f) => path.relative(root, f))], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'test' },
  });
  return result.status ?? 1;
}

const unit = ['packages/contracts', 'packages/server', 'packages/web/src'].flatMap((d) => findTests(path.join(root, d)));
let failed = run('unit and API tests', unit, ['--test-concurrency=2']);

if (!args.has('--no-e2e')) {
  const build = spawnSync('npm', ['run', 'build', '-w', '@hearth/web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) failed = 1;
  else failed = run('browser journeys', findTests(path.join(root, 'packages/e2e/src')), ['--test-concurrency=1']) || failed;
}
process.exit(failed);
