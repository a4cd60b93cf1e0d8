import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base64UrlToBytes } from './base64url';

describe('base64UrlToBytes', () => {
  it('reads base64url with and without padding', () => {
    assert.deepEqual([...base64UrlToBytes('AQID')], [1, 2, 3]);
    assert.deepEqual([...base64UrlToBytes('_-8')], [0xff, 0xef]);
    assert.deepEqual([...base64UrlToBytes('_-8=')], [0xff, 0xef]);
    assert.deepEqual([...base64UrlToBytes('')], []);
  });

  it('reads a 65-byte VAPID public key', () => {
    const bytes = Uint8Array.from({ length: 65 }, (_, i) => (i * 37 + 4) % 256);
    const key = Buffer.from(bytes).toString('base64url');
    assert.deepEqual(base64UrlToBytes(key), bytes);
    assert.equal(base64UrlToBytes(key)[0], 4);
  });

  it('refuses plain base64 and broken lengths', () => {
    assert.throws(() => base64UrlToBytes('ab+/'), /base64url/);
    assert.throws(() => base64UrlToBytes('abcde'), /base64url/);
    assert.throws(() => base64UrlToBytes('ab cd'), /base64url/);
  });
});
