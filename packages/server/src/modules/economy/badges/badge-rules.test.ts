/**
 * Rule badges over HTTP: each rule awards its badge exactly once when the member's facts
 * reach it (not before), tells the member once, and a replayed event awards nothing more.
 * Disabled rules award nothing until switched back on (then the recheck backfills); a
 * revoked badge is not handed back by the recheck.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import type { ZodType } from 'zod';
import { memberWithRole, startCommunity } from '../../../../test/community.js';
import type { ApiClient, TestApp } from '../../../../test/harness.js';
import type { ManualClock } from '../../../platform/clock.js';
import { AnswerAccepted, ReactionAdded, ThreadPublished } from '../../posts/index.js';
import { TipSent } from '../economy.events.js';

type Who = { client: ApiClient; id: string };
let keyCounter = 0;
const idem = () => ({ 'idempotency-key': `badge-${++keyCounter}-${Math.random().toString(36).slice(2, 8)}` });
const clockOf = (app: TestApp) => app.clock as unknown as ManualClock;
/** Runs every due job until none is left (events, notifications). */
async function drain(app: TestApp): Promise<void> {
  for (let i = 0; i < 50; i++) if ((await app.hearth.platform.jobs.runDue(500)) === 0) return;
}

const DAY = 86_400_000;

describe('rule badges', () => {
  let app: TestApp;
  let owner: ApiClient;
  let alice: Who;
  let bob: Who;
  let carol: Who;
  let spaceId: string;
  let qaId: string;

  const badgeRows = (memberId: string, badgeId: string) =>
    app.hearth.platform.db.selectFrom('memberBadge').selectAll().where('memberId', '=', memberId).where('badgeId', '=', badgeId).execute();
  const badgeNotices = async (who: Who) => {
    const res = await who.client.get('/api/notifications?limit=100');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return (res.body.items as { kind: string; title: string; url: string }[]).filter((n) => n.kind === 'badge');
  };
  const held = async (who: Who) =>
    ((await who.client.get(`/api/members/${who.id}/badges`)).body.items as { badge: { id: string } }[]).map((h) => h.badge.id);
  const replay = async <P>(event: { name: string; payload: ZodType<P> }, payload: P) => {
    await app.hearth.platform.events.emit(app.hearth.platform.db, event, payload);
    await drain(app);
  };

  before(async () => {
    ({ app, owner } = await startCommunity());
    alice = await memberWithRole(app, owner, 'member', { displayName: 'Alice' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    carol = await memberWithRole(app, owner, 'member', { displayName: 'Carol' });
    spaceId = (await owner.post('/api/spaces', { name: 'General', kind: 'discussion' })).body.space.id;
    qaId = (await owner.post('/api/spaces', { name: 'Help', kind: 'qa' })).body.space.id;
    const res = await owner.patch('/api/admin/economy/earning', { rules: { daily_checkin: { isEnabled: true, amount: 1, dailyCap: 1 } } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    await drain(app);
  });
  after(() => app.close());

  it('awards "first post" once, tells the member once, and a replayed event changes nothing', async () => {
    assert.deepEqual(await held(alice), []);
    const post = (await alice.client.post(`/api/spaces/${spaceId}/posts`, { title: 'Hi', body: 'First words' })).body.post;
    await drain(app);
    assert.deepEqual(await held(alice), ['first_post']);
    const notices = await badgeNotices(alice);
    assert.equal(notices.length, 1);
    assert.equal(notices[0]!.title, 'First post');
    assert.equal(notices[0]!.url, '/badges/first_post');
    await alice.client.post(`/api/spaces/${spaceId}/posts`, { title: 'Again', body: 'More words' });
    await drain(app);
    const payload = { postId: post.id, spaceId, authorId: alice.id, title: 'Hi', excerpt: '', mentionIds: [], at: clockOf(app).now() };
    await replay(ThreadPublished, payload);
    await replay(ThreadPublished, payload);
    assert.equal((await badgeRows(alice.id, 'first_post')).length, 1);
    assert.equal((await badgeNotices(alice)).length, 1, 'told once');
  });

  it('awards 10 reactions received at the tenth, and 100 not yet', async () => {
    const post = (await bob.client.post(`/api/spaces/${spaceId}/posts`, { title: 'React', body: 'to me' })).body.post;
    await drain(app);
    const emoji = ['👍', '❤️', '😂', '🎉', '🔥', '👏', '😮', '🙏', '💯', '🚀'];
    for (const [i, e] of emoji.entries()) {
      assert.ok((await alice.client.post(`/api/posts/${post.id}/reactions`, { emoji: e })).status < 300);
      await drain(app);
      const has = (await held(bob)).includes('reactions_received_10');
      assert.equal(has, i === emoji.length - 1, `after ${i + 1} reactions`);
    }
    const payload = {
      subjectKind: 'post' as const,
      subjectId: post.id,
      postId: post.id,
      spaceId,
      subjectAuthorId: bob.id,
      reactorId: alice.id,
      emoji: '🚀',
      title: 'React',
      reactionCount: 10,
      at: clockOf(app).now(),
    };
    await replay(ReactionAdded, payload);
    assert.equal((await badgeRows(bob.id, 'reactions_received_10')).length, 1);
    assert.equal((await held(bob)).includes('reactions_received_100'), false);
  });

  it('awards the first accepted answer to the answerer, once', async () => {
    const question = (await alice.client.post(`/api/spaces/${qaId}/posts`, { title: 'How?', body: 'How do I brew?' })).body.post;
    const answer = (await carol.client.post(`/api/posts/${question.id}/comments`, { body: 'Hot water' })).body.comment;
    await drain(app);
    assert.equal((await held(carol)).includes('first_accepted_answer'), false);
    const res = await alice.client.put(`/api/posts/${question.id}/accepted`, { commentId: answer.id });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    await drain(app);
    assert.ok((await held(carol)).includes('first_accepted_answer'));
    const payload = { postId: question.id, spaceId: qaId, commentId: answer.id, answererId: carol.id, at: clockOf(app).now() };
    await replay(AnswerAccepted, payload);
    assert.equal((await badgeRows(carol.id, 'first_accepted_answer')).length, 1);
  });

  it('awards 100 tips given at the hundredth tip', async () => {
    const grant = await owner.post('/api/admin/points/grant', { memberId: carol.id, amount: 500, reason: 'welcome' }, idem());
    assert.equal(grant.status, 201, JSON.stringify(grant.body));
    const assetId = (await carol.client.get('/api/wallet')).body.points.asset.id;
    const post = (await alice.client.post(`/api/spaces/${spaceId}/posts`, { title: 'Tip me', body: 'please' })).body.post;
    for (let i = 1; i <= 100; i++) {
      const res = await carol.client.post('/api/tips', { target: { kind: 'post', id: post.id }, assetId, amount: 1 }, idem());
      assert.equal(res.status, 201, JSON.stringify(res.body));
      if (i === 99) {
        await drain(app);
        assert.equal((await held(carol)).includes('tips_given_100'), false, 'not at 99');
      }
    }
    await drain(app);
    assert.ok((await held(carol)).includes('tips_given_100'));
    const tipPayload = {
      tipId: 'x',
      tipperId: carol.id,
      recipientId: alice.id,
      targetKind: 'post' as const,
      targetId: post.id,
      postId: post.id,
      conversationId: null,
      spaceId,
      title: 'Tip me',
      amount: 1,
      assetName: 'points',
      at: clockOf(app).now(),
    };
    await replay(TipSent, tipPayload);
    assert.equal((await badgeRows(carol.id, 'tips_given_100')).length, 1);
  });

  it('awards a completed profile (avatar and bio)', async () => {
    assert.equal((await alice.client.patch('/api/me', { bio: 'Tea person' })).status, 200);
    await drain(app);
    assert.equal((await held(alice)).includes('profile_completed'), false, 'a bio alone is not complete');
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#c2410c' } })
      .png()
      .toBuffer();
    const form = new FormData();
    form.append('file', new Blob([png], { type: 'image/png' }), 'me.png');
    assert.equal((await alice.client.post('/api/me/avatar', form)).status, 200);
    await drain(app);
    assert.ok((await held(alice)).includes('profile_completed'));
  });

  it('awards nothing while a rule is off; switching it on backfills; a revoked badge is not handed back', async () => {
    const dave = await memberWithRole(app, owner, 'member', { displayName: 'Dave' });
    const off = await owner.patch('/api/admin/badges/first_post', { isEnabled: false });
    assert.equal(off.status, 200, JSON.stringify(off.body));
    await dave.client.post(`/api/spaces/${spaceId}/posts`, { title: 'Dave', body: 'here' });
    await drain(app);
    assert.equal((await badgeRows(dave.id, 'first_post')).length, 0);
    assert.equal(
      (await alice.client.get('/api/badges')).body.items.some((b: { id: string }) => b.id === 'first_post'),
      false,
      'hidden while off',
    );
    const revoked = await owner.post('/api/admin/badges/reactions_received_10/revocations', { memberId: bob.id, reason: 'self-dealing' });
    assert.equal(revoked.status, 204, JSON.stringify(revoked.body));
    const on = await owner.patch('/api/admin/badges/first_post', { isEnabled: true });
    assert.equal(on.status, 200, JSON.stringify(on.body));
    await drain(app);
    assert.equal((await badgeRows(dave.id, 'first_post')).length, 1, 'backfilled');
    assert.equal((await held(bob)).includes('reactions_received_10'), false, 'revoked stays revoked');
    assert.equal((await badgeRows(alice.id, 'first_post')).length, 1);
  });

  // Last: thirty days pass, and the other members' sessions with them.
  it('awards the 7-day streak on the seventh day in a row and the 30-day one on the thirtieth', async () => {
    for (let day = 1; day <= 30; day++) {
      const res = await bob.client.post('/api/checkin', undefined, idem());
      assert.equal(res.status, 200, JSON.stringify(res.body));
      await drain(app);
      const badges = await held(bob);
      assert.equal(badges.includes('checkin_streak_7'), day >= 7, `7-day badge on day ${day}`);
      assert.equal(badges.includes('checkin_streak_30'), day >= 30, `30-day badge on day ${day}`);
      clockOf(app).advance(DAY);
    }
    assert.equal((await badgeRows(bob.id, 'checkin_streak_7')).length, 1);
  });
});
