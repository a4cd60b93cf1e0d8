/**
 * Tips over HTTP: the happy path (balances, history, notification, summary) and every
 * refusal, each proving nothing moved: same balances, same transfer count, same rows.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';
import { snapshotDb } from '../../../test/db-snapshot.js';
import type { ApiClient, TestApp } from '../../../test/harness.js';

type Who = { client: ApiClient; id: string };
let keyCounter = 0;
const key = () => ({ 'idempotency-key': `tip-test-${++keyCounter}-${Math.random().toString(36).slice(2, 8)}` });

describe('tips', () => {
  let app: TestApp;
  let owner: ApiClient;
  let alice: Who;
  let bob: Who;
  let carol: Who;
  let pointsId: string;
  let postId: string;
  let commentId: string;
  let messageId: string;
  let privatePostId: string;

  const settle = async () => {
    for (let i = 0; i < 20; i++) if ((await app.hearth.platform.jobs.runDue(500)) === 0) return;
  };
  const points = async (who: Who) => {
    const ledger = app.hearth.modules.ledger.service;
    return (await ledger.walletOf(app.hearth.platform.db, who.id, pointsId)).balance;
  };
  const transferCount = async () =>
    Number(
      (
        await app.hearth.platform.db
          .selectFrom('transfer')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const tip = (who: Who, target: { kind: string; id: string }, amount: number, assetId = pointsId) =>
    who.client.post('/api/tips', { target, assetId, amount }, key());

  /** The tip is refused with status/code, and no balance, transfer or other row changed. */
  async function refusedUnchanged(send: () => Promise<{ status: number; body: any; headers: Headers }>, status: number, code: string) {
    const db = app.hearth.platform.db;
    const [snapshot, count, a, b] = await Promise.all([
      snapshotDb(db, ['session', 'idempotency_key', 'member']),
      transferCount(),
      points(alice),
      points(bob),
    ]);
    const res = await send();
    assertProblem(res, status, code);
    assert.ok(typeof res.body.detail === 'string' && res.body.detail.length > 0, 'a translated reason');
    assert.equal(await transferCount(), count, `${code}: a transfer was written`);
    assert.deepEqual([await points(alice), await points(bob)], [a, b], `${code}: balances moved`);
    assert.equal(await snapshotDb(db, ['session', 'idempotency_key', 'member']), snapshot, `${code}: rows changed`);
  }

  before(async () => {
    ({ app, owner } = await startCommunity());
    alice = await memberWithRole(app, owner, 'member', { displayName: 'Alice' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    carol = await memberWithRole(app, owner, 'member', { displayName: 'Carol' });
    pointsId = (await alice.client.get('/api/wallet')).body.points.asset.id;
    const space = (await owner.post('/api/spaces', { name: 'General', kind: 'discussion' })).body.space.id;
    postId = (await bob.client.post(`/api/spaces/${space}/posts`, { title: 'Bob writes', body: 'Worth a tip' })).body.post.id;
    commentId = (await bob.client.post(`/api/posts/${postId}/comments`, { body: 'A comment' })).body.comment.id;
    const dm = (await alice.client.post('/api/dms', { memberIds: [bob.id] })).body.conversation.id;
    messageId = (await bob.client.post(`/api/conversations/${dm}/messages`, { body: 'hello' })).body.message.id;
    const hidden = (await owner.post('/api/spaces', { name: 'Staff room', kind: 'discussion', access: { private: true } })).body.space.id;
    privatePostId = (await owner.post(`/api/spaces/${hidden}/posts`, { title: 'Secret', body: 'staff only' })).body.post.id;
    for (const who of [alice, carol]) {
      const res = await owner.post('/api/admin/points/grant', { memberId: who.id, amount: 1000, reason: 'welcome' }, key());
      assert.equal(res.status, 201, JSON.stringify(res.body));
    }
  });
  after(() => app.close());

  it('moves points to the author, shows in both histories and the summary, and tells the author', async () => {
    const res = await tip(alice, { kind: 'post', id: postId }, 10);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.tip.recipientId, bob.id);
    assert.equal(await points(alice), 990);
    assert.equal(await points(bob), 10);
    assert.equal((await tip(alice, { kind: 'comment', id: commentId }, 5)).status, 201);
    assert.equal((await tip(carol, { kind: 'post', id: postId }, 20)).status, 201);
    assert.equal((await tip(alice, { kind: 'message', id: messageId }, 1)).status, 201);
    assert.equal(await points(bob), 36);

    const history = (await bob.client.get('/api/wallet/history')).body;
    assert.equal(history.items.length, 4);
    const [newest] = history.items;
    assert.equal(newest.direction, 'in');
    assert.equal(newest.kind, 'tip');
    assert.equal(newest.counterpart.member.displayName, 'Alice');
    assert.deepEqual(newest.tip, { kind: 'message', id: messageId, postId: null, conversationId: newest.tip.conversationId });
    const aliceFirst = (await alice.client.get('/api/wallet/history')).body.items.at(-1);
    assert.equal(aliceFirst.kind, 'grant');
    assert.deepEqual(aliceFirst.counterpart, { type: 'system', label: 'community' });
    assert.equal(aliceFirst.memo, 'welcome');

    const summary = (await carol.client.get(`/api/tips/summary?targets=post:${postId},comment:${commentId},post:${privatePostId}`)).body;
    assert.equal(summary.items.length, 2, 'the private thread is left out');
    const post = summary.items.find((s: any) => s.target.kind === 'post');
    assert.deepEqual(
      post.totals.map((t: any) => [t.asset.id, t.amount]),
      [[pointsId, 30]],
    );
    assert.deepEqual(
      post.topSupporters.map((s: any) => [s.member.displayName, s.amount]),
      [
        ['Carol', 20],
        ['Alice', 10],
      ],
    );
    assert.equal(post.tipCount, 2);

    await settle();
    const notices = (await bob.client.get('/api/notifications')).body.items.filter((n: any) => n.kind === 'tip');
    assert.equal(notices.length, 4);
    assert.ok(notices.some((n: any) => n.actor?.displayName === 'Carol' && n.tipAmount === '20 Points' && n.url === `/posts/${postId}`));
    assert.equal((await app.hearth.modules.ledger.service.audit()).ok, true);
  });

  it('replays a retried tip with the same key instead of paying twice', async () => {
    const headers = key();
    const body = { target: { kind: 'post', id: postId }, assetId: pointsId, amount: 3 };
    const first = await alice.client.post('/api/tips', body, headers);
    const count = await transferCount();
    const again = await alice.client.post('/api/tips', body, headers);
    assert.equal(again.status, 201);
    assert.deepEqual(again.body, first.body);
    assert.equal(await transferCount(), count);
    assertProblem(await alice.client.post('/api/tips', { ...body, amount: 4 }, headers), 422, 'idempotency_key_reused');
    // API.md spells the target's kind `type`: accepted too (this tip counts towards the caps below).
    const spelled = await alice.client.post('/api/tips', { target: { type: 'post', id: postId }, assetId: pointsId, amount: 1 }, key());
    assert.equal(spelled.status, 201, JSON.stringify(spelled.body));
    assert.deepEqual(spelled.body.tip.target, { kind: 'post', id: postId });
  });

  it('refuses self-tips, unreadable targets, blocks, and more than the balance', async () => {
    await refusedUnchanged(() => tip(bob, { kind: 'post', id: postId }, 1), 422, 'tip_self');
    await refusedUnchanged(() => tip(alice, { kind: 'post', id: privatePostId }, 1), 404, 'not_found');
    await refusedUnchanged(() => tip(carol, { kind: 'message', id: messageId }, 1), 404, 'not_found');
    await refusedUnchanged(() => tip(alice, { kind: 'comment', id: 'no-such-comment' }, 1), 404, 'not_found');
    await refusedUnchanged(() => tip(alice, { kind: 'post', id: postId }, 1, 'no-such-asset'), 404, 'unknown_asset');
    const poor = await memberWithRole(app, owner, 'member');
    await refusedUnchanged(() => tip(poor, { kind: 'post', id: postId }, 1), 422, 'insufficient_balance');

    assert.equal((await bob.client.put(`/api/members/${alice.id}/block`)).status, 200);
    await refusedUnchanged(() => tip(alice, { kind: 'post', id: postId }, 1), 422, 'tip_blocked');
    assert.equal((await bob.client.delete(`/api/members/${alice.id}/block`)).status, 200);
    assert.equal((await alice.client.put(`/api/members/${bob.id}/block`)).status, 200);
    await refusedUnchanged(() => tip(alice, { kind: 'post', id: postId }, 1), 422, 'tip_blocked');
    assert.equal((await alice.client.delete(`/api/members/${bob.id}/block`)).status, 200);
  });

  it('refuses tips from or to frozen wallets and to banned members', async () => {
    const ledger = app.hearth.modules.ledger.service;
    const db = app.hearth.platform.db;
    const bobWallet = await ledger.walletOf(db, bob.id, pointsId);
    await ledger.freezeAccount(db, bobWallet.id, true);
    await refusedUnchanged(() => tip(alice, { kind: 'post', id: postId }, 1), 422, 'tip_recipient_frozen');
    await ledger.freezeAccount(db, bobWallet.id, false);
    const aliceWallet = await ledger.walletOf(db, alice.id, pointsId);
    await ledger.freezeAccount(db, aliceWallet.id, true);
    await refusedUnchanged(() => tip(alice, { kind: 'post', id: postId }, 1), 422, 'tip_wallet_frozen');
    await ledger.freezeAccount(db, aliceWallet.id, false);

    await db.updateTable('member').set({ status: 'banned' }).where('id', '=', bob.id).execute();
    await app.hearth.platform.actors.forgetMember(bob.id);
    await refusedUnchanged(() => tip(alice, { kind: 'post', id: postId }, 1), 422, 'tip_recipient_unavailable');
    // A banned member cannot tip at all (the access check refuses them first).
    assertProblem(await tip(bob, { kind: 'post', id: postId }, 1), 403, 'account_banned');
    await db.updateTable('member').set({ status: 'active' }).where('id', '=', bob.id).execute();
    await app.hearth.platform.actors.forgetMember(bob.id);
  });

  it('refuses tips beyond the daily and per-pair caps the owner sets, and a new day starts afresh', async () => {
    assertProblem(await alice.client.patch('/api/admin/economy/settings', { tipDailyCap: 5 }), 403, 'forbidden');
    const set = await owner.patch('/api/admin/economy/settings', { tipDailyCap: 100, tipPairDailyCap: 60 });
    assert.deepEqual(set.body, { tipDailyCap: 100, tipPairDailyCap: 60 });
    // Alice has tipped Bob 10 + 5 + 1 + 3 + 1 = 20 today: 40 more reach the pair cap.
    const upToCap = await tip(alice, { kind: 'post', id: postId }, 40);
    assert.equal(upToCap.status, 201, JSON.stringify(upToCap.body));
    const pair = await tip(alice, { kind: 'post', id: postId }, 1);
    assertProblem(pair, 422, 'tip_pair_cap_reached');
    assert.match(pair.body.detail, /60/);
    await refusedUnchanged(() => tip(alice, { kind: 'post', id: postId }, 1), 422, 'tip_pair_cap_reached');

    const dave = await memberWithRole(app, owner, 'member', { displayName: 'Dave' });
    const space = (await owner.post('/api/spaces', { name: 'More', kind: 'discussion' })).body.space.id;
    const davePost = (await dave.client.post(`/api/spaces/${space}/posts`, { title: 'Dave', body: 'hi' })).body.post.id;
    // 60 to Bob so far; 40 more to Dave reach the daily cap of 100.
    assert.equal((await tip(alice, { kind: 'post', id: davePost }, 40)).status, 201);
    await refusedUnchanged(() => tip(alice, { kind: 'post', id: davePost }, 1), 422, 'tip_daily_cap_reached');
    const allowance = (await alice.client.get('/api/tips/allowance')).body;
    assert.deepEqual(allowance.usedToday, [{ assetId: pointsId, amount: 100 }]);

    (app.clock as unknown as { advance(ms: number): void }).advance(86_400_000);
    assert.equal((await tip(alice, { kind: 'post', id: davePost }, 1)).status, 201);
    assert.equal((await app.hearth.modules.ledger.service.audit()).ok, true);
  });
});
