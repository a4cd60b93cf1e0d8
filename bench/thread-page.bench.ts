/**
 * A thread page with 200 comments, read at 50 connections while the database holds
 * 1,000,000 posts across 20 spaces: GET /api/posts/:id (the thread and its comments, as the
 * web app loads it). Target: ≥ 2,000 req/s and p99 < 50 ms.
 */
import { withTransaction } from '../packages/server/src/db/database.js';
import { renderMarkdown } from '../packages/server/src/platform/text/markdown.js';
import { load } from './lib/load.js';
import { emit, startServer } from './lib/server.js';
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
const headers = { cookie: `hearth_session=${seeded.memberTokens[0]}` };
const path = `/api/posts/${threadId}`;
const check = await fetch(server.url + path, { headers });
const body = (await check.json()) as { comments: { items: unknown[] } };
if (check.status !== 200 || body.comments.items.length !== 200)
  throw new Error(`thread → ${check.status}, ${body.comments?.items?.length} comments`);
await load({ url: server.url, paths: [path], connections: 50, seconds: 2, headers });
const result = await load({ url: server.url, paths: [path], connections: 50, seconds: SECONDS, headers });
emit({ bench: 'thread_page', posts: POSTS, comments: 200, connections: 50, ...result, target_rps: 2000, target_p99_ms: 50 });
await server.stop();
