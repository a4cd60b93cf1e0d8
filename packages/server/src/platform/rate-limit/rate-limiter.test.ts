import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../clock.js';
import { MemoryRateLimiter, rateLimitedError, unlimitedRateLimiter } from './rate-limiter.js';

describe('MemoryRateLimiter', () => {
  it('allows max events per window, then says how long until the oldest leaves it', async () => {
    const clock = new ManualClock(0);
    const limiter = new MemoryRateLimiter(clock, { max: 3, windowMs: 1000 });
    for (let i = 0; i < 3; i++) {
      assert.equal((await limiter.hit('a')).allowed, true);
      clock.advance(100);
    }
    assert.deepEqual(await limiter.check('a'), { allowed: false, retryAfterMs: 700 });
    assert.equal((await limiter.hit('a')).allowed, false);
    assert.equal((await limiter.check('b')).allowed, true, 'keys are independent');
    clock.advance(700);
    assert.equal((await limiter.check('a')).allowed, true, 'the first event slid out of the window');
  });

  it('checking does not count, and reset forgets', async () => {
    const clock = new ManualClock(0);
    const limiter = new MemoryRateLimiter(clock, { max: 1, windowMs: 1000 });
    for (let i = 0; i < 5; i++) assert.equal((await limiter.check('a')).allowed, true);
    await limiter.hit('a');
    assert.equal((await limiter.check('a')).allowed, false);
    await limiter.reset('a');
    assert.equal((await limiter.check('a')).allowed, true);
  });

  it('keeps at most maxKeys keys, dropping the least recently hit', async () => {
    const clock = new ManualClock(0);
    const limiter = new MemoryRateLimiter(clock, { max: 1, windowMs: 10_000 }, 2);
    await limiter.hit('a');
    await limiter.hit('b');
    await limiter.hit('c');
    assert.equal((await limiter.check('a')).allowed, true, 'a was evicted');
    assert.equal((await limiter.check('b')).allowed, false);
    assert.equal((await limiter.check('c')).allowed, false);
  });

  it('the unlimited limiter never refuses; the error carries whole seconds', async () => {
    for (let i = 0; i < 100; i++) assert.equal((await unlimitedRateLimiter.hit('a')).allowed, true);
    const error = rateLimitedError(1500);
    assert.equal(error.status, 429);
    assert.equal(error.code, 'rate_limited');
    assert.equal(error.params.seconds, 2);
  });
});
