/**
 * Search: indexing throughput through the search job's handler (segment, fold, write the
 * document and its terms, one transaction per post, as the worker does), then query latency
 * over the whole index through GET /api/search at 10 connections, for zh-TW, zh-CN and English
 * queries, over a corpus of 15 sentences repeated (each query matches 7–50 % of the posts,
 * the worst case for ranking). Targets (issue 3, for 1,000,000 posts): indexing ≥ 2,000
 * posts/s, p95 < 50 ms. BENCH_POSTS sets the corpus size (default 50,000).
 */
import { buildApp } from '../packages/server/src/app/build-app.js';
import { loadConfig } from '../packages/server/src/config/config.js';
import { createLogger } from '../packages/server/src/platform/logger.js';
import { upsertDoc } from '../packages/server/src/modules/search/search.repository.js';
import { load } from './lib/load.js';
import { emit, startServer } from './lib/server.js';
import { seedCommunity } from './lib/seed-community.js';

const POSTS = Number(process.env.BENCH_POSTS ?? 50_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

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

let spaceId = '';
const seeded = await seedCommunity(10, async (hearth) => {
  const { withTransaction } = await import('../packages/server/src/db/database.js');
  spaceId = await withTransaction(hearth.platform.db, (tx) =>
    hearth.modules.spaces.service.insertSpace(
      tx,
      {
        name: '大廳',
        description: '',
        icon: '',
        kind: 'discussion',
        sectionId: null,
        access: { minTierRank: null, private: false, postMinTierRank: null },
      },
      null,
    ),
  );
});

// Index through the job handler's code path, in-process.
const hearth = await buildApp(loadConfig({ HEARTH_DATA_DIR: seeded.dataDir, HEARTH_ROLES: 'api', HEARTH_SQLITE_SYNCHRONOUS: 'NORMAL' }), {
  logger: createLogger('silent'),
});
const started = performance.now();
for (let i = 0; i < POSTS; i++) {
  const a = TEXTS[i % TEXTS.length]!;
  const b = TEXTS[(i * 7 + 3) % TEXTS.length]!;
  await upsertDoc(hearth.platform.db, hearth.platform.dialect, {
    kind: 'post',
    id: `bench-${i}`,
    postId: null,
    spaceId,
    conversationId: null,
    authorId: seeded.memberIds[i % seeded.memberIds.length]!,
    title: `${a} #${i}`,
    body: `${a}。${b}。第 ${i} 篇，number ${i}.`,
    createdAt: Date.now() - (POSTS - i) * 1_000,
  });
}
const seconds = (performance.now() - started) / 1000;
await hearth.close();
emit({
  bench: 'search_indexing',
  posts: POSTS,
  seconds: Number(seconds.toFixed(1)),
  posts_per_s: Math.round(POSTS / seconds),
  target_posts_per_s: 2000,
});

const server = await startServer({ HEARTH_RATE_LIMIT: 'false' }, seeded.dataDir);
const headers = { cookie: `hearth_session=${seeded.memberTokens[0]}` };
const queries = ['讀書會', '咖啡馆', '攝影', '可颂', '创业', 'coffee', 'book club', '武康路', '西湖', '作品集'];
const paths = queries.map((q) => `/api/search?q=${encodeURIComponent(q)}&kind=post&limit=20`);
for (const p of paths) {
  const res = await fetch(server.url + p, { headers });
  if (res.status !== 200) throw new Error(`${p} → ${res.status}`);
}
await load({ url: server.url, paths, connections: 10, seconds: 2, headers });
const result = await load({ url: server.url, paths, connections: 10, seconds: SECONDS, headers });
emit({
  bench: 'search_query',
  posts: POSTS,
  connections: 10,
  ...result,
  target_p95_ms: 50,
  note: 'autocannon reports p50/p99; p99 bounds p95',
});
await server.stop();
