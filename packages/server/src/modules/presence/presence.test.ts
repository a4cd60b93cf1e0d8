/**
 * Presence over HTTP and WebSocket: a member's first socket brings them online for the people
 * they share a DM with, their last one takes them offline; a second socket keeps them online;
 * rows of another node count until that node stops refreshing them; blocks hide presence.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';
import type { ApiClient, TestApp } from '../../../test/harness.js';
import { openSocket, type TestSocket } from '../../../test/realtime-client.js';
import type { ManualClock } from '../../platform/clock.js';
import { PRESENCE_HEARTBEAT_MS, PRESENCE_STALE_MS } from './index.js';

const UNKNOWN = '01900000-0000-7000-8000-000000000000';

describe('presence: who is online, across sockets and nodes', () => {
  let app: TestApp;
  let owner: ApiClient;
  let ada: { client: ApiClient; id: string };
  let grace: { client: ApiClient; id: string };
  let carol: { client: ApiClient; id: string };
  let watcher: TestSocket;

  const clock = () => app.clock as ManualClock;
  const presence = () => app.hearth.modules.presence.service;

  /** Waits until the hub counts `count` sockets and presence has written what it heard. */
  const settle = async (count: number) => {
    const deadline = Date.now() + 5_000;
    while (app.hearth.realtime.openSockets !== count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} sockets, have ${app.hearth.realtime.openSockets}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await presence().settled();
  };
  const connect = async (client: ApiClient) => {
    const expected = app.hearth.realtime.openSockets + 1;
    const socket = await openSocket(client);
    await settle(expected);
    return socket;
  };
  const disconnect = async (socket: TestSocket) => {
    const expected = app.hearth.realtime.openSockets - 1;
    socket.close();
    await socket.closed;
    await settle(expected);
  };
  const presenceOf = async (viewer: ApiClient, ids: string[]) => {
    const res = await viewer.get(`/api/presence?ids=${ids.join(',')}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.items as { memberId: string; online: boolean; lastSeenAt: string | null }[];
  };
  const presenceEvents = (memberId: string) =>
    watcher.frames.filter((frame) => frame.type === 'event' && frame.event.type === 'presence' && frame.event.memberId === memberId);

  before(async () => {
    ({ app, owner } = await startCommunity());
    ada = await memberWithRole(app, owner, 'member', { displayName: 'Ada' });
    grace = await memberWithRole(app, owner, 'member', { displayName: 'Grace' });
    carol = await memberWithRole(app, owner, 'member', { displayName: 'Carol' });
    for (const other of [grace, carol]) {
      const dm = await ada.client.post('/api/dms', { memberIds: [other.id] });
      assert.equal(dm.status, 201, JSON.stringify(dm.body));
    }
    watcher = await connect(ada.client);
    watcher.send({ type: 'subscribe', room: `member:${ada.id}` });
    await watcher.waitFor((frame) => frame.type === 'subscribed' && frame.room === `member:${ada.id}`);
  });
  after(async () => {
    watcher?.close();
    await app.close();
  });

  it('says offline and never seen for someone who never connected, and repeats an id once', async () => {
    const items = await presenceOf(ada.client, [grace.id, grace.id, UNKNOWN]);
    assert.deepEqual(items, [
      { memberId: grace.id, online: false, lastSeenAt: null },
      { memberId: UNKNOWN, online: false, lastSeenAt: null },
    ]);
  });

  it('tells DM partners when a member comes online, and a second socket keeps them online', async () => {
    const first = await connect(grace.client);
    const online = await watcher.waitFor((frame) => frame.type === 'event' && frame.event.memberId === grace.id);
    assert.equal(online.room, `member:${ada.id}`);
    assert.equal(online.event.online, true);
    assert.equal(online.event.at, new Date(clock().now()).toISOString());
    assert.equal((await presenceOf(ada.client, [grace.id]))[0]!.online, true);

    const second = await connect(grace.client);
    assert.equal(presenceEvents(grace.id).length, 1, 'a second socket on the same node announces nothing new');
    clock().advance(5_000);
    await disconnect(first);
    assert.equal((await presenceOf(ada.client, [grace.id]))[0]!.online, true, 'the other socket keeps her online');
    assert.equal(presenceEvents(grace.id).length, 1, 'no offline event while a socket is open');

    clock().advance(5_000);
    const leftAt = new Date(clock().now()).toISOString();
    await disconnect(second);
    const offline = await watcher.waitFor((frame) => frame.type === 'event' && frame.event.memberId === grace.id && !frame.event.online);
    assert.equal(offline.event.at, leftAt);
    assert.deepEqual(await presenceOf(ada.client, [grace.id]), [{ memberId: grace.id, online: false, lastSeenAt: leftAt }]);
  });

  it('stays online through heartbeats, and counts another node until that node stops refreshing', async () => {
    const socket = await connect(grace.client);
    for (let beat = 0; beat < 4; beat += 1) {
      clock().advance(PRESENCE_HEARTBEAT_MS);
      await presence().heartbeat();
    }
    assert.equal((await presenceOf(ada.client, [grace.id]))[0]!.online, true, 'her node refreshes her row');
    const from = watcher.frames.length;
    await disconnect(socket);
    await watcher.waitFor((frame) => frame.type === 'event' && frame.event.memberId === grace.id && !frame.event.online, 5_000, from);

    // Grace also holds a socket on a node that then dies (its row is never refreshed again).
    const otherNodeSince = clock().now();
    await app.hearth.platform.db
      .insertInto('memberPresence')
      .values({ memberId: grace.id, nodeId: 'node-that-dies', sockets: 1, updatedAt: otherNodeSince })
      .execute();
    const events = presenceEvents(grace.id).length;
    const beforeHere = watcher.frames.length;
    const here = await connect(grace.client);
    // Fan-out is delivered in bursts, so wait for her coming online before reading the events.
    await watcher.waitFor((frame) => frame.type === 'event' && frame.event.memberId === grace.id && frame.event.online, 5_000, beforeHere);
    await disconnect(here);
    assert.equal((await presenceOf(ada.client, [grace.id]))[0]!.online, true, 'online on the other node');
    const afterHere = presenceEvents(grace.id);
    assert.equal(afterHere.at(-1)!.event.online, true, 'closing her socket here does not take her offline');
    assert.equal(afterHere.length, events + 1);

    clock().advance(PRESENCE_STALE_MS - 1);
    await presence().heartbeat();
    assert.equal((await presenceOf(ada.client, [grace.id]))[0]!.online, true, 'not stale yet');
    clock().advance(2);
    assert.equal((await presenceOf(ada.client, [grace.id]))[0]!.online, false, 'a stale row counts as offline at once');
    await presence().heartbeat();
    const expired = await watcher.waitFor(
      (frame) => frame.type === 'event' && frame.event.memberId === grace.id && !frame.event.online,
      5_000,
      watcher.frames.indexOf(afterHere.at(-1)!) + 1,
    );
    const lastSeen = new Date(clock().now() - PRESENCE_STALE_MS - 1).toISOString();
    assert.equal(expired.event.at, lastSeen, 'last seen when the dead node last refreshed');
    assert.equal((await presenceOf(ada.client, [grace.id]))[0]!.lastSeenAt, lastSeen);
  });

  it('hides presence between members who block each other, both ways', async () => {
    const socket = await connect(carol.client);
    await watcher.waitFor((frame) => frame.type === 'event' && frame.event.memberId === carol.id && frame.event.online);
    const block = await carol.client.put(`/api/members/${ada.id}/block`);
    assert.equal(block.status, 200, JSON.stringify(block.body));
    assert.deepEqual(await presenceOf(ada.client, [carol.id]), [{ memberId: carol.id, online: false, lastSeenAt: null }]);
    assert.deepEqual(await presenceOf(carol.client, [ada.id]), [{ memberId: ada.id, online: false, lastSeenAt: null }]);
    const before = presenceEvents(carol.id).length;
    await disconnect(socket);
    await connect(carol.client).then(disconnect);
    assert.equal(presenceEvents(carol.id).length, before, 'Ada hears nothing of Carol across the block');
    assert.equal((await presenceOf(grace.client, [carol.id]))[0]!.lastSeenAt !== null, true, 'others still see when she was last on');
  });

  it('refuses bad lists of ids and anonymous callers', async () => {
    const many = Array.from({ length: 101 }, (_, index) => `m${index}`).join(',');
    const tooMany = await ada.client.get(`/api/presence?ids=${many}`);
    assertProblem(tooMany, 400, 'invalid_input');
    assert.equal(tooMany.body.errors?.[0]?.code, 'too_many_ids', JSON.stringify(tooMany.body));
    assert.equal((await ada.client.get(`/api/presence?ids=${Array.from({ length: 100 }, (_, i) => `m${i}`).join(',')}`)).status, 200);
    for (const bad of ['', 'a,,b', 'a%20b', '%3Cscript%3E', `${'x'.repeat(65)}`, 'a,']) {
      assertProblem(await ada.client.get(`/api/presence?ids=${bad}`), 400, 'invalid_input');
    }
    assertProblem(await ada.client.get('/api/presence'), 400, 'invalid_input');
    assertProblem(await app.client().get(`/api/presence?ids=${grace.id}`), 401, 'unauthenticated');
  });
});
