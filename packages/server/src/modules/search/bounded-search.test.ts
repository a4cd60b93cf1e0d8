import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { ManualClock } from '../../platform/clock.js';
import { foldText } from '../../platform/text/fold.js';
import { indexTerms, indexTermsOfFolded, queryTerms } from '../../platform/text/search-tokens.js';
import { memberWithRole, startCommunity } from '../../../test/community.js';
import type { ApiClient, TestApp } from '../../../test/harness.js';
import { findRankedPage } from './candidates.repository.js';
import { reparentPost, upsertDoc } from './search.repository.js';
import { RANKED_POOL } from './search.service.js';
import { facetsOf, keyOfTime } from './search.terms.js';

interface Hit {
  kind: string;
  id: string;
  title?: string;
  spaceId?: string;
}
interface Page {
  items: Hit[];
  nextCursor: string | null;
  total?: { count: number; isCapped: boolean };
}

describe('search: bounded scans, capped counts, ranking within the window', () => {
  let app: TestApp;
  let owner: ApiClient;
  let reader: { client: ApiClient; id: string };
  let loner: { client: ApiClient; id: string };
  let big = '';
  let small = '';
  const smallPosts: string[] = [];
  const page = async (client: ApiClient, query: string): Promise<Page> => {
    const res = await client.get(`/api/search?${query}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body as Page;
  };
  const q = (text: string) => `q=${encodeURIComponent(text)}`;
  /** Indexes a post straight through the job handler's code path (quicker than the API for hundreds). */
  const indexPost = (id: string, spaceId: string, title: string, body: string, createdAt: number) =>
    upsertDoc(app.hearth.platform.db, app.hearth.platform.dialect, {
      kind: 'post',
      id,
      postId: null,
      spaceId,
      conversationId: null,
      authorId: reader.id,
      title,
      body,
      createdAt,
    });

  before(async () => {
    ({ app, owner } = await startCommunity({ locale: 'zh-TW' }));
    reader = await memberWithRole(app, owner, 'member', { displayName: '讀者' });
    loner = await memberWithRole(app, owner, 'member', { displayName: '獨行者' });
    const space = async (name: string, members: string[]) => {
      const id = (await owner.post('/api/spaces', { name, kind: 'discussion', access: { private: true } })).body.space.id as string;
      assert.equal((await owner.post(`/api/spaces/${id}/members`, { memberIds: members })).status, 204);
      return id;
    };
    big = await space('大廳', [reader.id]);
    small = await space('小組', [reader.id, loner.id]);
    // More matches than one window in the big space, a few in the small one, interleaved in time.
    const start = app.clock.now() - 10 * 24 * 3600 * 1000;
    for (let i = 0; i < RANKED_POOL + 100; i++) {
      await indexPost(
        `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
        big,
        `日常 ${i}`,
        `今天也喝了咖啡，第 ${i} 杯。`,
        start + i * 60_000,
      );
      if (i % 200 === 0) {
        const id = `00000000-0000-7000-9000-${String(i).padStart(12, '0')}`;
        smallPosts.push(id);
        await indexPost(id, small, `小組筆記 ${i}`, `小組裡也聊咖啡 ${i}。`, start + i * 60_000 + 1);
      }
    }
  });
  after(() => app.close());

  it('counts up to the pool and says when there are more', async () => {
    const first = await page(reader.client, `${q('咖啡')}&kind=post&limit=50`);
    assert.deepEqual(first.total, { count: RANKED_POOL, isCapped: true });
    assert.equal(first.items.length, 50);
    const rare = await page(reader.client, `${q('小組筆記')}&kind=post`);
    assert.deepEqual(rare.total, { count: smallPosts.length, isCapped: false });
    assert.equal((await page(reader.client, `${q('不存在的詞語組合')}&kind=post`)).total?.count, 0);
  });

  it('pages through every match once, window after window', async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: Page = await page(reader.client, `${q('咖啡')}&kind=post&limit=50${cursor ? `&cursor=${cursor}` : ''}`);
      if (pages > 0) assert.equal(res.total, undefined, 'only the first page counts');
      for (const hit of res.items) {
        assert.ok(!seen.has(hit.id), `${hit.id} twice`);
        seen.add(hit.id);
      }
      cursor = res.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    assert.equal(seen.size, RANKED_POOL + 100 + smallPosts.length);
  });

  it('finds a small readable space among big unreadable ones, and nothing else', async () => {
    const res = await page(loner.client, `${q('咖啡')}&kind=post`);
    assert.deepEqual(res.items.map((h) => h.id).sort(), [...smallPosts].sort());
    assert.ok(res.items.every((h) => h.spaceId === small));
    assert.deepEqual(res.total, { count: smallPosts.length, isCapped: false });
    // The same within the space filter, and nothing for a space the member may not read.
    assert.equal((await page(loner.client, `${q('咖啡')}&spaceId=${small}`)).items.length, smallPosts.length);
    assert.deepEqual((await page(loner.client, `${q('咖啡')}&spaceId=${big}`)).items, []);
  });

  it('checks access on the document, not only on its index facets', async () => {
    // A document whose facets wrongly say "the small space" while it lives in the big one
    // (a stale index) must still not reach a member who reads only the small one.
    const [doc] = await app.hearth.platform.db
      .selectFrom('searchDoc')
      .select(['timeKey', 'title', 'body', 'kind', 'conversationId', 'authorId'])
      .where('spaceId', '=', big)
      .orderBy('timeKey', 'desc')
      .limit(1)
      .execute();
    const facets = [...facetsOf({ ...doc!, spaceId: big }), ...facetsOf({ ...doc!, spaceId: small })];
    if (app.hearth.platform.dialect === 'sqlite') {
      await sql`delete from search_fts where rowid = ${doc!.timeKey}`.execute(app.hearth.platform.db);
      await sql`insert into search_fts (rowid, terms, facets) values (${doc!.timeKey}, ${indexTerms(`${doc!.title} ${doc!.body}`).join(' ')},
        ${facets.join(' ')})`.execute(app.hearth.platform.db);
    } else {
      await sql`update search_doc set terms = terms || ${facetsOf({ ...doc!, spaceId: small })}::text[] where time_key = ${doc!.timeKey}`.execute(
        app.hearth.platform.db,
      );
    }
    const res = await page(loner.client, `${q('咖啡')}&kind=post`);
    assert.ok(
      res.items.every((h) => h.spaceId === small),
      JSON.stringify(res.items.slice(0, 3)),
    );
    assert.equal(res.items.length, smallPosts.length);
  });

  it('filters by time with the time keys: from is inclusive, to exclusive', async () => {
    const at = Date.UTC(2020, 5, 1);
    await indexPost('00000000-0000-7000-a000-000000000001', small, '時間邊界', '邊界測試', at);
    const iso = (ms: number) => new Date(ms).toISOString();
    const count = async (range: string) => (await page(loner.client, `${q('邊界測試')}${range}`)).items.length;
    assert.equal(await count(`&from=${iso(at)}`), 1);
    assert.equal(await count(`&to=${iso(at)}`), 0);
    assert.equal(await count(`&from=${iso(at)}&to=${iso(at + 1)}`), 1);
    assert.equal(await count(`&from=${iso(at + 1)}`), 0);
  });

  it('ranks title and exact-phrase matches above newer weak matches', async () => {
    const clock = app.clock as ManualClock;
    const space = (await owner.post('/api/spaces', { name: '烘焙', kind: 'discussion' })).body.space.id as string;
    const post = async (title: string, body: string) => {
      clock.advance(3600_000);
      const res = await reader.client.post(`/api/spaces/${space}/posts`, { title, body });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body.post.id as string;
    };
    const inTitle = await post('可頌的層次怎麼烤出來', '奶油要冰，摺三次。');
    const phrase = await post('週末烘焙紀錄', '今天終於烤出可頌的層次了，開心。');
    const scattered = await post('早餐', '可頌的做法很多，層次要靠摺疊。');
    assert.equal((await reader.client.post(`/api/posts/${inTitle}/comments`, { body: '可頌的層次真的難' })).status, 201);
    await app.hearth.platform.jobs.runDue(100);
    const hits = (await page(reader.client, `${q('可頌的層次')}&spaceId=${space}`)).items;
    // The phrase in the title; its reply (the thread's title counts half, plus the phrase in
    // its body); the phrase in a body; last, the newest: the words scattered in a body.
    assert.deepEqual(
      hits.map((h) => (h.kind === 'comment' ? 'comment' : h.id)),
      [inTitle, 'comment', phrase, scattered],
    );
  });

  it('returns exactly the newest readable matches, whatever plan the engine takes', async () => {
    const places = await Promise.all(
      ['甲', '乙', '丙'].map(
        async (name) => (await owner.post('/api/spaces', { name: `神諭${name}`, kind: 'discussion' })).body.space.id as string,
      ),
    );
    const words = ['蘋果派', '香蕉船', '櫻桃', 'alpha', 'beta'];
    const base = Date.UTC(2021, 0, 1);
    for (let i = 0; i < 300; i++) {
      const space = places[i % 7 === 0 ? 0 : i % 3 === 0 ? 1 : 2]!;
      // Three documents a millisecond: keys share their millisecond's slots.
      await indexPost(
        `00000000-0000-7000-b000-${String(i).padStart(12, '0')}`,
        space,
        `神諭 ${i}`,
        `${words[i % 5]} 和 ${words[(i * 3 + 1) % 5]}`,
        base + Math.floor(i / 3),
      );
    }
    const docs = (
      await app.hearth.platform.db
        .selectFrom('searchDoc')
        .select(['timeKey', 'spaceId', 'title', 'body'])
        .where('spaceId', 'in', places)
        .execute()
    ).map((d) => ({ ...d, terms: new Set(indexTermsOfFolded(`${foldText(d.title)} ${foldText(d.body)}`)) }));
    for (const text of ['蘋果派', '香蕉', 'alpha beta', '櫻桃 alpha', '神諭']) {
      const terms = queryTerms(text);
      // Without a bound the newest documents of the table are others' (the ordered windows
      // find nothing and the bitmap plan runs); bounded to these, the windows find them.
      for (const toKey of [undefined, keyOfTime(base + 100)]) {
        for (const access of [places, [places[0]!], [places[1]!, places[2]!]]) {
          const matches = docs
            .filter((d) => access.includes(d.spaceId!) && (toKey === undefined || d.timeKey < toKey))
            .filter((d) => [terms.words, terms.bigrams].some((group) => group.length > 0 && group.every((t) => d.terms.has(t))))
            .map((d) => d.timeKey)
            .sort((a, b) => b - a);
          for (const pool of [5, 40, 400]) {
            const got = await findRankedPage(
              app.hearth.platform.db,
              app.hearth.platform.dialect,
              { ...terms, phrase: foldText(text), spaceIds: access, conversationIds: [], kind: 'post', toKey },
              { pool, offset: 0, limit: pool, now: app.clock.now(), windows: { first: 16, max: 48 } },
            );
            const label = `${text} / ${access.length} spaces / pool ${pool} / to ${toKey}`;
            assert.deepEqual(
              [...got.keys].sort((a, b) => b - a),
              matches.slice(0, pool),
              label,
            );
            assert.equal(got.found, Math.min(matches.length, pool + 1), label);
            assert.equal(got.floor, matches.slice(0, pool).at(-1) ?? null, label);
          }
        }
      }
    }
  });

  it('keeps a moved thread and its replies where the latest move put them, whatever order the jobs run in', async () => {
    const { db, dialect } = app.hearth.platform;
    const [a, b, c] = await Promise.all(
      ['甲', '乙', '丙'].map(
        async (name) => (await owner.post('/api/spaces', { name: `搬家${name}`, kind: 'discussion' })).body.space.id as string,
      ),
    );
    const thread = '00000000-0000-7000-c000-000000000001';
    const at = Date.UTC(2022, 0, 1);
    await indexPost(thread, a!, '搬家的討論串', '搬家測試', at);
    // The second move's job runs first, then the first move's, then a reply's job enqueued before both.
    await reparentPost(db, dialect, thread, c!, at + 200);
    await reparentPost(db, dialect, thread, b!, at + 100);
    await upsertDoc(db, dialect, {
      kind: 'comment',
      id: '00000000-0000-7000-c000-000000000002',
      postId: thread,
      spaceId: a!,
      conversationId: null,
      authorId: reader.id,
      title: '搬家的討論串',
      body: '搬家測試的回覆',
      createdAt: at + 50,
    });
    const spaces = await db.selectFrom('searchDoc').select(['kind', 'spaceId']).where('title', '=', '搬家的討論串').execute();
    assert.deepEqual(spaces.map((d) => d.spaceId).sort(), [c, c]);
    const found = async (spaceIds: string[], kind?: string) =>
      (
        await findRankedPage(
          db,
          dialect,
          { ...queryTerms('搬家測試'), phrase: foldText('搬家測試'), spaceIds, conversationIds: [], kind },
          { pool: 10, offset: 0, limit: 10, now: at },
        )
      ).found;
    assert.equal(await found([c!]), 2);
    assert.equal(await found([c!], 'comment'), 1);
    assert.equal(await found([a!, b!]), 0);
    assert.equal(await found([a!, b!], 'comment'), 0);
  });
});
