/**
 * Chat fan-out (issue 3): 2,000 WebSocket clients in one chat space on one node. For Hearth
 * and, in the same run and with the same kind of clients, a bare `ws` broadcast server (the
 * ceiling), both up at once with their steps taking turns, the posting rate is raised until a
 * step fails: a step passes when every message reaches every client exactly once (and, on
 * Hearth, in seq order with no hole) with p99 post→deliver latency < 100 ms. A failed step is
 * tried once more (the machine is shared), then the rate is bisected between the last pass and
 * the first failure. The highest passing rate is the sustained rate. Hearth gets each message
 * through its real route (POST /api/conversations/:id/messages: persisted, sequenced, indexed,
 * events emitted) and its clients subscribe over its real protocol (`resume` from seq 0); the
 * ceiling only relays. After the climb the database must hold every message posted, with
 * seqs 1…N.
 * Figures (one JSON line each): every step, then for each server the sustained rate and
 * delivered messages/s with p50/p99 at 25 messages/s, then their ratio (target ≥ 0.5).
 * The clients live in BENCH_CLIENT_PROCS child processes (fanout-clients.ts), which report
 * their CPU per step (`clientCpuMax`), so a step limited by its clients shows as such.
 *
 * BENCH_CLIENTS (2000), BENCH_SECONDS (step length, 6), BENCH_CLIENT_PROCS (2), BENCH_ONLY
 * (hearth | bare_ws), BENCH_RATES (the climb's steps, comma-separated), BENCH_SERVER_NODE_ARGS
 * (e.g. --cpu-prof for the Hearth server), BENCH_FROM_SOURCE=1 (see lib/server.ts).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openFanoutClients, type FanoutClients } from './lib/fanout-clients.js';
import { seedCommunity } from './lib/seed-community.js';
import { emit, freePort, root, startServer } from './lib/server.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 2_000);
const STEP_SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const PROCESSES = Number(process.env.BENCH_CLIENT_PROCS ?? 2);
const ONLY = process.env.BENCH_ONLY ?? '';
const RATES = (process.env.BENCH_RATES ?? '10,15,20,25,30,40,50,60,75,100,125,150,200,250,300,400').split(',').map(Number);
const P99_LIMIT_MS = 100;
const STRAGGLER_MS = 3_000;

interface Step {
  rate: number;
  attempt: number;
  sent: number;
  failedPosts: number;
  delivered: number;
  deliveredPerSecond: number;
  p50: number;
  p99: number;
  postP99: number;
  seqErrors: number;
  closedSockets: number;
  perSocket: [min: number, max: number];
  serverCpu: number;
  /** Server CPU time per message posted: what the server pays, whatever else the machine runs. */
  serverCpuMsPerMessage: number;
  clientCpuMax: number;
  load1: number;
  sustained: boolean;
}

