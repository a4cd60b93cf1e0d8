import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, memberWithRole } from '../../../test/community.js';
import { setUpCommunity, startTestApp, type ApiClient, type TestApp } from '../../../test/harness.js';
import { ManualClock } from '../../platform/clock.js';
import { VISIT_GAP_MS } from './feed.service.js';

describe('home feed', () => {
  let app: TestApp;
  let owner: ApiClient;
  const clock = new ManualClock(Date.UTC(2026, 11, 1, 9, 0));
  type Who = { client: ApiClient; id: string };
  let reader: Who;
  let ada: Who;
  let troll: Who;
  let books: string;
  let cooking: string;
  let vip: string;
  const titles = async (who: Who, query = '') => {
    const res = await who.client.get(`/api/feed${query}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body as {
      items: { title: string; spaceName: string }[];
      scope: string;
      lastVisitAt: string | null;
      nextCursor: string | null;
    };
  };
  const post = async (who: Who, space: string, title: string) => {
    clock.advance(1000);
    const res = await who.client.post(`/api/spaces/${space}/posts`, { title, body: `${title} body` });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.post.id as string;
  };

  before(async () => {
    app = await startTestApp({ clock, env: { HEARTH_RATE_LIMIT: 'false' } });
    owner = await setUpCommunity(app);
    reader = await memberWithRole(app, owner, 'member', { displayName: 'Reader' });
    ada = await memberWithRole(app, owner, 'member', { displayName: 'Ada' });
    troll = await memberWithRole(app, owner, 'member', { displayName: 'Troll' });
    const tiers = (await owner.get('/api/tiers')).body.items as { id: string; rank: number }[];
    const top = tiers.reduce((a, b) => (b.rank > a.rank ? b : a));
    await owner.patch(`/api/admin/members/${ada.id}`, { tierId: top.id });
    books = (await owner.post('/api/spaces', { name: 'Books', kind: 'discussion', icon: '📚' })).body.space.id;
    cooking = (await owner.post('/api/spaces', { name: 'Cooking', kind: 'discussion' })).body.space.id;
    vip = (await owner.post('/api/spaces', { name: 'VIP', kind: 'discussion', access: { minTierRank: top.rank } })).body.space.id;
    await post(ada, books, 'Ada on books');
    await post(troll, books, 'Troll on books');
    await post(ada, cooking, 'Ada on cooking');
    await post(troll, cooking, 'Troll on cooking');
    await post(ada, vip, 'Ada in the VIP room');
  });
  after(() => app.close());

  it('shows every readable space to a member who follows nothing, then only joined spaces and followed people', async () => {
    const everything = await titles(reader);
    assert.equal(everything.scope, 'all');
    assert.deepEqual(
      everything.items.map((i) => i.title).filter((t) => t.includes(' on ')),
      ['Troll on cooking', 'Ada on cooking', 'Troll on books', 'Ada on books'],
    );
    assert.equal(
      everything.items.some((i) => i.title.includes('VIP')),
      false,
      'never what the member may not read',
    );
    assert.equal(everything.items.find((i) => i.title === 'Ada on books')!.spaceName, 'Books');

    assert.equal((await reader.client.post(`/api/spaces/${books}/join`)).status, 200);
    assert.equal((await reader.client.put(`/api/members/${ada.id}/follow`)).status, 200);
    const following = await titles(reader);
    assert.equal(following.scope, 'following');
    assert.deepEqual(
      following.items.map((i) => i.title),
      ['Ada on cooking', 'Troll on books', 'Ada on books'],
      "Books (joined) and Ada's threads elsewhere — but not her VIP thread",
    );
    assert.equal((await titles(reader, '?scope=all')).scope, 'all');
  });

  it('hides blocked members’ threads both ways', async () => {
    await post(reader, cooking, 'Reader on cooking');
    assert.equal(
      (await titles(troll, '?scope=all')).items.some((i) => i.title === 'Reader on cooking'),
      true,
    );
    assert.equal((await reader.client.put(`/api/members/${troll.id}/block`)).status, 200);
    assert.equal(
      (await titles(reader, '?scope=all')).items.some((i) => i.title.startsWith('Troll')),
      false,
    );
    assert.equal(
      (await titles(troll, '?scope=all')).items.some((i) => i.title.startsWith('Reader')),
      false,
    );
    // The same in a space's list and in a thread's replies.
    const cookingList = (await reader.client.get(`/api/spaces/${cooking}/posts`)).body.items as { title: string }[];
    assert.equal(
      cookingList.some((i) => i.title.startsWith('Troll')),
      false,
    );
    const readers = (await ada.client.get(`/api/spaces/${cooking}/posts`)).body.items as { id: string; title: string }[];
    const adaCooking = readers.find((i) => i.title === 'Ada on cooking')!.id;
    await troll.client.post(`/api/posts/${adaCooking}/comments`, { body: 'troll reply' });
    await ada.client.post(`/api/posts/${adaCooking}/comments`, { body: 'ada reply' });
    const replies = (await reader.client.get(`/api/posts/${adaCooking}/comments`)).body.items as { body: string }[];
    assert.deepEqual(
      replies.map((r) => r.body),
      ['ada reply'],
    );
    assert.equal(((await ada.client.get(`/api/posts/${adaCooking}/comments`)).body.items as unknown[]).length, 2);
    await reader.client.delete(`/api/members/${troll.id}/block`);
  });

  it('ranks top and unanswered like a space list, and pages with a cursor', async () => {
    const ids = (await reader.client.get('/api/feed?scope=all')).body.items as { id: string; title: string }[];
    const trollCooking = ids.find((i) => i.title === 'Troll on cooking')!.id;
    await reader.client.post(`/api/posts/${trollCooking}/comments`, { body: 'Nice' });
    await ada.client.post(`/api/posts/${trollCooking}/comments`, { body: 'Nice too' });
    await ada.client.post(`/api/posts/${trollCooking}/comments`, { body: 'Really nice' });
    const top = await titles(reader, '?scope=all&sort=top&period=week');
    assert.equal(top.items[0]!.title, 'Troll on cooking');
    const unanswered = await titles(reader, '?scope=all&sort=unanswered');
    assert.equal(
      unanswered.items.some((i) => i.title === 'Troll on cooking'),
      false,
    );
    const first = await titles(reader, '?scope=all&limit=2');
    assert.equal(first.items.length, 2);
    const rest = await titles(reader, `?scope=all&limit=2&cursor=${first.nextCursor}`);
    assert.equal(new Set([...first.items, ...rest.items].map((i) => i.title)).size, 4);
    assert.equal(
      first.items.some((i) => rest.items.some((r) => r.title === i.title)),
      false,
    );
  });

  it('remembers the previous visit for the "new since your last visit" line', async () => {
    const fresh = await memberWithRole(app, owner, 'member', { displayName: 'Newcomer' });
    assert.equal((await titles(fresh)).lastVisitAt, null, 'first visit');
    const firstVisit = clock.now();
    clock.advance(10 * 60_000);
    assert.equal((await titles(fresh)).lastVisitAt, null, 'still the same visit');
    clock.advance(VISIT_GAP_MS);
    const secondVisit = clock.now();
    assert.equal(Date.parse((await titles(fresh)).lastVisitAt!), firstVisit + 10 * 60_000, 'the last load of the previous visit');
    clock.advance(5 * 60_000);
    const again = await titles(fresh);
    assert.equal(Date.parse(again.lastVisitAt!), firstVisit + 10 * 60_000);
    assert.ok(secondVisit > firstVisit);
  });

  it('refuses bad input', async () => {
    assertProblem(await reader.client.get('/api/feed?scope=friends'), 400, 'invalid_input');
    assertProblem(await reader.client.get('/api/feed?sort=random'), 400, 'invalid_input');
    assertProblem(await reader.client.get('/api/feed?cursor=%%%'), 400, 'invalid_input');
    assertProblem(await app.client().get('/api/feed'), 401, 'unauthenticated');
  });
});
