/**
 * Chat fan-out: 2,000 WebSocket clients in one chat space on one node. For Hearth and, in
 * the same run, a bare `ws` broadcast server (the ceiling), the posting rate is raised step
 * by step while every message reaches every client with p99 post→deliver latency < 100 ms;
 * the highest such rate is each one's sustained rate. Hearth persists and sequences every
 * message (POST /api/conversations/:id/messages), the ceiling only relays. Figures: delivered
 * messages/s and p50/p99 at 25 messages/s, the sustained rates and their ratio.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { emit, freePort, root, startServer } from './lib/server.js';
import { seedCommunity } from './lib/seed-community.js';
import { openClients, percentile, type ClientPool } from './lib/ws-clients.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 2_000);
const STEP_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const RATES = [15, 20, 25, 30, 40, 50, 75, 100, 150, 200];
const STAMP = /"body":"t:(\d+)"/;
const stamp = (frame: string) => {
  const match = STAMP.exec(frame);
  return match ? Number(match[1]) : null;
};

interface Step {
  rate: number;
  sent: number;
  delivered: number;
  deliveredPerSecond: number;
  p50: number;
  p99: number;
  sustained: boolean;
}

/** Posts at `rate` messages/s for STEP_SECONDS, then waits for stragglers and measures. */
async function step(pool: ClientPool, rate: number, post: (body: string) => Promise<void>): Promise<Step> {
  pool.reset();
  const interval = 1000 / rate;
  const started = performance.now();
  const posts: Promise<void>[] = [];
  let sent = 0;
  while (performance.now() - started < STEP_SECONDS * 1000) {
    const due = started + sent * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    posts.push(post(`t:${Date.now()}`));
    sent += 1;
  }
  await Promise.all(posts);
  const expected = sent * CLIENTS;
  const deadline = Date.now() + 3_000;
  while (pool.latencies.length < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  const elapsed = (performance.now() - started) / 1000;
  const p99 = percentile(pool.latencies, 99);
  const delivered = pool.latencies.length;
  return {
    rate,
    sent,
    delivered,
    deliveredPerSecond: Math.round(delivered / elapsed),
    p50: percentile(pool.latencies, 50),
    p99,
    sustained: delivered >= expected && p99 < 100,
  };
}

async function climb(label: string, pool: ClientPool, post: (body: string) => Promise<void>): Promise<{ sustained: number; at25: Step }> {
  let sustained = 0;
  let at25: Step | null = null;
  // Warm-up (JIT, first allocations), not reported.
  await step(pool, 10, post);
  for (const rate of RATES) {
    const result = await step(pool, rate, post);
    emit({ bench: `chat_fanout_${label}_step`, clients: CLIENTS, ...result });
    if (rate === 25) at25 = result;
    if (!result.sustained) break;
    sustained = rate;
  }
  // The figure at 25 messages/s is reported even when the climb stopped below it.
  return { sustained, at25: at25 ?? (await step(pool, 25, post)) };
}

// Hearth: members with sessions, one open chat space.
let spaceId = '';
const seeded = await seedCommunity(CLIENTS, async (hearth) => {
  const access = { minTierRank: null, private: false, postMinTierRank: null };
  const { withTransaction } = await import('../packages/server/src/db/database.js');
  spaceId = await withTransaction(hearth.platform.db, (tx) =>
    hearth.modules.spaces.service.insertSpace(
      tx,
      { name: 'Lobby', description: '', icon: '', kind: 'chat', sectionId: null, access },
      null,
    ),
  );
});
const server = await startServer({ HEARTH_RATE_LIMIT: 'false' }, seeded.dataDir);
const wsUrl = server.url.replace('http', 'ws') + '/api/realtime';
const ownerHeaders = { cookie: `hearth_session=${seeded.ownerToken}`, origin: server.url, 'content-type': 'application/json' };
const opened = await fetch(`${server.url}/api/conversations/${spaceId}`, { headers: ownerHeaders });
if (opened.status !== 200) throw new Error(`chat space not readable: ${opened.status}`);
const hearthPool = await openClients({
  count: CLIENTS,
  url: () => wsUrl,
  headers: (i) => ({ cookie: `hearth_session=${seeded.memberTokens[i]}`, origin: server.url }),
  ready: (socket) =>
    new Promise((resolve) => {
      const onFrame = (data: unknown) => {
        if (String(data).includes('"subscribed"')) {
          socket.off('message', onFrame);
          resolve();
        }
      };
      socket.on('message', onFrame);
      socket.send(JSON.stringify({ type: 'resume', conversationId: spaceId, afterSeq: 0 }));
    }),
  stamp,
});
const rssIdle = server.rssMb();
const hearth = await climb('hearth', hearthPool, async (body) => {
  const res = await fetch(`${server.url}/api/conversations/${spaceId}/messages`, {
    method: 'POST',
    headers: ownerHeaders,
    body: JSON.stringify({ body }),
  });
  if (res.status !== 201) throw new Error(`post → ${res.status} ${await res.text()}`);
});
const rssLoaded = server.rssMb();
await hearthPool.close();
await server.stop();

// The ceiling: a bare ws broadcast.
const port = freePort();
const bare = spawn(process.execPath, [path.join(root, 'bench/lib/bare-ws-broadcast.mjs')], {
  env: { ...process.env, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => bare.stdout!.once('data', resolve));
const barePool = await openClients({
  count: CLIENTS,
  url: () => `ws://127.0.0.1:${port}`,
  headers: () => ({}),
  ready: async () => undefined,
  stamp,
});
const ceiling = await climb('bare_ws', barePool, async (body) => {
  const res = await fetch(`http://127.0.0.1:${port}/`, {
    method: 'POST',
    body: JSON.stringify({ id: 'x', seq: 1, authorId: 'x', body, createdAt: new Date().toISOString() }),
  });
  await res.arrayBuffer();
});
await barePool.close();
bare.kill();

emit({
  bench: 'chat_fanout_hearth',
  clients: CLIENTS,
  sustained_rate: hearth.sustained,
  at_25: { delivered_per_s: hearth.at25.deliveredPerSecond, p50: hearth.at25.p50, p99: hearth.at25.p99 },
  rss_mb_idle: Math.round(rssIdle),
  rss_mb_loaded: Math.round(rssLoaded),
});
emit({
  bench: 'chat_fanout_ceiling_bare_ws',
  clients: CLIENTS,
  sustained_rate: ceiling.sustained,
  at_25: { delivered_per_s: ceiling.at25.deliveredPerSecond, p50: ceiling.at25.p50, p99: ceiling.at25.p99 },
});
emit({
  bench: 'chat_fanout_ratio_to_ceiling',
  value: ceiling.sustained ? Number((hearth.sustained / ceiling.sustained).toFixed(2)) : null,
  target: 0.5,
});
