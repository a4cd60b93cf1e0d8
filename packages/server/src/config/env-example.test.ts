/** `.env.example` documents exactly the variables config.ts reads, with their defaults. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ENV_VARIABLES, loadConfig } from './config.js';

const example = fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../.env.example'), 'utf8');
/** `NAME=value` lines of .env.example, commented out (`# NAME=…`) or not. */
const lines = [...example.matchAll(/^(#\s*)?(HEARTH_[A-Z_]+)=(.*)$/gm)].map((m) => ({ active: !m[1], name: m[2]!, value: m[3]! }));

describe('.env.example', () => {
  it('documents every variable, and only those', () => {
    const documented = new Set(lines.map((l) => l.name).filter((name) => !name.startsWith('HEARTH_TEST_')));
    assert.deepEqual([...documented].sort(), [...ENV_VARIABLES].sort());
  });

  it('sets each variable it sets to its default', () => {
    const active = Object.fromEntries(lines.filter((l) => l.active).map((l) => [l.name, l.value]));
    assert.deepEqual(loadConfig(active), loadConfig({}));
  });
});
