#!/usr/bin/env node
/**
 * `npm test`: every *.test.ts of contracts, server and web through node's test runner
 * (tsx for TypeScript), then the browser journeys of packages/e2e against a built app.
 * Node 20's --test takes no globs, so the files are listed here. Ends with the line
 * `tests: N passed, N failed, N skipped`; `--summary-file=F` also writes those counts as JSON.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
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

const totals = { passed: 0, failed: 0, skipped: 0 };
const summaryFile = [...args].find((a) => a.startsWith('--summary-file='))?.slice('--summary-file='.length);

/** Counts from the TAP copy of a run (`# pass N` …); a run that died before its summary counts as one failure. */
function countTap(file, status) {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const count = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? NaN);
  const pass = count('pass');
  if (Number.isNaN(pass)) return { passed: 0, failed: 1, skipped: 0 };
  const failed = count('fail') + (count('cancelled') || 0);
  return { passed: pass, failed: failed === 0 && status !== 0 ? 1 : failed, skipped: (count('skipped') || 0) + (count('todo') || 0) };
}

function run(label, files, extra = [], timeoutMs = 180_000) {
  if (files.length === 0) return 0;
  process.stdout.write(`\n# ${label}: ${files.length} files\n`);
  const tap = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-tap-')), 'report.tap');
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      // A test stuck on a lost message or lock fails instead of hanging the run: after 3 minutes,
      // or 10 for a browser journey file (a whole journey with its screenshot tours is one test).
      `--test-timeout=${timeoutMs}`,
      ...extra,
      ...files.map((f) => path.relative(root, f)),
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
  );
  const counts = countTap(tap, result.status ?? 1);
  fs.rmSync(path.dirname(tap), { recursive: true, force: true });
  for (const key of Object.keys(totals)) totals[key] += counts[key];
  process.stdout.write(`# ${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  return result.status ?? 1;
}

const unit = ['packages/contracts', 'packages/server', 'packages/web/src'].flatMap((d) => findTests(path.join(root, d)));
let failed = run('unit and API tests', unit, ['--test-concurrency=2']);

if (!args.has('--no-e2e')) {
  const build = spawnSync('npm', ['run', 'build', '-w', '@hearth/web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    process.stdout.write('# the web build failed, so the browser journeys did not run\n');
    totals.failed += 1;
    failed = 1;
  } else {
    failed = run('browser journeys', findTests(path.join(root, 'packages/e2e/src')), ['--test-concurrency=1'], 600_000) || failed;
  }
}
if (summaryFile) fs.writeFileSync(summaryFile, JSON.stringify(totals) + '\n');
process.stdout.write(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(failed ? 1 : 0);
