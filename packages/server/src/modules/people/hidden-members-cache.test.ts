import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMemoryBus } from '../../platform/bus/bus.js';
import { ManualClock } from '../../platform/clock.js';
import { HiddenMembersCache } from './hidden-members-cache.js';

describe('hidden members cache', () => {
  const setup = () => {
    const bus = createMemoryBus();
    const clock = new ManualClock();
    const blocks = new Map<string, Set<string>>([['ada', new Set(['bob'])]]);
    let loads = 0;
    const load = async (memberId: string) => {
      loads++;
      return new Set(blocks.get(memberId) ?? []);
    };
    return { bus, clock, blocks, load, loads: () => loads };
  };

  it('reads once within its lifetime, and again after it', async () => {
    const { bus, clock, load, loads } = setup();
    const cache = new HiddenMembersCache(bus, clock, load, 5_000);
    assert.deepEqual([...(await cache.get('ada'))], ['bob']);
    await cache.get('ada');
    assert.equal(loads(), 1);
    clock.advance(5_000);
    await cache.get('ada');
    assert.equal(loads(), 2);
  });

  it('forgets both members of a changed block, on this node and on the others', async () => {
    const { bus, clock, blocks, load } = setup();
    const here = new HiddenMembersCache(bus, clock, load);
    const there = new HiddenMembersCache(bus, clock, load);
    await here.listen();
    await there.listen();
    await here.get('ada');
    await there.get('ada');
    blocks.set('ada', new Set(['bob', 'carol']));
    await here.changed(['ada', 'carol']);
    assert.deepEqual([...(await here.get('ada'))].sort(), ['bob', 'carol'], 'this node forgets at once');
    await new Promise((resolve) => setImmediate(resolve)); // the bus delivers to the other node
    assert.deepEqual([...(await there.get('ada'))].sort(), ['bob', 'carol']);
  });

  it('does not keep a read that raced a change', async () => {
    const { bus, clock, blocks } = setup();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let loads = 0;
    const cache = new HiddenMembersCache(bus, clock, async (id) => {
      loads++;
      const snapshot = new Set(blocks.get(id) ?? []);
      if (loads === 1) await gate;
      return snapshot;
    });
    const racing = cache.get('ada');
    blocks.set('ada', new Set());
    await cache.changed(['ada', 'bob']);
    release();
    assert.deepEqual([...(await racing)], ['bob'], 'the racing read answers what it read');
    assert.deepEqual([...(await cache.get('ada'))], [], 'but the next read sees the change');
  });

  it('tells its listeners of every change the bus delivers, once a read sees it', async () => {
    const { bus, clock, blocks, load } = setup();
    const here = new HiddenMembersCache(bus, clock, load);
    const there = new HiddenMembersCache(bus, clock, load);
    await here.listen();
    await there.listen();
    await there.get('ada');
    const heard: { ids: readonly string[]; hidden: string[] }[] = [];
    there.onChanged((ids) => void there.get('ada').then((hidden) => heard.push({ ids, hidden: [...hidden].sort() })));
    blocks.set('ada', new Set(['bob', 'carol']));
    await here.changed(['ada', 'carol']);
    await new Promise((resolve) => setImmediate(resolve)); // the bus delivers
    await new Promise((resolve) => setImmediate(resolve)); // the listener's read
    assert.deepEqual(heard, [{ ids: ['ada', 'carol'], hidden: ['bob', 'carol'] }]);
  });
});
