import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.js';

describe('config', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.ok(config.dataDir.endsWith('data'));
    assert.equal(config.databaseUrl, null);
    assert.deepEqual([...config.roles].sort(), ['api', 'cron', 'realtime', 'worker']);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ HEARTH_PORT: 'abc', HEARTH_DATABASE_URL: 'mysql://x', HEARTH_ROLES: 'api,chef', HEARTH_PROT: '3000' });
      assert.fail('should have thrown');
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      const text = error.problems.join('\n');
      assert.match(text, /HEARTH_PORT/);
      assert.match(text, /HEARTH_DATABASE_URL/);
      assert.match(text, /HEARTH_PROT: unknown variable/);
    }
  });
});
