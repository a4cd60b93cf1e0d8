import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMemoryBus } from '../../platform/bus/bus.js';
import { ManualClock } from '../../platform/clock.js';
import { FilterCache } from './filter-cache.js';
import { WordFilter } from './word-filter.js';

/** Lists shared by two "nodes" (as the database is), each with its own cache on one bus. */
function setUp() {
  const bus = createMemoryBus();
  const clock = new ManualClock();
  const db = { version: 1, words: ['旧词'], reads: 0, builds: 0 };
  const source = {
    version: async () => (db.reads++, db.version),
    build: async () => {
      db.builds++;
      const version = db.version;
      const words = db.words.map((word) => ({ word, action: 'block' as const, category: 'custom' as const, builtIn: false }));
      return { version, filter: new WordFilter({ words, allowed: [] }) };
    },
  };
  return { bus, clock, db, nodeA: new FilterCache(bus, clock, source), nodeB: new FilterCache(bus, clock, source) };
}
const finds = async (cache: FilterCache, text: string) => (await cache.current()).find(text).length > 0;
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('filter cache', () => {
  it('builds once, then serves the same filter without reading the database within the recheck window', async () => {
    const { nodeA, db } = setUp();
    const [first, second] = await Promise.all([nodeA.current(), nodeA.current()]);
    assert.equal(first, second, 'concurrent checks share one build');
    assert.equal(db.builds, 1);
    const reads = db.reads;
    await nodeA.current();
    assert.equal(db.reads, reads);
  });

  it('rebuilds on this node at once and on other nodes when the bus delivers', async () => {
    const { bus, nodeA, nodeB, db } = setUp();
    await Promise.all([nodeA.listen(), nodeB.listen()]);
    assert.equal(await finds(nodeB, '新词'), false);
    db.words.push('新词');
    db.version = 2;
    await nodeA.changed(2);
    assert.equal(await finds(nodeA, '新词'), true);
    await tick();
    assert.equal(await finds(nodeB, '新词'), true);
    await bus.close();
  });

  it('notices a change whose bus message was lost once the recheck window has passed', async () => {
    const { nodeB, db, clock } = setUp();
    assert.equal(await finds(nodeB, '新词'), false);
    db.words.push('新词');
    db.version = 2;
    assert.equal(await finds(nodeB, '新词'), false, 'within the window the old filter stands');
    clock.advance(5_000);
    assert.equal(await finds(nodeB, '新词'), true);
  });
});
