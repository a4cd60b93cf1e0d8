import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeDevice } from './describe-device';

describe('describeDevice', () => {
  it('recognises common browsers and systems', () => {
    assert.deepEqual(
      describeDevice('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36'),
      { browser: 'Chrome', os: 'macOS', kind: 'computer' },
    );
    assert.deepEqual(
      describeDevice(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      ),
      { browser: 'Safari', os: 'iOS', kind: 'phone' },
    );
    assert.deepEqual(
      describeDevice(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0',
      ),
      { browser: 'Edge', os: 'Windows', kind: 'computer' },
    );
  });

  it('says nothing it cannot tell', () => {
    assert.deepEqual(describeDevice(null), { browser: null, os: null, kind: 'computer' });
    assert.deepEqual(describeDevice('curl/8.0'), { browser: null, os: null, kind: 'computer' });
  });
});
