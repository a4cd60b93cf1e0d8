import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';
import WebSocket from 'ws';
import { createMemoryBus } from '../bus/bus.js';
import { systemClock } from '../clock.js';
import type { Actor } from '../http/actor.js';
import { createLogger } from '../logger.js';
import { toWireFrame } from './realtime-frames.js';
import { createRealtimeHub, type RealtimeHub } from './realtime-hub.js';

/*
 * The hub on its own: a Fastify app with only the realtime WebSocket, a `test` room kind
 * readable by the members in `readers`, and the in-process bus. Fan-out writes wire frames
 * (encoded once per event) straight to each connection, and delivers events in bursts; these
 * tests hold it to exactly once, in order, intact, with or without direct writes.
 */

const actorOf = (memberId: string): Actor => ({
  memberId,
  role: 'member',
  status: 'active',
  tierId: 't',
  tierRank: 0,
  sessionId: null,
  locale: 'en',
});

interface Client {
  ws: WebSocket;
  frames: Record<string, unknown>[];
  waitFor(count: number, match: (frame: Record<string, unknown>) => boolean): Promise<Record<string, unknown>[]>;
}

describe('realtime hub: fan-out', () => {
  let app: FastifyInstance;
  let hub: RealtimeHub;
  let url = '';
  const readers = new Set<string>();
  const clients: Client[] = [];
  /** Whom each member must not see (the people module's blocks, in the app). */
  const hiddenOf = new Map<string, Set<string>>();

  before(async () => {
    hub = await createRealtimeHub({
      bus: createMemoryBus(),
      clock: systemClock,
      logger: createLogger('silent'),
      registry: new Registry(),
      authenticator: { resolveSession: async (token) => actorOf(token) },
      isRateLimited: false,
      limits: { heartbeatMs: 0 },
      hiddenFrom: async (memberId) => hiddenOf.get(memberId) ?? new Set(),
    });
    hub.registerRoomKind('test', { authorize: async (actor) => readers.has(actor.memberId) });
    hub.registerRoomKind('veiled', {
      authorize: async (actor) => readers.has(actor.memberId),
      withhold: (event) => (event.type === 'said' ? { type: 'said', body: '', isHidden: true } : null),
    });
    app = Fastify();
    await app.register(websocket, { options: { perMessageDeflate: false } });
    app.get<{ Querystring: { member: string; wire?: string } }>('/ws', { websocket: true }, (socket, request) => {
      const { member, wire } = request.query;
      hub.accept(socket, actorOf(member), member, wire === 'no' ? null : request.raw.socket);
    });
    url = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
  });
  after(async () => {
    for (const client of clients) client.ws.terminate();
    await hub.close();
    await app.close();
  });

  async function connect(member: string, options: { wire?: boolean } = {}): Promise<Client> {
    readers.add(member);
    const ws = new WebSocket(`${url}/ws?member=${member}${options.wire === false ? '&wire=no' : ''}`);
    const frames: Record<string, unknown>[] = [];
    const waiters = new Set<() => void>();
    ws.on('message', (data, isBinary) => {
      assert.equal(isBinary, false, 'every frame is text');
      frames.push(JSON.parse(data.toString()) as Record<string, unknown>);
      for (const waiter of waiters) waiter();
    });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const client: Client = {
      ws,
      frames,
      waitFor: (count, match) =>
        new Promise((resolve, reject) => {
          const check = () => {
            const found = frames.filter(match);
            if (found.length < count) return;
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          };
          const timer = setTimeout(() => reject(new Error(`timed out; got ${JSON.stringify(frames.slice(-3))}`)), 5_000);
          waiters.add(check);
          check();
        }),
    };
    clients.push(client);
    return client;
  }

  async function subscribe(client: Client, room: string) {
    client.ws.send(JSON.stringify({ type: 'subscribe', room }));
    await client.waitFor(1, (f) => f.type === 'subscribed' && f.room === room);
  }

  const events = (client: Client, room: string) => client.frames.filter((f) => f.type === 'event' && f.room === room);

  it('encodes wire frames of every payload length class', () => {
    for (const text of ['{}', 'x'.repeat(125), '爐'.repeat(42), 'y'.repeat(126), '邊'.repeat(30_000), 'z'.repeat(70_000)]) {
      const { bytes, payload } = toWireFrame(text);
      assert.equal(payload.toString('utf8'), text);
      assert.equal(bytes[0], 0x81, 'FIN and text opcode');
      const length = Buffer.byteLength(text);
      const declared = bytes[1]! < 126 ? bytes[1]! : bytes[1] === 126 ? bytes.readUInt16BE(2) : Number(bytes.readBigUInt64BE(2));
      assert.equal(declared, length);
      assert.equal(bytes.length - payload.length, length < 126 ? 2 : length < 65_536 ? 4 : 10);
    }
  });

  it('delivers a burst to every subscriber exactly once, in seq order, between its own frames', async () => {
    const crowd = await Promise.all(Array.from({ length: 40 }, (_, i) => connect(`m${i}`, { wire: i % 8 !== 0 })));
    await Promise.all(crowd.map((client) => subscribe(client, 'test:a')));
    await Promise.all(crowd.slice(0, 10).map((client) => subscribe(client, 'test:b')));
    const bodies = Array.from({ length: 30 }, (_, i) =>
      i === 7 ? '爐邊'.repeat(20_000) : i === 3 ? `訊息 ${'x'.repeat(300)}` : `訊息 ${i}`,
    );
    // All published at once: they are heard together and go out as one burst (and a ping meanwhile).
    await Promise.all([
      ...bodies.map((body, i) => hub.publish('test:a', { type: 'said', body }, i + 1)),
      ...[1, 2, 3].map((n) => hub.publish('test:b', { type: 'said', body: `b${n}` }, n)),
    ]);
    for (const client of crowd.slice(0, 5)) client.ws.send(JSON.stringify({ type: 'ping' }));
    await Promise.all(crowd.map((client) => client.waitFor(30, (f) => f.type === 'event' && f.room === 'test:a')));
    await Promise.all(crowd.slice(0, 10).map((client) => client.waitFor(3, (f) => f.type === 'event' && f.room === 'test:b')));
    await Promise.all(crowd.slice(0, 5).map((client) => client.waitFor(1, (f) => f.type === 'pong')));
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const [i, client] of crowd.entries()) {
      const a = events(client, 'test:a');
      assert.deepEqual(
        a.map((f) => f.seq),
        bodies.map((_, n) => n + 1),
        `socket ${i}: each seq once, in order`,
      );
      assert.deepEqual(
        a.map((f) => (f.event as { body: string }).body),
        bodies,
      );
      assert.equal(events(client, 'test:b').length, i < 10 ? 3 : 0, `socket ${i}: only its rooms`);
    }
    for (const client of crowd) client.ws.terminate();
  });

  it('delivers events that come one after another, each once, in order', async () => {
    const readersOfD = await Promise.all([connect('d1'), connect('d2', { wire: false })]);
    await Promise.all(readersOfD.map((client) => subscribe(client, 'test:d')));
    for (let seq = 1; seq <= 20; seq++) {
      await hub.publish('test:d', { type: 'said', body: `d${seq}` }, seq);
      if (seq % 5 === 0) await new Promise((resolve) => setTimeout(resolve, 30));
    }
    for (const client of readersOfD) {
      const got = await client.waitFor(20, (f) => f.type === 'event' && f.room === 'test:d');
      assert.deepEqual(
        got.map((f) => f.seq),
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const client of readersOfD) assert.equal(events(client, 'test:d').length, 20, 'no duplicates');
  });

  it('keeps bus order: what was published before a revoke arrives, then the revoke, then nothing', async () => {
    const reader = await connect('reader');
    const other = await connect('other', { wire: false });
    await subscribe(reader, 'test:c');
    await subscribe(other, 'test:c');
    await Promise.all([
      hub.publish('test:c', { type: 'said', body: 'one' }),
      hub.publish('test:c', { type: 'said', body: 'two' }),
      hub.revoke('test:c', 'reader'),
      hub.publish('test:c', { type: 'said', body: 'three' }),
    ]);
    await reader.waitFor(1, (f) => f.type === 'unsubscribed');
    await other.waitFor(3, (f) => f.type === 'event');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const seen = reader.frames
      .filter((f) => f.room === 'test:c')
      .map((f) => (f.type === 'event' ? (f.event as { body: string }).body : f.type));
    assert.deepEqual(seen, ['subscribed', 'one', 'two', 'unsubscribed']);
    assert.equal(reader.frames.at(-1)!.reason, 'access_revoked');
    assert.deepEqual(
      events(other, 'test:c').map((f) => (f.event as { body: string }).body),
      ['one', 'two', 'three'],
    );
  });

  it("gives members who hide an event's author its withheld variant, with the same seq, and others the event", async () => {
    hiddenOf.set('h1', new Set(['x']));
    hiddenOf.set('h2', new Set(['x', 'z']));
    const [h1, h2, plain] = await Promise.all([connect('h1'), connect('h2', { wire: false }), connect('h3')]);
    for (const client of [h1, h2, plain]) {
      await subscribe(client, 'veiled:a');
      await subscribe(client, 'test:w');
    }
    await Promise.all([
      hub.publish('veiled:a', { type: 'said', body: 'by x' }, 1, { authorId: 'x' }),
      hub.publish('veiled:a', { type: 'said', body: 'by y' }, 2, { authorId: 'y' }),
      hub.publish('veiled:a', { type: 'said', body: 'by x again' }, 3, { authorId: 'x' }),
      hub.publish('veiled:a', { type: 'other', body: 'unsequenced by x' }, undefined, { authorId: 'x' }),
      // A kind without `withhold`: a bare `withheld` keeps the sequence whole; unsequenced ones are not sent.
      hub.publish('test:w', { type: 'said', body: 'by x' }, 1, { authorId: 'x' }),
      hub.publish('test:w', { type: 'said', body: 'unsequenced by x' }, undefined, { authorId: 'x' }),
      hub.publish('test:w', { type: 'said', body: 'by y' }, 2, { authorId: 'y' }),
    ]);
    await Promise.all([h1, h2].map((client) => client.waitFor(5, (f) => f.type === 'event')));
    await plain.waitFor(7, (f) => f.type === 'event');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const seen = (client: Client, room: string) => events(client, room).map((f) => [f.seq ?? null, f.event]);
    for (const client of [h1, h2]) {
      assert.deepEqual(seen(client, 'veiled:a'), [
        [1, { type: 'said', body: '', isHidden: true }],
        [2, { type: 'said', body: 'by y' }],
        [3, { type: 'said', body: '', isHidden: true }],
      ]);
      assert.deepEqual(seen(client, 'test:w'), [
        [1, { type: 'withheld' }],
        [2, { type: 'said', body: 'by y' }],
      ]);
    }
    assert.deepEqual(
      seen(plain, 'veiled:a').map(([, event]) => (event as { body: string }).body),
      ['by x', 'by y', 'by x again', 'unsequenced by x'],
    );
    assert.equal(events(plain, 'test:w').length, 3);

    // A block heard later: the member's next command runs with it, and so does every event after.
    hiddenOf.set('h3', new Set(['y']));
    hub.refreshHiddenLocal(['h3']);
    const before = plain.frames.length;
    await subscribe(plain, 'veiled:b');
    assert.ok(plain.frames.length > before);
    await hub.publish('veiled:a', { type: 'said', body: 'by y, later' }, 4, { authorId: 'y' });
    await plain.waitFor(5, (f) => f.type === 'event' && f.room === 'veiled:a');
    assert.deepEqual(events(plain, 'veiled:a').at(-1)!.event, { type: 'said', body: '', isHidden: true });
    for (const client of [h1, h2, plain]) client.ws.terminate();
  });
});
