/**
 * A thread page with 200 comments, read at 50 connections while the database holds
 * 1,000,000 posts across 20 spaces: GET /api/posts/:id (the thread and its comments, as the
 * web app loads it: a signed-in member's browser, which accepts compressed responses).
 * Target: ≥ 2,000 req/s and p99 < 50 ms. A second figure asks for the JSON uncompressed;
 * the ceilings are plain Node HTTP sending Hearth's exact answers to the same load generator.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { withTransaction } from '../packages/server/src/db/database.js';
import { renderMarkdown } from '../packages/server/src/platform/text/markdown.js';
import { load } from './lib/load.js';
import { processCpuSeconds } from './lib/process-cpu.js';
import { emit, freePort, root, startServer } from './lib/server.js';
import { seedCommunity } from './lib/seed-community.js';

const POSTS = Number(process.env.BENCH_POSTS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SPACES = 20;
const BATCH = 500;

let threadId = '';
const seedStart = performance.now();
const seeded = await seedCommunity(200, async (hearth, community) => {
  const open = { minTierRank: null, private: false, postMinTierRank: null };
  const spaces = hearth.modules.spaces.service;
  const spaceIds = await withTransaction(hearth.platform.db, async (tx) => {
    const ids: string[] = [];
    for (let s = 0; s < SPACES; s++)
      ids.push(
        await spaces.insertSpace(
          tx,
          { name: `版 ${s}`, description: '', icon: '', kind: 'discussion', sectionId: null, access: open },
          null,
        ),
      );
    return ids;
  });
  const sample = renderMarkdown('今天讀完**《被討厭的勇氣》**，想和大家聊聊「課題分離」。Anyone else reading it this week?');
  const now = Date.now();
  const { ids } = hearth.platform;
  for (let done = 0; done < POSTS; done += BATCH * 20) {
    await withTransaction(hearth.platform.db, async (tx) => {
      for (let b = done; b < Math.min(POSTS, done + BATCH * 20); b += BATCH) {
        const rows = Array.from({ length: Math.min(BATCH, POSTS - b) }, (_, i) => {
          const n = b + i;
          const at = now - (POSTS - n) * 1_000;
          return {
            id: ids.next(),
            spaceId: spaceIds[n % SPACES]!,
            authorId: community.memberIds[n % community.memberIds.length]!,
            title: `討論串 ${n}`,
            body: sample.text,
            html: sample.html,
            text: sample.text,
            status: 'published',
            pinnedAt: null,
            lockedAt: null,
            commentCount: 0,
            reactionCount: 0,
            acceptedCommentId: null,
            editedAt: null,
            deletedAt: null,
            createdAt: at,
            lastActivityAt: at,
          };
        });
        await tx.insertInto('post').values(rows).execute();
      }
    });
  }
  threadId = await withTransaction(hearth.platform.db, (tx) =>
    hearth.modules.posts.importThread(tx, {
      spaceId: spaceIds[0]!,
      authorId: community.ownerId,
      title: '兩百則留言的討論串',
      body: '大家來**分享**最近讀的書 📚\n\n- 書名\n- 一句話心得',
      createdAt: now,
      comments: Array.from({ length: 200 }, (_, i) => ({
        authorId: community.memberIds[i % community.memberIds.length]!,
        body: `第 ${i + 1} 則：推薦《${['長安的荔枝', '額爾古納河右岸', 'Project Hail Mary', '三體'][i % 4]}》，**非常好看**。`,
        createdAt: now + (i + 1) * 60_000,
        ...(i % 5 === 4 ? { replyTo: i - 1 } : {}),
      })),
    }),
  );
});
emit({ bench: 'thread_page_seed', posts: POSTS, seconds: Number(((performance.now() - seedStart) / 1000).toFixed(1)) });

const server = await startServer({ HEARTH_RATE_LIMIT: 'false' }, seeded.dataDir);
const cookie = `hearth_session=${seeded.memberTokens[0]}`;
const path = `/api/posts/${threadId}`;

/**
 * One run at 50 connections. `encoding` is what the client accepts: a browser (the web app)
 * sends `gzip, deflate, br`; `identity` asks for the JSON uncompressed, as the bench did first.
 */
