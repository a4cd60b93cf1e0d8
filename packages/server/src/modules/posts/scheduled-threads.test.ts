import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient, TestApp } from '../../../test/harness.js';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';
import { HOUR_MS, type ManualClock } from '../../platform/clock.js';
import { ThreadPublished } from './index.js';
import { PUBLISH_SCHEDULED_JOB } from './posts.jobs.js';

describe('scheduled threads and the content calendar', () => {
  let app: TestApp;
  let clock: ManualClock;
  let owner: ApiClient;
  let admin: { client: ApiClient; id: string };
  let moderator: { client: ApiClient; id: string };
  let bob: { client: ApiClient; id: string };
  let general: string;
  const published: { postId: string; at: number }[] = [];
  const count = async (table: 'post' | 'job' | 'poll') =>
    Number(
      (
        await app.hearth.platform.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const runJobs = () => app.hearth.platform.jobs.runDue(500);
  const inHours = (hours: number) => new Date(clock.now() + hours * HOUR_MS).toISOString();
  const listedFor = async (client: ApiClient) =>
    ((await client.get(`/api/spaces/${general}/posts`)).body.items as { id: string }[]).map((p) => p.id);
  const searchFor = async (client: ApiClient, q: string) =>
    ((await client.get(`/api/search?q=${encodeURIComponent(q)}&kind=post`)).body.items as { id: string }[]).map((h) => h.id);
  const unreadOf = async (client: ApiClient) =>
    ((await client.get('/api/spaces')).body.spaces as { id: string; unread: number }[]).find((s) => s.id === general)!.unread;
  const calendar = (client: ApiClient, from: string, to: string) =>
    client.get(`/api/admin/scheduled-posts?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);

  before(async () => {
    ({ app, owner } = await startCommunity());
    clock = app.clock as ManualClock;
    admin = await memberWithRole(app, owner, 'admin', { displayName: 'Admin' });
    moderator = await memberWithRole(app, owner, 'moderator', { displayName: 'Mod' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    general = (await owner.post('/api/spaces', { name: 'General', kind: 'discussion' })).body.space.id;
    await bob.client.post(`/api/spaces/${general}/join`);
    app.hearth.platform.events.subscribe(ThreadPublished, 'scheduled-test', async (payload) => {
      published.push({ postId: payload.postId, at: payload.at });
    });
  });
  after(() => app.close());

  it('lets only staff schedule, and only for later; refusals store nothing', async () => {
    const before = [await count('post'), await count('job')];
    assertProblem(
      await bob.client.post(`/api/spaces/${general}/posts`, { title: 'Later', body: 'x', publishAt: inHours(1) }),
      403,
      'forbidden',
    );
    for (const publishAt of [inHours(-1), new Date(clock.now()).toISOString()]) {
      const res = await admin.client.post(`/api/spaces/${general}/posts`, { title: 'Past', body: 'x', publishAt });
      assertProblem(res, 400, 'invalid_input');
      assert.equal(res.body.errors[0].path, 'publishAt');
      assert.equal(res.body.errors[0].code, 'in_the_past');
    }
    const poll = { options: ['A', 'B'], closesAt: inHours(1) };
    const closesFirst = await admin.client.post(`/api/spaces/${general}/posts`, { title: 'P', body: 'x', publishAt: inHours(2), poll });
    assertProblem(closesFirst, 400, 'invalid_input');
    assert.equal(closesFirst.body.errors[0].code, 'closes_before_publish');
    assertProblem(
      await admin.client.post(`/api/spaces/${general}/posts`, { title: 'P', body: 'x', publishAt: 'tomorrow' }),
      400,
      'invalid_input',
    );
    assert.deepEqual([await count('post'), await count('job')], before);
  });

  it('keeps a scheduled thread out of listings, the thread page, search and unread counts until its job runs, then shows it once', async () => {
    const word = 'zephyrmarmalade';
    const unreadBefore = await unreadOf(bob.client);
    const res = await admin.client.post(`/api/spaces/${general}/posts`, {
      title: `Launch ${word}`,
      body: `The ${word} launch`,
      publishAt: inHours(2),
      poll: { options: ['Yes', 'No'] },
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const post = res.body.post;
    assert.equal(post.status, 'scheduled');
    assert.equal(post.publishAt, inHours(2));
    assert.equal(post.poll.canVote, false, 'nobody votes before it is out');
    // The author and other staff see it (to edit it from the calendar); members do not.
    assert.equal((await admin.client.get(`/api/posts/${post.id}`)).status, 200);
    assert.equal((await moderator.client.get(`/api/posts/${post.id}`)).status, 200);

    const assertHidden = async () => {
      await runJobs();
      assert.ok(!(await listedFor(bob.client)).includes(post.id));
      assert.ok(!(await listedFor(admin.client)).includes(post.id), 'not listed even for its author');
      assertProblem(await bob.client.get(`/api/posts/${post.id}`), 404, 'not_found');
      assert.deepEqual(await searchFor(bob.client, word), []);
      assert.deepEqual(await searchFor(admin.client, word), []);
      assert.equal(await unreadOf(bob.client), unreadBefore);
      assertProblem(await bob.client.post(`/api/posts/${post.id}/comments`, { body: 'early' }), 404, 'not_found');
      assertProblem(await bob.client.put(`/api/posts/${post.id}/bookmark`), 404, 'not_found');
      assertProblem(await admin.client.post(`/api/posts/${post.id}/comments`, { body: 'early' }), 409, 'thread_scheduled');
      assertProblem(await admin.client.post(`/api/posts/${post.id}/reactions`, { emoji: '👍' }), 409, 'thread_scheduled');
      assertProblem(
        await admin.client.put(`/api/posts/${post.id}/poll/vote`, { optionIds: [post.poll.options[0].id] }),
        409,
        'thread_scheduled',
      );
      assert.ok(!published.some((p) => p.postId === post.id));
    };
    await assertHidden();
    // Editing a scheduled thread keeps it out of the index.
    const edited = await admin.client.patch(`/api/posts/${post.id}`, { body: `The ${word} launch, now with details` });
    assert.equal(edited.body.post.status, 'scheduled');
    await assertHidden();

    // Rescheduled to later: the first job comes due and must not publish it.
    assertProblem(await admin.client.patch(`/api/posts/${post.id}`, { publishAt: inHours(-1) }), 400, 'invalid_input');
    const moved = await admin.client.patch(`/api/posts/${post.id}`, { publishAt: inHours(3) });
    assert.equal(moved.body.post.publishAt, inHours(3));
    clock.advance(2 * HOUR_MS);
    await assertHidden();

    clock.advance(HOUR_MS);
    await runJobs();
    await runJobs();
    const out = await bob.client.get(`/api/posts/${post.id}`);
    assert.equal(out.status, 200);
    assert.equal(out.body.post.status, 'published');
    assert.equal(out.body.post.createdAt, new Date(clock.now()).toISOString(), 'dated when it went out');
    assert.equal(out.body.post.lastActivityAt, new Date(clock.now()).toISOString());
    assert.equal(out.body.post.poll.canVote, true);
    assert.equal((await listedFor(bob.client))[0], post.id, 'newest in its space');
    assert.deepEqual(await searchFor(bob.client, word), [post.id]);
    assert.equal(await unreadOf(bob.client), unreadBefore + 1);
    assert.deepEqual(
      published.filter((p) => p.postId === post.id),
      [{ postId: post.id, at: clock.now() }],
    );

    // A job that runs again (a retry, or a stale one) publishes nothing twice.
    await app.hearth.platform.jobs.enqueue(app.hearth.platform.db, PUBLISH_SCHEDULED_JOB, {
      postId: post.id,
      publishAt: clock.now(),
    });
    clock.advance(1000);
    await runJobs();
    await runJobs();
    assert.equal(published.filter((p) => p.postId === post.id).length, 1);
    assert.equal(await unreadOf(bob.client), unreadBefore + 1);
    assert.equal((await listedFor(bob.client)).filter((id) => id === post.id).length, 1);
    assertProblem(await admin.client.patch(`/api/posts/${post.id}`, { publishAt: inHours(1) }), 409, 'not_scheduled');
  });

  it('emits ThreadPublished at once for a thread posted now', async () => {
    const post = (await bob.client.post(`/api/spaces/${general}/posts`, { title: 'Now', body: 'hello' })).body.post;
    await runJobs();
    assert.deepEqual(
      published.filter((p) => p.postId === post.id),
      [{ postId: post.id, at: clock.now() }],
    );
  });

  it('never publishes a cancelled thread', async () => {
    const post = (await moderator.client.post(`/api/spaces/${general}/posts`, { title: 'Cancel me', body: 'x', publishAt: inHours(1) }))
      .body.post;
    assert.equal((await moderator.client.delete(`/api/posts/${post.id}`)).status, 204);
    clock.advance(2 * HOUR_MS);
    await runJobs();
    assertProblem(await bob.client.get(`/api/posts/${post.id}`), 404, 'not_found');
    assert.ok(!(await listedFor(bob.client)).includes(post.id));
    assert.ok(!published.some((p) => p.postId === post.id));
  });

  it('lists scheduled and scheduled-then-published threads on the calendar for staff only', async () => {
    const from = new Date(clock.now()).toISOString();
    const soon = (await admin.client.post(`/api/spaces/${general}/posts`, { title: 'Soon', body: 'x', publishAt: inHours(5) })).body.post;
    const later = (await owner.post(`/api/spaces/${general}/posts`, { title: 'Later', body: 'x', publishAt: inHours(30) })).body.post;
    const outside = (await owner.post(`/api/spaces/${general}/posts`, { title: 'Far', body: 'x', publishAt: inHours(24 * 40) })).body.post;
    const window = await moderator.client.get(
      `/api/admin/scheduled-posts?from=${encodeURIComponent(from)}&to=${encodeURIComponent(inHours(24 * 31))}`,
    );
    assert.equal(window.status, 200, JSON.stringify(window.body));
    const items = window.body.items as { id: string; publishAt: string; status: string }[];
    assert.deepEqual(
      items.map((i) => i.id),
      [soon.id, later.id],
    );
    assert.deepEqual(
      items.map((i) => i.status),
      ['scheduled', 'scheduled'],
    );
    assert.ok(!items.some((i) => i.id === outside.id));

    clock.advance(6 * HOUR_MS);
    await runJobs();
    const afterPublish = (await calendar(admin.client, from, inHours(24 * 30))).body.items as { id: string; status: string }[];
    assert.equal(afterPublish.find((i) => i.id === soon.id)?.status, 'published');

    assertProblem(await calendar(bob.client, from, inHours(24)), 403, 'forbidden');
    const backwards = await calendar(admin.client, inHours(24), from);
    assertProblem(backwards, 400, 'invalid_input');
    assert.equal(backwards.body.errors[0].code, 'before_start');
    assertProblem(await calendar(admin.client, from, inHours(24 * 200)), 400, 'invalid_input');
  });
});
