/**
 * Earning rules over HTTP: posts, replies, reactions, profiles and referrals award points
 * pending through the review window, then settled; undoing the act cancels (inside the
 * window) or reverses (after it); caps hold; replays never award twice; settings are
 * owner-only and refuse bad input without changing anything. The ledger audit passes throughout.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { assertProblem, memberWithRole, startCommunity } from '../../../../test/community.js';
import { registerMember, type ApiClient, type TestApp } from '../../../../test/harness.js';
import { ReactionAdded } from '../../posts/index.js';
import { assertAuditOk, awardsOf, clockOf, drain, idem, passWindow, pendingOf, pointsOf, type Who } from './earning-test-support.js';

const WINDOW = 600;

describe('points earning rules', () => {
  let app: TestApp;
  let owner: ApiClient;
  let admin: Who;
  let moderator: Who;
  let alice: Who;
  let bob: Who;
  let carol: Who;
  let spaceId: string;

  const rulesOn = {
    first_post_of_day: { isEnabled: true, amount: 10, dailyCap: 10 },
    reactions_received: { isEnabled: true, amount: 2, dailyCap: 4 },
    reply_reactions: { isEnabled: true, amount: 7, dailyCap: 50, threshold: 2 },
    profile_completed: { isEnabled: true, amount: 20, dailyCap: 20 },
    referral_active: { isEnabled: true, amount: 50, dailyCap: 200 },
  };

  before(async () => {
    ({ app, owner } = await startCommunity());
    admin = await memberWithRole(app, owner, 'admin');
    moderator = await memberWithRole(app, owner, 'moderator');
    alice = await memberWithRole(app, owner, 'member', { displayName: 'Alice' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    carol = await memberWithRole(app, owner, 'member', { displayName: 'Carol' });
    spaceId = (await owner.post('/api/spaces', { name: 'General', kind: 'discussion' })).body.space.id;
    const res = await owner.patch('/api/admin/economy/earning', {
      rules: rulesOn,
      reviewWindowSeconds: WINDOW,
      levels: [
        { name: '新手', threshold: 0 },
        { name: '常客', threshold: 25 },
        { name: '達人', threshold: 1000 },
      ],
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    await drain(app);
  });
  after(() => app.close());

  const thread = async (who: Who, title = 'Hello') => {
    const res = await who.client.post(`/api/spaces/${spaceId}/posts`, { title, body: 'Some words' });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    await drain(app);
    return res.body.post.id as string;
  };
  const react = async (who: Who, kind: 'posts' | 'comments', id: string, on: boolean, emoji = '👍') => {
    const res = on
      ? await who.client.post(`/api/${kind}/${id}/reactions`, { emoji })
      : await who.client.delete(`/api/${kind}/${id}/reactions/${encodeURIComponent(emoji)}`);
    assert.ok(res.status < 300, JSON.stringify(res.body));
    await drain(app);
  };

  it('lets only the owner change settings; admins read them; members and moderators neither', async () => {
    assert.equal((await admin.client.get('/api/admin/economy/earning')).status, 200);
    assertProblem(await admin.client.patch('/api/admin/economy/earning', { reviewWindowSeconds: 5 }), 403, 'forbidden');
    for (const who of [moderator, alice]) {
      assertProblem(await who.client.get('/api/admin/economy/earning'), 403, 'forbidden');
      assertProblem(await who.client.patch('/api/admin/economy/earning', { reviewWindowSeconds: 5 }), 403, 'forbidden');
    }
    assertProblem(await app.client().get('/api/admin/economy/earning'), 401, 'unauthenticated');
    const read = await owner.get('/api/admin/economy/earning');
    assert.equal(read.body.reviewWindowSeconds, WINDOW);
    assert.equal(read.body.rules.first_post_of_day.amount, 10);
    assert.equal(read.body.rules.daily_checkin.isEnabled, false, 'rules not named keep their defaults');
  });

  it('refuses bad settings with a translated 400 and changes nothing', async () => {
    const before = (await owner.get('/api/admin/economy/earning')).body;
    const bad = [
      { rules: { first_post_of_day: { amount: -5 } } },
      { rules: { first_post_of_day: { amount: 2.5 } } },
      { rules: { first_post_of_day: { amount: 1e15 } } },
      { rules: { first_post_of_day: { dailyCap: 0 } } },
      { rules: { made_up_rule: { amount: 5 } } },
      { rules: { first_post_of_day: { amount: '5' } } },
      { reviewWindowSeconds: -1 },
      { timeZone: 'Mars/Olympus' },
      { levels: [{ name: 'A', threshold: 5 }] },
      {
        levels: [
          { name: 'A', threshold: 0 },
          { name: 'B', threshold: 0 },
        ],
      },
      { expiryMonths: 0 },
      { surprise: true },
    ];
    for (const body of bad) {
      const res = await owner.patch('/api/admin/economy/earning', body);
      assertProblem(res, 400, 'invalid_input');
      assert.ok(typeof res.body.detail === 'string' && res.body.detail.length > 0, 'a reason');
    }
    assert.deepEqual((await owner.get('/api/admin/economy/earning')).body, before);
  });

  it('awards the first post of the day pending, settles it after the window, and only once a day', async () => {
    const start = await pointsOf(app, alice.id);
    await thread(alice, 'First today');
    assert.equal(await pendingOf(alice), 10);
    assert.equal(await pointsOf(app, alice.id), start, 'nothing in the wallet before the window ends');
    await thread(alice, 'Second today');
    assert.equal(await pendingOf(alice), 10, 'the second post of the day earns nothing');
    await passWindow(app, WINDOW);
    assert.equal(await pendingOf(alice), 0);
    assert.equal(await pointsOf(app, alice.id), start + 10);
    const history = (await alice.client.get('/api/wallet/history')).body.items;
    assert.equal(history[0].memo, 'points_rule:first_post_of_day');
    assert.equal(history[0].direction, 'in');
    await assertAuditOk(app);
  });

  it('cancels a pending award when the author deletes the post inside the window', async () => {
    clockOf(app).advance(86_400_000);
    const start = await pointsOf(app, bob.id);
    const postId = await thread(bob, 'Soon gone');
    assert.equal(await pendingOf(bob), 10);
    assert.equal((await bob.client.delete(`/api/posts/${postId}`)).status, 204);
    await drain(app);
    assert.equal(await pendingOf(bob), 0);
    await passWindow(app, WINDOW);
    assert.equal(await pointsOf(app, bob.id), start, 'a cancelled award never reaches the wallet');
    const [award] = await awardsOf(app, bob.id, 'first_post_of_day');
    assert.equal(award!.status, 'cancelled');
    assert.equal(award!.undoReason, 'undone');
    await assertAuditOk(app);
  });

  it('reverses a settled award with a compensating transfer when a moderator removes the post after the window', async () => {
    clockOf(app).advance(86_400_000);
    const start = await pointsOf(app, carol.id);
    const postId = await thread(carol, 'Removed later');
    await passWindow(app, WINDOW);
    assert.equal(await pointsOf(app, carol.id), start + 10);
    assert.equal((await moderator.client.delete(`/api/posts/${postId}`)).status, 204);
    await drain(app);
    assert.equal(await pointsOf(app, carol.id), start);
    const [award] = (await awardsOf(app, carol.id, 'first_post_of_day')).slice(-1);
    assert.equal(award!.status, 'reversed');
    assert.equal(award!.undoReason, 'removed');
    const history = (await carol.client.get('/api/wallet/history')).body.items;
    assert.equal(history[0].kind, 'reversal');
    assert.equal(history[0].direction, 'out');
    assert.equal(history[0].memo, 'points_rule:first_post_of_day:removed');
    await assertAuditOk(app);
  });

  it('awards reactions received once per reactor and emoji, up to the daily cap; taking one back cancels it', async () => {
    clockOf(app).advance(86_400_000);
    const postId = await thread(alice, 'React to me');
    await passWindow(app, WINDOW);
    await react(alice, 'posts', postId, true);
    assert.equal((await awardsOf(app, alice.id, 'reactions_received')).length, 0, 'reacting to oneself earns nothing');
    await react(bob, 'posts', postId, true);
    assert.equal(await pendingOf(alice), 2);
    await react(bob, 'posts', postId, false);
    assert.equal(await pendingOf(alice), 0, 'taking the reaction back cancels the pending award');
    await react(bob, 'posts', postId, true);
    assert.equal(await pendingOf(alice), 0, 'reacting again does not earn again');
    await react(carol, 'posts', postId, true);
    await react(admin, 'posts', postId, true);
    await react(moderator, 'posts', postId, true);
    assert.equal(await pendingOf(alice), 4, 'the cap of 4 a day holds (the cancelled one gave its share back)');
    const awards = await awardsOf(app, alice.id, 'reactions_received');
    assert.deepEqual(
      awards.map((a) => a.status),
      ['cancelled', 'pending', 'pending', 'capped'],
    );
    await passWindow(app, WINDOW);
    await assertAuditOk(app);
  });

  it('awards exactly once when the same reaction event is delivered again', async () => {
    clockOf(app).advance(86_400_000);
    const postId = await thread(bob, 'Replayed');
    await react(carol, 'posts', postId, true, '🎉');
    const count = (await awardsOf(app, bob.id, 'reactions_received')).length;
    const holds = Number(
      (
        await app.hearth.platform.db
          .selectFrom('hold')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const event = {
      subjectKind: 'post' as const,
      subjectId: postId,
      postId,
      spaceId,
      subjectAuthorId: bob.id,
      reactorId: carol.id,
      emoji: '🎉',
      title: 'Replayed',
      reactionCount: 1,
      at: app.clock.now(),
    };
    for (let i = 0; i < 3; i++) await app.hearth.platform.events.emit(app.hearth.platform.db, ReactionAdded, event);
    await drain(app);
    assert.equal((await awardsOf(app, bob.id, 'reactions_received')).length, count);
    const after = Number(
      (
        await app.hearth.platform.db
          .selectFrom('hold')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    assert.equal(after, holds, 'no second hold');
    await passWindow(app, WINDOW);
    await assertAuditOk(app);
  });

  it('awards a reply once it has enough reactions, and undoes it when they drop below', async () => {
    clockOf(app).advance(86_400_000);
    const postId = await thread(alice, 'Ask me');
    const comment = await carol.client.post(`/api/posts/${postId}/comments`, { body: 'A good answer' });
    const commentId = comment.body.comment.id as string;
    await drain(app);
    await react(alice, 'comments', commentId, true);
    assert.equal((await awardsOf(app, carol.id, 'reply_reactions')).length, 0);
    await react(bob, 'comments', commentId, true);
    const [award] = await awardsOf(app, carol.id, 'reply_reactions');
    assert.equal(award!.status, 'pending');
    assert.equal(award!.amount, 7);
    await react(bob, 'comments', commentId, false);
    assert.equal((await awardsOf(app, carol.id, 'reply_reactions'))[0]!.status, 'cancelled');
    await passWindow(app, WINDOW);
    await assertAuditOk(app);
  });

  it('rewards the inviter when their invitee makes a first post, once', async () => {
    const inviteCode = (await admin.client.post('/api/invites', {})).body.code as string;
    const inviterId = admin.id;
    const { client, member } = await registerMember(app, { inviteCode });
    const dave = { client, id: member.id };
    clockOf(app).advance(86_400_000);
    await thread(dave, 'My first');
    await thread(dave, 'My second');
    const awards = await awardsOf(app, inviterId, 'referral_active');
    assert.equal(awards.length, 1);
    assert.equal(awards[0]!.amount, 50);
    assert.equal(awards[0]!.actKey, `invitee:${dave.id}`);
    await passWindow(app, WINDOW);
    await assertAuditOk(app);
  });

  it('awards a completed profile (avatar and bio) once', async () => {
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#c2410c' } })
      .png()
      .toBuffer();
    assert.equal((await bob.client.patch('/api/me', { bio: 'I like tea' })).status, 200);
    await drain(app);
    assert.equal((await awardsOf(app, bob.id, 'profile_completed')).length, 0, 'a bio alone is not complete');
    const form = new FormData();
    form.append('file', new Blob([png], { type: 'image/png' }), 'me.png');
    assert.equal((await bob.client.post('/api/me/avatar', form)).status, 200);
    await drain(app);
    assert.equal((await bob.client.patch('/api/me', { bio: 'I like green tea' })).status, 200);
    await drain(app);
    const awards = await awardsOf(app, bob.id, 'profile_completed');
    assert.equal(awards.length, 1);
    await passWindow(app, WINDOW);
    assert.equal((await awardsOf(app, bob.id, 'profile_completed'))[0]!.status, 'settled');
  });

  it('grows XP only with earned points, shows the level, and announces a level-up once', async () => {
    const levels = await alice.client.get(`/api/levels?ids=${alice.id},${carol.id}`);
    assert.equal(levels.status, 200);
    const mine = levels.body.items.find((l: { memberId: string }) => l.memberId === alice.id);
    const settled = (await awardsOf(app, alice.id)).filter((a) => a.status === 'settled').reduce((s, a) => s + a.amount, 0);
    assert.equal(mine.xp, settled);
    assert.ok(settled >= 25, `alice earned ${settled} by now`);
    assert.equal(mine.name, '常客');
    assert.equal(mine.nextName, '達人');
    // Points given by an owner or tipped are not XP.
    const grant = await owner.post('/api/admin/points/grant', { memberId: carol.id, amount: 500, reason: 'prize' }, idem());
    assert.equal(grant.status, 201);
    const carolLevel = (await carol.client.get('/api/earning/me')).body.level;
    const carolEarned = (await awardsOf(app, carol.id)).filter((a) => a.status === 'settled').reduce((s, a) => s + a.amount, 0);
    assert.equal(carolLevel.xp, carolEarned);
    const notes = (await alice.client.get('/api/notifications')).body.items.filter((n: { kind: string }) => n.kind === 'level_up');
    assert.equal(notes.length, 1, 'told once');
    assert.equal(notes[0].title, '常客');
    assertProblem(
      await alice.client.get(`/api/levels?ids=${Array.from({ length: 101 }, (_, i) => `m${i}`).join(',')}`),
      400,
      'invalid_input',
    );
  });
});
