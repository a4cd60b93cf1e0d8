/**
 * Search (issue 3: over 1,000,000 mixed zh-TW / zh-CN / en posts, p95 < 50 ms; indexing
 * ≥ 2,000 posts/s).
 *
 * Indexing: posts are enqueued as index jobs, then the job queue runs them as the worker
 * does (claim a batch, fold, segment, write the documents, their terms and facets in one
 * transaction, mark them done), timed. Queries: GET /api/search for BENCH_SECONDS per
 * scenario, at 1 connection (the latency one searcher sees) and at 10 connections with no
 * pause between requests (saturation), each request's latency measured (exact p50/p95/p99).
 * The ten queries repeat, as real searches do (segmenting a repeated query is memoised):
 * - `reader`: a member who reads the big space and the small one (90 % of posts), threads only;
 * - `small_space`: a member who reads only a space holding 0.1 % of the posts, among
 *   spaces they may not read (the access filter inside the bounded scan);
 * - `all_kinds`: the reader with no kind filter (members, spaces, threads, replies, chat).
 * The corpus is 15 sentences repeated, so each query matches 7–50 % of the posts: the worst
 * case for ranking (every query has hundreds of thousands of matches at 1M).
 *
 * BENCH_POSTS sets the index size (default 50,000). BENCH_INDEXED (default: all of them)
 * indexes only the newest that many through the job queue, and is the indexing figure; the
 * older posts are written first, in bulk, as the same rows (made by the same code, a
 * thousand per transaction) — so a 1,000,000-post index is built in minutes while the
 * throughput is still measured on the handler's path into a full index. The queries always
 * run over the whole index, served as `npm start` serves it (the bundle `npm run bench`
 * rebuilds first). BENCH_DATABASE_URL runs it all on PostgreSQL instead of SQLite (in a
 * fresh schema, dropped at the end).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../packages/server/src/app/build-app.js';
import { loadConfig } from '../packages/server/src/config/config.js';
import { withTransaction } from '../packages/server/src/db/database.js';
import { createLogger } from '../packages/server/src/platform/logger.js';
import type { SearchDocument } from '../packages/server/src/modules/search/index.js';
import { createSearchIndex } from '../packages/server/src/modules/search/index.js';
import { indexedDocOf } from '../packages/server/src/modules/search/search.repository.js';
import { keyOfTime } from '../packages/server/src/modules/search/search.terms.js';
import { emit, startServer } from './lib/server.js';

const POSTS = Number(process.env.BENCH_POSTS ?? 50_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const BASE_URL = process.env.BENCH_DATABASE_URL ?? null;
const INDEXED = Math.min(POSTS, Number(process.env.BENCH_INDEXED ?? POSTS));

const TW = [
  '週末讀書會討論《被討厭的勇氣》',
  '台北大稻埕的手沖咖啡館推薦',
  '新竹街拍攝影心得分享',
  '可頌一直烤不出層次怎麼辦',
  '創業第一年帶團隊的經驗',
];
const CN = [
  '周末读书会讨论《三体》第二部',
  '上海武康路的咖啡馆很适合看书',
  '杭州西湖边的徒步路线',
  '健身新手的营养餐搭配',
  '设计师如何做作品集',
];
const EN = [
  'Weekend book club on Project Hail Mary',
  'Best pour-over coffee in London',
  'Street photography walk in Berlin',
  'Croissant lamination tips',
  'Lessons from my first startup year',
];
const TEXTS = [...TW, ...CN, ...EN];

/** A fresh PostgreSQL schema for the run, or null for SQLite. */
async function pgSchema(): Promise<{ url: string; drop(): Promise<void> } | null> {
  if (!BASE_URL) return null;
  const schema = `bench_search_${process.pid}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: BASE_URL });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`create schema ${schema}`);
  const url = new URL(BASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.toString(), drop: () => admin(`drop schema if exists ${schema} cascade`) };
}

const schema = await pgSchema();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-bench-'));
const env = { HEARTH_DATA_DIR: dataDir, HEARTH_SQLITE_SYNCHRONOUS: 'NORMAL', ...(schema ? { HEARTH_DATABASE_URL: schema.url } : {}) };
const hearth = await buildApp(loadConfig({ ...env, HEARTH_ROLES: 'api' }), { logger: createLogger('silent') });

// The community: the owner, three members, and three private spaces. The big one (90 % of
// posts) is read by members 0 and 1, the staff one (10 %) by nobody but the owner, the small
// one (0.1 %) by members 0 and 2 — so member 2 reads only the small one.
await hearth.modules.system.setup(
  {
    community: { name: 'Bench', locale: 'zh-TW' },
    owner: { email: 'owner@bench.test', password: 'bench passphrase 123', displayName: 'Owner' },
    demo: false,
  },
  null,
);
const sessions = hearth.modules.identity.sessions;
const ownerRow = (await hearth.modules.members.service.findByEmail(hearth.platform.db, 'owner@bench.test'))!;
const owner = (await sessions.resolve(await sessions.create(hearth.platform.db, ownerRow.id, 'bench')))!;
const memberIds = await withTransaction(hearth.platform.db, async (tx) => {
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) {
    const member = await hearth.modules.members.service.createMember(tx, {
      email: `m${i}@bench.test`,
      displayName: `成員 ${i}`,
      role: 'member',
      status: 'active',
      locale: 'zh-TW',
      timeZone: 'Asia/Taipei',
    });
    ids.push(member.id);
  }
  return ids;
});
const tokens = await Promise.all(memberIds.map((id) => sessions.create(hearth.platform.db, id, 'bench')));
const privateSpace = (name: string) =>
  withTransaction(hearth.platform.db, (tx) =>
    hearth.modules.spaces.service.insertSpace(
      tx,
      {
        name,
        description: '',
        icon: '',
        kind: 'discussion',
        sectionId: null,
        access: { minTierRank: null, private: true, postMinTierRank: null },
      },
      ownerRow.id,
    ),
  );
const big = await privateSpace('大廳');
const staff = await privateSpace('幕後');
const small = await privateSpace('小組');
await hearth.modules.spaces.service.addMembers(owner, big, [memberIds[0]!, memberIds[1]!]);
await hearth.modules.spaces.service.addMembers(owner, small, [memberIds[0]!, memberIds[2]!]);
const spaceOf = (i: number) => (i % 997 === 500 ? small : i % 10 === 1 ? staff : big);

const now = Date.now();
const postDoc = (i: number): SearchDocument => {
  const a = TEXTS[i % TEXTS.length]!;
  const b = TEXTS[(i * 7 + 3) % TEXTS.length]!;
  return {
    kind: 'post',
    id: `bench-${i}`,
    postId: null,
    spaceId: spaceOf(i),
    conversationId: null,
    authorId: memberIds[i % memberIds.length]!,
    title: `${a} #${i}`,
    body: `${a}。${b}。第 ${i} 篇，number ${i}.`,
    createdAt: now - (POSTS - i) * 1_000,
  };
};
const engine = schema ? 'postgres' : 'sqlite';
const db = hearth.platform.db;

