// Prints the gzipped JavaScript a route downloads: the entry, the layout and the page,
// with everything they import statically, plus their translation chunks.
// Usage: node scripts/route-size.mjs [page source…]   (after `vite build`)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);

function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    closure(manifest[key].imports ?? [], seen);
  }
  return seen;
}

const pages = process.argv.slice(2);
const defaults = [
  'src/app/auth-layout/auth-layout.tsx',
  'src/features/auth/login-page.tsx',
  'src/locales/en/common.json',
  'src/locales/en/auth.json',
];
const chunks = closure([entryKey, ...(pages.length ? pages : defaults)]);
let total = 0;
for (const key of chunks) {
  const file = manifest[key].file;
  if (!file.endsWith('.js')) continue;
  const size = gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} KB  ${file}  (${key})`);
}
console.log(`${(total / 1024).toFixed(1).padStart(7)} KB  gzipped JavaScript in total`);