type Post = (body: string) => Promise<void>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CPU seconds (user + system) a process has used, from /proc (fields after the command name). */
function processCpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function percentileOf(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Lets what is still in flight arrive, so it does not count in the next step. */
async function settle(clients: FanoutClients): Promise<void> {
  let before = -1;
  for (let i = 0; i < 60; i++) {
    const { delivered } = await clients.report();
    if (delivered === before) return;
    before = delivered;
    await sleep(500);
  }
}

/** Posts at `rate` messages/s for STEP_SECONDS (on a fixed schedule, never waiting for answers), then measures. */
async function step(clients: FanoutClients, serverPid: number, rate: number, attempt: number, post: Post): Promise<Step> {
  await settle(clients);
  await clients.reset();
  await clients.report(); // restarts the client CPU window
  const cpuBefore = processCpuSeconds(serverPid);
  const interval = 1000 / rate;
  const started = performance.now();
  const startedAt = Date.now();
  const posts: Promise<void>[] = [];
  const postLatencies: number[] = [];
  let failedPosts = 0;
  let sent = 0;
  while (sent < rate * STEP_SECONDS) {
    const wait = started + sent * interval - performance.now();
    if (wait > 0) await sleep(wait);
    const at = performance.now();
    posts.push(
      post(`t:${Date.now()}:${sent}`).then(
        () => void postLatencies.push(performance.now() - at),
        () => void (failedPosts += 1),
      ),
    );
    sent += 1;
  }
  await Promise.all(posts);
  const expected = sent * CLIENTS;
  const deadline = Date.now() + STRAGGLER_MS;
  let report = await clients.report();
  while (report.delivered < expected && Date.now() < deadline) {
    await sleep(100);
    report = await clients.report();
  }
  const serverCpuSeconds = processCpuSeconds(serverPid) - cpuBefore;
  const serverCpu = serverCpuSeconds / ((performance.now() - started) / 1000);
  const p99 = report.percentile(99);
  const isComplete = report.delivered === expected && report.minPerSocket === sent && report.maxPerSocket === sent;
  return {
    rate,
    attempt,
    sent,
    failedPosts,
    delivered: report.delivered,
    // Over the time from the first post to the last delivery.
    deliveredPerSecond: Math.round(report.delivered / (Math.max(report.lastAt - startedAt, 1) / 1000)),
    p50: report.percentile(50),
    p99,
    postP99: Number(percentileOf(postLatencies, 99).toFixed(1)),
    seqErrors: report.seqErrors,
    closedSockets: report.closed,
    perSocket: [report.minPerSocket, report.maxPerSocket],
    serverCpu: Number(serverCpu.toFixed(2)),
    serverCpuMsPerMessage: Number(((serverCpuSeconds * 1000) / sent).toFixed(2)),
    clientCpuMax: report.clientCpuMax,
    load1: Number(os.loadavg()[0]!.toFixed(2)),
    sustained: failedPosts === 0 && isComplete && report.seqErrors === 0 && report.closed === 0 && p99 < P99_LIMIT_MS,
  };
}

/** One server under test: its clients, its process and how a message is posted to it. */
interface Target {
  label: string;
  clients: FanoutClients;
  pid: number;
  post: Post;
  stop(): Promise<void>;
}

/** A rate passes if one of two tries does (a shared machine has hiccups). */
async function tryRate(target: Target, rate: number, steps: Map<number, Step>): Promise<boolean> {
  for (let attempt = 1; attempt <= 2; attempt++) {
    const result = await step(target.clients, target.pid, rate, attempt, target.post);
    emit({ bench: `chat_fanout_${target.label}_step`, clients: CLIENTS, ...result });
    if (!steps.has(rate) || result.sustained) steps.set(rate, result);
    if (result.sustained) return true;
    // A socket dropped as too slow does not come back; later steps would fail for that alone.
    if (result.closedSockets > 0) return false;
  }
  return false;
}

/**
 * The highest rate a target sustains: up the RATES list until a rate fails, then bisected
 * between the last pass and the first failure. The targets' steps alternate (Hearth at a
 * rate, the ceiling at its rate, and so on), so both see the same machine over time.
 */
async function climb(targets: Target[]): Promise<Map<Target, { sustained: number; at25: Step }>> {
  const state = new Map(targets.map((t) => [t, { steps: new Map<number, Step>(), passed: 0, failed: null as number | null, next: 0 }]));
  // Warm-up (JIT, first allocations), not reported.
  for (const target of targets) await step(target.clients, target.pid, 10, 0, target.post);
  const nextRate = (s: { passed: number; failed: number | null; next: number }): number | null => {
    if (s.failed === null) return RATES[s.next] ?? null;
    return s.failed - s.passed > Math.max(5, s.passed * 0.1) ? Math.round((s.passed + s.failed) / 2) : null;
  };
  for (;;) {
    const due = targets.filter((t) => nextRate(state.get(t)!) !== null);
    if (due.length === 0) break;
    for (const target of due) {
      const s = state.get(target)!;
      const rate = nextRate(s)!;
      if (s.failed === null) s.next += 1;
      if (await tryRate(target, rate, s.steps)) s.passed = rate;
      else s.failed = rate;
    }
  }
  const results = new Map<Target, { sustained: number; at25: Step }>();
  for (const target of targets) {
    const s = state.get(target)!;
    // The figure at 25 messages/s is reported even when the climb stopped below it.
    const at25 = s.steps.get(25) ?? (await step(target.clients, target.pid, 25, 1, target.post));
    results.set(target, { sustained: s.passed, at25 });
  }
  return results;
}

const summary = (at25: Step) => ({
  delivered_per_s: at25.deliveredPerSecond,
  p50: at25.p50,
  p99: at25.p99,
  server_cpu: at25.serverCpu,
  server_cpu_ms_per_message: at25.serverCpuMsPerMessage,
});

/** Hearth with CLIENTS members, each with a session and a socket subscribed to one open chat space. */
async function startHearth(): Promise<Target & { rssMb(): number; checkStored(): void }> {
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
  const ownerHeaders = { cookie: `hearth_session=${seeded.ownerToken}`, origin: server.url, 'content-type': 'application/json' };
  const opened = await fetch(`${server.url}/api/conversations/${spaceId}`, { headers: ownerHeaders });
  if (opened.status !== 200) throw new Error(`chat space not readable: ${opened.status}`);
  const clients = await openFanoutClients({
    url: server.url.replace('http', 'ws') + '/api/realtime',
    headers: seeded.memberTokens.map((token) => ({ cookie: `hearth_session=${token}`, origin: server.url })),
    processes: PROCESSES,
    resume: spaceId,
    checkSeq: true,
  });
  let posted = 0;
  return {
    label: 'hearth',
    clients,
    pid: server.child.pid!,
    rssMb: () => server.rssMb(),
    post: async (body) => {
      const res = await fetch(`${server.url}/api/conversations/${spaceId}/messages`, {
        method: 'POST',
        headers: ownerHeaders,
        body: JSON.stringify({ body }),
      });
      const text = await res.text();
      if (res.status !== 201) throw new Error(`post → ${res.status} ${text}`);
      posted += 1;
    },
    // Every message persisted and sequenced: seqs 1…N, N = what was posted.
    checkStored: () => {
      const db = new Database(path.join(seeded.dataDir, 'hearth.sqlite'), { readonly: true, fileMustExist: true });
      const stored = db
        .prepare(
          'SELECT count(*) AS n, count(DISTINCT seq) AS seqs, min(seq) AS first, max(seq) AS last, ' +
            '(SELECT last_seq FROM conversation WHERE id = ?) AS lastSeq FROM message WHERE conversation_id = ?',
        )
        .get(spaceId, spaceId) as { n: number; seqs: number; first: number; last: number; lastSeq: number };
      db.close();
      const isPersisted =
        stored.n === posted && stored.seqs === posted && stored.first === 1 && stored.last === posted && stored.lastSeq === posted;
      emit({
        bench: 'chat_fanout_hearth_persisted',
        posted,
        stored: stored.n,
        first_seq: stored.first,
        last_seq: stored.last,
        ok: isPersisted,
      });
      if (!isPersisted) throw new Error(`stored ${JSON.stringify(stored)} for ${posted} posts`);
    },
    stop: async () => {
      await clients.close();
      await server.stop();
      fs.rmSync(seeded.dataDir, { recursive: true, force: true });
    },
  };
}

/** The ceiling: a bare `ws` server broadcasting every POSTed body to every socket, with the same clients. */
async function startCeiling(): Promise<Target> {
  const port = freePort();
  const bare = spawn(process.execPath, [path.join(root, 'bench/lib/bare-ws-broadcast.mjs')], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => bare.stdout!.once('data', resolve));
  const clients = await openFanoutClients({
    url: `ws://127.0.0.1:${port}`,
    headers: Array.from({ length: CLIENTS }, () => ({})),
    processes: PROCESSES,
    resume: null,
    checkSeq: false,
  });
  return {
    label: 'bare_ws',
    clients,
    pid: bare.pid!,
    post: async (body) => {
      const res = await fetch(`http://127.0.0.1:${port}/`, {
        method: 'POST',
        body: JSON.stringify({ id: 'x', seq: 1, authorId: 'x', body, createdAt: new Date().toISOString() }),
      });
      await res.arrayBuffer();
    },
    stop: async () => {
      await clients.close();
      bare.kill();
    },
  };
}

const hearth = ONLY === 'bare_ws' ? null : await startHearth();
const ceiling = ONLY === 'hearth' ? null : await startCeiling();
try {
  const rssIdle = hearth?.rssMb() ?? 0;
  const results = await climb([hearth, ceiling].filter((t): t is Target => t !== null));
  if (hearth) {
    hearth.checkStored();
    const result = results.get(hearth)!;
    emit({
      bench: 'chat_fanout_hearth',
      clients: CLIENTS,
      sustained_rate: result.sustained,
      sustained_deliveries_per_s: result.sustained * CLIENTS,
      at_25: summary(result.at25),
      rss_mb_idle: Math.round(rssIdle),
      rss_mb_loaded: Math.round(hearth.rssMb()),
    });
  }
  if (ceiling) {
    const result = results.get(ceiling)!;
    emit({
      bench: 'chat_fanout_ceiling_bare_ws',
      clients: CLIENTS,
      sustained_rate: result.sustained,
      sustained_deliveries_per_s: result.sustained * CLIENTS,
      at_25: summary(result.at25),
    });
  }
  if (hearth && ceiling) {
    const [ours, theirs] = [results.get(hearth)!, results.get(ceiling)!];
    emit({
      bench: 'chat_fanout_ratio_to_ceiling',
      value: theirs.sustained ? Number((ours.sustained / theirs.sustained).toFixed(2)) : null,
      target: 0.5,
      // The same comparison by server CPU per message at 25 messages/s, which a busy machine
      // disturbs far less than latency: the ceiling's cost over Hearth's.
      by_cpu_per_message_at_25: Number((theirs.at25.serverCpuMsPerMessage / ours.at25.serverCpuMsPerMessage).toFixed(2)),
    });
  }
} finally {
  await hearth?.stop();
  await ceiling?.stop();
}
