/** Writes seed-model.json from the bundled dataset (run with tsx; see seed-model.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSeedModel } from './seed-model.js';

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'seed-model.json');
fs.writeFileSync(file, `${JSON.stringify(await buildSeedModel())}\n`);
console.log(`wrote ${file}`);