async function measure(encoding: string) {
  const headers = { cookie, 'accept-encoding': encoding };
  const check = await fetch(server.url + path, { headers });
  const text = await check.text();
  const body = JSON.parse(text) as { comments: { items: unknown[] } };
  if (check.status !== 200 || body.comments.items.length !== 200)
    throw new Error(`thread → ${check.status}, ${body.comments?.items?.length} comments`);
  const wireBytes = Number(check.headers.get('content-length'));
  await load({ url: server.url, paths: [path], connections: 50, seconds: 2, headers });
  const cpuBefore = processCpuSeconds(server.child.pid!);
  const result = await load({ url: server.url, paths: [path], connections: 50, seconds: SECONDS, headers });
  // Server CPU per request: on a shared machine throughput depends on the neighbours; this does not.
  const serverCpuMs = ((processCpuSeconds(server.child.pid!) - cpuBefore) * 1000) / Math.max(1, result.rps * SECONDS);
  return {
    ...result,
    json_kb: Math.round(Buffer.byteLength(text) / 1024),
    wire_kb: Math.round(wireBytes / 1024),
    server_cpu_ms_per_req: Number(serverCpuMs.toFixed(3)),
  };
}

/** Hearth's exact answer on the wire (headers that matter, and bytes as sent). */
function rawAnswer(encoding: string): Promise<{ headers: Record<string, string>; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(server.url + path, { headers: { cookie, 'accept-encoding': encoding } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (part: Buffer) => parts.push(part));
        res.on('end', () => {
          const headers: Record<string, string> = { 'content-type': String(res.headers['content-type']) };
          if (res.headers['content-encoding']) headers['content-encoding'] = res.headers['content-encoding'];
          resolve({ headers, bytes: Buffer.concat(parts) });
        });
      })
      .on('error', reject);
  });
}

/**
 * The ceiling on this machine now: plain Node HTTP sending Hearth's answer as precomputed
 * bytes to the same load generator. On a shared machine it moves with the neighbours, so
 * the ratio to it says more than the rate alone.
 */
async function ceiling(answer: { headers: Record<string, string>; bytes: Buffer }) {
  const port = freePort();
  const file = `${seeded.dataDir}/answer.bin`;
  fs.writeFileSync(file, answer.bytes);
  const bare = spawn(process.execPath, [`${root}/bench/lib/bare-bytes-server.mjs`], {
    env: { ...process.env, PORT: String(port), BARE_BYTES_FILE: file, BARE_HEADERS: JSON.stringify(answer.headers) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => bare.stdout!.once('data', resolve));
  const url = `http://127.0.0.1:${port}`;
  await load({ url, paths: [path], connections: 50, seconds: 2 });
  const result = await load({ url, paths: [path], connections: 50, seconds: SECONDS });
  bare.kill();
  return result;
}

const BROWSER = 'gzip, deflate, br';
const asBrowser = await measure(BROWSER);
emit({ bench: 'thread_page', posts: POSTS, comments: 200, connections: 50, ...asBrowser, target_rps: 2000, target_p99_ms: 50 });
const uncompressed = await measure('identity');
emit({ bench: 'thread_page_uncompressed', posts: POSTS, comments: 200, connections: 50, ...uncompressed });
const answers = { browser: await rawAnswer(BROWSER), identity: await rawAnswer('identity') };
await server.stop();
const bareBrowser = await ceiling(answers.browser);
emit({ bench: 'thread_page_ceiling_bare_node', connections: 50, ...bareBrowser });
emit({ bench: 'thread_page_ratio_to_ceiling', value: Number((asBrowser.rps / bareBrowser.rps).toFixed(2)) });
const bareIdentity = await ceiling(answers.identity);
emit({ bench: 'thread_page_uncompressed_ceiling_bare_node', connections: 50, ...bareIdentity });
fs.rmSync(seeded.dataDir, { recursive: true, force: true });
