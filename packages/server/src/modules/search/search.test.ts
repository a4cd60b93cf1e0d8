import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';
import type { ApiClient, TestApp } from '../../../test/harness.js';

describe('search: one box over threads, comments, chat, members and spaces', () => {
  let app: TestApp;
  let owner: ApiClient;
  let free: { client: ApiClient; id: string };
  let vip: { client: ApiClient; id: string };
  let general = '';
  let vipSpace = '';
  let staffSpace = '';
  const index = () => app.hearth.platform.jobs.runDue(500);
  const find = async (client: ApiClient, query: string) => {
    const res = await client.get(`/api/search?${query}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.items as {
      kind: string;
      id: string;
      title?: string;
      snippet: string;
      highlights: { start: number; end: number }[];
      postId?: string;
    }[];
  };
  const post = async (client: ApiClient, spaceId: string, title: string, body: string) => {
    const res = await client.post(`/api/spaces/${spaceId}/posts`, { title, body });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.post.id as string;
  };

  before(async () => {
    ({ app, owner } = await startCommunity({ locale: 'zh-TW' }));
    free = await memberWithRole(app, owner, 'member', { displayName: '林小semi' });
    vip = await memberWithRole(app, owner, 'member', { displayName: '陳大文' });
    const tiers = (await owner.get('/api/tiers')).body.items as { id: string; rank: number }[];
    assert.equal((await owner.patch(`/api/admin/members/${vip.id}`, { tierId: tiers.at(-1)!.id })).status, 200);
    general = (await owner.post('/api/spaces', { name: '閒聊廣場', kind: 'discussion' })).body.space.id;
    vipSpace = (await owner.post('/api/spaces', { name: 'VIP 沙龍', kind: 'discussion', access: { minTierRank: tiers.at(-1)!.rank } })).body
      .space.id;
    staffSpace = (await owner.post('/api/spaces', { name: '版主室', kind: 'discussion', access: { private: true } })).body.space.id;
  });
  after(() => app.close());

  it('finds Traditional text with a Simplified query and the reverse, highlighting the match', async () => {
    const trad = await post(free.client, general, '週末讀書會：被討厭的勇氣', '這週我們一起讀《被討厭的勇氣》，歡迎新朋友參加讀書會！');
    const simp = await post(vip.client, general, '推荐一家咖啡馆', '上海武康路的咖啡馆很适合看书。');
    await index();
    const hits = await find(free.client, `q=${encodeURIComponent('被讨厌的勇气')}`);
    const hit = hits.find((h) => h.id === trad);
    assert.ok(hit, JSON.stringify(hits));
    assert.equal(hit.kind, 'post');
    assert.equal(hit.title, '週末讀書會：被討厭的勇氣');
    const marked = hit.highlights.map((r) => hit.snippet.slice(r.start, r.end)).join('|');
    assert.match(marked, /討厭/);
    assert.ok(
      (await find(free.client, `q=${encodeURIComponent('讀書會')}`)).some((h) => h.id === trad),
      '繁 query, word jieba split in context',
    );
    assert.ok(
      (await find(free.client, `q=${encodeURIComponent('咖啡館')}`)).some((h) => h.id === simp),
      '繁 query finds 简 text',
    );
    assert.ok((await find(free.client, `q=${encodeURIComponent('武康路')}`)).some((h) => h.id === simp));
    assert.deepEqual(await find(free.client, `q=${encodeURIComponent('不存在的詞語組合')}&kind=post`), []);
  });

  it('never shows a Free member VIP-only or private threads or their comments', async () => {
    const secret = await post(owner, vipSpace, '秘密聚會地點', '這次聚會在赤峰街的老屋咖啡。');
    const hidden = await post(owner, staffSpace, '版主秘密討論', '關於赤峰街聚會的人手安排。');
    assert.equal((await owner.post(`/api/posts/${secret}/comments`, { body: '赤峰街見！' })).status, 201);
    await index();
    const forFree = await find(free.client, `q=${encodeURIComponent('赤峰街')}`);
    assert.deepEqual(forFree, [], JSON.stringify(forFree));
    const forVip = await find(vip.client, `q=${encodeURIComponent('赤峰街')}`);
    assert.deepEqual(forVip.map((h) => h.kind).sort(), ['comment', 'post']);
    assert.ok(!forVip.some((h) => h.id === hidden));
    const forOwner = await find(owner, `q=${encodeURIComponent('赤峰街')}`);
    assert.equal(forOwner.length, 3);
    // Moved into the VIP space, a thread disappears for the Free member too.
    const moved = await post(free.client, general, '赤峰街散步路線', '從中山站出發。');
    await index();
    assert.equal((await find(free.client, `q=${encodeURIComponent('赤峰街')}`)).length, 1);
    assert.equal((await free.client.post(`/api/posts/${moved}/comments`, { body: '赤峰街的咖啡也不錯' })).status, 201);
    assert.equal((await owner.post(`/api/posts/${moved}/move`, { spaceId: vipSpace })).status, 200);
    await index();
    assert.deepEqual(await find(free.client, `q=${encodeURIComponent('赤峰街')}`), []);
    assert.equal((await find(vip.client, `q=${encodeURIComponent('赤峰街')}&kind=comment&spaceId=${vipSpace}`)).length, 2);
    // And back: the thread and its reply are found again, by kind too (their index facets moved).
    assert.equal((await owner.post(`/api/posts/${moved}/move`, { spaceId: general })).status, 200);
    await index();
    assert.deepEqual((await find(free.client, `q=${encodeURIComponent('赤峰街')}`)).map((h) => h.kind).sort(), ['comment', 'post']);
    assert.equal((await find(free.client, `q=${encodeURIComponent('赤峰街')}&kind=comment`)).length, 1);
    assert.equal((await find(free.client, `q=${encodeURIComponent('赤峰街')}&kind=post&spaceId=${general}`)).length, 1);
  });

  it('searches chat: DMs only for their members, chat spaces by the space access policy', async () => {
    const dm = (await free.client.post('/api/dms', { memberIds: [vip.id] })).body.conversation.id;
    assert.equal((await free.client.post(`/api/conversations/${dm}/messages`, { body: '明天在捷運站碰面好嗎' })).status, 201);
    const outsider = await memberWithRole(app, owner, 'member', { displayName: '路人' });
    await index();
    assert.equal((await find(vip.client, `q=${encodeURIComponent('捷运站')}&kind=message`)).length, 1);
    assert.deepEqual(await find(outsider.client, `q=${encodeURIComponent('捷運站')}`), []);
    assert.deepEqual(await find(owner, `q=${encodeURIComponent('捷運站')}`), [], 'staff do not read DMs');
  });

  it('follows edits and deletions, and filters by kind, space, author and time', async () => {
    const id = await post(free.client, general, '手沖咖啡心得', '今天試了淺焙豆子。');
    await index();
    assert.equal((await free.client.patch(`/api/posts/${id}`, { body: '今天試了深焙豆子，苦味比較重。' })).status, 200);
    await index();
    assert.equal((await find(free.client, `q=${encodeURIComponent('淺焙')}`)).length, 0);
    assert.equal((await find(free.client, `q=${encodeURIComponent('深焙')}`)).length, 1);
    assert.equal((await find(free.client, `q=${encodeURIComponent('深焙')}&authorId=${vip.id}`)).length, 0);
    assert.equal((await find(free.client, `q=${encodeURIComponent('深焙')}&spaceId=${general}&kind=post`)).length, 1);
    assert.equal((await find(free.client, `q=${encodeURIComponent('深焙')}&from=2999-01-01T00:00:00.000Z`)).length, 0);
    assert.equal((await free.client.delete(`/api/posts/${id}`)).status, 204);
    await index();
    assert.equal((await find(free.client, `q=${encodeURIComponent('深焙')}`)).length, 0);
  });

  it('finds members and spaces by name, and suggests as you type', async () => {
    const people = await find(free.client, `q=${encodeURIComponent('陈大')}&kind=member`);
    assert.deepEqual(
      people.map((h) => h.id),
      [vip.id],
    );
    const places = await find(free.client, `q=${encodeURIComponent('闲聊')}&kind=space`);
    assert.deepEqual(
      places.map((h) => h.id),
      [general],
    );
    assert.deepEqual(await find(free.client, `q=${encodeURIComponent('沙龍')}&kind=space`), [], 'a VIP space is no hit for Free members');
    const suggestions = (await free.client.get(`/api/search/suggest?q=${encodeURIComponent('咖啡')}`)).body.items as {
      kind: string;
      title: string;
    }[];
    assert.ok(
      suggestions.some((s) => s.kind === 'post' && s.title === '推荐一家咖啡馆'),
      JSON.stringify(suggestions),
    );
  });

  it('refuses empty and oversized queries', async () => {
    assertProblem(await free.client.get('/api/search?q='), 400, 'invalid_input');
    assertProblem(await free.client.get(`/api/search?q=${'a'.repeat(201)}`), 400, 'invalid_input');
    assertProblem(await free.client.get('/api/search?q=x&kind=everything'), 400, 'invalid_input');
    assertProblem(await app.client().get('/api/search?q=x'), 401, 'unauthenticated');
  });
});
