import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient, TestApp } from '../../../test/harness.js';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';

describe('threads, comments, reactions', () => {
  let app: TestApp;
  let owner: ApiClient;
  let alice: { client: ApiClient; id: string };
  let bob: { client: ApiClient; id: string };
  let moderator: { client: ApiClient; id: string };
  let general: string;
  let qa: string;
  const count = async (table: 'post' | 'comment' | 'revision' | 'reaction') =>
    Number(
      (
        await app.hearth.platform.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    ({ app, owner } = await startCommunity());
    alice = await memberWithRole(app, owner, 'member', { displayName: '艾莉絲' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    moderator = await memberWithRole(app, owner, 'moderator', { displayName: 'Mod' });
    general = (await owner.post('/api/spaces', { name: 'General', kind: 'discussion' })).body.space.id;
    qa = (await owner.post('/api/spaces', { name: 'Help', kind: 'qa' })).body.space.id;
  });
  after(() => app.close());

  it('starts a thread with Markdown rendered and sanitised, and lists it', async () => {
    const body = `Hello **world** [@Bob](mention:${bob.id})\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n<script>alert(1)</script>`;
    const res = await alice.client.post(`/api/spaces/${general}/posts`, { title: '  Tea time  ', body });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const post = res.body.post;
    assert.equal(post.title, 'Tea time');
    assert.equal(post.body, body);
    assert.match(post.html, /<strong>world<\/strong>/);
    assert.match(post.html, /<table>/);
    assert.match(post.html, new RegExp(`data-member-id="${bob.id}"`));
    assert.doesNotMatch(post.html, /<script/);
    assert.equal(post.canEdit, true);
    const list = await bob.client.get(`/api/spaces/${general}/posts`);
    assert.equal(list.body.items[0].id, post.id);
    assert.match(list.body.items[0].excerpt, /Hello world/);
  });

  it('refuses bad input and changes nothing', async () => {
    const before = await count('post');
    assertProblem(await alice.client.post(`/api/spaces/${general}/posts`, { title: '', body: 'x' }), 400, 'invalid_input');
    assertProblem(await alice.client.post(`/api/spaces/${general}/posts`, { title: 'x', body: 'y'.repeat(20_001) }), 400, 'invalid_input');
    const ghost = await alice.client.post(`/api/spaces/${general}/posts`, {
      title: 'x',
      body: '[@Ghost](mention:01900000-0000-7000-8000-000000000000)',
    });
    assertProblem(ghost, 400, 'invalid_input');
    assertProblem(
      await alice.client.post('/api/spaces/01900000-0000-7000-8000-000000000000/posts', { title: 'x', body: 'y' }),
      404,
      'not_found',
    );
    assert.equal(await count('post'), before);
  });

  it('nests replies, edits with history, soft-deletes, and counts', async () => {
    const post = (await alice.client.post(`/api/spaces/${general}/posts`, { title: 'Q', body: 'first' })).body.post;
    const top = await bob.client.post(`/api/posts/${post.id}/comments`, { body: 'a reply' });
    assert.equal(top.status, 201);
    const nested = await alice.client.post(`/api/posts/${post.id}/comments`, {
      body: '> a reply\n\nthanks',
      parentId: top.body.comment.id,
    });
    assert.equal(nested.body.comment.parentId, top.body.comment.id);
    assertProblem(await alice.client.post(`/api/posts/${post.id}/comments`, { body: 'x', parentId: post.id }), 400, 'invalid_input');

    assertProblem(await bob.client.patch(`/api/posts/${post.id}`, { body: 'hijack' }), 403, 'forbidden');
    const edited = await alice.client.patch(`/api/posts/${post.id}`, { body: 'second' });
    assert.equal(edited.body.post.body, 'second');
    assert.ok(edited.body.post.editedAt);
    const history = await bob.client.get(`/api/posts/${post.id}/revisions`);
    assert.deepEqual(
      history.body.items.map((r: { body: string }) => r.body),
      ['first'],
    );

    assert.equal((await bob.client.delete(`/api/comments/${top.body.comment.id}`)).status, 204);
    const thread = await alice.client.get(`/api/posts/${post.id}`);
    assert.equal(thread.body.post.commentCount, 1);
    const deleted = thread.body.comments.items.find((c: { id: string }) => c.id === top.body.comment.id);
    assert.equal(deleted.status, 'deleted');
    assert.equal(deleted.body, '');
    assert.equal(thread.body.comments.items.length, 2, 'replies to a deleted comment stay');

    assert.equal((await alice.client.delete(`/api/posts/${post.id}`)).status, 204);
    assertProblem(await bob.client.get(`/api/posts/${post.id}`), 404, 'not_found');
    assert.equal((await alice.client.get(`/api/posts/${post.id}`)).body.post.status, 'deleted');
    assertProblem(await alice.client.post(`/api/posts/${post.id}/comments`, { body: 'late' }), 409, 'thread_deleted');
  });

  it('pins, locks and moves (staff only); locked threads take no replies', async () => {
    const post = (await bob.client.post(`/api/spaces/${general}/posts`, { title: 'Rules', body: 'be kind' })).body.post;
    assertProblem(await bob.client.put(`/api/posts/${post.id}/pin`, { pinned: true }), 403, 'forbidden');
    assert.equal((await moderator.client.put(`/api/posts/${post.id}/pin`, { pinned: true })).body.post.pinned, true);
    const list = await alice.client.get(`/api/spaces/${general}/posts`);
    assert.equal(list.body.items[0].id, post.id);
    assert.equal((await moderator.client.put(`/api/posts/${post.id}/lock`, { locked: true })).body.post.locked, true);
    assertProblem(await alice.client.post(`/api/posts/${post.id}/comments`, { body: 'hi' }), 409, 'thread_locked');
    assert.equal((await moderator.client.post(`/api/posts/${post.id}/comments`, { body: 'staff note' })).status, 201);
    const moved = await moderator.client.post(`/api/posts/${post.id}/move`, { spaceId: qa });
    assert.equal(moved.body.post.spaceId, qa);
    assertProblem(
      await moderator.client.post(`/api/posts/${post.id}/move`, { spaceId: '01900000-0000-7000-8000-000000000000' }),
      400,
      'invalid_input',
    );
  });

  it('accepts an answer in Q&A spaces only', async () => {
    const question = (await alice.client.post(`/api/spaces/${qa}/posts`, { title: 'How?', body: 'How do I brew?' })).body.post;
    const answer = (await bob.client.post(`/api/posts/${question.id}/comments`, { body: '95°C, 3 minutes' })).body.comment;
    const unanswered = await bob.client.get(`/api/spaces/${qa}/posts?sort=unanswered`);
    assert.ok(!unanswered.body.items.some((p: { id: string }) => p.id === question.id));
    assertProblem(await bob.client.put(`/api/posts/${question.id}/accepted`, { commentId: answer.id }), 403, 'forbidden');
    const accepted = await alice.client.put(`/api/posts/${question.id}/accepted`, { commentId: answer.id });
    assert.equal(accepted.body.post.acceptedCommentId, answer.id);
    const elsewhere = (await alice.client.post(`/api/spaces/${general}/posts`, { title: 'x', body: 'y' })).body.post;
    assertProblem(await alice.client.put(`/api/posts/${elsewhere.id}/accepted`, { commentId: null }), 422, 'not_qa_space');
  });

  it('counts one reaction per emoji and member, and refuses what is not an emoji', async () => {
    const post = (await alice.client.post(`/api/spaces/${general}/posts`, { title: 'React', body: 'me' })).body.post;
    assert.deepEqual((await bob.client.post(`/api/posts/${post.id}/reactions`, { emoji: '👍' })).body.reactions, [
      { emoji: '👍', count: 1, mine: true },
    ]);
    await bob.client.post(`/api/posts/${post.id}/reactions`, { emoji: '👍' });
    const both = await alice.client.post(`/api/posts/${post.id}/reactions`, { emoji: '👍' });
    assert.deepEqual(both.body.reactions, [{ emoji: '👍', count: 2, mine: true }]);
    const taken = await bob.client.delete(`/api/posts/${post.id}/reactions/${encodeURIComponent('👍')}`);
    assert.deepEqual(taken.body.reactions, [{ emoji: '👍', count: 1, mine: false }]);
    const before = await count('reaction');
    assertProblem(await bob.client.post(`/api/posts/${post.id}/reactions`, { emoji: 'lol' }), 400, 'invalid_input');
    assert.equal(await count('reaction'), before);
  });

  it('never shows a Free member a VIP-only or private thread, its comments, history or reactions', async () => {
    const tiers = (await owner.get('/api/tiers')).body.items as { rank: number }[];
    const vipRank = tiers.at(-1)!.rank;
    const vipSpace = (await owner.post('/api/spaces', { name: 'VIP', kind: 'discussion', access: { minTierRank: vipRank } })).body.space.id;
    const privateSpace = (await owner.post('/api/spaces', { name: 'Staff', kind: 'discussion', access: { private: true } })).body.space.id;
    for (const spaceId of [vipSpace, privateSpace]) {
      const secret = (await owner.post(`/api/spaces/${spaceId}/posts`, { title: 'Secret venue', body: 'The venue is **secret**' })).body
        .post;
      const comment = (await owner.post(`/api/posts/${secret.id}/comments`, { body: 'shh' })).body.comment;
      await owner.patch(`/api/posts/${secret.id}`, { body: 'The venue is still secret' });
      const before = [await count('comment'), await count('reaction')];
      const paths = [
        `/api/spaces/${spaceId}`,
        `/api/spaces/${spaceId}/posts`,
        `/api/posts/${secret.id}`,
        `/api/posts/${secret.id}/comments`,
        `/api/posts/${secret.id}/revisions`,
        `/api/comments/${comment.id}/revisions`,
        `/api/spaces/${spaceId}/members`,
      ];
      for (const path of paths) assertProblem(await alice.client.get(path), 404, 'not_found');
      assertProblem(await alice.client.post(`/api/posts/${secret.id}/comments`, { body: 'me too' }), 404, 'not_found');
      assertProblem(await alice.client.post(`/api/posts/${secret.id}/reactions`, { emoji: '👀' }), 404, 'not_found');
      assertProblem(await alice.client.post(`/api/comments/${comment.id}/reactions`, { emoji: '👀' }), 404, 'not_found');
      assertProblem(await alice.client.post(`/api/spaces/${spaceId}/posts`, { title: 'x', body: 'y' }), 404, 'not_found');
      assertProblem(await alice.client.post(`/api/spaces/${spaceId}/join`), 404, 'not_found');
      assert.deepEqual([await count('comment'), await count('reaction')], before);
      const listed = (await alice.client.get('/api/spaces')).body.spaces.map((s: { id: string }) => s.id);
      assert.ok(!listed.includes(spaceId));
      // The moderator sees both (staff see every live space).
      assert.equal((await moderator.client.get(`/api/posts/${secret.id}`)).status, 200);
    }
  });

  it('previews Markdown exactly as posting renders it, storing nothing', async () => {
    const before = await count('post');
    const body = '**Hi** <img src=x onerror=alert(1)> [x](javascript:alert(1))';
    const preview = await alice.client.post('/api/markdown/preview', { body });
    assert.equal(preview.status, 200);
    const posted = (await alice.client.post(`/api/spaces/${general}/posts`, { title: 'Same', body })).body.post;
    assert.equal(preview.body.html, posted.html);
    assert.match(preview.body.html, /<strong>Hi<\/strong>/);
    assert.doesNotMatch(preview.body.html, /<img|href="javascript/);
    assert.match(preview.body.html, /&lt;img src=x onerror=alert\(1\)&gt;/, 'raw HTML shows as text');
    assertProblem(await alice.client.post('/api/markdown/preview', { body: '   ' }), 400, 'invalid_input');
    assert.equal(await count('post'), before + 1);
  });
});
