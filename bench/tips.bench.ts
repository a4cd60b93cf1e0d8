/**
 * Tips over HTTP (issue 4): POST /api/tips at 32 connections, each request a different
 * tipper's session and its own Idempotency-Key, tipping threads of 20 authors with points —
 * tips/s and p99, target ≥ 3,000 tips/s on SQLite. Then a hot author: 1,000 members tip one
 * thread at the same instant — all must be accepted; p50/p99 of those 1,000 requests.
 *
 * The server runs as `npm start` runs it, with the durability Hearth ships (SQLite
 * synchronous=FULL: an acknowledged tip survives a power loss), rate limits off (one client
 * machine stands in for a thousand members) and the tip caps raised so none refuses.
 * Afterwards the ledger audit must pass and the tip count must equal the 201s.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import autocannon from 'autocannon';
import { withTransaction } from '../packages/server/src/db/database.js';
import { emit, startServer } from './lib/server.js';
import { seedCommunity } from './lib/seed-community.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const MEMBERS = 1_000;
const AUTHORS = 20;
const CONNECTIONS = 32;

let pointsId = '';
const threads: string[] = [];
const seeded = await seedCommunity(MEMBERS, async (hearth, community) => {
  const ledger = hearth.modules.ledger.service;
  const open = { minTierRank: null, private: false, postMinTierRank: null };
  const now = Date.now();
  // Outside the transaction: it reads through the app's own connection.
  const points = await ledger.ensurePointsAsset();
  pointsId = points.id;
  await withTransaction(hearth.platform.db, async (tx) => {
    const spaceId = await hearth.modules.spaces.service.insertSpace(
      tx,
      { name: '打賞', description: '', icon: '', kind: 'discussion', sectionId: null, access: open },
      null,
    );
    for (let a = 0; a < AUTHORS; a++)
      threads.push(
        await hearth.modules.posts.importThread(tx, {
          spaceId,
          authorId: community.memberIds[a]!,
          title: `值得打賞的分享 ${a}`,
          body: '手沖咖啡的**溫度**與研磨度筆記',
          createdAt: now - a * 1000,
          comments: [],
        }),
      );
    for (const memberId of [community.ownerId, ...community.memberIds])
      await ledger.mint(tx, { assetId: points.id, to: { memberId }, amount: 1_000_000, kind: 'grant' });
  });
});

const server = await startServer({ HEARTH_RATE_LIMIT: 'false' }, seeded.dataDir);
const origin = server.url;
const sessionOf = (token: string) => `hearth_session=${token}`;
const owner = { cookie: sessionOf(seeded.ownerToken), origin, 'content-type': 'application/json' };
const caps = await fetch(`${server.url}/api/admin/economy/settings`, {
  method: 'PATCH',
  headers: owner,
  body: JSON.stringify({ tipDailyCap: 1e12, tipPairDailyCap: 1e12 }),
});
if (!caps.ok) throw new Error(`raising the tip caps → ${caps.status} ${await caps.text()}`);

/** The i-th tip: a tipper who is not an author, to one of the 20 authors' threads. */
const tipper = (i: number) => seeded.memberTokens[AUTHORS + (i % (MEMBERS - AUTHORS))]!;
const tipBody = (threadId: string) => JSON.stringify({ target: { kind: 'post', id: threadId }, assetId: pointsId, amount: 1 });

async function sustained(seconds: number) {
  let i = 0;
  const result = await autocannon({
    url: `${server.url}/api/tips`,
    connections: CONNECTIONS,
    duration: seconds,
    method: 'POST',
    requests: [
      {
        setupRequest: (req) => {
          const n = i++;
          return {
            ...req,
            headers: { cookie: sessionOf(tipper(n)), origin, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
            body: tipBody(threads[n % AUTHORS]!),
          };
        },
      },
    ],
  });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

await sustained(2); // warm-up
const tips = await sustained(SECONDS);
emit({
  bench: 'tips_http',
  engine: 'sqlite',
  synchronous: 'FULL',
  connections: CONNECTIONS,
  tips_per_s: tips.rps,
  p50_ms: tips.p50,
  p99_ms: tips.p99,
  non2xx: tips.non2xx,
  errors: tips.errors,
  target_tips_per_s: 3000,
});

// A hot author: the owner and 999 members (all but the author) tip one thread at once.
const hot = threads[0]!;
const hotTippers = [seeded.ownerToken, ...seeded.memberTokens.slice(1)];
const started = performance.now();
// All 1,000 requests are sent at once over up to 250 connections (more would overflow the
// server's listen backlog, as no browser crowd would: each has its own kept-alive connection).
const agent = new http.Agent({ keepAlive: true, maxSockets: 250 });
const outcomes = await Promise.all(
  hotTippers.map(
    (token) =>
      new Promise<{ status: number; ms: number }>((resolve, reject) => {
        const t0 = performance.now();
        const body = tipBody(hot);
        const request = http.request(
          `${server.url}/api/tips`,
          {
            method: 'POST',
            agent,
            headers: { cookie: sessionOf(token), origin, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          },
          (response) => {
            response.resume();
            response.on('end', () => resolve({ status: response.statusCode ?? 0, ms: performance.now() - t0 }));
          },
        );
        request.on('error', reject);
        request.end(body);
      }),
  ),
);
agent.destroy();
const wall = performance.now() - started;
const latencies = outcomes.map((o) => o.ms).sort((a, b) => a - b);
const at = (q: number) => Number(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1));
const summary = (await (
  await fetch(`${server.url}/api/tips/summary?targets=post:${hot}`, { headers: { cookie: sessionOf(seeded.ownerToken) } })
).json()) as { items: { tipCount: number }[] };
const audit = await fetch(`${server.url}/api/admin/ledger/audit`, { headers: { cookie: sessionOf(seeded.ownerToken) } });
emit({
  bench: 'tips_hot_author',
  engine: 'sqlite',
  concurrent: hotTippers.length,
  accepted: outcomes.filter((o) => o.status === 201).length,
  statuses: [...new Set(outcomes.map((o) => o.status))],
  p50_ms: at(0.5),
  p99_ms: at(0.99),
  wall_ms: Math.round(wall),
  // Tips the thread shows afterwards: every accepted one, plus those of the sustained run.
  thread_tip_count: summary.items[0]?.tipCount ?? null,
  ledger_audit_ok: audit.ok ? ((await audit.json()) as { ok: boolean }).ok : audit.status,
});
await server.stop();
fs.rmSync(seeded.dataDir, { recursive: true, force: true });
