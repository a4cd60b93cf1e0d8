import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';
import type { ApiClient, TestApp } from '../../../test/harness.js';

const REVIEW = '审核乙';
const QUEUE = '/api/moderation/queue';

/** Threads and replies a review word holds: invisible to others everywhere until approved; the queue; approve and remove. */
describe('review queue', () => {
  let app: TestApp;
  let owner: ApiClient;
  let alice: { client: ApiClient; id: string };
  let bob: { client: ApiClient; id: string };
  let carol: { client: ApiClient; id: string };
  let moderator: { client: ApiClient; id: string };
  let general: string;
  let bobsThread: string;

  const settle = async () => {
    for (let i = 0; i < 20; i++) if ((await app.hearth.platform.jobs.runDue(500)) === 0) return;
    throw new Error('jobs did not settle');
  };
  const notifications = async (client: ApiClient) => {
    await settle();
    return (await client.get('/api/notifications')).body.items as { kind: string; url: string }[];
  };
  const searched = async (client: ApiClient, q: string) => {
    await settle();
    return (await client.get(`/api/search?q=${q}`)).body.items as { id: string }[];
  };
  const queued = async () => (await moderator.client.get(QUEUE)).body.items as any[];
  const mention = (member: { id: string }) => `[@x](mention:${member.id})`;

  before(async () => {
    ({ app, owner } = await startCommunity());
    alice = await memberWithRole(app, owner, 'member', { displayName: 'Alice' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    carol = await memberWithRole(app, owner, 'member', { displayName: 'Carol' });
    moderator = await memberWithRole(app, owner, 'moderator', { displayName: 'Mod' });
    assert.equal((await owner.post('/api/admin/moderation/words', { words: [{ word: REVIEW, action: 'review' }] })).status, 201);
    general = (await owner.post('/api/spaces', { name: 'General', kind: 'discussion' })).body.space.id;
    for (const member of [alice, bob, carol]) await member.client.post(`/api/spaces/${general}/join`, {});
    bobsThread = (await bob.client.post(`/api/spaces/${general}/posts`, { title: 'Bob asks', body: 'Anyone?' })).body.post.id;
  });
  after(() => app.close());

  it('holds a thread: its author and staff see it pending, nobody else finds it anywhere, until it is approved', async () => {
    const body = `zebracorn ${REVIEW} for ${mention(carol)}`;
    const created = await alice.client.post(`/api/spaces/${general}/posts`, { title: 'Zebracorn sale', body });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id = created.body.post.id;
    assert.equal(created.body.post.status, 'pending');
    assert.equal(created.body.post.canComment, false);

    assert.equal((await alice.client.get(`/api/posts/${id}`)).body.post.status, 'pending');
    assert.equal((await moderator.client.get(`/api/posts/${id}`)).status, 200);
    assertProblem(await bob.client.get(`/api/posts/${id}`), 404, 'not_found');
    assertProblem(await bob.client.get(`/api/posts/${id}/comments`), 404, 'not_found');
    const invisible = async (client: ApiClient) => {
      assert.ok(!(await client.get(`/api/spaces/${general}/posts`)).body.items.some((p: any) => p.id === id), 'space list');
      assert.ok(!(await client.get('/api/feed?scope=all')).body.items.some((p: any) => p.id === id), 'feed');
      assert.equal((await searched(client, 'zebracorn')).length, 0, 'search');
    };
    await invisible(bob.client);
    await invisible(carol.client);
    assert.ok(!(await notifications(carol.client)).some((n) => n.kind === 'mention'), 'no mention while held');
    assertProblem(await bob.client.post(`/api/posts/${id}/comments`, { body: 'hi' }), 404, 'not_found');

    const [item] = (await queued()).filter((i) => i.subjectId === id);
    assert.ok(item, 'the thread is in the queue');
    assert.equal(item.subjectKind, 'post');
    assert.equal(item.author.id, alice.id);
    assert.equal(item.title, 'Zebracorn sale');
    assert.equal(item.body, body);
    const match = item.matches.find((m: any) => m.field === 'body');
    assert.equal(body.slice(match.start, match.end), REVIEW);
    assert.equal(match.word, REVIEW);

    // The author may edit it while held; the hold shows the new text.
    const edited = await alice.client.patch(`/api/posts/${id}`, { body: `zebracorn! ${REVIEW} ${mention(carol)}` });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.equal(edited.body.post.status, 'pending');
    assert.match((await queued()).find((i) => i.subjectId === id).body, /zebracorn!/);

    const approved = await moderator.client.post(`${QUEUE}/${item.id}/approve`, {});
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    assert.equal(approved.body.status, 'approved');
    assert.equal((await bob.client.get(`/api/posts/${id}`)).body.post.status, 'published');
    assert.ok(
      (await bob.client.get(`/api/spaces/${general}/posts`)).body.items.some((p: any) => p.id === id),
      'listed',
    );
    assert.ok(
      (await bob.client.get('/api/feed?scope=all')).body.items.some((p: any) => p.id === id),
      'in the feed',
    );
    assert.equal((await searched(bob.client, 'zebracorn'))[0]?.id, id);
    assert.ok(
      (await notifications(carol.client)).some((n) => n.kind === 'mention' && n.url.includes(id)),
      'mention on approval',
    );
    assert.ok(!(await queued()).some((i) => i.id === item.id), 'no longer queued');
    assertProblem(await moderator.client.post(`${QUEUE}/${item.id}/approve`, {}), 409, 'hold_decided');
    assertProblem(await moderator.client.post(`${QUEUE}/${item.id}/remove`, { reason: 'late' }), 409, 'hold_decided');
  });

  it('holds a reply: not on the shared thread page, not counted, searched or notified until approved', async () => {
    const pageOf = async (client: ApiClient) => (await client.get(`/api/posts/${bobsThread}`)).body;
    const before = await pageOf(bob.client); // builds this node's snapshot of the thread
    const reply = await alice.client.post(`/api/posts/${bobsThread}/comments`, { body: `quokkaword ${REVIEW} ${mention(carol)}` });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    const id = reply.body.comment.id;
    assert.equal(reply.body.comment.status, 'pending');

    assert.ok(
      (await pageOf(alice.client)).comments.items.some((c: any) => c.id === id && c.status === 'pending'),
      'author sees it',
    );
    assert.ok(
      (await pageOf(moderator.client)).comments.items.some((c: any) => c.id === id),
      'staff see it',
    );
    for (const other of [bob, carol]) {
      const page = await pageOf(other.client);
      assert.ok(!page.comments.items.some((c: any) => c.id === id), 'not on the thread page');
      assert.equal(page.post.commentCount, before.post.commentCount, 'not counted');
      assert.ok(!(await other.client.get(`/api/posts/${bobsThread}/comments`)).body.items.some((c: any) => c.id === id), 'comments list');
      assertProblem(await other.client.get(`/api/comments/${id}/revisions`), 404, 'not_found');
      assert.equal((await searched(other.client, 'quokkaword')).length, 0, 'search');
    }
    assert.ok(!(await notifications(bob.client)).some((n) => n.kind === 'reply'), 'no reply notice while held');
    assert.ok(!(await notifications(carol.client)).some((n) => n.kind === 'mention' && n.url.includes(id)), 'no mention while held');

    const item = (await queued()).find((i) => i.subjectId === id);
    assert.equal(item.subjectKind, 'comment');
    assert.equal(item.postId, bobsThread);
    assert.equal((await moderator.client.post(`${QUEUE}/${item.id}/approve`, {})).status, 200);

    const page = await pageOf(bob.client);
    assert.ok(
      page.comments.items.some((c: any) => c.id === id && c.status === 'published'),
      'approval bumps the snapshot',
    );
    assert.equal(page.post.commentCount, before.post.commentCount + 1);
    assert.equal((await searched(bob.client, 'quokkaword'))[0]?.id, id);
    assert.ok(
      (await notifications(bob.client)).some((n) => n.kind === 'reply'),
      'reply notice on approval',
    );
    assert.ok(
      (await notifications(carol.client)).some((n) => n.kind === 'mention'),
      'mention on approval',
    );
  });

  it('removes held content with a reason: it never appears, and its author is told', async () => {
    const thread = (await alice.client.post(`/api/spaces/${general}/posts`, { title: 'Nope', body: `${REVIEW} spam` })).body.post.id;
    const reply = (await alice.client.post(`/api/posts/${bobsThread}/comments`, { body: `${REVIEW} spam` })).body.comment.id;
    const items = await queued();
    for (const subjectId of [thread, reply]) {
      const item = items.find((i) => i.subjectId === subjectId);
      assertProblem(await moderator.client.post(`${QUEUE}/${item.id}/remove`, {}), 400, 'invalid_input');
      const removed = await moderator.client.post(`${QUEUE}/${item.id}/remove`, { reason: 'Spam' });
      assert.equal(removed.status, 200, JSON.stringify(removed.body));
      assert.equal(removed.body.status, 'removed');
    }
    assertProblem(await bob.client.get(`/api/posts/${thread}`), 404, 'not_found');
    const shown = (await bob.client.get(`/api/posts/${bobsThread}`)).body.comments.items.find((c: any) => c.id === reply);
    assert.ok(!shown || (shown.status === 'deleted' && shown.body === ''), 'at most a tombstone without text');
    assert.ok(
      (await notifications(alice.client)).some((n) => n.kind === 'moderation'),
      'the author is told',
    );
    assert.ok(!(await queued()).some((i) => i.subjectId === thread || i.subjectId === reply), 'dequeued');
  });

  it('takes content its author deletes while held out of the queue', async () => {
    const reply = (await alice.client.post(`/api/posts/${bobsThread}/comments`, { body: `${REVIEW} oops` })).body.comment.id;
    const count = (await bob.client.get(`/api/posts/${bobsThread}`)).body.post.commentCount;
    assert.equal((await alice.client.delete(`/api/comments/${reply}`)).status, 204);
    assert.ok(!(await queued()).some((i) => i.subjectId === reply), 'withdrawn');
    assert.equal((await bob.client.get(`/api/posts/${bobsThread}`)).body.post.commentCount, count, 'a held reply was never counted');
  });

  it('pages the queue oldest first, for moderators and above only', async () => {
    for (let i = 0; i < 3; i++) await alice.client.post(`/api/posts/${bobsThread}/comments`, { body: `${REVIEW} ${i}` });
    const first = await moderator.client.get(`${QUEUE}?limit=2`);
    assert.equal(first.body.items.length, 2);
    assert.ok(first.body.nextCursor, 'a next page');
    const second = await owner.get(`${QUEUE}?limit=2&cursor=${first.body.nextCursor}`);
    assert.equal(second.status, 200);
    const all = [...first.body.items, ...second.body.items].map((i: any) => i.body);
    assert.deepEqual(all, [`${REVIEW} 0`, `${REVIEW} 1`, `${REVIEW} 2`]);
    assertProblem(await alice.client.get(QUEUE), 403, 'forbidden');
    assertProblem(await alice.client.post(`${QUEUE}/${first.body.items[0].id}/approve`, {}), 403, 'forbidden');
    assertProblem(await app.client().get(QUEUE), 401, 'unauthenticated');
  });
});
