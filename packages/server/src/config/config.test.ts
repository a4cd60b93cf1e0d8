import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ConfigError, ENV_VARIABLES, loadConfig } from './config.js';

const example = fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../.env.example'), 'utf8');
/** `NAME=value` lines of .env.example, commented out (`# NAME=…`) or not. */
const lines = [...example.matchAll(/^(#\s*)?(HEARTH_[A-Z_]+)=(.*)$/gm)].map((m) => ({ active: !m[1], name: m[2]!, value: m[3]! }));

describe('configuration', () => {
  it('.env.example documents every variable, and only those', () => {
    const documented = new Set(lines.map((l) => l.name).filter((name) => !name.startsWith('HEARTH_TEST_')));
    assert.deepEqual([...documented].sort(), [...ENV_VARIABLES].sort());
  });

  it('the values .env.example sets are the defaults', () => {
    const active = Object.fromEntries(lines.filter((l) => l.active).map((l) => [l.name, l.value]));
    assert.deepEqual(loadConfig(active), loadConfig({}));
  });

  it('defaults to port 3000 and ./data with SQLite and every role', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.dataDir, path.resolve('data'));
    assert.equal(config.databaseUrl, null);
    assert.deepEqual([...config.roles].sort(), ['api', 'cron', 'realtime', 'worker']);
  });

  it('lists every problem at once, including unknown HEARTH_ names', () => {
    assert.throws(
      () => loadConfig({ HEARTH_PORT: 'eighty', HEARTH_DATABASE_URL: 'mysql://x', HEARTH_ROLES: 'api,web', HEARTH_PROT: '1' }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.equal(error.problems.length, 3, error.message);
        assert.match(error.message, /HEARTH_PORT/);
        assert.match(error.message, /HEARTH_DATABASE_URL: must be a postgres:\/\/ URL/);
        assert.match(error.message, /HEARTH_PROT: unknown variable/);
        return true;
      },
    );
  });
});