// The older posts the sample does not cover: the same rows the handler writes (folded and
// segmented by the same code, one key per post), a thousand per transaction.
const bulk = POSTS - INDEXED;
if (bulk > 0) {
  const seeding = performance.now();
  for (let start = 0; start < bulk; start += 1000) {
    const docs = Array.from({ length: Math.min(1000, bulk - start) }, (_, k) => indexedDocOf(postDoc(start + k)));
    await withTransaction(db, async (tx) => {
      await tx
        .insertInto('searchDoc')
        .values(
          docs.map((d) => ({
            ...d.row,
            timeKey: keyOfTime(d.row.createdAt),
            ...(schema ? { terms: sql<string[]>`${[...d.terms, ...d.facets]}::text[]` as unknown as string[] } : {}),
          })),
        )
        .execute();
      if (!schema) {
        await tx
          .insertInto('searchFts')
          .values(docs.map((d) => ({ rowid: keyOfTime(d.row.createdAt), terms: d.terms.join(' '), facets: d.facets.join(' ') })))
          .execute();
      }
    });
  }
  emit({ bench: 'search_bulk_seed', engine, posts: bulk, seconds: Number(((performance.now() - seeding) / 1000).toFixed(1)) });
}

// Indexing as the worker does it: the newest INDEXED posts are enqueued as index jobs (as
// posting does, in bulk here), then the job queue runs them — claiming a batch, indexing it
// in one transaction, marking it done — until none is left. Timed from the first claim.
const indexer = createSearchIndex(hearth.platform);
for (let start = bulk; start < POSTS; start += 1000) {
  await withTransaction(db, async (tx) => {
    for (let i = start; i < Math.min(POSTS, start + 1000); i++) await indexer.index(tx, postDoc(i));
  });
}
const started = performance.now();
while ((await hearth.platform.jobs.runDue()) > 0);
const seconds = (performance.now() - started) / 1000;
const indexed = await db
  .selectFrom('searchDoc')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirstOrThrow();
