/** Gzipped JavaScript the sign-in page downloads (target ≤ 200 KB), from a fresh web build. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { emit, root } from './lib/server.js';

const build = spawnSync('npm', ['run', 'build', '-w', '@hearth/web'], { cwd: root, encoding: 'utf8' });
if (build.status !== 0) throw new Error(`web build failed:\n${build.stderr}`);
const size = spawnSync(process.execPath, [path.join(root, 'packages/web/scripts/route-size.mjs')], {
  cwd: path.join(root, 'packages/web'),
  encoding: 'utf8',
});
const total = /([\d.]+) KB\s+gzipped JavaScript in total/.exec(size.stdout)?.[1];
if (!total) throw new Error(`could not read the route size:\n${size.stdout}${size.stderr}`);
emit({ bench: 'sign_in_page_js_gzip_kb', value: Number(total), target_kb: 200 });
