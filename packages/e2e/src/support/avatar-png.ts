/** A small PNG portrait for avatar uploads, drawn with sharp into a temporary file. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

export async function writeAvatarPng(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-avatar-'));
  const file = path.join(dir, 'avatar.png');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="320">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f59e0b"/><stop offset="1" stop-color="#b45309"/></linearGradient></defs>
    <rect width="320" height="320" fill="url(#g)"/>
    <circle cx="160" cy="128" r="58" fill="#fde7c7"/>
    <ellipse cx="160" cy="300" rx="110" ry="92" fill="#fde7c7"/>
  </svg>`;
  await sharp(Buffer.from(svg)).png().toFile(file);
  return file;
}
