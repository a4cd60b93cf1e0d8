import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';
import type { ApiClient, TestApp } from '../../../test/harness.js';

const REVIEW = '审核丙';
const QUEUE = '/api/moderation/queue';
const BULK = `${QUEUE}/bulk`;

/** Bulk decisions in the review queue, and the rule that nobody decides on their own held content. */
describe('review queue: bulk decisions', () => {
  let app: TestApp;
  let owner: ApiClient;
  let alice: { client: ApiClient; id: string };
  let bob: { client: ApiClient; id: string };
  let moderator: { client: ApiClient; id: string };
  let general: string;

  const hold = async (author: { client: ApiClient }, title: string) => {
    const created = await author.client.post(`/api/spaces/${general}/posts`, { title, body: `${title} ${REVIEW}` });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.post.status, 'pending');
    const items = (await owner.get(`${QUEUE}?limit=100`)).body.items as { id: string; subjectId: string }[];
    return items.find((i) => i.subjectId === created.body.post.id)!;
  };
  const statusOf = async (client: ApiClient, postId: string) => (await client.get(`/api/posts/${postId}`)).status;
  const queuedIds = async () => new Set(((await owner.get(`${QUEUE}?limit=100`)).body.items as { id: string }[]).map((i) => i.id));

  before(async () => {
    ({ app, owner } = await startCommunity());
    alice = await memberWithRole(app, owner, 'member', { displayName: 'Alice' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    moderator = await memberWithRole(app, owner, 'moderator', { displayName: 'Mod' });
    assert.equal((await owner.post('/api/admin/moderation/words', { words: [{ word: REVIEW, action: 'review' }] })).status, 201);
    general = (await owner.post('/api/spaces', { name: 'General', kind: 'discussion' })).body.space.id;
    for (const member of [alice, bob, moderator]) await member.client.post(`/api/spaces/${general}/join`, {});
  });
  after(() => app.close());

  it('approves several items at once: each is published, audited and leaves the queue', async () => {
    const items = [await hold(alice, 'Bulk one'), await hold(bob, 'Bulk two'), await hold(alice, 'Bulk three')];
    const res = await moderator.client.post(BULK, { action: 'approve', ids: items.map((i) => i.id) });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(
      res.body.decided.map((d: { id: string; status: string }) => [d.id, d.status]),
      items.map((i) => [i.id, 'approved']),
    );
    assert.deepEqual(res.body.failed, []);
    for (const item of items) assert.equal(await statusOf(bob.client, item.subjectId), 200);
    const queued = await queuedIds();
    for (const item of items) assert.ok(!queued.has(item.id));
    const audit = (await owner.get('/api/admin/audit?action=hold.approve')).body.items as { targetId: string }[];
    for (const item of items)
      assert.ok(
        audit.some((e) => e.targetId === item.subjectId),
        'one audit entry per item',
      );
  });

  it('removes several with one reason; items it cannot decide are listed with a translated reason, the rest still go', async () => {
    const decided = await hold(alice, 'Already decided');
    assert.equal((await owner.post(`${QUEUE}/${decided.id}/approve`, {})).status, 200);
    const own = await hold(moderator, 'Moderator wrote this');
    const open = await hold(bob, 'Bulk remove me');
    const res = await moderator.client.post(
      BULK,
      { action: 'remove', ids: [decided.id, own.id, 'no-such-hold', open.id], reason: 'Advertising' },
      { 'accept-language': 'zh-TW' },
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(
      res.body.decided.map((d: { id: string }) => d.id),
      [open.id],
    );
    const failed = new Map((res.body.failed as { id: string; code: string; title: string }[]).map((f) => [f.id, f]));
    assert.equal(failed.get(decided.id)?.code, 'hold_decided');
    assert.equal(failed.get(own.id)?.code, 'hold_own_content');
    assert.match(failed.get(own.id)!.title, /其他版主/);
    assert.equal(failed.get('no-such-hold')?.code, 'not_found');
    assert.equal(await statusOf(alice.client, open.subjectId), 404, 'removed for others');
    assert.ok((await queuedIds()).has(own.id), 'the moderator’s own item still waits for someone else');
    // Another moderator (the owner) may decide it.
    assert.equal((await owner.post(`${QUEUE}/${own.id}/approve`, {})).status, 200);
  });

  it('refuses a moderator deciding their own held content one at a time too', async () => {
    const own = await hold(moderator, 'Mine again');
    assertProblem(await moderator.client.post(`${QUEUE}/${own.id}/approve`, {}), 403, 'hold_own_content');
    assertProblem(await moderator.client.post(`${QUEUE}/${own.id}/remove`, { reason: 'hide it' }), 403, 'hold_own_content');
    assert.ok((await queuedIds()).has(own.id));
  });

  it('refuses bad bodies and members, changing nothing', async () => {
    const item = await hold(alice, 'Untouched');
    const bad = [
      { action: 'remove', ids: [item.id] },
      { action: 'remove', ids: [item.id], reason: '   ' },
      { action: 'approve', ids: [] },
      { action: 'approve', ids: Array.from({ length: 101 }, (_, i) => `${item.id}-${i}`) },
      { action: 'publish', ids: [item.id] },
      { action: 'approve', ids: [item.id], extra: true },
      { action: 'approve', ids: 'all' },
    ];
    for (const body of bad) assertProblem(await moderator.client.post(BULK, body), 400, 'invalid_input');
    assertProblem(await alice.client.post(BULK, { action: 'approve', ids: [item.id] }), 403, 'forbidden');
    assertProblem(await bob.client.post(BULK, { action: 'remove', ids: [item.id], reason: 'x' }), 403, 'forbidden');
    assert.ok((await queuedIds()).has(item.id), 'still held');
    assert.equal(await statusOf(bob.client, item.subjectId), 404);
  });
});
