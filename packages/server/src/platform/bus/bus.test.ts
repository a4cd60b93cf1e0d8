import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testRedisUrl } from '../../../test/harness.js';
import { createLogger } from '../logger.js';
import { createMemoryBus, createRedisBus, type Bus } from './bus.js';

function nextMessage(bus: Bus, topic: string): Promise<unknown> {
  return new Promise((resolve) => {
    void bus.subscribe(topic, resolve);
  });
}

describe('bus', () => {
  it('memory: delivers published payloads to subscribers, as copies, and stops after unsubscribe', async () => {
    const bus = createMemoryBus();
    const payload = { n: 1 };
    const received = nextMessage(bus, 't');
    await bus.publish('t', payload);
    const got = await received;
    assert.deepEqual(got, { n: 1 });
    assert.notEqual(got, payload);
    let count = 0;
    const off = await bus.subscribe('u', () => count++);
    await off();
    await bus.publish('u', {});
    await new Promise((r) => setImmediate(r));
    assert.equal(count, 0);
    await bus.close();
  });

  it(
    'redis: a message published by one node reaches a subscriber on another',
    { skip: !testRedisUrl && 'HEARTH_TEST_REDIS_URL not set', timeout: 15_000 },
    async () => {
      const logger = createLogger('silent');
      const prefix = `test-${Math.random().toString(36).slice(2)}:`;
      const nodeA = await createRedisBus(testRedisUrl!, logger, prefix);
      const nodeB = await createRedisBus(testRedisUrl!, logger, prefix);
      try {
        let deliver: (payload: unknown) => void = () => {};
        const received = new Promise((resolve) => (deliver = resolve));
        // subscribe() resolves once Redis confirmed SUBSCRIBE, so the publish cannot be missed
        // (a fixed sleep was not enough on a loaded machine and the test then waited forever).
        await nodeB.subscribe('room', (payload) => deliver(payload));
        await nodeA.publish('room', { hello: '爐邊' });
        assert.deepEqual(await received, { hello: '爐邊' });
      } finally {
        await nodeA.close();
        await nodeB.close();
      }
    },
  );
});
