import { EventEmitter } from 'node:events';
import type { Logger } from '../logger.js';

export type BusHandler = (payload: unknown) => void;

/**
 * Fan-out of domain events and realtime frames. The memory bus serves one process; the
 * Redis bus makes every node see what any node publishes.
 */
export interface Bus {
  readonly kind: 'memory' | 'redis';
  publish(topic: string, payload: unknown): Promise<void>;
  subscribe(topic: string, handler: BusHandler): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export function createMemoryBus(): Bus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    kind: 'memory',
    async publish(topic, payload) {
      // Deliver on a later tick, like Redis would, so publishers never run subscribers inline.
      const copy = JSON.parse(JSON.stringify(payload)) as unknown;
      setImmediate(() => emitter.emit(topic, copy));
    },
    async subscribe(topic, handler) {
      emitter.on(topic, handler);
      return async () => {
        emitter.off(topic, handler);
      };
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

/** The Redis bus; `ioredis` is loaded only when Redis is configured. */
export async function createRedisBus(url: string, logger: Logger, prefix = 'hearth:'): Promise<Bus> {
  const { Redis } = await import('ioredis');
  const pub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const sub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: null });
  const handlers = new Map<string, Set<BusHandler>>();
  for (const client of [pub, sub]) client.on('error', (error) => logger.warn({ err: error }, 'redis bus connection error'));
  sub.on('message', (channel: string, message: string) => {
    const set = handlers.get(channel.slice(prefix.length));
    if (!set) return;
    let payload: unknown;
    try {
      payload = JSON.parse(message);
    } catch {
      return;
    }
    for (const handler of set) handler(payload);
  });
  return {
    kind: 'redis',
    async publish(topic, payload) {
      await pub.publish(prefix + topic, JSON.stringify(payload));
    },
    async subscribe(topic, handler) {
      let set = handlers.get(topic);
      if (!set) {
        set = new Set();
        handlers.set(topic, set);
        await sub.subscribe(prefix + topic);
      }
      set.add(handler);
      return async () => {
        const current = handlers.get(topic);
        current?.delete(handler);
        if (current && current.size === 0) {
          handlers.delete(topic);
          await sub.unsubscribe(prefix + topic);
        }
      };
    },
    async close() {
      handlers.clear();
      sub.disconnect();
      pub.disconnect();
    },
  };
}