if (Number(indexed.n) !== POSTS) throw new Error(`indexed ${indexed.n} of ${POSTS} posts`);
await hearth.close();
emit({
  bench: 'search_indexing',
  engine,
  posts: INDEXED,
  index_size: POSTS,
  seconds: Number(seconds.toFixed(1)),
  posts_per_s: Math.round(INDEXED / seconds),
  target_posts_per_s: 2000,
});

/** Runs `connections` request loops for `seconds`, timing every request. */
async function measure(url: string, paths: string[], token: string, secs: number, connections = 10) {
  const headers = { cookie: `hearth_session=${token}` };
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const end = performance.now() + secs * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const p = paths[next++ % paths.length]!;
        const t = performance.now();
        const res = await fetch(url + p, { headers });
        await res.arrayBuffer();
        latencies.push(performance.now() - t);
        if (res.status !== 200) errors++;
      }
    }),
  );
  latencies.sort((x, y) => x - y);
  const at = (q: number) => Number(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1));
  return {
    requests: latencies.length,
    rps: Math.round(latencies.length / secs),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: at(1),
    errors,
  };
}

const server = await startServer({ ...env, HEARTH_RATE_LIMIT: 'false' }, dataDir);
const queries = ['讀書會', '咖啡馆', '攝影', '可颂', '创业', 'coffee', 'book club', '武康路', '西湖', '作品集'];
const search = (extra: string) => queries.map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=20${extra}`);
const scenarios = [
  { scenario: 'reader', token: tokens[0]!, paths: search('&kind=post') },
  { scenario: 'small_space', token: tokens[2]!, paths: search('&kind=post') },
  { scenario: 'all_kinds', token: tokens[0]!, paths: search('') },
];
for (const { scenario, token, paths } of scenarios) {
  const sample = await fetch(server.url + paths[1]!, { headers: { cookie: `hearth_session=${token}` } });
  if (sample.status !== 200) throw new Error(`${paths[1]} → ${sample.status}`);
  const body = (await sample.json()) as { items: unknown[]; total?: { count: number; isCapped: boolean } };
  await measure(server.url, paths, token, 2);
  // One searcher at a time (the latency a member sees), then ten at once with no pause
  // between requests (the server saturated: latency is mostly waiting in line).
  for (const connections of [1, 10]) {
    const result = await measure(server.url, paths, token, SECONDS, connections);
    emit({ bench: 'search_query', engine, scenario, posts: POSTS, connections, ...result, sample_total: body.total, target_p95_ms: 50 });
  }
}
await server.stop();
fs.rmSync(dataDir, { recursive: true, force: true });
await schema?.drop();
