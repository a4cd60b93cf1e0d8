// Draws Hearth's app icons (a flame on the default accent) into public/icons.
// Run with `npm run icons -w @hearth/web` after changing the design; the PNGs are committed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ACCENT = '#c2410c';
const FLAME = 'M12 3q1 4 4 6.5t3 5.5a1 1 0 0 1-14 0 5 5 0 0 1 1-3 1 1 0 0 0 5 0c0-2-1.5-3-1.5-5q0-2 2.5-4';
const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/icons');

/** `glyphScale` is the share of the canvas the 24-unit flame takes; maskable icons keep it in the safe zone. */
function iconSvg({ size, rounded, glyphScale }) {
  const glyph = size * glyphScale;
  const offset = (size - glyph) / 2;
  const radius = rounded ? size * 0.22 : 0;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" rx="${radius}" fill="${ACCENT}"/>
  <g transform="translate(${offset} ${offset}) scale(${glyph / 24})">
    <path d="${FLAME}" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
  </g>
</svg>`;
}

fs.mkdirSync(outDir, { recursive: true });
const icons = [
  { file: 'icon-192.png', size: 192, rounded: true, glyphScale: 0.62 },
  { file: 'icon-512.png', size: 512, rounded: true, glyphScale: 0.62 },
  { file: 'maskable-512.png', size: 512, rounded: false, glyphScale: 0.5 },
];
for (const icon of icons) {
  await sharp(Buffer.from(iconSvg(icon)))
    .png({ compressionLevel: 9, palette: true })
    .toFile(path.join(outDir, icon.file));
}
fs.writeFileSync(path.join(outDir, 'favicon.svg'), iconSvg({ size: 64, rounded: true, glyphScale: 0.7 }));
console.log(`icons written to ${outDir}`);
