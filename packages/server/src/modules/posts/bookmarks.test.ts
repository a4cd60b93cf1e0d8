import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient, TestApp } from '../../../test/harness.js';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';
import type { ManualClock } from '../../platform/clock.js';

describe('bookmarks', () => {
  let app: TestApp;
  let clock: ManualClock;
  let owner: ApiClient;
  let alice: { client: ApiClient; id: string };
  let bob: { client: ApiClient; id: string };
  let general: string;
  const countBookmarks = async () =>
    Number(
      (
        await app.hearth.platform.db
          .selectFrom('bookmark')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const thread = async (client: ApiClient, spaceId: string, title: string) =>
    (await client.post(`/api/spaces/${spaceId}/posts`, { title, body: `${title} body` })).body.post as { id: string };
  const bookmarkIds = async (client: ApiClient, query = '') =>
    ((await client.get(`/api/me/bookmarks${query}`)).body.items as { post: { id: string }; comment: { id: string } | null }[]).map(
      (b) => b.comment?.id ?? b.post.id,
    );

  before(async () => {
    ({ app, owner } = await startCommunity());
    clock = app.clock as ManualClock;
    alice = await memberWithRole(app, owner, 'member', { displayName: 'Alice' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    general = (await owner.post('/api/spaces', { name: 'General', kind: 'discussion' })).body.space.id;
  });
  after(() => app.close());

  it('bookmarks threads and comments once each, newest first, paged, and flags them for the reader only', async () => {
    const first = await thread(alice.client, general, 'First');
    const second = await thread(alice.client, general, 'Second');
    const comment = (await alice.client.post(`/api/posts/${first.id}/comments`, { body: 'A comment worth keeping' })).body.comment;
    for (const path of [`/api/posts/${first.id}/bookmark`, `/api/posts/${second.id}/bookmark`, `/api/comments/${comment.id}/bookmark`]) {
      clock.advance(1000);
      const res = await bob.client.put(path);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.deepEqual(res.body, { bookmarked: true });
    }
    await bob.client.put(`/api/posts/${first.id}/bookmark`);
    assert.equal(await countBookmarks(), 3, 'twice is one bookmark');
    assert.deepEqual(await bookmarkIds(bob.client), [comment.id, second.id, first.id]);

    const page1 = (await bob.client.get('/api/me/bookmarks?limit=2')).body;
    assert.equal(page1.items.length, 2);
    assert.ok(page1.nextCursor);
    assert.deepEqual(await bookmarkIds(bob.client, `?limit=2&cursor=${page1.nextCursor}`), [first.id]);
    const withComment = page1.items[0];
    assert.equal(withComment.kind, 'comment');
    assert.equal(withComment.post.id, first.id);
    assert.equal(withComment.comment.excerpt, 'A comment worth keeping');

    const seen = (await bob.client.get(`/api/posts/${first.id}`)).body;
    assert.equal(seen.post.bookmarked, true);
    assert.equal(seen.comments.items[0].bookmarked, true);
    const byAuthor = (await alice.client.get(`/api/posts/${first.id}`)).body;
    assert.equal(byAuthor.post.bookmarked, false);
    assert.equal(byAuthor.comments.items[0].bookmarked, false);
    assert.deepEqual(await bookmarkIds(alice.client), []);

    assert.deepEqual((await bob.client.delete(`/api/posts/${second.id}/bookmark`)).body, { bookmarked: false });
    assert.deepEqual((await bob.client.delete(`/api/posts/${second.id}/bookmark`)).body, { bookmarked: false });
    assert.deepEqual(await bookmarkIds(bob.client), [comment.id, first.id]);
  });

  it('refuses what the member cannot read or what is gone, storing nothing', async () => {
    const before = await countBookmarks();
    const secret = (await owner.post('/api/spaces', { name: 'Staff', kind: 'discussion', access: { private: true } })).body.space.id;
    const hidden = await thread(owner, secret, 'Hidden');
    assertProblem(await bob.client.put(`/api/posts/${hidden.id}/bookmark`), 404, 'not_found');
    const gone = await thread(bob.client, general, 'Gone');
    await bob.client.delete(`/api/posts/${gone.id}`);
    assertProblem(await bob.client.put(`/api/posts/${gone.id}/bookmark`), 409, 'thread_deleted');
    assertProblem(await bob.client.put('/api/posts/01900000-0000-7000-8000-000000000000/bookmark'), 404, 'not_found');
    assertProblem(await bob.client.put('/api/comments/01900000-0000-7000-8000-000000000000/bookmark'), 404, 'not_found');
    assert.equal(await countBookmarks(), before);
  });

  it('drops bookmarks of threads in a space the member lost access to, or that were deleted', async () => {
    const club = (await owner.post('/api/spaces', { name: 'Club', kind: 'discussion', access: { private: true } })).body.space.id;
    assert.equal((await owner.post(`/api/spaces/${club}/members`, { memberIds: [bob.id] })).status < 300, true);
    const inClub = await thread(owner, club, 'Club notes');
    const reply = (await owner.post(`/api/posts/${inClub.id}/comments`, { body: 'club reply' })).body.comment;
    const deletedLater = await thread(alice.client, general, 'Deleted later');
    clock.advance(1000);
    await bob.client.put(`/api/posts/${inClub.id}/bookmark`);
    await bob.client.put(`/api/comments/${reply.id}/bookmark`);
    await bob.client.put(`/api/posts/${deletedLater.id}/bookmark`);
    const listed = await bookmarkIds(bob.client);
    assert.ok(listed.includes(inClub.id) && listed.includes(reply.id) && listed.includes(deletedLater.id));

    assert.equal((await owner.delete(`/api/spaces/${club}/members/${bob.id}`)).status < 300, true);
    await alice.client.delete(`/api/posts/${deletedLater.id}`);
    const after = await bookmarkIds(bob.client);
    for (const id of [inClub.id, reply.id, deletedLater.id]) assert.ok(!after.includes(id), id);
    assert.ok(after.length > 0, 'the others stay');
  });
});
