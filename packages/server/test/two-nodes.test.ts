/**
 * Two Hearth server processes on one PostgreSQL and one Redis (as CI runs it): a message
 * posted through node A reaches a socket on node B, and a socket that dropped resumes
 * against either node with exactly what it missed. Needs HEARTH_TEST_DATABASE_URL and
 * HEARTH_TEST_REDIS_URL; skipped on the embedded adapters, where there is one process.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ApiClient, OWNER, testDatabaseUrl, testRedisUrl } from './harness.js';
import { openSocket } from './realtime-client.js';

const serverMain = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/main.ts');

interface Node {
  url: string;
  child: ChildProcess;
}

async function startNode(env: Record<string, string>): Promise<Node> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, ['--import', 'tsx', serverMain], {
    env: {
      ...process.env,
      ...env,
      HEARTH_PORT: String(port),
      HEARTH_HOST: '127.0.0.1',
      HEARTH_LOG_LEVEL: 'warn',
      HEARTH_RATE_LIMIT: 'false',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`node exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('node did not start');
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, child };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function stopNode(node: Node | undefined): Promise<void> {
  if (!node || node.child.exitCode !== null) return;
  const exited = new Promise((resolve) => node.child.once('exit', resolve));
  node.child.kill('SIGTERM');
  await exited;
}

describe('realtime across two server processes', { skip: !(testDatabaseUrl && testRedisUrl) && 'needs PostgreSQL and Redis' }, () => {
  let a: Node | undefined;
  let b: Node | undefined;
  let schema = '';
  const dataDirs: string[] = [];

  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: testDatabaseUrl! });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };

  before(async () => {
    schema = `t_nodes_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await admin(`create schema ${schema}`);
    const url = new URL(testDatabaseUrl!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const shared = { HEARTH_DATABASE_URL: url.toString(), HEARTH_REDIS_URL: testRedisUrl! };
    const dir = () => {
      const d = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-node-'));
      dataDirs.push(d);
      return d;
    };
    a = await startNode({ ...shared, HEARTH_DATA_DIR: dir() });
    b = await startNode({ ...shared, HEARTH_DATA_DIR: dir() });
  });

  after(async () => {
    await stopNode(a);
    await stopNode(b);
    if (schema) await admin(`drop schema if exists ${schema} cascade`);
    for (const d of dataDirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('delivers a message posted on node A to a socket on node B, and resumes on either', async () => {
    const ownerA = new ApiClient(a!.url);
    const setup = await ownerA.post('/api/setup', { community: { name: 'Two nodes', locale: 'en' }, owner: OWNER });
    assert.equal(setup.status, 201, JSON.stringify(setup.body));
    const friendB = new ApiClient(b!.url);
    const joined = await friendB.post('/api/auth/register', {
      email: 'friend@example.com',
      password: 'a long enough passphrase',
      displayName: 'Friend',
    });
    assert.equal(joined.status, 201, JSON.stringify(joined.body));
    const dm = (await ownerA.post('/api/dms', { memberIds: [joined.body.member.id] })).body.conversation.id as string;

    const onB = await openSocket(friendB);
    onB.send({ type: 'resume', conversationId: dm, afterSeq: 0 });
    await onB.waitFor((f) => f.type === 'subscribed');
    for (const body of ['one', 'two']) assert.equal((await ownerA.post(`/api/conversations/${dm}/messages`, { body })).status, 201);
    const live = await onB.waitForCount((f) => f.type === 'message', 2, 10_000);
    assert.deepEqual(
      live.map((f) => [f.message.seq, f.message.body]),
      [
        [1, 'one'],
        [2, 'two'],
      ],
    );
    onB.ws.terminate();
    await onB.closed;

    assert.equal((await ownerA.post(`/api/conversations/${dm}/messages`, { body: 'three' })).status, 201);
    // The friend's cookie works on either node: resume against node A this time.
    const friendOnA = new ApiClient(a!.url);
    friendOnA.cookies = new Map(friendB.cookies);
    const onA = await openSocket(friendOnA);
    onA.send({ type: 'resume', conversationId: dm, afterSeq: 2 });
    const missed = await onA.waitFor((f) => f.type === 'message');
    assert.equal(missed.message.seq, 3);
    assert.equal((await new ApiClient(b!.url, 'en').get('/api/health')).body.bus, 'redis');
    onA.close();
  });
});
