import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient, TestApp } from '../../../test/harness.js';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';
import type { ManualClock } from '../../platform/clock.js';
import { HOUR_MS } from '../../platform/clock.js';

describe('polls on threads', () => {
  let app: TestApp;
  let clock: ManualClock;
  let owner: ApiClient;
  let alice: { client: ApiClient; id: string };
  let bob: { client: ApiClient; id: string };
  let moderator: { client: ApiClient; id: string };
  let general: string;
  const count = async (table: 'post' | 'poll' | 'pollOption' | 'pollVote') =>
    Number(
      (
        await app.hearth.platform.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const counts = async () => [await count('post'), await count('poll'), await count('pollOption'), await count('pollVote')];
  const inHours = (hours: number) => new Date(clock.now() + hours * HOUR_MS).toISOString();
  const start = (client: ApiClient, poll: Record<string, unknown>, title = 'Which tea?') =>
    client.post(`/api/spaces/${general}/posts`, { title, body: 'Vote below', poll });
  const votes = (poll: { options: { label: string; votes: number | null }[] }) => poll.options.map((o) => [o.label, o.votes]);

  before(async () => {
    ({ app, owner } = await startCommunity());
    clock = app.clock as ManualClock;
    alice = await memberWithRole(app, owner, 'member', { displayName: 'Alice' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    moderator = await memberWithRole(app, owner, 'moderator', { displayName: 'Mod' });
    general = (await owner.post('/api/spaces', { name: 'General', kind: 'discussion' })).body.space.id;
  });
  after(() => app.close());

  it('starts a thread with a single-choice poll that everyone sees counted', async () => {
    const res = await start(alice.client, { question: '  Favourite?  ', options: ['Oolong', ' Sencha '] });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const poll = res.body.post.poll;
    assert.equal(poll.question, 'Favourite?');
    assert.deepEqual(votes(poll), [
      ['Oolong', 0],
      ['Sencha', 0],
    ]);
    assert.equal(poll.multiple, false);
    assert.equal(poll.maxChoices, 1);
    assert.equal(poll.canSeeResults, true);
    assert.equal(poll.canEdit, true);
    assert.equal(poll.canVote, true);
    const seenByBob = (await bob.client.get(`/api/posts/${res.body.post.id}`)).body.post.poll;
    assert.equal(seenByBob.canEdit, false, 'only the author edits the poll');
    assert.equal((await alice.client.post(`/api/spaces/${general}/posts`, { title: 'No poll', body: 'x' })).body.post.poll, null);
  });

  it('refuses malformed polls and stores nothing', async () => {
    const before = await counts();
    const bad: [Record<string, unknown>, string, string][] = [
      [{ options: ['Only one'] }, 'poll.options', 'too_small'],
      [{ options: Array.from({ length: 11 }, (_, i) => `Option ${i}`) }, 'poll.options', 'too_big'],
      [{ options: ['Tea', 'Coffee', ' tea '] }, 'poll.options.2', 'duplicate'],
      [{ options: ['Tea', ''] }, 'poll.options.1', 'too_small'],
      [{ options: ['Tea', 'Coffee'], multiple: true, maxChoices: 3 }, 'poll.maxChoices', 'more_than_options'],
      [{ options: ['Tea', 'Coffee'], maxChoices: 2 }, 'poll.maxChoices', 'single_choice'],
      [{ options: ['Tea', 'Coffee'], resultsVisibility: 'never' }, 'poll.resultsVisibility', 'invalid_value'],
      [{ options: ['Tea', 'Coffee'], closesAt: inHours(-1) }, 'poll.closesAt', 'in_the_past'],
    ];
    for (const [poll, path, code] of bad) {
      const res = await start(alice.client, poll);
      assertProblem(res, 400, 'invalid_input');
      assert.ok(
        res.body.errors.some((e: { path: string; code: string }) => e.path === path && e.code === code),
        `${JSON.stringify(poll)}: ${JSON.stringify(res.body.errors)}`,
      );
    }
    assert.deepEqual(await counts(), before);
  });

  it('counts votes in SQL, changes and retracts them, and refuses bad votes without changing anything', async () => {
    const post = (await start(alice.client, { options: ['Oolong', 'Sencha', 'Pu-erh'], multiple: true, maxChoices: 2 })).body.post;
    const [oolong, sencha, puerh] = post.poll.options.map((o: { id: string }) => o.id);
    const voted = await bob.client.put(`/api/posts/${post.id}/poll/vote`, { optionIds: [oolong, sencha] });
    assert.equal(voted.status, 200, JSON.stringify(voted.body));
    assert.deepEqual(votes(voted.body.poll), [
      ['Oolong', 1],
      ['Sencha', 1],
      ['Pu-erh', 0],
    ]);
    assert.deepEqual(voted.body.poll.myChoices.sort(), [oolong, sencha].sort());
    await alice.client.put(`/api/posts/${post.id}/poll/vote`, { optionIds: [oolong] });
    const changed = await bob.client.put(`/api/posts/${post.id}/poll/vote`, { optionIds: [puerh] });
    assert.deepEqual(votes(changed.body.poll), [
      ['Oolong', 1],
      ['Sencha', 0],
      ['Pu-erh', 1],
    ]);
    assert.equal(changed.body.poll.voterCount, 2);
    assert.equal(await count('pollVote'), 2, 'one row per member and option');

    const before = await counts();
    const tooMany = await bob.client.put(`/api/posts/${post.id}/poll/vote`, { optionIds: [oolong, sencha, puerh] });
    assertProblem(tooMany, 400, 'invalid_input');
    assert.equal(tooMany.body.errors[0].code, 'too_many_choices');
    const unknown = await bob.client.put(`/api/posts/${post.id}/poll/vote`, { optionIds: ['01900000-0000-7000-8000-000000000000'] });
    assertProblem(unknown, 400, 'invalid_input');
    assert.equal(unknown.body.errors[0].code, 'unknown_option');
    const other = (await start(alice.client, { options: ['A', 'B'] })).body.post;
    assertProblem(await bob.client.put(`/api/posts/${post.id}/poll/vote`, { optionIds: [other.poll.options[0].id] }), 400, 'invalid_input');
    const twice = await bob.client.put(`/api/posts/${post.id}/poll/vote`, { optionIds: [oolong, oolong] });
    assert.equal(twice.body.errors[0].code, 'duplicate');
    assertProblem(await bob.client.put(`/api/posts/${post.id}/poll/vote`, { optionIds: [] }), 400, 'invalid_input');
    const noPoll = (await alice.client.post(`/api/spaces/${general}/posts`, { title: 'Plain', body: 'x' })).body.post;
    assertProblem(await bob.client.put(`/api/posts/${noPoll.id}/poll/vote`, { optionIds: [oolong] }), 404, 'not_found');
    assert.deepEqual(await counts(), [before[0]! + 2, before[1]! + 1, before[2]! + 2, before[3]]);

    const single = (await start(alice.client, { options: ['Yes', 'No'] })).body.post;
    const both = single.poll.options.map((o: { id: string }) => o.id);
    const refused = await bob.client.put(`/api/posts/${single.id}/poll/vote`, { optionIds: both });
    assert.equal(refused.body.errors[0].code, 'too_many_choices');

    const retracted = await bob.client.delete(`/api/posts/${post.id}/poll/vote`);
    assert.equal(retracted.status, 200);
    assert.deepEqual(retracted.body.poll.myChoices, []);
    assert.equal(retracted.body.poll.voterCount, 1);
  });

  it('shows counts after voting or closing only, and refuses votes once closed', async () => {
    const post = (await start(alice.client, { options: ['Left', 'Right'], resultsVisibility: 'after_vote', closesAt: inHours(2) })).body
      .post;
    const [left, right] = post.poll.options.map((o: { id: string }) => o.id);
    assert.equal(post.poll.canSeeResults, false);
    assert.deepEqual(votes(post.poll), [
      ['Left', null],
      ['Right', null],
    ]);
    const mine = await bob.client.put(`/api/posts/${post.id}/poll/vote`, { optionIds: [left] });
    assert.deepEqual(votes(mine.body.poll), [
      ['Left', 1],
      ['Right', 0],
    ]);
    const stillHidden = (await alice.client.get(`/api/posts/${post.id}`)).body.post.poll;
    assert.equal(stillHidden.canSeeResults, false, 'the author has not voted');
    assert.equal(stillHidden.voterCount, 1);

    clock.advance(2 * HOUR_MS);
    const before = await counts();
    assertProblem(await moderator.client.put(`/api/posts/${post.id}/poll/vote`, { optionIds: [right] }), 409, 'poll_closed');
    assertProblem(await bob.client.delete(`/api/posts/${post.id}/poll/vote`), 409, 'poll_closed');
    assert.deepEqual(await counts(), before);
    const closed = (await alice.client.get(`/api/posts/${post.id}`)).body.post.poll;
    assert.equal(closed.isClosed, true);
    assert.equal(closed.canVote, false);
    assert.deepEqual(votes(closed), [
      ['Left', 1],
      ['Right', 0],
    ]);
  });

  it('lets the author change or remove the poll until the first vote', async () => {
    const post = (await start(alice.client, { options: ['Mon', 'Tue'] })).body.post;
    assertProblem(await bob.client.patch(`/api/posts/${post.id}`, { poll: { options: ['Sat', 'Sun'] } }), 403, 'forbidden');
    assertProblem(await moderator.client.patch(`/api/posts/${post.id}`, { poll: null }), 403, 'forbidden');
    const edited = await alice.client.patch(`/api/posts/${post.id}`, { poll: { options: ['Wed', 'Thu', 'Fri'], multiple: true } });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.deepEqual(
      edited.body.post.poll.options.map((o: { label: string }) => o.label),
      ['Wed', 'Thu', 'Fri'],
    );
    assert.equal(edited.body.post.poll.maxChoices, 3, 'multiple choice allows every option by default');
    assert.equal(edited.body.post.body, 'Vote below', 'the text is untouched');
    await bob.client.put(`/api/posts/${post.id}/poll/vote`, { optionIds: [edited.body.post.poll.options[0].id] });
    const before = await counts();
    assertProblem(await alice.client.patch(`/api/posts/${post.id}`, { poll: { options: ['X', 'Y'] } }), 409, 'poll_has_votes');
    assertProblem(await alice.client.patch(`/api/posts/${post.id}`, { poll: null }), 409, 'poll_has_votes');
    assert.deepEqual(await counts(), before);
    assert.equal((await alice.client.get(`/api/posts/${post.id}`)).body.post.poll.canEdit, false);

    const unvoted = (await start(alice.client, { options: ['A', 'B'] })).body.post;
    assert.equal((await alice.client.patch(`/api/posts/${unvoted.id}`, { poll: null })).body.post.poll, null);
  });

  it('refuses votes in locked and deleted threads and from members who may only read or not see the space', async () => {
    const locked = (await start(alice.client, { options: ['A', 'B'] })).body.post;
    await moderator.client.put(`/api/posts/${locked.id}/lock`, { locked: true });
    assertProblem(
      await bob.client.put(`/api/posts/${locked.id}/poll/vote`, { optionIds: [locked.poll.options[0].id] }),
      409,
      'thread_locked',
    );

    const deleted = (await start(alice.client, { options: ['A', 'B'] })).body.post;
    await alice.client.delete(`/api/posts/${deleted.id}`);
    assertProblem(
      await bob.client.put(`/api/posts/${deleted.id}/poll/vote`, { optionIds: [deleted.poll.options[0].id] }),
      404,
      'not_found',
    );
    assertProblem(
      await alice.client.put(`/api/posts/${deleted.id}/poll/vote`, { optionIds: [deleted.poll.options[0].id] }),
      409,
      'thread_deleted',
    );

    const tiers = (await owner.get('/api/tiers')).body.items as { rank: number }[];
    const vipRank = tiers.at(-1)!.rank;
    const readOnly = (await owner.post('/api/spaces', { name: 'Notices', kind: 'discussion', access: { postMinTierRank: vipRank } })).body
      .space.id;
    const hidden = (await owner.post('/api/spaces', { name: 'VIP', kind: 'discussion', access: { minTierRank: vipRank } })).body.space.id;
    const before = await counts();
    for (const [spaceId, status, code] of [
      [readOnly, 403, 'cannot_post'],
      [hidden, 404, 'not_found'],
    ] as const) {
      const post = (await owner.post(`/api/spaces/${spaceId}/posts`, { title: 'Poll', body: 'x', poll: { options: ['A', 'B'] } })).body
        .post;
      assertProblem(await bob.client.put(`/api/posts/${post.id}/poll/vote`, { optionIds: [post.poll.options[0].id] }), status, code);
    }
    assert.equal(await count('pollVote'), before[3]);
  });
});
