import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';
import { snapshotDb } from '../../../test/db-snapshot.js';
import type { ApiClient, TestApp } from '../../../test/harness.js';
import type { ManualClock } from '../../platform/clock.js';
import { MemberFollowed } from './index.js';

const UNKNOWN = '01900000-0000-7000-8000-000000000000';
type Member = { client: ApiClient; id: string };

describe('people: follows, friends, blocks, privacy, activity', () => {
  let app: TestApp;
  let owner: ApiClient;
  let ada: Member;
  let grace: Member;
  let bob: Member;
  let carol: Member;
  const followed: { followerId: string; followeeId: string; at: number }[] = [];
  const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);
  const follow = async (who: Member, whom: Member) => {
    const res = await who.client.put(`/api/members/${whom.id}/follow`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.relationship;
  };

  before(async () => {
    ({ app, owner } = await startCommunity());
    ada = await memberWithRole(app, owner, 'member', { displayName: 'Ada' });
    grace = await memberWithRole(app, owner, 'member', { displayName: 'Grace' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    carol = await memberWithRole(app, owner, 'member', { displayName: 'Carol' });
    app.hearth.platform.events.subscribe(MemberFollowed, 'people-test', async (payload) => void followed.push(payload));
  });
  after(() => app.close());

  it('follows once however often asked, and emits the event exactly once', async () => {
    const first = await follow(ada, grace);
    assert.deepEqual(
      { following: first.following, followedBy: first.followedBy, friend: first.friend, blocking: first.blocking, canDm: first.canDm },
      { following: true, followedBy: false, friend: false, blocking: false, canDm: true },
    );
    assert.deepEqual(first.counts, { followers: 1, following: 0 });
    const again = await follow(ada, grace);
    assert.deepEqual(again.counts, { followers: 1, following: 0 });
    await app.hearth.platform.jobs.runDue();
    assert.deepEqual(followed, [{ followerId: ada.id, followeeId: grace.id, at: followed[0]!.at }]);
    assert.equal(typeof followed[0]!.at, 'number');

    const gone = await ada.client.delete(`/api/members/${grace.id}/follow`);
    assert.equal(gone.status, 200);
    assert.equal(gone.body.relationship.following, false);
    assert.deepEqual(gone.body.relationship.counts, { followers: 0, following: 0 });
    assert.equal((await ada.client.delete(`/api/members/${grace.id}/follow`)).status, 200, 'unfollowing twice is harmless');
    await follow(ada, grace);
    await app.hearth.platform.jobs.runDue();
    assert.equal(followed.length, 2, 'a new follow after an unfollow is news again');
  });

  it('refuses bad input and changes nothing', async () => {
    const before = await snapshotDb(app.hearth.platform.db);
    assertProblem(await ada.client.put(`/api/members/${ada.id}/follow`), 422, 'cannot_follow_self');
    assertProblem(await ada.client.put(`/api/members/${UNKNOWN}/follow`), 404, 'not_found');
    assertProblem(await ada.client.put(`/api/members/${ada.id}/block`), 422, 'cannot_block_self');
    assertProblem(await ada.client.put(`/api/members/${UNKNOWN}/block`), 404, 'not_found');
    assertProblem(await ada.client.delete(`/api/members/${UNKNOWN}/block`), 404, 'not_found');
    assertProblem(await ada.client.get(`/api/members/${UNKNOWN}/relationship`), 404, 'not_found');
    assertProblem(await ada.client.get(`/api/members/${UNKNOWN}/followers`), 404, 'not_found');
    assertProblem(await ada.client.get(`/api/members/${UNKNOWN}/activity`), 404, 'not_found');
    assertProblem(await ada.client.patch('/api/me/privacy', { dmPolicy: 'strangers' }), 400, 'invalid_input');
    assertProblem(await ada.client.patch('/api/me/privacy', {}), 400, 'invalid_input');
    assertProblem(await ada.client.patch('/api/me/privacy', { dmPolicy: 'nobody', extra: 1 }), 400, 'invalid_input');
    assertProblem(await ada.client.get(`/api/members/${grace.id}/followers?cursor=nonsense`), 400, 'invalid_input');
    assertProblem(await ada.client.get(`/api/members/${grace.id}/followers?limit=0`), 400, 'invalid_input');
    assertProblem(await ada.client.put(`/api/members/${grace.id}/follow`, { surprise: true }), 400, 'invalid_input');
    const zh = await ada.client.request('PUT', `/api/members/${ada.id}/follow`, undefined, { 'accept-language': 'zh-TW' });
    assert.equal(zh.body.title, '你不能追蹤自己。');
    assert.equal(await snapshotDb(app.hearth.platform.db), before);
    assert.equal((await ada.client.get('/api/me/privacy')).body.dmPolicy, 'everyone');
  });

  it('makes mutual follows friends, seen from both sides and in the lists', async () => {
    const back = await follow(grace, ada);
    assert.equal(back.friend, true);
    assert.equal((await ada.client.get(`/api/members/${grace.id}/relationship`)).body.relationship.friend, true);
    const friends = (await ada.client.get('/api/me/friends')).body;
    assert.deepEqual(ids(friends), [grace.id]);
    assert.equal(friends.items[0].isFriend, true);
    assert.equal(friends.items[0].displayName, 'Grace');
    assert.deepEqual(ids((await grace.client.get('/api/me/friends')).body), [ada.id]);

    await follow(carol, grace);
    // Bob looks at Grace's followers: Carol, then Ada (newest first); none of them follow Bob.
    const seenByBob = (await bob.client.get(`/api/members/${grace.id}/followers`)).body;
    assert.deepEqual(ids(seenByBob), [carol.id, ada.id]);
    assert.ok(seenByBob.items.every((p: { isFriend: boolean; followsYou: boolean }) => !p.isFriend && !p.followsYou));
    // Grace sees Ada as a friend and Carol as a follower she does not follow back.
    const seenByGrace = (await grace.client.get(`/api/members/${grace.id}/followers`)).body.items;
    assert.deepEqual(
      seenByGrace.map((p: { id: string; isFriend: boolean; followsYou: boolean; isFollowing: boolean }) => [
        p.id,
        p.isFriend,
        p.followsYou,
        p.isFollowing,
      ]),
      [
        [carol.id, false, true, false],
        [ada.id, true, true, true],
      ],
    );
    assert.deepEqual(ids((await bob.client.get(`/api/members/${ada.id}/following`)).body), [grace.id]);
    const counts = (await bob.client.get(`/api/members/${grace.id}/relationship`)).body.relationship.counts;
    assert.deepEqual(counts, { followers: 2, following: 1 });
  });

  it('pages follower lists with a cursor, without gaps or repeats', async () => {
    const fans: Member[] = [];
    for (let i = 0; i < 4; i++) {
      fans.push(await memberWithRole(app, owner, 'member', { displayName: `Fan ${i}` }));
      await follow(fans[i]!, carol);
      (app.clock as ManualClock).advance(1);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await ada.client.get(`/api/members/${carol.id}/followers?limit=3${query}`)
      ).body;
      assert.ok(page.items.length <= 3);
      seen.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(seen, fans.map((f) => f.id).reverse());
  });

  it('blocking ends follows both ways, hides the pair from each other in lists, and stops new follows', async () => {
    await follow(bob, ada);
    await follow(ada, bob);
    await follow(bob, grace);
    const blocked = await ada.client.put(`/api/members/${bob.id}/block`);
    assert.equal(blocked.status, 200, JSON.stringify(blocked.body));
    const { following, followedBy, blocking, canDm } = blocked.body.relationship;
    assert.deepEqual({ following, followedBy, blocking, canDm }, { following: false, followedBy: false, blocking: true, canDm: false });
    assert.equal((await ada.client.put(`/api/members/${bob.id}/block`)).status, 200, 'blocking twice is harmless');
    // Bob does not learn that Ada blocks him, but can no longer follow her.
    assert.equal((await bob.client.get(`/api/members/${ada.id}/relationship`)).body.relationship.blocking, false);
    assertProblem(await bob.client.put(`/api/members/${ada.id}/follow`), 422, 'follow_blocked');
    assertProblem(await ada.client.put(`/api/members/${bob.id}/follow`), 422, 'follow_blocked');

    assert.ok(!ids((await ada.client.get(`/api/members/${grace.id}/followers`)).body).includes(bob.id), 'Ada no longer sees Bob');
    assert.ok(!ids((await bob.client.get(`/api/members/${grace.id}/followers`)).body).includes(ada.id), 'nor Bob Ada');
    assert.ok(ids((await carol.client.get(`/api/members/${grace.id}/followers`)).body).includes(bob.id), 'others still see both');
    assert.deepEqual(
      ids((await carol.client.get(`/api/members/${bob.id}/following`)).body),
      [grace.id],
      'only the follows between the two ended',
    );

    const people = app.hearth.modules.people.service;
    assert.deepEqual([...(await people.hiddenAuthorIds(ada.id))], [bob.id]);
    assert.deepEqual([...(await people.hiddenAuthorIds(bob.id))], [ada.id]);
    assert.deepEqual([...(await people.hiddenAuthorIds(carol.id))], []);
    assert.equal(await people.blockedEither(bob.id, ada.id), true);
    assert.equal(await people.blockedEither(bob.id, carol.id), false);

    const list = (await ada.client.get('/api/me/blocks')).body;
    assert.deepEqual(
      list.items.map((b: { id: string; displayName: string }) => [b.id, b.displayName]),
      [[bob.id, 'Bob']],
    );
    const unblocked = await ada.client.delete(`/api/members/${bob.id}/block`);
    assert.equal(unblocked.body.relationship.blocking, false);
    assert.equal(unblocked.body.relationship.following, false, 'follows ended by the block stay ended');
    assert.deepEqual((await ada.client.get('/api/me/blocks')).body.items, []);
    assert.equal((await people.hiddenAuthorIds(bob.id)).size, 0);
    await ada.client.put(`/api/members/${bob.id}/block`);
  });

  it('leaves members blocked either way out of the directory, @mention suggestions and member search', async () => {
    // Ada blocks Bob (since the test above). Page the directory one member at a time.
    const directory = async (who: Member, q = '') => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `/api/members?limit=1${q ? `&q=${encodeURIComponent(q)}` : ''}${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await who.client.get(query);
        assert.equal(page.status, 200, JSON.stringify(page.body));
        assert.ok(page.body.items.length <= 1);
        seen.push(...ids(page.body));
        cursor = page.body.nextCursor;
      } while (cursor);
      return seen;
    };
    const everyone = await directory(carol);
    assert.ok(everyone.includes(ada.id) && everyone.includes(bob.id));
    assert.deepEqual(
      await directory(ada),
      everyone.filter((id) => id !== bob.id),
      'Ada pages through everyone but Bob',
    );
    assert.deepEqual(
      await directory(bob),
      everyone.filter((id) => id !== ada.id),
      'and Bob everyone but Ada',
    );
    assert.deepEqual(await directory(ada, 'Bob'), []);
    assert.deepEqual(await directory(carol, 'Bob'), [bob.id]);

    const suggested = async (who: Member, q: string) =>
      (await who.client.get(`/api/search/suggest?q=${q}`)).body.items
        .filter((s: { kind: string }) => s.kind === 'member')
        .map((s: { id: string }) => s.id);
    assert.deepEqual(await suggested(ada, 'Bob'), []);
    assert.deepEqual(await suggested(bob, 'Ada'), []);
    assert.deepEqual(await suggested(carol, 'Ada'), [ada.id]);
  });

  it('keeps each member’s DM policy', async () => {
    assert.deepEqual((await carol.client.get('/api/me/privacy')).body, { dmPolicy: 'everyone' });
    assert.deepEqual((await carol.client.patch('/api/me/privacy', { dmPolicy: 'friends' })).body, { dmPolicy: 'friends' });
    assert.deepEqual((await carol.client.patch('/api/me/privacy', { dmPolicy: 'nobody' })).body, { dmPolicy: 'nobody' });
    assert.deepEqual((await carol.client.get('/api/me/privacy')).body, { dmPolicy: 'nobody' });
    assert.deepEqual((await grace.client.get('/api/me/privacy')).body, { dmPolicy: 'everyone' }, 'one member’s choice is theirs alone');
  });

  it('shows recent threads and replies the viewer may read, newest first, and nothing across a block', async () => {
    const spaces = (await owner.get('/api/spaces')).body.spaces as { id: string; kind: string }[];
    const open = spaces.find((s) => s.kind === 'discussion')!.id;
    const hidden = (await owner.post('/api/spaces', { name: 'Inner circle', kind: 'discussion', access: { private: true } })).body.space.id;
    assert.equal((await owner.post(`/api/spaces/${hidden}/members`, { memberIds: [grace.id] })).status, 204);
    const tick = () => (app.clock as ManualClock).advance(1000);
    const thread = async (spaceId: string, title: string) => {
      tick();
      const res = await grace.client.post(`/api/spaces/${spaceId}/posts`, { title, body: `${title} body` });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body.post.id as string;
    };
    const first = await thread(open, 'Compilers');
    const secret = await thread(hidden, 'Secret plans');
    tick();
    const reply = await grace.client.post(`/api/posts/${first}/comments`, { body: 'Also, linkers' });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    const second = await thread(open, 'Debugging');

    const all = (await ada.client.get(`/api/members/${grace.id}/activity`)).body;
    assert.deepEqual(
      all.items.map((i: { kind: string; postId: string; title: string }) => [i.kind, i.postId, i.title]),
      [
        ['thread', second, 'Debugging'],
        ['reply', first, 'Compilers'],
        ['thread', first, 'Compilers'],
      ],
    );
    assert.equal(all.items[1].excerpt, 'Also, linkers');
    const staff = (await owner.get(`/api/members/${grace.id}/activity`)).body;
    assert.ok(
      staff.items.some((i: { postId: string }) => i.postId === secret),
      'staff see the private space',
    );

    const firstPage = (await ada.client.get(`/api/members/${grace.id}/activity?limit=2`)).body;
    assert.equal(firstPage.items.length, 2);
    const rest = (await ada.client.get(`/api/members/${grace.id}/activity?limit=2&cursor=${encodeURIComponent(firstPage.nextCursor)}`))
      .body;
    assert.deepEqual(
      [...firstPage.items, ...rest.items].map((i: { id: string }) => i.id),
      all.items.map((i: { id: string }) => i.id),
    );
    assert.equal(rest.nextCursor, null);

    assert.equal((await grace.client.put(`/api/members/${ada.id}/block`)).status, 200);
    assert.deepEqual((await ada.client.get(`/api/members/${grace.id}/activity`)).body, { items: [], nextCursor: null });
    assert.deepEqual((await grace.client.get(`/api/members/${ada.id}/activity`)).body.items, []);
    await grace.client.delete(`/api/members/${ada.id}/block`);
  });
});
