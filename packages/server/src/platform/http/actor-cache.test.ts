import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMemoryBus } from '../bus/bus.js';
import { ManualClock } from '../clock.js';
import type { Actor } from './actor.js';
import { ActorCache } from './actor-cache.js';

const actor = (memberId: string, sessionId = `s-${memberId}`): Actor => ({
  memberId,
  role: 'member',
  status: 'active',
  tierId: 't0',
  tierRank: 0,
  sessionId,
  locale: 'en',
});

/** Lets the memory bus deliver (it always delivers on a later tick). */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('actor cache', () => {
  it('serves an actor for its lifetime and never past its session', () => {
    const clock = new ManualClock(1_000_000);
    const cache = new ActorCache(createMemoryBus(), clock, 5_000);
    cache.set('a', actor('m1'), clock.now() + 60_000, cache.readVersion());
    cache.set('b', actor('m2'), clock.now() + 2_000, cache.readVersion());
    assert.equal(cache.get('a')?.memberId, 'm1');
    clock.advance(2_000);
    assert.equal(cache.get('b'), undefined, 'the session expired');
    assert.equal(cache.get('a')?.memberId, 'm1');
    clock.advance(3_000);
    assert.equal(cache.get('a'), undefined, 'cached too long');
  });

  it('forgets every session of a member at once, here and on other nodes', async () => {
    const bus = createMemoryBus();
    const clock = new ManualClock();
    const here = new ActorCache(bus, clock);
    const there = new ActorCache(bus, clock);
    await there.listen();
    for (const cache of [here, there]) {
      cache.set('phone', actor('m1', 's1'), clock.now() + 60_000, cache.readVersion());
      cache.set('laptop', actor('m1', 's2'), clock.now() + 60_000, cache.readVersion());
      cache.set('other', actor('m2'), clock.now() + 60_000, cache.readVersion());
    }
    await here.forgetMember('m1');
    assert.equal(here.get('phone'), undefined);
    assert.equal(here.get('laptop'), undefined);
    assert.equal(here.get('other')?.memberId, 'm2');
    await delivered();
    assert.equal(there.get('phone'), undefined);
    assert.equal(there.get('laptop'), undefined);
    assert.equal(there.get('other')?.memberId, 'm2');

    await here.forgetAll();
    assert.equal(here.get('other'), undefined);
    await delivered();
    assert.equal(there.get('other'), undefined);
  });

  it('does not cache a read that raced a change', async () => {
    const clock = new ManualClock();
    const cache = new ActorCache(createMemoryBus(), clock);
    const before = cache.readVersion();
    await cache.forgetMember('m1'); // the change commits while the read is under way
    cache.set('a', actor('m1'), clock.now() + 60_000, before);
    assert.equal(cache.get('a'), undefined);
    cache.set('a', actor('m1'), clock.now() + 60_000, cache.readVersion());
    assert.equal(cache.get('a')?.memberId, 'm1');
  });

  it('stays bounded', () => {
    const clock = new ManualClock();
    const cache = new ActorCache(createMemoryBus(), clock, 5_000, 3);
    for (const key of ['a', 'b', 'c', 'd']) cache.set(key, actor(key), clock.now() + 60_000, cache.readVersion());
    assert.deepEqual(
      ['a', 'b', 'c', 'd'].map((key) => cache.get(key)?.memberId ?? null),
      [null, null, null, 'd'],
    );
  });
});
