/**
 * Presence across two nodes (two apps on one PostgreSQL schema and one Redis bus, as a
 * scaled-out deployment runs): Grace's socket on node B keeps her online while her socket on
 * node A closes, and Ada, connected to node A, hears of her leaving only when the last one
 * anywhere closes. Needs HEARTH_TEST_DATABASE_URL and HEARTH_TEST_REDIS_URL.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { buildApp, type HearthApp } from '../src/app/build-app.js';
import { loadConfig } from '../src/config/config.js';
import { ManualClock } from '../src/platform/clock.js';
import { createLogger } from '../src/platform/logger.js';
import { ApiClient, registerMember, setUpCommunity, testDatabaseUrl, testRedisUrl, type TestApp } from './harness.js';
import { openSocket, type TestSocket } from './realtime-client.js';

interface Node {
  hearth: HearthApp;
  url: string;
}

describe('presence across two nodes', { skip: !(testDatabaseUrl && testRedisUrl) && 'needs PostgreSQL and Redis' }, () => {
  const schema = `t_presence_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const busPrefix = `hearth-test-presence-${process.pid}-${Math.random().toString(36).slice(2, 8)}:`;
  const clock = new ManualClock(Date.now());
  const dataDirs: string[] = [];
  let a: Node;
  let b: Node;
  let ada: ApiClient;
  let grace: ApiClient;
  let graceId = '';

  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: testDatabaseUrl! });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  const startNode = async (databaseUrl: string): Promise<Node> => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-presence-'));
    dataDirs.push(dataDir);
    const config = loadConfig({
      NODE_ENV: 'test',
      HEARTH_DATA_DIR: dataDir,
      HEARTH_PORT: '0',
      HEARTH_HOST: '127.0.0.1',
      HEARTH_LOG_LEVEL: 'silent',
      HEARTH_ROLES: 'api,realtime',
      HEARTH_RATE_LIMIT: 'false',
      HEARTH_DATABASE_URL: databaseUrl,
      HEARTH_REDIS_URL: testRedisUrl!,
    });
    // One bus prefix for both: they are two nodes of one community.
    const hearth = await buildApp(config, { clock, logger: createLogger('silent'), busPrefix });
    return { hearth, url: await hearth.app.listen({ port: 0, host: '127.0.0.1' }) };
  };
  const on = (node: Node, client: ApiClient) => {
    const moved = new ApiClient(node.url);
    moved.cookies = client.cookies;
    return moved;
  };
  const settled = async (count: number, node: Node) => {
    const deadline = Date.now() + 5_000;
    while (node.hearth.realtime.openSockets !== count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} sockets`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await node.hearth.modules.presence.service.settled();
  };
  const isGraceOnline = async (viewer: ApiClient) => (await viewer.get(`/api/presence?ids=${graceId}`)).body.items[0].online as boolean;

  before(async () => {
    await admin(`create schema ${schema}`);
    const url = new URL(testDatabaseUrl!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    a = await startNode(url.toString());
    b = await startNode(url.toString());
    const asApp = { url: a.url, client: () => new ApiClient(a.url) } as unknown as TestApp;
    await setUpCommunity(asApp);
    ada = (await registerMember(asApp, { displayName: 'Ada' })).client;
    const registered = await registerMember(asApp, { displayName: 'Grace' });
    grace = registered.client;
    graceId = registered.member.id;
    assert.equal((await ada.post('/api/dms', { memberIds: [graceId] })).status, 201);
  });
  after(async () => {
    await a?.hearth.close();
    await b?.hearth.close();
    await admin(`drop schema if exists ${schema} cascade`);
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps Grace online while a socket on the other node stays open', async () => {
    const adaId = (await ada.get('/api/me')).body.member.id as string;
    const watcher: TestSocket = await openSocket(ada);
    watcher.send({ type: 'subscribe', room: `member:${adaId}` });
    await watcher.waitFor((frame) => frame.type === 'subscribed');
    const isGraceEvent = (online: boolean) => (frame: Record<string, any>) =>
      frame.type === 'event' && frame.event.memberId === graceId && frame.event.online === online;

    const onA = await openSocket(grace);
    await settled(2, a);
    const onB = await openSocket(on(b, grace));
    await settled(1, b);
    await watcher.waitFor(isGraceEvent(true));
    assert.equal(await isGraceOnline(ada), true);

    onA.close();
    await onA.closed;
    await settled(1, a);
    assert.equal(await isGraceOnline(ada), true, 'node A sees her socket on node B');
    assert.equal(await isGraceOnline(on(b, ada)), true);
    assert.equal(watcher.frames.filter(isGraceEvent(false)).length, 0, 'no offline event while node B holds her');

    onB.close();
    await onB.closed;
    await settled(0, b);
    const offline = await watcher.waitFor(isGraceEvent(false));
    assert.equal(offline.event.at, new Date(clock.now()).toISOString(), 'node B announced it, and node A delivered it');
    assert.equal(await isGraceOnline(ada), false);
    watcher.close();
  });
});
